"""Benchmark: the case list queries on a 100,000-case database.

    uv run python bench/case_list.py [--cases N] [--db PATH]

Builds the demo database (bulk mode) unless --db names an existing one, then times what the
list does when the user types, filters, sorts and scrolls: the id query for a filter and
sort, and fetching one page of row contents. Prints a Markdown table (median of 5 runs).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.calendar_service import current_calendar  # noqa: E402
from app.cases.listing import (  # noqa: E402
    CaseFilter,
    DeadlineStatus,
    SortKey,
    Thresholds,
    fetch_rows,
    query_case_ids,
)
from app.clock import today  # noqa: E402
from app.demo import fill_demo  # noqa: E402
from app.models import Case  # noqa: E402
from app.store import open_database  # noqa: E402

SCENARIOS = [
    ("all, by number", CaseFilter(), SortKey.NUMBER),
    ("all, most urgent first (default)", CaseFilter(), SortKey.STATUS),
    ("all, by OPD name", CaseFilter(), SortKey.OPD),
    ("search 'rekam medis'", CaseFilter(text="rekam medis"), SortKey.STATUS),
    ("search '001/uk'", CaseFilter(text="001/uk"), SortKey.NUMBER),
    ("overdue, by due date", CaseFilter(status=DeadlineStatus.OVERDUE), SortKey.DUE),
    ("tugas saya (atasan_ppid)", CaseFilter(actor_role="atasan_ppid"), SortKey.STATUS),
    ("year 2025", CaseFilter(year=2025), SortKey.NUMBER),
]


def timed(fn, runs: int = 5) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp()) / "bench.db"
    open_database(path)
    if not Case.select().exists():
        start = time.perf_counter()
        fill_demo(args.cases)
        print(f"demo {args.cases:,} cases: {time.perf_counter() - start:.1f} s")
    calendar = current_calendar()
    t = Thresholds.compute(today(), calendar)
    print(f"\n{Case.select().count():,} cases\n")
    print("| scenario | rows | ids query (ms) | first page of 100 rows (ms) |")
    print("|---|---:|---:|---:|")
    for name, f, sort in SCENARIOS:
        ms_ids, ids = timed(lambda f=f, sort=sort: query_case_ids(f, t, sort))
        ms_rows, _ = timed(lambda ids=ids: fetch_rows(ids[:100], t, calendar))
        print(f"| {name} | {len(ids):,} | {ms_ids:.1f} | {ms_rows:.1f} |")


if __name__ == "__main__":
    main()
