"""The annual report's PDF (read back with pypdf) and XLSX (read back with openpyxl), and the
export job: progress, cancelling, frozen figures, refused targets."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from app.errors import UserError
from app.reports.annual import annual_figures
from app.reports.annual_pdf import annual_report_pdf
from app.reports.jobs import export_annual_report
from app.reports.pdf import ReportCancelled
from app.settings import KERTAS
from tests.test_annual import office  # noqa: F401 (the fixture database)


@pytest.fixture
def out(tmp_path):
    """An empty folder (the database lies in ``tmp_path`` itself)."""
    folder = tmp_path / "keluar"
    folder.mkdir()
    return folder


F4_PT = (215 / 25.4 * 72, 330 / 25.4 * 72)
A4_PT = (210 / 25.4 * 72, 297 / 25.4 * 72)


def _text(data: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(data))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


def _size(reader: PdfReader, page: int = 0) -> tuple[float, float]:
    box = reader.pages[page].mediabox
    return float(box.width), float(box.height)


def test_the_pdf_is_f4_upright_with_the_title_and_the_figures(office):  # noqa: F811
    reader, text = _text(annual_report_pdf(annual_figures(2026)))
    assert _size(reader) == pytest.approx(F4_PT, abs=0.5)
    flat = " ".join(text.split())
    assert "Laporan Tahunan Uji Konsekuensi Informasi Publik Tahun 2026" in flat
    assert "Keadaan per 31 Desember 2026" in flat
    assert re.search(r"Kasus dimulai pada tahun 2026 4\b", flat)
    assert re.search(r"Kasus selesai pada tahun 2026 3\b", flat)
    assert re.search(r"Kasus masih berjalan pada 31 Desember 2026 2\b", flat)
    assert re.search(r"Butir informasi yang diuji 6\b", flat)
    assert re.search(r"Dikecualikan sebagian \(bagian tertentu dihitamkan\) 1\b", flat)
    assert re.search(r"\bh mengungkap rahasia pribadi 2\b", flat)
    assert re.search(r"lebih dari satu huruf Pasal 17 2\b", flat)
    # The steps table: step 3 ran four times, ten working days at most, once over its 7.
    assert re.search(r"3\. Pertimbangan tertulis Tim Pertimbangan 7 4 5,5 10 1", flat)
    # The charts are drawn, with their labels (averages with a decimal comma).
    assert "Rata-rata hari kerja per tahap dan batas SOP" in flat
    assert "Batas menurut SOP" in flat and "9,7" in flat  # step 6: 29 / 3
    assert "Jumlah kasus selesai: 3" in flat and "Agu" in flat
    assert f"Halaman 1 dari {len(reader.pages)}" in flat
    assert reader.metadata.title == "Laporan Tahunan Uji Konsekuensi Informasi Publik Tahun 2026"


def test_the_pdf_follows_the_office_paper(office, setting):  # noqa: F811
    setting(KERTAS, "A4")
    reader, _text_ = _text(annual_report_pdf(annual_figures(2026)))
    assert _size(reader) == pytest.approx(A4_PT, abs=0.5)


def test_an_empty_year_still_prints(office):  # noqa: F811
    reader, text = _text(annual_report_pdf(annual_figures(2024)))
    flat = " ".join(text.split())
    assert re.search(r"Kasus dimulai pada tahun 2024 0\b", flat) and "—" in flat


def test_the_workbook_has_one_sheet_per_table(office, out):  # noqa: F811
    from openpyxl import load_workbook

    target = out / "laporan.xlsx"
    done = export_annual_report(2026, xlsx=target)
    assert done.files == (target,)
    book = load_workbook(target)
    assert book.sheetnames == ["Kasus", "Butir", "Pasal 17", "Waktu per tahap", "Selesai per bulan"]
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A3"
        assert str(sheet["A1"].value).startswith("Laporan Tahunan Uji Konsekuensi")
        assert sheet["A2"].font.bold
    cases = book["Kasus"]
    assert [cases.cell(r, 2).value for r in (3, 4, 5)] == [4, 3, 2]
    letters = {r[0]: r[2] for r in book["Pasal 17"].iter_rows(min_row=3, values_only=True)}
    assert letters["h"] == 2 and letters["j"] == 1 and letters["d"] == 0
    steps = list(book["Waktu per tahap"].iter_rows(min_row=3, values_only=True))
    assert steps[2] == (3, "Pertimbangan tertulis", "Tim Pertimbangan", 7, 4, 5.5, 10, 1)
    assert steps[5][5] == pytest.approx(9.67)
    months = list(book["Selesai per bulan"].iter_rows(min_row=3, values_only=True))
    assert months[1] == ("Feb 2026", 1) and sum(n for _m, n in months) == 3
    assert book["Pasal 17"].column_dimensions["B"].width == 60


def test_the_job_reports_progress_and_a_cancel_leaves_no_file(office, out):  # noqa: F811
    seen: list[tuple[int, int, str]] = []
    pdf, xlsx = out / "l.pdf", out / "l.xlsx"
    export_annual_report(2026, pdf, xlsx, progress=lambda d, t, s: seen.append((d, t, s)))
    assert pdf.read_bytes().startswith(b"%PDF") and xlsx.stat().st_size > 0
    assert [d for d, _t, _s in seen] == [0, 1, 2, 3] and {t for _d, t, _s in seen} == {3}
    pdf.unlink()
    xlsx.unlink()

    def stop_at_xlsx(done: int, total: int, text: str) -> bool:
        return done < 2

    with pytest.raises(ReportCancelled):
        export_annual_report(2026, pdf, xlsx, progress=stop_at_xlsx)
    with pytest.raises(ReportCancelled):
        export_annual_report(2026, pdf, xlsx, cancelled=lambda: True)
    assert sorted(p.name for p in out.iterdir()) == []


def test_a_locked_year_prints_its_frozen_figures(office, out):  # noqa: F811
    frozen = annual_figures(2026).to_dict() | {"cases_begun": 99}
    target = out / "beku.pdf"
    export_annual_report(2026, pdf=target, frozen=frozen)
    _reader, text = _text(target.read_bytes())
    assert re.search(r"Kasus dimulai pada tahun 2026 99\b", " ".join(text.split()))
    with pytest.raises(UserError, match="tahun 2026, bukan tahun 2025"):
        export_annual_report(2025, pdf=target, frozen=frozen)


def test_targets_are_checked_before_any_work(office, out):  # noqa: F811
    with pytest.raises(UserError, match="berakhiran .pdf"):
        export_annual_report(2026, pdf=out / "laporan.docx")
    with pytest.raises(UserError, match="tidak ada"):
        export_annual_report(2026, xlsx=out / "tidak" / "ada.xlsx")
    with pytest.raises(UserError, match="PDF dan/atau XLSX"):
        export_annual_report(2026)
    with pytest.raises(UserError, match="belum dimulai"):
        export_annual_report(2030, pdf=out / "x.pdf")
    assert list(out.iterdir()) == []


def test_a_year_locked_in_the_office_prints_its_lock_by_default(office, out):  # noqa: F811
    """Locked with ``year_lock.lock_year``, the year prints the frozen figures from the
    window and the command line alike, even after a case was changed since."""
    from app.permissions import Actor
    from app.reports.year_lock import lock_year

    frozen = annual_figures(2026).to_dict() | {"cases_begun": 77}
    lock_year(Actor("ppid_utama", "Anas"), 2026, frozen)
    target = out / "terkunci.pdf"
    export_annual_report(2026, pdf=target)
    _reader, text = _text(target.read_bytes())
    assert re.search(r"Kasus dimulai pada tahun 2026 77\b", " ".join(text.split()))
