"""Printing a stored PDF onto a real printer.

The stored PDF itself is printed (never a re-layout), so paper and PDF always match:
- on Windows, and for PDF output, each page is rendered with QtPdf at the printer's
  resolution (at most 300 dpi) and drawn onto the printer's full page;
- on a CUPS system (Linux, macOS) the PDF file is handed to the queue as it is (``lp``), which
  keeps the text vector-sharp; copies, page range and the exact paper size go with it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QSize,
    QSizeF,
)
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from ui.print_job import PrintJob as PrintJob  # re-exported: where it was first defined

MM_PER_POINT = 25.4 / 72
# Raster resolution used when the printer reports more: 300 dpi is sharp on paper and keeps a
# page under a quarter of a second (TOOLCHAIN.md: 600 dpi costs about a second a page).
MAX_DPI = 300

translate = QCoreApplication.translate


class PrintError(Exception):
    """Printing failed; the message is in the window's language and says what to check."""


def page_size_for(points: QSizeF) -> QPageSize:
    """The exact page size of a PDF page (F4 must not snap to a near US size)."""
    mm = QSizeF(points.width() * MM_PER_POINT, points.height() * MM_PER_POINT)
    return QPageSize(
        mm,
        QPageSize.Unit.Millimeter,
        "",
        QPageSize.SizeMatchPolicy.FuzzyOrientationMatch
        if _is_standard(mm)
        else QPageSize.SizeMatchPolicy.ExactMatch,
    )


def _is_standard(mm: QSizeF) -> bool:
    a4 = QPageSize(QPageSize.PageSizeId.A4).size(QPageSize.Unit.Millimeter)
    return abs(mm.width() - a4.width()) < 1 and abs(mm.height() - a4.height()) < 1


class LoadedPdf:
    """A PDF held in memory for QtPdf (the buffer must outlive the document)."""

    def __init__(self, pdf: bytes) -> None:
        self._data = QByteArray(pdf)
        self._buffer = QBuffer()
        self._buffer.setData(self._data)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument()
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready or self.document.pageCount() < 1:
            raise PrintError(translate("Printing", "Berkas PDF tidak dapat dibaca untuk dicetak."))

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def page_points(self, page: int) -> QSizeF:
        return self.document.pagePointSize(page)


def default_printer() -> QPrinter | None:
    """The system's default printer, or None when no printer is installed."""
    info = QPrinterInfo.defaultPrinter()
    if info.isNull():
        names = QPrinterInfo.availablePrinterNames()
        if not names:
            return None
        info = QPrinterInfo.printerInfo(names[0])
    return QPrinter(info, QPrinter.PrinterMode.HighResolution)


def prepare_printer(printer: QPrinter, first_page: QSizeF) -> None:
    """Paper = the document's own page size, no margins: the PDF already has them."""
    printer.setFullPage(True)
    printer.setPageLayout(
        QPageLayout(
            page_size_for(first_page), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)
        )
    )


def paper_note(printer: QPrinter, first_page: QSizeF) -> str | None:
    """What to tell the clerk when the paper chosen in the print dialog is not the
    document's own (an F4 letter on A4): it is scaled to fit, and by how much."""
    paper = printer.pageLayout().pageSize().size(QPageSize.Unit.Millimeter)
    own = QSizeF(first_page.width() * MM_PER_POINT, first_page.height() * MM_PER_POINT)
    if abs(paper.width() - own.width()) <= 1 and abs(paper.height() - own.height()) <= 1:
        return None
    scale = min(paper.width() / own.width(), paper.height() / own.height())
    return translate(
        "Printing",
        "Dokumen berukuran {lebar} × {tinggi} mm ({nama}) dicetak pada kertas "
        "{lebar_kertas} × {tinggi_kertas} mm ({nama_kertas}), sehingga diperkecil menjadi "
        "{skala} agar muat. Untuk ukuran aslinya, pilih kertas yang sama di dialog cetak.",
    ).format(
        lebar=f"{own.width():.0f}",
        tinggi=f"{own.height():.0f}",
        nama=_paper_name(own),
        lebar_kertas=f"{paper.width():.0f}",
        tinggi_kertas=f"{paper.height():.0f}",
        nama_kertas=_paper_name(paper),
        skala=f"{scale:.0%}",
    )


def _paper_name(mm: QSizeF) -> str:
    papers = (("A4", (210, 297)), ("F4", (215, 330)), ("Letter", (216, 279)))  # notr: paper names
    for name, (w, h) in papers:
        if abs(mm.width() - w) <= 1 and abs(mm.height() - h) <= 1:
            return name
    return translate("Printing", "ukuran lain")


def _cups_queue(printer: QPrinter) -> str | None:
    """The CUPS queue to hand the PDF to, or None to draw the pages through Qt."""
    if sys.platform == "win32" or printer.outputFormat() != QPrinter.OutputFormat.NativeFormat:
        return None
    if not printer.printerName() or shutil.which("lp") is None:
        return None
    return printer.printerName()


def _print_with_cups(
    queue: str, printer: QPrinter, job: PrintJob, pdf: LoadedPdf, first: int, last: int
) -> int:
    # The paper chosen in the print dialog (by default the document's own size); a document
    # printed on other paper (F4 on A4) is scaled to fit rather than cut off.
    paper = printer.pageLayout().pageSize().size(QPageSize.Unit.Millimeter)
    points = pdf.page_points(0)
    own = QSizeF(points.width() * MM_PER_POINT, points.height() * MM_PER_POINT)
    media = f"Custom.{paper.width():.0f}x{paper.height():.0f}mm"  # notr: a CUPS option
    fit = abs(paper.width() - own.width()) > 1 or abs(paper.height() - own.height()) > 1
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "dokumen.pdf"
        path.write_bytes(job.pdf)
        command = [
            "lp",
            "-d",
            queue,
            "-t",
            job.title,
            "-n",
            str(max(1, printer.copyCount())),
            "-o",
            f"media={media}",
        ]
        if fit:
            command += ["-o", "fit-to-page"]
        if (first, last) != (1, pdf.page_count):
            command += ["-P", f"{first}-{last}"]  # notr: lp's option
        try:
            result = subprocess.run(
                [*command, str(path)], capture_output=True, text=True, timeout=60, check=False
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise PrintError(
                translate("Printing", "Antrean cetak {antrean} tidak menjawab ({galat}).").format(
                    antrean=queue, galat=exc
                )
            ) from exc
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip()
        raise PrintError(
            translate("Printing", "Printer {antrean} menolak pekerjaan cetak: {rincian}").format(
                antrean=queue, rincian=detail
            )
        )
    return last - first + 1


def print_pdf(
    printer: QPrinter,
    job: PrintJob,
    progress: Callable[[int, int], bool] | None = None,
    pages: tuple[int, int] | None = None,
) -> int:
    """Print ``job`` on ``printer``. ``pages`` is a 1-based inclusive range (the dialog's page
    range); ``progress(done, total)`` returning False cancels between pages. Returns the
    number of pages sent. Raises ``PrintError`` with a message for the user."""
    pdf = LoadedPdf(job.pdf)
    first, last = pages or (1, pdf.page_count)
    first, last = max(1, first), min(pdf.page_count, last)
    if first > last:
        raise PrintError(
            translate(
                "Printing", "Rentang halaman tidak ada; dokumen ini %n halaman.", "", pdf.page_count
            )
        )
    queue = _cups_queue(printer)
    if queue is not None:
        sent = _print_with_cups(queue, printer, job, pdf, first, last)
        if progress is not None:
            progress(sent, sent)
        return sent
    if not printer.docName():
        printer.setDocName(job.title)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(
            translate(
                "Printing",
                "Printer tidak dapat dimulai. Periksa apakah printer menyala, "
                "tersambung, dan tidak sedang bermasalah.",
            )
        )
    sent = 0
    try:
        dpi = min(printer.resolution(), MAX_DPI)
        total = last - first + 1
        for index in range(first - 1, last):
            if sent:
                printer.newPage()
            points = pdf.page_points(index)
            size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            image = pdf.document.render(index, size)
            target = printer.pageLayout().fullRectPixels(printer.resolution())
            painter.drawImage(target, image)
            sent += 1
            if progress is not None and not progress(sent, total):
                printer.abort()
                break
    finally:
        painter.end()
    return sent
