"""The annual report's figures (``app.reports.annual.annual_figures``) and its PDF, beside a
yardstick in the same run: raw sqlite3 reading the same rows (the cases' aggregate, the
finished cases' items, the step runs that ended in the year) with no working days counted.

    uv run python bench/annual_report.py [--db FILE] [--cases 20000] [--runs 5]

A database with no cases is filled with demo cases first (``--cases``); one that has cases
is reused as it is. Prints a Markdown table: medians, the spread, the ratio.
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

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

YARDSTICK = (
    ('SELECT count(*), sum(tanggal_selesai IS NOT NULL) FROM "case" '),
    (
        'SELECT i.kesimpulan, i.dasar_hukum FROM infoitem i JOIN "case" c ON c.id = i.case_id '
        "WHERE c.tanggal_selesai BETWEEN ? AND ?"
    ),
    (
        "SELECT tahap, hari_kerja, tanggal_mulai, tanggal_selesai FROM steprecord "
        "WHERE tanggal_selesai BETWEEN ? AND ? AND status IN ('selesai', 'dikembalikan')"
    ),
)


def _median(times: list[float]) -> tuple[float, float]:
    return statistics.median(times) * 1000, (max(times) - min(times)) * 1000


def _timed(fn, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        out.append(time.perf_counter() - started)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--cases", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--register-month",
        metavar="TTTT-BB",
        help="also time the buku register of that month (once), beside ReportLab's own "
        "Table laying out its first 500 case rows",
    )
    args = parser.parse_args()
    os.environ.setdefault("UJIKON_KUNCI", tempfile.mkdtemp(prefix="ujikon-bench-kunci-"))
    from app import clock, store, tasks
    from app.models import Case

    path = args.db or Path(tempfile.mkdtemp()) / "bench.db"
    if not path.exists():
        print(f"filling {path} with {args.cases} demo cases…", file=sys.stderr)
        result = tasks.fill_demo_database(path, args.cases, 2026, lambda d, t: None)
        if result.code:
            print("\n".join(result.err), file=sys.stderr)
            return 1
    store.open_for_reading(path)
    from app.reports.annual import annual_figures
    from app.reports.annual_pdf import annual_report_pdf

    year = clock.today().year
    cases = Case.select().count()
    annual_figures(year)  # the holidays package and the calendar's years, once
    figures = _timed(lambda: annual_figures(year), args.runs)
    pdf = _timed(lambda: annual_report_pdf(annual_figures(year)), args.runs)
    store.close_database()

    conn = sqlite3.connect(path)
    bounds = (f"{year}-01-01", f"{year}-12-31")

    def raw() -> None:
        conn.execute(YARDSTICK[0]).fetchall()
        conn.execute(YARDSTICK[1], bounds).fetchall()
        conn.execute(YARDSTICK[2], bounds).fetchall()

    raw()
    yard = _timed(raw, args.runs)
    conn.close()
    f_med, f_spread = _median(figures)
    y_med, y_spread = _median(yard)
    p_med, p_spread = _median(pdf)
    print(f"{cases} cases, year {year}, {args.runs} runs\n")
    print("| what | median ms | spread ms | ratio to the yardstick |")
    print("|---|---|---|---|")
    print(f"| raw sqlite3, the same rows (yardstick) | {y_med:.1f} | {y_spread:.1f} | 1.0× |")
    print(f"| annual_figures | {f_med:.1f} | {f_spread:.1f} | {f_med / y_med:.1f}× |")
    print(f"| figures + PDF | {p_med:.1f} | {p_spread:.1f} | {p_med / y_med:.1f}× |")
    if args.register_month:
        _register(path, args.register_month)
    return 0


def _register(path: Path, month: str) -> None:
    """The buku register of a month, and ReportLab's plain Table of its first 500 rows."""
    import calendar
    from datetime import date

    from reportlab.platypus import Table, TableStyle

    from app import store
    from app.reports import register_book as rb
    from app.reports.pdf import PagedTable, build_report, landscape

    year, mon = (int(p) for p in month.split("-"))
    start, end = date(year, mon, 1), date(year, mon, calendar.monthrange(year, mon)[1])
    store.open_for_reading(path)
    pages = [0]
    started = time.perf_counter()
    rb.register_book_pdf(start, end, on_page=lambda n: pages.__setitem__(0, n))
    whole = time.perf_counter() - started
    lines = rb.case_lines(start, end)
    setup = landscape()
    paged = rb._cases_table(lines[:500], setup.frame_width, setup.frame_height)
    assert isinstance(paged, PagedTable)
    plain = Table(paged.header + paged.rows, colWidths=paged.widths, repeatRows=1)
    plain.setStyle(TableStyle(paged.style))
    started = time.perf_counter()
    build_report([plain], setup, "plain")
    plain_s = time.perf_counter() - started
    paged = rb._cases_table(lines[:500], setup.frame_width, setup.frame_height)
    started = time.perf_counter()
    build_report([paged], setup, "paged")
    paged_s = time.perf_counter() - started
    store.close_database()
    print(f"\nbuku register {month}: {len(lines)} cases, {pages[0]} pages, {whole:.1f} s")
    print("\n| 500 case rows | s | ratio |\n|---|---|---|")
    print(f"| ReportLab Table (yardstick) | {plain_s:.2f} | 1.0× |")
    print(f"| PagedTable | {paged_s:.2f} | {paged_s / plain_s:.2f}× |")


if __name__ == "__main__":
    sys.exit(main())
