"""Pengaturan > Profil kantor dan naskah dinas: kop surat, logo, paper, margins, who sets the
classification, outgoing-number patterns. Saved through ``app.office.save_profile``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import office
from app.capabilities import capabilities
from app.documents.catalog import numbered_kinds
from app.documents.numbering import example_number
from app.signing.office import key_description
from app.sop import RESOURCES
from ui import folders
from ui.forms.widgets import MultilineField, TextField
from ui.messages import attempt
from ui.session import Session
from ui.translation import app_text


class OfficeSettingsDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setWindowTitle(self.tr("Profil kantor dan naskah dinas"))
        self.resize(820, 680)
        self.profile = office.load_profile()
        p = self.profile

        self.kop_pemerintah = TextField()
        self.kop_instansi = TextField()
        self.kop_alamat = MultilineField(lines=3)
        self.nama_badan_publik = TextField()
        self.tempat_default = TextField()
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(64, 76)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_button = QPushButton(self.tr("Pilih logo…"))
        self.logo_reset = QPushButton(self.tr("Pakai logo netral"))
        self.kertas = QComboBox()
        self.kertas.addItem(self.tr("F4 (215 × 330 mm)"), "F4")  # notr: paper id
        self.kertas.addItem(self.tr("A4 (210 × 297 mm)"), "A4")  # notr: paper id
        self.margins = {k: QSpinBox() for k in office.MARGIN_KEYS}
        for spin in self.margins.values():
            spin.setRange(5, 60)
            spin.setSuffix(self.tr(" mm"))
        self.penetapan = QComboBox()
        for key, label in office.PENETAPAN_FORMS.items():
            self.penetapan.addItem(app_text(label), key)
        self.bupati_nama = TextField()
        self.mengingat = MultilineField(lines=6)
        # One instrument per line: unwrapped, so each line of the field is one of the list.
        self.mengingat.setLineWrapMode(MultilineField.LineWrapMode.NoWrap)
        self.mengingat.setToolTip(
            self.tr(
                "Satu peraturan per baris, urut menurut hierarki; tanda ; dan . ditambahkan "
                "sendiri pada Keputusan."
            )
        )
        self.logo_warning = QLabel()
        self.logo_warning.setWordWrap(True)
        self.logo_warning.setStyleSheet(
            "background: #fff3cd; color: #664d03; border: 1px solid #ffe69c; padding: 6px;"
        )
        self.kutip_pasal17 = QCheckBox(self.tr("Kutip bunyi Pasal 17 pada tabel Berita Acara"))
        self.lock_minutes = QSpinBox()
        self.lock_minutes.setRange(0, 240)
        self.lock_minutes.setSuffix(self.tr(" menit"))
        self.lock_minutes.setSpecialValueText(self.tr("tidak pernah"))
        self.kode_unit = TextField()
        self.pola = {"default": TextField()}
        self.kode = {"default": TextField()}
        titles = dict(numbered_kinds())
        for key in titles:
            self.pola[key] = TextField()
            self.kode[key] = TextField()
            self.pola[key].setPlaceholderText(self.tr("(pakai pola bawaan)"))
            self.kode[key].setPlaceholderText(self.tr("(bawaan)"))

        kop = QGroupBox(self.tr("Kop surat"))
        kop_form = QFormLayout(kop)
        kop_form.addRow(self.tr("Baris pemerintah *"), self.kop_pemerintah)
        kop_form.addRow(self.tr("Nama instansi *"), self.kop_instansi)
        kop_form.addRow(self.tr("Alamat (maks. 3 baris)"), self.kop_alamat)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.logo_reset)
        logo_row.addStretch(1)
        kop_form.addRow(self.tr("Logo"), logo_row)
        kop_form.addRow("", self.logo_warning)
        kop_form.addRow(self.tr("Nama badan publik *"), self.nama_badan_publik)
        kop_form.addRow(self.tr("Tempat penandatanganan *"), self.tempat_default)

        page = QGroupBox(self.tr("Kertas dan layar"))
        page_form = QFormLayout(page)
        page_form.addRow(self.tr("Ukuran"), self.kertas)
        margin_row = QHBoxLayout()
        sides = {
            "atas": self.tr("Atas"),
            "kanan": self.tr("Kanan"),
            "bawah": self.tr("Bawah"),
            "kiri": self.tr("Kiri"),
        }
        for key, spin in self.margins.items():
            margin_row.addWidget(QLabel(sides.get(key) or key.capitalize()))
            margin_row.addWidget(spin)
        page_form.addRow(self.tr("Margin"), margin_row)
        page_form.addRow(self.tr("Kunci layar bila tidak dipakai"), self.lock_minutes)

        pen = QGroupBox(self.tr("Penetapan klasifikasi (Perki 1/2017 Pasal 4 ayat (4))"))
        pen_form = QFormLayout(pen)
        pen_form.addRow(self.tr("Bentuk dan penanda tangan"), self.penetapan)
        pen_form.addRow(self.tr("Nama Bupati (tanpa gelar)"), self.bupati_nama)
        pen_form.addRow(self.tr("Mengingat (dasar hukum Keputusan)"), self.mengingat)
        pen_note = QLabel(
            self.tr(
                "Keputusan Bupati dan Keputusan Sekretaris Daerah diberi nomor oleh Bagian "
                "Hukum: nomornya diisi saat difinalkan. Kop Keputusan Atasan PPID dan Sekretaris "
                "Daerah adalah kop perangkat daerah penanda tangan (Data Master → Perangkat "
                "daerah)."
            )
        )
        pen_note.setWordWrap(True)
        pen_note.setStyleSheet("color: #555;")
        pen_form.addRow(pen_note)
        pen_form.addRow(self.tr("Berita Acara"), self.kutip_pasal17)

        numbers = QGroupBox(self.tr("Penomoran naskah keluar"))
        num_form = QFormLayout(numbers)
        help_label = QLabel(
            self.tr(
                "Pola nomor ditulis dengan penanda dalam kurung kurawal, yang diganti saat "
                "dokumen difinalkan: {kode} menjadi kode klasifikasi, {urut} menjadi nomor urut "
                "register (12), {urut:03d} nomor urut yang sama ditulis tiga angka (012), {unit} "
                "kode unit, {bulan_romawi} bulan dengan angka Romawi (XI), {bulan} bulan dengan "
                "dua angka (11), {tahun} tahun (2026). Di bawah setiap pola tertulis nomor yang "
                "dihasilkannya."
            )
        )
        help_label.setWordWrap(True)
        help_label.setStyleSheet("color: #555;")
        num_form.addRow(help_label)
        num_form.addRow(self.tr("Kode unit *"), self.kode_unit)
        self.examples: dict[str, QLabel] = {}
        for key in self.pola:
            label = self.tr("Bawaan") if key == "default" else app_text(titles[key])
            row = QHBoxLayout()
            row.addWidget(self.pola[key], 3)
            row.addWidget(QLabel(self.tr("kode")))
            row.addWidget(self.kode[key], 1)
            num_form.addRow(label, row)
            # The number the pattern gives, in words (numbering.example_number), as typed.
            example = QLabel()
            example.setWordWrap(True)
            example.setStyleSheet("color: #555;")
            self.examples[key] = example
            num_form.addRow("", example)
            self.pola[key].textChanged.connect(self._show_examples)
            self.kode[key].textChanged.connect(self._show_examples)
        self.kode_unit.textChanged.connect(self._show_examples)

        key_box = QGroupBox(self.tr("Kunci kantor (tanda tangan dan segel data)"))
        key_layout = QVBoxLayout(key_box)
        self.key_text = QLabel(app_text(key_description()))
        self.key_text.setWordWrap(True)
        self.key_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        key_layout.addWidget(self.key_text)

        body = QWidget()
        inner = QVBoxLayout(body)
        for box in (kop, page, pen, numbers, key_box):
            inner.addWidget(box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Simpan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.logo_button.clicked.connect(self._choose_logo)
        self.logo_reset.clicked.connect(lambda: self._set_logo(None))
        self.save_button.setEnabled(capabilities(session.actor).manage_settings)
        self._load(p)

    def _load(self, p: office.OfficeProfile) -> None:
        self.kop_pemerintah.set_value(p.kop_pemerintah)
        self.kop_instansi.set_value(p.kop_instansi)
        self.kop_alamat.set_value("\n".join(p.kop_alamat))
        self.nama_badan_publik.set_value(p.nama_badan_publik)
        self.tempat_default.set_value(p.tempat_default)
        self.kertas.setCurrentIndex(max(self.kertas.findData(p.kertas), 0))
        for key, spin in self.margins.items():
            spin.setValue(int(p.margin_mm.get(key, 20)))
        self.penetapan.setCurrentIndex(max(self.penetapan.findData(p.penetapan_bentuk), 0))
        self.bupati_nama.set_value(p.bupati_nama)
        self.mengingat.set_value("\n".join(p.mengingat))
        self.kutip_pasal17.setChecked(p.kutip_pasal17)
        self.lock_minutes.setValue(p.kunci_layar_menit)
        self.kode_unit.set_value(p.kode_unit)
        for key, field in self.pola.items():
            field.set_value(p.nomor_pola.get(key, ""))
        for key, field in self.kode.items():
            field.set_value(p.kode_klasifikasi.get(key, ""))
        self._set_logo(p.kop_logo)

    def _show_examples(self) -> None:
        """Under each pattern, the number it gives (a type's empty pattern: the default's)."""
        default_pola, default_kode = self.pola["default"].value(), self.kode["default"].value()
        for key, label in self.examples.items():
            pola = self.pola[key].value().strip() or default_pola
            kode = self.kode[key].value().strip() or default_kode
            label.setText(app_text(example_number(pola, kode, self.kode_unit.value().strip())))

    def _set_logo(self, data: bytes | None) -> None:
        self.profile.kop_logo = data
        warnings = office.profile_warnings(self.profile)
        self.logo_warning.setText("\n".join(app_text(w) for w in warnings))
        self.logo_warning.setVisible(bool(warnings))
        pixmap = QPixmap()
        if data:
            pixmap.loadFromData(data)
        else:
            pixmap.load(str(RESOURCES / "logo-placeholder.png"))
        self.logo_preview.setPixmap(
            pixmap.scaled(
                self.logo_preview.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Logo kop surat"),
            str(folders.start_folder(folders.LOGO)),
            self.tr("Gambar (*.png *.jpg *.jpeg)"),
        )
        if path:
            folders.remember(folders.LOGO, path)
            self._set_logo(Path(path).read_bytes())

    def values(self) -> office.OfficeProfile:
        return office.OfficeProfile(
            kop_pemerintah=self.kop_pemerintah.value(),
            kop_instansi=self.kop_instansi.value(),
            kop_alamat=self.kop_alamat.value().splitlines(),
            nama_badan_publik=self.nama_badan_publik.value(),
            tempat_default=self.tempat_default.value(),
            kertas=self.kertas.currentData(),
            margin_mm={k: s.value() for k, s in self.margins.items()},
            penetapan_bentuk=self.penetapan.currentData(),
            bupati_nama=self.bupati_nama.value(),
            kode_unit=self.kode_unit.value(),
            nomor_pola={k: f.value() for k, f in self.pola.items()},
            kode_klasifikasi={k: f.value() for k, f in self.kode.items()},
            mengingat=self.mengingat.value().splitlines(),
            kop_logo=self.profile.kop_logo,
            kunci_layar_menit=self.lock_minutes.value(),
            kutip_pasal17=self.kutip_pasal17.isChecked(),
        )

    def accept(self) -> None:
        fields = {
            "kop_pemerintah": self.kop_pemerintah,
            "kop_instansi": self.kop_instansi,
            "kop_alamat": self.kop_alamat,
            "nama_badan_publik": self.nama_badan_publik,
            "tempat_default": self.tempat_default,
            "bupati_nama": self.bupati_nama,
            "kode_unit": self.kode_unit,
            "nomor_pola": self.pola["default"],
            "mengingat": self.mengingat,
        }
        ok, _ = attempt(
            self, office.save_profile, self._session.actor, self.values(), fields=fields
        )
        if ok:
            super().accept()
