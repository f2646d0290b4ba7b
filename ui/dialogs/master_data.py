"""Data Master: perangkat daerah (OPD) and officials. A list with a search box on the left,
the selected record's form on the right; every save goes through ``app.masterdata``."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import masterdata
from app.capabilities import capabilities
from app.cases.model import OfficialInfo, OpdInfo
from app.changes import NOTHING, ChangeSet
from app.nip import format_nip, nip_problem, normalize_nip
from app.permissions import role_name
from ui import folders
from ui.forms.discard import form_state, may_discard
from ui.forms.widgets import MultilineField, TextField, mark_invalid
from ui.messages import attempt
from ui.session import ROLE_ORDER, Session
from ui.table_model import Column, RecordTableModel, record_table
from ui.translation import app_text

translate = QCoreApplication.translate


class _ListEditDialog(QDialog):
    """Table + search on the left, form on the right, Baru / Simpan / Hapus.

    A subclass marks its ``title``, ``record_name`` and column titles with
    ``QT_TRANSLATE_NOOP("<its class name>", …)``: they are class attributes, read before the
    translator is installed, and this base shows them through ``class_text``, which looks them
    up in the context named after the instance's class (then in ``_ListEditDialog``'s)."""

    title = ""
    columns: list[Column] = []
    stretch_column = 0

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._current_id: int | None = None
        self.changes: ChangeSet = NOTHING  # everything the dialog changed, for the window
        self.setWindowTitle(self.class_text(self.title))
        self.resize(1100, 620)
        self.model = RecordTableModel(
            [replace(c, title=self.class_text(c.title)) for c in self.columns], self
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortRole(RecordTableModel.SORT_ROLE)
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("_ListEditDialog", "Cari…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = record_table(self.proxy, stretch=self.stretch_column)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setMinimumWidth(560)
        self.form_box = QGroupBox()
        self.form = QFormLayout(self.form_box)
        self.new_button = QPushButton(translate("_ListEditDialog", "Baru"))
        self.save_button = QPushButton(translate("_ListEditDialog", "Simpan"))
        self.delete_button = QPushButton(translate("_ListEditDialog", "Hapus"))
        self.close_button = QPushButton(translate("_ListEditDialog", "Tutup"))
        self.permission_note = QLabel()
        self.permission_note.setWordWrap(True)
        self.permission_note.setStyleSheet("color: #664d03;")
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.view, 1)
        right = QVBoxLayout()
        right.addWidget(self.form_box)
        right.addWidget(self.permission_note)
        right.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        self.build_form()
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.new_button.clicked.connect(self.new_record)
        self.save_button.clicked.connect(self._save)
        self.delete_button.clicked.connect(self._delete)
        self.close_button.clicked.connect(self._close)
        editable = capabilities(session.actor).manage_master_data
        for w in (self.new_button, self.save_button, self.delete_button):
            w.setEnabled(editable)
        if not editable:
            self.permission_note.setText(
                translate(
                    "_ListEditDialog",
                    "{role} hanya dapat melihat data master; perubahan oleh PPID Utama atau "
                    "Administrator.",
                ).format(role=app_text(role_name(session.actor.role)))
            )
        self.reload()
        self.new_record()

    # What the discard question names ("pejabat", "pengguna").
    record_name = QT_TRANSLATE_NOOP("_ListEditDialog", "data")

    def class_text(self, text: str) -> str:
        """A text a subclass marked in the context of its class name (its title, column
        titles, record name), else in this base's context, in the window's language."""
        if not text:
            return text
        translated = translate(type(self).__name__, text)
        return translated if translated != text else translate("_ListEditDialog", text)

    # -- subclass hooks ---------------------------------------------------------------------
    def build_form(self) -> None: ...
    def records(self) -> list: ...
    def load(self, record: Any) -> None: ...
    def clear_form(self) -> None: ...
    def save(self, record_id: int | None) -> ChangeSet: ...
    def delete(self, record_id: int) -> ChangeSet: ...
    def field_widgets(self) -> dict[str, QWidget]: ...

    def form_state(self) -> Any:
        """What the form holds, to tell typing not saved from what was loaded."""
        return form_state(self.field_widgets().values())

    def _remember_form(self) -> None:
        self._loaded = self.form_state()

    def unsaved(self) -> bool:
        return self.form_state() != getattr(self, "_loaded", self.form_state())

    def _may_close(self) -> bool:
        if not self.unsaved():
            return True
        record = self.class_text(self.record_name)
        if self._current_id is None:
            what = translate("_ListEditDialog", "{record} baru").format(record=record)
        else:
            what = translate("_ListEditDialog", "{record} yang diubah").format(record=record)
        return may_discard(self, what)

    def _close(self) -> None:
        """Tutup: asks first about typing not saved, as Esc and the close button do."""
        if self._may_close():
            self.accept()

    def reject(self) -> None:
        if self._may_close():
            super().reject()

    # -- behaviour --------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        self.model.set_rows(self.records())
        if select_id is not None:
            for row in range(self.proxy.rowCount()):
                record = self.proxy.index(row, 0).data(RecordTableModel.RECORD_ROLE)
                if record.id == select_id:
                    self.view.selectRow(row)
                    break

    def _row_changed(self, current, _previous) -> None:
        if current.isValid():
            record = current.data(RecordTableModel.RECORD_ROLE)
            self._current_id = record.id
            self.form_box.setTitle(translate("_ListEditDialog", "Ubah"))
            self._clear_marks()
            self.load(record)
            self._remember_form()

    def new_record(self) -> None:
        self._current_id = None
        self.view.clearSelection()
        self.form_box.setTitle(translate("_ListEditDialog", "Baru"))
        self._clear_marks()
        self.clear_form()
        self._remember_form()

    def _clear_marks(self) -> None:
        for w in self.field_widgets().values():
            mark_invalid(w, False)

    @property
    def changed(self) -> bool:
        return not self.changes.empty

    def _save(self) -> None:
        ok, saved = attempt(self, self.save, self._current_id, fields=self.field_widgets())
        if ok:
            self.changes = self.changes | saved
            self.reload(select_id=saved.value.id)
            self._remember_form()

    def _delete(self) -> None:
        if self._current_id is None:
            return
        if (
            QMessageBox.question(
                self,
                translate("_ListEditDialog", "Hapus"),
                translate("_ListEditDialog", "Hapus data ini?"),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        ok, deleted = attempt(self, self.delete, self._current_id)
        if ok:
            self.changes = self.changes | deleted
            self.reload()
            self.new_record()


class OpdDialog(_ListEditDialog):
    title = QT_TRANSLATE_NOOP("OpdDialog", "Perangkat daerah (PPID Pembantu)")
    record_name = QT_TRANSLATE_NOOP("OpdDialog", "perangkat daerah")
    columns = [
        Column(QT_TRANSLATE_NOOP("OpdDialog", "Nama"), lambda o: o.nama),
        Column(QT_TRANSLATE_NOOP("OpdDialog", "Singkatan"), lambda o: o.singkatan),
        Column(
            QT_TRANSLATE_NOOP("OpdDialog", "Aktif"),
            lambda o: translate("OpdDialog", "Ya") if o.aktif else translate("OpdDialog", "Tidak"),
            foreground=lambda o: None if o.aktif else "#842029",
        ),
    ]

    def build_form(self) -> None:
        self.nama = TextField()
        self.singkatan = TextField()
        self.aktif = QCheckBox(self.tr("Aktif (dapat dipilih untuk kasus baru)"))
        self.kop_instansi = TextField()
        self.kop_instansi.setPlaceholderText(self.tr("(nama perangkat daerah, huruf kapital)"))
        self.kop_alamat = MultilineField(lines=3)
        self.kop_alamat.setPlaceholderText(
            self.tr("Jalan …, Serang, Banten …\nTelepon …\nLaman …, Pos-el …")
        )
        self.kode_unit = TextField()
        self.kode_unit.setPlaceholderText(self.tr("(singkatan)"))
        self.nomor_pola = TextField()
        self.nomor_pola.setPlaceholderText(self.tr("(pola kantor untuk jenis naskahnya)"))
        self.form.addRow(self.tr("Nama *"), self.nama)
        self.form.addRow(self.tr("Singkatan"), self.singkatan)
        self.form.addRow("", self.aktif)
        note = QLabel(
            self.tr(
                "Kop dan register nomor sendiri untuk naskah PPID Pembantu (Laporan hasil "
                "identifikasi, Berita Acara tingkat PPID Pembantu):"
            )
        )
        note.setWordWrap(True)
        self.form.addRow(note)
        self.form.addRow(self.tr("Nama pada kop"), self.kop_instansi)
        self.form.addRow(self.tr("Alamat kop (maks. 4 baris)"), self.kop_alamat)
        self.form.addRow(self.tr("Kode unit nomor"), self.kode_unit)
        self.form.addRow(self.tr("Pola nomor"), self.nomor_pola)

    def field_widgets(self) -> dict[str, QWidget]:
        return {
            "nama": self.nama,
            "singkatan": self.singkatan,
            "kop_instansi": self.kop_instansi,
            "kop_alamat": self.kop_alamat,
            "kode_unit": self.kode_unit,
            "nomor_pola": self.nomor_pola,
        }

    def records(self) -> list[OpdInfo]:
        return masterdata.list_opd()

    def load(self, o: OpdInfo) -> None:
        self.nama.set_value(o.nama)
        self.singkatan.set_value(o.singkatan)
        self.aktif.setChecked(o.aktif)
        self.kop_instansi.set_value(o.kop_instansi)
        self.kop_alamat.set_value("\n".join(o.kop_alamat))
        self.kode_unit.set_value(o.kode_unit)
        self.nomor_pola.set_value(o.nomor_pola)

    def clear_form(self) -> None:
        for field in (self.nama, self.singkatan, self.kop_instansi, self.kode_unit):
            field.clear()
        self.nomor_pola.clear()
        self.kop_alamat.clear()
        self.aktif.setChecked(True)

    def save(self, record_id: int | None) -> ChangeSet:
        return masterdata.save_opd(
            self._session.actor,
            self.nama.value(),
            self.singkatan.value(),
            self.aktif.isChecked(),
            record_id,
            masterdata.OpdKop(
                self.kop_instansi.value(),
                self.kop_alamat.value(),
                self.kode_unit.value(),
                self.nomor_pola.value(),
            ),
        )

    def delete(self, record_id: int) -> ChangeSet:
        return masterdata.delete_opd(self._session.actor, record_id)


class OfficialsDialog(_ListEditDialog):
    title = QT_TRANSLATE_NOOP("OfficialsDialog", "Pejabat dan peserta")
    record_name = QT_TRANSLATE_NOOP("OfficialsDialog", "pejabat")
    stretch_column = 2
    columns = [
        Column(
            QT_TRANSLATE_NOOP("OfficialsDialog", "Nama"),
            lambda o: o.full_name,
            sort_value=lambda o: o.nama,
        ),
        Column(QT_TRANSLATE_NOOP("OfficialsDialog", "NIP"), lambda o: format_nip(o.nip or "")),
        Column(QT_TRANSLATE_NOOP("OfficialsDialog", "Jabatan"), lambda o: o.jabatan),
        Column(
            QT_TRANSLATE_NOOP("OfficialsDialog", "Peran"),
            lambda o: app_text(role_name(o.peran)) if o.peran else "",
        ),
        Column(
            QT_TRANSLATE_NOOP("OfficialsDialog", "Aktif"),
            lambda o: (
                translate("OfficialsDialog", "Ya")
                if o.aktif
                else translate("OfficialsDialog", "Tidak")
            ),
        ),
    ]

    def build_form(self) -> None:
        self.nama = TextField()
        self.gelar_depan = TextField()
        self.gelar_depan.setPlaceholderText(self.tr("mis. Dr. / H. / Hj."))
        self.gelar_belakang = TextField()
        self.gelar_belakang.setPlaceholderText(self.tr("mis. S.Sos., M.Si."))
        self.nip = TextField()
        self.nip.setPlaceholderText(self.tr("18 angka; kosongkan bila bukan PNS"))
        self.nip_hint = QLabel()
        self.nip_hint.setWordWrap(True)
        self.golongan = QComboBox()
        self.golongan.addItem(self.tr("— tidak ada —"), "")
        for pangkat, gol in masterdata.PANGKAT_GOLONGAN:
            self.golongan.addItem(f"{pangkat} ({gol})", gol)
        self.jabatan = TextField()
        self.opd = QComboBox()
        self.opd.addItem(self.tr("— tidak ada —"), None)
        for o in masterdata.list_opd():
            self.opd.addItem(o.nama, o.id)
        self.peran = QComboBox()
        self.peran.addItem(self.tr("Peserta (tanpa peran SOP)"), "")
        for role in ROLE_ORDER:
            self.peran.addItem(app_text(role_name(role)), role)
        self.aktif = QCheckBox(self.tr("Aktif"))
        for combo in (self.golongan, self.opd, self.peran):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(24)
        self.form.addRow(self.tr("Nama (tanpa gelar) *"), self.nama)
        self.form.addRow(self.tr("Gelar depan"), self.gelar_depan)
        self.form.addRow(self.tr("Gelar belakang"), self.gelar_belakang)
        self.form.addRow(self.tr("NIP"), self.nip)
        self.form.addRow("", self.nip_hint)
        self.form.addRow(self.tr("Pangkat/golongan"), self.golongan)
        self.form.addRow(self.tr("Jabatan *"), self.jabatan)
        self.form.addRow(self.tr("Perangkat daerah"), self.opd)
        self.form.addRow(self.tr("Peran"), self.peran)
        self.form.addRow("", self.aktif)
        self.nip.textChanged.connect(self._check_nip)
        self._build_images()

    # -- scanned signature and stamp --------------------------------------------------------
    def _build_images(self) -> None:
        box = QGroupBox(self.tr("Tanda tangan dan cap pindaian (opsional)"))
        self.ttd_label = QLabel()
        self.cap_label = QLabel()
        self.ttd_button = QPushButton(self.tr("Tanda tangan…"))
        self.cap_button = QPushButton(self.tr("Cap…"))
        self.images_clear = QPushButton(self.tr("Hapus gambar"))
        self.images_allowed = QCheckBox(
            self.tr("Boleh dicetak pada naskah (atas persetujuan pejabat)")
        )
        self.images_save = QPushButton(self.tr("Simpan gambar"))
        row = QHBoxLayout()
        for w in (self.ttd_button, self.cap_button, self.images_clear):
            row.addWidget(w)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.ttd_label)
        layout.addWidget(self.cap_label)
        layout.addLayout(row)
        layout.addWidget(self.images_allowed)
        layout.addWidget(self.images_save)
        self.form.addRow(box)
        self._ttd: bytes | None = None
        self._cap: bytes | None = None
        self.ttd_button.clicked.connect(lambda: self._pick_image("ttd"))
        self.cap_button.clicked.connect(lambda: self._pick_image("cap"))
        self.images_clear.clicked.connect(lambda: self._show_images(None, None, False))
        self.images_save.clicked.connect(self._save_images)
        self.images_box = box

    def _show_images(self, ttd: bytes | None, cap: bytes | None, allowed: bool) -> None:
        self._ttd, self._cap = ttd, cap
        self.ttd_label.setText(
            self.tr("Tanda tangan: ada") if ttd else self.tr("Tanda tangan: belum ada")
        )
        self.cap_label.setText(self.tr("Cap: ada") if cap else self.tr("Cap: belum ada"))
        self.images_allowed.setChecked(allowed)

    def _pick_image(self, which: str) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Gambar pindaian"),
            str(folders.start_folder(folders.SIGNATURE_IMAGE)),
            self.tr("Gambar (*.png *.jpg *.jpeg)"),
        )
        if not path:
            return
        folders.remember(folders.SIGNATURE_IMAGE, path)
        data = Path(path).read_bytes()
        if which == "ttd":
            self._show_images(data, self._cap, self.images_allowed.isChecked())
        else:
            self._show_images(self._ttd, data, self.images_allowed.isChecked())

    def _save_images(self) -> None:
        if self._current_id is None:
            return
        ok, saved = attempt(
            self,
            masterdata.set_signature_images,
            self._session.actor,
            self._current_id,
            self._ttd,
            self._cap,
            self.images_allowed.isChecked(),
        )
        if ok:
            self.changes = self.changes | saved
            self.reload(select_id=self._current_id)

    def _check_nip(self, text: str) -> None:
        """Say what is wrong with the NIP while it is typed (the save checks it again)."""
        if not text.strip():
            self.nip_hint.setText("")
            return
        problem = nip_problem(text)
        if problem:
            self.nip_hint.setStyleSheet("color: #842029;")
            self.nip_hint.setText(problem)
        else:
            self.nip_hint.setStyleSheet("color: #0f5132;")
            self.nip_hint.setText(
                self.tr("NIP sah: {nip}").format(nip=format_nip(normalize_nip(text)))
            )

    def field_widgets(self) -> dict[str, QWidget]:
        return {
            "nama": self.nama,
            "gelar_depan": self.gelar_depan,
            "gelar_belakang": self.gelar_belakang,
            "nip": self.nip,
            "golongan": self.golongan,
            "jabatan": self.jabatan,
            "opd": self.opd,
            "peran": self.peran,
        }

    def records(self) -> list[OfficialInfo]:
        return masterdata.list_officials()

    def load(self, o: OfficialInfo) -> None:
        self.nama.set_value(o.nama)
        self.gelar_depan.set_value(o.gelar_depan)
        self.gelar_belakang.set_value(o.gelar_belakang)
        self.nip.set_value(format_nip(o.nip or ""))
        self.golongan.setCurrentIndex(max(self.golongan.findData(o.golongan), 0))
        self.jabatan.set_value(o.jabatan)
        self.opd.setCurrentIndex(max(self.opd.findData(o.opd_id), 0))
        self.peran.setCurrentIndex(max(self.peran.findData(o.peran), 0))
        self.aktif.setChecked(o.aktif)
        self.images_box.setEnabled(True)
        ttd, cap = masterdata.signature_images(o.id)
        self._show_images(ttd, cap, o.boleh_ttd_gambar)

    def clear_form(self) -> None:
        for w in (self.nama, self.gelar_depan, self.gelar_belakang, self.nip, self.jabatan):
            w.clear()
        for combo in (self.golongan, self.opd, self.peran):
            combo.setCurrentIndex(0)
        self.aktif.setChecked(True)
        self._show_images(None, None, False)
        self.images_box.setEnabled(False)  # a new official is saved first

    def save(self, record_id: int | None) -> ChangeSet:
        return masterdata.save_official(
            self._session.actor,
            masterdata.OfficialInput(
                nama=self.nama.value(),
                nip=self.nip.value(),
                gelar_depan=self.gelar_depan.value(),
                gelar_belakang=self.gelar_belakang.value(),
                golongan=self.golongan.currentData(),
                jabatan=self.jabatan.value(),
                opd_id=self.opd.currentData(),
                peran=self.peran.currentData(),
                aktif=self.aktif.isChecked(),
            ),
            record_id,
        )

    def delete(self, record_id: int) -> ChangeSet:
        return masterdata.delete_official(self._session.actor, record_id)
