"""Long work off the GUI thread, with a progress dialog and a cancel button.

``run_with_progress`` starts ``work(report)`` in a QThread; ``report(done, total, text)``
updates the dialog and returns False once the user pressed Batal, so the work stops between
units (a page, a document). The window keeps repainting meanwhile.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

Report = Callable[[int, int, str], bool]


class _Worker(QObject):
    progressed = Signal(int, int, str)
    done = Signal(object, object)  # result, exception

    def __init__(self, work: Callable[[Report], Any]) -> None:
        super().__init__()
        self._work = work
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    def _report(self, done: int, total: int, text: str = "") -> bool:
        self.progressed.emit(done, total, text)
        return not self._cancelled.is_set()

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self._report)
        except Exception as exc:  # handed to the GUI thread, shown there
            self.done.emit(None, exc)
            return
        self.done.emit(result, None)


class JobOutcome:
    def __init__(self, result: Any, error: BaseException | None, cancelled: bool) -> None:
        self.result, self.error, self.cancelled = result, error, cancelled


def run_with_progress(parent: QWidget | None, title: str,
                      work: Callable[[Report], Any]) -> JobOutcome:
    """Run ``work`` in a thread behind a modal progress dialog; wait for it (the event loop
    keeps running) and return what happened."""
    dialog = QProgressDialog(title, "Batal", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    thread = QThread()
    worker = _Worker(work)
    worker.moveToThread(thread)
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def progressed(done: int, total: int, text: str) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(done)
        if text:
            dialog.setLabelText(text)

    def finished(result: Any, error: BaseException | None) -> None:
        outcome.update(result=result, error=error)
        thread.quit()

    worker.progressed.connect(progressed, Qt.ConnectionType.QueuedConnection)
    worker.done.connect(finished, Qt.ConnectionType.QueuedConnection)
    dialog.canceled.connect(worker.cancel, Qt.ConnectionType.DirectConnection)
    thread.started.connect(worker.run)
    thread.finished.connect(loop.quit)
    thread.start()
    loop.exec()
    thread.wait()
    cancelled = dialog.wasCanceled()
    dialog.close()
    dialog.deleteLater()
    worker.deleteLater()
    return JobOutcome(outcome.get("result"), outcome.get("error"), cancelled)
