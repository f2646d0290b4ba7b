"""The figures of the dashboard (the first tab of the main window), as queries: the window
counts nothing itself.

Three reads, because they cost very differently at 100,000 cases:

- ``dashboard_totals(today)``: how many cases are open, overdue and due this week, counted
  in the indexes alone (a few milliseconds), so the tab shows them the moment it opens;
- ``step_counts(today)``: the same three per SOP step: one grouped pass over the case rows
  (the step a case is at and its due date are kept on the row; about 0.1 s at 100,000);
- ``dashboard_charts(today)``: the cases finished per month over the last twelve months, the
  average working days each step took (runs that ended in those months) against the SOP's
  limit, and the top of the DIK's expiry queue. The step runs are read from every step
  record (some 400,000 rows at 100,000 cases, with no index on their end date) and the
  expiry queue reads the DIK across cases: seconds, not milliseconds.
The window runs the last two on a worker and fills them in when they are done;
``cancelled()`` is asked between the queries of the charts.

Which dates count: a case is *open* while its status is *berjalan*; *overdue* when the due
date of its running step is before today (as the case list's "Terlambat"), *due this week*
when that date is today or later and no later than this week's Sunday. A finished case has
no due date (``app.cases.records``), which is what lets the totals be counted in the due-date
index without reading the rows. A run of a step counts in the month it ended (completed or
sent back), with the working days after its start up to and including its end on the
office's calendar, as in the annual report (``app.reports.annual``); it is over its limit
when it took more than the limit it was started with.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from app import clock
from app.models import Case, StepRecord, database
from app.states import CaseStatus, StepStatus
from app.store.engine import on_server

if TYPE_CHECKING:
    from app.reports.expiry import QueueRow

MONTHS = 12  # the months the charts cover, this one included
QUEUE_ROWS = 5  # rows of the expiry queue the dashboard shows

Cancelled = Callable[[], bool]


class DashboardCancelled(Exception):
    """The charts were no longer wanted (the window closed, or read them again)."""


@dataclass(frozen=True)
class StepCount:
    """The open cases at one step of the SOP."""

    number: int
    title: str  # as the current SOP names the step ("Tahap 7" for a step it no longer has)
    actor: str  # the role that works it, as the SOP names it
    limit: int  # its working days in the current SOP
    open: int
    overdue: int
    due_this_week: int


@dataclass(frozen=True)
class DashboardTotals:
    today: date
    week_end: date  # this week's Sunday: "due this week" is today … week_end
    open: int
    overdue: int
    due_this_week: int


@dataclass(frozen=True)
class MonthCount:
    year: int
    month: int
    finished: int


@dataclass(frozen=True)
class StepDuration:
    """How long the runs of one step that ended in the charts' months took."""

    number: int
    title: str
    limit: int  # its working days in the current SOP
    runs: int
    average: float | None  # None when no run ended in those months
    maximum: int | None
    over_limit: int  # runs that took more working days than their own limit


@dataclass(frozen=True)
class DashboardCharts:
    today: date
    since: date  # the first day of the first month counted
    months: tuple[MonthCount, ...]  # oldest first, this month last
    durations: tuple[StepDuration, ...]
    expiry: tuple[
        QueueRow, ...
    ]  # the first ``QUEUE_ROWS`` rows of ``app.reports.expiry.expiry_queue``
    expiry_total: int  # how many rows the whole queue has
    expiry_ended: int  # of which the period has ended already


def week_end(today: date) -> date:
    """This week's Sunday (today when today is a Sunday): the end of the case list's
    "due this week" range, so a click on the figure lists exactly the cases counted."""
    from app.cases.listing import due_this_week

    return due_this_week(today)[1]


def months_back(today: date, months: int = MONTHS) -> date:
    """The first day of the month ``months - 1`` months before this one."""
    index = today.year * 12 + today.month - 1 - (months - 1)
    return date(index // 12, index % 12 + 1, 1)


def _steps():
    from app.sop import load_current_sop

    return load_current_sop()  # the file: nothing is written to the database


_TABLE = Case._meta.table_name
# Each counted in an index alone: the status index, and the due-date index (a finished case
# has no due date).
_TOTALS_SQL = (
    f'SELECT (SELECT COUNT(*) FROM "{_TABLE}" WHERE status = :running), '
    f'(SELECT COUNT(*) FROM "{_TABLE}" WHERE batas_waktu < :today), '
    f'(SELECT COUNT(*) FROM "{_TABLE}" WHERE batas_waktu >= :today AND batas_waktu <= :week_end)'
)
# CASE, not SUM of the comparison: PostgreSQL does not sum a boolean as SQLite sums 0/1.
_COUNTS_SQL = (
    "SELECT tahap, COUNT(*), "
    "COALESCE(SUM(CASE WHEN batas_waktu < :today THEN 1 ELSE 0 END), 0), "
    "COALESCE(SUM(CASE WHEN batas_waktu >= :today AND batas_waktu <= :week_end "
    "THEN 1 ELSE 0 END), 0) "
    f'FROM "{_TABLE}" WHERE status = :running GROUP BY tahap'
)


def _params(today: date) -> dict[str, str]:
    return {
        "today": today.isoformat(),
        "week_end": week_end(today).isoformat(),
        "running": CaseStatus.RUNNING.value,
    }


def dashboard_totals(today: date | None = None) -> DashboardTotals:
    """How many cases are open, overdue and due this week (three index counts)."""
    today = today or clock.today()
    row = database.execute_sql(_TOTALS_SQL, _params(today)).fetchone()
    open_, overdue, week = (int(v or 0) for v in row)
    return DashboardTotals(today, week_end(today), open_, overdue, week)


def step_counts(today: date | None = None) -> tuple[StepCount, ...]:
    """The open cases per step, overdue and due this week: every step of the current SOP in
    its order, then any other step a case is open at (one grouped query)."""
    today = today or clock.today()
    found = {
        tahap: (int(n), int(late), int(week))
        for tahap, n, late, week in database.execute_sql(_COUNTS_SQL, _params(today)).fetchall()
        if isinstance(tahap, int)
    }
    sop = _steps()
    steps: list[StepCount] = []
    for step in sop.steps:
        n, late, week = found.pop(step.number, (0, 0, 0))
        actor = sop.role_name(step.actor)
        steps.append(StepCount(step.number, step.title, actor, step.working_days, n, late, week))
    for number in sorted(found):  # a step of an older SOP version the current one lacks
        n, late, week = found[number]
        steps.append(StepCount(number, f"Tahap {number}", "", 0, n, late, week))
    return tuple(steps)


_MONTHS_SQL = (
    "SELECT {month}, COUNT(*) "
    f'FROM "{_TABLE}" '
    "WHERE tanggal_selesai >= :since AND tanggal_selesai <= :today GROUP BY 1"
)


def _months_sql() -> str:
    """The month ("2026-11") of each finished case: the first 7 characters of SQLite's ISO
    text (as tuned there), ``to_char`` of the server's DATE."""
    month = (
        "to_char(tanggal_selesai, 'YYYY-MM')" if on_server() else "substr(tanggal_selesai, 1, 7)"
    )
    return _MONTHS_SQL.format(month=month)


# One row per distinct (step, limit, start, end): the working days of a span are counted
# once however many runs share it.
_RUNS_SQL = (
    "SELECT tahap, hari_kerja, tanggal_mulai, tanggal_selesai, COUNT(*) "
    f"FROM {StepRecord._meta.table_name} "
    "WHERE tanggal_selesai >= :since AND tanggal_selesai <= :today "
    f"AND status IN ('{StepStatus.DONE.value}', '{StepStatus.SENT_BACK.value}') "
    "GROUP BY 1, 2, 3, 4"
)


def _check(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise DashboardCancelled()


def _day(text: object) -> date | None:
    if isinstance(text, date):  # a server's DATE column
        return text
    if not isinstance(text, str):
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def _months(today: date, since: date) -> tuple[MonthCount, ...]:
    params = {"since": since.isoformat(), "today": today.isoformat()}
    found: dict[str, int] = {
        str(month): int(n)
        for month, n in database.execute_sql(_months_sql(), params).fetchall()
        if month
    }
    months = []
    year, month = since.year, since.month
    while (year, month) <= (today.year, today.month):
        months.append(MonthCount(year, month, found.get(f"{year:04d}-{month:02d}", 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return tuple(months)


def _durations(today: date, since: date, cancelled: Cancelled | None) -> tuple[StepDuration, ...]:
    from app.calendar_service import current_calendar

    params = {"since": since.isoformat(), "today": today.isoformat()}
    rows = database.execute_sql(_RUNS_SQL, params).fetchall()
    _check(cancelled)
    calendar = current_calendar()
    total: dict[int, int] = {}
    runs: dict[int, int] = {}
    longest: dict[int, int] = {}
    over: dict[int, int] = {}
    for index, (tahap, limit, began_text, ended_text, n) in enumerate(rows):
        if index % 2000 == 0:
            _check(cancelled)
        began, ended = _day(began_text), _day(ended_text)
        if began is None or ended is None or not isinstance(tahap, int):
            continue  # a row edited outside the app: no length to count
        days = calendar.working_days_until(began, ended) if ended >= began else 0
        total[tahap] = total.get(tahap, 0) + days * n
        runs[tahap] = runs.get(tahap, 0) + n
        longest[tahap] = max(longest.get(tahap, 0), days)
        if isinstance(limit, int) and days > limit:
            over[tahap] = over.get(tahap, 0) + n
    sop = _steps()
    numbers = sorted({s.number for s in sop.steps} | set(runs))
    durations = []
    for number in numbers:
        try:
            step = sop.step(number)
            title, limit_now = step.title, step.working_days
        except KeyError:
            title, limit_now = f"Tahap {number}", 0
        count = runs.get(number, 0)
        durations.append(
            StepDuration(
                number,
                title,
                limit_now,
                count,
                total[number] / count if count else None,
                longest.get(number) if count else None,
                over.get(number, 0),
            )
        )
    return tuple(durations)


def dashboard_charts(
    today: date | None = None,
    months: int = MONTHS,
    queue_rows: int = QUEUE_ROWS,
    cancelled: Cancelled | None = None,
) -> DashboardCharts:
    """The charts and the expiry queue of the dashboard (long at 100,000 cases: run it off
    the GUI thread). Raises ``DashboardCancelled`` when ``cancelled()`` turns true."""
    from app.reports.expiry import ENDED, expiry_queue

    today = today or clock.today()
    since = months_back(today, months)
    month_counts = _months(today, since)
    _check(cancelled)
    durations = _durations(today, since, cancelled)
    _check(cancelled)
    queue = expiry_queue(today)
    return DashboardCharts(
        today=today,
        since=since,
        months=month_counts,
        durations=durations,
        expiry=tuple(queue[:queue_rows]),
        expiry_total=len(queue),
        expiry_ended=sum(1 for row in queue if row.alasan == ENDED),
    )
