"""Kalender hari kerja: the year's libur nasional and cuti bersama (from the ``holidays``
package plus local changes) with the SKB the office recorded for the year, the cuti bersama
setting, and local changes with SKB reference."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import calendar_service, settings
from app.calendar_service import OverrideInfo
from app.capabilities import capabilities
from app.changes import NOTHING, ChangeSet
from app.clock import today
from app.permissions import role_name
from app.settings import CUTI_BERSAMA_LIBUR
from app.text import day_name, format_date
from app.workdays import DAY_KIND_LABEL, DayKind, NonWorkingDay, OverrideAction, skb_missing
from ui import messages
from ui.dialogs.deadline_moves import show_deadline_moves
from ui.forms.widgets import DateField, TextField
from ui.runner import run_with_progress
from ui.session import Session
from ui.table_model import Column, RecordTableModel, record_table


class CalendarDialog(QDialog):
    calendarChanged = Signal(object)  # the ChangeSet of each change

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setWindowTitle("Kalender hari kerja")
        self.resize(1080, 640)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today().year)
        self.cuti = QCheckBox(
            "Cuti bersama dihitung sebagai hari libur (tidak menghitung batas waktu)"
        )
        self.holidays_model: RecordTableModel[NonWorkingDay] = RecordTableModel(
            [
                Column("Tanggal", lambda d: format_date(d.day)),
                Column("Hari", lambda d: day_name(d.day)),
                Column(
                    "Jenis",
                    lambda d: DAY_KIND_LABEL[d.kind],
                    foreground=lambda d: "#842029" if d.kind == DayKind.LIBUR else "#664d03",
                ),
                Column("Keterangan", lambda d: d.name),
                Column(
                    "Sumber",
                    lambda d: (
                        f"Perubahan lokal: {d.reference}"
                        if d.reference
                        else f"Nasional, SKB tahun {d.day.year}"
                        if d.skb
                        else "Nasional, SKB belum dicatat"
                    ),
                    tooltip=lambda d: d.rujukan,
                ),
            ],
            self,
        )
        self.holidays_view = record_table(self.holidays_model, 3)

        self.overrides_model: RecordTableModel[OverrideInfo] = RecordTableModel(
            [
                Column("Tanggal", lambda o: format_date(o.tanggal)),
                Column(
                    "Perubahan",
                    lambda o: "Jadi hari libur" if o.tindakan == "tambah" else "Jadi hari kerja",
                ),
                Column(
                    "Jenis",
                    lambda o: DAY_KIND_LABEL[DayKind(o.jenis)] if o.tindakan == "tambah" else "",
                ),
                Column("Keterangan", lambda o: o.nama),
                Column("Rujukan", lambda o: o.rujukan),
            ],
            self,
        )
        self.overrides_view = record_table(self.overrides_model, 3)
        self.override_date = DateField()
        self.override_action = QComboBox()
        self.override_action.addItem("Tambahkan hari libur", OverrideAction.ADD.value)
        self.override_action.addItem(
            "Jadikan hari kerja (batalkan libur)", OverrideAction.REMOVE.value
        )
        self.override_kind = QComboBox()
        self.override_kind.addItem("Cuti bersama", DayKind.CUTI.value)
        self.override_kind.addItem("Libur nasional", DayKind.LIBUR.value)
        self.override_name = TextField()
        self.override_name.setPlaceholderText("mis. Cuti bersama HUT RI")
        self.override_ref = TextField()
        self.override_ref.setPlaceholderText("mis. SKB 3 Menteri No. 933/1/3 Tahun 2025")
        self.skb = TextField()
        self.skb.setToolTip(
            "SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB yang menetapkan libur "
            "nasional dan cuti bersama tahun ini. Disebut pada setiap hari libur yang dilewati "
            "dalam bukti perhitungan batas waktu; tidak mengubah tanggal mana pun."
        )
        self.skb_button = QPushButton("Simpan rujukan SKB")
        self.add_button = QPushButton("Tambahkan perubahan")
        self.remove_button = QPushButton("Batalkan perubahan terpilih")

        add_form = QFormLayout()
        add_form.addRow("Tanggal *", self.override_date)
        add_form.addRow("Perubahan *", self.override_action)
        add_form.addRow("Jenis", self.override_kind)
        add_form.addRow("Keterangan", self.override_name)
        add_form.addRow("Rujukan SKB *", self.override_ref)
        local_box = QGroupBox("Perubahan lokal (mendahului data nasional)")
        local = QVBoxLayout(local_box)
        local.addWidget(self.overrides_view, 1)
        local.addWidget(self.remove_button)
        local.addLayout(add_form)
        local.addWidget(self.add_button)

        top = QHBoxLayout()
        top.addWidget(QLabel("Tahun"))
        top.addWidget(self.year)
        top.addSpacing(20)
        top.addWidget(self.cuti)
        top.addStretch(1)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        year_box = QGroupBox("Libur nasional dan cuti bersama")
        year_layout = QVBoxLayout(year_box)
        self.skb_label = QLabel()
        skb_row = QHBoxLayout()
        skb_row.addWidget(self.skb_label)
        skb_row.addWidget(self.skb, 1)
        skb_row.addWidget(self.skb_button)
        year_layout.addLayout(skb_row)
        year_layout.addWidget(self.holidays_view)
        body = QHBoxLayout()
        body.addWidget(year_box, 3)
        body.addWidget(local_box, 2)
        close = QPushButton("Tutup")
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)

        self.year.valueChanged.connect(self.reload)
        self.cuti.toggled.connect(self._toggle_cuti)
        self.override_action.currentIndexChanged.connect(self._sync_kind)
        self.add_button.clicked.connect(self._add)
        self.skb_button.clicked.connect(self._save_skb)
        self.remove_button.clicked.connect(self._remove)
        self.changes: ChangeSet = NOTHING  # everything changed here, for the main window
        editable = capabilities(session.actor).manage_calendar
        for w in (self.cuti, self.add_button, self.remove_button, self.skb_button):
            w.setEnabled(editable)
        self.skb.setReadOnly(not editable)
        self.note.setText(
            "Hari kerja = Senin–Jumat, dikurangi libur nasional dan (bila dicentang) cuti "
            "bersama. Setiap perubahan menghitung ulang batas waktu tahap yang sedang berjalan."
            + ("" if editable else f" {role_name(session.actor.role)} hanya dapat melihat.")
        )
        self.reload()

    def reload(self) -> None:
        calendar = calendar_service.current_calendar()
        year = self.year.value()
        self.holidays_model.set_rows(calendar.holidays_in_year(year))
        self.skb_label.setText(f"Rujukan SKB tahun {year}:")
        self.skb.setText(calendar.skb.get(year, ""))
        self.skb.setCursorPosition(0)
        self.skb.setPlaceholderText(
            f"{skb_missing(year)}; mis. SKB 3 Menteri Nomor … Tahun …, Nomor … Tahun …, "
            "Nomor … Tahun …"
        )
        self.overrides_model.set_rows(calendar_service.list_overrides())
        self.cuti.blockSignals(True)
        self.cuti.setChecked(settings.value(CUTI_BERSAMA_LIBUR))
        self.cuti.blockSignals(False)
        self._sync_kind()

    def _sync_kind(self) -> None:
        self.override_kind.setEnabled(
            self.override_action.currentData() == OverrideAction.ADD.value
        )

    def _apply(self, action, *args, reason: str) -> bool:
        """Run a calendar change through the runner: it recomputes every running step's due
        date in one transaction on the worker (2 to 10 s at 100,000 cases, see
        ``bench/README.md``), reporting its progress to the bar. It cannot stop midway, so
        its dialog has no Batal."""
        actor = self._session.actor
        outcome = run_with_progress(
            self,
            "Menghitung ulang batas waktu",
            lambda report: action(actor, *args, report=report),
            cancellable=False,
        )
        self.reload()
        if outcome.error is not None:
            messages.report(self, outcome.error)
            return False
        changes: ChangeSet = outcome.result
        if not changes.empty:
            self.changes = self.changes | changes
            self.calendarChanged.emit(changes)
            show_deadline_moves(self, changes.value, reason)
        return True

    def _toggle_cuti(self, checked: bool) -> None:
        self._apply(
            calendar_service.set_cuti_bersama_libur,
            checked,
            reason="Pengaturan cuti bersama diubah.",
        )

    def _add(self) -> None:
        ok = self._apply(
            calendar_service.add_override,
            self.override_date.value(),
            OverrideAction(self.override_action.currentData()),
            DayKind(self.override_kind.currentData()),
            self.override_name.value(),
            self.override_ref.value(),
            reason="Perubahan kalender ditambahkan.",
        )
        if ok:
            self.override_date.set_value(None)
            self.override_name.clear()

    def _save_skb(self) -> None:
        """The year's SKB: a setting, no deadline moves, so no background job."""
        ok, changes = messages.attempt(
            self,
            lambda: calendar_service.set_skb_reference(
                self._session.actor, self.year.value(), self.skb.value()
            ),
            fields={"rujukan_skb": self.skb},
        )
        if not ok:
            return  # what was typed stays, marked
        self.reload()
        if not changes.empty:
            self.changes = self.changes | changes
            self.calendarChanged.emit(changes)

    def _remove(self) -> None:
        idx = self.overrides_view.currentIndex()
        if not idx.isValid():
            QMessageBox.information(self, "Pilih perubahan", "Pilih perubahan lokal di tabel.")
            return
        override = self.overrides_model.record(idx.row())
        self._apply(
            calendar_service.remove_override, override.id, reason="Perubahan kalender dibatalkan."
        )
