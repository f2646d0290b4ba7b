"""``main.py gui --soak N`` (hidden): the background runner's self-test in the real window.

N rounds, each through the window's own actions as a clerk would use them:
- *Cadangkan* (``backup_action``): the backup dialog opens, gets a folder, its *Cadangkan*
  button runs a verified backup behind the progress dialog, the backup is recorded, the
  dialog is closed;
- *Cetak…* in the Dokumen tab of a case with a finalised document: the print dialog is
  accepted as it is and the document goes, behind the progress dialog, to the default
  printer: the CUPS queue ``PDF`` where there is one, else a PDF file printer (then each
  file is read back); the print is recorded in the history.

Then one more backup starts, holds after its first step until it is cancelled, and *Keluar*
(``quit_action``, Ctrl+Q) closes the window: the quit path must cancel that backup and wait
for it while the database is still open, and the cancelled backup must leave no file. Any
message box that comes up is a problem (its text is reported, the box closed). One line per
job on stdout; problems on stderr and exit status 1.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import archive, workspace
from app.changes import ChangeSet
from app.documents import read
from ui import document_actions
from ui.dialogs.backup import BackupDialog
from ui.printing import LoadedPdf
from ui.runner import JobOutcome, Report, Runner

HOLD_SECONDS = 20.0  # the last backup holds at most this long for the quit path's cancel
MODAL_TRIES = 500  # how many turns of the event loop a dialog may take to come up
CUPS_QUEUE = "PDF"


class Soak:
    def __init__(self, window: QWidget, runner: Runner, rounds: int) -> None:
        self._window = window
        self._runner = runner
        self._rounds = rounds
        self._actor = window.session.actor  # type: ignore[attr-defined]
        self._folder = Path(tempfile.mkdtemp(prefix="ujikon-soak-"))
        self._problems: list[str] = []
        self._last: JobOutcome | None = None
        self._open_when_last_ended = False
        self._printed: list[ChangeSet] = []
        self._file_printer = CUPS_QUEUE not in QPrinterInfo.availablePrinterNames()

    def _problem(self, text: str) -> None:
        self._problems.append(text)
        print(f"soak: MASALAH: {text}", file=sys.stderr)

    # -- dialogs --------------------------------------------------------------------------
    def _when_modal(self, kind: type, act: Callable[[QWidget], None], tries: int = 0) -> None:
        """Once a modal dialog of ``kind`` is up (inside the event loop of its ``exec``),
        ``act`` on it."""
        modal = QApplication.activeModalWidget()
        if isinstance(modal, kind):
            act(modal)
            return
        if tries >= MODAL_TRIES:
            self._problem(f"{kind.__name__} tidak muncul")
            return
        QTimer.singleShot(1, lambda: self._when_modal(kind, act, tries + 1))

    def _close_message_boxes(self) -> None:
        """A message box in the middle of a job (a failure, a cancel) is a problem; it is
        closed, or it would wait for a click for ever."""
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QMessageBox) and modal.isVisible():
            self._problem(f"pesan muncul: {modal.windowTitle()}: {modal.text()}")
            modal.done(QMessageBox.StandardButton.No)

    # -- the rounds -----------------------------------------------------------------------
    def run(self) -> None:
        window = self._window
        boxes = QTimer(window)
        boxes.timeout.connect(self._close_message_boxes)
        boxes.start(50)
        printing = self._open_case_with_final()
        before = archive.last_backup()
        for n in range(1, self._rounds + 1):
            self._when_modal(BackupDialog, self._drive_backup)
            window.backup_action.trigger()  # type: ignore[attr-defined]
            last = archive.last_backup()
            if last is None or (before is not None and last.path == before.path):
                self._problem(f"cadangan {n} tidak tercatat")
            else:
                print(f"soak: cadangan {n}: {Path(last.path).name} {last.sha256[:16]}")
            before = last
            if printing:
                self._print(n)
        self._runner.start(
            "Uji: cadangan saat keluar", lambda report: self._backup(report)
        ).finished.connect(self._last_ended)
        window.quit_action.trigger()  # type: ignore[attr-defined]

    def _drive_backup(self, dialog: QWidget) -> None:
        assert isinstance(dialog, BackupDialog)
        dialog.folder.setText(str(self._folder / "cadangan"))
        dialog.backup_button.click()  # the backup runs behind its progress dialog
        dialog.accept()

    def _open_case_with_final(self) -> bool:
        """Open, in the case list, the first case with a finalised document, and select that
        document in the Dokumen tab; False (a problem) when there is none."""
        window = self._window
        cases = window.case_list  # type: ignore[attr-defined]
        view = window.case_view  # type: ignore[attr-defined]
        for row in range(cases.model.rowCount()):
            case_id = cases.model.case_id(row)
            if not read.finals_of(case_id):
                continue
            cases.select_case(case_id)
            view.tabs.setCurrentWidget(view.documents)
            panel = view.documents
            for index, doc in enumerate(panel.model.rows()):
                if doc.in_force:
                    panel.view.selectRow(index)
                    if panel.print_button.isEnabled():
                        panel.changed.connect(self._printed.append)
                        if self._file_printer:
                            document_actions.default_printer = self._pdf_file_printer
                        return True
        self._problem("tidak ada kasus dengan dokumen final yang boleh dicetak")
        return False

    def _pdf_file_printer(self, printer: QPrinter | None = None) -> QPrinter:
        printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self._folder / f"cetak-{len(self._printed) + 1}.pdf"))
        return printer

    def _print(self, n: int) -> None:
        panel = self._window.case_view.documents  # type: ignore[attr-defined]
        recorded = len(self._printed)
        self._when_modal(QPrintDialog, self._accept_print_dialog)
        panel.print_button.click()  # the print dialog, then the job behind its progress
        if len(self._printed) != recorded + 1:
            self._problem(f"cetak {n}: tidak tercatat di riwayat")
            return
        if not self._file_printer:
            print(f"soak: cetak {n}: antrean {CUPS_QUEUE}")
            return
        target = self._folder / f"cetak-{n}.pdf"
        pages = LoadedPdf(target.read_bytes()).page_count if target.exists() else 0
        print(f"soak: cetak {n}: {target.name}, {pages} halaman")
        if pages < 1:
            self._problem(f"cetak {n}: berkas {target.name} kosong")

    def _accept_print_dialog(self, dialog: QWidget) -> None:
        """*Cetak* as it is; with the PDF file printer, the file chosen in the dialog (its
        printer list may have put a system printer in the file printer's place)."""
        assert isinstance(dialog, QPrintDialog)
        if self._file_printer:
            self._pdf_file_printer(dialog.printer())
            dialog.done(QPrintDialog.DialogCode.Accepted)
        else:
            dialog.accept()

    # -- the last backup, running while the window closes ---------------------------------
    def _backup(self, report: Report) -> archive.BackupResult:
        def progress(done: int, total: int, text: str) -> bool:
            if report(done, total, text):
                report.wait(HOLD_SECONDS)  # until the quit path cancels this backup
            return not report.cancelled()

        return archive.backup(
            self._actor,
            self._folder / "cadangan",
            progress=progress,
            cancelled=report.cancelled,
            record=False,
        )

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
        folder = self._folder / "cadangan"
        leftovers = sorted(p.name for p in folder.glob("*.part")) if folder.exists() else []
        if leftovers:
            self._problem(f"berkas cadangan setengah jadi tertinggal: {leftovers}")
        shutil.rmtree(self._folder, ignore_errors=True)
        if self._problems:
            return 1
        print(f"soak: {self._rounds} cadangan, {len(self._printed)} cetak: baik")
        return 0
