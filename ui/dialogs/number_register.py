"""Register nomor naskah keluar: every number given, per year and document type, with the case
and the status of the document that carries it (``app.documents.status``): "Dipakai", "Batal"
or "Digantikan" (a newer version of the document carries a newer number). A number can be
cancelled (it stays in the register as "batal" with its reason, never reused)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.capabilities import capabilities
from app.clock import today
from app.documents import numbering
from app.documents.catalog import numbered_kinds
from app.documents.status import RegisterRow, register_rows
from ui.formats import format_timestamp
from ui.messages import attempt
from ui.session import Session
from ui.table_model import Column, RecordTableModel, record_table
from ui.translation import app_text


class NumberRegisterDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setWindowTitle(self.tr("Register nomor naskah keluar"))
        self.resize(960, 560)
        self.year = QComboBox()
        for y in range(today().year, today().year - 10, -1):
            self.year.addItem(str(y), y)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Semua jenis"), None)
        for key, title in numbered_kinds():
            self.kind.addItem(app_text(title), key)
        self.model: RecordTableModel[RegisterRow] = RecordTableModel(
            [
                Column(self.tr("Nomor"), lambda r: r.entry.nomor),
                Column(self.tr("Jenis"), lambda r: app_text(r.entry.title)),
                Column(self.tr("Kasus"), lambda r: r.document.case_nomor if r.document else ""),
                Column(
                    self.tr("Status"),
                    lambda r: app_text(r.status),
                    foreground=lambda r: None if r.live else "#842029",
                    tooltip=lambda r: app_text(r.standing.sentence) if r.standing else "",
                ),
                Column(
                    self.tr("Keterangan"),
                    lambda r: app_text(r.note),
                    tooltip=lambda r: app_text(r.note),
                ),
                # Whose register: the PPID Utama's, an OPD's own, or a number from outside.
                Column(self.tr("Register"), lambda r: r.entry.penerbit_text),
                Column(self.tr("Dicatat"), lambda r: format_timestamp(r.entry.created_at)),
            ],
            self,
        )
        self.view = record_table(self.model, stretch=4)
        self.cancel_button = QPushButton(self.tr("Batalkan nomor…"))
        self.cancel_button.setEnabled(capabilities(session.actor).cancel_number)
        close = QPushButton(self.tr("Tutup"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Tahun")))
        top.addWidget(self.year)
        top.addWidget(self.kind, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.cancel_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self.year.currentIndexChanged.connect(self.reload)
        self.kind.currentIndexChanged.connect(self.reload)
        self.cancel_button.clicked.connect(self.cancel_selected)
        close.clicked.connect(self.accept)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(register_rows(self.year.currentData(), self.kind.currentData()))

    def cancel_selected(self) -> None:
        idx = self.view.currentIndex()
        if not idx.isValid():
            return
        row = self.model.record(idx.row()).entry
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Batalkan nomor"),
            self.tr("Alasan pembatalan nomor {number}:").format(number=row.nomor),
        )
        if ok and attempt(self, numbering.cancel_number, self._session.actor, row.id, reason)[0]:
            self.reload()
