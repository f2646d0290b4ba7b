"""Serah terima tugas: when an official leaves, the administrator gives all their running
steps to another active account in one action (``app.accounts.hand_over``)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import accounts
from app.accounts import AssignedStep, UserInfo
from app.capabilities import capabilities
from app.changes import NOTHING
from app.permissions import role_name
from ui.formats import format_date_short
from ui.messages import attempt
from ui.session import Session
from ui.table_model import Column, RecordTableModel, record_table
from ui.translation import app_text


def _user_label(user: UserInfo) -> str:
    return user.label


class HandoverDialog(QDialog):
    def __init__(
        self, session: Session, from_user_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self.moved = 0  # steps handed over while the dialog was open
        self.changes = NOTHING
        self.setWindowTitle(self.tr("Serah terima tugas"))
        self.resize(860, 520)
        intro = QLabel(
            self.tr(
                "Alihkan semua tahap berjalan yang ditugaskan kepada satu akun (misalnya "
                "pejabat yang pindah tugas) kepada akun aktif lain yang memegang peran "
                "tahap tersebut."
            )
        )
        intro.setWordWrap(True)
        self.source = QComboBox()
        self.target = QComboBox()
        for combo in (self.source, self.target):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(36)
        self.count_label = QLabel()
        self.model: RecordTableModel[AssignedStep] = RecordTableModel(
            [
                Column(self.tr("Kasus"), lambda s: s.nomor),
                Column(self.tr("Judul"), lambda s: s.judul),
                Column(self.tr("Tahap"), lambda s: s.step_text),
                Column(
                    self.tr("Pelaksana"), lambda s: app_text(role_name(s.actor)) if s.actor else ""
                ),
                Column(
                    self.tr("Batas waktu"),
                    lambda s: format_date_short(s.batas_waktu),
                    sort_value=lambda s: s.batas_waktu.isoformat(),
                ),
            ],
            self,
        )
        self.view = record_table(self.model, stretch=1)
        self.permission_note = QLabel()
        self.permission_note.setWordWrap(True)
        self.permission_note.setStyleSheet("color: #664d03;")
        self.hand_over_button = QPushButton(self.tr("Alihkan…"))
        self.close_button = QPushButton(self.tr("Tutup"))
        form = QFormLayout()
        form.addRow(self.tr("Dari akun"), self.source)
        form.addRow("", self.count_label)
        form.addRow(self.tr("Kepada akun"), self.target)
        buttons = QHBoxLayout()
        buttons.addWidget(self.permission_note, 1)
        buttons.addWidget(self.hand_over_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.editable = capabilities(session.actor).manage_users
        if not self.editable:
            self.permission_note.setText(
                self.tr(
                    "Hanya Administrator yang dapat mengalihkan tugas; {role} tidak berwenang."
                ).format(role=app_text(role_name(session.actor.role)))
            )
            for w in (self.source, self.target, self.hand_over_button):
                w.setEnabled(False)
        self.source.currentIndexChanged.connect(self._source_changed)
        self.target.currentIndexChanged.connect(self._update_button)
        self.hand_over_button.clicked.connect(self.hand_over)
        self.close_button.clicked.connect(self.accept)
        if self.editable:
            self._fill_sources(from_user_id)

    # -- lists --------------------------------------------------------------------------------
    def _fill_sources(self, select_id: int | None) -> None:
        self.source.blockSignals(True)
        self.source.clear()
        first_with_steps = None
        counts = accounts.open_step_counts()
        for user in accounts.list_users():
            count = counts.get(user.id, 0)
            self.source.addItem(
                self.tr("{user} — %n tahap berjalan", "", count).format(user=_user_label(user)),
                user.id,
            )
            if count and first_with_steps is None:
                first_with_steps = user.id
        if select_id is None:
            select_id = first_with_steps
        self.source.setCurrentIndex(max(self.source.findData(select_id), 0))
        self.source.blockSignals(False)
        self._source_changed()

    def _source_changed(self) -> None:
        source_id = self.source.currentData()
        steps = accounts.open_steps_of(source_id) if source_id is not None else []
        steps.sort(key=lambda s: (s.batas_waktu, s.nomor))
        self.model.set_rows(steps)
        self.count_label.setText(
            self.tr("%n tahap berjalan ditugaskan kepada akun ini", "", len(steps))
            if steps
            else self.tr("Tidak ada tahap berjalan yang ditugaskan kepada akun ini.")
        )
        chosen = self.target.currentData()
        self.target.blockSignals(True)
        self.target.clear()
        self.target.addItem(self.tr("— pilih penerima —"), None)
        for user in accounts.list_users():
            if user.aktif and user.id != source_id:
                self.target.addItem(f"{_user_label(user)} — {user.roles_text}", user.id)
        self.target.setCurrentIndex(max(self.target.findData(chosen), 0))
        self.target.blockSignals(False)
        self._update_button()

    def _update_button(self) -> None:
        self.hand_over_button.setEnabled(
            self.editable and self.model.rowCount() > 0 and self.target.currentData() is not None
        )

    def steps(self) -> list[AssignedStep]:
        return self.model.rows()

    # -- action -------------------------------------------------------------------------------
    def hand_over(self) -> None:
        source_id, target_id = self.source.currentData(), self.target.currentData()
        if source_id is None or target_id is None:
            return
        source, target = accounts.user_by_id(source_id), accounts.user_by_id(target_id)
        if source is None or target is None:
            return
        count = self.model.rowCount()
        if (
            QMessageBox.question(
                self,
                self.tr("Serah terima tugas"),
                self.tr(
                    "Alihkan %n tahap berjalan dari {source} kepada {target}? Peralihan dicatat "
                    "di riwayat setiap kasus.",
                    "",
                    count,
                ).format(source=source.nama_lengkap, target=target.nama_lengkap),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        ok, changes = attempt(self, accounts.hand_over, self._session.actor, source_id, target_id)
        if not ok:
            return
        moved = changes.value
        self.moved += moved
        self.changes = self.changes | changes
        QMessageBox.information(
            self,
            self.tr("Serah terima tugas"),
            self.tr("%n tahap berjalan dialihkan dari {source} kepada {target}.", "", moved).format(
                source=source.nama_lengkap, target=target.nama_lengkap
            ),
        )
        self._fill_sources(source_id)
