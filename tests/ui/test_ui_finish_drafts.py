"""Finishing a case with its documents still drafts, as the clerk met it: step 6 completed,
the case closed, and the Berita Acara and the Surat Penetapan left as KONSEP without a word.
``app.documents.readiness.drafts_at_finish`` names them; the form shows them while the last
step runs, and completing it asks, naming each, with *Tidak* as the default."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.cases.read import case_detail
from app.documents.readiness import drafts_at_finish
from app.permissions import Actor
from tests.conftest import advance_case, fill_step
from tests.ui.test_ui_capabilities import create_officials, make_case


def case_at(step: int, kesimpulan: str = "seluruhnya") -> int:
    case_id = make_case(Actor("ppid_pembantu", "Budi"))
    officials = create_officials()
    advance_case(case_id, step, officials, kesimpulan)
    fill_step(case_id, officials, kesimpulan)
    return case_id


def titles(case_id: int) -> tuple[str, ...]:
    detail = case_detail(case_id)
    return tuple(d.title for d in detail.sop.documents if d.step is not None)


def test_the_drafts_are_named_only_when_the_step_finishes_the_case(window):
    at_five, at_six = case_at(5), case_at(6)
    assert drafts_at_finish(case_detail(at_five), {}) == ()
    assert drafts_at_finish(case_detail(at_six), {}) == titles(at_six)
    assert len(titles(at_six)) == 7  # the documents of steps 1 to 6; not the deadline proof
    assert "Bukti Perhitungan Batas Waktu" not in titles(at_six)


def test_finalised_documents_and_those_the_case_does_not_need_are_not_drafts(window):
    case_id = case_at(6, kesimpulan="terbuka")  # nothing exempted: no penetapan needed
    detail = case_detail(case_id)
    drafts = drafts_at_finish(detail, {})
    assert "Surat Penetapan Klasifikasi Informasi yang Dikecualikan" not in drafts
    finals = {d.kind: object() for d in detail.sop.documents}
    assert drafts_at_finish(detail, finals) == ()  # type: ignore[arg-type]


def open_at_six(window) -> int:
    case_id = case_at(6)
    window.case_list.reload_choices()
    window.set_role("ppid_utama")
    window.open_case(case_id)
    return case_id


def test_the_form_of_the_last_step_names_the_drafts(window):
    open_at_six(window)
    form = window.case_view.form
    assert form.warnings.isVisibleTo(form)
    text = form.warnings.text()
    assert "masih konsep (belum difinalkan)" in text
    assert "Berita Acara Hasil Uji Konsekuensi" in text


def test_completing_the_last_step_with_drafts_asks_and_no_keeps_the_case_open(window, qtbot, boxes):
    case_id = open_at_six(window)
    boxes.answer = QMessageBox.StandardButton.No
    qtbot.mouseClick(window.case_view.form.complete_button, Qt.MouseButton.LeftButton)
    [(kind, title, text)] = boxes.shown
    assert (kind, title) == ("question", "Selesaikan kasus dengan dokumen konsep?")
    assert "• Berita Acara Hasil Uji Konsekuensi" in text
    assert "• Surat Pemberitahuan kepada PPID Pembantu" in text
    assert case_detail(case_id).current.tahap == 6


def test_yes_finishes_the_case_with_its_drafts(window, qtbot, boxes):
    case_id = open_at_six(window)
    qtbot.mouseClick(window.case_view.form.complete_button, Qt.MouseButton.LeftButton)
    assert case_detail(case_id).current is None
