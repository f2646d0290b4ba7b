"""``after_first_paint``: run something once a widget has painted for the first time (what
can wait for the first frame: the database's opening behind the login dialog, the checks
after the main window shows)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then: Callable[[], None] | None = then
        widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            then, self._then = self._then, None
            obj.removeEventFilter(self)
            QTimer.singleShot(0, then)  # once this paint is over
            self.deleteLater()
        return False


def after_first_paint(widget: QWidget, then: Callable[[], None]) -> None:
    """Run ``then`` once ``widget`` has painted for the first time."""
    _FirstPaint(widget, then)
