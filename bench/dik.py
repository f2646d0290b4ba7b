"""Benchmark: the PDF of a DIK version (``app.reports.dik_pdf``) with 40 and 400 entries,
warm, beside a bare ReportLab yardstick in the same run; and the version's XLSX.

    uv run python bench/dik.py [--runs 7] [--sizes 40,400]

- **Ujikon**: ``render_dik_pdf`` of a version of N entries of realistic length (kop, two
  header rows repeated, hyphenated narrow columns, keeps, the changes, footer with "Halaman x
  dari y"), median of ``--runs`` after one discarded run;
- **yardstick**: a bare ReportLab ``SimpleDocTemplate`` in landscape F4 with one ``Table`` of
  the same paragraphs in the same fonts, styles and column widths (``repeatRows=2``), without
  the kop, hyphenation, keeps or footer;
- **XLSX**: ``write_version_xlsx`` of the same version (openpyxl), beside openpyxl writing the
  same rows with no formatting.

Wall and CPU time (``time.process_time``) are printed; CPU is the steadier on a busy machine.
The database is a fresh one in a temporary folder (the kop and the paper come from its
settings).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _entries(n: int):
    from app.reports.dik import BERAKHIR, BERLAKU, DikEntry

    return tuple(
        DikEntry(
            nomor=i,
            informasi=f"Dokumen rencana pengadaan tanah nomor {i} beserta lampiran peta bidang "
            "dan daftar nominatif pemilik",
            opd="Dinas Pekerjaan Umum dan Penataan Ruang",
            klasifikasi="Dikecualikan seluruhnya",
            dasar_hukum="Pasal 17 huruf b; Pasal 17 huruf i; Peraturan Pemerintah Nomor 19 "
            "Tahun 2021 tentang Penyelenggaraan Pengadaan Tanah",
            konsekuensi_dibuka="Dapat menimbulkan spekulasi harga tanah di lokasi rencana "
            "pembangunan sehingga biaya pengadaan meningkat dan merugikan keuangan daerah.",
            konsekuensi_ditutup="Melindungi kepentingan ekonomi daerah dan kelancaran proses "
            "pengadaan tanah bagi kepentingan umum.",
            jangka_waktu="Sampai 31 Desember 2027",
            penetapan_nomor=f"000.9.2/{i:03d}/PEN/PPID/2026",
            penetapan_tanggal=date(2026, 3, 20),
            kasus=f"{i:03d}/UK-PPID/2026",
            status=BERAKHIR if i % 7 == 0 else BERLAKU,
            berakhir_pada=date(2027, 12, 31),
            butir_id=i,
            kasus_id=i,
        )
        for i in range(1, n + 1)
    )


def _view(n: int):
    from app.reports.dik_versions import (
        DikVersionInfo,
        DikVersionView,
        content_sha256,
        dik_changes,
    )

    entries = _entries(n)
    when = datetime(2026, 11, 25, 3, tzinfo=UTC)
    info = DikVersionInfo(
        2, 2, date(2026, 11, 25), when, "sari", "Sari", "ppid_utama", "", n, content_sha256(entries)
    )
    first = DikVersionInfo(1, 1, date(2026, 3, 25), when, "sari", "Sari", "ppid_utama", "", 0, "")
    return DikVersionView(info, entries, first, dik_changes(entries[1:], entries), True)


def _yardstick(view) -> bytes:
    from io import BytesIO

    from reportlab.lib.pagesizes import landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    from app.documents.render.common import esc
    from app.reports import dik_pdf

    cells = dik_pdf._cells()
    size = landscape((215 * mm, 330 * mm))
    width = size[0] - 2 * dik_pdf.SIDE
    widths = [width * f for f in dik_pdf.FRACTIONS]
    data = dik_pdf._header(cells)
    for e in view.entries:
        data.append(
            [
                Paragraph(f"{e.nomor}.", cells.center),
                Paragraph(esc(e.informasi), cells.text),
                Paragraph(esc(e.opd), cells.text),
                Paragraph(esc(e.dasar_hukum), cells.text),
                Paragraph(esc(e.konsekuensi_dibuka), cells.text),
                Paragraph(esc(e.konsekuensi_ditutup), cells.text),
                Paragraph(esc(e.jangka_waktu), cells.text),
                Paragraph(esc(e.penetapan_nomor), cells.text),
                Paragraph(esc(e.status_label), cells.center),
            ]
        )
    buffer = BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=size, leftMargin=dik_pdf.SIDE, rightMargin=dik_pdf.SIDE
    )
    doc.build([Table(data, colWidths=widths, repeatRows=2)])
    return buffer.getvalue()


def _plain_xlsx(view, path: Path) -> None:
    from openpyxl import Workbook

    from app.reports.export import HEADER, _row

    book = Workbook()
    sheet = book.active
    sheet.append(list(HEADER))
    for e in view.entries:
        sheet.append(_row(e))
    book.save(path)


def _time(fn, runs: int) -> tuple[float, float, float, float]:
    fn()  # discarded: fonts, caches
    walls, cpus = [], []
    for _ in range(runs):
        w, c = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - w)
        cpus.append(time.process_time() - c)
    return statistics.median(walls), min(walls), max(walls), statistics.median(cpus)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--sizes", default="40,400")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="ujikon-bench-dik-"))
    os.environ.setdefault("UJIKON_KUNCI", str(folder / "kunci"))
    from pypdf import PdfReader

    from app import store
    from app.reports.dik_pdf import render_dik_pdf
    from app.reports.export import write_version_xlsx

    store.open_database(folder / "bench.db")
    print("| what | entries | pages | median wall (min–max) | median CPU | yardstick CPU | ratio |")
    print("|---|---|---|---|---|---|---|")
    for n in (int(s) for s in args.sizes.split(",")):
        view = _view(n)
        pages = len(PdfReader(__import__("io").BytesIO(render_dik_pdf(view))).pages)
        ours = _time(lambda view=view: render_dik_pdf(view), args.runs)
        bare = _time(lambda view=view: _yardstick(view), args.runs)
        print(
            f"| DIK PDF | {n} | {pages} | {ours[0] * 1000:.0f} ms ({ours[1] * 1000:.0f}–"
            f"{ours[2] * 1000:.0f}) | {ours[3] * 1000:.0f} ms | {bare[3] * 1000:.0f} ms "
            f"(bare ReportLab table) | {ours[3] / bare[3]:.2f}× |"
        )
        target = folder / f"dik-{n}.xlsx"
        plain = folder / f"plain-{n}.xlsx"
        ours = _time(lambda view=view, target=target: write_version_xlsx(view, target), args.runs)
        bare = _time(lambda view=view, plain=plain: _plain_xlsx(view, plain), args.runs)
        print(
            f"| DIK XLSX | {n} | – | {ours[0] * 1000:.0f} ms ({ours[1] * 1000:.0f}–"
            f"{ours[2] * 1000:.0f}) | {ours[3] * 1000:.0f} ms | {bare[3] * 1000:.0f} ms "
            f"(plain openpyxl) | {ours[3] / bare[3]:.2f}× |"
        )
    store.close_database()


if __name__ == "__main__":
    main()
