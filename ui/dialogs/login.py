"""First run (the first administrator), login, a forced password change, and the screen lock.
Passwords stay in the password fields: they are passed to ``app.accounts`` and never kept."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.first_paint import after_first_paint
from ui.messages import attempt
from ui.translation import app_text

# The store, the accounts and the settings are imported where they are used, not here: the
# login dialog may paint before the database is opened (``ui.application``), so importing
# this module must not load peewee and the rest.
if TYPE_CHECKING:
    from app.accounts import LoggedIn

translate = QCoreApplication.translate


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(256)
    return field


def office_heading_text() -> str:
    """The dialogs' heading: the office as the open database's kop names it."""
    from app import settings
    from app.settings import KOP_INSTANSI, KOP_PEMERINTAH

    return translate(
        "_Form", "<b>{instansi}</b><br>{pemerintah}<br>PPID — Uji Konsekuensi Informasi Publik"
    ).format(instansi=settings.value(KOP_INSTANSI), pemerintah=settings.value(KOP_PEMERINTAH))


def _office_heading(text: str | None = None) -> QLabel:
    label = QLabel(office_heading_text() if text is None else text)
    label.setWordWrap(True)
    # Centred through the style sheet, not setAlignment(Qt.AlignmentFlag…): the login dialog
    # paints before anything touches PySide's ``Qt`` namespace, whose enums cost 13 ms to build
    label.setStyleSheet("padding: 8px; qproperty-alignment: AlignCenter;")
    return label


class _Form(QDialog):
    # The OK button's text, translated when shown (context "_Form" for every subclass).
    ok_text = QT_TRANSLATE_NOOP("_Form", "OK")

    def __init__(
        self, title: str, parent: QWidget | None = None, heading: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #842029;")
        self.error.hide()
        # Set after construction: the constructor taking the buttons has an overload with a
        # Qt.Orientation, and resolving it builds PySide's whole ``Qt`` namespace (13 ms
        # before the login dialog's first paint)
        self.buttons = QDialogButtonBox()
        self.buttons.setStandardButtons(
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
        self.heading = _office_heading(heading)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


class LoginDialog(_Form):
    """Asks for username and password until they are right (or the user cancels).

    With ``prepare`` the dialog is shown before the database is open (``heading``: the kop
    remembered from the last login on this PC): ``prepare()`` runs once the dialog has
    painted, opens the database and says whether the login can go on. When it cannot (the
    file is in use, sealed with another key, empty), the dialog ends with ``NOT_READY`` and
    the caller asks what the situation needs. *Masuk* pressed before that runs it first.
    ``prepare_when(go)``, called after the first paint, calls ``go`` (on the GUI thread) when
    ``prepare`` may run: once what it imports is loaded elsewhere; without it, at once."""

    ok_text = QT_TRANSLATE_NOOP("_Form", "Masuk")
    NOT_READY = 2  # exec()'s result when ``prepare`` said the login cannot go on

    def __init__(
        self,
        parent: QWidget | None = None,
        username: str = "",
        heading: str | None = None,
        prepare: Callable[[], bool] | None = None,
        prepare_when: Callable[[Callable[[], None]], None] | None = None,
    ) -> None:
        super().__init__(self.tr("Masuk ke Ujikon"), parent, heading)
        self._prepare = prepare
        if prepare is not None:
            if prepare_when is None:
                after_first_paint(self, self._run_prepare)
            else:
                after_first_paint(self, lambda: prepare_when(self._run_prepare))
        self.session: LoggedIn | None = None
        self.username = QLineEdit(username)
        self.username.setMaxLength(64)
        self.password = _password_field()
        self.form.addRow(self.tr("Nama pengguna"), self.username)
        self.form.addRow(self.tr("Kata sandi"), self.password)
        (self.password if username else self.username).setFocus()

    def _run_prepare(self) -> None:
        prepare, self._prepare = self._prepare, None
        if prepare is None or not self.isVisible():
            return  # done already, or closed before it painted
        if not prepare():
            self.done(self.NOT_READY)
            return
        self.heading.setText(office_heading_text())  # as the database says now

    def accept(self) -> None:
        if self._prepare is not None:  # Masuk before the database was opened
            self._run_prepare()
            if self.result() == self.NOT_READY:
                return
        from app import accounts
        from app.accounts import LoginFailed

        try:
            self.session = accounts.login(self.username.text(), self.password.text())
        except LoginFailed as exc:
            self.password.clear()
            self.show_error(app_text(exc.message))
            return
        super().accept()


class SetupDialog(_Form):
    """First run: which kind of office this is (the PPID Utama, or a perangkat daerah's
    office with its OPD), the kop lines, the first administrator, optionally demo data."""

    ok_text = QT_TRANSLATE_NOOP("_Form", "Mulai")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Persiapan pertama Ujikon"), parent)
        from app import accounts, masterdata, settings, setup
        from app.permissions import role_name
        from app.settings import KOP_ALAMAT, KOP_INSTANSI, KOP_PEMERINTAH

        self.session: LoggedIn | None = None  # logged in once the account is made
        self.setMinimumWidth(680)  # the office's full name and address fit their fields
        intro = QLabel(
            self.tr(
                "Selamat datang. Pilih jenis kantor ini, isi nama kantor untuk kop surat dan "
                "buat akun administrator pertama. Daftar perangkat daerah Kabupaten Serang "
                "sudah dimuat; semuanya dapat diubah kemudian di menu Data Master."
            )
        )
        intro.setWordWrap(True)
        # The notes above the form, not in it: a form layout gives a word-wrapped row too
        # little height when the dialog is narrower than the note's size hint.
        self.layout().insertWidget(1, intro)
        # The kind of office (app.setup.OFFICE_KINDS) and, at an OPD install, its OPD.
        self.office_kind = QComboBox()
        for code, name in setup.OFFICE_KINDS:
            self.office_kind.addItem(app_text(name), code)
        self.opd = QComboBox()
        # Each OPD's kop line and address as Data Master has them, proposed when chosen.
        self._opd_kops: dict[int, tuple[str, str]] = {}
        for opd in masterdata.list_opd(active_only=True):
            self.opd.addItem(opd.nama, opd.id)
            self._opd_kops[opd.id] = (opd.kop_line, "; ".join(opd.kop_alamat))
        self.opd.setCurrentIndex(-1)
        self.opd.setPlaceholderText(self.tr("Pilih perangkat daerah kantor ini"))
        self.opd_note = QLabel(app_text(setup.OPD_INSTALL_NOTE))
        self.opd_note.setWordWrap(True)
        self.layout().insertWidget(2, self.opd_note)
        self.kop_pemerintah = QLineEdit(settings.value(KOP_PEMERINTAH))
        self.kop_instansi = QLineEdit(settings.value(KOP_INSTANSI))
        self.kop_alamat = QLineEdit("; ".join(settings.value(KOP_ALAMAT)))
        # The PPID Utama's kop, to go back to from an OPD's.
        self._office_kop = (self.kop_instansi.text(), self.kop_alamat.text())
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
        self.form.addRow(self.tr("Jenis kantor *"), self.office_kind)
        self.form.addRow(self.tr("Perangkat daerah *"), self.opd)
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
        self.office_kind.currentIndexChanged.connect(self._office_kind_changed)
        self.opd.currentIndexChanged.connect(self._opd_changed)
        self._office_kind_changed()

    def opd_install(self) -> bool:
        from app.exchange.office import PEMBANTU

        return self.office_kind.currentData() == PEMBANTU

    def _office_kind_changed(self) -> None:
        """An OPD install asks for its OPD; its account's roles are given (PPID Pembantu of
        that OPD), and demo data is for the PPID Utama only."""
        opd_install = self.opd_install()
        self.form.setRowVisible(self.opd, opd_install)
        self.opd_note.setVisible(opd_install)
        for widget in (self.roles_note, self.roles_box):
            self.form.setRowVisible(widget, not opd_install)
        self.demo.setEnabled(not opd_install)
        if opd_install:
            self.demo.setChecked(False)
            self._opd_changed()
        else:
            self._propose_kop(self._office_kop)

    def _opd_changed(self) -> None:
        kop = self._opd_kops.get(self.opd.currentData())
        if kop is not None:
            self._propose_kop(kop)

    def _propose_kop(self, kop: tuple[str, str]) -> None:
        """Put ``kop`` (office line, address) in the kop fields, each unless the clerk typed
        their own there (a field still holding a kop proposed before is replaced)."""
        proposed = [self._office_kop, *self._opd_kops.values()]
        for i, field in enumerate((self.kop_instansi, self.kop_alamat)):
            if any(field.text() == other[i] for other in proposed):
                field.setText(kop[i])

    def chosen_roles(self) -> tuple[str, ...]:
        return tuple(role for role, check in self.role_checks.items() if check.isChecked())

    def _create(self) -> None:
        """One service: the account, the kop, the office's kind, the demo cases (a refused
        kop leaves no account)."""
        from app import setup

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
                kantor=self.office_kind.currentData(),
                opd_id=self.opd.currentData() if self.opd_install() else None,
            )
        )

    def accept(self) -> None:
        if self.password.text() != self.repeat.text():
            self.show_error(self.tr("Kedua kata sandi tidak sama."))
            return
        fields = {
            "kantor": self.office_kind,
            "opd": self.opd,
            "demo": self.demo,
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
        from app import accounts

        # The clerk has just typed the password twice: logged in with it, not asked again.
        ok, self.session = attempt(self, accounts.login, self.username.text(), self.password.text())
        super().accept()


class ChangePasswordDialog(_Form):
    ok_text = QT_TRANSLATE_NOOP("_Form", "Ganti kata sandi")

    def __init__(self, user_id: int, forced: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ganti kata sandi"), parent)
        from app import accounts

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
        from app import accounts

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
        from app import accounts
        from app.accounts import LoginFailed

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
