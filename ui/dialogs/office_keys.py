"""Data Master → Kunci kantor mitra: this office's fingerprint (read out to the partner office
by phone), the partner offices' keys registered here, and registering one from the first
packet it sent, once the fingerprint the sending office read out is typed in. Every rule is
``app.exchange.keys.register_from_packet``'s; this dialog shows and asks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import masterdata
from app.capabilities import capabilities
from app.changes import NOTHING, ChangeSet
from app.clock import to_local
from app.errors import SessionExpired, UserError
from app.exchange import keys
from app.exchange.keys import OfficeKeyInfo, PacketSender
from app.exchange.office import is_opd_install
from ui.formats import format_date
from ui.forms.widgets import TextField, mark_invalid
from ui.messages import attempt, show_bug, show_user_error
from ui.session import Session
from ui.table_model import Column, Index, RecordTableModel, record_table
from ui.translation import app_text

ERROR_STYLE = "color: #842029;"  # notr: style sheet
NOTE_STYLE = "color: #664d03;"  # notr: style sheet


def _fixed_font(scale: float = 1.0) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    return font


def _fingerprint_label(text: str) -> QLabel:
    """A fingerprint as it is read out: monospace, a little larger, selectable."""
    label = QLabel(text)
    label.setFont(_fixed_font(1.15))
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return label


class _KeysModel(RecordTableModel[OfficeKeyInfo]):
    """The registered keys; the fingerprints in monospace, as they are read out."""

    FINGERPRINT = 1  # its column

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.isValid():
            return _fixed_font() if index.column() == self.FINGERPRINT else None
        return super().data(index, role)


class OfficeKeysDialog(QDialog):
    """This office's fingerprint, the registered partner keys, *Daftarkan dari paket…*."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.changes: ChangeSet = NOTHING  # what the dialog changed, for the window
        self.setWindowTitle(self.tr("Kunci kantor mitra"))
        self.resize(920, 540)

        own_box = QGroupBox(self.tr("Sidik jari kunci kantor ini"))
        self.own_fingerprint = own = keys.own_office_fingerprint()
        self.own_label = _fingerprint_label(
            own or self.tr("(basis data ini terbuka tanpa kunci kantor)")
        )
        self.copy_button = QPushButton(self.tr("Salin"))
        self.copy_button.setToolTip(self.tr("Salin sidik jari ke papan klip"))
        self.copy_button.setEnabled(bool(own))
        self.copy_button.clicked.connect(self.copy_fingerprint)
        own_note = QLabel(
            self.tr(
                "Bacakan sidik jari ini kepada kantor mitra (lewat telepon) agar kantor itu "
                "dapat mendaftarkan kunci kantor ini sebelum menerima paket pertama dari sini."
            )
        )
        own_note.setWordWrap(True)
        own_row = QHBoxLayout()
        own_row.addWidget(self.own_label)
        own_row.addWidget(self.copy_button)
        own_row.addStretch(1)
        own_layout = QVBoxLayout(own_box)
        own_layout.addLayout(own_row)
        own_layout.addWidget(own_note)

        list_note = QLabel(
            self.tr(
                "Kunci kantor mitra yang terdaftar di kantor ini. Paket kasus diterima hanya "
                "bila ditandatangani salah satu kunci ini."
            )
        )
        list_note.setWordWrap(True)
        columns: list[Column[OfficeKeyInfo]] = [
            Column(self.tr("Kantor"), lambda k: k.whose),
            Column(self.tr("Sidik jari"), lambda k: k.fingerprint),
            Column(self.tr("Didaftarkan oleh"), lambda k: k.registered_by),
            Column(
                self.tr("Tanggal"),
                lambda k: format_date(to_local(k.registered_at).date()),
                sort_value=lambda k: k.registered_at,
            ),
        ]
        self.model = _KeysModel(columns, self)
        self.view = record_table(self.model, stretch=0)
        self.empty_note = QLabel(self.tr("Belum ada kunci kantor mitra yang terdaftar."))
        self.empty_note.setStyleSheet(NOTE_STYLE)
        self.done_note = QLabel()
        self.done_note.setWordWrap(True)
        self.done_note.setStyleSheet("color: #0f5132;")  # notr: style sheet
        self.done_note.hide()

        can = capabilities(session.actor)
        self.register_button = QPushButton(self.tr("Daftarkan dari paket…"))
        self.register_button.setEnabled(can.register_office_key)
        self.permission_note = QLabel()
        self.permission_note.setWordWrap(True)
        self.permission_note.setStyleSheet(NOTE_STYLE)
        if not can.register_office_key:
            reason = app_text(can.why_not("register_office_key"))
            self.register_button.setToolTip(reason)
            self.permission_note.setText(reason)
        else:
            self.permission_note.hide()
        self.register_button.clicked.connect(self.choose_packet)
        self.close_button = QPushButton(self.tr("Tutup"))
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.register_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(own_box)
        layout.addWidget(list_note)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.done_note)
        layout.addWidget(self.permission_note)
        layout.addLayout(buttons)
        self.reload()

    @property
    def changed(self) -> bool:
        return not self.changes.empty

    def reload(self) -> None:
        self.model.set_rows(keys.list_office_keys())
        self.empty_note.setVisible(self.model.rowCount() == 0)

    def copy_fingerprint(self) -> None:
        if self.own_fingerprint:
            QGuiApplication.clipboard().setText(self.own_fingerprint)

    # -- registering ---------------------------------------------------------------------------
    def choose_packet(self) -> None:
        """*Daftarkan dari paket…*: the packet, then the form that registers its key."""
        from ui.dialogs.packets import ask_packet_file

        path = ask_packet_file(self, self.tr("Paket kasus dari kantor mitra"))
        if path is None:
            return
        form = self.register_form(path)
        if form is not None:
            form.exec()

    def register_form(self, path: Path) -> RegisterKeyForm | None:
        """The form for the packet at ``path`` (None when the packet cannot be read: the
        message says why)."""
        ok, sender = attempt(self, keys.packet_sender, path)
        if not ok:
            return None
        form = RegisterKeyForm(self._session, sender, self)
        form.registered.connect(self._registered)
        return form

    def _registered(self, fingerprint: str) -> None:
        self.changes = self.changes | ChangeSet(master_data=True, history=True)
        self.reload()
        for row in range(self.model.rowCount()):
            if self.model.record(row).fingerprint == fingerprint:
                self.view.selectRow(row)
                whose = self.model.record(row).whose
                self.done_note.setText(
                    self.tr("Kunci {kantor} bersidik jari {sidik} didaftarkan.").format(
                        kantor=whose, sidik=fingerprint
                    )
                )
                self.done_note.show()
                break


class RegisterKeyForm(QDialog):
    """The packet's sender as it claims, the fingerprint computed from the packet, the one
    the sending office read out, and (at the PPID Utama) its perangkat daerah. *Daftarkan*
    registers it; a refusal is shown here and the form stays open with what was typed."""

    registered = Signal(str)  # the fingerprint, once registered

    def __init__(
        self, session: Session, sender: PacketSender, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self.sender_info = sender
        self.fingerprint: str | None = None  # once registered
        self.setWindowTitle(self.tr("Daftarkan kunci kantor mitra"))
        self.setMinimumWidth(640)
        intro = QLabel(
            self.tr(
                "Bandingkan sidik jari kunci dalam paket dengan sidik jari yang dibacakan "
                "kantor pengirim lewat telepon, bukan dengan yang tertulis di surel atau pesan "
                "yang membawa paket. Kunci didaftarkan hanya bila keduanya sama."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Berkas paket"), QLabel(sender.path.name))
        form.addRow(self.tr("Kantor pengirim (menurut paket)"), QLabel(sender.office_label))
        case_text = (
            f"{sender.case_number} — {sender.case_title}"
            if sender.case_title
            else sender.case_number
        )
        case = QLabel(
            QFontMetrics(self.font()).elidedText(case_text, Qt.TextElideMode.ElideRight, 330)
        )
        case.setToolTip(case_text)
        form.addRow(self.tr("Kasus"), case)
        if sender.sent_by:
            form.addRow(self.tr("Dikirim oleh"), QLabel(sender.sent_by))
        self.packet_fingerprint = _fingerprint_label(sender.fingerprint)
        form.addRow(self.tr("Sidik jari kunci dalam paket"), self.packet_fingerprint)
        self.read_out = TextField()
        self.read_out.setMaxLength(80)
        self.read_out.setFont(_fixed_font())
        self.read_out.setPlaceholderText(self.tr("mis. AB12 CD34 EF56 …"))
        form.addRow(self.tr("Sidik jari yang dibacakan kantor pengirim"), self.read_out)
        self.opd: QComboBox | None = None
        if is_opd_install():
            form.addRow(self.tr("Didaftarkan sebagai kunci"), QLabel(self.tr("PPID Utama")))
        else:
            self.opd = QComboBox()
            self.opd.addItem(self.tr("— pilih perangkat daerah —"), None)
            for o in masterdata.list_opd():
                self.opd.addItem(f"{o.nama} ({o.singkatan})" if o.singkatan else o.nama, o.id)
            self.opd.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            self.opd.setMinimumContentsLength(28)
            if sender.opd_id is not None:
                self.opd.setCurrentIndex(max(self.opd.findData(sender.opd_id), 0))
            form.addRow(self.tr("Kunci perangkat daerah"), self.opd)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(
            self.tr("Daftarkan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        if sender.problem:  # the key does not fit this office: nothing to type
            self.show_error(app_text(sender.problem))
            self.ok_button.setEnabled(False)
            self.read_out.setEnabled(False)
            if self.opd is not None:
                self.opd.setEnabled(False)
        else:
            self.read_out.setFocus()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def accept(self) -> None:
        if not self.ok_button.isEnabled():
            return
        opd_id = self.opd.currentData() if self.opd is not None else None
        mark_invalid(self.read_out, False)
        try:
            fingerprint = keys.register_from_packet(
                self._session.actor, self.sender_info.path, opd_id, self.read_out.value()
            )
        except SessionExpired as exc:
            self.reject()
            show_user_error(self.parentWidget(), exc)
            return
        except UserError as exc:
            message = app_text(exc.message)
            self.show_error(message)
            if not keys.same_fingerprint(self.read_out.value(), self.sender_info.fingerprint):
                mark_invalid(self.read_out, True, message)
                self.read_out.setFocus()
            return
        except Exception as exc:
            show_bug(self, exc)
            return
        self.fingerprint = fingerprint
        self.error.hide()
        self.registered.emit(fingerprint)
        super().accept()
