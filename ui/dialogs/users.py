"""Pengguna: accounts, their roles (PPID Pembantu per OPD), the linked official, active or
not, password reset and the hand-over of a leaving official's running steps.

Every change goes through ``app.accounts``. Passwords are typed into password fields, passed
on once and never kept, shown or logged.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import accounts
from app.accounts import MIN_PASSWORD_LENGTH, AccountInput, RoleGrant, UserInfo
from app.capabilities import capabilities
from app.changes import ChangeSet
from app.masterdata import list_officials, list_opd
from app.nip import format_nip
from app.permissions import ACCOUNT_ROLES, ADMIN, role_name
from ui.dialogs.handover import HandoverDialog
from ui.dialogs.master_data import _ListEditDialog
from ui.formats import format_timestamp
from ui.forms.widgets import TextField
from ui.messages import attempt
from ui.session import Session
from ui.table_model import Column
from ui.translation import app_text

PEMBANTU = "ppid_pembantu"
# Administrator first: it is the role this dialog is about; then the SOP roles in SOP order.
ROLES_SHOWN = (ADMIN, *(r for r in ACCOUNT_ROLES if r != ADMIN))


# ----------------------------------------------------------------------------- password
class PasswordDialog(QDialog):
    """Two password fields that must match. ``password()`` is read once by the caller."""

    def __init__(self, title: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        text = QLabel(intro)
        text.setWordWrap(True)
        self.first = QLineEdit()
        self.second = QLineEdit()
        for field in (self.first, self.second):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(256)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #842029;")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Kata sandi (min. %n karakter)", "", MIN_PASSWORD_LENGTH), self.first)
        form.addRow(self.tr("Ulangi kata sandi"), self.second)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        from ui.forms.widgets import mark_invalid

        if not self.first.text():
            self._refuse(self.first, self.tr("Isi kata sandi."))
            return
        if self.first.text() != self.second.text():
            self.second.clear()
            self._refuse(self.second, self.tr("Kedua kata sandi tidak sama; ketik ulang."))
            return
        mark_invalid(self.second, False)
        super().accept()

    def _refuse(self, field: QLineEdit, text: str) -> None:
        from ui.forms.widgets import mark_invalid

        mark_invalid(field, True, text)
        self.error.setText(text)
        self.error.show()
        field.setFocus()

    def password(self) -> str:
        return self.first.text()

    def done(self, result: int) -> None:
        super().done(result)
        if result != QDialog.DialogCode.Accepted:
            self.first.clear()
            self.second.clear()


def ask_password(parent: QWidget | None, title: str, intro: str) -> str | None:
    """Ask for a new password twice; None when cancelled. The fields are cleared afterwards."""
    dialog = PasswordDialog(title, intro, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.password()
    finally:
        dialog.first.clear()
        dialog.second.clear()
        dialog.deleteLater()


# ----------------------------------------------------------------------------- roles
class RolesEditor(QWidget):
    """The five roles as a checkable list; for PPID Pembantu, the OPDs it serves (several
    are allowed) in a second checkable list."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.roles = QListWidget()
        for role in ROLES_SHOWN:
            item = QListWidgetItem(app_text(role_name(role)))
            item.setData(Qt.ItemDataRole.UserRole, role)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.roles.addItem(item)
        rows = self.roles.sizeHintForRow(0) * len(ROLES_SHOWN)
        self.roles.setFixedHeight(rows + 2 * self.roles.frameWidth() + 4)
        self.opd_label = QLabel(self.tr("Perangkat daerah PPID Pembantu:"))
        self.opds = QListWidget()
        for opd in list_opd():
            label = f"{opd.nama} ({opd.singkatan})" if opd.singkatan else opd.nama
            if not opd.aktif:
                label = self.tr("{nama} — nonaktif").format(nama=label)
            item = QListWidgetItem(label)
            item.setToolTip(label)
            item.setData(Qt.ItemDataRole.UserRole, opd.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, opd.singkatan or opd.nama)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.opds.addItem(item)
        self.opds.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Whole names, wrapped where the column is narrow ("Badan Kepegawaian d…ya Manusia"
        # told the clerk nothing).
        self.opds.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.opds.setWordWrap(True)
        self.opds.setUniformItemSizes(False)
        self.opds.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.opds.setFixedHeight(
            self.opds.sizeHintForRow(0) * 10 + 2 * self.opds.frameWidth() + 4
            if self.opds.count()
            else 40
        )
        self.opd_summary = QLabel()
        self.opd_summary.setWordWrap(True)
        self.opd_summary.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.roles)
        layout.addWidget(self.opd_label)
        layout.addWidget(self.opds)
        layout.addWidget(self.opd_summary)
        self.roles.itemChanged.connect(self._update)
        self.opds.itemChanged.connect(self._update)
        self._update()

    def _role_item(self, role: str) -> QListWidgetItem:
        for row in range(self.roles.count()):
            item = self.roles.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == role:
                return item
        raise KeyError(role)

    def _opd_items(self) -> list[QListWidgetItem]:
        return [self.opds.item(row) for row in range(self.opds.count())]

    def is_checked(self, role: str) -> bool:
        return self._role_item(role).checkState() == Qt.CheckState.Checked

    def set_role_checked(self, role: str, checked: bool) -> None:
        self._role_item(role).setCheckState(
            Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        )

    def set_opd_checked(self, opd_id: int, checked: bool) -> None:
        for item in self._opd_items():
            if item.data(Qt.ItemDataRole.UserRole) == opd_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def checked_opds(self) -> list[int]:
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in self._opd_items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def grants(self) -> list[RoleGrant]:
        """What is ticked. PPID Pembantu without an OPD is passed on as such, so that
        ``app.accounts`` names the problem."""
        result: list[RoleGrant] = []
        for role in ROLES_SHOWN:
            if not self.is_checked(role):
                continue
            if role == PEMBANTU:
                opds = self.checked_opds()
                result.extend(RoleGrant(PEMBANTU, o) for o in opds)
                if not opds:
                    result.append(RoleGrant(PEMBANTU, None))
            else:
                result.append(RoleGrant(role))
        return result

    def set_grants(self, grants: tuple[RoleGrant, ...] | list[RoleGrant]) -> None:
        self.roles.blockSignals(True)
        self.opds.blockSignals(True)
        roles = {g.role for g in grants}
        opds = {g.opd_id for g in grants if g.role == PEMBANTU}
        for role in ROLES_SHOWN:
            self.set_role_checked(role, role in roles)
        for item in self._opd_items():
            item.setCheckState(
                Qt.CheckState.Checked
                if item.data(Qt.ItemDataRole.UserRole) in opds
                else Qt.CheckState.Unchecked
            )
        self.roles.blockSignals(False)
        self.opds.blockSignals(False)
        checked = [i for i in self._opd_items() if i.checkState() == Qt.CheckState.Checked]
        if self.opds.count():
            self.opds.scrollToItem(checked[0] if checked else self.opds.item(0))
        self._update()

    def _update(self, *_args) -> None:
        pembantu = self.is_checked(PEMBANTU)
        self.opds.setEnabled(pembantu)
        self.opd_label.setEnabled(pembantu)
        chosen = [
            item.data(Qt.ItemDataRole.UserRole + 1)
            for item in self._opd_items()
            if item.checkState() == Qt.CheckState.Checked
        ]
        if not pembantu:
            self.opd_summary.setText("")
        elif len(chosen) > SUMMARY_NAMES:
            shown = ", ".join(chosen[:SUMMARY_NAMES])
            self.opd_summary.setText(
                self.tr(
                    "PPID Pembantu untuk {jumlah} perangkat daerah: {nama} dan %n lainnya.",
                    "",
                    len(chosen) - SUMMARY_NAMES,
                ).format(jumlah=len(chosen), nama=shown)
            )
        elif chosen:
            self.opd_summary.setText(
                self.tr("PPID Pembantu untuk: {nama}").format(nama=", ".join(chosen))
            )
        else:
            self.opd_summary.setText(self.tr("Centang perangkat daerah PPID Pembantu ini."))
        self.changed.emit()


SUMMARY_NAMES = 6  # more OPDs than this: the summary counts the rest


# ----------------------------------------------------------------------------- the dialog
@dataclass(frozen=True)
class UserRow:
    """One account in the list."""

    id: int
    user: UserInfo

    @property
    def grants(self) -> tuple[RoleGrant, ...]:
        return self.user.roles

    @property
    def roles_text(self) -> str:
        return self.user.roles_text


def _user_rows() -> list[UserRow]:
    return [UserRow(user.id, user) for user in accounts.list_users()]


class UsersDialog(_ListEditDialog):
    stretch_column = 2

    # The base class shows these through ``class_text`` (in the window's language when the
    # dialog is made), so they are the marked Indonesian sources, not translated here.
    record_name = QT_TRANSLATE_NOOP("UsersDialog", "akun")
    title = QT_TRANSLATE_NOOP("UsersDialog", "Pengguna dan peran")

    @property
    def columns(self) -> list[Column]:
        yes, no, never = self.tr("Ya"), self.tr("Tidak"), self.tr("belum pernah")
        return [
            Column(QT_TRANSLATE_NOOP("UsersDialog", "Nama pengguna"), lambda r: r.user.username),
            Column(QT_TRANSLATE_NOOP("UsersDialog", "Nama lengkap"), lambda r: r.user.nama_lengkap),
            Column(
                QT_TRANSLATE_NOOP("UsersDialog", "Peran"),
                lambda r: r.roles_text,
                tooltip=lambda r: r.roles_text,
            ),
            Column(
                QT_TRANSLATE_NOOP("UsersDialog", "Aktif"),
                lambda r: yes if r.user.aktif else no,
                foreground=lambda r: None if r.user.aktif else "#842029",
            ),
            Column(
                QT_TRANSLATE_NOOP("UsersDialog", "Login terakhir"),
                lambda r: (
                    format_timestamp(r.user.login_terakhir) if r.user.login_terakhir else never
                ),
                sort_value=lambda r: (
                    r.user.login_terakhir.isoformat() if r.user.login_terakhir else ""
                ),
            ),
        ]

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.resize(1180, 700)
        columns = self.layout()
        if isinstance(columns, QHBoxLayout):  # the form (roles, OPD names) as wide as the list
            columns.setStretch(0, 1)
            columns.setStretch(1, 1)
        self.delete_button.hide()  # accounts are deactivated, never deleted (history)
        self.editable = capabilities(session.actor).manage_users
        for w in (self.new_button, self.save_button, self.form_box):
            w.setEnabled(self.editable)
        if self.editable:
            self.permission_note.setText("")
        else:
            self.permission_note.setText(
                self.tr(
                    "Hanya Administrator yang dapat mengelola pengguna; {peran} hanya dapat "
                    "melihat daftar ini."
                ).format(peran=app_text(role_name(session.actor.role)))
            )
        self._update_account_buttons()

    # -- form ---------------------------------------------------------------------------------
    def build_form(self) -> None:
        self.username = TextField()
        self.username.setMaxLength(33)  # one more than allowed, so "too long" gets its message
        self.username.setPlaceholderText(self.tr("huruf kecil, mis. siti.rohaeti"))
        self.nama_lengkap = TextField()
        self.nama_lengkap.setMaxLength(121)
        self.official = QComboBox()
        self.official.addItem(self.tr("— tidak ditautkan —"), None)
        self._official_names: dict[int, str] = {}
        for o in list_officials():
            detail = self.tr("NIP {nip}").format(nip=format_nip(o.nip)) if o.nip else o.jabatan
            label = f"{o.full_name} — {detail}" if detail else o.full_name
            if not o.aktif:
                label = self.tr("{nama} (nonaktif)").format(nama=label)
            self.official.addItem(label, o.id)
            self._official_names[o.id] = o.full_name
        self.official.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.official.setMinimumContentsLength(28)
        self.official.currentIndexChanged.connect(self._official_chosen)
        self.aktif = QCheckBox(self.tr("Aktif (dapat masuk)"))
        self.roles = RolesEditor()
        self.reset_button = QPushButton(self.tr("Atur ulang kata sandi…"))
        self.handover_button = QPushButton(self.tr("Serah terima tugas…"))
        self.handover_button.setToolTip(
            self.tr("Alihkan tahap berjalan milik akun ini kepada akun lain")
        )
        self.reset_button.clicked.connect(self.reset_password)
        self.handover_button.clicked.connect(self.open_handover)
        account_row = QHBoxLayout()
        account_row.addWidget(self.reset_button)
        account_row.addWidget(self.handover_button)
        account_row.addStretch(1)
        self.form.addRow(self.tr("Nama pengguna *"), self.username)
        self.form.addRow(self.tr("Nama lengkap *"), self.nama_lengkap)
        self.form.addRow(self.tr("Pejabat terkait"), self.official)
        self.form.addRow("", self.aktif)
        self.form.addRow(self.tr("Peran *"), self.roles)
        self.form.addRow(account_row)

    def field_widgets(self) -> dict[str, QWidget]:
        return {
            "username": self.username,
            "nama_lengkap": self.nama_lengkap,
            "official": self.official,
            "peran": self.roles.roles,
        }

    def records(self) -> list[UserRow]:
        return _user_rows()

    def load(self, row: UserRow) -> None:
        self.username.set_value(row.user.username)
        self.nama_lengkap.set_value(row.user.nama_lengkap)
        self.official.blockSignals(True)
        self.official.setCurrentIndex(max(self.official.findData(row.user.official_id), 0))
        self.official.blockSignals(False)
        self.aktif.setChecked(row.user.aktif)
        self.roles.set_grants(row.grants)
        self._update_account_buttons()

    def clear_form(self) -> None:
        self.username.clear()
        self.nama_lengkap.clear()
        self.official.blockSignals(True)
        self.official.setCurrentIndex(0)
        self.official.blockSignals(False)
        self.aktif.setChecked(True)
        self.roles.set_grants([])
        self._update_account_buttons()

    def form_state(self) -> Any:
        return self.account_input()

    def account_input(self) -> AccountInput:
        return AccountInput(
            username=self.username.value(),
            nama_lengkap=self.nama_lengkap.value(),
            roles=self.roles.grants(),
            official_id=self.official.currentData(),
            aktif=self.aktif.isChecked(),
        )

    def _official_chosen(self) -> None:
        official_id = self.official.currentData()
        if official_id is not None and not self.nama_lengkap.value().strip():
            self.nama_lengkap.set_value(self._official_names.get(official_id, ""))

    def _update_account_buttons(self) -> None:
        if not hasattr(self, "editable"):
            return  # still inside the base class's __init__
        chosen = self._current_id is not None and self.editable
        self.reset_button.setEnabled(chosen)
        self.handover_button.setEnabled(self.editable)

    # -- actions ------------------------------------------------------------------------------
    def save(self, record_id: int | None) -> ChangeSet:  # the base class's hook; see _save
        return accounts.update_user(self._session.actor, record_id, self.account_input())

    def _save(self) -> None:
        data = self.account_input()
        if self._current_id is None:
            checked, _ = attempt(
                self,
                accounts.check_new_user,
                self._session.actor,
                data,
                fields=self.field_widgets(),
            )
            if not checked:
                return  # the account is refused as it is: no password is asked for
            password = ask_password(
                self,
                self.tr("Kata sandi awal"),
                self.tr(
                    "Kata sandi awal untuk akun baru {akun}. Sampaikan kepada pemiliknya secara "
                    "langsung; ia wajib menggantinya saat pertama masuk."
                ).format(akun=data.username.strip() or ""),
            )
            if password is None:
                return
            ok, saved = attempt(
                self,
                accounts.create_user,
                self._session.actor,
                data,
                password,
                fields=self.field_widgets(),
            )
            del password
            if ok:
                QMessageBox.information(
                    self,
                    self.tr("Akun dibuat"),
                    self.tr(
                        "Akun {akun} ({nama}) dibuat. Pemiliknya wajib mengganti kata sandi awal "
                        "saat pertama masuk."
                    ).format(akun=saved.value.username, nama=saved.value.nama_lengkap),
                )
        else:
            ok, saved = attempt(
                self,
                accounts.update_user,
                self._session.actor,
                self._current_id,
                data,
                fields=self.field_widgets(),
            )
        if ok:
            self.changes = self.changes | saved
            self.reload(select_id=saved.value.id)
            self._remember_form()

    def _current_row(self) -> UserRow | None:
        for row in self.model.rows():
            if row.id == self._current_id:
                return row
        return None

    def reset_password(self) -> None:
        row = self._current_row()
        if row is None:
            return
        user = row.user
        password = ask_password(
            self,
            self.tr("Atur ulang kata sandi — {akun}").format(akun=user.username),
            self.tr(
                "Kata sandi baru untuk {nama} ({akun}). Sampaikan kepadanya secara langsung; ia "
                "wajib menggantinya saat masuk berikutnya."
            ).format(nama=user.nama_lengkap, akun=user.username),
        )
        if password is None:
            return
        ok, reset = attempt(self, accounts.reset_password, self._session.actor, user.id, password)
        del password
        if ok:
            self.changes = self.changes | reset
            QMessageBox.information(
                self,
                self.tr("Kata sandi diatur ulang"),
                self.tr(
                    "Kata sandi {akun} telah diatur ulang. {nama} wajib menggantinya saat masuk "
                    "berikutnya; penguncian karena salah kata sandi juga dibuka."
                ).format(akun=user.username, nama=user.nama_lengkap),
            )

    def open_handover(self) -> None:
        dialog = HandoverDialog(self._session, self._current_id, self)
        dialog.exec()
        self.changes = self.changes | dialog.changes
