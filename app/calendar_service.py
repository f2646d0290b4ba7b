"""The office's working-day calendar as stored in the database, and its changes.

Every change (an override added or removed, the cuti bersama setting, a newer ``holidays``
package) recomputes the due dates of the open steps and returns which ones moved, so the user
sees them; each move is also written to the case's history. The cuti bersama setting is
changed through ``app.settings.change_settings`` like every setting a user changes; the
calendar's revision and basis are internal settings this module alone writes.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from app import history, settings, store
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
from app.store.bulk import bound_text
from app.text import format_date, format_number
from app.validation import check_text, clean_text
from app.workdays import DayKind, Override, OverrideAction, WorkCalendar, holidays_version


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


class Report(Protocol):
    """Progress of a long job: ``report(done, total, text)`` (``ui.runner.Report``); what it
    returns (whether Batal was pressed) is not asked: a recomputation cannot stop midway."""

    def __call__(self, done: int, total: int, text: str = "", /) -> object: ...


def _silent(done: int, total: int, text: str = "", /) -> object:
    return True


ROWS_PER_REPORT = 5_000  # moved steps written (and sealed) between two progress reports

# The statements of a recomputation (raw: peewee would build one statement per row).
_OPEN_STEPS = (
    "SELECT id, case_id, tahap, tanggal_mulai, hari_kerja, batas_waktu FROM steprecord "
    "WHERE status = ?"
)
_MOVE_STEP = "UPDATE steprecord SET batas_waktu = ?, dasar_kalender = ? WHERE id = ?"
_MOVE_CASE = 'UPDATE "case" SET batas_waktu = ?, updated_at = ? WHERE id = ?'
_CASE_NUMBERS = 'SELECT id, nomor FROM "case" WHERE id IN (SELECT value FROM json_each(?))'


def recompute_open_deadlines(
    calendar: WorkCalendar,
    reason: str,
    actor: Actor | None = None,
    report: Report = _silent,
) -> list[DeadlineMove]:
    """Recompute the due date of every running step and write those that moved, with their
    case's ``batas_waktu`` and one chained history event each. Call inside a transaction.

    A step whose due date did not move is not written at all: its stored basis still names
    the calendar that computed it, and the current calendar gives the same date. The due
    dates are computed once per (start, working days), which a few hundred pairs cover even
    at 100,000 cases; the rows are read and written with one prepared statement each
    (``executemany``), and the events appended by ``history.ChainWriter``."""
    report(0, 0, "Membaca tahap yang sedang berjalan…")
    open_steps = database.execute_sql(_OPEN_STEPS, (StepStatus.RUNNING.value,)).fetchall()
    total = len(open_steps)
    report(0, total, f"Menghitung batas waktu {format_number(total)} tahap berjalan…")
    due_texts: dict[tuple[Any, int], str] = {}  # (stored start, working days) → new due
    dates: dict[Any, date] = {}  # stored date text → date
    moved: list[tuple[int, int, int, date, date, str]] = []
    for step_id, case_id, tahap, start, working_days, due in open_steps:
        new_text = due_texts.get((start, working_days))
        if new_text is None:
            new_due = calendar.add_working_days(_stored_date(dates, start), working_days)
            new_text = due_texts[(start, working_days)] = _date_text(new_due)
            dates.setdefault(new_text, new_due)
        if new_text != due:
            old_due = _stored_date(dates, due)
            moved.append((step_id, case_id, tahap, old_due, dates[new_text], new_text))
    del open_steps
    if not moved:
        report(total, total, "Tidak ada batas waktu yang bergeser.")
        return []

    # Each moved step: its row and its case's row (written and sealed), its event.
    count = len(moved)
    work, done = 2 * count, 0
    basis = calendar.basis
    changed_at = bound_text(Case.updated_at.db_value(now_utc()))
    cursor = database.cursor()
    writing = f"Menyimpan {format_number(count)} batas waktu yang bergeser…"
    report(done, work, writing)
    for chunk in _chunks(moved):
        cursor.executemany(_MOVE_STEP, [(m[5], basis, m[0]) for m in chunk])
        cursor.executemany(_MOVE_CASE, [(m[5], changed_at, m[1]) for m in chunk])
        _seal_written()
        done += len(chunk)
        report(done, work, writing)

    numbers = _case_numbers([m[1] for m in moved])
    moves: list[DeadlineMove] = []
    recording = f"Mencatat {format_number(count)} pergeseran di riwayat…"
    # Equal moves share their summary and detail (``ChainWriter`` encodes a shared detail
    # once); one time for all events: they are one change.
    wording: dict[tuple[int, date, date], tuple[str, dict[str, Any]]] = {}
    when = now_utc()
    with history.ChainWriter() as chain:
        for chunk in _chunks(moved):
            for _, case_id, tahap, old_due, new_due, _ in chunk:
                words = wording.get((tahap, old_due, new_due))
                if words is None:
                    words = wording[(tahap, old_due, new_due)] = (
                        f"Batas waktu tahap {tahap} bergeser dari {format_date(old_due)} ke "
                        f"{format_date(new_due)}: {reason}",
                        {"tahap": tahap, "lama": old_due.isoformat(), "baru": new_due.isoformat()},
                    )
                chain.add(EventKind.DEADLINE_MOVED, words[0], actor, case_id, words[1], when)
                moves.append(DeadlineMove(case_id, numbers[case_id], tahap, old_due, new_due))
            chain.flush()
            done += len(chunk)
            report(done, work, recording)
    report(work, work, "Menyimpan…")
    return moves


def _seal_written() -> None:
    """Seal the rows written so far, inside the transaction, a chunk at a time (the row
    seals' work stays proportional to the rows moved)."""
    store.seal_pending()


def _chunks(rows: list[Any]) -> Iterator[list[Any]]:
    for i in range(0, len(rows), ROWS_PER_REPORT):
        yield rows[i : i + ROWS_PER_REPORT]


def _stored_date(dates: dict[Any, date], stored: Any) -> date:
    """A date column as read raw (its ISO text), as a date; remembered."""
    value = dates.get(stored)
    if value is None:
        value = dates[stored] = StepRecord.batas_waktu.python_value(stored)
    return value


def _date_text(value: date) -> Any:
    """A date as the database stores it (what peewee would bind)."""
    return bound_text(StepRecord.batas_waktu.db_value(value))


def _case_numbers(case_ids: list[int]) -> dict[int, str]:
    """Each case's register number, in one statement (the ids as one JSON parameter)."""
    rows = database.execute_sql(_CASE_NUMBERS, (json.dumps(case_ids),))
    return dict(rows.fetchall())


def _bump_revision() -> None:
    write_internal(REVISI_KALENDER, settings.value(REVISI_KALENDER) + 1)


def add_override(
    actor: Actor,
    day: date | None,
    action: OverrideAction,
    kind: DayKind,
    name: str,
    reference: str,
    report: Report = _silent,
) -> ChangeSet:
    """Add a local calendar change (e.g. a cuti bersama added by a new SKB)."""
    name, reference = clean_text(name), clean_text(reference)
    with database.atomic():
        authorize(actor, Action.MANAGE_CALENDAR)
        return _moved(_add_override(actor, day, action, kind, name, reference, report))


def _add_override(
    actor: Actor,
    day: date | None,
    action: OverrideAction,
    kind: DayKind,
    name: str,
    reference: str,
    report: Report,
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
    return recompute_open_deadlines(current_calendar(), summary, actor, report)


def remove_override(actor: Actor, override_id: int, report: Report = _silent) -> ChangeSet:
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
        return _moved(recompute_open_deadlines(current_calendar(), summary, actor, report))


def set_cuti_bersama_libur(actor: Actor, value: bool, report: Report = _silent) -> ChangeSet:
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
        return _moved(recompute_open_deadlines(current_calendar(), summary, actor, report))


def check_holiday_package(report: Report = _silent) -> list[DeadlineMove]:
    """At start-up: if the ``holidays`` package changed since deadlines were computed (an
    update with a new SKB), recompute the open steps and report what moved."""
    version = holidays_version()
    if settings.value(DASAR_KALENDER_PAKET) == version:
        return []
    with database.atomic():
        first_run = settings.value(DASAR_KALENDER_PAKET) == ""
        write_internal(DASAR_KALENDER_PAKET, version)
        if first_run:
            return []
        return recompute_open_deadlines(
            current_calendar(),
            f"data hari libur nasional diperbarui (versi data {version})",
            None,
            report,
        )
