"""The print path: a stored PDF printed through ``ui.printing`` — to a PDF file via Qt (the
raster path Windows uses) and to a real CUPS queue with the CUPS-PDF backend (the vector
path). The CUPS test runs when a queue named PDF exists; CI sets UJIKON_REQUIRE_CUPS=1 and
installs one, so there it cannot be skipped."""

from __future__ import annotations

import io
import os
import time

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from tests.ui.support import cups_pdf_files, cups_pdf_out_dir, wait_for_output
from ui.printing import LoadedPdf, PrintError, PrintJob, prepare_printer, print_pdf

F4_POINTS = (215 * 72 / 25.4, 330 * 72 / 25.4)


def make_pdf(pages: int, marker: str) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(215 * mm, 330 * mm))
    for n in range(1, pages + 1):
        c.setFont("Helvetica", 14)
        c.drawString(30 * mm, 300 * mm, f"{marker} halaman {n}")
        c.showPage()
    c.save()
    return buf.getvalue()


def test_printing_to_a_pdf_file_keeps_pages_and_f4_size(qapp, tmp_path):
    out = tmp_path / "cetak.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    job = PrintJob("uji", make_pdf(3, "RASTER"))
    prepare_printer(printer, LoadedPdf(job.pdf).page_points(0))
    assert print_pdf(printer, job) == 3
    reader = PdfReader(out)
    assert len(reader.pages) == 3
    box = reader.pages[0].mediabox
    # Qt rounds page sizes to whole points: 215 × 330 mm is 609 × 935 pt.
    assert abs(float(box.width) - F4_POINTS[0]) < 1.0
    assert abs(float(box.height) - F4_POINTS[1]) < 1.0


def test_a_page_range_prints_only_those_pages(qapp, tmp_path):
    out = tmp_path / "rentang.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    job = PrintJob("rentang", make_pdf(5, "RENTANG"))
    prepare_printer(printer, LoadedPdf(job.pdf).page_points(0))
    assert print_pdf(printer, job, pages=(2, 3)) == 2
    assert len(PdfReader(out).pages) == 2
    with pytest.raises(PrintError, match="5 halaman"):
        print_pdf(printer, job, pages=(7, 9))


def test_cancelling_between_pages_stops_the_job(qapp, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "batal.pdf"))
    job = PrintJob("batal", make_pdf(4, "BATAL"))
    assert print_pdf(printer, job, progress=lambda done, total: done < 2) == 2


def test_a_broken_pdf_gives_a_message_not_a_crash(qapp):
    with pytest.raises(PrintError, match="tidak dapat dibaca"):
        LoadedPdf(b"bukan pdf")


def print_to_cups(queue: str, job: PrintJob) -> PdfReader:
    out_dir = cups_pdf_out_dir(queue)
    before = cups_pdf_files(queue)
    printer = QPrinter(QPrinterInfo.printerInfo(queue), QPrinter.PrinterMode.HighResolution)
    prepare_printer(printer, LoadedPdf(job.pdf).page_points(0))
    assert print_pdf(printer, job) == len(PdfReader(io.BytesIO(job.pdf)).pages)
    return wait_for_output(out_dir, before, job.title)


def test_printing_to_a_cups_queue_keeps_page_count_and_text(cups_pdf_queue):
    job = PrintJob(f"ujikon-cups-{os.getpid()}-{time.time_ns()}", make_pdf(2, "CUPSUJI"))
    reader = print_to_cups(cups_pdf_queue, job)
    assert len(reader.pages) == 2
    assert "CUPSUJI halaman 2" in reader.pages[1].extract_text()
