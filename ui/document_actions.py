"""What the user can do with a PDF in hand: print it (Qt print dialog), save it, open it in
the system viewer. Shared by the documents tab and the preview window."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Sequence
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from app.changes import NOTHING, ChangeSet
from app.documents import store
from app.permissions import Actor
from ui import folders
from ui.messages import attempt, show_bug
from ui.printing import (
    LoadedPdf,
    PrintError,
    PrintJob,
    default_printer,
    paper_note,
    prepare_printer,
    print_pdf,
)
from ui.runner import run_with_progress

translate = QCoreApplication.translate


def safe_filename(title: str) -> str:
    name = re.sub(r"[^\w\-. ]+", "-", title).strip(" -.")
    return (name or "dokumen")[:120] + ".pdf"


def save_pdf(parent: QWidget | None, job: PrintJob, folder: Path | None = None) -> Path | None:
    start = str((folder or folders.start_folder(folders.SAVE_PDF)) / safe_filename(job.title))
    path, _ = QFileDialog.getSaveFileName(
        parent,
        translate("DocumentActions", "Simpan PDF"),
        start,
        "PDF (*.pdf)",  # notr: the same in every language
    )
    if not path:
        return None
    folders.remember(folders.SAVE_PDF, path)
    try:
        Path(path).write_bytes(job.pdf)
    except OSError as exc:
        QMessageBox.warning(
            parent,
            translate("DocumentActions", "Simpan PDF"),
            translate(
                "DocumentActions", "Berkas tidak dapat disimpan di\n{path}\n\n{alasan}."
            ).format(path=path, alasan=exc.strerror),
        )
        return None
    return Path(path)


def open_in_viewer(parent: QWidget | None, job: PrintJob) -> Path | None:
    """Write a temporary copy and open it with the system's PDF viewer."""
    folder = Path(tempfile.mkdtemp(prefix="ujikon-"))
    path = folder / safe_filename(job.title)
    path.write_bytes(job.pdf)
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        QMessageBox.warning(
            parent,
            translate("DocumentActions", "Buka PDF"),
            translate(
                "DocumentActions",
                "Tidak ada aplikasi penampil PDF di komputer ini. Simpan PDF lalu "
                "buka dengan aplikasi lain.",
            ),
        )
        return None
    return path


def print_jobs(
    parent: QWidget | None, jobs: Sequence[PrintJob], actor: Actor | None = None
) -> ChangeSet:
    """Ask for a printer (Qt print dialog), then print every job off the GUI thread with a
    progress dialog; the history notes each finalised document printed (as ``actor``). A
    cancelled dialog or a printer fault prints nothing more and says why. The documents
    themselves are never changed by printing. Returns what the print record changed."""
    if not jobs:
        return NOTHING
    printer = default_printer()
    if printer is None:
        QMessageBox.warning(
            parent,
            translate("DocumentActions", "Cetak"),
            translate(
                "DocumentActions",
                "Tidak ada printer yang terpasang di komputer ini. Pasang printer, "
                "atau simpan PDF dan cetak dari komputer lain.",
            ),
        )
        return NOTHING
    try:
        first = LoadedPdf(jobs[0].pdf)
    except PrintError as exc:
        QMessageBox.warning(parent, translate("DocumentActions", "Cetak"), str(exc))
        return NOTHING
    prepare_printer(printer, first.page_points(0))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(
        translate("DocumentActions", "Cetak {dokumen}").format(dokumen=jobs[0].title)
        if len(jobs) == 1
        else translate("DocumentActions", "Cetak %n dokumen", "", len(jobs))
    )
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, len(jobs) == 1)
    if len(jobs) == 1:
        dialog.setMinMax(1, first.page_count)
        printer.setFromTo(1, first.page_count)  # the page range offered covers every page
    accepted = dialog.exec() == QPrintDialog.DialogCode.Accepted
    # The dialog holds a pointer to ``printer``: it goes now, on this thread, before the
    # printer is handed to a worker and long before the printer itself goes.
    shiboken6.delete(dialog)
    del dialog
    if not accepted:
        return NOTHING
    pages = None
    if printer.printRange() == printer.PrintRange.PageRange and len(jobs) == 1:
        pages = (printer.fromPage(), printer.toPage())
    scaled = paper_note(printer, first.page_points(0))

    printed: list[tuple[PrintJob, int]] = []

    def work(report) -> int:
        sent = 0
        for n, job in enumerate(jobs, start=1):
            text = translate("DocumentActions", "Mencetak {dokumen} ({n}/{total})…").format(
                dokumen=job.title, n=n, total=len(jobs)
            )
            if not report(n - 1, len(jobs), text):
                break
            pages_sent = print_pdf(printer, job, pages=pages)
            printed.append((job, pages_sent))
            sent += pages_sent
        report(len(jobs), len(jobs), translate("DocumentActions", "Selesai"))
        return sent

    outcome = run_with_progress(parent, translate("DocumentActions", "Mencetak"), work)
    if isinstance(outcome.error, PrintError):
        QMessageBox.warning(
            parent,
            translate("DocumentActions", "Cetak gagal"),
            translate(
                "DocumentActions",
                "{galat}\n\nDokumen tetap tersimpan; cetak ulang setelah printer siap.",
            ).format(galat=outcome.error),
        )
        return NOTHING
    if outcome.error is not None:
        show_bug(parent, outcome.error)
        return NOTHING
    changes = NOTHING
    if actor is not None:  # the history notes what was printed, on the GUI thread
        where = printer.printerName() or printer.outputFileName()
        for job, pages_sent in printed:
            if job.document_id is not None:
                ok, recorded = attempt(
                    parent, store.record_print, actor, job.document_id, pages_sent, where
                )
                if ok:
                    changes = changes | recorded
    if scaled is not None and printed:
        _say_in_status_bar(parent, scaled)
    return changes


def _say_in_status_bar(parent: QWidget | None, text: str) -> None:
    """A note that needs no answer (the paper was scaled): in the window's status bar, not
    a box to click away after every print on an office's A4 printer."""
    window = parent.window() if parent is not None else None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 20000)
