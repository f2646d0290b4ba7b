"""Create a case: OPD, trigger (with its reference), title, start date."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.cases.commands import NewCase, create_case, new_case_opds
from app.cases.model import TRIGGER_LABELS, TRIGGER_REFERENCE_LABELS, CaseInfo, Trigger
from app.changes import ChangeSet
from app.clock import today
from ui.forms.discard import form_state, may_discard
from ui.forms.widgets import DateField, TextField
from ui.messages import attempt
from ui.session import Session
from ui.translation import app_text


class NewCaseDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.created: CaseInfo | None = None
        self.changes: ChangeSet | None = None
        self.setWindowTitle(self.tr("Kasus uji konsekuensi baru"))
        self.setMinimumWidth(560)
        self.opd = QComboBox()
        self.opd.setEditable(True)
        self.opd.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.opd.addItem("", None)
        choices = new_case_opds(session.actor)  # a PPID Pembantu: only their own OPDs
        for o in choices:
            label = f"{o.nama} ({o.singkatan})" if o.singkatan else o.nama
            self.opd.addItem(label, o.id)
        if len(choices) == 1:
            self.opd.setCurrentIndex(1)
        self.opd.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.opd.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.opd.lineEdit().setPlaceholderText(self.tr("ketik untuk mencari perangkat daerah"))
        self.trigger = QComboBox()
        for trigger in Trigger:
            self.trigger.addItem(app_text(TRIGGER_LABELS[trigger]), trigger.value)
        self.reference = TextField()
        self.reference_label = QLabel()
        self.title = TextField()
        self.title.setPlaceholderText(self.tr("mis. Pemutakhiran DIK Dinas Kesehatan Tahun 2026"))
        self.start = DateField(allow_empty=False)
        self.start.set_value(today())
        form = QFormLayout()
        form.addRow(self.tr("Perangkat daerah (PPID Pembantu) *"), self.opd)
        form.addRow(self.tr("Pemicu *"), self.trigger)
        form.addRow(self.reference_label, self.reference)
        form.addRow(self.tr("Judul *"), self.title)
        form.addRow(self.tr("Tanggal mulai *"), self.start)
        # The label column as wide as its longest label: QFormLayout cut "Perangkat daerah
        # (PPID Pembantu) *" to the width of the others.
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel):
                label.setMinimumWidth(label.sizeHint().width())
        hint = QLabel(
            self.tr(
                "Nomor register diberikan otomatis. Tahap 1 dimulai pada tanggal mulai; "
                "hari ke-1 adalah hari kerja berikutnya."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Buat kasus"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.trigger.currentIndexChanged.connect(self._sync_reference)
        self._sync_reference()
        self._opened = self._state()

    def _state(self) -> tuple:
        return form_state((self.opd, self.trigger, self.reference, self.title, self.start))

    def reject(self) -> None:
        """Batal, Esc or the close button: asks first when something was filled in."""
        if self.created is None and self._state() != self._opened:
            if not may_discard(self, self.tr("kasus baru")):
                return
        super().reject()

    def _sync_reference(self) -> None:
        trigger = Trigger(self.trigger.currentData())
        label = TRIGGER_REFERENCE_LABELS.get(trigger)
        self.reference.setEnabled(label is not None)
        self.reference_label.setText(f"{app_text(label)} *" if label else self.tr("Rujukan"))
        if label is None:
            self.reference.clear()

    def _opd_id(self) -> int | None:
        idx = self.opd.findText(self.opd.currentText(), Qt.MatchFlag.MatchExactly)
        return self.opd.itemData(idx) if idx >= 0 else None

    def accept(self) -> None:
        fields = {
            "opd": self.opd,
            "pemicu_rujukan": self.reference,
            "judul": self.title,
            "tanggal_mulai": self.start,
        }
        ok, self.changes = attempt(
            self,
            create_case,
            self._session.actor,
            NewCase(
                opd_id=self._opd_id(),
                pemicu=self.trigger.currentData(),
                judul=self.title.value(),
                tanggal_mulai=self.start.value(),
                pemicu_rujukan=self.reference.value(),
            ),
            fields=fields,
        )
        if ok:
            self.created = self.changes.case
            super().accept()
