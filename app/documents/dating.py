"""The date of a document: the day of the event it records, never the day it was finalised.

- A Berita Acara is dated by its meeting (``tanggal_rapat`` of its step), the Lembar
  Pertimbangan by ``tanggal_pertimbangan``, the penetapan by ``tanggal_penetapan`` (step 5),
  the Surat Pemberitahuan by ``tanggal_distribusi``: for these the date *is* the event's, and
  another date is refused (``fixed``): correct the step field instead.
- A Laporan is signed on or after its step's meeting: the meeting day is proposed, a later
  day may be chosen.
- A document without an event (the deadline proof) is dated the day it is made.

No document may be dated after today, before the case started, before the event it records,
or before a document it cites (the penetapan cites the BA hasil uji, the pemberitahuan the
penetapan, and every ``dokumen_final:`` condition of the SOP names one); ``date_problems``
says which. The year in its number is the year of this date (``app.documents.numbering``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from app.cases.model import CaseDetail
from app.clock import today
from app.documents.model import DocumentInfo
from app.documents.step_values import field_date
from app.errors import FieldProblem
from app.fields import STEP_FIELDS
from app.sop import DOCUMENT_CONDITION, DocumentSpec
from app.states import StepStatus
from app.text import format_date

FIELD = "tanggal"

# kind → (the step field holding the day of its event, whether the document must carry
# exactly that day)
DATED_BY: dict[str, tuple[str, bool]] = {
    "laporan_identifikasi": ("tanggal_rapat", False),
    "ba_pembantu": ("tanggal_rapat", True),
    "laporan_uji": ("tanggal_rapat", False),
    "ba_uji": ("tanggal_rapat", True),
    "lembar_pertimbangan": ("tanggal_pertimbangan", True),
    "penetapan": ("tanggal_penetapan", True),
    "pemberitahuan": ("tanggal_distribusi", True),
}
# Documents a kind cites in its text (besides the SOP's dokumen_final: conditions).
CITES: dict[str, tuple[str, ...]] = {"penetapan": ("ba_uji",), "pemberitahuan": ("penetapan",)}


@dataclass(frozen=True)
class Event:
    day: date | None
    label: str  # "tanggal rapat tahap 2", in words
    fixed: bool  # the document carries exactly this day


@dataclass(frozen=True)
class DocumentDate:
    """What the finalise dialog shows and proposes."""

    proposed: date
    fixed: bool
    source: str  # where the proposed date comes from, in words
    earliest: date | None
    known: bool = True  # False: the event is not recorded yet (``proposed`` is today)


def event_of(detail: CaseDetail, spec: DocumentSpec) -> Event:
    """The event a document records and its day (None: not recorded yet / no event)."""
    step = detail.sop.step(spec.step) if spec.step is not None else None
    if step is None:
        return Event(None, "", False)
    key, fixed = DATED_BY.get(spec.kind, ("", False))
    if key and key in step.fields:
        label = STEP_FIELDS[key].label.lower() if key in STEP_FIELDS else key
        return Event(field_date(detail, spec, key), f"{label} tahap {step.number}", fixed)
    # A step without the field (the first SOP's step 1): the day the step was completed.
    rec = detail.latest_record(step.number)
    done = rec.tanggal_selesai if rec is not None and rec.status == StepStatus.DONE else None
    return Event(done, f"tanggal selesai tahap {step.number}", False)


def cited_kinds(spec: DocumentSpec) -> list[str]:
    conditions = [
        c[len(DOCUMENT_CONDITION) :] for c in spec.ready if c.startswith(DOCUMENT_CONDITION)
    ]
    return list(dict.fromkeys([*CITES.get(spec.kind, ()), *conditions]))


def _cited_dates(
    detail: CaseDetail, spec: DocumentSpec, finals: Mapping[str, DocumentInfo]
) -> list[tuple[date, str]]:
    """(day, description) of each document it cites: the finalised one, else the event the
    cited document will record."""
    out: list[tuple[date, str]] = []
    for kind in cited_kinds(spec):
        doc = finals.get(kind)
        if doc is not None:
            nomor = f" Nomor {doc.nomor}" if doc.nomor else ""
            out.append((doc.tanggal, f"{doc.title}{nomor} tanggal {format_date(doc.tanggal)}"))
            continue
        other = detail.sop.document(kind)
        if other is None:
            continue
        event = event_of(detail, other)
        if event.day is not None:
            out.append((event.day, f"{other.title} ({event.label} {format_date(event.day)})"))
    return out


def document_date(
    detail: CaseDetail, spec: DocumentSpec, finals: Mapping[str, DocumentInfo]
) -> DocumentDate:
    event = event_of(detail, spec)
    bounds = [d for d, _ in _cited_dates(detail, spec, finals)] + [detail.case.tanggal_mulai]
    if event.day is not None:
        bounds.append(event.day)
        return DocumentDate(event.day, event.fixed, event.label, max(bounds))
    return DocumentDate(today(), False, "hari ini", max(bounds), known=not event.label)


def date_problems(
    detail: CaseDetail,
    spec: DocumentSpec,
    finals: Mapping[str, DocumentInfo],
    tanggal: date,
) -> list[FieldProblem]:
    """Why ``spec`` may not be dated ``tanggal`` (empty: it may)."""
    title = spec.title
    shown = format_date(tanggal)
    problems: list[FieldProblem] = []
    if tanggal > today():
        problems.append(
            FieldProblem(
                FIELD,
                f"{title} tidak boleh bertanggal {shown}, sesudah hari ini "
                f"({format_date(today())}).",
            )
        )
    if tanggal < detail.case.tanggal_mulai:
        problems.append(
            FieldProblem(
                FIELD,
                f"{title} tidak boleh bertanggal {shown}, sebelum kasus dimulai "
                f"({format_date(detail.case.tanggal_mulai)}).",
            )
        )
    event = event_of(detail, spec)
    if event.day is not None:
        if event.fixed and tanggal != event.day:
            problems.append(
                FieldProblem(
                    FIELD,
                    f"{title} bertanggal {format_date(event.day)}, {event.label} yang "
                    f"dicatatnya; tanggal {shown} tidak dapat dipakai. Bila tanggal itu "
                    f"salah, perbaiki {event.label} lebih dulu.",
                )
            )
        elif tanggal < event.day:
            problems.append(
                FieldProblem(
                    FIELD,
                    f"{title} tidak boleh bertanggal {shown}, sebelum {event.label} "
                    f"({format_date(event.day)}) yang dicatatnya.",
                )
            )
    for day, cited in _cited_dates(detail, spec, finals):
        if tanggal < day:
            fix = f" Perbaiki {event.label}." if event.fixed and event.day is not None else ""
            problems.append(
                FieldProblem(
                    FIELD,
                    f"{title} tidak boleh bertanggal {shown}, sebelum {cited} yang "
                    f"dirujuknya.{fix}",
                )
            )
    return problems
