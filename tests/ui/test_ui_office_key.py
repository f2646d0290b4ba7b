"""A database sealed with another office key, opened in the window: the clerk is told why
(both fingerprints) and offered to view it read-only; nothing is written to it."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from app import workspace
from app.signing import keyfile
from app.store import close_database, open_database
from ui.application import open_database_with_message


def test_a_database_of_another_key_is_offered_read_only(tmp_path, monkeypatch, boxes, qapp):
    path = tmp_path / "kantor-lain.db"
    open_database(path)
    close_database()
    before = path.read_bytes()
    monkeypatch.setenv(keyfile.ENV_FOLDER, str(tmp_path / "kunci-pc-ini"))
    keyfile.create_key(tmp_path / "kunci-pc-ini")
    assert open_database_with_message(path)
    try:
        [(kind, title, text)] = boxes.shown
        assert kind == "question" and title == "Basis data disegel kunci kantor lain"
        assert keyfile.pinned_public().fingerprint in text and "hanya-baca" in text
        assert workspace.read_only()
    finally:
        close_database()
    assert path.read_bytes() == before


def test_declining_leaves_it_closed(tmp_path, monkeypatch, boxes, qapp):
    path = tmp_path / "kantor-lain.db"
    open_database(path)
    close_database()
    monkeypatch.setenv(keyfile.ENV_FOLDER, str(tmp_path / "kunci-pc-ini"))
    boxes.answer = QMessageBox.StandardButton.No
    assert not open_database_with_message(path)
    assert workspace.current() is None
