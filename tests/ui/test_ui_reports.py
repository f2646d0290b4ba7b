"""The reports dialog: the annual figures of a year, locked and unlocked by those allowed,
and the annual report, the buku register and the SOP document exported through the runner
to files that pypdf and openpyxl read back; a cancelled export writes nothing."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.capabilities import capabilities
from app.cases import commands
from app.models import Opd
from app.permissions import Actor
from app.reports.year_lock import year_lock
from ui.dialogs.reports import ANNUAL, REGISTER, SOP, ReportsDialog
from ui.runner import JobOutcome
from ui.session import Session

F4 = (609.4, 935.4)  # 215 × 330 mm in points


def dialog_as(qtbot, login, role: str, tab: int = ANNUAL) -> ReportsDialog:
    dialog = ReportsDialog(Session(login, role), tab=tab)
    qtbot.addWidget(dialog)
    return dialog


@pytest.fixture
def a_case(ui_db):
    return commands.create_case(
        Actor("ppid_utama", "Sari"),
        commands.NewCase(
            opd_id=Opd.get(Opd.singkatan == "Dinkes").id,
            pemicu="sebelum_permohonan",
            judul="Pemutakhiran DIK Dinas Kesehatan 2026",
            tanggal_mulai=date(2026, 11, 2),
        ),
    ).case


def size_of(page) -> tuple[float, float]:
    return round(float(page.mediabox.width), 1), round(float(page.mediabox.height), 1)


def test_the_year_its_figures_and_who_may_lock(qtbot, login, a_case, boxes):
    admin = dialog_as(qtbot, login, "admin")
    assert admin.year.itemData(0) == 2026
    rows = {f.label: f.value for f in admin.figures_model.rows()}
    assert rows["Kasus dimulai"] == "1" and rows["Kasus selesai"] == "0"
    assert "Pasal 17 huruf j" in rows
    assert admin.steps_model.rowCount() == 6
    assert "masih berjalan" in admin.lock_status.text()
    assert admin.lock_button.isEnabled() and admin.unlock_button.isHidden()

    tim = dialog_as(qtbot, login, "tim_pertimbangan")
    assert not tim.lock_button.isEnabled()
    assert tim.lock_button.toolTip() == capabilities(tim._session.actor).why_not("lock_year")
    assert tim.pdf_button.isEnabled()  # anyone logged in prints the report


def test_locking_and_unlocking_a_year(qtbot, login, a_case, boxes):
    utama = dialog_as(qtbot, login, "ppid_utama")
    assert utama.lock_year(confirmed=True) is True
    assert year_lock(2026) is not None
    assert "dikunci" in utama.lock_status.text()
    assert utama.lock_button.isHidden() and not utama.unlock_button.isHidden()
    assert not utama.unlock_button.isEnabled()  # only the administrator unlocks
    assert utama.unlock_year("Koreksi") is False  # and the service says so past the button
    assert "tidak berwenang" in boxes.texts("warning")
    assert year_lock(2026) is not None

    admin = dialog_as(qtbot, login, "admin")
    assert admin.lock is not None and admin.unlock_button.isEnabled()
    assert admin.unlock_year("Angka kasus dikoreksi.") is True
    assert year_lock(2026) is None
    assert "belum dikunci" in admin.lock_status.text() or "masih berjalan" in (
        admin.lock_status.text()
    )
    assert admin.changes and admin.changes[-1].history


def test_the_annual_report_through_the_runner(qtbot, login, a_case, boxes, tmp_path):
    dialog = dialog_as(qtbot, login, "ppid_utama")
    pdf = dialog.export_annual("pdf", tmp_path / "laporan-2026.pdf")
    reader = PdfReader(pdf)
    assert size_of(reader.pages[0]) == F4
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Laporan Tahunan" in text and "2026" in text
    xlsx = dialog.export_annual("xlsx", tmp_path / "laporan-2026.xlsx")
    book = load_workbook(xlsx)
    assert len(book.sheetnames) >= 2
    values = [v for row in book[book.sheetnames[0]].iter_rows(values_only=True) for v in row]
    assert 1 in values  # one case begun, stored as a number
    assert "Laporan tahunan 2026 ditulis" in boxes.texts("information")


def test_the_buku_register_and_the_sop_document(qtbot, login, a_case, boxes, tmp_path):
    register = dialog_as(qtbot, login, "ppid_pembantu", REGISTER)
    assert register.tabs.currentIndex() == REGISTER
    register.start.set_value(date(2026, 11, 1))
    register.end.set_value(date(2026, 11, 30))
    pdf = register.export_register(tmp_path / "register.pdf")
    reader = PdfReader(pdf)
    width, height = size_of(reader.pages[0])
    assert (height, width) == F4  # the paper turned sideways
    assert a_case.nomor in "".join(page.extract_text() for page in reader.pages)

    sop = dialog_as(qtbot, login, "tim_pertimbangan", SOP)
    reader = PdfReader(sop.export_sop(tmp_path / "sop.pdf"))
    assert len(reader.pages) >= 2
    assert "01/SOP-PPID/DISKOMINFOSATIK/2020" in reader.pages[0].extract_text()


def test_a_period_backwards_is_refused_with_the_reason(qtbot, login, boxes, tmp_path):
    dialog = dialog_as(qtbot, login, "ppid_utama", REGISTER)
    dialog.start.set_value(date(2026, 11, 30))
    dialog.end.set_value(date(2026, 11, 1))
    assert dialog.export_register(tmp_path / "register.pdf") is None
    assert "tukar kedua tanggal" in boxes.texts("warning")
    assert list(tmp_path.glob("register*")) == []


def test_a_cancelled_export_writes_nothing(qtbot, login, boxes, tmp_path, monkeypatch):
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

    monkeypatch.setattr("ui.dialogs.reports.run_with_progress", cancelled_run)
    dialog = dialog_as(qtbot, login, "ppid_utama")
    out = tmp_path / "keluar"
    out.mkdir()
    assert dialog.export_annual("pdf", out / "laporan.pdf") is None
    assert dialog.export_sop(out / "sop.pdf") is None
    assert list(out.iterdir()) == []
    assert "dibatalkan" in boxes.texts("information")
