"""The documents of a case as the Dokumen tab lists them: every document the case's SOP names
whose draft is due (its ``tampil_sejak`` step has started; case documents always), with its
readiness, its newest finalised version and how many signed scans it has."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from app.cases.model import CaseDetail
from app.cases.read import case_detail
from app.documents import read
from app.documents.model import DocumentInfo
from app.documents.readiness import Readiness, readiness
from app.refdata import current_sop
from app.sop import DocumentSpec


@dataclass(frozen=True)
class DocumentRow:
    spec: DocumentSpec
    readiness: Readiness
    final: DocumentInfo | None  # the newest finalised version
    scans: int  # scans of signed copies of that version

    @property
    def status(self) -> str:
        if self.final is not None:
            text = f"Final v{self.final.versi}"
            return text + (", ditandatangani" if self.scans else "")
        if not self.readiness.applies:
            return "Tidak diperlukan"
        return "Konsep" if self.readiness.ready else "Konsep, belum siap"

    @property
    def step_text(self) -> str:
        return "semua" if self.spec.step is None else str(self.spec.step)


def listed(detail: CaseDetail) -> list[DocumentSpec]:
    started = detail.started_steps()
    return [d for d in detail.sop.documents if d.listed_from is None or d.listed_from in started]


def document_rows(
    detail: CaseDetail, finals: Mapping[str, DocumentInfo], scans_by_document: Mapping[int, int]
) -> list[DocumentRow]:
    rows = []
    for spec in listed(detail):
        final = finals.get(spec.kind)
        scans = scans_by_document.get(final.id, 0) if final is not None else 0
        rows.append(DocumentRow(spec, readiness(detail, spec, finals), final, scans))
    return rows


def case_documents(case_id: int, detail: CaseDetail | None = None) -> list[DocumentRow]:
    """The Dokumen tab of a case (``detail``: the case as already read, to read it once)."""
    detail = detail or case_detail(case_id)
    scans: dict[int, int] = {}
    for scan in read.scans_of_case(case_id):
        if scan.document_id is not None:
            scans[scan.document_id] = scans.get(scan.document_id, 0) + 1
    return document_rows(detail, read.finals_of(case_id), scans)


def numbered_kinds() -> list[tuple[str, str]]:
    """(kind, title) of every document of the current SOP that takes an outgoing number."""
    return [(d.kind, d.title) for d in current_sop().documents if d.numbered]
