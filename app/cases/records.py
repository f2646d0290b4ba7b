"""What the case commands write, as plain values: a new case's columns, an added item's,
a started, completed or returned step's, a meeting's participants, the search text, the
register number, and the content of every history event a command records. The commands and
the bulk demo (``app.demo``) both build their rows here, so a generated database holds exactly
what real use would.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from app import settings
from app.history.kinds import EventKind
from app.models import Case, InfoItem, Opd
from app.settings import NOMOR_REGISTER_POLA
from app.sop import Sop, Step
from app.states import CaseStatus, StepStatus
from app.text import format_date
from app.workdays import WorkCalendar


@dataclass(frozen=True)
class EventContent:
    """A history event before it is chained: its kind, summary and details."""

    kind: EventKind
    summary: str
    detail: Any = None


# ----------------------------------------------------------------------------- rows
def search_text(
    nomor: str,
    judul: str,
    opd_nama: str,
    opd_singkatan: str,
    rujukan: str,
    item_texts: Iterable[str] = (),
) -> str:
    """What the case list's search box looks in: number, title, OPD, reference and the text
    of the items, lower case."""
    parts = [nomor, judul, opd_nama, opd_singkatan, rujukan, *item_texts]
    return " ".join(p for p in parts if p).lower()


def refresh_search_text(case_ids: list[int]) -> None:
    """Rebuild the search text of these cases (after their items or their OPD's name
    changed). Call inside the writing transaction."""
    for case_id in case_ids:
        row = Case.select(Case, Opd).join(Opd).where(Case.id == case_id).get()
        texts = [
            t
            for item in InfoItem.select(InfoItem.uraian, InfoItem.dokumen_sumber).where(
                InfoItem.case == case_id
            )
            for t in (item.uraian, item.dokumen_sumber)
        ]
        Case.update(
            search_text=search_text(
                row.nomor, row.judul, row.opd.nama, row.opd.singkatan, row.pemicu_rujukan, texts
            )
        ).where(Case.id == case_id).execute()


def format_register_number(pattern: str, seq: int, year: int) -> str:
    return pattern.format(urut=seq, tahun=year)


def next_register_number(year: int) -> tuple[int, str]:
    """The next register number of ``year`` (call inside the writing transaction)."""
    last = Case.select(Case.urut).where(Case.tahun == year).order_by(Case.urut.desc()).first()
    seq = (last.urut if last else 0) + 1
    return seq, format_register_number(settings.value(NOMOR_REGISTER_POLA), seq, year)


def new_case(
    seq: int,
    nomor: str,
    opd: Opd,
    pemicu: str,
    rujukan: str,
    judul: str,
    start: date,
    sop: Sop,
    now: datetime,
) -> dict[str, Any]:
    """The columns of a newly registered case (cleaned values), on the SOP's first step; its
    search text holds no item yet. ``case_on_step`` sets the due date once step 1 starts."""
    first = sop.steps[0]
    return {
        "nomor": nomor,
        "tahun": start.year,
        "urut": seq,
        "opd": opd.id,
        "pemicu": pemicu,
        "pemicu_rujukan": rujukan,
        "judul": judul,
        "tanggal_mulai": start,
        "sop_version": sop.version,
        "tahap": first.number,
        "pelaksana": first.actor,
        "search_text": search_text(nomor, judul, opd.nama, opd.singkatan, rujukan),
        "created_at": now,
        "updated_at": now,
    }


def new_item(case_id: int, urut: int, values: dict[str, Any]) -> dict[str, Any]:
    """The columns of an item added as number ``urut`` with its cleaned ``values`` (the other
    columns keep their defaults)."""
    return {"case": case_id, "urut": urut, **values}


def participant_rows(
    case_id: int, step_no: int, people: list[tuple[int, bool]]
) -> list[dict[str, Any]]:
    """The participant rows of a step's meeting: (official id, attended), in that order."""
    return [
        {"case": case_id, "tahap": step_no, "official": oid, "hadir": hadir}
        for oid, hadir in people
    ]


def started_step(
    step: Step,
    start: date,
    calendar: WorkCalendar,
    putaran: int,
    data: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The columns of a step record that starts on ``start`` (due date by ``calendar``)."""
    return {
        "tahap": step.number,
        "putaran": putaran,
        "status": StepStatus.RUNNING.value,
        "tanggal_mulai": start,
        "hari_kerja": step.working_days,
        "batas_waktu": calendar.add_working_days(start, step.working_days),
        "dasar_kalender": calendar.basis,
        "data": dict(data or {}),
    }


def case_on_step(step: Step, due: date) -> dict[str, Any]:
    """The case's denormalised columns while ``step`` runs (the list sorts and filters on
    them)."""
    return {
        "tahap": step.number,
        "pelaksana": step.actor,
        "batas_waktu": due,
        "status": CaseStatus.RUNNING.value,
        "tanggal_selesai": None,
    }


def case_finished(on: date) -> dict[str, Any]:
    return {"status": CaseStatus.FINISHED.value, "tanggal_selesai": on, "batas_waktu": None}


def step_done(on: date, by: str, role: str, at: datetime) -> dict[str, Any]:
    """A completed step: on which date (the office's), by whom, and when it was recorded."""
    return {
        "status": StepStatus.DONE.value,
        "tanggal_selesai": on,
        "selesai_oleh": by,
        "selesai_peran": role,
        "selesai_pada": at,
    }


def step_returned(on: date, by: str, role: str, at: datetime, reason: str) -> dict[str, Any]:
    """A step sent back to an earlier one: like a completion, with the reason."""
    return {
        "status": StepStatus.SENT_BACK.value,
        "tanggal_selesai": on,
        "selesai_oleh": by,
        "selesai_peran": role,
        "selesai_pada": at,
        "alasan_kembali": reason,
    }


# ----------------------------------------------------------------------------- events
def jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def case_created(nomor: str, judul: str, sop_version: str, pemicu: str) -> EventContent:
    return EventContent(
        EventKind.CASE_CREATED,
        f"Kasus {nomor} dibuat: {judul}",
        {"sop": sop_version, "pemicu": pemicu},
    )


def item_added(urut: int, values: dict[str, Any]) -> EventContent:
    changes = {k: [None, jsonable(v)] for k, v in values.items() if v}
    return EventContent(
        EventKind.ITEM_SAVED, f"Butir {urut} ditambahkan", {"butir": urut, "perubahan": changes}
    )


def item_changed(urut: int, step_no: int, changes: dict[str, list]) -> EventContent:
    return EventContent(
        EventKind.ITEM_SAVED,
        f"Butir {urut} diubah pada tahap {step_no}",
        {"butir": urut, "perubahan": changes},
    )


def item_removed(urut: int, uraian: str) -> EventContent:
    return EventContent(EventKind.ITEM_REMOVED, f"Butir {urut} dihapus: {uraian[:80]}")


def step_saved(step_no: int, changes: dict[str, list]) -> EventContent:
    return EventContent(
        EventKind.STEP_SAVED, f"Isian tahap {step_no} disimpan", {"perubahan": changes}
    )


def participants_saved(step_no: int, people: int, attended: int) -> EventContent:
    return EventContent(
        EventKind.PARTICIPANTS_SAVED, f"Peserta tahap {step_no}: {people} orang, {attended} hadir"
    )


def step_completed(
    step: Step, on: date, due: date, note: str = "", changes: dict[str, list] | None = None
) -> EventContent:
    summary = f"Tahap {step.number} ({step.title}) selesai pada {format_date(on)}"
    if on > due:
        summary += f", melewati batas waktu {format_date(due)}"
    detail: dict[str, Any] = {"tahap": step.number, "catatan": note}
    if changes:
        detail["perubahan"] = changes
    return EventContent(EventKind.STEP_COMPLETED, summary, detail)


def step_started(step: Step, due: date) -> EventContent:
    return EventContent(
        EventKind.STEP_STARTED,
        f"Tahap {step.number} ({step.title}) dimulai; batas waktu {format_date(due)}",
    )


def case_closed(nomor: str) -> EventContent:
    return EventContent(EventKind.CASE_FINISHED, f"Kasus {nomor} selesai")


def step_sent_back(step: Step, target: Step, reason: str) -> EventContent:
    return EventContent(
        EventKind.STEP_SENT_BACK,
        f"Tahap {step.number} dikembalikan ke tahap {target.number} ({target.title}): {reason}",
        {"dari": step.number, "ke": target.number},
    )


def _blank(value: Any) -> bool:
    return value is None or value == "" or value == []


def changed_values(old: dict[str, Any], new: dict[str, Any]) -> dict[str, list]:
    """``{key: [old, new]}`` for every key of ``new`` whose value differs (dates as ISO; an
    empty text, an empty list and a missing value are the same: nothing)."""
    return {
        k: [jsonable(old.get(k)), jsonable(v)]
        for k, v in new.items()
        if old.get(k) != v and not (_blank(old.get(k)) and _blank(v))
    }
