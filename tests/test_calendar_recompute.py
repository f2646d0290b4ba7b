"""A calendar change on a database with many running steps (the bulk demo): exactly the steps
whose due date moves are written, with their case's ``batas_waktu``, at the dates a
day-by-day count gives; no other row changes; the history records every move (grouped
chained events, each case's history showing its own) and the chain, its signed head and
every row's seal still verify; a failure midway leaves nothing written."""

from __future__ import annotations

import shutil
from datetime import date, timedelta

import pytest

from app import calendar_service as cs
from app import clock, refdata, store
from app.checks import run_checks
from app.demo import fill_demo
from app.history import ChainWriter, EventKind, case_history
from app.models import Case, Event, HolidayOverride, database
from app.store import close_database, open_database
from app.workdays import DayKind, Override, OverrideAction, WorkCalendar
from tests.conftest import ADMIN

TODAY = date(2026, 11, 25)
CASES = 300  # above the demo's service limit: its bulk path, as at 100,000 cases
SKB = "SKB Bupati Serang Nomor 1 Tahun 2026"
STEP_COLUMNS = ("batas_waktu", "dasar_kalender")  # what a move may change in a step row
CASE_COLUMNS = ("batas_waktu", "updated_at")  # and in its case's row


@pytest.fixture(scope="module")
def bulk_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("kalender") / "bulk.db"
    refdata._sop_cache.clear()
    open_database(path)
    clock.pin_today(TODAY)
    try:
        fill_demo(CASES, documents=False)
    finally:
        clock.pin_today(None)
        close_database()
    return path


@pytest.fixture
def bulk(bulk_file, tmp_path, engine):
    """A copy of the bulk demo, open, today pinned. On a server (a file's copy being no
    server database), the same demo filled anew into the test's own server database."""
    path = tmp_path / "kalender.db"
    refdata._sop_cache.clear()
    if engine == "postgresql":
        store.open_database(path)
        clock.pin_today(TODAY)
        fill_demo(CASES, documents=False)
    else:
        shutil.copy(bulk_file, path)
        open_database(path)
        clock.pin_today(TODAY)
    yield path
    clock.pin_today(None)
    close_database()


def _as_stored(value):
    """A raw value as a file stores it: a server's DATE (read as a ``date``) as its ISO text."""
    return value.isoformat() if type(value) is date else value


def table(name: str) -> dict[int, dict]:
    """Every row of a table as stored (raw values; a server's dates as a file's text), by id."""
    cursor = database.execute_sql(f'SELECT * FROM "{name}"')
    columns = [d[0] for d in cursor.description]
    return {
        row[0]: dict(zip(columns, map(_as_stored, row), strict=True)) for row in cursor.fetchall()
    }


def changed(before: dict[int, dict], after: dict[int, dict]) -> dict[int, set[str]]:
    """The rows whose values differ, with the columns that differ."""
    assert before.keys() == after.keys()  # nothing inserted or deleted
    return {
        key: {c for c in row if row[c] != after[key][c]}
        for key, row in before.items()
        if row != after[key]
    }


def expected_dues(calendar: WorkCalendar) -> dict[int, date]:
    """The due date of every running step under ``calendar``, counted day by day
    (``explain``, not the memo the service uses)."""
    rows = database.execute_sql(
        "SELECT id, tanggal_mulai, hari_kerja FROM steprecord WHERE status = 'berjalan'"
    ).fetchall()
    return {
        step_id: calendar.explain(date.fromisoformat(_as_stored(start)), n).due
        for step_id, start, n in rows
    }


def busy_working_day(steps: dict[int, dict]) -> date:
    """A working day after today inside the period of as many running steps as possible,
    but not all (so that the change moves some and leaves others)."""
    calendar = cs.current_calendar()
    running = [r for r in steps.values() if r["status"] == "berjalan"]
    best, best_count = None, 0
    day = TODAY
    for _ in range(40):
        day += timedelta(days=1)
        if not calendar.is_working_day(day):
            continue
        inside = sum(1 for r in running if r["tanggal_mulai"] < day.isoformat() <= r["batas_waktu"])
        if best_count < inside < len(running):
            best, best_count = day, inside
    assert best is not None
    return best


def verify_move(before_steps, before_cases, events_before, calendar, reason_text, moves):
    """The rows the change wrote are exactly those of the moved steps, each with its event;
    the chain, its signed head and the seals verify."""
    old_due = {k: date.fromisoformat(r["batas_waktu"]) for k, r in before_steps.items()}
    expected = expected_dues(calendar)
    moved = {k for k, due in expected.items() if due != old_due[k]}
    assert moved and len(moved) < len(expected)  # the change moved some, not all

    step_changes = changed(before_steps, table("steprecord"))
    assert set(step_changes) == moved
    assert all(columns <= set(STEP_COLUMNS) for columns in step_changes.values())
    after_steps = table("steprecord")
    for step_id in moved:
        assert after_steps[step_id]["batas_waktu"] == expected[step_id].isoformat()
        assert after_steps[step_id]["dasar_kalender"] == calendar.basis
    case_of = {k: before_steps[k]["case_id"] for k in moved}
    case_changes = changed(before_cases, table("case"))
    assert set(case_changes) == set(case_of.values())
    assert all(columns <= set(CASE_COLUMNS) for columns in case_changes.values())

    # Case.batas_waktu: the due date of the running step, for every running case
    running = {
        r["case_id"]: r["batas_waktu"] for r in after_steps.values() if r["status"] == "berjalan"
    }
    for case in Case.select().where(Case.status == "berjalan"):
        assert case.batas_waktu.isoformat() == running[case.id]

    # the history: per step, old and new due date, one chained event listing its cases (at
    # most CASES_PER_EVENT), each case's history showing its own move as before
    new_events = list(Event.select().where(Event.id > events_before).order_by(Event.id))
    moved_events = [e for e in new_events if e.jenis == EventKind.DEADLINE_MOVED.value]
    recorded = []
    for e in moved_events:
        d = e.rincian
        assert e.case_id is None and 0 < len(d["kasus"]) <= cs.CASES_PER_EVENT
        assert reason_text in e.ringkasan and reason_text in d["alasan"]
        assert f"untuk {len(d['kasus'])} kasus" in e.ringkasan.replace(".", "")
        recorded += [(c, d["tahap"], d["lama"], d["baru"]) for c in d["kasus"]]
    expected_moves = [
        (
            case_of[k],
            before_steps[k]["tahap"],
            old_due[k].isoformat(),
            expected[k].isoformat(),
        )
        for k in moved
    ]
    assert sorted(recorded) == sorted(expected_moves)  # every move once, nothing else
    assert len(moved_events) < len(moved)  # grouped: fewer events than moves
    for case_id, tahap, old, new in expected_moves[:25]:
        entries = [e for e in case_history(case_id) if e.kind == EventKind.DEADLINE_MOVED]
        assert {"tahap": tahap, "lama": old, "baru": new} in [e.detail for e in entries]
        assert any(
            e.summary.startswith(f"Batas waktu tahap {tahap} bergeser dari ")
            and e.summary.endswith(reason_text)
            or reason_text in e.summary
            for e in entries
        )
    assert sorted((m.case_id, m.old_due, m.new_due) for m in moves) == sorted(
        (case_of[k], old_due[k], expected[k]) for k in moved
    )

    results = run_checks()
    assert [r for r in results if not r.ok] == []
    return moved


@pytest.mark.parametrize("rows_per_report", [cs.ROWS_PER_REPORT, 7])
def test_adding_a_holiday_writes_exactly_the_moved_steps_and_their_cases(
    bulk, monkeypatch, rows_per_report
):
    monkeypatch.setattr(cs, "ROWS_PER_REPORT", rows_per_report)  # 7: many chunks, many seals
    before_steps, before_cases = table("steprecord"), table("case")
    events_before = Event.select().count()
    day = busy_working_day(before_steps)
    reports: list[tuple[int, int, str]] = []
    moves = cs.add_override(
        ADMIN,
        day,
        OverrideAction.ADD,
        DayKind.LIBUR,
        "Libur daerah",
        SKB,
        report=lambda done, total, text="": reports.append((done, total, text)) or True,
    ).value
    calendar = WorkCalendar(
        [Override(day, OverrideAction.ADD, DayKind.LIBUR, "Libur daerah", SKB)],
        revision=1,
        skb=cs.skb_references(),
    )
    moved = verify_move(before_steps, before_cases, events_before, calendar, SKB, moves)
    # the progress: the steps read, then every moved row and event, to the end
    totals = [t for _, t, _ in reports if t]
    assert totals[0] == sum(1 for r in before_steps.values() if r["status"] == "berjalan")
    writing = [(d, t) for d, t, _ in reports if t == 2 * len(moved)]
    assert [d for d, _ in writing] == sorted(d for d, _ in writing)
    assert writing[-1] == (2 * len(moved), 2 * len(moved))
    if rows_per_report == 7:
        assert len(writing) > len(moved) // 7


def test_removing_the_holiday_puts_every_moved_date_back(bulk):
    before_steps = table("steprecord")
    day = busy_working_day(before_steps)
    cs.add_override(ADMIN, day, OverrideAction.ADD, DayKind.LIBUR, "Libur daerah", SKB)
    middle_steps, middle_cases = table("steprecord"), table("case")
    events_before = Event.select().count()
    [override] = cs.list_overrides()
    moves = cs.remove_override(ADMIN, override.id).value
    calendar = WorkCalendar(revision=2, skb=cs.skb_references())
    verify_move(middle_steps, middle_cases, events_before, calendar, "dibatalkan", moves)
    after = table("steprecord")
    assert {k: r["batas_waktu"] for k, r in after.items()} == {
        k: r["batas_waktu"] for k, r in before_steps.items()
    }


def test_turning_cuti_bersama_into_working_days_writes_only_the_moved_steps(bulk):
    before_steps, before_cases = table("steprecord"), table("case")
    events_before = Event.select().count()
    moves = cs.set_cuti_bersama_libur(ADMIN, False).value
    calendar = WorkCalendar(cuti_bersama_libur=False, revision=1, skb=cs.skb_references())
    verify_move(
        before_steps, before_cases, events_before, calendar, "dihitung sebagai hari kerja", moves
    )


@pytest.mark.parametrize("where", ["sealing", "history"])
def test_a_change_that_fails_midway_leaves_nothing_written(bulk, monkeypatch, where):
    monkeypatch.setattr(cs, "ROWS_PER_REPORT", 5)  # some rows written and sealed before it
    before_steps, before_cases = table("steprecord"), table("case")
    events_before = Event.select().count()
    day = busy_working_day(before_steps)
    if where == "sealing":  # after two chunks were written and sealed
        real_seal, calls = cs.store.seal_pending, []

        def failing_seal():
            if len(calls) == 2:
                raise RuntimeError("disk penuh")
            calls.append(1)
            real_seal()

        monkeypatch.setattr(cs.store, "seal_pending", failing_seal)
    else:  # every row written and sealed, the second event of the history fails
        real_add, added = ChainWriter.add, []

        def failing_add(self, *args, **kwargs):
            if len(added) == 1:
                raise RuntimeError("disk penuh")
            added.append(1)
            return real_add(self, *args, **kwargs)

        monkeypatch.setattr(ChainWriter, "add", failing_add)
    with pytest.raises(RuntimeError, match="disk penuh"):
        cs.add_override(ADMIN, day, OverrideAction.ADD, DayKind.LIBUR, "Libur daerah", SKB)
    assert table("steprecord") == before_steps and table("case") == before_cases
    assert Event.select().count() == events_before
    assert not HolidayOverride.select().exists()
    assert [r for r in run_checks() if not r.ok] == []
    # and the next change starts clean (the TEMP tables were rolled back with the rest)
    monkeypatch.undo()
    moves = cs.add_override(
        ADMIN, day, OverrideAction.ADD, DayKind.LIBUR, "Libur daerah", SKB
    ).value
    assert moves and len(moves) == len({(m.case_id, m.tahap) for m in moves})


def _wal_frames(path) -> tuple[int, int]:
    """(frames in the WAL, frames of them copied into the file), as the WAL-index (the
    ``-shm`` file) holds them: ``mxFrame`` in its header, ``nBackfill`` in its checkpoint
    information (native byte order), read without asking SQLite, whose every way of asking
    (``PRAGMA wal_checkpoint``) would checkpoint."""
    import struct

    header = (path.parent / (path.name + "-shm")).read_bytes()[:100]
    return struct.unpack_from("=I", header, 16)[0], struct.unpack_from("=I", header, 96)[0]


def test_the_commit_of_a_recomputation_leaves_its_checkpoint_to_write_back(bulk, engine):
    """The moved rows are committed (the WAL synced) without copying them into the file:
    that copy, 0.3 s after 69,000 moves, is ``write_back``'s, run once the moves are shown.
    The connection's own setting is back afterwards."""
    if engine == "postgresql":
        cs.write_back()  # a server's log is the server's: nothing to do, nothing fails
        return
    database.execute_sql("PRAGMA wal_autocheckpoint = 1")  # any commit would checkpoint
    during: list[int] = []

    def report(done, total, text=""):
        during.append(database.execute_sql("PRAGMA wal_autocheckpoint").fetchone()[0])
        return True

    day = busy_working_day(table("steprecord"))
    moves = cs.add_override(
        ADMIN, day, OverrideAction.ADD, DayKind.LIBUR, "Libur daerah", SKB, report=report
    ).value
    assert moves and set(during) == {0}
    frames, copied = _wal_frames(bulk)
    assert copied < frames  # committed, not yet in the file
    assert database.execute_sql("PRAGMA wal_autocheckpoint").fetchone()[0] == (
        store.connection.WAL_AUTOCHECKPOINT_PAGES
    )
    reports: list[str] = []
    cs.write_back(lambda done, total, text="": reports.append(text) or True)
    assert _wal_frames(bulk) == (frames, frames) and reports
    assert [r for r in run_checks() if not r.ok] == []
