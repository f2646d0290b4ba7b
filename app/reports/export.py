"""The DIK as files for the website and for the office's own records: CSV (UTF-8 with BOM,
";" as Excel expects on PCs set to Indonesian) and XLSX (openpyxl: a bold frozen header,
columns as wide as their text, long texts wrapped, printed landscape with the header on every
page). A published version (``write_version_csv`` / ``write_version_xlsx``) is written as it
was frozen; its XLSX has a second sheet with what changed since the version before."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from app.errors import UserError
from app.reports.dik import DikEntry
from app.reports.dik_versions import DikChanges, DikVersionView, require_intact
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
        e.status_label,
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


CHANGES_HEADER = ("Perubahan", "Informasi", "Perangkat daerah", "Yang berubah / keterangan")
CHANGES_WIDTHS = (16, 60, 30, 60)


def write_xlsx(
    entries: Sequence[DikEntry],
    path: Path,
    title: str,
    changes: DikChanges | None = None,
    changes_title: str = "",
) -> int:
    """The entries under ``title``; with ``changes``, a second sheet "Perubahan" listing
    them under ``changes_title``. Returns the number of entries written."""
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
    sheet.page_setup.orientation = "landscape"
    sheet.print_title_rows = "2:2"  # the header on every printed page
    if changes is not None:
        _changes_sheet(book, changes, changes_title)
    try:
        book.save(path)
    except OSError as exc:
        raise _cannot_write(path, exc) from exc
    return len(entries)


def _changes_sheet(book, changes: DikChanges, title: str) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    from app.reports.dik_versions import CHANGED, FIELD_LABELS

    sheet = book.create_sheet("Perubahan")
    sheet.append([title])
    sheet["A1"].font = Font(bold=True, size=12)
    sheet.append(list(CHANGES_HEADER))
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for c in changes.changes:
        if c.kind == CHANGED:
            note = ", ".join(FIELD_LABELS.get(f, f) for f in c.fields)
        else:
            note = c.note
        sheet.append([c.label, c.entry.informasi, c.entry.opd, note])
    if changes.empty:
        sheet.append(["", "Tidak ada perubahan.", "", ""])
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for index, width in enumerate(CHANGES_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A3"


def version_title(view: DikVersionView) -> str:
    from app import settings

    v = view.version
    return (
        f"Daftar Informasi yang Dikecualikan {settings.value(settings.NAMA_BADAN_PUBLIK)}, "
        f"versi {v.nomor}, diterbitkan {format_date(v.tanggal)}"
    )


def changes_title(view: DikVersionView) -> str:
    if view.previous is None:
        return f"DIK versi {view.version.nomor}: versi pertama"
    p = view.previous
    return (
        f"Perubahan DIK versi {view.version.nomor} sejak versi {p.nomor} "
        f"({format_date(p.tanggal)}): {view.changes.summary}"
    )


def write_version_csv(view: DikVersionView, path: Path) -> int:
    """A published version as CSV (the entries only: what the website shows)."""
    require_intact(view)
    return write_csv(view.entries, path)


def write_version_xlsx(view: DikVersionView, path: Path) -> int:
    """A published version as XLSX: its entries, and its changes on a second sheet."""
    require_intact(view)
    return write_xlsx(view.entries, path, version_title(view), view.changes, changes_title(view))
