"""Two small bar charts drawn with QPainter for the dashboard: cases finished per month
(columns), and the average working days of each step against the SOP's limit (horizontal
bars with the limit marked).

Why not QtCharts: it ships only in the ``pyside6-addons`` wheel, which the application does
not install otherwise (README, "Dasbor"); two bar charts are a hundred lines of painting.
The widgets are given plain values (``set_values``), never a query: what they draw was counted
by ``app.reports.dashboard``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

BAR = QColor("#3d6fb6")
BAR_OVER = QColor("#b02a37")  # an average over its limit
LIMIT = QColor("#495057")
GRID = QColor("#dee2e6")
TEXT = QColor("#212529")
MUTED = QColor("#6c757d")


@dataclass(frozen=True)
class Bar:
    label: str  # under a column, or left of a horizontal bar
    value: float | None  # None: nothing to draw (no run in the period)
    text: str  # the value as written beside the bar
    limit: float | None = None  # a marker (the SOP's limit), for horizontal bars
    tooltip: str = ""


class _Chart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: tuple[Bar, ...] = ()
        self._empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 150)
        self.setMouseTracking(True)

    def set_values(self, bars: Sequence[Bar], empty_text: str = "") -> None:
        """What to draw; ``empty_text`` is written instead when there is nothing."""
        self._bars = tuple(bars)
        self._empty_text = empty_text
        self.update()

    def bars(self) -> tuple[Bar, ...]:
        return self._bars

    def sizeHint(self) -> QSize:
        return QSize(380, 210)

    def _small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        return font

    def bar_at(self, pos: QPointF) -> int | None:
        """The index of the bar under ``pos`` (its column or its row), or None."""
        if not self._bars or not self.rect().contains(pos.toPoint()):
            return None
        along = pos.x() / max(self.width(), 1) if self._columns else pos.y() / max(self.height(), 1)
        return min(int(along * len(self._bars)), len(self._bars) - 1)

    _columns = True

    def event(self, event: QEvent) -> bool:
        """A bar's tooltip while the mouse rests on it."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.bar_at(QPointF(event.pos()))
            bar = self._bars[index] if index is not None else None
            if bar is not None and bar.tooltip:
                QToolTip.showText(event.globalPos(), bar.tooltip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def _nothing(self, painter: QPainter) -> bool:
        if any(b.value is not None for b in self._bars):
            return False
        painter.setPen(MUTED)
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._empty_text)
        return True


class ColumnChart(_Chart):
    """Columns from a zero baseline, each labelled under it and its value above it."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._nothing(painter):
            return
        font = self._small_font()
        painter.setFont(font)
        metrics = QFontMetrics(font)
        line = metrics.height()
        area = QRectF(self.rect()).adjusted(4, line + 4, -4, -(line + 6))
        top = max((b.value or 0) for b in self._bars) or 1
        slot = area.width() / len(self._bars)
        width = max(4.0, slot * 0.62)
        painter.setPen(QPen(GRID, 1))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        for index, bar in enumerate(self._bars):
            x = area.left() + index * slot
            centre = x + slot / 2
            height = area.height() * (bar.value or 0) / top
            rect = QRectF(centre - width / 2, area.bottom() - height, width, height)
            painter.fillRect(rect, BAR)
            if bar.value:
                painter.setPen(TEXT)
                painter.drawText(
                    QRectF(x, rect.top() - line - 2, slot, line),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                    bar.text,
                )
            painter.setPen(MUTED)
            painter.drawText(
                QRectF(x, area.bottom() + 3, slot, line),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                bar.label,
            )
        painter.end()


class LimitBarChart(_Chart):
    """Horizontal bars, one a row: the label on the left, the bar, a vertical mark at its
    limit, and the value written after both. A bar longer than its limit is red."""

    _columns = False

    def sizeHint(self) -> QSize:
        return QSize(420, 210)

    def label_width(self, metrics: QFontMetrics) -> int:
        widest = max((metrics.horizontalAdvance(b.label) for b in self._bars), default=0)
        return min(widest + 8, int(self.width() * 0.42))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._nothing(painter):
            return
        font = self._small_font()
        painter.setFont(font)
        metrics = QFontMetrics(font)
        labels = self.label_width(metrics)
        texts = max(metrics.horizontalAdvance(b.text) for b in self._bars) + 8
        area = QRectF(self.rect()).adjusted(labels, 4, -texts, -4)
        top = max(max(b.value or 0, b.limit or 0) for b in self._bars) or 1
        row = area.height() / len(self._bars)
        thickness = max(4.0, min(row * 0.6, 22.0))
        for index, bar in enumerate(self._bars):
            y = area.top() + index * row
            middle = y + row / 2
            painter.setPen(TEXT)
            label_rect = QRectF(0, y, labels - 6, row)
            painter.drawText(
                label_rect,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(labels - 6)),
            )
            length = area.width() * (bar.value or 0) / top
            over = bar.limit is not None and bar.value is not None and bar.value > bar.limit
            painter.fillRect(
                QRectF(area.left(), middle - thickness / 2, length, thickness),
                BAR_OVER if over else BAR,
            )
            end = area.left() + length
            if bar.limit is not None:
                x = area.left() + area.width() * bar.limit / top
                painter.setPen(QPen(LIMIT, 2))
                painter.drawLine(
                    int(x), int(middle - thickness / 2 - 3), int(x), int(middle + thickness / 2 + 3)
                )
                end = max(end, x)
            painter.setPen(TEXT if bar.value is not None else MUTED)
            painter.drawText(
                QRectF(end + 4, y, texts + area.right() - end, row),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                bar.text,
            )
        painter.end()
