"""The DIK as files for the website and for the office's own records: CSV (UTF-8 with BOM,
";" as Excel expects on PCs set to Indonesian) and XLSX (openpyxl: a bold frozen header,
columns as wide as their text, long texts wrapped)."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from app.errors import UserError
from app.reports.dik import DikEntry
from app.text import format_date

HEADER = (
    "No.",
    "Informasi yang dikecualikan",
    "Perangkat daerah",
    "Klasifikasi",
    "Dasar hukum",
    "Konsekuensi bila dibuka",
    "Konsekuensi bila ditutup",
    "Jangka waktu pengecualian",
    "Nomor penetapan",
    "Tanggal penetapan",
    "Kasus",
    "Status",
)
WIDTHS = (5, 40, 28, 22, 34, 40, 40, 24, 30, 16, 18, 10)  # characters, for the XLSX


def _row(e: DikEntry) -> list[object]:
    return [
        e.nomor,
        e.informasi,
        e.opd,
        e.klasifikasi,
        e.dasar_hukum,
        e.konsekuensi_dibuka,
        e.konsekuensi_ditutup,
        e.jangka_waktu,
        e.penetapan_nomor,
        format_date(e.penetapan_tanggal),
        e.kasus,
        e.status,
    ]


def _cannot_write(path: Path, exc: OSError) -> UserError:
    return UserError(f"Berkas {path} tidak dapat ditulis: {exc.strerror or exc}.")


def write_csv(entries: Sequence[DikEntry], path: Path) -> int:
    try:
        with open(path, "w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f, delimiter=";")
            writer.writerow(HEADER)
            writer.writerows(_row(e) for e in entries)
    except OSError as exc:
        raise _cannot_write(path, exc) from exc
    return len(entries)


def write_xlsx(entries: Sequence[DikEntry], path: Path, title: str) -> int:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "DIK"
    sheet.append([title])
    sheet["A1"].font = Font(bold=True, size=12)
    sheet.append(list(HEADER))
    for cell in sheet[2]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for e in entries:
        sheet.append(_row(e))
    for row in sheet.iter_rows(min_row=3):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for index, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A3"  # the title and the header stay in view
    try:
        book.save(path)
    except OSError as exc:
        raise _cannot_write(path, exc) from exc
    return len(entries)
