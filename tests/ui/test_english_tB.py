"""The English of the step form, item dialog, login, finalise, verify, new case, preview, SOP,
deadline moves and number register reaches the widgets: the window's catalogue installed in
the application, and a few dialogs built under it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from app.sop import load_current_sop
from ui.dialogs.login import LoginDialog, SetupDialog
from ui.dialogs.new_case import NewCaseDialog
from ui.dialogs.sop_view import SopDialog
from ui.dialogs.verify import VerifyDialog
from ui.forms.step_form import StepForm
from ui.forms.widgets import DateField
from ui.session import Session


@pytest.fixture
def english(english_catalogue):
    """The committed English catalogue, installed as at start."""
    yield


def _buttons(dialog) -> set[str]:
    return {b.text() for b in dialog.findChildren(QPushButton)}


def test_login_and_setup_in_english(english, qtbot, ui_db):
    login = LoginDialog()
    qtbot.addWidget(login)
    assert login.windowTitle() == "Log in to Ujikon"
    ok = login.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Log in"
    assert "Cancel" in _buttons(login)
    setup = SetupDialog()
    qtbot.addWidget(setup)
    assert setup.windowTitle() == "Ujikon first-time setup"
    assert setup.demo.text() == "Fill with sample cases (demo data) to try things out"


def test_new_case_verify_and_sop_in_english(english, qtbot, login):
    dialog = NewCaseDialog(Session(login))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "New consequence test case"
    assert {"Create case", "Cancel"} <= _buttons(dialog)
    assert dialog.title.placeholderText() == "e.g. Pemutakhiran DIK Dinas Kesehatan Tahun 2026"
    verify = VerifyDialog()
    qtbot.addWidget(verify)
    assert verify.windowTitle() == "Check a document's authenticity"
    assert {"Check code", "Choose PDF…", "View stored document", "Close"} <= _buttons(verify)
    sop = SopDialog(load_current_sop())
    qtbot.addWidget(sop)
    text = sop.browser.toPlainText()
    assert "Standard Operating Procedure:" in text and "working days" in text
    assert DateField().specialValueText() == "not filled in"


def test_step_form_in_english(english, qtbot, login):
    form = StepForm(Session(login))
    qtbot.addWidget(form)
    assert form.save_button.text() == "Save fields"
    assert form.items_box.title() == "Information items"
    assert form.participants.add_button.text() == "Add participant"
    assert form._duration(1) == "1 working day"
    assert form._duration(10) == "10 working days"
    assert form.tr("Kurang %n isian", "", 3) == "3 fields missing"
