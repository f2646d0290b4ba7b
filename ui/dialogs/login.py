"""First run (the first administrator), login, a forced password change, and the screen lock.
Passwords stay in the password fields: they are passed to ``app.accounts`` and never kept."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app import accounts, settings, setup
from app.accounts import LoggedIn, LoginFailed
from app.permissions import role_name
from app.settings import KOP_ALAMAT, KOP_INSTANSI, KOP_PEMERINTAH
from ui.messages import attempt
from ui.translation import app_text

translate = QCoreApplication.translate


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(256)
    return field


def _office_heading() -> QLabel:
    label = QLabel(
        translate(
            "_Form", "<b>{instansi}</b><br>{pemerintah}<br>PPID — Uji Konsekuensi Informasi Publik"
        ).format(instansi=settings.value(KOP_INSTANSI), pemerintah=settings.value(KOP_PEMERINTAH))
    )
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setStyleSheet("padding: 8px;")
    return label


class _Form(QDialog):
    # The OK button's text, translated when shown (context "_Form" for every subclass).
    ok_text = QT_TRANSLATE_NOOP("_Form", "OK")

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #842029;")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("_Form", self.ok_text)
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("_Form", "Batal")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(_office_heading())
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


class LoginDialog(_Form):
    """Asks for username and password until they are right (or the user cancels)."""

    ok_text = QT_TRANSLATE_NOOP("_Form", "Masuk")

    def __init__(self, parent: QWidget | None = None, username: str = "") -> None:
        super().__init__(self.tr("Masuk ke Ujikon"), parent)
        self.session: LoggedIn | None = None
        self.username = QLineEdit(username)
        self.username.setMaxLength(64)
        self.password = _password_field()
        self.form.addRow(self.tr("Nama pengguna"), self.username)
        self.form.addRow(self.tr("Kata sandi"), self.password)
        (self.password if username else self.username).setFocus()

    def accept(self) -> None:
        try:
            self.session = accounts.login(self.username.text(), self.password.text())
        except LoginFailed as exc:
            self.password.clear()
            self.show_error(app_text(exc.message))
            return
        super().accept()


class SetupDialog(_Form):
    """First run: the office's kop lines, the first administrator, optionally demo data."""

    ok_text = QT_TRANSLATE_NOOP("_Form", "Mulai")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Persiapan pertama Ujikon"), parent)
        self.session: LoggedIn | None = None  # logged in once the account is made
        self.setMinimumWidth(680)  # the office's full name and address fit their fields
        intro = QLabel(
            self.tr(
                "Selamat datang. Isi nama kantor untuk kop surat dan buat akun "
                "administrator pertama. Daftar perangkat daerah Kabupaten Serang sudah "
                "dimuat; semuanya dapat diubah kemudian di menu Data Master."
            )
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.kop_pemerintah = QLineEdit(settings.value(KOP_PEMERINTAH))
        self.kop_instansi = QLineEdit(settings.value(KOP_INSTANSI))
        self.kop_alamat = QLineEdit("; ".join(settings.value(KOP_ALAMAT)))
        self.kop_alamat.setToolTip(
            self.tr("Pisahkan baris alamat dengan titik koma (;), maks. 3 baris")
        )
        self.username = QLineEdit("admin")  # notr: the suggested user name
        self.full_name = QLineEdit()
        self.password = _password_field()
        self.repeat = _password_field()
        # The SOP roles this account also holds (app.setup says which may be given now).
        self.roles_note = QLabel(app_text(setup.SETUP_ROLES_NOTE))
        self.roles_note.setWordWrap(True)
        self.roles_box = QWidget()
        roles_layout = QHBoxLayout(self.roles_box)
        roles_layout.setContentsMargins(0, 0, 0, 0)
        self.role_checks: dict[str, QCheckBox] = {}
        for role in setup.SETUP_ROLES:
            check = QCheckBox(app_text(role_name(role)))
            check.setChecked(role in setup.DEFAULT_SETUP_ROLES)
            self.role_checks[role] = check
            roles_layout.addWidget(check)
        self.demo = QCheckBox(self.tr("Isi dengan kasus contoh (data demo) untuk mencoba-coba"))
        self.form.addRow(self.tr("Baris pemerintah *"), self.kop_pemerintah)
        self.form.addRow(self.tr("Nama instansi *"), self.kop_instansi)
        self.form.addRow(self.tr("Alamat kop"), self.kop_alamat)
        self.form.addRow(self.tr("Nama pengguna admin *"), self.username)
        self.form.addRow(self.tr("Nama lengkap *"), self.full_name)
        self.form.addRow(
            self.tr("Kata sandi * (min. {length})").format(length=accounts.MIN_PASSWORD_LENGTH),
            self.password,
        )
        self.form.addRow(self.tr("Ulangi kata sandi *"), self.repeat)
        self.form.addRow(self.roles_note)
        self.form.addRow(self.tr("Peran SOP akun ini"), self.roles_box)
        self.form.addRow(self.demo)

    def chosen_roles(self) -> tuple[str, ...]:
        return tuple(role for role, check in self.role_checks.items() if check.isChecked())

    def _create(self) -> None:
        """One service: the account, the kop, the demo cases (a refused kop leaves no
        account)."""
        setup.first_run(
            setup.FirstRun(
                username=self.username.text(),
                nama_lengkap=self.full_name.text(),
                password=self.password.text(),
                kop_pemerintah=self.kop_pemerintah.text(),
                kop_instansi=self.kop_instansi.text(),
                kop_alamat=self.kop_alamat.text().split(";"),
                demo=self.demo.isChecked(),
                roles=self.chosen_roles(),
            )
        )

    def accept(self) -> None:
        if self.password.text() != self.repeat.text():
            self.show_error(self.tr("Kedua kata sandi tidak sama."))
            return
        fields = {
            "username": self.username,
            "nama_lengkap": self.full_name,
            "kata_sandi": self.password,
            "kop_pemerintah": self.kop_pemerintah,
            "kop_instansi": self.kop_instansi,
            "kop_alamat": self.kop_alamat,
        }
        ok, _ = attempt(self, self._create, fields=fields)
        if not ok:
            return
        # The clerk has just typed the password twice: logged in with it, not asked again.
        ok, self.session = attempt(self, accounts.login, self.username.text(), self.password.text())
        super().accept()


class ChangePasswordDialog(_Form):
    ok_text = QT_TRANSLATE_NOOP("_Form", "Ganti kata sandi")

    def __init__(self, user_id: int, forced: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ganti kata sandi"), parent)
        self._user_id = user_id
        if forced:
            note = QLabel(self.tr("Kata sandi Anda diatur oleh administrator; ganti sekarang."))
            note.setWordWrap(True)
            self.form.addRow(note)
        self.old = _password_field()
        self.new = _password_field()
        self.repeat = _password_field()
        self.form.addRow(self.tr("Kata sandi lama"), self.old)
        self.form.addRow(
            self.tr("Kata sandi baru (min. {length})").format(length=accounts.MIN_PASSWORD_LENGTH),
            self.new,
        )
        self.form.addRow(self.tr("Ulangi kata sandi baru"), self.repeat)

    def accept(self) -> None:
        if self.new.text() != self.repeat.text():
            self.show_error(self.tr("Kedua kata sandi baru tidak sama."))
            return
        ok, _ = attempt(
            self,
            accounts.change_own_password,
            self._user_id,
            self.old.text(),
            self.new.text(),
            fields={"sandi_lama": self.old, "sandi_baru": self.new},
        )
        if ok:
            super().accept()


class LockDialog(_Form):
    """The screen lock after idle time: the same user's password, or log out."""

    ok_text = QT_TRANSLATE_NOOP("_Form", "Buka kunci")

    def __init__(self, username: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Layar terkunci"), parent)
        self._username = username
        self.login: LoggedIn | None = None  # the account as it is now, once unlocked
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Keluar akun"))
        self.form.addRow(
            QLabel(
                self.tr("Ujikon dikunci. Masukkan kata sandi {username}.").format(username=username)
            )
        )
        self.password = _password_field()
        self.form.addRow(self.tr("Kata sandi"), self.password)

    def accept(self) -> None:
        try:
            login = accounts.login(self._username, self.password.text())
        except LoginFailed as exc:
            self.password.clear()
            self.show_error(app_text(exc.message))
            return
        if not login.roles:
            self.password.clear()
            self.show_error(
                self.tr(
                    "Akun {username} tidak lagi memegang peran apa pun; hubungi administrator."
                ).format(username=login.username)
            )
            return
        self.login = login
        super().accept()


def require_password_change(login: LoggedIn, parent: QWidget | None = None) -> bool:
    """Run the forced change; False if the user cancels it (then they may not work)."""
    if not login.wajib_ganti_sandi:
        return True
    return (
        ChangePasswordDialog(login.user_id, forced=True, parent=parent).exec()
        == QDialog.DialogCode.Accepted
    )
