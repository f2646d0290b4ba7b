"""Two clerks on the same step (two PCs on one server): the clerk whose form was loaded
before the other saved the same field is told so by name when saving, keeps the typing, and
saving again (having seen it) stores it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.cases import commands
from app.cases.read import case_detail


def test_a_field_saved_elsewhere_meanwhile_is_said_and_the_typing_kept(
    window, qtbot, new_case, boxes
):
    case = new_case()
    form = window.case_view.form
    other = window.session.actor  # the other PC's clerk, saving through the same service
    loaded = dict(case_detail(case.id).current.data)
    commands.save_step(other, case.id, 1, {"tempat_rapat": "Ruang Rapat Lantai 2"}, loaded)
    form.field_widgets["tempat_rapat"].setText("Aula Dinas Kesehatan")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "sudah diubah orang lain" in boxes.texts() and "Tempat" in boxes.texts()
    assert case_detail(case.id).current.data["tempat_rapat"] == "Ruang Rapat Lantai 2"
    assert form.field_widgets["tempat_rapat"].text() == "Aula Dinas Kesehatan"  # kept
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)  # seen: saved now
    assert case_detail(case.id).current.data["tempat_rapat"] == "Aula Dinas Kesehatan"
