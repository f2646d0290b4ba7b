"""Input widgets that read and write plain Python values (``date | None``, ``str``, ids), so
forms can be built from the field catalogue in ``app.fields``."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.clock import today
from app.fields import FieldDef, Kind
from app.masterdata import list_officials
from app.phrases import structured
from ui.translation import app_text

EMPTY_DATE = QDate(1900, 1, 1)


class DateField(QDateEdit):
    """A date edit that can be empty: its minimum date stands for "not filled in"."""

    def __init__(self, parent: QWidget | None = None, allow_empty: bool = True) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd-MM-yyyy")  # notr: a date format
        self._allow_empty = allow_empty
        if allow_empty:
            self.setMinimumDate(EMPTY_DATE)
            self.setSpecialValueText(self.tr("belum diisi"))
            self.setDate(EMPTY_DATE)

    def _start_from_today(self) -> None:
        """An empty field starts at today when touched, not at the 1900 placeholder."""
        if self._allow_empty and self.date() == EMPTY_DATE:
            now = today()
            self.setDate(QDate(now.year, now.month, now.day))

    def mousePressEvent(self, event) -> None:
        self._start_from_today()
        super().mousePressEvent(event)

    def keyPressEvent(self, event) -> None:
        """A digit typed into an empty field (clicked into, or reached with Tab) starts the
        date at today with the day selected, so "03112026" reads 03-11-2026: the placeholder
        text cannot take digits."""
        if self._allow_empty and self.date() == EMPTY_DATE and event.text().isdigit():
            latest = getattr(self, "_latest", None)
            if latest is None:
                self._start_from_today()
            else:
                # The day and the month are typed before the year: start in January of the
                # year before the latest day, so no day or month typed first is refused as
                # after it (the year typed last is checked against it).
                self.setDate(QDate(latest.year - 1, 1, 1))
            self.setCurrentSection(QDateEdit.Section.DaySection)
            self.setSelectedSection(QDateEdit.Section.DaySection)
        super().keyPressEvent(event)

    def stepBy(self, steps: int) -> None:
        if self._allow_empty and self.date() == EMPTY_DATE:
            self._start_from_today()
            return
        super().stepBy(steps)

    def set_latest(self, latest: date | None) -> None:
        """The calendar offers no day after ``latest`` (``app`` says which: today for a step's
        dates). A stored later date is still shown as it is, for ``app`` to name."""
        self._latest = latest
        self._apply_latest(self.value())

    def _apply_latest(self, shown: date | None) -> None:
        latest = getattr(self, "_latest", None)
        if latest is None:
            return
        if shown is not None and shown > latest:
            latest = shown
        self.setMaximumDate(QDate(latest.year, latest.month, latest.day))

    def value(self) -> date | None:
        qd = self.date()
        if self._allow_empty and qd == EMPTY_DATE:
            return None
        return date(qd.year(), qd.month(), qd.day())

    def set_value(self, value: date | str | None) -> None:
        if isinstance(value, str):
            value = date.fromisoformat(value) if value else None
        self._apply_latest(value)
        if value is None:
            self.setDate(EMPTY_DATE if self._allow_empty else QDate.currentDate())
        else:
            self.setDate(QDate(value.year, value.month, value.day))


class TextField(QLineEdit):
    def value(self) -> str:
        return self.text()

    def set_value(self, value: Any) -> None:
        self.setText("" if value is None else str(value))


class MultilineField(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None, lines: int = 3) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        height = self.fontMetrics().lineSpacing() * lines + 14
        self.setMinimumHeight(height)
        self.setMaximumHeight(height * 2)

    def value(self) -> str:
        return self.toPlainText()

    def set_value(self, value: Any) -> None:
        self.setPlainText("" if value is None else str(value))


class ChoiceField(QComboBox):
    def __init__(
        self,
        choices: tuple[tuple[str, str], ...],
        parent: QWidget | None = None,
        empty_label: str | None = None,
    ) -> None:
        """``choices`` are app's (stored value, label); a label is shown in the window's
        language."""
        super().__init__(parent)
        self.addItem(self.tr("— pilih —") if empty_label is None else empty_label, "")
        for stored, label in choices:
            self.addItem(app_text(label), stored)

    def value(self) -> str:
        return self.currentData() or ""

    def set_value(self, value: Any) -> None:
        self.setCurrentIndex(max(self.findData(value or ""), 0))


class OfficialField(QComboBox):
    """Officials from the master list; inactive ones only if already chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(False)
        self.addItem(self.tr("— pilih pejabat —"), None)
        for o in list_officials():
            label = f"{o.full_name} — {o.jabatan}" if o.jabatan else o.full_name
            self.addItem(label, o.id)
            if not o.aktif:
                self.model().item(self.count() - 1).setEnabled(False)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)

    def value(self) -> int | None:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        self.setCurrentIndex(max(self.findData(value), 0))


def make_field(spec: FieldDef, parent: QWidget | None = None) -> QWidget:
    if spec.kind == Kind.DATE:
        return DateField(parent)
    if spec.kind == Kind.MULTILINE:
        return MultilineField(parent)
    if spec.kind == Kind.OFFICIAL:
        return OfficialField(parent)
    if spec.kind == Kind.CHOICE:
        return ChoiceField(spec.choices, parent)
    widget = TextField(parent)
    widget.setMaxLength(spec.max_len + 1)  # one more, so "too long" gets its message
    return widget


_INVALID_STYLE = '[invalid="true"] { border: 1px solid #c62828; }'  # notr: a style sheet


def mark_invalid(widget: QWidget, invalid: bool, tooltip: str = "") -> None:
    """A red border and the message as tooltip on a field that failed validation. The border
    is the field's own (a selector on its ``invalid`` property): the labels inside a composite
    field and a date field's calendar pop-up are not boxed. It goes away as soon as the field
    is changed."""
    widget.setProperty("invalid", invalid)
    widget.setStyleSheet(_INVALID_STYLE if invalid else "")
    if structured(tooltip):  # the core's message (a phrase): in the window's language
        tooltip = app_text(tooltip)
    widget.setToolTip(tooltip if invalid else "")
    widget.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, invalid)
    if invalid and not widget.property("clears_mark"):
        signal = _change_signal(widget)
        if signal is not None:
            widget.setProperty("clears_mark", True)
            signal.connect(lambda *_a, w=widget: _clear_mark(w))


def _clear_mark(widget: QWidget) -> None:
    if widget.property("invalid"):
        mark_invalid(widget, False)


def _change_signal(widget: QWidget):
    """The signal a clerk's edit of ``widget`` emits (None for a widget without one)."""
    if isinstance(widget, QDateEdit):
        return widget.dateChanged
    if isinstance(widget, QLineEdit):
        return widget.textEdited
    if isinstance(widget, QPlainTextEdit):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    return getattr(widget, "changed", None)
