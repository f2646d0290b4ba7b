"""The DIK dialog on a database with three items on the DIK (no end, a date ending 31
December 2026, until an event): its buttons follow the capabilities, publishing asks and
freezes a version, a version exported through the runner is a PDF, XLSX and CSV that read
back, and the expiry queue's three actions go through their services."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app import accounts, clock, documents
from app.accounts import AccountInput, RoleGrant
from app.capabilities import capabilities
from app.documents.store import finalise
from app.models import Case, InfoItem, Opd
from app.reports.dik import DIBUKA_KEMBALI
from app.reports.dik_versions import dik_versions
from app.reports.expiry import ENDING, REVIEW
from app.store import close_database
from tests.conftest import (
    UTAMA,
    advance_case,
    create_case_with_item,
    create_officials,
    open_test_database,
)
from tests.pdf_support import make_pdf
from tests.ui.support import UI_PASSWORD
from ui.dialogs.dik import DikDialog
from ui.session import Session

TODAY = date(2026, 11, 25)
EVENT = "Sampai ditetapkannya Rencana Kerja Tahun 2028"


@pytest.fixture
def office(qapp, tmp_path, monkeypatch):
    """Three cases whose penetapan is in force, and an account holding every role."""
    monkeypatch.setattr(
        documents,
        "render_document",
        lambda doc_type, case_id, stamp=None, detail=None: make_pdf(f"{doc_type} {case_id}"),
        raising=False,
    )
    clock.pin_today(TODAY)
    open_test_database(tmp_path / "dik.db")
    officials = create_officials()
    cases = [
        create_case_with_item(judul="Rekam medis"),
        create_case_with_item(judul="Tender", item={"uraian": "Dokumen penawaran tender"}),
        create_case_with_item(judul="Renja", item={"uraian": "Rancangan Renja 2028"}),
    ]
    for case in cases:
        advance_case(case.id, 6, officials)
    InfoItem.update(jangka_jenis="tanggal", jangka_tanggal=date(2026, 12, 31)).where(
        InfoItem.case == cases[1].id
    ).execute()
    InfoItem.update(jangka_jenis="peristiwa", jangka_peristiwa=EVENT).where(
        InfoItem.case == cases[2].id
    ).execute()
    for case in cases:
        finalise(UTAMA, case.id, "penetapan")
    dinkes = Opd.get(Opd.singkatan == "Dinkes").id
    grants = [
        RoleGrant("ppid_utama"),
        RoleGrant("ppid_pembantu", dinkes),
        RoleGrant("tim_pertimbangan"),
        RoleGrant("admin"),
    ]
    accounts.create_first_admin(AccountInput("uji", "Petugas Uji", grants), UI_PASSWORD)
    yield accounts.login("uji", UI_PASSWORD)
    close_database()
    clock.pin_today(None)


def dialog_as(qtbot, login, role: str) -> DikDialog:
    dialog = DikDialog(Session(login, role))
    qtbot.addWidget(dialog)
    return dialog


def select_queue_row(dialog: DikDialog, alasan: str) -> None:
    rows = dialog.queue_model.rows()
    dialog.queue_view.selectRow(next(i for i, r in enumerate(rows) if r.alasan == alasan))


def test_the_register_and_the_buttons_follow_the_capabilities(qtbot, office, boxes):
    utama = dialog_as(qtbot, office, "ppid_utama")
    assert utama.entries_model.rowCount() == 3
    assert utama.publish_button.isEnabled()
    assert not utama.no_versions.isHidden()
    assert not any(b.isEnabled() for b in utama.export_buttons.values())  # no version yet
    assert utama.queue_model.rowCount() == 1  # the date ending 31 December, 24 working days
    [row] = utama.queue_model.rows()
    assert row.alasan == ENDING
    assert utama.retest_button.isEnabled() and utama.opened_button.isEnabled()
    assert not utama.review_button.isEnabled()  # a dated period is tested again, not reviewed

    tim = dialog_as(qtbot, office, "tim_pertimbangan")
    can = capabilities(tim._session.actor)
    assert not tim.publish_button.isEnabled()
    assert tim.publish_button.toolTip() == can.why_not("publish_dik") != ""
    assert not tim.opened_button.isEnabled()
    assert tim.opened_button.toolTip() == can.why_not("follow_up_dik") != ""
    assert not tim.retest_button.isEnabled()

    pembantu = dialog_as(qtbot, office, "ppid_pembantu")
    assert pembantu.retest_button.isEnabled()  # a re-test is a new case of its own OPD
    assert not pembantu.opened_button.isEnabled() and not pembantu.publish_button.isEnabled()


def test_a_wrong_role_is_refused_by_the_service_even_past_the_button(qtbot, office, boxes):
    tim = dialog_as(qtbot, office, "tim_pertimbangan")
    assert tim.mark_opened("Sudah tidak rahasia.") is False
    assert "tidak berwenang" in boxes.texts("warning")
    assert all(e.status != DIBUKA_KEMBALI for e in tim.entries_model.rows())
    assert tim.publish(note="Coba") is False
    assert dik_versions() == []


def test_publishing_then_exporting_a_version_through_the_runner(qtbot, office, boxes, tmp_path):
    dialog = dialog_as(qtbot, office, "ppid_utama")
    assert dialog.publish(note="Pemutakhiran uji") is True
    [version] = dik_versions()
    assert version.nomor == 1 and version.catatan == "Pemutakhiran uji" and version.jumlah == 3
    assert dialog.versions_model.rowCount() == 1 and dialog.no_versions.isHidden()
    assert "versi pertama" in dialog.version_title.text()
    assert "Ditambahkan: Dokumen penawaran tender" in dialog.version_changes.toPlainText()
    assert dialog.changes and dialog.changes[-1].history

    pdf = dialog.export_version("pdf", tmp_path / "dik-1.pdf")
    reader = PdfReader(pdf)
    page = reader.pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)  # landscape
    text = "".join(p.extract_text() for p in reader.pages)
    assert "Dokumen penawaran tender" in text and "Rancangan Renja 2028" in text

    xlsx = dialog.export_version("xlsx", tmp_path / "dik-1.xlsx")
    book = load_workbook(xlsx)
    assert book.sheetnames == ["DIK", "Perubahan"]
    informasi = [row[1] for row in book["DIK"].iter_rows(min_row=3, values_only=True)]
    assert sorted(informasi) == sorted(e.informasi for e in dialog.entries_model.rows())

    target = dialog.export_version("csv", tmp_path / "dik-1.csv")
    with open(target, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert rows[0][1] == "Informasi yang dikecualikan" and len(rows) == 4
    assert sorted(tmp_path.glob("*.part")) == []

    # Nothing changed since: publishing again is refused with the reason, no version 2.
    assert dialog.publish(note="Lagi") is False
    assert "tidak berubah sejak versi 1" in boxes.texts("warning")
    assert len(dik_versions()) == 1


def test_an_export_cancelled_writes_nothing(qtbot, office, boxes, tmp_path, monkeypatch):
    from ui.runner import JobOutcome

    dialog = dialog_as(qtbot, office, "ppid_utama")
    dialog.publish(note="Satu")

    def cancelled_run(parent, title, work, **kwargs):
        class Report:
            def __call__(self, done, total, text=""):
                return False  # Batal pressed at the first report

            def cancelled(self):
                return True

        try:
            work(Report())
        except Exception as exc:  # noqa: BLE001 - as the runner hands it over
            return JobOutcome(None, exc, True)
        return JobOutcome(None, None, True)

    monkeypatch.setattr("ui.dialogs.dik.run_with_progress", cancelled_run)
    out = tmp_path / "keluar"
    out.mkdir()
    assert dialog.export_version("pdf", out / "dik.pdf") is None
    assert dialog.export_version("xlsx", out / "dik.xlsx") is None
    assert list(out.iterdir()) == []
    assert "dibatalkan" in boxes.texts("information")


def test_the_queue_actions_go_through_their_services(qtbot, office, boxes):
    dialog = dialog_as(qtbot, office, "ppid_utama")
    dialog.months.setValue(1)  # the event-based item's review falls due on 25 December
    assert {r.alasan for r in dialog.queue_model.rows()} == {ENDING, REVIEW}
    select_queue_row(dialog, REVIEW)
    assert dialog.review_button.isEnabled()
    assert dialog.record_review("Renja 2028 belum ditetapkan.") is True
    [reviewed] = [r for r in dialog.queue_model.rows() if r.alasan == REVIEW]
    assert "tinjauan terakhir" in reviewed.keterangan  # due a month after the review now

    select_queue_row(dialog, ENDING)
    dated = dialog.selected_row().entry
    assert dialog.mark_opened("Tender sudah diumumkan.") is True
    status = {e.butir_id: e.status for e in dialog.entries_model.rows()}
    assert status[dated.butir_id] == DIBUKA_KEMBALI
    queued = {r.entry.butir_id for r in dialog.queue_model.rows()}
    assert dated.butir_id not in queued  # an opened item leaves the queue

    # A re-test of the event-based item from the queue; the clerk opens the new case.
    select_queue_row(dialog, REVIEW)
    before = Case.select().count()
    case_id = dialog.retest()
    assert Case.select().count() == before + 1
    assert dialog.open_case_id == case_id  # boxes answer Yes to "Buka kasusnya sekarang?"
    assert any(c.case_created and c.case_id == case_id for c in dialog.changes)
    [row] = [r for r in dialog.queue_model.rows() if r.alasan == REVIEW]
    assert row.retest_running and not dialog.retest_button.isEnabled()
    assert Case.get_by_id(case_id).nomor in dialog.retest_button.toolTip()


def test_the_evidence_pack_from_the_reports_dialog(qtbot, office, boxes, tmp_path):
    import zipfile

    from ui.dialogs.reports import EVIDENCE, ReportsDialog

    tim = ReportsDialog(Session(office, "tim_pertimbangan"), tab=EVIDENCE)
    qtbot.addWidget(tim)
    assert not tim.zip_button.isEnabled()
    assert "tidak berwenang membuat paket bukti" in tim.zip_button.toolTip()

    reports = ReportsDialog(Session(office, "ppid_utama"), tab=EVIDENCE)
    qtbot.addWidget(reports)
    assert reports.tabs.currentIndex() == EVIDENCE and reports.zip_button.isEnabled()
    assert reports.export_evidence(target=tmp_path / "bukti.zip") is None
    assert "Terbitkan DIK dulu" in boxes.texts("warning")  # no version published yet
    assert not (tmp_path / "bukti.zip").exists()

    dialog_as(qtbot, office, "ppid_utama").publish(note="Untuk monitoring")
    target = reports.export_evidence(target=tmp_path / "bukti.zip")
    names = zipfile.ZipFile(target).namelist()
    assert "01 DIK/dik-versi-1.pdf" in names and "DAFTAR-ISI.csv" in names
    assert sum(n.startswith("02 Surat Penetapan/") for n in names) == 3
    assert "Paket bukti monitoring 2026 ditulis" in boxes.texts("information")
