"""A clerk's path through the window: create a case, work step 1 in its form, find it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.models import Case, InfoItem, StepRecord
from ui.dialogs.new_case import NewCaseDialog
from ui.forms.item_dialog import ItemDialog


def _fill_item(dialog: ItemDialog) -> int:
    dialog.widgets["uraian"].setPlainText("Rekam medis pasien rawat inap")
    dialog.widgets["dokumen_sumber"].setText("Berkas rekam medis RSUD")
    dialog.widgets["dasar_hukum"].set_value(["17.h.2"])
    dialog.widgets["konsekuensi_dibuka"].setPlainText("Mengungkap riwayat kesehatan pasien.")
    dialog.widgets["konsekuensi_ditutup"].setPlainText("Melindungi kerahasiaan pasien.")
    dialog.widgets["jangka_waktu"].buttons["tidak_terbatas"].setChecked(True)
    dialog.accept()
    return dialog.result()


def test_new_case_dialog_creates_case_at_step_one_with_register_number(window, new_case):
    case = new_case()
    assert case.nomor == "001/UK-PPID/2026"
    assert case.tahap == 1
    window.open_case(case.id)
    assert "001/UK-PPID/2026" in window.case_view.header.text()
    assert "Tahap 1 dari 6" in window.case_view.status_line.text()
    # 10 hari kerja from Mon 2 Nov 2026: 3–6, 9–13, 16 Nov.
    assert "16 November 2026" in window.case_view.status_line.text()


def test_new_case_dialog_rejects_missing_fields_and_saves_nothing(window, qtbot, boxes):
    window.set_role("ppid_pembantu")
    dialog = NewCaseDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.trigger.setCurrentIndex(dialog.trigger.findData("permohonan"))
    dialog.opd.setCurrentIndex(0)  # their only OPD comes preselected: emptied here
    dialog.accept()
    assert dialog.created is None
    text = boxes.texts("warning")
    assert "Pilih perangkat daerah" in text
    assert "Judul kasus wajib diisi" in text
    assert "Nomor register permohonan wajib diisi" in text
    assert dialog.title.property("invalid") is True
    assert Case.select().count() == 0


def test_step_one_is_completed_through_the_form(window, qtbot, monkeypatch, boxes, new_case):
    case = new_case()
    window.open_case(case.id)
    form = window.case_view.form
    monkeypatch.setattr(ItemDialog, "exec", _fill_item)
    qtbot.mouseClick(form.add_item_button, Qt.MouseButton.LeftButton)
    assert InfoItem.select().where(InfoItem.case == case.id).count() == 1
    assert form.items_model.rowCount() == 1
    assert form.items_model.index(0, form.items_model.columnCount() - 1).data() == "Lengkap"
    # The PPID Pembantu's own meeting: its day, place and who attended.
    form.field_widgets["tanggal_rapat"].set_value(date(2026, 11, 4))
    form.field_widgets["tempat_rapat"].setText("Ruang rapat Dinas Kesehatan")
    form.participants.picker.setCurrentIndex(1)
    qtbot.mouseClick(form.participants.add_button, Qt.MouseButton.LeftButton)
    assert form.participants.model.rowCount() == 1

    qtbot.mouseClick(form.complete_button, Qt.MouseButton.LeftButton)

    assert any("Selesaikan tahap 1" in t for _k, _title, t in boxes.shown)
    assert boxes.texts("warning") == ""
    case = Case.get_by_id(case.id)
    assert case.tahap == 2 and case.pelaksana == "ppid_utama"
    assert StepRecord.get((StepRecord.case == case) & (StepRecord.tahap == 1)).status == "selesai"
    assert "Tahap 2 dari 6" in window.case_view.status_line.text()
    row = window.case_list.model.row_of(case.id)
    assert window.case_list.model.index(row, 4).data().startswith("2.")


def test_completing_step_one_without_items_names_what_is_missing(window, qtbot, boxes, new_case):
    case = new_case()
    window.open_case(case.id)
    qtbot.mouseClick(window.case_view.form.complete_button, Qt.MouseButton.LeftButton)
    assert "Belum ada butir informasi" in boxes.texts("warning")
    assert Case.get_by_id(case.id).tahap == 1


def test_item_dialog_keeps_open_and_marks_fields_on_bad_input(window, qtbot, boxes, new_case):
    case = new_case()
    window.open_case(case.id)
    step = window.case_view.form._step
    dialog = ItemDialog(window.session.actor, case.id, step, None, window)
    qtbot.addWidget(dialog)
    dialog.widgets["uraian"].setPlainText("x" * 10_000)
    dialog.accept()
    assert dialog.changes is None
    assert "terlalu panjang" in boxes.texts("warning")
    assert dialog.widgets["uraian"].property("invalid") is True
    assert InfoItem.select().count() == 0


def test_search_box_finds_a_case_by_item_text(window, qtbot, monkeypatch, new_case):
    first = new_case("Pemutakhiran DIK Dinas Kesehatan 2026")
    new_case("Pemutakhiran DIK Dinas Sosial 2026")
    window.open_case(first.id)
    monkeypatch.setattr(ItemDialog, "exec", _fill_item)
    window.case_view.form.add_item_button.click()
    panel = window.case_list
    assert panel.model.rowCount() == 2

    qtbot.keyClicks(panel.search, "rawat inap")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert panel.model.case_id(0) == first.id
    assert panel.count_label.text() == "1 kasus"

    panel.search.clear()
    qtbot.keyClicks(panel.search, "001/UK")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert panel.model.index(0, 0).data() == "001/UK-PPID/2026"


def test_ctrl_f_focuses_search_and_enter_opens_the_case(window, qtbot, new_case):
    case = new_case()
    window.case_view.clear()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.case_list.search.hasFocus()
    window.case_list.view.setFocus()
    window.case_list.select_case(case.id, emit=False)
    qtbot.keyClick(window.case_list.view, Qt.Key.Key_Return)
    assert window.case_view.case_id == case.id


def test_form_is_read_only_for_a_role_that_is_not_the_steps_actor(window, qtbot, new_case):
    case = new_case()
    window.open_case(case.id)
    form = window.case_view.form
    assert form.complete_button.isEnabled()
    window.set_role("tim_pertimbangan")
    assert not form.complete_button.isEnabled()
    assert not form.add_item_button.isEnabled()
    assert form.banner.isVisibleTo(form)
    assert "Tim Pertimbangan" in form.banner.text()


def test_new_case_action_is_disabled_for_the_tim_pertimbangan(window):
    window.set_role("tim_pertimbangan")
    assert not window.new_case_action.isEnabled()
    window.set_role("ppid_pembantu")
    assert window.new_case_action.isEnabled()


def test_atasan_sends_step_five_back_to_step_four_with_a_reason(window, qtbot, monkeypatch, boxes):
    from app.demo import fill_demo
    from app.models import Event
    from tests.ui.support import answer_reason

    fill_demo(12, documents=False)  # demo case 12 is running step 5 (case 5 was already sent back)
    case = Case.get((Case.tahap == 5) & (Case.status == "berjalan"))
    window.case_list.reload_choices()
    window.set_role("atasan_ppid")
    window.open_case(case.id)
    form = window.case_view.form
    assert form.send_back_button.text() == "Kembalikan ke tahap 4…"
    answer_reason(monkeypatch, "Alasan butir 1 belum lengkap.")
    qtbot.mouseClick(form.send_back_button, Qt.MouseButton.LeftButton)
    case = Case.get_by_id(case.id)
    assert case.tahap == 4 and case.pelaksana == "ppid_utama"
    records = list(StepRecord.select().where((StepRecord.case == case) & (StepRecord.tahap == 5)))
    assert records[-1].status == "dikembalikan"
    assert records[-1].alasan_kembali == "Alasan butir 1 belum lengkap."
    assert (
        Event.select().where((Event.case == case) & (Event.jenis == "tahap_dikembalikan")).exists()
    )
    window.case_view.tabs.setCurrentIndex(3)  # the Riwayat tab, drawn when shown
    history = [
        window.case_view.history_model.index(r, 1).data()
        for r in range(window.case_view.history_model.rowCount())
    ]
    assert any("dikembalikan ke tahap 4" in h for h in history)


def test_case_history_reads_as_sentences_and_can_be_filtered(window, qtbot, new_case, monkeypatch):
    case = new_case()
    window.open_case(case.id)
    monkeypatch.setattr(ItemDialog, "exec", _fill_item)
    window.case_view.form.add_item_button.click()
    view = window.case_view
    view.tabs.setCurrentIndex(3)  # the Riwayat tab, drawn when shown
    sentences = [
        view.history_proxy.index(r, 1).data() for r in range(view.history_proxy.rowCount())
    ]
    assert any(s.startswith("Petugas Uji (PPID Pembantu)") and "dibuat" in s for s in sentences)
    view.history_filter.setText("butir 1")
    assert view.history_proxy.rowCount() == 1
    assert "Butir 1 ditambahkan" in view.history_proxy.index(0, 1).data()


def test_step_two_warns_while_the_cases_ppid_pembantu_is_absent(window, qtbot, boxes, new_case):
    from app.cases import commands
    from app.masterdata import OfficialInput, save_official
    from app.models import Official
    from tests.conftest import (
        ADMIN,
        PEMBANTU,
        STEP1_ITEM,
        UTAMA,
        advance_case,
        fill_step,
        opd_id,
    )

    case = new_case()
    commands.save_item(PEMBANTU, case.id, dict(STEP1_ITEM))
    officials = {
        "kepala": Official.get(Official.peran == "ppid_utama"),
        "tenaga_ahli": Official.get(Official.peran == "tim_pertimbangan"),
    }
    sekretaris = save_official(
        ADMIN,
        OfficialInput(
            nama="Neneng Rohaeti",
            nip="197603142001122003",
            jabatan="Sekretaris Dinas Kesehatan",
            opd_id=opd_id("Dinkes"),
            peran="ppid_pembantu",
        ),
    ).value
    advance_case(case.id, 2, officials)
    fill_step(case.id, officials)  # step 2 complete but for the PPID Pembantu's presence
    commands.set_participants(UTAMA, case.id, 2, [(officials["kepala"].id, True)])
    window.set_role("ppid_utama")
    window.open_case(case.id)
    form = window.case_view.form
    assert form.warnings.isVisibleTo(form)
    assert "PPID Pembantu Dinas Kesehatan belum tercatat hadir" in form.warnings.text()
    # the confirmation repeats it, and the clerk may still go on (here: answers No)
    boxes.answer = QMessageBox.StandardButton.No
    qtbot.mouseClick(form.complete_button, Qt.MouseButton.LeftButton)
    [(_kind, _title, question)] = [b for b in boxes.shown if b[0] == "question"]
    assert "Perhatian: PPID Pembantu Dinas Kesehatan belum tercatat hadir" in question
    assert Case.get_by_id(case.id).tahap == 2
    # marked present: the warning goes
    commands.set_participants(
        UTAMA, case.id, 2, [(officials["kepala"].id, True), (sekretaris.id, True)]
    )
    window.open_case(case.id)
    assert not window.case_view.form.warnings.isVisibleTo(window.case_view.form)
