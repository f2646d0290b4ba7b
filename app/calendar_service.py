"""The office's working-day calendar as stored in the database, and its changes.

Every change (an override added or removed, the cuti bersama setting, a newer ``holidays``
package) recomputes the due dates of the open steps and returns which ones moved, so the user
sees them; each move is also written to the case's history. The cuti bersama setting is
changed through ``app.settings.change_settings`` like every setting a user changes; the
calendar's revision and basis are internal settings this module alone writes.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
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
from app.store.connection import CACHE_KIB, WAL_AUTOCHECKPOINT_PAGES
from app.store.engine import on_server
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


ROWS_PER_REPORT = 10_000  # moved steps written (and sealed) between two progress reports
CASES_PER_EVENT = 1_000  # cases one history event of moved deadlines lists at most

# The statements of a recomputation. The steps are grouped by what their due date depends
# on (start, working days) and what it is now: a few hundred groups even at 100,000 cases,
# computed in Python; every row is then matched, written and sealed by SQLite itself.
_GROUPS = (
    "SELECT tanggal_mulai, hari_kerja, batas_waktu, count(*) FROM main.steprecord "
    "WHERE status = ? GROUP BY tanggal_mulai, hari_kerja, batas_waktu"
)
_NEW_DUES = "kalender_baru"  # TEMP: (start, working days, old due) → new due, moved only
_MOVED = "kalender_geser"  # TEMP: the moved steps, in step id order
_TEMP_TABLES = (
    f"CREATE TEMP TABLE IF NOT EXISTS {_NEW_DUES} (mulai DATE NOT NULL, hari INTEGER NOT NULL, "
    "lama DATE NOT NULL, baru DATE NOT NULL, PRIMARY KEY (mulai, hari, lama)) WITHOUT ROWID",
    f"CREATE TEMP TABLE IF NOT EXISTS {_MOVED} (urut INTEGER PRIMARY KEY, langkah INTEGER "
    "NOT NULL, kasus INTEGER NOT NULL, tahap INTEGER, lama DATE, baru DATE)",
    f"CREATE INDEX IF NOT EXISTS temp.{_MOVED}_kasus ON {_MOVED} (kasus, urut)",
)
_FIND_MOVED = (
    f"INSERT INTO temp.{_MOVED} (langkah, kasus, tahap, lama, baru) "
    "SELECT s.id, s.case_id, s.tahap, s.batas_waktu, b.baru FROM main.steprecord AS s "
    f"JOIN temp.{_NEW_DUES} AS b ON b.mulai = s.tanggal_mulai AND b.hari = s.hari_kerja "
    "AND b.lama = s.batas_waktu WHERE s.status = ? ORDER BY s.id"
)
_MOVE_STEPS = (
    "UPDATE main.steprecord SET batas_waktu = g.baru, dasar_kalender = ? "
    f"FROM temp.{_MOVED} AS g WHERE g.urut BETWEEN ? AND ? AND steprecord.id = g.langkah"
)
# A case takes the new due date of its last moved step (as written one by one before).
_MOVE_CASES = (
    'UPDATE main."case" SET updated_at = ?, batas_waktu = '
    f'(SELECT g.baru FROM temp.{_MOVED} AS g WHERE g.kasus = "case".id '
    "ORDER BY g.urut DESC LIMIT 1) "
    f"WHERE id IN (SELECT kasus FROM temp.{_MOVED} WHERE urut BETWEEN ? AND ?)"
)
_MOVES = (
    f"SELECT g.kasus, c.nomor, g.tahap, g.lama, g.baru FROM temp.{_MOVED} AS g "
    'JOIN main."case" AS c ON c.id = g.kasus ORDER BY g.urut'
)


def recompute_open_deadlines(
    calendar: WorkCalendar,
    reason: str,
    actor: Actor | None = None,
    report: Report = _silent,
) -> list[DeadlineMove]:
    """Recompute the due date of every running step and write those that moved, with their
    case's ``batas_waktu``; the history records every move. Call inside a transaction.

    A step whose due date did not move is not written at all: its stored basis still names
    the calendar that computed it, and the current calendar gives the same date. The due
    dates are computed once per (start, working days, stored due date), which a few hundred
    groups cover even at 100,000 cases; the moved steps are then found, written and sealed
    by set-based statements, ``ROWS_PER_REPORT`` at a time. The history gets one chained
    event per step, old and new due date, listing the cases that moved so (at most
    ``CASES_PER_EVENT`` each); ``app.history.case_history`` shows each case its move."""
    if on_server():
        return _recompute_on_server(calendar, reason, actor, report)
    report(0, 0, "Membaca tahap yang sedang berjalan…")
    groups = database.execute_sql(_GROUPS, (StepStatus.RUNNING.value,)).fetchall()
    total = sum(g[3] for g in groups)
    report(0, total, f"Menghitung batas waktu {format_number(total)} tahap berjalan…")
    dates: dict[Any, date] = {}  # stored date text → date
    new_dues: list[tuple[Any, Any, Any, Any]] = []
    for start, working_days, due, _ in groups:
        new_text = _date_text(calendar.add_working_days(_stored_date(dates, start), working_days))
        if new_text != due:
            new_dues.append((start, working_days, due, new_text))
    if not new_dues:
        report(total, total, "Tidak ada batas waktu yang bergeser.")
        return []

    # The TEMP tables' rows are part of the transaction: a failure rolls them back too.
    cursor = database.cursor()
    for sql in _TEMP_TABLES:
        cursor.execute(sql)
    cursor.execute(f"DELETE FROM temp.{_NEW_DUES}")
    cursor.execute(f"DELETE FROM temp.{_MOVED}")
    cursor.executemany(f"INSERT INTO temp.{_NEW_DUES} VALUES (?, ?, ?, ?)", new_dues)
    count = cursor.execute(_FIND_MOVED, (StepStatus.RUNNING.value,)).rowcount

    # Each moved step: its row and its case's row (written and sealed), then the history.
    work, done = 2 * count, 0
    basis = calendar.basis
    changed_at = bound_text(Case.updated_at.db_value(now_utc()))
    writing = f"Menyimpan {format_number(count)} batas waktu yang bergeser…"
    report(done, work, writing)
    for first in range(1, count + 1, ROWS_PER_REPORT):
        last = min(first + ROWS_PER_REPORT - 1, count)
        cursor.execute(_MOVE_STEPS, (basis, first, last))
        cursor.execute(_MOVE_CASES, (changed_at, first, last))
        store.seal_pending()  # a chunk at a time: the commit's own flush stays short
        done += last - first + 1
        report(done, work, writing)

    report(done, work, f"Mencatat {format_number(count)} pergeseran di riwayat…")
    moves: list[DeadlineMove] = []
    listed: dict[tuple[int, date, date], list[int]] = {}  # (step, old, new) → its cases
    for case_id, nomor, tahap, old, new in cursor.execute(_MOVES).fetchall():
        old_due, new_due = _stored_date(dates, old), _stored_date(dates, new)
        moves.append(DeadlineMove(case_id, nomor, tahap, old_due, new_due))
        listed.setdefault((tahap, old_due, new_due), []).append(case_id)
    _record_moves(listed, reason, actor)
    cursor.execute(f"DELETE FROM temp.{_NEW_DUES}")
    cursor.execute(f"DELETE FROM temp.{_MOVED}")
    report(work, work, "Menyimpan…")
    return moves


# The same statements on a PostgreSQL server: no schema prefixes (a TEMP table lives in the
# session's own schema), no WITHOUT ROWID, and the moved steps numbered by row_number()
# rather than by SQLite's rowid; dates are bound and read as dates.
_SERVER_GROUPS = (
    "SELECT tanggal_mulai, hari_kerja, batas_waktu, count(*) FROM steprecord "
    "WHERE status = ? GROUP BY tanggal_mulai, hari_kerja, batas_waktu"
)
_SERVER_TEMP_TABLES = (
    f"CREATE TEMP TABLE IF NOT EXISTS {_NEW_DUES} (mulai DATE NOT NULL, hari INTEGER NOT NULL, "
    "lama DATE NOT NULL, baru DATE NOT NULL, PRIMARY KEY (mulai, hari, lama))",
    f"CREATE TEMP TABLE IF NOT EXISTS {_MOVED} (urut INTEGER PRIMARY KEY, langkah INTEGER "
    "NOT NULL, kasus INTEGER NOT NULL, tahap INTEGER, lama DATE, baru DATE)",
    f"CREATE INDEX IF NOT EXISTS {_MOVED}_kasus ON {_MOVED} (kasus, urut)",
)
_SERVER_FIND_MOVED = (
    f"INSERT INTO {_MOVED} (urut, langkah, kasus, tahap, lama, baru) "
    "SELECT row_number() OVER (ORDER BY s.id), s.id, s.case_id, s.tahap, s.batas_waktu, "
    f"b.baru FROM steprecord AS s JOIN {_NEW_DUES} AS b ON b.mulai = s.tanggal_mulai "
    "AND b.hari = s.hari_kerja AND b.lama = s.batas_waktu WHERE s.status = ?"
)
_SERVER_MOVE_STEPS = (
    "UPDATE steprecord SET batas_waktu = g.baru, dasar_kalender = ? "
    f"FROM {_MOVED} AS g WHERE g.urut BETWEEN ? AND ? AND steprecord.id = g.langkah"
)
_SERVER_MOVE_CASES = (
    'UPDATE "case" SET updated_at = ?, batas_waktu = '
    f'(SELECT g.baru FROM {_MOVED} AS g WHERE g.kasus = "case".id '
    "ORDER BY g.urut DESC LIMIT 1) "
    f"WHERE id IN (SELECT kasus FROM {_MOVED} WHERE urut BETWEEN ? AND ?)"
)
_SERVER_MOVES = (
    f"SELECT g.kasus, c.nomor, g.tahap, g.lama, g.baru FROM {_MOVED} AS g "
    'JOIN "case" AS c ON c.id = g.kasus ORDER BY g.urut'
)


def _recompute_on_server(
    calendar: WorkCalendar, reason: str, actor: Actor | None, report: Report
) -> list[DeadlineMove]:
    """``recompute_open_deadlines`` on a PostgreSQL server: the same groups, TEMP tables and
    set-based writes, in the server's SQL (``_SERVER_*``), through ``database.execute_sql``
    (which translates the ``?`` parameters)."""
    run = database.execute_sql
    report(0, 0, "Membaca tahap yang sedang berjalan…")
    groups = run(_SERVER_GROUPS, (StepStatus.RUNNING.value,)).fetchall()
    total = sum(g[3] for g in groups)
    report(0, total, f"Menghitung batas waktu {format_number(total)} tahap berjalan…")
    new_dues: list[tuple[Any, Any, Any, Any]] = []
    for start, working_days, due, _ in groups:
        new_due = calendar.add_working_days(start, working_days)
        if new_due != due:
            new_dues.append((start, working_days, due, new_due))
    if not new_dues:
        report(total, total, "Tidak ada batas waktu yang bergeser.")
        return []

    # The TEMP tables (and their rows) are part of the transaction: a failure rolls them back.
    for sql in _SERVER_TEMP_TABLES:
        run(sql)
    run(f"DELETE FROM {_NEW_DUES}")
    run(f"DELETE FROM {_MOVED}")
    database.obj.executemany(f"INSERT INTO {_NEW_DUES} VALUES (?, ?, ?, ?)", new_dues)
    count = run(_SERVER_FIND_MOVED, (StepStatus.RUNNING.value,)).rowcount

    work, done = 2 * count, 0
    basis = calendar.basis
    changed_at = now_utc()
    writing = f"Menyimpan {format_number(count)} batas waktu yang bergeser…"
    report(done, work, writing)
    for first in range(1, count + 1, ROWS_PER_REPORT):
        last = min(first + ROWS_PER_REPORT - 1, count)
        run(_SERVER_MOVE_STEPS, (basis, first, last))
        run(_SERVER_MOVE_CASES, (changed_at, first, last))
        store.seal_pending()
        done += last - first + 1
        report(done, work, writing)

    report(done, work, f"Mencatat {format_number(count)} pergeseran di riwayat…")
    moves: list[DeadlineMove] = []
    listed: dict[tuple[int, date, date], list[int]] = {}
    for case_id, nomor, tahap, old_due, new_due in run(_SERVER_MOVES).fetchall():
        moves.append(DeadlineMove(case_id, nomor, tahap, old_due, new_due))
        listed.setdefault((tahap, old_due, new_due), []).append(case_id)
    _record_moves(listed, reason, actor)
    run(f"DELETE FROM {_NEW_DUES}")
    run(f"DELETE FROM {_MOVED}")
    report(work, work, "Menyimpan…")
    return moves


def _record_moves(
    listed: dict[tuple[int, date, date], list[int]], reason: str, actor: Actor | None
) -> None:
    """The history of the moves: per step, old and new due date, one chained event listing
    the cases that moved so (``CASES_PER_EVENT`` at most; its detail: ``tahap``, ``lama``,
    ``baru``, ``alasan``, ``kasus``), all with one time: they are one change."""
    when = now_utc()
    with history.ChainWriter() as chain:
        for (tahap, old_due, new_due), cases in listed.items():
            for i in range(0, len(cases), CASES_PER_EVENT):
                part = cases[i : i + CASES_PER_EVENT]
                chain.add(
                    EventKind.DEADLINE_MOVED,
                    f"Batas waktu tahap {tahap} bergeser dari {format_date(old_due)} ke "
                    f"{format_date(new_due)} untuk {format_number(len(part))} kasus: {reason}",
                    actor,
                    None,
                    history.moved_deadlines_detail(tahap, old_due, new_due, reason, part),
                    when,
                )


def _stored_date(dates: dict[Any, date], stored: Any) -> date:
    """A date column as read raw (its ISO text), as a date; remembered."""
    value = dates.get(stored)
    if value is None:
        value = dates[stored] = StepRecord.batas_waktu.python_value(stored)
    return value


def _date_text(value: date) -> Any:
    """A date as the database stores it (what peewee would bind)."""
    return bound_text(StepRecord.batas_waktu.db_value(value))


def _bump_revision() -> None:
    write_internal(REVISI_KALENDER, settings.value(REVISI_KALENDER) + 1)


RECOMPUTE_CACHE_KIB = -32000  # the page cache of the connection a recomputation runs on


@contextmanager
def _room_to_recompute() -> Iterator[None]:
    """What the connection a recomputation runs on is set to while it writes, back to the
    store's settings once its transaction has ended:

    - a larger page cache (it touches every page of the steps, the cases and their seals: at
      100,000 cases the store's 8 MB made it about a tenth slower than 32 MB, within this
      machine's noise); going back lets go of the pages beyond the store's size;
    - no checkpoint at its commit: 69,000 moved deadlines leave about 37,000 pages in the
      WAL, and copying them into the file took 0.3 of the commit's 0.55 s. The commit is as
      durable without it (the WAL is synced); ``write_back`` copies them afterwards, in a
      job of its own once the moves are shown (or the next commit, or the close, does).

    A server has no such per-connection settings (its buffers and its log are the server's):
    nothing."""
    if on_server():
        yield
        return
    database.execute_sql(f"PRAGMA cache_size = {RECOMPUTE_CACHE_KIB}")
    database.execute_sql("PRAGMA wal_autocheckpoint = 0")
    try:
        yield
    finally:
        database.execute_sql(f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT_PAGES}")
        database.execute_sql(f"PRAGMA cache_size = {CACHE_KIB}")


def write_back(report: Report = _silent) -> None:
    """After a calendar change: copy the pages its commit left in the WAL into the file
    (``app.store.checkpoint``), so that the user's next save does not do it (about 0.3 s
    after 69,000 moves). Nothing is lost without it; it only moves that work off the wait
    the user watched."""
    report(0, 0, "Merapikan berkas basis data…")
    store.checkpoint()


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
    with _room_to_recompute(), database.atomic():
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
    with _room_to_recompute(), database.atomic():
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
    with _room_to_recompute(), database.atomic():
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
    with _room_to_recompute(), database.atomic():
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
