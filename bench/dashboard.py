"""Benchmark: the dashboard tab on a 100,000-case database.

    uv run python bench/dashboard.py [--db FILE] [--cases 100000] [--runs 7]

Builds the demo database (bulk mode) unless --db names one that has cases. Times, median of
``--runs``:

- *open*: from making the dashboard widget to its first paint done (``show`` + the events
  that paint it), offscreen: the three totals are read on the GUI thread then, and the two
  background jobs start; beside raw sqlite3 running the same totals statement;
- *per-step table*: from that moment until the per-step counts are drawn (a worker job),
  beside raw sqlite3 running the same grouped statement;
- *charts and queue*: until the charts and the expiry queue are drawn (the second job),
  beside raw sqlite3 running the same two statements (months, step runs) and fetching
  their rows;
- the three ``app.reports.dashboard`` reads alone, on this thread.

Prints a Markdown table with the ratio to the yardstick.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from app import clock  # noqa: E402
from app.demo import fill_demo  # noqa: E402
from app.models import Case  # noqa: E402
from app.reports import dashboard as figures  # noqa: E402
from app.store import close_database, open_database  # noqa: E402


def median_ms(samples: list[float]) -> str:
    return f"{statistics.median(samples):.0f} ms (min {min(samples):.0f}, max {max(samples):.0f})"


def raw_times(path: Path, runs: int) -> dict[str, list[float]]:
    today = clock.today()
    params = figures._params(today)
    since = figures.months_back(today)
    window = {"since": since.isoformat(), "today": today.isoformat()}
    out: dict[str, list[float]] = {"totals": [], "steps": [], "charts": []}
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    for _ in range(runs):
        start = time.perf_counter()
        con.execute(figures._TOTALS_SQL, params).fetchone()
        out["totals"].append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        con.execute(figures._COUNTS_SQL, params).fetchall()
        out["steps"].append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        con.execute(figures._MONTHS_SQL, window).fetchall()
        con.execute(figures._RUNS_SQL, window).fetchall()
        out["charts"].append((time.perf_counter() - start) * 1000)
    con.close()
    return out


def widget_times(app: QApplication, runs: int) -> dict[str, list[float]]:
    from ui.dashboard import Dashboard

    out: dict[str, list[float]] = {"open": [], "steps": [], "charts": []}
    for _ in range(runs):
        start = time.perf_counter()
        board = Dashboard()
        board.resize(1366, 620)
        board.show()
        app.processEvents()
        board.repaint()
        opened = time.perf_counter()
        out["open"].append((opened - start) * 1000)
        steps_job, charts_job = board.jobs
        steps_at = charts_at = None
        while steps_at is None or charts_at is None:
            app.processEvents()
            if steps_at is None and not steps_job.running():
                steps_at = time.perf_counter()
            if charts_at is None and not charts_job.running():
                charts_at = time.perf_counter()
            time.sleep(0.001)
        app.processEvents()
        assert board.steps and board.charts is not None, "a job failed"
        out["steps"].append((steps_at - opened) * 1000)
        out["charts"].append((charts_at - opened) * 1000)
        board.close()
        board.deleteLater()
        app.processEvents()
    return out


def reads_alone(runs: int) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {"totals": [], "steps": [], "charts": []}
    for _ in range(runs):
        for name, read in (
            ("totals", figures.dashboard_totals),
            ("steps", figures.step_counts),
            ("charts", figures.dashboard_charts),
        ):
            start = time.perf_counter()
            read()
            out[name].append((time.perf_counter() - start) * 1000)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp()) / "bench.db"
    open_database(path)
    if not Case.select().exists():
        print(f"building {args.cases} demo cases in {path} …", flush=True)
        fill_demo(args.cases)
    cases = Case.select().count()
    app = QApplication.instance() or QApplication(sys.argv)
    reads_alone(1)  # warm the page cache and the SOP file
    raw = raw_times(path, args.runs)
    board = widget_times(app, args.runs)
    alone = reads_alone(args.runs)
    totals = figures.dashboard_totals()
    print(
        f"\n{cases:,} cases, {totals.open:,} open, {totals.overdue:,} overdue, "
        f"{totals.due_this_week:,} due this week; median of {args.runs}\n"
    )
    print("| | Ujikon | raw sqlite3, same statements | ratio |")
    print("|---|---|---|---|")
    rows = (
        ("dashboard opens (totals, first paint)", board["open"], raw["totals"]),
        ("per-step table drawn (worker)", board["steps"], raw["steps"]),
        ("charts and expiry queue drawn (worker)", board["charts"], raw["charts"]),
        ("`dashboard_totals()` alone", alone["totals"], raw["totals"]),
        ("`step_counts()` alone", alone["steps"], raw["steps"]),
        ("`dashboard_charts()` alone", alone["charts"], raw["charts"]),
    )
    for name, ours, yardstick in rows:
        ratio = statistics.median(ours) / max(statistics.median(yardstick), 0.01)
        print(f"| {name} | {median_ms(ours)} | {median_ms(yardstick)} | {ratio:.1f}× |")
    close_database()


if __name__ == "__main__":
    main()
