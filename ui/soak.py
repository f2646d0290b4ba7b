"""``main.py gui --soak N`` (hidden): the background runner's self-test in the real window.

N rounds of a verified backup and a print-to-file job (a two-page PDF at the printer's
resolution), each through the runner behind its progress dialog, as the user would wait for
them. Then one more backup starts, holds after its first step until it is cancelled, and the
application is asked to quit: the quit path must cancel that backup and wait for it while
the database is still open, and the cancelled backup must leave no file. One line per job on
stdout; problems on stderr and exit status 1.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QPointF
from PySide6.QtGui import QPageSize, QPainter, QPdfWriter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QWidget

from app import archive, workspace
from ui.printing import LoadedPdf, PrintJob, prepare_printer, print_pdf
from ui.runner import JobOutcome, Report, Runner

HOLD_SECONDS = 20.0  # the last backup holds at most this long for the quit path's cancel


def sample_pdf(pages: int = 2) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(300)
    painter = QPainter(writer)
    for n in range(pages):
        if n:
            writer.newPage()
        painter.drawText(QPointF(300, 400), f"Ujikon: uji pekerjaan latar, halaman {n + 1}")
    painter.end()
    buffer.close()
    return bytes(buffer.data())


class Soak:
    def __init__(self, window: QWidget, runner: Runner, rounds: int) -> None:
        self._window = window
        self._runner = runner
        self._rounds = rounds
        self._actor = window.session.actor
        self._folder = Path(tempfile.mkdtemp(prefix="ujikon-soak-"))
        self._problems: list[str] = []
        self._last: JobOutcome | None = None
        self._open_when_last_ended = False

    def _problem(self, text: str) -> None:
        self._problems.append(text)
        print(f"soak: MASALAH: {text}", file=sys.stderr)

    def _backup(self, report: Report, hold: bool = False) -> archive.BackupResult:
        def progress(done: int, total: int, text: str) -> bool:
            go = report(done, total, text)
            if hold and go:
                report.wait(HOLD_SECONDS)  # until the quit path cancels this backup
                return not report.cancelled()
            return go

        return archive.backup(
            self._actor,
            self._folder / "cadangan",
            progress=progress,
            cancelled=report.cancelled,
            record=False,
        )

    def run(self) -> None:
        pdf = sample_pdf()
        for n in range(1, self._rounds + 1):
            outcome = self._runner.run_with_progress(
                self._window, f"Uji: cadangan {n}", lambda report: self._backup(report)
            )
            if outcome.error is not None or outcome.cancelled:
                self._problem(f"cadangan {n}: {outcome.error!r}")
            else:
                print(
                    f"soak: cadangan {n}: {outcome.result.path.name} {outcome.result.sha256[:16]}"
                )
            self._print(n, pdf)
        job = self._runner.start(
            "Uji: cadangan saat keluar", lambda report: self._backup(report, hold=True)
        )
        job.finished.connect(self._last_ended)
        QApplication.quit()

    def _print(self, n: int, pdf: bytes) -> None:
        target = self._folder / f"cetak-{n}.pdf"
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        prepare_printer(printer, LoadedPdf(pdf).page_points(0))
        job = PrintJob(f"Uji cetak {n}", pdf, None)
        outcome = self._runner.run_with_progress(
            self._window,
            f"Uji: cetak {n}",
            lambda report: print_pdf(
                printer, job, progress=lambda done, total: report(done, total, "Mencetak…")
            ),
        )
        if outcome.error is not None or outcome.result != 2:
            self._problem(f"cetak {n}: {outcome.error!r}, {outcome.result} halaman")
            return
        pages = LoadedPdf(target.read_bytes()).page_count
        print(f"soak: cetak {n}: {target.name}, {pages} halaman")
        if pages != 2:
            self._problem(f"cetak {n}: berkas berisi {pages} halaman")

    def _last_ended(self, outcome: JobOutcome) -> None:
        self._last = outcome
        self._open_when_last_ended = workspace.current() is not None

    def result(self) -> int:
        """After the quit path: what happened to the last backup; the exit status."""
        last = self._last
        if last is None:
            self._problem("cadangan terakhir tidak selesai sebelum basis data ditutup")
        elif not isinstance(last.error, archive.BackupCancelled) or not last.cancelled:
            self._problem(f"cadangan terakhir tidak dibatalkan saat keluar: {last.error!r}")
        elif not self._open_when_last_ended:
            self._problem("basis data ditutup sebelum cadangan terakhir selesai")
        else:
            print("soak: keluar saat cadangan berjalan: dibatalkan dan ditunggu")
        backups = sorted(
            p.name
            for p in (self._folder / "cadangan").iterdir()
            if p.suffix == ".sqlite" or p.name.endswith(".part")
        )
        if len(backups) != self._rounds:
            self._problem(f"berkas cadangan tertinggal: {backups}")
        shutil.rmtree(self._folder, ignore_errors=True)
        if self._problems:
            return 1
        print(f"soak: {self._rounds} cadangan, {self._rounds} cetak: baik")
        return 0
