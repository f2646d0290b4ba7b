"""What the finalise dialog shows before anything is stored: the date the document will
carry and where it comes from, the number it will get (or that the Bagian Hukum must give
it), whether it corrects an earlier version, and what to warn about. Writes nothing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.cases.read import case_detail
from app.documents import dating, numbering, read
from app.documents.issuer import Issuer, issuer_of
from app.documents.model import DocumentInfo
from app.documents.readiness import readiness
from app.errors import ConflictError, UserError
from app.models import database
from app.office import PLACEHOLDER_LOGO_WARNING, uses_placeholder_logo


@dataclass(frozen=True)
class FinalisationPlan:
    case_id: int
    kind: str
    title: str
    date: dating.DocumentDate
    numbered: bool
    outside_number: bool  # the user enters the number (Bagian Hukum)
    number: str | None  # the number it would get on ``date.proposed`` (register numbers)
    issuer: str  # whose register, in words
    previous: DocumentInfo | None  # the version a correction replaces
    warnings: tuple[str, ...]
    missing: tuple[str, ...]  # why it cannot be finalised yet (empty: it can)

    @property
    def correction(self) -> bool:
        return self.previous is not None


def finalisation_plan(case_id: int, kind: str) -> FinalisationPlan:
    with database.atomic("DEFERRED"):
        detail = case_detail(case_id)
        spec = detail.sop.document(kind)
        if spec is None:
            raise ConflictError(f'Jenis dokumen "{kind}" tidak dikenal SOP kasus ini.')
        finals = read.finals_of(case_id)
        when = dating.document_date(detail, spec, finals)
        issuer = issuer_of(detail, spec)
        outside = spec.numbered and issuer.outside_number
        state = readiness(detail, spec, finals)
        return FinalisationPlan(
            case_id=case_id,
            kind=kind,
            title=spec.title,
            date=when,
            numbered=spec.numbered,
            outside_number=outside,
            number=_predicted(kind, when.proposed, issuer) if spec.numbered else None,
            issuer=issuer.name,
            previous=finals.get(kind),
            warnings=(PLACEHOLDER_LOGO_WARNING,) if uses_placeholder_logo() else (),
            missing=state.missing,
        )


def next_number_on(case_id: int, kind: str, tanggal: date) -> str | None:
    """The number the document would get if finalised now with ``tanggal`` (its year picks
    the sequence); None when the Bagian Hukum numbers it or the pattern is broken."""
    detail = case_detail(case_id)
    spec = detail.sop.document(kind)
    if spec is None or not spec.numbered:
        return None
    return _predicted(kind, tanggal, issuer_of(detail, spec))


def _predicted(kind: str, tanggal: date, issuer: Issuer) -> str | None:
    if issuer.outside_number:
        return None
    try:
        return numbering.next_number(kind, tanggal, issuer.register, issuer.opd)[1]
    except UserError:
        return None
