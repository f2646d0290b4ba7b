"""Whether a document may be finalised now, and if not, each thing that is missing.

The SOP file says, per document, what must hold (``DocumentSpec.ready``) and when a case
needs it at all (``applies``); this module checks those conditions against a case's read
model (``app.cases.model.CaseDetail``) and its finalised documents. The same answer refuses
a premature finalisation (``app.documents.store``), lists the gaps of a draft in the Dokumen
tab, and finds documents finalised too early (``premature_documents``, for ``check``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from app.cases import rules
from app.cases.model import CaseDetail
from app.documents.model import DocumentInfo
from app.documents.step_values import field_step
from app.errors import ConflictError
from app.fields import STEP_FIELDS
from app.permissions import role_name
from app.phrases import joined, label, phrase
from app.sop import DOCUMENT_CONDITION, FIELD_CONDITION, DocumentSpec, Step
from app.states import StepStatus


class DocumentNotReady(ConflictError):
    """Finalising was refused: the document's step is not ready. ``missing`` names each
    thing to do first."""

    def __init__(self, title: str, missing: tuple[str, ...]) -> None:
        self.missing = missing
        super().__init__(
            phrase(
                "{dokumen} belum dapat difinalkan:\n{butir}",
                dokumen=label(title),
                butir=bullets(missing),
            )
        )


@dataclass(frozen=True)
class Readiness:
    spec: DocumentSpec
    applies: bool  # False: this case does not need the document (reason in ``missing``)
    missing: tuple[str, ...]  # Indonesian, each names one thing still to do

    @property
    def ready(self) -> bool:
        return self.applies and not self.missing

    @property
    def summary(self) -> str:
        """One line for the Dokumen tab."""
        if not self.applies:
            return phrase("Tidak diperlukan: {alasan}", alasan=joined(self.missing, "; "))
        if not self.missing:
            return label("Siap difinalkan")
        return phrase(
            "Belum siap: {jumlah} hal belum dipenuhi", jumlah=len(self.missing), plural="jumlah"
        )

    def require(self) -> None:
        if not self.applies:
            raise ConflictError(
                phrase(
                    "{dokumen} tidak diperlukan untuk kasus ini: {alasan}.",
                    dokumen=label(self.spec.title),
                    alasan=joined(self.missing, "; "),
                )
            )
        if self.missing:
            raise DocumentNotReady(self.spec.title, self.missing)


def _step_label(step: Step, first: bool = False) -> str:
    """``tahap 2 (Rapat uji konsekuensi)``; ``first``: at the start of a sentence."""
    if first:
        return phrase("Tahap {tahap} ({judul})", tahap=step.number, judul=label(step.title))
    return phrase("tahap {tahap} ({judul})", tahap=step.number, judul=label(step.title))


def bullets(lines: tuple[str, ...] | list[str]) -> str:
    """One ``• line`` per line."""
    return joined([phrase("• {hal}", hal=line) for line in lines], "\n")


def _dedupe(messages: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(messages))


def _condition(
    detail: CaseDetail, spec: DocumentSpec, condition: str, finals: Mapping[str, DocumentInfo]
) -> list[str]:
    sop = detail.sop
    step = sop.step(spec.step) if spec.step is not None else None
    if condition == "butir_dikecualikan":
        if any(i.exempt for i in detail.items):
            return []
        tested = bool(detail.items) and all(i.kesimpulan for i in detail.items)
        return [
            label("tidak ada butir informasi yang dikecualikan menurut hasil uji konsekuensi")
            if tested
            else label("belum ada butir informasi yang diuji dan dikecualikan")
        ]
    if condition.startswith(DOCUMENT_CONDITION):
        other = sop.document(condition[len(DOCUMENT_CONDITION) :])
        if other is None or other.kind in finals:
            return []
        if not readiness(detail, other, finals).applies:
            return []  # the case does not need it: nothing to cite
        return [phrase("{dokumen} belum difinalkan", dokumen=label(other.title))]
    if condition.startswith(FIELD_CONDITION):
        key = condition[len(FIELD_CONDITION) :]
        where = field_step(detail, spec, key)
        rec = detail.latest_record(where.number) if where is not None else None
        if rec is not None and rec.data.get(key) not in (None, ""):
            return []
        name = label(STEP_FIELDS[key].label) if key in STEP_FIELDS else key
        if where is None:
            return [phrase("{isian} belum diisi", isian=name)]
        return [phrase("{isian} {tahap} belum diisi", isian=name, tahap=_step_label(where))]
    assert step is not None  # the SOP parser allows step conditions only on step documents
    rec = detail.latest_record(step.number)
    if rec is None:
        return [phrase("{tahap} belum dimulai", tahap=_step_label(step, first=True))]
    if condition == "tahap_selesai":
        if rec.status == StepStatus.DONE:
            return []
        return [
            phrase(
                "{tahap} belum diselesaikan oleh {peran}",
                tahap=_step_label(step, first=True),
                peran=label(role_name(step.actor)),
            )
        ]
    if condition == "peserta_hadir":
        if detail.attended(step.number):
            return []
        return [
            phrase("Belum ada peserta rapat {tahap} yang dicatat hadir", tahap=_step_label(step))
        ]
    if condition == "butir_lengkap":
        return [p.message for p in rules.items_problems(detail, step)]
    # isian_tahap
    return [p.message for p in rules.completion_problems(detail, step)]


def readiness(
    detail: CaseDetail,
    spec: DocumentSpec,
    finals: Mapping[str, DocumentInfo],
    office: bool = True,
) -> Readiness:
    """Whether ``spec`` may be finalised for the case; ``finals``: the case's finalised
    documents by kind (``app.documents.read.finals_of``). ``office``: also ask what the
    office's data lacks (``office_problems``); False judges the case alone."""
    started = detail.started_steps()
    for number in (spec.listed_from, spec.step):
        if number is not None and number not in started:  # nothing else to say yet
            first = _step_label(detail.sop.step(number), first=True)
            return Readiness(spec, True, (phrase("{tahap} belum dimulai", tahap=first),))
    not_needed = _dedupe([m for c in spec.applies for m in _condition(detail, spec, c, finals)])
    if not_needed:
        return Readiness(spec, False, not_needed)
    missing: list[str] = []
    for condition in spec.ready:
        missing += _condition(detail, spec, condition, finals)
    if office:
        missing += office_problems(detail, spec)
    return Readiness(spec, True, _dedupe(missing))


def office_problems(detail: CaseDetail, spec: DocumentSpec) -> list[str]:
    """What the office's data (not the case) lacks for the document: its signer, the address
    of the kop it is printed on."""
    from app.documents.issuer import issuer_of, kop_problems
    from app.documents.signers import signer_problems

    return signer_problems(detail, spec) + kop_problems(issuer_of(detail, spec).kop)


# ----------------------------------------------------------------------------- check
@dataclass(frozen=True)
class Premature:
    document: DocumentInfo
    reasons: tuple[str, ...]


def finalised_too_early(
    detail: CaseDetail,
    doc: DocumentInfo,
    finals: Mapping[str, DocumentInfo],
    first_finalised: Mapping[str, datetime],
) -> tuple[str, ...]:
    """Why ``doc`` was finalised before its step was ready ("" reasons: it was not).

    What can be known afterwards: a condition that fails even now; a step it needs completed
    that was completed only after the document was finalised; a document it cites that was
    finalised only after it. (A field filled in after finalising, while the step still ran,
    leaves no trace and is not reported.)"""
    spec = detail.sop.document(doc.jenis)
    if spec is None:
        return ()
    state = readiness(detail, spec, finals, office=False)
    reasons = (
        list(state.missing) if state.applies else [f"tidak diperlukan: {m}" for m in state.missing]
    )
    created = doc.created_at
    for condition in spec.ready:
        if condition == "tahap_selesai" and spec.step is not None:
            rec = detail.latest_record(spec.step)
            done = rec.selesai_pada if rec is not None and rec.status == StepStatus.DONE else None
            if done is not None and _before(created, done):
                reasons.append(
                    f"{_step_label(detail.sop.step(spec.step))} baru diselesaikan "
                    "sesudah dokumen ini difinalkan"
                )
        elif condition.startswith(DOCUMENT_CONDITION):
            other = condition[len(DOCUMENT_CONDITION) :]
            when = first_finalised.get(other)
            if when is not None and _before(created, when):
                reasons.append(
                    f"{finals[other].title if other in finals else other} baru "
                    "difinalkan sesudah dokumen ini"
                )
    return _dedupe(reasons)


def _before(a: datetime, b: datetime) -> bool:
    """``a`` earlier than ``b`` (timestamps as stored: aware or naive UTC)."""
    return a.replace(tzinfo=None) < b.replace(tzinfo=None)


def premature_documents() -> list[Premature]:
    """The documents in force (the newest version of each kind of each case) that were
    finalised before their step was ready. A document finalised by a Ujikon that checked
    readiness says so in its finalisation event (``siap``) and is not second-guessed."""
    from app.cases.read import case_detail
    from app.documents import read
    from app.history import EventKind
    from app.models import Document, Event

    checked = set()
    for event in Event.select(Event.rincian).where(Event.jenis == EventKind.DOCUMENT_FINALISED):
        rincian = event.rincian if isinstance(event.rincian, dict) else {}
        if rincian.get("siap") is True and rincian.get("kode"):
            checked.add(rincian["kode"])
    found: list[Premature] = []
    case_ids = [r.case_id for r in Document.select(Document.case).distinct()]
    for case_id in sorted(case_ids):
        docs = read.documents_of_case(case_id)
        finals = read.finals_of(case_id)
        first: dict[str, datetime] = {}
        for doc in docs:
            if doc.jenis not in first or _before(doc.created_at, first[doc.jenis]):
                first[doc.jenis] = doc.created_at
        detail = None
        for doc in finals.values():
            if doc.kode in checked:
                continue
            detail = detail or case_detail(case_id)
            reasons = finalised_too_early(detail, doc, finals, first)
            if reasons:
                found.append(Premature(doc, reasons))
    return found


# ----------------------------------------------------------------------- finishing a case
def drafts_at_finish(detail: CaseDetail, finals: Mapping[str, DocumentInfo]) -> tuple[str, ...]:
    """The step documents the case needs that are still drafts (not finalised), when
    completing its running step finishes the case (the SOP's last step); () otherwise or when
    every one is final. A document the case does not need (``applies``) is not a draft
    left behind. The window names these and asks before the case is finished."""
    step = detail.current_step
    if step is None or detail.sop.next_step(step.number) is not None:
        return ()
    return tuple(
        spec.title
        for spec in detail.sop.documents
        if spec.step is not None
        and spec.kind not in finals
        and readiness(detail, spec, finals, office=False).applies
    )


def drafts_left_at_finish(detail: CaseDetail) -> tuple[str, ...]:
    """``drafts_at_finish`` with the case's finalised documents read from the database."""
    from app.documents.read import finals_of

    return drafts_at_finish(detail, finals_of(detail.case.id))


def drafts_warning(drafts: tuple[str, ...]) -> str:
    """The sentence the window shows for ``drafts_at_finish``."""
    if not drafts:
        return ""
    return phrase(
        "Dokumen tahapan kasus ini masih konsep (belum difinalkan): {dokumen}. Finalkan dulu "
        "di tab Dokumen; bila kasus tetap diselesaikan, dokumen itu tetap konsep tanpa nomor "
        "dan kode verifikasi.",
        dokumen=joined([label(title) for title in drafts], "; "),
    )
