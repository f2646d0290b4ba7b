"""The Dokumen tab and the document dialogs, driven through their widgets."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel

from app.cases.read import case_detail
from app.demo import fill_demo
from app.documents.plan import finalisation_plan
from app.models import Attachment, Case, Document, NumberRegister
from app.settings import BUPATI_NAMA, KERTAS, PENETAPAN_BENTUK, value
from ui.dialogs.finalise import FinaliseDialog
from ui.dialogs.number_register import NumberRegisterDialog
from ui.dialogs.office_settings import OfficeSettingsDialog
from ui.dialogs.pdf_preview import PdfPreviewDialog
from ui.dialogs.verify import VerifyDialog


def text_of(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def doc_window(window):
    fill_demo(12, documents=False)
    case = Case.get((Case.tahap == 3) & (Case.status == "berjalan"))
    window.case_list.reload_choices()
    window.set_role("ppid_utama")
    window.open_case(case.id)
    window.case_view.tabs.setCurrentWidget(window.case_view.documents)
    return window, case


def select(panel, doc_type: str) -> None:
    for row in range(panel.model.rowCount()):
        if panel.model.record(row).spec.kind == doc_type:
            panel.view.selectRow(row)
            return
    raise AssertionError(f"{doc_type} not listed")


def test_documents_of_started_steps_are_listed_as_drafts(doc_window):
    window, _case = doc_window
    panel = window.case_view.documents
    rows = [panel.model.record(r) for r in range(panel.model.rowCount())]
    keys = [row.spec.kind for row in rows]
    assert keys[:5] == [
        "laporan_identifikasi",
        "ba_pembantu",
        "laporan_uji",
        "ba_uji",
        "lembar_pertimbangan",
    ]
    assert "penetapan" not in keys  # step 4 has not started
    status = {row.spec.kind: row.status for row in rows}
    # Steps 1 and 2 were worked: their documents are ready drafts. Step 3 is still running
    # with its form empty: the Lembar Pertimbangan is a draft that may not be finalised yet.
    assert {
        status[k]
        for k in (
            "laporan_identifikasi",
            "ba_pembantu",
            "laporan_uji",
            "ba_uji",
            "bukti_batas_waktu",
        )
    } == {"Konsep"}
    assert status["lembar_pertimbangan"] == "Konsep, belum siap"


def test_a_draft_that_is_not_ready_shows_what_is_missing_and_cannot_be_finalised(doc_window):
    window, _case = doc_window
    panel = window.case_view.documents
    select(panel, "lembar_pertimbangan")
    assert not panel.finalise_button.isEnabled()
    assert panel.preview_button.isEnabled()  # a draft may always be looked at
    text = panel.readiness.text()
    assert text.startswith("Belum dapat difinalkan; lengkapi dulu:")
    assert "Tanggal pertimbangan wajib diisi." in text
    assert "Butir 1: Klasifikasi menurut Tim wajib dipilih." in text
    select(panel, "ba_uji")
    assert panel.finalise_button.isEnabled()
    assert panel.readiness.text() == "Siap difinalkan."


def test_preview_shows_the_draft_with_konsep(doc_window, monkeypatch):
    window, _case = doc_window
    panel = window.case_view.documents
    shown = []
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda self: shown.append(self.job) or 0)
    select(panel, "ba_uji")
    panel.preview_button.click()
    assert "KONSEP" in text_of(shown[0].pdf)
    assert Document.select().count() == 0  # a preview stores nothing


def test_finalise_numbers_and_stores_the_document(doc_window, boxes):
    window, case = doc_window
    panel = window.case_view.documents
    select(panel, "ba_uji")
    panel.finalise_button.click()
    doc = Document.get((Document.case == case.id) & (Document.jenis == "ba_uji"))
    assert doc.nomor == f"000.9.2/001/BA-UK/PPID/{doc.tanggal.year}"
    assert doc.kode in text_of(bytes(doc.pdf))
    select(panel, "ba_uji")
    assert panel.selected().status == "Final v1"
    assert not panel.finalise_button.isEnabled()
    assert panel.correct_button.isEnabled()


def test_a_correction_is_a_new_version_with_a_reason(doc_window, monkeypatch, boxes):
    window, case = doc_window
    panel = window.case_view.documents
    select(panel, "ba_uji")
    panel.finalise_button.click()
    boxes.reason = "Tempat rapat salah ketik."
    select(panel, "ba_uji")
    panel.correct_button.click()
    versions = [
        d.versi for d in Document.select().where(Document.case == case.id).order_by(Document.versi)
    ]
    assert versions == [1, 2]
    assert Document.get(Document.versi == 2).alasan_koreksi == "Tempat rapat salah ketik."


def test_print_sends_the_stored_pdf_to_the_chosen_printer(doc_window, monkeypatch, tmp_path, boxes):
    window, case = doc_window
    panel = window.case_view.documents
    select(panel, "ba_uji")
    panel.finalise_button.click()
    out = tmp_path / "cetak.pdf"

    def print_to_file(dialog):
        # What choosing "Print to File (PDF)" in the print dialog does to the printer.
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(out))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", print_to_file)
    select(panel, "ba_uji")
    panel.print_button.click()
    stored = Document.get(Document.jenis == "ba_uji")
    assert len(PdfReader(out).pages) == stored.halaman
    from app.models import Event

    printed = Event.get(Event.jenis == "dokumen_dicetak")
    assert printed.rincian["dokumen"] == stored.id and printed.pengguna == "uji"


def test_the_print_dialog_offers_every_page_and_says_when_f4_is_scaled_to_a4(
    doc_window, monkeypatch, tmp_path, boxes
):
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize

    window, _case = doc_window
    panel = window.case_view.documents
    select(panel, "ba_uji")
    panel.finalise_button.click()
    stored = Document.get(Document.jenis == "ba_uji")
    offered = []

    def choose_a4(dialog):
        printer = dialog.printer()
        offered.append((printer.fromPage(), printer.toPage()))
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "a4.pdf"))
        printer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
            )
        )
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", choose_a4)
    panel.print_button.click()
    assert offered == [(1, stored.halaman)]
    assert boxes.shown == []  # no box to click away after every print
    note = window.statusBar().currentMessage()
    assert "(F4) dicetak pada kertas 210 × 297 mm (A4)" in note and "diperkecil" in note


def test_no_printer_gives_a_message_and_keeps_the_document(doc_window, monkeypatch, boxes):
    window, _case = doc_window
    panel = window.case_view.documents
    select(panel, "ba_uji")
    panel.finalise_button.click()
    monkeypatch.setattr("ui.document_actions.default_printer", lambda: None)
    select(panel, "ba_uji")
    panel.print_button.click()
    assert "Tidak ada printer" in boxes.texts("warning")
    assert Document.select().count() == 1


def test_a_scan_of_the_signed_copy_marks_the_step_signed(doc_window, monkeypatch, tmp_path, boxes):
    window, case = doc_window
    panel = window.case_view.documents
    select(panel, "ba_uji")
    panel.finalise_button.click()
    scan = tmp_path / "ttd.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 200)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(scan), ""))
    )
    select(panel, "ba_uji")
    panel.scan_button.click()
    assert Attachment.select().where(Attachment.case == case.id).count() == 1
    select(panel, "ba_uji")
    assert panel.selected().status == "Final v1, ditandatangani"
    window.case_view.tabs.setCurrentIndex(1)  # the Linimasa tab, drawn when shown
    statuses = [
        window.case_view.timeline_model.index(r, 2).data()
        for r in range(window.case_view.timeline_model.rowCount())
    ]
    assert "ditandatangani" in statuses[1]


def test_verify_dialog_tells_genuine_from_altered(doc_window, tmp_path, boxes, qtbot):
    window, _case = doc_window
    panel = window.case_view.documents
    select(panel, "ba_uji")
    panel.finalise_button.click()
    pdf = bytes(Document.get().pdf)
    genuine, altered = tmp_path / "asli.pdf", tmp_path / "ubah.pdf"
    genuine.write_bytes(pdf)
    altered.write_bytes(pdf + b"\n% diubah\n")
    dialog = VerifyDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.check(genuine) == "asli"
    assert "ASLI" in dialog.result.text()
    assert dialog.check(altered) == "diubah"


def test_office_settings_dialog_saves_paper_and_refuses_an_empty_kop(window, qtbot, boxes):
    window.set_role("admin")
    dialog = OfficeSettingsDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.kertas.setCurrentIndex(dialog.kertas.findData("A4"))
    dialog.kop_instansi.clear()
    dialog.accept()
    assert "Nama instansi pada kop wajib diisi" in boxes.texts("warning")
    assert value(KERTAS) == "F4"
    dialog.kop_instansi.setText("DINAS KOMUNIKASI DAN INFORMATIKA")
    dialog.accept()
    assert value(KERTAS) == "A4"


def test_office_settings_dialog_turns_on_the_pasal17_quotes(window, qtbot):
    from app.settings.catalog import KUTIP_PASAL17

    window.set_role("admin")
    dialog = OfficeSettingsDialog(window.session, window)
    qtbot.addWidget(dialog)
    assert not dialog.kutip_pasal17.isChecked()
    dialog.kutip_pasal17.setChecked(True)
    dialog.accept()
    assert value(KUTIP_PASAL17) is True
    again = OfficeSettingsDialog(window.session, window)
    qtbot.addWidget(again)
    assert again.kutip_pasal17.isChecked()


def test_office_profile_shows_the_office_key_fingerprint(window, qtbot):
    from app.signing import keyfile

    window.set_role("admin")
    dialog = OfficeSettingsDialog(window.session, window)
    qtbot.addWidget(dialog)
    text = dialog.key_text.text()
    assert keyfile.pinned_public().fingerprint in text
    assert "disegel dan ditandatangani dengan kunci ini" in text


def test_number_register_cancels_a_number_but_keeps_it(doc_window, monkeypatch, qtbot, boxes):
    window, _case = doc_window
    panel = window.case_view.documents
    select(panel, "ba_uji")
    panel.finalise_button.click()
    dialog = NumberRegisterDialog(window.session, window)
    qtbot.addWidget(dialog)
    year = NumberRegister.get().tahun
    dialog.year.setCurrentIndex(dialog.year.findData(year))
    assert dialog.model.rowCount() == 1
    dialog.view.selectRow(0)
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: ("Salah jenis naskah.", True))
    )
    dialog.cancel_button.click()
    row = NumberRegister.get()
    assert (row.status, row.alasan_batal) == ("batal", "Salah jenis naskah.")
    assert dialog.model.index(0, 3).data() == "Batal"
    assert dialog.model.index(0, 5).data() == "PPID Utama"  # whose register


def test_a_finalised_document_printed_from_the_tab_reaches_the_cups_queue(
    doc_window, cups_pdf_queue, monkeypatch, boxes
):
    """The real print path: the Cetak button, the print dialog (accepted as it is, on the
    default CUPS queue), and the PDF that CUPS-PDF writes."""
    from PySide6.QtPrintSupport import QPrinterInfo

    from tests.ui.support import cups_pdf_files, cups_pdf_out_dir, wait_for_output

    window, _case = doc_window
    panel = window.case_view.documents
    select(panel, "ba_uji")
    panel.finalise_button.click()
    stored = Document.get(Document.jenis == "ba_uji")
    monkeypatch.setattr(
        QPrinterInfo,
        "defaultPrinter",
        staticmethod(lambda: QPrinterInfo.printerInfo(cups_pdf_queue)),
    )
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QPrintDialog.DialogCode.Accepted)
    before = cups_pdf_files(cups_pdf_queue)
    select(panel, "ba_uji")
    panel.print_button.click()
    title = stored.nomor.split("/")[0]  # CUPS-PDF names the file after the job title
    reader = wait_for_output(cups_pdf_out_dir(cups_pdf_queue), before, title)
    assert len(reader.pages) == stored.halaman
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert stored.kode in text and stored.nomor in text


def test_batch_print_sends_every_final_document_of_the_step(
    doc_window, monkeypatch, tmp_path, boxes
):
    from app.changes import NOTHING
    from app.documents.kinds import DOCUMENT_KINDS

    window, _case = doc_window
    panel = window.case_view.documents
    for doc_type in ("laporan_identifikasi", "laporan_uji", "ba_uji"):
        select(panel, doc_type)
        panel.finalise_button.click()
    sent = []
    monkeypatch.setattr(
        "ui.document_actions.print_jobs",
        lambda parent, jobs, actor=None: sent.extend(jobs) or NOTHING,
    )
    select(panel, "ba_uji")
    panel.print_step_button.click()
    titles = sorted(job.title.split(" 000.9.2")[0] for job in sent)
    assert titles == sorted([DOCUMENT_KINDS["laporan_uji"], DOCUMENT_KINDS["ba_uji"]])


def test_the_finalise_dialog_proposes_the_meeting_day_and_warns_of_the_placeholder_logo(
    doc_window, qtbot, boxes
):
    window, case = doc_window
    meeting = date.fromisoformat(case_detail(case.id).latest_record(2).data["tanggal_rapat"])
    dialog = FinaliseDialog(finalisation_plan(case.id, "ba_uji"), window.session.actor, window)
    qtbot.addWidget(dialog)
    assert dialog.tanggal.value() == meeting and not dialog.tanggal.isEnabled()
    assert "tanggal rapat tahap 2" in dialog.date_note.text()
    assert "/BA-UK/PPID/" in dialog.number_note.text()
    labels = " ".join(w.text() for w in dialog.findChildren(QLabel))
    assert "logo pengganti" in labels
    # The Laporan may be signed later: its date is editable, never before the meeting.
    laporan = FinaliseDialog(
        finalisation_plan(case.id, "laporan_uji"), window.session.actor, window
    )
    qtbot.addWidget(laporan)
    assert laporan.tanggal.isEnabled() and laporan.tanggal.value() == meeting
    assert laporan.tanggal.minimumDate().toPython() == meeting


def test_a_keputusan_bupati_asks_the_number_of_the_bagian_hukum(window, qtbot, boxes, setting):
    fill_demo(12, documents=False)
    case = Case.get(Case.status == "selesai")
    setting(PENETAPAN_BENTUK, "keputusan_bupati")
    setting(BUPATI_NAMA, "Ratu Rachmatu Zakiyah")
    window.set_role("ppid_utama")
    window.open_case(case.id)
    panel = window.case_view.documents
    window.case_view.tabs.setCurrentWidget(panel)
    year = finalisation_plan(case.id, "penetapan").date.proposed.year
    boxes.nomor_luar = ""  # left empty: refused, the field marked, nothing stored
    select(panel, "penetapan")
    panel.finalise_button.click()
    [dialog] = boxes.finalise_dialogs
    assert dialog.nomor_luar.property("invalid") is True
    assert "Nomor dari Bagian Hukum wajib diisi" in boxes.texts()
    assert not Document.select().where(Document.jenis == "penetapan").exists()
    boxes.nomor_luar = f"188.45/Kep.77-Huk/{year}"
    select(panel, "penetapan")
    panel.finalise_button.click()
    assert Document.get(Document.jenis == "penetapan").nomor == f"188.45/Kep.77-Huk/{year}"


def test_the_dokumen_tab_warms_the_renderer_once_on_the_runner(window, monkeypatch, qtbot):
    """The first letter of a process costs several times a warm one: the Dokumen tab's first
    case warms the renderer on a worker (never the GUI thread), once a process."""
    import threading

    import app.documents.render.warm as warm
    import ui.documents_panel as documents_panel
    from ui.runner import get_runner

    calls: list[str] = []
    monkeypatch.setattr(documents_panel, "_renderer_warmed", False)
    monkeypatch.setattr(warm, "warm_up", lambda: calls.append(threading.current_thread().name))
    fill_demo(3, documents=False)
    first, second = Case.select().order_by(Case.id).limit(2)
    window.set_role("ppid_utama")
    window.open_case(first.id)
    assert calls == []  # the Dokumen tab is not shown yet: nothing is warmed
    window.case_view.tabs.setCurrentWidget(window.case_view.documents)
    qtbot.waitUntil(lambda: len(calls) == 1)
    assert calls[0] != threading.main_thread().name
    window.open_case(second.id)
    window.case_view.tabs.setCurrentWidget(window.case_view.documents)
    qtbot.waitUntil(lambda: not get_runner().busy())  # a second warm-up would have run by now
    assert len(calls) == 1
