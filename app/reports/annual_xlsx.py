"""The annual report as a workbook (openpyxl): one sheet per table of the PDF, each with its
title in row 1, a bold header in row 2 frozen with it, columns as wide as their text, and
numbers stored as numbers (so the office can chart or sum them)."""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO

from app.reports.annual import LETTERS, AnnualFigures
from app.reports.annual_pdf import report_title
from app.reports.charts import MONTHS
from app.text import format_date

SHEET_CASES = "Kasus"
SHEET_ITEMS = "Butir"
SHEET_LETTERS = "Pasal 17"
SHEET_STEPS = "Waktu per tahap"
SHEET_MONTHS = "Selesai per bulan"


def _tables(f: AnnualFigures) -> list[tuple[str, Sequence[str], list[list], Sequence[int]]]:
    from app.refdata import pasal17_short_labels

    labels = pasal17_short_labels()
    items = [
        ["Butir informasi yang diuji", f.items_tested],
        ["Dikecualikan seluruhnya", f.items_exempted_fully],
        ["Dikecualikan sebagian", f.items_exempted_partly],
        ["Terbuka", f.items_opened],
        ["Dikecualikan (seluruhnya atau sebagian)", f.items_exempted],
        ["Mengutip lebih dari satu huruf Pasal 17", f.items_several_letters],
        ["Hanya berdasar undang-undang lain", f.items_no_letter],
    ]
    if f.items_without_conclusion:
        items.append(["Tanpa kesimpulan tercatat", f.items_without_conclusion])
    return [
        (
            SHEET_CASES,
            ("Uraian", "Jumlah"),
            [
                [f"Kasus dimulai pada tahun {f.year}", f.cases_begun],
                [f"Kasus selesai pada tahun {f.year}", f.cases_finished],
                [f"Kasus masih berjalan pada {format_date(f.as_of)}", f.cases_open_at_year_end],
            ],
            (48, 12),
        ),
        (SHEET_ITEMS, ("Uraian", "Jumlah"), items, (48, 12)),
        (
            SHEET_LETTERS,
            ("Huruf", "Informasi yang dikecualikan karena dapat …", "Jumlah butir"),
            [[letter, labels.get(letter, ""), f.by_letter.get(letter, 0)] for letter in LETTERS],
            (8, 60, 14),
        ),
        (
            SHEET_STEPS,
            (
                "No.",
                "Tahap",
                "Pelaksana",
                "Batas SOP (hari kerja)",
                "Jumlah dijalankan",
                "Rata-rata (hari kerja)",
                "Terlama (hari kerja)",
                "Melewati batas",
            ),
            [
                [
                    s.number,
                    s.title,
                    s.actor,
                    s.limit or None,
                    s.runs,
                    None if s.average is None else round(s.average, 2),
                    s.maximum,
                    s.over_limit,
                ]
                for s in f.steps
            ],
            (6, 30, 18, 12, 12, 12, 12, 12),
        ),
        (
            SHEET_MONTHS,
            ("Bulan", "Kasus selesai"),
            [[f"{name} {f.year}", n] for name, n in zip(MONTHS, f.finished_per_month, strict=True)],
            (14, 14),
        ),
    ]


def annual_xlsx_bytes(f: AnnualFigures) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    title = report_title(f.year)
    for name, header, rows, widths in _tables(f):
        sheet = book.create_sheet(name)
        sheet.append([f"{title} — {name}"])
        sheet["A1"].font = Font(bold=True, size=12)
        sheet.append(list(header))
        for cell in sheet[2]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for row in rows:
            sheet.append(row)
        for index, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width
        sheet.freeze_panes = "A3"
        if name == SHEET_STEPS:
            for (cell,) in sheet.iter_rows(min_row=3, min_col=6, max_col=6):
                cell.number_format = "0.0"
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()
