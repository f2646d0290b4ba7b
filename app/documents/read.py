"""Reading finalised documents and scans into their read models. The PDF and scan bytes are
read only by ``get_pdf`` and ``get_scan``: a list of a case's documents never loads them."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from peewee import ModelSelect, fn

from app.documents.kinds import DOCUMENT_KINDS
from app.documents.model import DocumentInfo, ScanInfo
from app.errors import NotFound
from app.models import Attachment, Case, Document
from app.refdata import sop_for_version
from app.sop import Sop

_DOCUMENT_COLUMNS = [f for f in Document._meta.sorted_fields if f.name != "pdf"]
_SCAN_COLUMNS = [f for f in Attachment._meta.sorted_fields if f.name != "data"]

if TYPE_CHECKING:
    # What the queries below give back: ``.objects()`` sets each aliased column on the row as
    # an attribute, which peewee's types cannot know. Only for the type checker.

    class _DocumentRow(Document):
        case_nomor: str
        sop_version: str  # the case's, as stored (a version string)

    class _ScanRow(Attachment):
        size: int | None


def title_of(kind: str, sop: Sop | None = None) -> str:
    spec = sop.document(kind) if sop is not None else None
    return spec.title if spec is not None else DOCUMENT_KINDS.get(kind, kind)


def _query() -> ModelSelect[_DocumentRow]:
    query = Document.select(
        *_DOCUMENT_COLUMNS, Case.nomor.alias("case_nomor"), Case.sop_version.alias("sop_version")
    ).join(Case, on=(Document.case == Case.id))
    return cast("ModelSelect[_DocumentRow]", query)


def _info(row: _DocumentRow) -> DocumentInfo:
    sop = sop_for_version(row.sop_version)
    spec = sop.document(row.jenis)
    return DocumentInfo(
        id=row.id,
        case_id=row.case_id,
        case_nomor=row.case_nomor,
        jenis=row.jenis,
        title=title_of(row.jenis, sop),
        step=spec.step if spec is not None else None,
        versi=row.versi,
        nomor=row.nomor,
        tanggal=row.tanggal,
        kode=row.kode,
        sha256=row.sha256,
        halaman=row.halaman,
        menggantikan=row.menggantikan_id,
        alasan_koreksi=row.alasan_koreksi or "",
        dibuat_oleh=row.dibuat_oleh or "",
        dibuat_peran=row.dibuat_peran or "",
        created_at=row.created_at,
    )


def document(document_id: int) -> DocumentInfo:
    row = _query().where(Document.id == document_id).objects().first()
    if row is None:
        raise NotFound("Dokumen itu tidak ditemukan.")
    return _info(row)


def documents_where(condition) -> list[DocumentInfo]:
    return [_info(r) for r in _query().where(condition).objects()]


def documents_of_case(case_id: int) -> list[DocumentInfo]:
    """Every finalised document of a case: in the order its SOP lists them, the newest
    version of each first, then its older versions."""
    docs = documents_where(Document.case == case_id)
    if not docs:
        return []
    sop = sop_for_version(Case.get_by_id(case_id).sop_version_id)
    order = [d.kind for d in sop.documents]

    def key(d: DocumentInfo) -> tuple:
        return (order.index(d.jenis) if d.jenis in order else len(order), d.jenis, -d.versi)

    return sorted(docs, key=key)


def finals_of(case_id: int) -> dict[str, DocumentInfo]:
    """The newest finalised version of each document of the case, by kind."""
    finals: dict[str, DocumentInfo] = {}
    for doc in documents_of_case(case_id):
        finals.setdefault(doc.jenis, doc)
    return finals


def current_document(case_id: int, kind: str) -> DocumentInfo | None:
    """The newest finalised version of ``kind`` for the case, or None."""
    return finals_of(case_id).get(kind)


def get_pdf(document_id: int) -> bytes:
    row = Document.select(Document.pdf).where(Document.id == document_id).first()
    if row is None:
        raise NotFound("Dokumen itu tidak ditemukan.")
    return bytes(row.pdf)


def _scan_info(row: _ScanRow) -> ScanInfo:
    return ScanInfo(
        id=row.id,
        case_id=row.case_id,
        tahap=row.tahap,
        document_id=row.document_id,
        nama_berkas=row.nama_berkas,
        mime=row.mime,
        sha256=row.sha256,
        size=int(row.size or 0),
        keterangan=row.keterangan or "",
        dibuat_oleh=row.dibuat_oleh or "",
        created_at=row.created_at,
    )


def scans_of_case(case_id: int) -> list[ScanInfo]:
    """The scans of a case by step, oldest first (without their bytes: ``get_scan``)."""
    query = (
        Attachment.select(*_SCAN_COLUMNS, fn.LENGTH(Attachment.data).alias("size"))
        .where(Attachment.case == case_id)
        .order_by(Attachment.tahap, Attachment.id)
    )
    return [_scan_info(r) for r in cast("ModelSelect[_ScanRow]", query).objects()]


def get_scan(attachment_id: int) -> bytes:
    row = Attachment.select(Attachment.data).where(Attachment.id == attachment_id).first()
    if row is None:
        raise NotFound("Pindaian itu tidak ditemukan.")
    return bytes(row.data)


def signed_steps(case_id: int) -> set[int]:
    """The steps with at least one scan of a signed copy."""
    return {
        a.tahap
        for a in Attachment.select(Attachment.tahap).distinct().where(Attachment.case == case_id)
    }
