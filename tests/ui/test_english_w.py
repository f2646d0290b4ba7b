"""The crash dialog in English: part ``w`` (resources/translations/parts/w.ts), compiled with
pyside6-lrelease and installed in the application, makes the dialog speak English."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from ui.crash_dialog import CrashDialog

ROOT = Path(__file__).resolve().parents[2]
PART = ROOT / "resources" / "translations" / "parts" / "w.ts"


def lrelease() -> str:
    here = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):
        if (here / name).exists():
            return str(here / name)
    return "pyside6-lrelease"


@pytest.fixture
def english(qapp, tmp_path):
    qm = tmp_path / "w.qm"
    subprocess.run([lrelease(), "-silent", str(PART), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


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


def test_every_text_of_the_part_has_its_english():
    text = PART.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    assert text.count("<translation>") == text.count("<message>")
