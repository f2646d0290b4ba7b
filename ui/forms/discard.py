"""Half-filled dialogs ask before their typing is thrown away: Batal, Esc and the window's
close button of a dialog whose fields differ from what it opened with ask "Buang isian?"
(*Buang* / *Kembali mengisi*). A dialog remembers its fields with ``form_state`` when it
opens (and after each save) and asks with ``may_discard`` before it closes."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

translate = QCoreApplication.translate


def widget_state(widget: QWidget) -> Any:
    """What a field holds, comparable: its ``value()`` where it has one (Ujikon's fields),
    else what Qt's own widget shows."""
    value = getattr(widget, "value", None)
    if callable(value):
        return value()
    values = getattr(widget, "values", None)
    if callable(values):
        return values()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return (widget.currentIndex(), widget.currentText())
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    return None


def form_state(widgets: Iterable[QWidget]) -> tuple[Any, ...]:
    return tuple(widget_state(w) for w in widgets)


def may_discard(parent: QWidget, what: str) -> bool:
    """Ask whether the typing of ``what`` ("Kasus baru", "Butir 2", already in the window's
    language) may be thrown away. True for *Buang*; False for *Kembali mengisi* (and Esc),
    which keeps the dialog open."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Discard", "Buang isian?"))
    box.setText(translate("Discard", "Isian {what} belum disimpan.").format(what=what))
    box.setInformativeText(
        translate("Discard", "Buang yang sudah diisi dan tutup, atau kembali mengisi?")
    )
    discard = box.addButton(translate("Discard", "Buang"), QMessageBox.ButtonRole.DestructiveRole)
    back = box.addButton(translate("Discard", "Kembali mengisi"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.exec()
    return box.clickedButton() is discard
