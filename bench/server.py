"""Benchmark: the case list and a step completion on a PostgreSQL server beside the same on
the SQLite file it was moved from (issue 15).

    UJIKON_KUNCI=FILE.kunci uv run python bench/server.py --db FILE --url postgresql://… [--runs 5]

FILE is a demo database (``main.py demo``); URL the server database it was moved to
(``main.py server pindahkan --dari FILE --ke URL``), so both hold the same cases. For each
scenario of ``bench/case_list.py`` (the default order, each sort, searches, filters): the
first page (the ids of the first 101 cases and the rows of 100, as the list reads them) and
the whole id list, on the file and on the server, in this process one after the other. The
ids of both are compared: a scenario whose results differ between the engines is refused.
Then a step completion (``commands.complete_step`` of a case prepared at step 2, as
``bench/step_click.py`` prepares it) on each: a fresh case per run, on a copy of the file,
on the server database itself (the demo server is a bench's own; the cases they add there
are left out of the next run's comparison). Medians of ``--runs``
(min–max), ms, and the ratio server ÷ file.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

PAGE = 100


def median_spread(values: list[float]) -> str:
    med = statistics.median(values)
    return f"{med:,.1f} ({min(values):,.1f}–{max(values):,.1f})"


def timed(fn, runs: int) -> tuple[list[float], object]:
    times, result = [], None
    fn()  # warm: the first query of a connection reads its pages
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - started) * 1000)
    return times, result


def list_figures(target, runs: int) -> dict[str, tuple[list[float], list[float], list[int]]]:
    from case_list import sql_scenarios

    from app import store
    from app.calendar_service import current_calendar
    from app.cases import listing
    from app.cases.listing import Thresholds, fetch_rows
    from app.clock import today

    store.open_database(target, read_only=True)
    try:
        calendar = current_calendar()
        t = Thresholds.compute(today(), calendar)

        def first_page(f, sort, descending):
            ids = listing.query_case_ids(f, t, sort, descending, limit=PAGE + 1)
            fetch_rows(ids[:PAGE], t, calendar)
            return ids

        figures = {}
        for name, f, sort, descending in sql_scenarios():
            first, ids = timed(partial(first_page, f, sort, descending), runs)
            whole, every = timed(partial(listing.query_case_ids, f, t, sort, descending), runs)
            assert every[: PAGE + 1] == ids
            figures[name] = (first, whole, every)
        return figures
    finally:
        store.close_database()


def completion_times(target, runs: int) -> list[float]:
    from step_click import UTAMA, prepared_case

    from app import store
    from app.cases import commands

    store.open_database(target)
    try:
        times = []
        for _ in range(runs):
            case_id = prepared_case(date(2026, 11, 10))
            started = time.perf_counter()
            commands.complete_step(UTAMA, case_id, 2, on=date(2026, 11, 10))
            times.append((time.perf_counter() - started) * 1000)
        return times
    finally:
        store.close_database()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--url", required=True)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from app import clock

    clock.pin_today(date(2026, 12, 2))  # the demo's today: the same thresholds on both
    on_file = list_figures(args.db, args.runs)
    on_server = list_figures(args.url, args.runs)
    print(f"\n### Case list, file ({args.db.name}) beside server (ms)\n")
    print(
        "| scenario | cases | file first page | server first page | ratio | file whole list "
        "| server whole list | ratio |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    newest = max((max(ids) for _, _, ids in on_file.values() if ids), default=0)
    for name, (first, whole, ids) in on_file.items():
        s_first, s_whole, s_ids = on_server[name]
        # the cases an earlier run's step completions added to the server are left out
        same = [i for i in s_ids if i <= newest]
        assert same == ids, f"the engines list other cases: {name}"
        r1 = statistics.median(s_first) / statistics.median(first)
        r2 = statistics.median(s_whole) / statistics.median(whole)
        print(
            f"| {name} | {len(ids):,} | {median_spread(first)} | {median_spread(s_first)} "
            f"| {r1:.1f}× | {median_spread(whole)} | {median_spread(s_whole)} | {r2:.1f}× |",
            flush=True,
        )
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "salinan.db"
        shutil.copy(args.db, copy)
        file_times = completion_times(copy, args.runs)
    server_times = completion_times(args.url, args.runs)
    ratio = statistics.median(server_times) / statistics.median(file_times)
    print("\n### One step completion (ms)\n")
    print("| file | server | ratio |\n|---:|---:|---:|")
    print(f"| {median_spread(file_times)} | {median_spread(server_times)} | {ratio:.1f}× |")


if __name__ == "__main__":
    main()
