"""The PDF, XLSX and CSV of a published DIK version, read back: F4 landscape, the kop and
title, the header repeated on every page of a long list, "Halaman x dari y", the same bytes
for the same version; the spreadsheet's header, widths, wrap and its sheet of changes."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from app import clock, settings
from app.errors import ConflictError
from app.models import database
from app.reports.dik import BERAKHIR
from app.reports.dik_pdf import render_dik_pdf
from app.reports.dik_versions import (
    DikVersionInfo,
    DikVersionView,
    content_sha256,
    dik_changes,
    dik_version,
    publish_dik,
)
from app.reports.export import HEADER, write_version_csv, write_version_xlsx
from app.store import close_database, open_database
from tests import test_dik_versions
from tests.conftest import outsider_edit
from tests.test_dik_versions import entry

register = test_dik_versions.register  # fixtures shared with the version tests
render = test_dik_versions.render

F4_LANDSCAPE = (330 * mm, 215 * mm)


def synthetic_view(count: int) -> DikVersionView:
    """Version 2 with ``count`` entries of realistic length; version 1 had one more."""
    entries = tuple(
        entry(
            i,
            i,
            informasi=f"Dokumen rencana pengadaan tanah nomor {i} beserta peta bidang dan "
            "daftar nominatif pemilik",
            konsekuensi_dibuka="Dapat menimbulkan spekulasi harga tanah di lokasi rencana "
            "pembangunan sehingga biaya pengadaan meningkat.",
            status=BERAKHIR if i % 5 == 0 else "berlaku",
            berakhir_pada=date(2026, 10, 31) if i % 5 == 0 else None,
        )
        for i in range(1, count + 1)
    )
    old = (*entries, entry(999, count + 1, informasi="Butir yang dibuka"))
    when = datetime(2026, 11, 25, 3, 0, tzinfo=UTC)
    info = DikVersionInfo(
        2,
        2,
        date(2026, 11, 25),
        when,
        "sari",
        "Sari",
        "ppid_utama",
        "Catatan uji.",
        count,
        content_sha256(entries),
    )
    first = DikVersionInfo(1, 1, date(2026, 3, 25), when, "sari", "Sari", "ppid_utama", "", 1, "")
    return DikVersionView(info, entries, first, dik_changes(old, entries), True)


def pages_text(pdf: bytes) -> list[str]:
    """Each page's text with its line breaks as spaces (a cell wraps where it must)."""
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def page_sizes(pdf: bytes) -> set[tuple[int, int]]:
    return {
        (round(float(p.mediabox.width)), round(float(p.mediabox.height)))
        for p in PdfReader(io.BytesIO(pdf)).pages
    }


def test_forty_items_fill_several_f4_landscape_pages_each_with_the_header(db):
    pdf = render_dik_pdf(synthetic_view(40))
    texts = pages_text(pdf)
    assert len(texts) >= 3
    assert page_sizes(pdf) == {(round(F4_LANDSCAPE[0]), round(F4_LANDSCAPE[1]))}
    first = texts[0]
    assert "PEMERINTAH KABUPATEN SERANG" in first
    assert "DAFTAR INFORMASI YANG DIKECUALIKAN" in first
    assert "Versi 2, diterbitkan 25 November 2026 (40 butir)" in first
    for n, text in enumerate(texts, start=1):
        assert f"Halaman {n} dari {len(texts)}" in text
        assert "Informasi yang dikecualikan" in text and "Bila ditutup" in text
        assert "DIK versi 2 · diterbitkan 25 November 2026" in text
    everything = "\n".join(texts)
    assert "nomor 1 beserta" in everything and "nomor 40 beserta" in everything
    assert "Perubahan sejak versi 1 (25 Maret 2026): 1 dikeluarkan." in everything
    assert "Dikeluarkan: Butir yang dibuka" in everything
    assert "sejak 31 Oktober 2026" in everything  # an ended period says since when
    assert "PEMERINTAH KABUPATEN SERANG" not in texts[1]  # the kop on page 1 only


def test_one_item_is_one_page(db):
    pdf = render_dik_pdf(synthetic_view(1))
    [text] = pages_text(pdf)
    assert "Halaman 1 dari 1" in text and "nomor 1 beserta" in text


def test_a4_paper_is_a4_landscape(db, setting):
    setting(settings.KERTAS, "A4")
    pdf = render_dik_pdf(synthetic_view(2))
    assert page_sizes(pdf) == {(842, 595)}


def test_a_published_version_prints_as_frozen_and_always_the_same_bytes(register, utama):
    publish_dik(utama, clock.today(), "Versi awal")
    view = dik_version(1)
    pdf = render_dik_pdf(view)
    text = "\n".join(pages_text(pdf))
    assert "Rekam medis pasien rawat inap" in text and "Dokumen penawaran tender" in text
    assert view.entries[0].penetapan_nomor.split("/")[0] in text
    assert "Perubahan: versi pertama." in text and "Catatan: Versi awal" in text
    assert render_dik_pdf(dik_version(1)) == pdf
    meta = PdfReader(io.BytesIO(pdf)).metadata
    assert meta.title == "Daftar Informasi yang Dikecualikan — versi 1"


def test_a_version_edited_outside_is_neither_printed_nor_exported(register, utama, tmp_path):
    publish_dik(utama, clock.today())
    target = database.database
    close_database()
    outsider_edit(None, "UPDATE dik_versi_butir SET status = 'berakhir'")
    open_database(target)
    view = dik_version(1)
    for write in (
        lambda: render_dik_pdf(view),
        lambda: write_version_xlsx(view, tmp_path / "v.xlsx"),
        lambda: write_version_csv(view, tmp_path / "v.csv"),
    ):
        with pytest.raises(ConflictError) as err:
            write()
        assert "tidak cocok dengan sidik SHA-256-nya" in err.value.message
    assert not (tmp_path / "v.xlsx").exists() and not (tmp_path / "v.csv").exists()


def test_a_version_as_xlsx_and_csv_reads_back(db, tmp_path):
    from openpyxl import load_workbook

    view = synthetic_view(3)
    assert write_version_xlsx(view, tmp_path / "v.xlsx") == 3
    book = load_workbook(tmp_path / "v.xlsx")
    sheet = book["DIK"]
    assert sheet["A1"].value.endswith("versi 2, diterbitkan 25 November 2026")
    assert tuple(c.value for c in sheet[2]) == HEADER
    assert sheet["B3"].value.startswith("Dokumen rencana pengadaan tanah nomor 1")
    assert sheet["L3"].value == "Berlaku"
    assert sheet.freeze_panes == "A3" and sheet.column_dimensions["B"].width == 40
    assert sheet["F3"].alignment.wrap_text
    assert sheet.print_title_rows == "$2:$2" and sheet.page_setup.orientation == "landscape"
    changes = book["Perubahan"]
    assert "sejak versi 1" in changes["A1"].value
    assert [c.value for c in changes[3]][:2] == ["Dikeluarkan", "Butir yang dibuka"]
    assert write_version_csv(view, tmp_path / "v.csv") == 3
    with open(tmp_path / "v.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert tuple(rows[0]) == HEADER and len(rows) == 4 and rows[3][0] == "3"
