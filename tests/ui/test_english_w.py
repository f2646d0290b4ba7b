"""The crash dialog in English, with the window's English catalogue installed as at start."""

from __future__ import annotations

import pytest

from ui.crash_dialog import CrashDialog


@pytest.fixture
def english(english_catalogue):
    yield


def test_the_crash_dialog_speaks_english(english, tmp_path):
    dialog = CrashDialog("KeyError: 'x'", "Traceback …", tmp_path / "ujikon.log")
    assert dialog.windowTitle() == "An error occurred"
    assert dialog.what.text() == "What happened: KeyError: 'x'"
    assert dialog.where.text().startswith("The technical details are written to the log file:")
    assert dialog.todo.text().startswith("Data already saved is safe")
    assert dialog.copy_button.text() == "&Copy details"
    assert dialog.close_button.text() == "Cl&ose"
    dialog.show_button.click()
    assert dialog.show_button.text() == "Hide &details"
    dialog.deleteLater()
