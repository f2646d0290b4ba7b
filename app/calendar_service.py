"""The office's working-day calendar as stored in the database, and its changes.

Every change (an override added or removed, the cuti bersama setting, a newer ``holidays``
package) recomputes the due dates of the open steps and returns which ones moved, so the user
sees them; each move is also written to the case's history. The cuti bersama setting is
changed through ``app.settings.change_settings`` like every setting a user changes; the
calendar's revision and basis are internal settings this module alone writes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import holidays

from app import history, settings
from app.capabilities import authorize
from app.changes import ChangeSet
from app.clock import now_utc
from app.errors import FieldProblem, NotFound, ValidationError
from app.history import EventKind
from app.models import Case, HolidayOverride, StepRecord, database
from app.permissions import Action, Actor
from app.settings import (
    CUTI_BERSAMA_LIBUR,
    DASAR_KALENDER_PAKET,
    REVISI_KALENDER,
    RUJUKAN_SKB,
    change_settings,
    write_internal,
)
from app.settings.catalog import SKB_YEARS
from app.states import StepStatus
from app.text import format_date
from app.validation import check_text, clean_text
from app.workdays import DayKind, Override, OverrideAction, WorkCalendar


@dataclass(frozen=True)
class DeadlineMove:
    case_id: int
    nomor: str
    tahap: int
    old_due: date
    new_due: date


_calendars: dict[tuple, WorkCalendar] = {}  # a calendar loads its years lazily: keep it


def current_calendar() -> WorkCalendar:
    """The calendar as stored now. The same stored calendar gives the same object, whose
    years of holidays are already loaded (building them is the expensive part)."""
    overrides = tuple(
        Override(o.tanggal, OverrideAction(o.tindakan), DayKind(o.jenis), o.nama, o.rujukan)
        for o in HolidayOverride.select().order_by(HolidayOverride.tanggal)
    )
    skb = tuple(sorted(skb_references().items()))
    key = (overrides, settings.value(CUTI_BERSAMA_LIBUR), settings.value(REVISI_KALENDER), skb)
    calendar = _calendars.get(key)
    if calendar is None:
        if len(_calendars) > 8:
            _calendars.clear()
        calendar = _calendars[key] = WorkCalendar(
            overrides, cuti_bersama_libur=key[1], revision=key[2], skb=dict(skb)
        )
    return calendar


def skb_references() -> dict[int, str]:
    """The SKB 3 Menteri the office recorded for each year's national dates (year → text)."""
    return {int(year): text for year, text in settings.value(RUJUKAN_SKB).items()}


def set_skb_reference(actor: Actor, year: int, reference: str) -> ChangeSet:
    """Record (or, with an empty text, forget) the SKB behind ``year``'s libur nasional and
    cuti bersama. Administrator only (the calendar right); one history event with the old
    and new references. No due date moves: the reference names the dates, it does not make
    them."""
    reference = clean_text(reference)
    with database.atomic():
        authorize(actor, Action.MANAGE_CALENDAR)
        if not SKB_YEARS[0] <= year <= SKB_YEARS[1]:
            raise ValidationError(
                [FieldProblem("tahun", f"Tahun harus {SKB_YEARS[0]} sampai {SKB_YEARS[1]}.")]
            )
        recorded: dict[str, str] = settings.value(RUJUKAN_SKB)
        stored = dict(recorded)
        if reference:
            stored[str(year)] = reference
        else:
            stored.pop(str(year), None)
        summary = (
            f"Rujukan SKB tahun {year}: {reference}"
            if reference
            else f"Rujukan SKB tahun {year} dihapus"
        )
        changed = change_settings(
            actor, {RUJUKAN_SKB: stored}, summary=summary, kind=EventKind.CALENDAR_CHANGED
        )
    if changed.empty:
        return changed
    return changed | ChangeSet(calendar=True)


@dataclass(frozen=True)
class OverrideInfo:
    """A local change of the holiday calendar, as the calendar dialog lists it."""

    id: int
    tanggal: date
    tindakan: OverrideAction
    jenis: DayKind
    nama: str
    rujukan: str


def list_overrides() -> list[OverrideInfo]:
    return [
        OverrideInfo(
            o.id,
            o.tanggal,
            OverrideAction(o.tindakan),
            DayKind(o.jenis),
            o.nama or "",
            o.rujukan or "",
        )
        for o in HolidayOverride.select().order_by(HolidayOverride.tanggal)
    ]


def _moved(moves: list[DeadlineMove]) -> ChangeSet:
    """What a calendar change changed: the calendar, and the cases whose deadlines moved
    (``ChangeSet.value``: the moves, for the dialog that lists them)."""
    return ChangeSet(
        calendar=True, history=True, other_cases=frozenset(m.case_id for m in moves), value=moves
    )


def recompute_open_deadlines(
    calendar: WorkCalendar, reason: str, actor: Actor | None = None
) -> list[DeadlineMove]:
    """Recompute the due date of every running step. Call inside a transaction."""
    moves: list[DeadlineMove] = []
    open_steps = (
        StepRecord.select(StepRecord, Case)
        .join(Case)
        .where(StepRecord.status == StepStatus.RUNNING)
    )
    for rec in open_steps:
        new_due = calendar.add_working_days(rec.tanggal_mulai, rec.hari_kerja)
        if new_due == rec.batas_waktu:
            if rec.dasar_kalender != calendar.basis:
                StepRecord.update(dasar_kalender=calendar.basis).where(
                    StepRecord.id == rec.id
                ).execute()
            continue
        old_due = rec.batas_waktu
        StepRecord.update(batas_waktu=new_due, dasar_kalender=calendar.basis).where(
            StepRecord.id == rec.id
        ).execute()
        Case.update(batas_waktu=new_due, updated_at=now_utc()).where(
            Case.id == rec.case_id
        ).execute()
        history.record(
            EventKind.DEADLINE_MOVED,
            f"Batas waktu tahap {rec.tahap} bergeser dari {format_date(old_due)} ke "
            f"{format_date(new_due)}: {reason}",
            actor,
            rec.case_id,
            {"tahap": rec.tahap, "lama": old_due.isoformat(), "baru": new_due.isoformat()},
        )
        moves.append(DeadlineMove(rec.case_id, rec.case.nomor, rec.tahap, old_due, new_due))
    return moves


def _bump_revision() -> None:
    write_internal(REVISI_KALENDER, settings.value(REVISI_KALENDER) + 1)


def add_override(
    actor: Actor, day: date | None, action: OverrideAction, kind: DayKind, name: str, reference: str
) -> ChangeSet:
    """Add a local calendar change (e.g. a cuti bersama added by a new SKB)."""
    name, reference = clean_text(name), clean_text(reference)
    with database.atomic():
        authorize(actor, Action.MANAGE_CALENDAR)
        return _moved(_add_override(actor, day, action, kind, name, reference))


def _add_override(
    actor: Actor, day: date | None, action: OverrideAction, kind: DayKind, name: str, reference: str
) -> list[DeadlineMove]:
    problems: list[FieldProblem] = []
    if day is None:
        problems.append(FieldProblem("tanggal", "Tanggal wajib diisi."))
    check_text(problems, "nama", "Keterangan", name, required=action == OverrideAction.ADD)
    check_text(problems, "rujukan", "Rujukan SKB", reference, required=True)
    if day is not None and HolidayOverride.get_or_none(HolidayOverride.tanggal == day):
        problems.append(
            FieldProblem(
                "tanggal", f"Tanggal {format_date(day)} sudah ada di daftar perubahan; hapus dulu."
            )
        )
    if action == OverrideAction.ADD and kind not in (DayKind.LIBUR, DayKind.CUTI):
        problems.append(FieldProblem("jenis", "Jenis harus libur nasional atau cuti bersama."))
    if problems:
        raise ValidationError(problems)
    assert day is not None
    HolidayOverride.create(
        tanggal=day,
        tindakan=action.value,
        jenis=kind.value,
        nama=name,
        rujukan=reference,
        created_at=now_utc(),
    )
    _bump_revision()
    verb = (
        "ditambahkan sebagai hari libur" if action == OverrideAction.ADD else "dijadikan hari kerja"
    )
    summary = f"{format_date(day)} {verb} ({reference})"
    history.record(
        EventKind.CALENDAR_CHANGED,
        summary,
        actor,
        None,
        {"tanggal": day.isoformat(), "tindakan": action.value},
    )
    return recompute_open_deadlines(current_calendar(), summary, actor)


def remove_override(actor: Actor, override_id: int) -> ChangeSet:
    with database.atomic():
        authorize(actor, Action.MANAGE_CALENDAR)
        row = HolidayOverride.get_or_none(HolidayOverride.id == override_id)
        if row is None:
            raise NotFound("Perubahan kalender itu sudah tidak ada.")
        summary = f"Perubahan kalender {format_date(row.tanggal)} ({row.rujukan}) dibatalkan"
        row.delete_instance()
        _bump_revision()
        history.record(
            EventKind.CALENDAR_CHANGED, summary, actor, None, {"tanggal": row.tanggal.isoformat()}
        )
        return _moved(recompute_open_deadlines(current_calendar(), summary, actor))


def set_cuti_bersama_libur(actor: Actor, value: bool) -> ChangeSet:
    """Whether cuti bersama stop the SOP clock. The permission (``MANAGE_CALENDAR``, from the
    setting's declaration), the write and its history event (a calendar change, so the log
    lists it with the other calendar changes) are ``change_settings``'s."""
    summary = (
        "Cuti bersama dihitung sebagai hari libur"
        if value
        else "Cuti bersama dihitung sebagai hari kerja"
    )
    with database.atomic():
        changed = change_settings(
            actor, {CUTI_BERSAMA_LIBUR: value}, summary=summary, kind=EventKind.CALENDAR_CHANGED
        )
        if changed.empty:
            return ChangeSet(value=[])
        _bump_revision()
        return _moved(recompute_open_deadlines(current_calendar(), summary, actor))


def check_holiday_package() -> list[DeadlineMove]:
    """At start-up: if the ``holidays`` package changed since deadlines were computed (an
    update with a new SKB), recompute the open steps and report what moved."""
    version = holidays.__version__
    if settings.value(DASAR_KALENDER_PAKET) == version:
        return []
    with database.atomic():
        first_run = settings.value(DASAR_KALENDER_PAKET) == ""
        write_internal(DASAR_KALENDER_PAKET, version)
        if first_run:
            return []
        return recompute_open_deadlines(
            current_calendar(), f"data hari libur diperbarui (holidays {version})"
        )
