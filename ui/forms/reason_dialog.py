"""A reason the clerk must give (a send-back): typed into a box that stays open, with the
message beside it, while ``app`` refuses the reason (empty, too long, …); everything else
``app`` says closes it as any refusal does."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.errors import UserError, ValidationError
from ui.forms.widgets import MultilineField, mark_invalid
from ui.messages import show_bug, show_user_error
from ui.translation import app_text


class ReasonDialog(QDialog):
    """``submit(reason)`` is the one ``app`` call the button makes; its result is kept in
    ``outcome``. A ``ValidationError`` naming only ``field`` keeps the dialog open."""

    def __init__(
        self,
        title: str,
        prompt: str,
        button: str,
        field: str,
        submit: Callable[[str], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self._field = field
        self._submit = submit
        self.outcome: Any = None
        label = QLabel(prompt)
        label.setWordWrap(True)
        self.text = MultilineField(self, lines=5)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #842029;")
        self.error.hide()
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.text)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        try:
            self.outcome = self._submit(self.text.value())
        except ValidationError as exc:
            if exc.problems and all(p.field == self._field for p in exc.problems):
                message = " ".join(app_text(p.message) for p in exc.problems)
                mark_invalid(self.text, True, message)
                self.error.setText(message)
                self.error.show()
                self.text.setFocus()
                return
            show_user_error(self, exc)
            return
        except UserError as exc:
            self.reject()
            show_user_error(self.parentWidget(), exc)
            return
        except Exception as exc:
            self.reject()
            show_bug(self.parentWidget(), exc)
            return
        self.accept()
