"""Checking paper by its code in the window, as a clerk with a USB scanner does (the scanner
types the QR code's text and Enter), and how a correction shows in the Dokumen tab and the
number register."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from app.demo import fill_demo
from app.documents import store
from app.models import Case, Document, NumberRegister
from ui.dialogs.number_register import NumberRegisterDialog
from ui.dialogs.pdf_preview import PdfPreviewDialog
from ui.dialogs.verify import VerifyDialog


@pytest.fixture
def corrected(window, monkeypatch, boxes):
    """A case whose Berita Acara was finalised, then corrected through the Dokumen tab."""
    fill_demo(12, documents=False)
    case = Case.get((Case.tahap == 3) & (Case.status == "berjalan"))
    window.case_list.reload_choices()
    window.set_role("ppid_utama")
    window.open_case(case.id)
    window.case_view.tabs.setCurrentWidget(window.case_view.documents)
    panel = window.case_view.documents
    select(panel, "ba_uji", current=True)
    panel.finalise_button.click()
    boxes.reason = "Tempat rapat salah ketik"
    select(panel, "ba_uji", current=True)
    panel.correct_button.click()
    first, second = Document.select().where(Document.case == case.id).order_by(Document.versi)
    return window, panel, first, second


def select(panel, kind: str, current: bool) -> None:
    for row in range(panel.model.rowCount()):
        record = panel.model.record(row)
        if record.spec.kind == kind and record.current == current:
            panel.view.selectRow(row)
            return
    raise AssertionError(f"{kind} not listed")


def test_a_scanned_code_is_checked_on_enter_and_the_stored_pdf_opens_beside_it(
    corrected, qtbot, monkeypatch
):
    window, _panel, first, second = corrected
    chosen: list = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: chosen.append(a) or ("", ""))
    )
    shown: list = []
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda self: shown.append(self.job) or 0)
    checks: list[str] = []
    real_check = store.verify_code
    monkeypatch.setattr(store, "verify_code", lambda text: checks.append(text) or real_check(text))
    dialog = VerifyDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.code  # a scan goes straight into the field

    qtbot.keyClicks(dialog.code, f"UJIKON:{first.kode}")
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    text = dialog.result.text()
    assert "SUDAH DIGANTIKAN" in text
    assert first.nomor in text and "Tempat rapat salah ketik" in text
    assert f"digantikan oleh versi 2 nomor {second.nomor}" in text
    assert dialog.outcome.status == "digantikan"
    # Enter checked the code once and pressed no button (no default button checking it again,
    # no file dialog, not Tutup)
    assert checks == [f"UJIKON:{first.kode}"]
    assert chosen == [] and dialog.isVisible()
    assert dialog.show_button.isEnabled()
    dialog.show_button.click()
    [job] = shown
    assert job.pdf == bytes(first.pdf) and job.document_id == first.id

    # the next scan replaces the text of the last one
    qtbot.keyClicks(dialog.code, f"ujikon:{second.kode.lower()}")
    qtbot.keyClick(dialog.code, Qt.Key.Key_Enter)
    assert dialog.code.text() == f"ujikon:{second.kode.lower()}"
    assert "KODE TERDAFTAR — DOKUMEN BERLAKU" in dialog.result.text()
    assert "asli (berlaku)" in dialog.result.text()

    dialog.code.selectAll()
    qtbot.keyClicks(dialog.code, "UJK-7F3A-9C20")
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    assert "TIDAK DIKENAL" in dialog.result.text()
    assert "tidak pernah memakai" in dialog.result.text()
    assert not dialog.show_button.isEnabled()
    assert dialog.isVisible()


def test_the_replaced_version_shows_as_replaced_in_the_tab_and_the_register(corrected, qtbot):
    window, panel, first, second = corrected
    rows = [panel.model.record(r) for r in range(panel.model.rowCount())]
    ba = [r for r in rows if r.spec.kind == "ba_uji"]
    assert [(r.final.versi, r.status) for r in ba] == [(2, "Final v2"), (1, "v1 digantikan v2")]
    select(panel, "ba_uji", current=False)
    assert "DIGANTIKAN" in panel.readiness.text()
    assert not panel.print_button.isEnabled()  # an old version is never printed again
    assert not panel.correct_button.isEnabled() and not panel.scan_button.isEnabled()
    assert panel.open_button.isEnabled() and panel.save_button.isEnabled()
    select(panel, "ba_uji", current=True)
    assert panel.print_button.isEnabled() and panel.correct_button.isEnabled()

    dialog = NumberRegisterDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.year.setCurrentIndex(dialog.year.findData(NumberRegister.get().tahun))
    shown = {
        dialog.model.index(r, 0).data(): dialog.model.index(r, 3).data()
        for r in range(dialog.model.rowCount())
    }
    assert shown == {first.nomor: "Digantikan", second.nomor: "Dipakai"}
