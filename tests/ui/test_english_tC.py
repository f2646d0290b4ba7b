"""The English of the master data, backup/restore, yearly archive and hand-over dialogs shows
once the window's English catalogue is installed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.permissions import ADMIN
from ui.dialogs.archive_tools import YearlyArchiveDialog
from ui.dialogs.backup import BackupDialog, RestoreDialog, last_backup_text
from ui.dialogs.handover import HandoverDialog
from ui.dialogs.master_data import OfficialsDialog, OpdDialog
from ui.session import Session


@pytest.fixture
def english(english_catalogue):
    """The committed English catalogue, installed as at start."""
    yield


@pytest.fixture
def session(login) -> Session:
    return Session(login)


def _header(dialog, column: int) -> str:
    return dialog.model.headerData(column, Qt.Orientation.Horizontal)


def test_master_data_dialogs_speak_english(english, qtbot, session):
    opd = OpdDialog(session)
    qtbot.addWidget(opd)
    assert opd.windowTitle() == "Regional agencies (PPID Pembantu)"
    assert opd.new_button.text() == "New" and opd.save_button.text() == "Save"
    assert opd.search.placeholderText() == "Search…"
    assert [_header(opd, c) for c in range(3)] == ["Name", "Abbreviation", "Active"]
    assert opd.form_box.title() == "New"
    officials = OfficialsDialog(session)
    qtbot.addWidget(officials)
    assert officials.windowTitle() == "Officials and participants"
    assert _header(officials, 2) == "Position"
    assert officials.ttd_label.text() == "Signature: none yet"
    officials.nip.setText("197007061990031002")
    assert officials.nip_hint.text().startswith("Valid NIP: ")


def test_backup_archive_and_handover_dialogs_speak_english(
    english, qtbot, session, ui_db, tmp_path
):
    backup = BackupDialog(session)
    qtbot.addWidget(backup)
    assert backup.windowTitle() == "Back up the database"
    assert backup.backup_button.text() == "Back up"
    assert backup.last.text() == last_backup_text() == "This database has never been backed up."
    restore = RestoreDialog(session, ui_db, None)
    qtbot.addWidget(restore)
    assert restore.windowTitle() == "Restore from backup"
    assert restore.status.text() == "No file chosen yet."
    archive = YearlyArchiveDialog(session)
    qtbot.addWidget(archive)
    assert archive.windowTitle() == "Yearly archive"
    session.set_role(ADMIN)
    handover = HandoverDialog(session)
    qtbot.addWidget(handover)
    assert handover.windowTitle() == "Hand over tasks"
    assert handover.hand_over_button.text() == "Hand over…"
    assert _header(handover, 4) == "Deadline"
    assert "running step" in handover.source.currentText()
