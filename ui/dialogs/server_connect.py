"""Berkas → Sambungkan ke server…: the office's PostgreSQL database, by its address. The
password is not asked here: the server asks for it when the window opens the database, and
it is never stored (asked at every start). The address is remembered for this Windows user
(``SERVER_KEY``), so the next start opens the server again."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import workspace
from ui.application import SERVER_KEY as SERVER_KEY  # re-exported: where it is remembered

DEFAULT_PORT = 5432


class ServerConnectDialog(QDialog):
    def __init__(self, remembered: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sambungkan ke server basis data"))
        self.host = QLineEdit("localhost")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.dbname = QLineEdit("ujikon")
        self.user = QLineEdit("ujikon")
        if remembered and workspace.is_server(remembered):
            host, port, dbname, user = workspace.server_parts(remembered)
            self.host.setText(host)
            self.port.setValue(port)
            self.dbname.setText(dbname)
            self.user.setText(user)
        intro = QLabel(
            self.tr(
                "Basis data PostgreSQL kantor yang dipakai bersama beberapa komputer. "
                "Pengelola server menyiapkannya dengan main.py server siapkan. Kata sandi "
                "ditanyakan saat menyambung dan tidak disimpan."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Server (nama atau alamat IP)"), self.host)
        form.addRow(self.tr("&Port"), self.port)
        form.addRow(self.tr("&Basis data"), self.dbname)
        form.addRow(self.tr("Pen&gguna"), self.user)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b02a37;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sambungkan"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.url = ""

    def _accept(self) -> None:
        host, dbname = self.host.text().strip(), self.dbname.text().strip()
        if not host or not dbname:
            self.problem.setText(self.tr("Isi nama server dan nama basis datanya."))
            self.problem.show()
            return
        self.url = workspace.server_url(host, self.port.value(), dbname, self.user.text().strip())
        self.accept()
