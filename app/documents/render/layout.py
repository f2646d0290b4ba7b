"""The page: paper and margins from the settings, page numbers, the draft watermark and the
verification footer of a finalised document.

- Paper F4 (215 × 330 mm, the default of naskah dinas) or A4; margins from ``margin_mm``.
- Page numbers ("- 2 -") centred in the top margin from page 2 on, as in naskah dinas; page 1
  carries the kop instead.
- A draft (no stamp) gets a diagonal light-grey "KONSEP" over every page.
- A finalised document gets, on every page, a footer inside the bottom margin: a small QR
  code encoding ``UJIKON:{kode}`` and the line "Kode verifikasi: … · versi …". The bottom
  margin is at least ``MIN_BOTTOM`` so the footer never reaches the text; drafts keep the same
  frame so a draft and its final copy break pages at the same places.
"""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from app import settings
from app.documents.model import Stamp
from app.documents.render.fonts import BOLD, REGULAR, register_fonts
from app.settings import KERTAS, MARGIN_MM

F4 = (215 * mm, 330 * mm)
PAPERS = {"F4": F4, "A4": A4}

QR_SIZE = 13 * mm
QR_Y = 4 * mm  # from the bottom edge of the paper
MIN_BOTTOM = QR_Y + QR_SIZE + 3 * mm  # the footer band plus a gap above it
MIN_TOP = 12 * mm  # room for the page number
MIN_SIDE = 10 * mm

DRAFT_MARK = "KONSEP"
NUMBER_PLACEHOLDER = "(diisi saat final)"


@dataclass(frozen=True)
class PageSetup:
    size: tuple[float, float]
    left: float
    right: float
    top: float
    bottom: float

    @property
    def width(self) -> float:
        return self.size[0]

    @property
    def height(self) -> float:
        return self.size[1]

    @property
    def frame_width(self) -> float:
        return self.width - self.left - self.right

    @property
    def frame_height(self) -> float:
        return self.height - self.top - self.bottom


def page_setup() -> PageSetup:
    """Paper and margins as the office set them (Pengaturan), with the minimums above."""
    margins = settings.value(MARGIN_MM)
    return PageSetup(
        size=PAPERS[settings.value(KERTAS)],
        left=max(margins["kiri"] * mm, MIN_SIDE),
        right=max(margins["kanan"] * mm, MIN_SIDE),
        top=max(margins["atas"] * mm, MIN_TOP),
        bottom=max(margins["bawah"] * mm, MIN_BOTTOM),
    )


class _Decorations:
    """onPage / onPageEnd callbacks of the single page template."""

    def __init__(self, setup: PageSetup, stamp: Stamp | None) -> None:
        self.setup = setup
        self.stamp = stamp
        self._qr: Drawing | None = None

    def page_start(self, canvas, doc) -> None:
        # The draft mark goes under the content, opaque: transparency would make printer
        # paths that flatten it (Ghostscript in CUPS) rasterise the whole page.
        if self.stamp is None:
            self._watermark(canvas)
        self.page_number(canvas, doc)

    def page_number(self, canvas, doc) -> None:
        page = canvas.getPageNumber()
        if page < 2:
            return
        canvas.saveState()
        canvas.setFont(REGULAR, 10)
        canvas.drawCentredString(
            self.setup.width / 2, self.setup.height - self.setup.top / 2, f"- {page} -"
        )
        canvas.restoreState()

    def page_end(self, canvas, doc) -> None:
        if self.stamp is not None:
            self._footer(canvas, self.stamp)

    def _watermark(self, canvas) -> None:
        canvas.saveState()
        canvas.setFillColor(colors.Color(0.88, 0.88, 0.88))
        canvas.setFont(BOLD, 120)
        canvas.translate(self.setup.width / 2, self.setup.height / 2)
        canvas.rotate(55)
        canvas.drawCentredString(0, -40, DRAFT_MARK)
        canvas.restoreState()

    def _qr_drawing(self, value: str) -> Drawing:
        if self._qr is None:
            widget = QrCodeWidget(value, barLevel="M", barBorder=0)
            widget.barWidth = widget.barHeight = QR_SIZE
            drawing = Drawing(QR_SIZE, QR_SIZE)
            drawing.add(widget)
            self._qr = drawing
        return self._qr

    def _footer(self, canvas, stamp: Stamp) -> None:
        x = self.setup.left
        canvas.saveState()
        renderPDF.draw(self._qr_drawing(f"UJIKON:{stamp.kode}"), canvas, x, QR_Y)
        text_x = x + QR_SIZE + 3 * mm
        canvas.setFillColor(colors.black)
        canvas.setFont(REGULAR, 8.5)
        canvas.drawString(
            text_x, QR_Y + QR_SIZE * 0.55, f"Kode verifikasi: {stamp.kode} · versi {stamp.versi}"
        )
        canvas.setFillColor(colors.Color(0.3, 0.3, 0.3))
        canvas.setFont(REGULAR, 7)
        canvas.drawString(
            text_x,
            QR_Y + QR_SIZE * 0.2,
            "Keaslian dan keutuhan dokumen ini dapat diperiksa dengan aplikasi "
            "Ujikon melalui kode verifikasi atau kode QR.",
        )
        canvas.restoreState()


def build_pdf(
    story: list, setup: PageSetup, stamp: Stamp | None, title: str, subject: str = ""
) -> bytes:
    """Lay ``story`` out on the office's paper and return the PDF bytes. The output is
    deterministic for the same input (no creation time or random document id)."""
    register_fonts()
    buffer = BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=setup.size,
        leftMargin=setup.left,
        rightMargin=setup.right,
        topMargin=setup.top,
        bottomMargin=setup.bottom,
        title=title,
        author="Ujikon",
        subject=subject,
        creator="Ujikon (ReportLab)",
        invariant=1,
        pageCompression=1,
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
    deco = _Decorations(setup, stamp)
    doc.addPageTemplates(
        [PageTemplate(id="page", frames=[frame], onPage=deco.page_start, onPageEnd=deco.page_end)]
    )
    doc.build(story)
    return buffer.getvalue()
