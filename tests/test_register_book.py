"""The buku register: the cases and the outgoing numbers of a period, on F4 turned, with
the header on every page, the page numbers and the hand-written columns; read back with
pypdf."""

from __future__ import annotations

import io
import re
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from app.documents.numbering import cancel_number
from app.documents.store import finalise
from app.errors import UserError
from app.models import NumberRegister
from app.reports.jobs import export_register_book
from app.reports.pdf import ReportCancelled
from app.reports.register_book import case_lines, number_lines, register_book_pdf
from tests import test_tamper

render = test_tamper.render
F4_LANDSCAPE = (330 / 25.4 * 72, 215 / 25.4 * 72)
FIRST = date(2026, 1, 5)


@pytest.fixture
def office(db, make_case, advance, render, utama, admin):
    """40 cases from 5 January 2026, one a week day apart, and one of 2025; the first two
    tested (their step-2 documents numbered), one number cancelled."""
    cases = [
        make_case(judul=f"Kasus uji {n:02d}", start=FIRST + timedelta(days=n)) for n in range(40)
    ]
    old = make_case(judul="Kasus tahun lalu", start=date(2025, 12, 1))
    for case in cases[:2]:
        advance(case.id, 3)
        finalise(utama, case.id, "ba_uji")
        finalise(utama, case.id, "laporan_uji")
    cancelled = NumberRegister.select().order_by(NumberRegister.id.desc()).first()
    cancel_number(admin, cancelled.id, "Salah ketik tanggal")
    return cases, old, cancelled.nomor


def _read(data: bytes) -> tuple[PdfReader, list[str]]:
    reader = PdfReader(io.BytesIO(data))
    return reader, [" ".join(p.extract_text().split()) for p in reader.pages]


def test_the_cases_of_the_period_in_order(office):
    cases, old, _cancelled = office
    lines = case_lines(date(2026, 1, 1), date(2026, 12, 31))
    assert [line.nomor for line in lines] == [c.nomor for c in cases]
    assert old.nomor not in [line.nomor for line in case_lines(FIRST, date(2026, 12, 31))]
    assert [line.nomor for line in case_lines(FIRST, FIRST + timedelta(days=2))] == [
        c.nomor for c in cases[:3]
    ]
    first = lines[0]
    assert first.items == ("Rekam medis pasien rawat inap",) and first.opd
    assert first.tahap.startswith("3. Pertimbangan tertulis; berjalan, batas")
    assert first.hasil == ""  # not finished: no result yet
    assert lines[5].tahap.startswith("1. Identifikasi dan usulan; berjalan")


def test_the_numbers_of_the_period_with_the_cancelled_one(office):
    _cases, _old, cancelled = office
    lines = number_lines(date(2026, 1, 1), date(2026, 12, 31))
    assert len(lines) == 4
    assert [line.tanggal for line in lines] == sorted(line.tanggal for line in lines)
    gone = next(line for line in lines if line.nomor == cancelled)
    assert gone.status == "Dibatalkan: Salah ketik tanggal"
    assert {line.penerbit for line in lines} == {"PPID Utama"}
    assert all(line.kasus for line in lines)
    assert number_lines(date(2025, 1, 1), date(2025, 12, 31)) == []


def test_forty_cases_make_several_f4_landscape_pages_each_with_the_header(office):
    reader, pages = _read(register_book_pdf(date(2026, 1, 1), date(2026, 12, 31)))
    assert len(pages) >= 4
    for page in reader.pages:
        box = page.mediabox
        assert (float(box.width), float(box.height)) == pytest.approx(F4_LANDSCAPE, abs=0.5)
    assert "BUKU REGISTER UJI KONSEKUENSI INFORMASI PUBLIK" in pages[0]
    assert "Periode 1 Januari 2026 s.d. 31 Desember 2026" in pages[0]
    case_pages = [p for p in pages if "NOMOR KASUS" in p]
    assert len(case_pages) >= 3  # the cases' header on every page of register A
    for p in case_pages:
        assert "PARAF" in p and "KETERANGAN" in p and "TAHAP TERAKHIR" in p
    for n, p in enumerate(pages[1:], start=2):
        assert "Buku Register Uji Konsekuensi Informasi Publik · Periode" in p
        assert f"Halaman {n} dari {len(pages)}" in p
    text = " ".join(pages)
    assert re.search(r"\b40\. \S+/UK-PPID/2026", text)  # the fortieth row
    assert "Kasus tahun lalu" not in text
    numbers = [p for p in pages if "NOMOR SURAT" in p]
    assert numbers and "B. Register nomor surat keluar" in numbers[0]
    assert "Dibatalkan: Salah ketik tanggal" in " ".join(numbers)


def test_one_case_and_an_empty_period_still_print(office):
    _reader, pages = _read(register_book_pdf(FIRST, FIRST))
    text = " ".join(pages)
    assert "Kasus uji 00" in text and "Kasus uji 01" not in text
    assert "Tidak ada nomor surat pada periode ini." in text
    _reader, pages = _read(register_book_pdf(date(2024, 1, 1), date(2024, 1, 31)))
    assert "Tidak ada kasus pada periode ini." in " ".join(pages)


def test_the_job_checks_the_period_and_stops_when_cancelled(office, tmp_path):
    out = tmp_path / "keluar"
    out.mkdir()
    with pytest.raises(UserError, match="tukar kedua tanggal"):
        export_register_book(date(2026, 2, 1), date(2026, 1, 1), out / "r.pdf")
    pages: list[str] = []

    def stop_on_page_two(done: int, total: int, text: str) -> bool:
        pages.append(text)
        return "halaman 2" not in text

    with pytest.raises(ReportCancelled):
        export_register_book(
            date(2026, 1, 1), date(2026, 12, 31), out / "r.pdf", progress=stop_on_page_two
        )
    assert pages[-1] == "Menyusun halaman 2…" and list(out.iterdir()) == []
    done = export_register_book(date(2026, 1, 1), date(2026, 12, 31), out / "r.pdf")
    assert done.files == (out / "r.pdf",) and (out / "r.pdf").read_bytes().startswith(b"%PDF")


def test_a_paged_table_keeps_every_row_once_and_splits_only_a_giant_one(db):
    from reportlab.platypus import Paragraph

    from app.documents.render.styles import get_styles
    from app.reports.pdf import PagedTable, build_report, landscape
    from app.reports.register_book import STYLE

    st = get_styles().cell
    setup = landscape()
    width = setup.frame_width
    header = [[Paragraph("KOLOM A", st), Paragraph("KOLOM B", st)]]
    rows = [[Paragraph(f"baris-{n:03d}", st), Paragraph("isi " * 20, st)] for n in range(120)]
    giant = " ".join(f"kata{n}" for n in range(4000))  # taller than a whole page
    rows.insert(60, [Paragraph("baris-raksasa", st), Paragraph(giant, st)])
    table = PagedTable(header, rows, [width * 0.3, width * 0.7], STYLE, setup.frame_height)
    reader = PdfReader(io.BytesIO(build_report([table], setup, "uji")))
    text = " ".join(page.extract_text() for page in reader.pages)
    for n in range(120):
        assert text.count(f"baris-{n:03d}") == 1
    assert text.count("kata3999") == 1 and "kata0 " in text
    assert all("KOLOM A" in page.extract_text() for page in reader.pages)
