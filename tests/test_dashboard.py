"""The dashboard's figures on a database built here: open cases per step, overdue and due
this week around a known Wednesday, cases finished per month and the working days each
step took, against the SOP's limits."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from app import clock
from app.calendar_service import current_calendar
from app.cases import commands
from app.cases.listing import CaseFilter, DeadlineStatus, Thresholds, query_case_ids
from app.cases.read import case_detail
from app.models import Case, database
from app.reports.dashboard import (
    DashboardCancelled,
    dashboard_charts,
    dashboard_totals,
    months_back,
    step_counts,
    week_end,
)
from tests.conftest import ACTORS, create_case_with_item, fill_step

TODAY = date(2026, 11, 25)  # a Wednesday: this week ends on Sunday 29 November


@pytest.fixture
def pinned():
    clock.pin_today(TODAY)
    yield TODAY
    clock.pin_today(None)


def _due(case_id: int, day: date) -> None:
    Case.update(batas_waktu=day).where(Case.id == case_id).execute()


def _run(case_id: int, officials: dict, ends: list[date]) -> None:
    """Complete the running steps on the dates of ``ends`` in turn."""
    for end in ends:
        detail = case_detail(case_id)
        step = detail.current_step
        fill_step(case_id, officials)
        commands.complete_step(ACTORS[step.actor], case_id, step.number, on=end)


def test_week_end_is_this_weeks_sunday():
    assert week_end(date(2026, 11, 25)) == date(2026, 11, 29)
    assert week_end(date(2026, 11, 29)) == date(2026, 11, 29)  # a Sunday: today
    assert week_end(date(2026, 11, 30)) == date(2026, 12, 6)
    assert months_back(date(2026, 11, 25)) == date(2025, 12, 1)
    assert months_back(date(2026, 1, 31), 1) == date(2026, 1, 1)
    assert months_back(date(2026, 1, 31), 13) == date(2025, 1, 1)


def test_open_cases_overdue_and_due_this_week_per_step(db, officials, pinned):
    dues = {
        "late": date(2026, 11, 24),  # yesterday: overdue
        "today": date(2026, 11, 25),  # due today: this week, not overdue
        "sunday": date(2026, 11, 29),  # this week's last day
        "monday": date(2026, 11, 30),  # next week: neither
    }
    ids = {}
    for name, day in dues.items():
        ids[name] = create_case_with_item(judul=name, start=date(2026, 11, 2)).id
        _due(ids[name], day)
    at_two = create_case_with_item(judul="at two", start=date(2026, 11, 2)).id
    _run(at_two, officials, [date(2026, 11, 6)])
    _due(at_two, date(2026, 11, 20))  # overdue at step 2
    done = create_case_with_item(judul="done", start=date(2026, 9, 1)).id
    _run(done, officials, [date(2026, 9, d) for d in (4, 11, 15, 22, 24, 29)])
    assert case_detail(done).case.status == "selesai"

    totals = dashboard_totals()
    assert (totals.open, totals.overdue, totals.due_this_week) == (5, 2, 2)
    assert totals.week_end == date(2026, 11, 29)
    steps = {s.number: s for s in step_counts()}
    assert list(steps) == [1, 2, 3, 4, 5, 6]  # every step of the SOP, in its order
    assert (steps[1].open, steps[1].overdue, steps[1].due_this_week) == (4, 1, 2)
    assert (steps[2].open, steps[2].overdue, steps[2].due_this_week) == (1, 1, 0)
    assert all(steps[n].open == 0 for n in (3, 4, 5, 6))
    assert steps[1].actor == "PPID Pembantu" and steps[1].limit == 10
    assert steps[3].limit == 7
    # The same cases the case list calls "Terlambat".
    thresholds = Thresholds.compute(TODAY, current_calendar())
    late_ids = query_case_ids(CaseFilter(status=DeadlineStatus.OVERDUE), thresholds)
    assert sorted(late_ids) == sorted([ids["late"], at_two])


def test_a_step_the_current_sop_lacks_is_counted_under_its_number(db, pinned):
    case_id = create_case_with_item().id
    Case.update(tahap=9).where(Case.id == case_id).execute()
    steps = step_counts()
    assert steps[-1].number == 9 and steps[-1].open == 1 and steps[-1].title == "Tahap 9"
    assert sum(s.open for s in steps) == dashboard_totals().open == 1


def test_finished_per_month_and_working_days_per_step(db, officials, pinned):
    # No holiday in October or early November 2026: the working days are the weekdays.
    whole = create_case_with_item(judul="whole", start=date(2026, 10, 5)).id
    _run(
        whole,
        officials,
        [
            date(2026, 10, 9),  # step 1: 4 (6, 7, 8, 9 October)
            date(2026, 10, 16),  # step 2: 5
            date(2026, 10, 20),  # step 3: 2
            date(2026, 10, 27),  # step 4: 5
            date(2026, 10, 29),  # step 5: 2
            date(2026, 11, 6),  # step 6: 6 (30 October, 2–6 November); finished
        ],
    )
    slow = create_case_with_item(judul="slow", start=date(2026, 10, 5)).id
    _run(
        slow,
        officials,
        [date(2026, 10, 9), date(2026, 10, 16), date(2026, 10, 28)],  # step 3: 8 > 7
    )
    old = create_case_with_item(judul="old", start=date(2025, 11, 3)).id
    _run(old, officials, [date(2025, 11, 7)])  # ended before the twelve months

    charts = dashboard_charts()
    assert charts.since == date(2025, 12, 1)
    assert [(m.year, m.month) for m in charts.months][0] == (2025, 12)
    assert [(m.year, m.month) for m in charts.months][-1] == (2026, 11)
    assert len(charts.months) == 12
    assert {(m.year, m.month): m.finished for m in charts.months if m.finished} == {(2026, 11): 1}
    by_step = {d.number: d for d in charts.durations}
    assert [(by_step[n].runs, by_step[n].average) for n in range(1, 7)] == [
        (2, 4.0),
        (2, 5.0),
        (2, 5.0),
        (1, 5.0),
        (1, 2.0),
        (1, 6.0),
    ]
    assert by_step[3].maximum == 8 and by_step[3].over_limit == 1 and by_step[3].limit == 7
    assert sum(d.over_limit for d in charts.durations) == 1
    assert charts.expiry == () and charts.expiry_total == 0  # no penetapan finalised


# About the SQLite file: only its loose typing lets text into a date column (a server's DATE
# column refuses 'kemarin').
@pytest.mark.sqlite_only
def test_a_step_run_edited_outside_the_app_is_skipped_not_fatal(db, officials, pinned, tmp_path):
    case_id = create_case_with_item(start=date(2026, 10, 5)).id
    _run(case_id, officials, [date(2026, 10, 9), date(2026, 10, 16)])
    path = database.database
    database.close()
    raw = sqlite3.connect(path)
    with raw:
        raw.execute(
            "UPDATE steprecord SET tanggal_mulai = 'kemarin' WHERE case_id = ? AND tahap = 1",
            (case_id,),
        )
    raw.close()
    database.connect(reuse_if_open=True)
    by_step = {d.number: d for d in dashboard_charts().durations}
    assert by_step[1].runs == 0 and by_step[1].average is None
    assert by_step[2].runs == 1 and by_step[2].average == 5.0


def test_the_charts_stop_when_cancelled(db, pinned):
    with pytest.raises(DashboardCancelled):
        dashboard_charts(cancelled=lambda: True)
