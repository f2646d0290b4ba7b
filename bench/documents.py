"""Benchmark: time to generate each document type (ReportLab), on demo data.

    uv run python bench/documents.py

Prints a Markdown table: median of 7 renders per type (stamped, warm), the page count, and
the PDF size; plus a 40-item Berita Acara. The "first render" line is the first after the
demo filled its documents (so ReportLab and the fonts are loaded already); the first letter of
a fresh process, and its yardsticks, are measured by ``bench/letter_first_render.py``.
"""

from __future__ import annotations

import io
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pypdf import PdfReader  # noqa: E402

from app import clock  # noqa: E402
from app.demo import fill_demo  # noqa: E402
from app.documents.catalog import case_documents  # noqa: E402
from app.documents.model import Stamp  # noqa: E402
from app.documents.render import render_document  # noqa: E402
from app.models import Case, InfoItem  # noqa: E402
from app.store import open_database  # noqa: E402

STAMP = Stamp("000.9.2/001/BA-UK/PPID/2026", date(2026, 11, 25), "UJK-BNCH-0001")


def median_ms(fn, runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    clock.pin_today(date(2026, 11, 25))
    open_database(Path(tempfile.mkdtemp()) / "bench.db")
    fill_demo(36)
    finished = Case.get(Case.status == "selesai")
    start = time.perf_counter()
    render_document("ba_uji", finished.id, STAMP)
    print(f"first render after the demo: {(time.perf_counter() - start) * 1000:.0f} ms\n")
    print("| document | pages | PDF size | render (ms) |")
    print("|---|---:|---:|---:|")
    for row in case_documents(finished.id):
        if not row.current:  # an older version of a document already measured
            continue
        kind = row.spec.kind
        pdf = render_document(kind, finished.id, STAMP)
        pages = len(PdfReader(io.BytesIO(pdf)).pages)
        ms = median_ms(lambda kind=kind: render_document(kind, finished.id, STAMP))
        print(f"| {row.spec.title} | {pages} | {len(pdf) / 1024:.0f} KiB | {ms:.0f} |")
    template = InfoItem.get(InfoItem.case == finished.id)
    values = {k: getattr(template, k) for k in InfoItem._meta.fields if k not in ("id", "case")}
    for n in range(InfoItem.select().where(InfoItem.case == finished.id).count() + 1, 41):
        InfoItem.create(**{**values, "case": finished.id, "urut": n})
    pdf = render_document("ba_uji", finished.id, STAMP)
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    ms = median_ms(lambda: render_document("ba_uji", finished.id, STAMP))
    print(f"| Berita Acara with 40 items | {pages} | {len(pdf) / 1024:.0f} KiB | {ms:.0f} |")


if __name__ == "__main__":
    main()
