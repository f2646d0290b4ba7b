"""The page: paper and margins from the settings, page numbers, the draft watermark and the
verification footer of a finalised document.

- Paper F4 (215 × 330 mm, the default of naskah dinas) or A4; margins from ``margin_mm``.
- Page numbers ("- 2 -") centred in the top margin from page 2 on, as in naskah dinas; page 1
  carries the kop instead.
- A draft (no stamp) gets a diagonal light-grey "KONSEP" over every page.
- A finalised document gets, on every page, a footer inside the bottom margin: a small QR
  code encoding ``UJIKON:{kode}``, the number and the date of the document with "Halaman X dari
  Y", and the line "Kode verifikasi: … · versi …". The bottom margin is at least
  ``MIN_BOTTOM`` so the footer never reaches the text; drafts keep the same frame so a draft
  and its final copy break pages at the same places.
- "dari Y" needs the page count before page 1 is finished: the canvas (``_FooterCanvas``)
  keeps each finished page and draws the footers when the document is saved, when the count
  is known; one layout pass, not two.
- The PDF's metadata: title, subject, the office as author, and the real creation date (the
  stamp's for a finalised document, so its bytes stay the same for the same stamp; now for a
  draft). Every font is embedded; the canvas starts in Liberation Sans, so the PDF names no
  Helvetica it does not use.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from datetime import UTC, datetime, time
from functools import cache, lru_cache
from io import BytesIO
from pathlib import Path
from types import ModuleType

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.pathobject import PDFPathObject
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
from reportlab.platypus.tables import CellStyle

from app import settings
from app.documents.model import Stamp
from app.documents.render.fonts import BOLD, REGULAR, register_fonts
from app.settings import KERTAS, KOP_INSTANSI, MARGIN_MM, NAMA_BADAN_PUBLIK
from app.text import format_date

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
    """The onPage callback of the single page template, and the footer that
    ``_FooterCanvas`` draws once the page count is known."""

    def __init__(self, setup: PageSetup, stamp: Stamp | None) -> None:
        self.setup = setup
        self.stamp = stamp

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

    def footer(self, canvas, page: int, pages: int) -> None:
        if self.stamp is not None:
            self._footer(canvas, self.stamp, page, pages)

    def _watermark(self, canvas) -> None:
        canvas.saveState()
        canvas.setFillColor(colors.Color(0.88, 0.88, 0.88))
        canvas.setFont(BOLD, 120)
        canvas.translate(self.setup.width / 2, self.setup.height / 2)
        canvas.rotate(55)
        canvas.drawCentredString(0, -40, DRAFT_MARK)
        canvas.restoreState()

    def _footer(self, canvas, stamp: Stamp, page: int, pages: int) -> None:
        x = self.setup.left
        canvas.saveState()
        canvas.saveState()
        canvas.translate(x, QR_Y)
        canvas.setFillColor(colors.black)
        canvas.drawPath(qr_path(f"UJIKON:{stamp.kode}"), stroke=0, fill=1)
        canvas.restoreState()
        text_x = x + QR_SIZE + 3 * mm
        canvas.setFillColor(colors.black)
        canvas.setFont(REGULAR, 8.5)
        which = f"Nomor {stamp.nomor} · " if stamp.nomor else ""
        canvas.drawString(
            text_x, QR_Y + QR_SIZE * 0.72, f"{which}Tanggal {format_date(stamp.tanggal)}"
        )
        canvas.drawRightString(
            self.setup.width - self.setup.right,
            QR_Y + QR_SIZE * 0.72,
            f"Halaman {page} dari {pages}",
        )
        canvas.drawString(
            text_x, QR_Y + QR_SIZE * 0.42, f"Kode verifikasi: {stamp.kode} · versi {stamp.versi}"
        )
        canvas.setFillColor(colors.Color(0.3, 0.3, 0.3))
        canvas.setFont(REGULAR, 7)
        canvas.drawString(
            text_x,
            QR_Y + QR_SIZE * 0.12,
            "Keaslian dan keutuhan dokumen ini dapat diperiksa dengan aplikasi "
            "Ujikon melalui kode verifikasi atau kode QR.",
        )
        canvas.restoreState()


@cache
def _qrencoder() -> ModuleType:
    """ReportLab's QR encoder (``reportlab.graphics.barcode.qrencoder``, plain Python that
    imports only ``re`` and ``itertools``), loaded from its file: importing it by name runs
    ``reportlab.graphics.barcode``, which imports and registers every barcode widget ReportLab
    has (about 10 ms of the first document in a process, for none of them)."""
    spec = importlib.util.find_spec("reportlab")
    if spec is not None and spec.origin is not None:
        path = Path(spec.origin).parent / "graphics" / "barcode" / "qrencoder.py"
        file_spec = importlib.util.spec_from_file_location("ujikon_qrencoder", path)
        # A bundle without ReportLab's sources (packaging/ujikon.spec ships this one file)
        # imports it by name below.
        if path.is_file() and file_spec is not None and file_spec.loader is not None:
            module = importlib.util.module_from_spec(file_spec)
            file_spec.loader.exec_module(module)
            return module
    from reportlab.graphics.barcode import qrencoder

    return qrencoder


@lru_cache(maxsize=64)
def qr_path(value: str) -> PDFPathObject:
    """The QR code of ``value`` (error correction M, no quiet zone) as one path of rectangles
    in a ``QR_SIZE`` square with its origin at the bottom left: one rectangle per run of dark
    modules in a row, as ReportLab's QrCodeWidget draws them, but built once per value (every
    page of a document carries the same code) and drawn as one filled path, not a drawing of a
    hundred shapes rendered again on every page. Vector, so it prints sharp."""
    encoder = _qrencoder()
    qr = encoder.QRCode(None, encoder.QRErrorCorrectLevel.M)
    qr.addData(value)
    qr.make()
    count = qr.getModuleCount()
    box = QR_SIZE / count
    path = PDFPathObject()
    for r, row in enumerate(qr.modules):
        c = 0
        while c < count:
            if not row[c]:
                c += 1
                continue
            start = c
            while c < count and row[c]:
                c += 1
            path.rect(start * box, QR_SIZE - (r + 1) * box, (c - start) * box, box)
    return path


class _PdfTime:
    """What ReportLab's document reads of its TimeStamp for CreationDate and ModDate."""

    def __init__(self, when: datetime) -> None:
        offset = when.utcoffset()
        minutes = int(offset.total_seconds() // 60) if offset is not None else 0
        self.YMDhms = (when.year, when.month, when.day, when.hour, when.minute, when.second)
        self.dhh, self.dmm = int(minutes / 60), abs(minutes) % 60
        self.t = when.timestamp() if offset is not None else when.replace(tzinfo=UTC).timestamp()


def creation_time(stamp: Stamp | None, created: datetime | None = None) -> datetime:
    """``created``, else the stamp's time (its date at midnight when it has none), else now."""
    if created is not None:
        return created
    if stamp is not None:
        return stamp.created or datetime.combine(stamp.tanggal, time())
    return datetime.now().astimezone()


def _canvas_maker(deco: _Decorations, created: datetime):
    class _FooterCanvas(Canvas):
        """Keeps every finished page until ``save``, then draws each footer with the page
        count (the usual ReportLab recipe for "page X of Y")."""

        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            # invariant=1 keeps the document id a digest of the content; the date is ours.
            self._doc._timeStamp = _PdfTime(created)  # type: ignore[attr-defined]
            self._kept: list[dict] = []

        def showPage(self) -> None:
            self._kept.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]

        def save(self) -> None:
            pages = len(self._kept)
            for number, state in enumerate(self._kept, start=1):
                self.__dict__.update(state)
                deco.footer(self, number, pages)
                super().showPage()
            super().save()

    return _FooterCanvas


def office_name() -> str:
    """The author of every document: the office, as its kop names it, and the badan publik."""
    return f"{settings.value(KOP_INSTANSI)} — {settings.value(NAMA_BADAN_PUBLIK)}"


def build_pdf(
    story: list,
    setup: PageSetup,
    stamp: Stamp | None,
    title: str,
    subject: str = "",
    created: datetime | None = None,
) -> bytes:
    """Lay ``story`` out on the office's paper and return the PDF bytes. ``created``: the
    creation date of the metadata (default: see ``creation_time``). The output is the same for
    the same input and creation date (no random document id)."""
    register_fonts()
    # A table sets its cells' font on the canvas before drawing each cell, even one holding a
    # paragraph or an image; by default that is Helvetica, which the PDF would then name
    # without embedding it. The documents' tables draw no text in it, so any face of ours will
    # do. (Process-wide, and Ujikon is ReportLab's only user in its process.)
    CellStyle.fontname = REGULAR
    # Streams (pages, fonts, images) are compressed; ASCII85 on top would only make them a
    # quarter larger and cost a pure-Python encoding pass over every byte.
    rl_config.useA85 = 0
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
    deco = _Decorations(setup, stamp)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=deco.page_start)])
    doc.build(story, canvasmaker=_canvas_maker(deco, creation_time(stamp, created)))
    return buffer.getvalue()
