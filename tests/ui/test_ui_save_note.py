"""*Simpan isian* said nothing: the clerk could not tell whether the place of the meeting was
stored. It now says so beside the button and in the status bar, and says so too when there
was nothing to store."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.cases.read import case_detail


def test_simpan_isian_says_it_saved(window, qtbot, new_case):
    case = new_case()
    form = window.case_view.form
    form.field_widgets["tempat_rapat"].setText("Aula Dinas Kesehatan")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert case_detail(case.id).current.data["tempat_rapat"] == "Aula Dinas Kesehatan"
    note = form.save_note.text()
    assert note.startswith("Isian tahap 1 tersimpan pukul ") and note.endswith(" WIB.")
    assert window.statusBar().currentMessage() == note


def test_simpan_isian_with_nothing_changed_says_nothing_was_stored(window, qtbot, new_case):
    new_case()
    form = window.case_view.form
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    note = "Isian tahap 1 tidak berubah; tidak ada yang perlu disimpan."
    assert form.save_note.text() == note
    assert window.statusBar().currentMessage() == note


def test_the_note_goes_when_another_case_opens(window, qtbot, new_case):
    first = new_case("DIK Dinas Kesehatan 2026")
    new_case("DIK Dinas Kesehatan 2027")
    form = window.case_view.form
    form.field_widgets["tempat_rapat"].setText("Aula Dinas Kesehatan")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.save_note.text()
    window.case_list.select_case(first.id)
    assert window.case_view.case_id == first.id
    assert form.save_note.text() == ""
