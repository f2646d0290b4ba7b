"""Participants of a meeting step: officials from the master list, attended yes/no."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.cases.model import OfficialInfo, ParticipantInfo
from app.masterdata import official_by_id
from app.nip import format_nip
from ui.forms.widgets import OfficialField
from ui.table_model import Column, RecordTableModel, record_table


class ParticipantsEditor(QWidget):
    """Edits a list of (official, attended); emits ``changed`` with the new list."""

    changed = Signal(list)  # list[tuple[int, bool]]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[OfficialInfo, bool]] = []
        present, absent = self.tr("Hadir"), self.tr("Tidak hadir")
        self.model: RecordTableModel[tuple[OfficialInfo, bool]] = RecordTableModel(
            [
                Column(self.tr("Nama"), lambda r: r[0].full_name),
                Column(self.tr("NIP"), lambda r: format_nip(r[0].nip or "") or "—"),
                Column(self.tr("Jabatan"), lambda r: r[0].jabatan),
                Column(
                    present,
                    lambda r: present if r[1] else absent,
                    foreground=lambda r: None if r[1] else "#842029",
                ),
            ],
            self,
        )
        self.view = record_table(self.model, stretch=0)
        self.view.setMinimumHeight(110)
        self.picker = OfficialField()
        self.add_button = QPushButton(self.tr("Tambah peserta"))
        self.toggle_button = QPushButton(self.tr("Hadir / tidak hadir"))
        self.remove_button = QPushButton(self.tr("Hapus peserta"))
        # The picker on a row of its own: beside the three buttons it made the case pane
        # wider than a 1366-pixel screen leaves it.
        pick = QHBoxLayout()
        pick.addWidget(self.picker, 1)
        pick.addWidget(self.add_button)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.toggle_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(pick)
        layout.addLayout(row)
        self.add_button.clicked.connect(self._add)
        self.toggle_button.clicked.connect(self._toggle)
        self.remove_button.clicked.connect(self._remove)
        self.view.doubleClicked.connect(lambda _idx: self._toggle())

    def set_participants(self, participants: tuple[ParticipantInfo, ...]) -> None:
        self._rows = [(p.official, p.hadir) for p in participants]
        self.model.set_rows(self._rows)

    def set_editable(self, editable: bool) -> None:
        for w in (self.picker, self.add_button, self.toggle_button, self.remove_button):
            w.setEnabled(editable)

    def _emit(self) -> None:
        self.changed.emit([(o.id, hadir) for o, hadir in self._rows])

    def _add(self) -> None:
        official_id = self.picker.value()
        official = official_by_id(official_id)
        if official is None or any(o.id == official_id for o, _ in self._rows):
            return
        self._rows.append((official, True))
        self._emit()

    def _selected_row(self) -> int:
        idx = self.view.currentIndex()
        return idx.row() if idx.isValid() else -1

    def _toggle(self) -> None:
        row = self._selected_row()
        if row >= 0:
            official, hadir = self._rows[row]
            self._rows[row] = (official, not hadir)
            self._emit()

    def _remove(self) -> None:
        row = self._selected_row()
        if row >= 0:
            del self._rows[row]
            self._emit()
