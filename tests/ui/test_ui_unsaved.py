"""Typing not saved, as the clerk lost it: the place of the meeting typed into step 1, then
another case clicked, and the text was gone. The form now asks (Simpan / Buang / Batal)
before another case opens, before the role changes, before logging out and before quitting;
Batal keeps the clerk where they were with what they typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.cases.read import case_detail

PLACE = "Aula Dinas Kesehatan"


@pytest.fixture
def answer(monkeypatch):
    """The unsaved-changes question as the clerk answers it: ``answer.button`` is the text
    of the button pressed; ``answer.asked`` what the questions said."""

    class Answer:
        button = "Batal"
        asked: list[str] = []

    def exec_(box: QMessageBox) -> int:
        Answer.asked.append(f"{box.windowTitle()}|{box.text()}|{box.informativeText()}")
        assert sorted(b.text() for b in box.buttons()) == ["Batal", "Buang", "Simpan"]
        next(b for b in box.buttons() if b.text() == Answer.button).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    Answer.asked = []
    yield Answer
    Answer.button = "Buang"  # the window closes after the test: typing left is thrown away


@pytest.fixture
def two_cases(window, new_case, qtbot):
    first = new_case("DIK Dinas Kesehatan 2026")
    second = new_case("DIK Dinas Kesehatan 2027")
    click_case(window, qtbot, first.id)  # the clerk clicks the first case
    assert window.case_view.case_id == first.id
    return first, second


def click_case(window, qtbot, case_id: int) -> None:
    """Click the case's row in the list, as the clerk does."""
    view = window.case_list.view
    row = window.case_list.model.row_of(case_id)
    rect = view.visualRect(window.case_list.model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def type_place(window) -> None:
    window.case_view.form.field_widgets["tempat_rapat"].setText(PLACE)


def stored_place(case_id: int):
    return case_detail(case_id).current.data.get("tempat_rapat")


def test_clicking_another_case_asks_and_batal_stays_with_the_typing(
    window, qtbot, two_cases, answer
):
    first, second = two_cases
    type_place(window)
    answer.button = "Batal"
    click_case(window, qtbot, second.id)
    assert answer.asked == [
        f"Isian belum disimpan|Isian tahap 1 (Identifikasi dan usulan) kasus {first.nomor} "
        "belum disimpan: Tempat rapat.|Simpan dulu sebelum membuka kasus lain?"
    ]
    assert window.case_view.case_id == first.id
    assert window.case_list.selected_case_id() == first.id
    assert window.case_view.form.field_widgets["tempat_rapat"].value() == PLACE


def test_simpan_saves_then_opens_the_other_case(window, qtbot, two_cases, answer):
    first, second = two_cases
    type_place(window)
    answer.button = "Simpan"
    click_case(window, qtbot, second.id)
    assert stored_place(first.id) == PLACE
    assert window.case_view.case_id == second.id


def test_buang_throws_the_typing_away(window, qtbot, two_cases, answer):
    first, second = two_cases
    type_place(window)
    answer.button = "Buang"
    click_case(window, qtbot, second.id)
    assert window.case_view.case_id == second.id
    assert stored_place(first.id) is None
    click_case(window, qtbot, first.id)
    assert window.case_view.form.field_widgets["tempat_rapat"].value() == ""


def test_nothing_typed_asks_nothing(window, qtbot, two_cases, answer):
    _first, second = two_cases
    click_case(window, qtbot, second.id)
    assert answer.asked == []
    assert window.case_view.case_id == second.id


def test_a_refused_save_keeps_the_case_open(window, qtbot, two_cases, answer, boxes):
    first, second = two_cases
    window.case_view.form.field_widgets["tempat_rapat"].setText("x" * 5000)
    answer.button = "Simpan"
    click_case(window, qtbot, second.id)
    assert "Tempat rapat" in boxes.texts("warning")
    assert window.case_view.case_id == first.id


def test_changing_the_role_asks_first(window, qtbot, two_cases, answer):
    first, _second = two_cases
    type_place(window)
    answer.button = "Batal"
    window.set_role("tim_pertimbangan")
    assert "sebelum berganti peran?" in answer.asked[0]
    assert window.session.actor.role == "ppid_pembantu"
    assert window.role_combo.currentData() == "ppid_pembantu"
    assert window.case_view.form.field_widgets["tempat_rapat"].value() == PLACE
    answer.button = "Buang"
    window.set_role("tim_pertimbangan")
    assert window.session.actor.role == "tim_pertimbangan"
    window.set_role("ppid_pembantu")
    assert window.case_view.form.field_widgets["tempat_rapat"].value() == ""
    assert stored_place(first.id) is None


def test_logging_out_asks_first(window, qtbot, two_cases, answer):
    first, _second = two_cases
    logged_out = []
    window._logout = lambda: logged_out.append(True)
    type_place(window)
    answer.button = "Batal"
    window.logout_action.trigger()
    assert "sebelum keluar akun?" in answer.asked[0] and logged_out == []
    answer.button = "Simpan"
    window.logout_action.trigger()
    assert logged_out == [True] and stored_place(first.id) == PLACE


def test_quitting_asks_first(window, two_cases, answer, qtbot):
    first, _second = two_cases
    type_place(window)
    answer.button = "Batal"
    window.close()
    assert "sebelum menutup Ujikon?" in answer.asked[0]
    assert window.isVisible()
    answer.button = "Simpan"
    window.close()
    assert not window.isVisible() and stored_place(first.id) == PLACE


def test_the_screen_lock_keeps_the_typing(window, two_cases, answer, monkeypatch):
    from app.accounts import login as do_login
    from tests.ui.support import UI_PASSWORD
    from ui.dialogs import login as login_dialogs

    type_place(window)

    def unlock(dialog):
        dialog.login = do_login("uji", UI_PASSWORD)
        return 1

    monkeypatch.setattr(login_dialogs.LockDialog, "exec", unlock)
    window.lock_screen()
    assert answer.asked == []
    assert window.case_view.form.field_widgets["tempat_rapat"].value() == PLACE
