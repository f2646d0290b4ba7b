"""Finalised documents, their verification, and scans of signed copies.

Finalising a document renders it with a stamp (outgoing number, date, verification code,
version) and stores the PDF bytes with their SHA-256 in the database, in one transaction with
the number it consumes. A finalised document is never changed: there is no update function.
A correction is a new version with a new number and a reason, that names the version it
replaces.

Anyone holding a paper or PDF copy can check it (``verify_pdf``): an exact copy matches a
stored SHA-256; a changed copy that still carries a known verification code in its text is
reported as changed; anything else is unknown to this database.
"""

from __future__ import annotations

import hashlib
import io
import logging
import re
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PureWindowsPath

from app import history
from app.clock import now_utc, today
from app.errors import ConflictError, FieldProblem, NotFound, ValidationError
from app.models import Attachment, Case, Document, NumberRegister, StepRecord, database
from app.numbering import assign_number
from app.permissions import Action, Actor, allowed, require
from app.refdata import sop_for_version
from app.text import format_date
from app.validation import LONG_TEXT_MAX, check_date, check_text, clean_text

# Verification codes: Crockford's base-32 digits without 0 and 1 (it already leaves out I, L,
# O and U), so a code read off paper cannot be mistyped between look-alike characters.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_PREFIX = "UJK"
CODE_RE = re.compile(
    rf"{CODE_PREFIX}\s*-\s*([{CODE_ALPHABET}]{{4}})\s*-\s*([{CODE_ALPHABET}]{{4}})")

SCAN_MAX_BYTES = 25 * 1024 * 1024
SCAN_TYPES = (  # (magic bytes, mime, label)
    (b"%PDF", "application/pdf", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "image/png", "PNG"),
    (b"\xff\xd8\xff", "image/jpeg", "JPEG"),
)
VERIFY_MAX_PAGES = 50  # every page carries the code in its footer; the first few suffice


def _doc_types():
    from app.documents import DOC_TYPES

    return DOC_TYPES


def _doc_type(doc_type: str):
    dt = _doc_types().get(doc_type)
    if dt is None:
        raise ValidationError(FieldProblem("jenis", f"Jenis dokumen \"{doc_type}\" tidak "
                                                    "dikenal."))
    return dt


def _get_case(case_id: int) -> Case:
    case = Case.get_or_none(Case.id == case_id)
    if case is None:
        raise NotFound("Kasus itu tidak ditemukan; mungkin sudah dihapus.")
    return case


def _started_steps(case: Case) -> set[int]:
    return {r.tahap for r in StepRecord.select(StepRecord.tahap).where(StepRecord.case == case)}


def _step_actors(case: Case, steps: tuple[int, ...]) -> list[str]:
    sop = sop_for_version(case.sop_version_id)
    actors: list[str] = []
    for number in steps:
        try:
            actor = sop.step(number).actor
        except KeyError:
            continue
        if actor not in actors:
            actors.append(actor)
    return actors


def _require_scan_role(actor: Actor, case: Case, steps: tuple[int, ...]) -> None:
    """ATTACH_SCAN for one of ``steps``: PPID Utama, or that step's actor (of that OPD)."""
    actors = _step_actors(case, steps) or [None]
    if any(allowed(actor, Action.ATTACH_SCAN, a, case_opd=case.opd_id) for a in actors):
        return
    require(actor, Action.ATTACH_SCAN, actors[0], case_opd=case.opd_id)


# --------------------------------------------------------------------------- codes
def new_verification_code() -> str:
    """A fresh code such as ``UJK-7F3A-9C2K`` (30^8 ≈ 6.6 × 10^11 possibilities), not yet used
    by any stored document."""
    for _ in range(100):
        body = "".join(secrets.choice(CODE_ALPHABET) for _ in range(8))
        code = f"{CODE_PREFIX}-{body[:4]}-{body[4:]}"
        if not Document.select().where(Document.kode == code).exists():
            return code
    raise RuntimeError("no unused verification code after 100 attempts")


# --------------------------------------------------------------------------- reading
def _type_order(jenis: str) -> int:
    keys = list(_doc_types())
    return keys.index(jenis) if jenis in keys else len(keys)


def documents_of_case(case_id: int) -> list[Document]:
    """Every finalised document of a case: by document type in SOP order, the newest version
    of each type first, then its older versions."""
    docs = list(Document.select().where(Document.case == case_id))
    return sorted(docs, key=lambda d: (_type_order(d.jenis), d.jenis, -d.versi))


def current_document(case_id: int, doc_type: str) -> Document | None:
    """The newest finalised version of ``doc_type`` for the case, or None."""
    return (Document.select()
            .where((Document.case == case_id) & (Document.jenis == doc_type))
            .order_by(Document.versi.desc()).first())


def get_pdf(document_id: int) -> bytes:
    row = (Document.select(Document.pdf).where(Document.id == document_id).first())
    if row is None:
        raise NotFound("Dokumen itu tidak ditemukan.")
    return bytes(row.pdf)


def preview(case_id: int, doc_type: str) -> bytes:
    """A draft of the document (no number, no code). Drafts are never stored."""
    from app.documents import render_document

    _doc_type(doc_type)
    _get_case(case_id)
    return render_document(doc_type, case_id)


# --------------------------------------------------------------------------- finalising
@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf logs warnings about damaged files; a verification reports them its own way."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def _page_count(pdf: bytes) -> int:
    from pypdf import PdfReader

    with _quiet_pypdf():
        return len(PdfReader(io.BytesIO(pdf)).pages)


def finalise(actor: Actor, case_id: int, doc_type: str, tanggal: date | None = None,
             reason: str = "") -> Document:
    """Finalise ``doc_type`` of the case: number it (numbered types), stamp it with a new
    verification code and store the PDF. If the type was finalised before, this is a
    correction: ``reason`` is required and the new version gets a new number."""
    from app.documents import Stamp, render_document

    dt = _doc_type(doc_type)
    case = _get_case(case_id)
    require(actor, Action.FINALISE_DOCUMENT)
    started = _started_steps(case)
    if not started.intersection(dt.steps):
        raise ConflictError(f"Dokumen {dt.title} belum dapat difinalkan: tahap {dt.steps[0]} "
                            "belum dimulai.")
    tanggal = tanggal or today()
    problems: list[FieldProblem] = []
    check_date(problems, "tanggal", "Tanggal dokumen", tanggal, required=True,
               not_before=case.tanggal_mulai, not_before_label="tanggal mulai kasus",
               not_after=today(), not_after_label="hari ini")
    reason = clean_text(reason)
    if problems:
        raise ValidationError(problems)
    with database.atomic():
        previous = current_document(case.id, doc_type)
        if previous is not None:
            if not reason:
                raise ValidationError(FieldProblem(
                    "alasan_koreksi",
                    f"Alasan koreksi wajib diisi: {dt.title} sudah difinalkan (versi "
                    f"{previous.versi}); versi baru menggantikannya dengan nomor baru."))
            check_text(problems, "alasan_koreksi", "Alasan koreksi", reason,
                       max_len=LONG_TEXT_MAX, multiline=True)
            if problems:
                raise ValidationError(problems)
        versi = previous.versi + 1 if previous else 1
        register = assign_number(doc_type, tanggal) if dt.numbered else None
        nomor = register.nomor if register else None
        kode = new_verification_code()
        pdf = render_document(doc_type, case.id, Stamp(nomor, tanggal, kode, versi))
        if not isinstance(pdf, bytes | bytearray) or not bytes(pdf).startswith(b"%PDF"):
            raise RuntimeError(f"render_document({doc_type!r}) did not return PDF bytes")
        pdf = bytes(pdf)
        digest = hashlib.sha256(pdf).hexdigest()
        doc = Document.create(
            case=case, jenis=doc_type, versi=versi, nomor=nomor, tanggal=tanggal, kode=kode,
            sha256=digest, pdf=pdf, halaman=_page_count(pdf), menggantikan=previous,
            alasan_koreksi=reason if previous else "", dibuat_oleh=actor.name,
            dibuat_peran=actor.role, created_at=now_utc())
        if register is not None:
            NumberRegister.update(document=doc).where(NumberRegister.id == register.id).execute()
        Case.update(updated_at=now_utc()).where(Case.id == case.id).execute()
        summary = f"{dt.title} versi {versi} difinalkan"
        if nomor:
            summary += f", nomor {nomor}"
        summary += f", kode verifikasi {kode}"
        if previous:
            summary += f"; menggantikan versi {previous.versi}: {reason}"
        history.record("dokumen_difinalkan", summary, actor, case,
                       {"jenis": doc_type, "versi": versi, "nomor": nomor, "kode": kode,
                        "sha256": digest, "menggantikan": previous.id if previous else None})
    return Document.get_by_id(doc.id)


# --------------------------------------------------------------------------- verifying
@dataclass(frozen=True)
class VerifyResult:
    status: str  # "asli" | "diubah" | "tidak_dikenal"
    document: Document | None
    message: str  # Indonesian, for the user

    @property
    def genuine(self) -> bool:
        return self.status == "asli"


UNKNOWN_TEXT = "Bukan dokumen Ujikon yang difinalkan di basis data ini."


def _describe(doc: Document) -> str:
    title = _doc_title(doc.jenis)
    nomor = f" nomor {doc.nomor}" if doc.nomor else ""
    return f"{title}{nomor} versi {doc.versi}, kasus {doc.case.nomor}"


def _doc_title(jenis: str) -> str:
    dt = _doc_types().get(jenis)
    return dt.title if dt else jenis


def _notes(doc: Document) -> str:
    """What happened to a document after it was finalised: a newer version, a cancelled
    number."""
    notes: list[str] = []
    newest = current_document(doc.case_id, doc.jenis)
    if newest is not None and newest.versi > doc.versi:
        nomor = f" nomor {newest.nomor}" if newest.nomor else ""
        notes.append(f"Perhatian: dokumen ini sudah digantikan oleh versi {newest.versi}"
                     f"{nomor} (difinalkan {format_date(newest.tanggal)}) dengan alasan: "
                     f"{newest.alasan_koreksi}")
    if doc.nomor:
        reg = NumberRegister.get_or_none(NumberRegister.nomor == doc.nomor)
        if reg is not None and reg.status == "batal":
            notes.append(f"Perhatian: nomor {doc.nomor} telah dibatalkan di register: "
                         f"{reg.alasan_batal}")
    return "".join(f" {n.rstrip('.')}." for n in notes)


def _pdf_text(data: bytes) -> str | None:
    """The text of the first pages, or None when ``data`` is not a readable PDF."""
    try:
        from pypdf import PdfReader

        with _quiet_pypdf():
            reader = PdfReader(io.BytesIO(data))
            texts: list[str] = []
            for i, page in enumerate(reader.pages):
                if i >= VERIFY_MAX_PAGES:
                    break
                try:
                    texts.append(page.extract_text() or "")
                except Exception:  # one broken page must not stop the check
                    continue
            return "\n".join(texts)
    except Exception:  # a damaged or hostile file is simply unknown
        return None


def verify_pdf(data: bytes) -> VerifyResult:
    """Check a copy of a document against the stored ones. Never raises for bad input."""
    digest = hashlib.sha256(data).hexdigest()
    doc = Document.get_or_none(Document.sha256 == digest)
    if doc is not None:
        return VerifyResult("asli", doc, f"Dokumen asli: {_describe(doc)}, difinalkan "
                                         f"{format_date(doc.tanggal)}.{_notes(doc)}")
    if b"%PDF" not in data[:1024]:
        return VerifyResult("tidak_dikenal", None,
                            f"Berkas ini bukan PDF. {UNKNOWN_TEXT}")
    text = _pdf_text(data)
    if text is None:
        return VerifyResult("tidak_dikenal", None,
                            f"Berkas ini bukan PDF yang dapat dibaca. {UNKNOWN_TEXT}")
    codes = list(dict.fromkeys(f"{CODE_PREFIX}-{a}-{b}"
                               for a, b in CODE_RE.findall(text.upper())))
    for code in codes:
        doc = Document.get_or_none(Document.kode == code)
        if doc is not None:
            return VerifyResult(
                "diubah", doc,
                f"Dokumen ini TELAH DIUBAH: kode verifikasi {code} milik {_describe(doc)}, "
                f"difinalkan {format_date(doc.tanggal)}, tetapi isinya berbeda dengan yang "
                "tersimpan. Bandingkan dengan dokumen yang tersimpan di Ujikon (berkas yang "
                f"disimpan ulang oleh aplikasi lain juga tampak berbeda).{_notes(doc)}")
    if codes:
        return VerifyResult("tidak_dikenal", None,
                            f"Kode verifikasi {', '.join(codes)} tidak terdaftar. {UNKNOWN_TEXT}")
    return VerifyResult("tidak_dikenal", None, UNKNOWN_TEXT)


def verify_file(path: Path | str) -> VerifyResult:
    """``verify_pdf`` of a file; an unreadable file is reported, not raised."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        return VerifyResult("tidak_dikenal", None,
                            f"Berkas {path} tidak dapat dibaca ({reason}).")
    return verify_pdf(data)


# --------------------------------------------------------------------------- scans
def _scan_mime(data: bytes) -> str | None:
    for magic, mime, _label in SCAN_TYPES:
        if data.startswith(magic):
            return mime
    return None


def _size_text(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB".replace(".", ",")
    return f"{max(1, round(n / 1024))} KB"


def attach_scan(actor: Actor, case_id: int, tahap: int, filename: str, data: bytes,
                document_id: int | None = None, note: str = "") -> Attachment:
    """Store a scan of a signed paper copy (PDF, PNG or JPEG, recognised by content, at most
    25 MB) for a step that has started, optionally tied to the finalised document it is a copy
    of. PPID Utama or the step's actor may attach."""
    case = _get_case(case_id)
    _require_scan_role(actor, case, (tahap,))
    if tahap not in _started_steps(case):
        raise ConflictError(f"Pindaian tidak dapat dilampirkan: tahap {tahap} belum dimulai.")
    name = clean_text(PureWindowsPath(clean_text(filename)).name)
    note = clean_text(note)
    problems: list[FieldProblem] = []
    check_text(problems, "nama_berkas", "Nama berkas", name, required=True, max_len=255)
    check_text(problems, "keterangan", "Keterangan", note, max_len=LONG_TEXT_MAX,
               multiline=True)
    data = bytes(data or b"")
    mime = _scan_mime(data)
    if not data:
        problems.append(FieldProblem("berkas", f"Berkas {name} kosong; pilih hasil pindaian "
                                               "yang benar."))
    elif len(data) > SCAN_MAX_BYTES:
        problems.append(FieldProblem("berkas", f"Berkas {name} terlalu besar "
                                               f"({_size_text(len(data))}); paling besar 25 MB. "
                                               "Pindai ulang dengan resolusi lebih rendah."))
    elif mime is None:
        problems.append(FieldProblem("berkas", f"Berkas {name} bukan PDF, PNG, atau JPEG "
                                               "(dilihat dari isinya, bukan dari namanya). "
                                               "Simpan hasil pindaian sebagai PDF, PNG, atau "
                                               "JPEG."))
    doc = None
    if document_id is not None:
        doc = Document.get_or_none((Document.id == document_id) & (Document.case == case))
        if doc is None:
            raise NotFound("Dokumen itu tidak ditemukan pada kasus ini.")
        dt = _doc_types().get(doc.jenis)
        if dt is not None and tahap not in dt.steps:
            problems.append(FieldProblem("tahap", f"{dt.title} bukan keluaran tahap {tahap}."))
    if problems:
        raise ValidationError(problems)
    with database.atomic():
        scan = Attachment.create(
            case=case, tahap=tahap, document=doc, nama_berkas=name, mime=mime, data=data,
            sha256=hashlib.sha256(data).hexdigest(), keterangan=note, dibuat_oleh=actor.name,
            created_at=now_utc())
        Case.update(updated_at=now_utc()).where(Case.id == case.id).execute()
        summary = f"Pindaian tahap {tahap} dilampirkan: {name} ({_size_text(len(data))})"
        if doc is not None:
            summary += f" untuk {_describe(doc)}"
        history.record("pindaian_dilampirkan", summary, actor, case,
                       {"tahap": tahap, "berkas": name, "mime": mime, "sha256": scan.sha256,
                        "dokumen": doc.id if doc else None})
    return scan


_SCAN_LIST_FIELDS = [f for f in Attachment._meta.sorted_fields if f.name != "data"]


def scans_of_case(case_id: int) -> list[Attachment]:
    """The scans of a case by step, oldest first. Without their bytes (scans can be large):
    fetch those with ``get_scan``."""
    return list(Attachment.select(*_SCAN_LIST_FIELDS).where(Attachment.case == case_id)
                .order_by(Attachment.tahap, Attachment.id))


def get_scan(attachment_id: int) -> bytes:
    row = Attachment.select(Attachment.data).where(Attachment.id == attachment_id).first()
    if row is None:
        raise NotFound("Pindaian itu tidak ditemukan.")
    return bytes(row.data)


def signed_steps(case_id: int) -> set[int]:
    """The steps with at least one scan of a signed copy."""
    return {a.tahap for a in Attachment.select(Attachment.tahap).distinct()
            .where(Attachment.case == case_id)}


def record_print(actor: Actor, document_id: int, pages: int, printer: str) -> None:
    """Note in the history that a finalised document was printed (who, where, how much)."""
    doc = Document.get_or_none(Document.id == document_id)
    if doc is None:
        raise NotFound("Dokumen itu tidak ditemukan.")
    with database.atomic():
        history.record("dokumen_dicetak",
                       f"{_doc_title(doc.jenis)} {doc.nomor or ''} versi {doc.versi} dicetak "
                       f"({pages} halaman) ke {printer or 'printer'}".replace("  ", " "),
                       actor, doc.case_id, {"dokumen": doc.id, "halaman": pages,
                                            "printer": printer})
