"""The dashboard, the DIK dialog and the reports dialog speak English with the window's
English catalogue installed as at start."""

from __future__ import annotations

import pytest

from ui.dialogs.dik import DikDialog
from ui.dialogs.reports import ReportsDialog


@pytest.fixture
def english(english_catalogue):
    """The committed English catalogue, installed as at start."""
    yield


def test_the_dashboard_and_the_reports_menu_in_english(english, window, qtbot):
    board = window.dashboard
    assert window.tabs.tabText(0) == "&Dashboard" and window.tabs.tabText(1) == "&Cases"
    assert board.steps_box.title() == "Open cases per step"
    assert board.dik_button.text() == "Daftar Informasi yang Dikecualikan…"
    assert board.open_card.text().endswith("\nopen cases")
    qtbot.waitUntil(lambda: not board.busy(), timeout=20_000)
    assert board.queue_summary.text() == "No DIK item whose period ends soon."
    menus = {a.text(): a.menu() for a in window.menuBar().actions() if a.menu() is not None}
    reports = menus["&Reports"]
    assert [a.text() for a in reports.actions() if a.text()] == [
        "&Daftar Informasi yang Dikecualikan (DIK)…",
        "&Annual report…",
        "Paper &register…",
        "&SOP document…",
        "Monitoring &evidence pack…",
    ]


def test_the_dik_and_reports_dialogs_in_english(english, window, qtbot):
    dik = DikDialog(window.session, window)
    qtbot.addWidget(dik)
    assert dik.windowTitle() == "Daftar Informasi yang Dikecualikan"
    assert [dik.tabs.tabText(i) for i in range(3)] == [
        "DIK today",
        "Published versions",
        "Expiry queue",
    ]
    assert dik.publish_button.text() == "Publish DIK…"
    assert dik.retest_button.text() == "Re-test"
    assert dik.queue_summary.text() == "No item in the queue."
    reports = ReportsDialog(window.session, window)
    qtbot.addWidget(reports)
    assert reports.windowTitle() == "Reports"
    assert reports.zip_button.text() == "Save as ZIP…"
    labels = [f.label for f in reports.figures_model.rows()]
    assert labels[:2] == ["Cases begun", "Cases finished"]
    assert "Pasal 17 letter a" in labels
