"""The English of the main window, the case list, the case view, the documents tab and the
progress dialog reaches the widgets (the committed catalogue, installed as at start)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from ui.application import settings_for
from ui.main_window import MainWindow
from ui.runner import ProgressDialog
from ui.session import Session


@pytest.fixture
def english(english_catalogue):
    """The committed English catalogue, installed as at start."""
    yield


def test_main_window_speaks_english(english, qtbot, ui_db, tmp_path, boxes, login):
    window = MainWindow(ui_db, settings_for(tmp_path / "ui.ini"), Session(login))
    qtbot.addWidget(window)
    assert window.windowTitle().endswith("— Public Information Consequence Test")
    assert [a.text() for a in window.menuBar().actions()] == [
        "&File",
        "&Master data",
        "&Reports",
        "&Help",
    ]
    assert window.new_case_action.text() == "&New case…"
    assert window.backup_action.text() == "&Back up…"
    assert window.status_db.text().startswith("Database: ")

    panel = window.case_list
    assert panel.mine.text() == "My tasks"
    assert panel.count_label.text() == "No cases yet."
    assert panel.model.headerData(0, Qt.Orientation.Horizontal) == "Number"
    assert panel.status_filter.itemText(0) == "All statuses"

    view = window.case_view
    tabs = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert tabs == ["Running step's form", "Timeline of steps", "Documents", "History"]
    assert view.placeholder.text().startswith("Choose a case in the list on the left")
    assert view.documents.preview_button.text() == "Preview"
    assert view.documents.finalise_button.text() == "Finalise…"
    assert view.timeline_model.headerData(4, Qt.Orientation.Horizontal) == "Time allowed"


def test_progress_dialog_and_plurals_in_english(english, qtbot):
    dialog = ProgressDialog(None, "Uji")
    qtbot.addWidget(dialog)
    assert dialog.cancel_button.text() == "Cancel"
    translate = QCoreApplication.translate
    assert translate("CaseListPanel", "%Ln kasus", "", 1) == "1 case"
    assert translate("CaseListPanel", "%Ln kasus", "", 3) == "3 cases"
    assert translate("Session", "{peran} (%n perangkat daerah)", "", 2) == "{peran} (2 OPDs)"
