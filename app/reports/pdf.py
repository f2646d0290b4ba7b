"""What the office's reports share (the annual report, the buku register, the SOP document):
the page (the office's paper and margins, portrait or landscape), a footer with "Halaman X
dari Y" and the day it was printed, the PDF metadata, progress and cancelling, and writing a
file so that a failed or cancelled export leaves nothing behind.

These are not case documents: they carry no number, no verification code and no "KONSEP"
mark (``app.documents.render.layout.build_pdf`` is for those); they are printed as often as
wanted and are not stored in the database.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from io import BytesIO
from pathlib import Path

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate
from reportlab.platypus.tables import CellStyle

from app import clock
from app.documents.render.fonts import REGULAR, register_fonts
from app.documents.render.layout import PageSetup, office_name, page_setup
from app.errors import UserError
from app.text import format_date

FOOTER_Y = 8 * mm  # the footer's baseline, from the bottom edge of the paper
MIN_BOTTOM = 16 * mm  # the footer band and a gap above it

# ``progress(done, total, text)`` as the window's runner gives it (``ui.runner``): it returns
# False once *Batal* was pressed; ``cancelled()`` only asks.
Progress = Callable[[int, int, str], object]
Cancelled = Callable[[], bool]


class ReportCancelled(UserError):
    """The user cancelled an export; no file was written."""

    def __init__(
        self, message: str = "Pembuatan laporan dibatalkan; tidak ada berkas yang ditulis."
    ) -> None:
        super().__init__(message)


class Steps:
    """Progress of an export and the cancel check at each report: raises
    ``ReportCancelled`` when ``progress`` returns False or ``cancelled()`` is true."""

    def __init__(self, progress: Progress | None, cancelled: Cancelled | None) -> None:
        self.progress, self.cancelled = progress, cancelled

    def __call__(self, done: int, total: int, text: str) -> None:
        go = self.progress(done, total, text) if self.progress is not None else True
        if go is False or (self.cancelled is not None and self.cancelled()):
            raise ReportCancelled()


# ----------------------------------------------------------------------------- the page
def portrait() -> PageSetup:
    """The office's paper (F4 by default) upright, its margins, room for the footer."""
    setup = page_setup()
    return replace(setup, bottom=max(setup.bottom, MIN_BOTTOM))


def landscape() -> PageSetup:
    """The office's paper turned: the binding margin (the left one of the upright page)
    goes to the top, as a register bound at its long top edge is turned over."""
    up = page_setup()
    return PageSetup(
        size=(up.height, up.width),
        left=up.top,
        right=up.top,
        top=up.left,
        bottom=max(up.bottom, MIN_BOTTOM),
    )


def _numbered_canvas(footer_left: str, on_page: Callable[[int], None] | None):
    class NumberedCanvas(Canvas):
        """Keeps each finished page until ``save``, then draws "Halaman X dari Y"."""

        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._kept: list[dict] = []

        def showPage(self) -> None:
            self._kept.append(dict(self.__dict__))
            if on_page is not None:
                on_page(len(self._kept))
            self._startPage()  # type: ignore[attr-defined]

        def save(self) -> None:
            pages = len(self._kept)
            for number, state in enumerate(self._kept, start=1):
                self.__dict__.update(state)
                self._footer(number, pages)
                super().showPage()
            super().save()

        def _footer(self, page: int, pages: int) -> None:
            width = self._pagesize[0]  # type: ignore[attr-defined]
            setup = self._setup  # type: ignore[attr-defined]
            self.saveState()
            self.setFont(REGULAR, 8)
            self.setFillColor(colors.Color(0.25, 0.25, 0.25))
            self.drawString(setup.left, FOOTER_Y, footer_left)
            self.drawRightString(width - setup.right, FOOTER_Y, f"Halaman {page} dari {pages}")
            self.restoreState()

    return NumberedCanvas


def build_report(
    story: list[Flowable],
    setup: PageSetup,
    title: str,
    subject: str = "",
    printed_on: date | None = None,
    on_page: Callable[[int], None] | None = None,
    on_each_page: Callable[[Canvas, BaseDocTemplate], None] | None = None,
) -> bytes:
    """Lay ``story`` out and return the PDF. Every page gets the footer "Dicetak dengan
    Ujikon pada <date>" and "Halaman X dari Y". ``on_page(n)``: called as each page is
    finished (progress; it may raise ``ReportCancelled`` to stop). ``on_each_page``: drawn
    on each page before its content (a repeated heading)."""
    register_fonts()
    CellStyle.fontname = REGULAR  # (see layout.build_pdf)
    rl_config.useA85 = 0
    printed_on = printed_on or clock.today()
    buffer = BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=setup.size,
        leftMargin=setup.left,
        rightMargin=setup.right,
        topMargin=setup.top,
        bottomMargin=setup.bottom,
        title=title,
        author=office_name(),
        subject=subject,
        creator="Ujikon (ReportLab)",
        invariant=1,
        pageCompression=1,
        initialFontName=REGULAR,
        initialFontSize=10,
    )
    frame = Frame(
        setup.left,
        setup.bottom,
        setup.frame_width,
        setup.frame_height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )

    def page_start(canvas: Canvas, document: BaseDocTemplate) -> None:
        canvas._setup = setup  # type: ignore[attr-defined]
        if on_each_page is not None:
            on_each_page(canvas, document)

    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=page_start)])
    footer = f"Dicetak dengan Ujikon pada {format_date(printed_on)}"
    doc.build(story, canvasmaker=_numbered_canvas(footer, on_page))
    return buffer.getvalue()


# ----------------------------------------------------------------------------- files
def check_target(path: Path, suffix: str, example: str) -> None:
    """Refuse a file name of another kind, or a folder that does not exist, in words."""
    if path.suffix.lower() != suffix:
        raise UserError(f"Nama berkas harus berakhiran {suffix}, misalnya {example}.")
    if not path.parent.is_dir():
        raise UserError(f"Folder {path.parent} tidak ada; pilih folder yang sudah ada.")
    if path.is_dir():
        raise UserError(f"{path} adalah folder; tulis nama berkasnya, misalnya {example}.")


def write_file(path: Path, write: Callable[[Path], object]) -> None:
    """Write through ``path.part`` and move it into place, so that a failure (or a cancel)
    leaves neither a half-written file nor the ``.part``."""
    part = path.with_name(f"{path.name}.{datetime.now():%H%M%S%f}.part")
    try:
        write(part)
        os.replace(part, path)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise UserError(
            f"Berkas {path} tidak dapat ditulis: {exc.strerror or exc}. Periksa apakah berkas "
            "itu sedang dibuka di program lain dan folder dapat ditulisi."
        ) from exc
    except BaseException:
        part.unlink(missing_ok=True)
        raise


def write_bytes(path: Path, data: bytes) -> None:
    write_file(path, lambda part: part.write_bytes(data))


# ----------------------------------------------------------------------------- long tables
class PagedTable(Flowable):
    """A bordered table of many rows (a register of a year: thousands), its header repeated
    on every page, laid out in time proportional to its rows.

    ReportLab's ``Table`` splits a long table page by page into a page and *the rest*, and
    handles the rest again at every page: 7,600 rows took 266 s. Here every row's height is
    measured once; each page takes the rows that fit (a running sum) as a small ``Table``
    with those heights given, so no cell is measured again, and the rest stays a
    ``PagedTable``. A row taller than a whole page (a very long text) is left to
    ``tables.grid_table``, which splits inside it; that row's table brings its own header,
    so there (only there) a header also stands in mid-page."""

    def __init__(
        self,
        header: list[list],
        rows: list[list],
        widths: list[float],
        style: list[tuple],
        page_height: float,
        heights: list[float] | None = None,
    ) -> None:
        super().__init__()
        from app.documents.render.tables import row_heights

        self.header, self.rows, self.widths, self.style = header, rows, widths, style
        self.page_height = page_height
        self.heights = heights if heights is not None else row_heights(header + rows, widths)
        self.head_h = sum(self.heights[: len(header)])
        self.width = sum(widths)

    def _table(self, rows: list[list], heights: list[float]):
        from reportlab.platypus import Table, TableStyle

        n = len(self.header)
        table = Table(
            self.header + rows,
            colWidths=self.widths,
            rowHeights=self.heights[:n] + heights,
            repeatRows=n,
            hAlign="LEFT",
        )
        table.setStyle(TableStyle(self.style))
        return table

    def _body(self) -> list[float]:
        return self.heights[len(self.header) :]

    def wrap(self, availWidth, availHeight):
        self.height = self.head_h + sum(self._body())
        return self.width, self.height

    def split(self, availWidth, availHeight):
        body = self._body()
        used, fit = self.head_h, 0
        for h in body:
            if used + h > availHeight:
                break
            used += h
            fit += 1
        n = len(self.header)
        if fit == 0:
            if body and self.head_h + body[0] > self.page_height:  # taller than any page
                from app.documents.render.tables import grid_table

                giant = grid_table(
                    self.header + self.rows[:1], self.widths, max_height=self.page_height
                )
                parts = giant.split(availWidth, availHeight)  # inside the row, page by page
                if not parts or len(body) == 1:
                    return parts
                rest = PagedTable(
                    self.header,
                    self.rows[1:],
                    self.widths,
                    self.style,
                    self.page_height,
                    self.heights[:n] + body[1:],
                )
                return [*parts, rest]
            return []  # to the next page
        if fit == len(body):
            return [self._table(self.rows, body)]
        rest = PagedTable(
            self.header,
            self.rows[fit:],
            self.widths,
            self.style,
            self.page_height,
            self.heights[:n] + body[fit:],
        )
        return [self._table(self.rows[:fit], body[:fit]), rest]

    def drawOn(self, canvas, x, y, _sW=0):
        table = self._table(self.rows, self._body())
        table.wrapOn(canvas, self.width, self.height)
        table.drawOn(canvas, x, y, _sW)
