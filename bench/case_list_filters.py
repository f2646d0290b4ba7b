"""Benchmark: the case list's filters by step and by a range of due dates at 100,000 cases,
beside the *Terlambat* status filter (the yardstick: the same code, a filter the order's
index serves).

    uv run python bench/case_list_filters.py --db FILE [--runs 5]

FILE is a demo database (``main.py demo --db FILE --cases 100000``); it is opened as Ujikon
opens it (set UJIKON_KUNCI to its office key folder). Prints the median (min–max) ms of
``query_case_ids`` in the default order, for the first page (101 ids) and the whole list.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from app import store
    from app.calendar_service import current_calendar
    from app.cases.listing import (
        CaseFilter,
        DeadlineStatus,
        SortKey,
        Thresholds,
        due_this_week,
        query_case_ids,
    )
    from app.clock import today

    store.open_database(args.db)
    t = Thresholds.compute(today(), current_calendar())
    start, end = due_this_week(t.today)
    filters = {
        "Terlambat (yardstick)": CaseFilter(status=DeadlineStatus.OVERDUE),
        "Batas waktu minggu ini": CaseFilter(batas_dari=start, batas_sampai=end),
        "Tahap 2": CaseFilter(tahap=2),
        "Tahap 5": CaseFilter(tahap=5),
        "Tahap 2 + minggu ini": CaseFilter(tahap=2, batas_dari=start, batas_sampai=end),
    }
    print("| filter | ids | first page (ms) | whole list (ms) |\n|---|---:|---:|---:|")
    for name, f in filters.items():
        cells = []
        count = 0
        for limit in (101, None):
            times = []
            for _ in range(args.runs):
                began = time.perf_counter()
                ids = query_case_ids(f, t, SortKey.STATUS, False, limit)
                times.append((time.perf_counter() - began) * 1000)
            count = len(ids)
            cells.append(f"{statistics.median(times):.1f} ({min(times):.1f}–{max(times):.1f})")
        print(f"| {name} | {count:,} | {cells[0]} | {cells[1]} |")
    store.close_database()


if __name__ == "__main__":
    main()
