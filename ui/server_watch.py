"""The other PCs' work, shown as it happens (a server database): a ``Listener`` of
``app.workspace.change_listener`` waits for notices on a thread of its own; each reaches the
window as a queued signal, as the ``ChangeSet`` it redraws from after its own commands.

A file has no other writers to hear: no watcher then. When the server stops answering, the
watcher says so (``reachable(False)``) and tries again every few seconds.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from app import workspace

WAIT_S = 0.5  # how long one wait for notices lasts (the stop is seen that often)
RETRY_S = 3.0  # after the server did not answer


class _Worker(QObject):
    notice = Signal(str)
    reachable = Signal(bool)

    def __init__(self, listener: Any) -> None:
        super().__init__()
        self._listener = listener
        self._stop = threading.Event()

    @Slot()
    def run(self) -> None:
        was_reachable = True
        while not self._stop.is_set():
            payloads = self._listener.wait(WAIT_S)
            if payloads is None:
                if was_reachable:
                    self.reachable.emit(False)
                was_reachable = False
                self._stop.wait(RETRY_S)
                continue
            if not was_reachable:
                self.reachable.emit(True)
                was_reachable = True
            for payload in payloads:
                self.notice.emit(payload)
        self._listener.close()

    def stop(self) -> None:
        self._stop.set()


class ServerWatch(QObject):
    """Emits ``changed(ChangeSet)`` for every change another PC commits, and
    ``reachable(bool)`` when the server stops or starts answering again."""

    changed = Signal(object)
    reachable = Signal(bool)

    def __init__(self, listener: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("ujikon-server-watch")
        self._worker = _Worker(listener)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.notice.connect(self._on_notice)  # queued: this object is on the GUI thread
        self._worker.reachable.connect(self.reachable)
        self._thread.start()

    @Slot(str)
    def _on_notice(self, payload: str) -> None:
        changes = workspace.changes_of_notice(payload)
        if changes is not None:
            self.changed.emit(changes)

    def stop(self) -> None:
        """End the thread (waits for its current wait, at most ``WAIT_S``)."""
        self._worker.stop()
        self._thread.quit()
        self._thread.wait()


def watch_server(parent: QObject) -> ServerWatch | None:
    """A watcher for the open database when it is a server's; None for a file."""
    listener = workspace.change_listener()
    return ServerWatch(listener, parent) if listener is not None else None
