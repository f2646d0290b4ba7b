"""Half-filled dialogs, as the clerk met them: a new case typed in, Esc pressed by habit,
and everything gone without a word. Batal, Esc and the window's close button of a dialog
with something typed now ask "Buang isian?" (*Buang* / *Kembali mengisi*); an untouched
dialog closes at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from app.cases.read import case_detail
from ui.dialogs.master_data import OfficialsDialog, OpdDialog
from ui.dialogs.new_case import NewCaseDialog
from ui.dialogs.users import UsersDialog
from ui.forms.item_dialog import ItemDialog


@pytest.fixture
def answer(monkeypatch):
    """The discard question as the clerk answers it: ``answer.button`` is pressed by its
    label; ``answer.asked`` holds what each question said."""

    class Answer:
        button = "Kembali mengisi"
        asked: list[str] = []

    def exec_(box: QMessageBox) -> int:
        Answer.asked.append(f"{box.windowTitle()}|{box.text()}")
        assert sorted(b.text() for b in box.buttons()) == ["Buang", "Kembali mengisi"]
        next(b for b in box.buttons() if b.text() == Answer.button).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    Answer.asked = []
    return Answer


def press(dialog, how: str, qtbot) -> None:
    """Leave the dialog as the clerk does: its Batal or Tutup button, Esc, or the window's
    close button."""
    if how == "Esc":
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    elif how == "close":
        dialog.close()
    else:
        button = next(b for b in dialog.findChildren(QPushButton) if b.text() == how)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def opened(dialog, qtbot):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.parametrize("how", ["Batal", "Esc", "close"])
def test_a_half_filled_new_case_asks_and_kembali_keeps_it_open(window, qtbot, answer, how):
    dialog = opened(NewCaseDialog(window.session, window), qtbot)
    dialog.title.setText("DIK Dinas Kesehatan 2026")
    press(dialog, how, qtbot)
    assert answer.asked == ["Buang isian?|Isian kasus baru belum disimpan."]
    assert dialog.isVisible()
    assert dialog.title.value() == "DIK Dinas Kesehatan 2026"
    answer.button = "Buang"
    press(dialog, how, qtbot)
    assert not dialog.isVisible()


def test_a_changed_item_asks_before_batal_throws_it_away(window, qtbot, answer, new_case):
    case = new_case()
    step = case_detail(case.id).current_step
    dialog = opened(ItemDialog(window.session.actor, case.id, step, None, window), qtbot)
    dialog.widgets["uraian"].setPlainText("Rekam medis pasien")
    press(dialog, "Batal", qtbot)
    assert answer.asked == ["Buang isian?|Isian butir baru belum disimpan."]
    assert dialog.isVisible()


@pytest.mark.parametrize(
    ("make", "field", "what"),
    [
        (OpdDialog, "nama", "perangkat daerah baru"),
        (OfficialsDialog, "nama", "pejabat baru"),
        (UsersDialog, "username", "akun baru"),
    ],
)
def test_master_data_with_typing_asks_before_tutup_esc_or_close(
    window, qtbot, answer, make, field, what
):
    dialog = opened(make(window.session, window), qtbot)
    getattr(dialog, field).setText("Isian baru")
    for how in ("Tutup", "Esc", "close"):
        press(dialog, how, qtbot)
        assert dialog.isVisible(), how
    assert answer.asked == [f"Buang isian?|Isian {what} belum disimpan."] * 3
    answer.button = "Buang"
    press(dialog, "Tutup", qtbot)
    assert not dialog.isVisible()


def test_master_data_just_looked_at_closes_without_a_question(window, qtbot, answer):
    dialog = opened(OfficialsDialog(window.session, window), qtbot)
    dialog.view.selectRow(0)  # an official loaded into the form, nothing changed
    assert not dialog.unsaved()
    press(dialog, "Tutup", qtbot)
    assert answer.asked == []
    assert not dialog.isVisible()


def test_a_saved_official_closes_without_a_question(window, qtbot, answer, boxes):
    dialog = opened(OfficialsDialog(window.session, window), qtbot)
    dialog.view.selectRow(0)
    dialog.jabatan.setText("Kepala Dinas Komunikasi dan Informatika")
    assert dialog.unsaved()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert boxes.texts("warning") == ""
    assert not dialog.unsaved()  # saved: nothing left to lose
    press(dialog, "Tutup", qtbot)
    assert answer.asked == []
    assert not dialog.isVisible()
