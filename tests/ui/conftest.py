"""Fixtures for the Qt tests: a real main window on a fresh database, with the modal message
boxes replaced by recorders (a modal box would wait for a click that never comes)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from app import clock
from app.masterdata import OfficialInput, save_official
from app.permissions import ADMIN, Actor
from app.store import close_database, open_database
from tests.ui.support import UI_PASSWORD, cups_queue
from ui.application import settings_for
from ui.dialogs.finalise import FinaliseDialog
from ui.dialogs.new_case import NewCaseDialog
from ui.main_window import MainWindow
from ui.runner import get_runner
from ui.session import Session

TODAY = date(2026, 11, 25)


@dataclass
class Boxes:
    """What the message boxes would have shown; ``answer`` for questions."""

    shown: list[tuple[str, str, str]] = field(default_factory=list)
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes
    # What the finalise dialog is filled with before its button is pressed (``answer`` Yes).
    reason: str = "Koreksi oleh uji."
    nomor_luar: str = ""
    finalise_dialogs: list = field(default_factory=list)

    def texts(self, kind: str | None = None) -> str:
        return "\n".join(t for k, _title, t in self.shown if kind in (None, k))


@pytest.fixture(autouse=True)
def no_job_left(qapp):
    """Every job a test starts has ended when it ends (none reports into the next test)."""
    yield
    runner = get_runner()
    assert runner.stop_all(5.0), "a test left a background job running"
    assert not runner.busy()


@pytest.fixture
def boxes(monkeypatch) -> Boxes:
    rec = Boxes()

    def make(kind):
        def show(_parent, title, text, *args, **kwargs):
            rec.shown.append((kind, title, text))
            return rec.answer if kind == "question" else QMessageBox.StandardButton.Ok

        return staticmethod(show)

    for kind in ("warning", "information", "critical", "question"):
        monkeypatch.setattr(QMessageBox, kind, make(kind))

    def run_finalise(dialog) -> int:
        """The finalise dialog as a clerk answers it: the proposed date, ``reason`` and
        ``nomor_luar`` typed in, the button pressed (or Batal when ``answer`` is not Yes)."""
        rec.finalise_dialogs.append(dialog)
        if rec.answer != QMessageBox.StandardButton.Yes:
            return QDialog.DialogCode.Rejected
        dialog.reason.set_value(rec.reason)
        dialog.nomor_luar.set_value(rec.nomor_luar)
        dialog._accept()
        return dialog.result()

    monkeypatch.setattr(FinaliseDialog, "exec", run_finalise)
    monkeypatch.setattr(
        QMessageBox,
        "exec",
        lambda self: (
            rec.shown.append(
                ("box", self.windowTitle(), self.text() + "\n" + self.informativeText())
            )
            or 0
        ),
    )
    return rec


@pytest.fixture
def ui_db(tmp_path):
    clock.pin_today(TODAY)
    path = tmp_path / "ujikon.db"
    open_database(path)
    admin = Actor(ADMIN, "Admin")
    save_official(
        admin,
        OfficialInput(
            nama="Anas Dwi Satya",
            nip="197007061990031002",
            gelar_belakang="S.Sos., M.Si.",
            golongan="IV/c",
            jabatan="Kepala Dinas",
            peran="ppid_utama",
        ),
    )
    save_official(
        admin,
        OfficialInput(
            nama="Siti Rohaeti",
            nip="198503152010012003",
            golongan="III/d",
            jabatan="Kepala Bagian Hukum",
            peran="tim_pertimbangan",
        ),
    )
    yield path
    close_database()
    clock.pin_today(None)


@pytest.fixture
def login(ui_db):
    """An administrator account that also holds every SOP role (PPID Pembantu of Dinkes), so
    a test can act in any role by choosing it in the toolbar, as a clerk would."""
    from app import accounts
    from app.accounts import AccountInput, RoleGrant
    from app.models import Opd

    dinkes = Opd.get(Opd.singkatan == "Dinkes").id
    grants = [
        RoleGrant("ppid_utama"),
        RoleGrant("ppid_pembantu", dinkes),
        RoleGrant("tim_pertimbangan"),
        RoleGrant("atasan_ppid"),
        RoleGrant("admin"),
    ]
    accounts.create_first_admin(AccountInput("uji", "Petugas Uji", grants), UI_PASSWORD)
    return accounts.login("uji", UI_PASSWORD)


@pytest.fixture
def window(qtbot, ui_db, tmp_path, boxes, login):
    win = MainWindow(ui_db, settings_for(tmp_path / "ui.ini"), Session(login))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def new_case(window, qtbot):
    """Create a case through the New Case dialog, as a PPID Pembantu; returns the Case."""

    def create(title: str = "Pemutakhiran DIK Dinas Kesehatan 2026"):
        window.set_role("ppid_pembantu")
        dialog = NewCaseDialog(window.session, window)
        qtbot.addWidget(dialog)
        dialog.opd.setCurrentIndex(dialog.opd.findText("Dinas Kesehatan (Dinkes)"))
        dialog.title.setText(title)
        dialog.start.set_value(date(2026, 11, 2))
        dialog.accept()
        assert dialog.created is not None
        window.case_list.reload_choices()
        window.case_list.select_case(dialog.created.id)
        return dialog.created

    return create


# ------------------------------------------------------------------------ the CUPS-PDF queue
@pytest.fixture
def cups_pdf_queue(qapp) -> str:
    """A CUPS queue named PDF (CUPS-PDF backend). Skipped where there is none, except in CI,
    which sets UJIKON_REQUIRE_CUPS=1 after installing one."""
    queue = cups_queue()
    if queue is None:
        if os.environ.get("UJIKON_REQUIRE_CUPS") == "1":
            pytest.fail("CI must provide a CUPS queue named PDF (cups + printer-driver-cups-pdf)")
        pytest.skip("no CUPS queue named PDF on this machine")
    return queue


# ------------------------------------------------------------------- the window in English
@pytest.fixture
def english_catalogue(qapp):
    """The window's English (``resources/translations/ujikon_en.qm``) installed as *Bantuan →
    Bahasa → English* does at start, and Indonesian (the tests' default) put back after."""
    from PySide6.QtCore import QLocale

    from ui.translation import install_translations, remove_translations

    before = QLocale()
    assert install_translations(qapp, "en")
    yield
    remove_translations(qapp)
    install_translations(qapp, "id")
    remove_translations(qapp)
    QLocale.setDefault(before)
