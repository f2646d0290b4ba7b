"""The documents of a case as the Dokumen tab lists them: every document the case's SOP names
whose draft is due (its ``tampil_sejak`` step has started; case documents always), with its
readiness, its newest finalised version, that version's status (``app.documents.status``) and
how many signed scans it has; under it, one row for each older version, shown as replaced."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from app.cases.model import CaseDetail
from app.cases.read import case_detail
from app.documents import read
from app.documents.model import DocumentInfo
from app.documents.readiness import Readiness, readiness
from app.documents.status import Standing, standings
from app.phrases import label, phrase
from app.refdata import current_sop
from app.sop import DocumentSpec
from app.states import DocumentStatus


@dataclass(frozen=True)
class DocumentRow:
    spec: DocumentSpec
    readiness: Readiness
    final: DocumentInfo | None  # the row's finalised version: the newest, or an older one
    scans: int  # scans of signed copies of that version
    standing: Standing | None = None  # the status of ``final``

    @property
    def current(self) -> bool:
        """The row of the kind itself (its newest version, or its draft), not an older
        version listed under it."""
        return self.standing is None or not self.standing.replaced

    @property
    def in_force(self) -> bool:
        """A finalised version that is in force (neither replaced nor its number
        cancelled)."""
        return self.standing is not None and self.standing.in_force

    @property
    def status(self) -> str:
        """``Final v1``, ``v1 digantikan v2, nomor dibatalkan``, ``Konsep, belum siap``… (a
        phrase: the window says it in its language)."""
        if self.final is not None:
            st = self.standing
            text: str
            if st is not None and st.newest is not None:
                text = phrase(
                    "v{versi} digantikan v{baru}", versi=self.final.versi, baru=st.newest.versi
                )
            else:
                text = phrase("Final v{versi}", versi=self.final.versi)
            if st is not None and st.status == DocumentStatus.CANCELLED:
                text = phrase("{status}, nomor dibatalkan", status=text)
            if self.scans:
                text = phrase("{status}, ditandatangani", status=text)
            return text
        if not self.readiness.applies:
            return label("Tidak diperlukan")
        return label("Konsep") if self.readiness.ready else label("Konsep, belum siap")

    @property
    def step_text(self) -> str:
        return label("semua") if self.spec.step is None else str(self.spec.step)


def listed(detail: CaseDetail) -> list[DocumentSpec]:
    started = detail.started_steps()
    return [d for d in detail.sop.documents if d.listed_from is None or d.listed_from in started]


def document_rows(
    detail: CaseDetail,
    versions: Sequence[DocumentInfo],
    scans_by_document: Mapping[int, int],
    status: Mapping[int, Standing] | None = None,
) -> list[DocumentRow]:
    """One row per listed document (its newest version, or its draft), each followed by its
    older versions, newest first. ``versions``: every finalised document of the case;
    ``status``: their ``standings``."""
    status = status if status is not None else standings(versions)
    by_kind: dict[str, list[DocumentInfo]] = {}
    for doc in sorted(versions, key=lambda d: -d.versi):
        by_kind.setdefault(doc.jenis, []).append(doc)
    finals = {kind: docs[0] for kind, docs in by_kind.items()}
    rows = []
    for spec in listed(detail):
        ready = readiness(detail, spec, finals)
        docs = by_kind.get(spec.kind, [])
        if not docs:
            rows.append(DocumentRow(spec, ready, None, 0))
        for version in docs:
            scans = scans_by_document.get(version.id, 0)
            rows.append(DocumentRow(spec, ready, version, scans, status.get(version.id)))
    return rows


def case_documents(case_id: int, detail: CaseDetail | None = None) -> list[DocumentRow]:
    """The Dokumen tab of a case (``detail``: the case as already read, to read it once)."""
    detail = detail or case_detail(case_id)
    scans: dict[int, int] = {}
    for scan in read.scans_of_case(case_id):
        if scan.document_id is not None:
            scans[scan.document_id] = scans.get(scan.document_id, 0) + 1
    return document_rows(detail, read.documents_of_case(case_id), scans)


def numbered_kinds() -> list[tuple[str, str]]:
    """(kind, title) of every document of the current SOP that takes an outgoing number."""
    return [(d.kind, d.title) for d in current_sop().documents if d.numbered]
