"""Checks before questions, as the clerk met them: "Selesaikan tahap 1 hari ini?" answered
Ya, and only then told the place of the meeting was missing; an empty send-back reason
accepted by the box and refused after it closed. The step is now checked first
(``commands.check_completion``, which writes nothing), and the reason box stays open with the
message while ``app`` refuses the reason."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from app.cases import commands
from app.cases.read import case_detail
from app.errors import ValidationError
from app.permissions import Actor
from tests.conftest import advance_case
from tests.ui.test_ui_capabilities import create_officials, make_case
from ui.forms.reason_dialog import ReasonDialog


def test_a_step_missing_fields_is_named_before_the_question(window, qtbot, new_case, boxes):
    case = new_case()
    form = window.case_view.form
    qtbot.mouseClick(form.complete_button, Qt.MouseButton.LeftButton)
    assert [kind for kind, _title, _text in boxes.shown] == ["warning"]  # no question asked
    assert "Tempat rapat wajib diisi." in boxes.texts("warning")
    assert form.field_widgets["tempat_rapat"].property("invalid") is True
    assert case_detail(case.id).current.tahap == 1


def test_a_complete_step_is_asked_about_then_completed(window, qtbot, boxes):
    case_id = make_case(Actor("ppid_pembantu", "Budi"))
    window.case_list.reload_choices()
    window.set_role("ppid_pembantu")
    window.open_case(case_id)
    form = window.case_view.form
    officials = create_officials()
    commands.set_participants(window.session.actor, case_id, 1, [(officials["kepala"].id, True)])
    window.open_case(case_id)
    form.field_widgets["tanggal_rapat"].set_value(date(2026, 11, 20))
    form.field_widgets["tempat_rapat"].setText("Aula Dinas Kesehatan")
    qtbot.mouseClick(form.complete_button, Qt.MouseButton.LeftButton)
    assert [kind for kind, _title, _text in boxes.shown] == ["question"]
    assert case_detail(case_id).current.tahap == 2


def test_check_completion_writes_nothing_and_refuses_as_completing_would(window):
    case_id = make_case(Actor("ppid_pembantu", "Budi"))
    before = case_detail(case_id)
    with pytest.raises(ValidationError) as refused:
        commands.check_completion(window.session.actor, case_id, 1, data={"tempat_rapat": "Aula"})
    assert [p.field for p in refused.value.problems][:1] == ["tanggal_rapat"]
    after = case_detail(case_id)
    assert after.current.data == before.current.data == {}
    assert after.current.tahap == 1


@pytest.fixture
def reason_box(monkeypatch):
    """The send-back reason box as the clerk answers it: each of ``typed`` in turn, then the
    button pressed by its label; ``seen`` keeps what the box showed after each press."""

    class Box:
        typed: list[str] = []
        seen: list[tuple[bool, str]] = []

    def exec_(dialog: ReasonDialog) -> int:
        for text in Box.typed:
            dialog.text.set_value(text)
            button = next(
                b for b in dialog.findChildren(QPushButton) if b.text().startswith("Kembalikan")
            )
            button.click()
            Box.seen.append((dialog.isVisible() or dialog.result() == 0, dialog.error.text()))
            if dialog.result() == ReasonDialog.DialogCode.Accepted:
                return dialog.result()
        return 0

    monkeypatch.setattr(ReasonDialog, "exec", exec_)
    Box.seen = []
    return Box


def test_an_empty_send_back_reason_keeps_the_box_open_with_a_message(
    window, qtbot, boxes, reason_box
):
    case_id = make_case(Actor("ppid_pembantu", "Budi"))
    advance_case(case_id, 5, create_officials())
    window.case_list.reload_choices()
    window.set_role("atasan_ppid")
    window.open_case(case_id)
    reason_box.typed = ["   ", "Alasan butir 1 belum lengkap."]
    qtbot.mouseClick(window.case_view.form.send_back_button, Qt.MouseButton.LeftButton)
    first, second = reason_box.seen
    assert first == (True, "Alasan pengembalian wajib diisi.")
    assert second[1] == "Alasan pengembalian wajib diisi."  # the last message, box closed
    assert boxes.shown == []  # said in the box, not in another window
    detail = case_detail(case_id)
    assert detail.current.tahap == 4
    assert detail.latest_record(5).alasan_kembali == "Alasan butir 1 belum lengkap."
