"""The report exports as long jobs: what the window runs in its background runner and the
command line runs directly. Each takes ``progress(done, total, text)`` (False back: cancel)
and ``cancelled()``, as ``app.archive.backup`` does, raises ``ReportCancelled`` when
cancelled and ``UserError`` with what to fix when it cannot write, and leaves no file
behind in either case (``app.reports.pdf.write_file``).

They read the database only; none needs a permission beyond being logged in (the window) or
having the file (the command line), as the DIK export.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from app.errors import UserError
from app.reports.annual import AnnualFigures, annual_figures
from app.reports.pdf import Cancelled, Progress, Steps, check_target, write_bytes


@dataclass(frozen=True)
class Written:
    """What an export wrote."""

    files: tuple[Path, ...]
    summary: str  # Indonesian, one line


def export_annual_report(
    year: int,
    pdf: Path | None = None,
    xlsx: Path | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    frozen: Mapping[str, Any] | None = None,
) -> Written:
    """The annual report of ``year`` as a PDF and/or a workbook. ``frozen``: the figures of
    a locked year as they were frozen (``AnnualFigures.to_dict``), printed instead of
    counting again; by default those of the year's lock when it is locked
    (``app.reports.year_lock``), so a locked year prints the same figures from the window
    and from the command line."""
    from app.reports.annual_pdf import annual_report_pdf
    from app.reports.annual_xlsx import annual_xlsx_bytes
    from app.reports.year_lock import locked_figures

    if pdf is None and xlsx is None:
        raise UserError("Pilih berkas PDF dan/atau XLSX tujuan laporan tahunan.")
    if pdf is not None:
        check_target(pdf, ".pdf", f"laporan-tahunan-{year}.pdf")
    if xlsx is not None:
        check_target(xlsx, ".xlsx", f"laporan-tahunan-{year}.xlsx")
    steps = Steps(progress, cancelled)
    steps(0, 3, "Menghitung angka laporan…")
    if frozen is None:
        frozen = locked_figures(year)
    if frozen is not None:
        figures = AnnualFigures.from_dict(frozen)
        if figures.year != year:
            raise UserError(
                f"Angka yang dibekukan adalah angka tahun {figures.year}, bukan tahun {year}."
            )
    else:
        figures = annual_figures(year)
    outputs: list[tuple[Path, bytes]] = []
    if pdf is not None:
        steps(1, 3, "Menyusun PDF…")
        outputs.append((pdf, annual_report_pdf(figures)))
    if xlsx is not None:
        steps(2, 3, "Menyusun XLSX…")
        outputs.append((xlsx, annual_xlsx_bytes(figures)))
    steps(3, 3, "Menulis berkas…")  # the last moment a cancel stops it: then it is written
    for path, data in outputs:
        write_bytes(path, data)
    written = [path for path, _data in outputs]
    return Written(
        tuple(written),
        f"Laporan tahunan {year} ditulis ke {', '.join(str(p) for p in written)}.",
    )


def export_sop_document(
    pdf: Path,
    version: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Written:
    """The SOP in the SOP-AP layout. ``version``: a version stored in the database (the
    one a case runs under); None: the current SOP file, the one new cases start under."""
    from app.reports.sop_document import sop_document_pdf
    from app.sop import load_current_sop

    check_target(pdf, ".pdf", "sop-uji-konsekuensi.pdf")
    steps = Steps(progress, cancelled)
    steps(0, 2, "Membaca SOP…")
    if version is None:
        sop = load_current_sop()
    else:
        from app.models import SopVersion
        from app.refdata import sop_for_version

        if SopVersion.get_or_none(SopVersion.version == version) is None:
            raise UserError(f"SOP versi {version} tidak tersimpan di basis data ini.")
        sop = sop_for_version(version)
    steps(1, 2, "Menyusun PDF…")
    data = sop_document_pdf(sop)
    steps(2, 2, "Menulis PDF…")
    write_bytes(pdf, data)
    return Written((pdf,), f"SOP versi {sop.version} ditulis ke {pdf}.")


def export_register_book(
    start: date,
    end: date,
    pdf: Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Written:
    """The buku register of ``start`` … ``end`` (both included) as a PDF. Progress is
    reported per page laid out, and a cancel is seen there too."""
    from app.reports.register_book import period_problem, register_book_pdf

    check_target(pdf, ".pdf", f"buku-register-{start.year}.pdf")
    problem = period_problem(start, end)
    if problem:
        raise UserError(problem)
    steps = Steps(progress, cancelled)
    steps(0, 3, "Membaca register…")
    data = register_book_pdf(
        start, end, on_page=lambda page: steps(1, 3, f"Menyusun halaman {page}…")
    )
    steps(2, 3, "Menulis PDF…")
    write_bytes(pdf, data)
    return Written((pdf,), f"Buku register ditulis ke {pdf}.")
