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
from app.workdays import DAY_KIND_LABEL, DayKind, NonWorkingDay, OverrideAction, skb_missing
from ui import messages
from ui.dialogs.deadline_moves import show_deadline_moves, write_back_moves
from ui.formats import day_name, format_date
from ui.forms.widgets import DateField, TextField
from ui.runner import run_with_progress
from ui.session import Session
from ui.table_model import Column, RecordTableModel, record_table
from ui.translation import app_text


class CalendarDialog(QDialog):
    calendarChanged = Signal(object)  # the ChangeSet of each change

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setWindowTitle(self.tr("Kalender hari kerja"))
        self.resize(1080, 640)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today().year)
        self.cuti = QCheckBox(
            self.tr("Cuti bersama dihitung sebagai hari libur (tidak menghitung batas waktu)")
        )
        self.holidays_model: RecordTableModel[NonWorkingDay] = RecordTableModel(
            [
                Column(self.tr("Tanggal"), lambda d: format_date(d.day)),
                Column(self.tr("Hari"), lambda d: day_name(d.day)),
                Column(
                    self.tr("Jenis"),
                    lambda d: app_text(DAY_KIND_LABEL[d.kind]),
                    foreground=lambda d: "#842029" if d.kind == DayKind.LIBUR else "#664d03",
                ),
                Column(self.tr("Keterangan"), lambda d: d.name),
                Column(
                    self.tr("Sumber"),
                    lambda d: (
                        self.tr("Perubahan lokal: {rujukan}").format(rujukan=d.reference)
                        if d.reference
                        else self.tr("Nasional, SKB tahun {tahun}").format(tahun=d.day.year)
                        if d.skb
                        else self.tr("Nasional, SKB belum dicatat")
                    ),
                    tooltip=lambda d: app_text(d.rujukan),
                ),
            ],
            self,
        )
        self.holidays_view = record_table(self.holidays_model, 3)

        self.overrides_model: RecordTableModel[OverrideInfo] = RecordTableModel(
            [
                Column(self.tr("Tanggal"), lambda o: format_date(o.tanggal)),
                Column(
                    self.tr("Perubahan"),
                    lambda o: (
                        self.tr("Jadi hari libur")
                        if o.tindakan == OverrideAction.ADD.value
                        else self.tr("Jadi hari kerja")
                    ),
                ),
                Column(
                    self.tr("Jenis"),
                    lambda o: (
                        app_text(DAY_KIND_LABEL[DayKind(o.jenis)])
                        if o.tindakan == OverrideAction.ADD.value
                        else ""
                    ),
                ),
                Column(self.tr("Keterangan"), lambda o: o.nama),
                Column(self.tr("Rujukan"), lambda o: o.rujukan),
            ],
            self,
        )
        self.overrides_view = record_table(self.overrides_model, 3)
        self.override_date = DateField()
        self.override_action = QComboBox()
        self.override_action.addItem(self.tr("Tambahkan hari libur"), OverrideAction.ADD.value)
        self.override_action.addItem(
            self.tr("Jadikan hari kerja (batalkan libur)"), OverrideAction.REMOVE.value
        )
        self.override_kind = QComboBox()
        self.override_kind.addItem(self.tr("Cuti bersama"), DayKind.CUTI.value)
        self.override_kind.addItem(self.tr("Libur nasional"), DayKind.LIBUR.value)
        self.override_name = TextField()
        self.override_name.setPlaceholderText(self.tr("mis. Cuti bersama HUT RI"))
        self.override_ref = TextField()
        self.override_ref.setPlaceholderText(self.tr("mis. SKB 3 Menteri No. 933/1/3 Tahun 2025"))
        self.skb = TextField()
        self.skb.setToolTip(
            self.tr(
                "SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB yang menetapkan "
                "libur nasional dan cuti bersama tahun ini. Disebut pada setiap hari libur yang "
                "dilewati dalam bukti perhitungan batas waktu; tidak mengubah tanggal mana pun."
            )
        )
        self.skb_button = QPushButton(self.tr("Simpan rujukan SKB"))
        self.add_button = QPushButton(self.tr("Tambahkan perubahan"))
        self.remove_button = QPushButton(self.tr("Batalkan perubahan terpilih"))

        add_form = QFormLayout()
        add_form.addRow(self.tr("Tanggal *"), self.override_date)
        add_form.addRow(self.tr("Perubahan *"), self.override_action)
        add_form.addRow(self.tr("Jenis"), self.override_kind)
        add_form.addRow(self.tr("Keterangan"), self.override_name)
        add_form.addRow(self.tr("Rujukan SKB *"), self.override_ref)
        local_box = QGroupBox(self.tr("Perubahan lokal (mendahului data nasional)"))
        local = QVBoxLayout(local_box)
        local.addWidget(self.overrides_view, 1)
        local.addWidget(self.remove_button)
        local.addLayout(add_form)
        local.addWidget(self.add_button)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Tahun")))
        top.addWidget(self.year)
        top.addSpacing(20)
        top.addWidget(self.cuti)
        top.addStretch(1)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        year_box = QGroupBox(self.tr("Libur nasional dan cuti bersama"))
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
        close = QPushButton(self.tr("Tutup"))
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
        note = self.tr(
            "Hari kerja = Senin–Jumat, dikurangi libur nasional dan (bila dicentang) cuti "
            "bersama. Setiap perubahan menghitung ulang batas waktu tahap yang sedang berjalan."
        )
        if not editable:
            note += " " + self.tr("{peran} hanya dapat melihat.").format(
                peran=app_text(role_name(session.actor.role))
            )
        self.note.setText(note)
        self.reload()

    def reload(self) -> None:
        calendar = calendar_service.current_calendar()
        year = self.year.value()
        self.holidays_model.set_rows(calendar.holidays_in_year(year))
        self.skb_label.setText(self.tr("Rujukan SKB tahun {tahun}:").format(tahun=year))
        self.skb.setText(calendar.skb.get(year, ""))
        self.skb.setCursorPosition(0)
        self.skb.setPlaceholderText(
            self.tr(
                "{belum}; mis. SKB 3 Menteri Nomor … Tahun …, Nomor … Tahun …, Nomor … Tahun …"
            ).format(belum=app_text(skb_missing(year)))
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
            self.tr("Menghitung ulang batas waktu"),
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
            if changes.value:
                write_back_moves()
            self.calendarChanged.emit(changes)
            show_deadline_moves(self, changes.value, reason)
        return True

    def _toggle_cuti(self, checked: bool) -> None:
        self._apply(
            calendar_service.set_cuti_bersama_libur,
            checked,
            reason=self.tr("Pengaturan cuti bersama diubah."),
        )

    def _add(self) -> None:
        ok = self._apply(
            calendar_service.add_override,
            self.override_date.value(),
            OverrideAction(self.override_action.currentData()),
            DayKind(self.override_kind.currentData()),
            self.override_name.value(),
            self.override_ref.value(),
            reason=self.tr("Perubahan kalender ditambahkan."),
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
            QMessageBox.information(
                self, self.tr("Pilih perubahan"), self.tr("Pilih perubahan lokal di tabel.")
            )
            return
        override = self.overrides_model.record(idx.row())
        self._apply(
            calendar_service.remove_override,
            override.id,
            reason=self.tr("Perubahan kalender dibatalkan."),
        )
