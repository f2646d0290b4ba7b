"""The office's Daftar Informasi yang Dikecualikan across cases: the items a penetapan in
force exempts, with their status, and its CSV and XLSX read back."""

from __future__ import annotations

import csv
from datetime import date

import pytest

from app.documents.store import finalise
from app.reports.dik import BERAKHIR, BERLAKU, dik_entries
from app.reports.export import HEADER, write_csv, write_xlsx
from tests import test_tamper

render = test_tamper.render


@pytest.fixture
def register(db, make_case, advance, render, utama):
    """Three cases: two with a penetapan in force (one item exempted each, one of them with
    a dated period that ended), one still at step 3 (not on the DIK)."""
    dated = {"jangka_jenis": "tanggal", "jangka_tanggal": date(2026, 12, 31)}
    first = make_case(judul="Rekam medis")
    second = make_case(judul="Dokumen tender", item={"uraian": "Dokumen penawaran tender"})
    pending = make_case(judul="Belum ditetapkan")
    advance(first.id, 6)
    advance(second.id, 6)
    advance(pending.id, 3)
    from app.models import InfoItem

    InfoItem.update(**dated).where(InfoItem.case == second.id).execute()
    for case in (first, second):
        finalise(utama, case.id, "penetapan")
    return first, second


def test_the_dik_lists_the_items_of_penetapan_in_force_with_their_status(register):
    first, second = register
    before_end = dik_entries(date(2026, 12, 1))
    assert [e.kasus for e in before_end] == [first.nomor, second.nomor]
    assert [e.status for e in before_end] == [BERLAKU, BERLAKU]
    one = before_end[0]
    assert one.informasi == "Rekam medis pasien rawat inap"
    assert "Pasal 17 huruf h angka 2" in one.dasar_hukum and "Kesehatan" in one.dasar_hukum
    assert one.klasifikasi == "Dikecualikan seluruhnya" and one.jangka_waktu == "Tidak terbatas"
    assert one.penetapan_nomor and one.opd
    after_end = dik_entries(date(2027, 1, 4))
    assert [e.status for e in after_end] == [BERLAKU, BERAKHIR]
    assert after_end[1].berakhir_pada == date(2026, 12, 31)


def test_the_dik_exports_read_back(register, tmp_path):
    from openpyxl import load_workbook

    entries = dik_entries(date(2026, 12, 1))
    assert write_csv(entries, tmp_path / "dik.csv") == 2
    with open(tmp_path / "dik.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert tuple(rows[0]) == HEADER and rows[1][1] == "Rekam medis pasien rawat inap"
    assert write_xlsx(entries, tmp_path / "dik.xlsx", "DIK PPID Kabupaten Serang") == 2
    sheet = load_workbook(tmp_path / "dik.xlsx").active
    assert sheet["A1"].value == "DIK PPID Kabupaten Serang"
    assert tuple(c.value for c in sheet[2]) == HEADER
    assert sheet["B3"].value == "Rekam medis pasien rawat inap"
    assert sheet.freeze_panes == "A3" and sheet.column_dimensions["B"].width == 40


def test_the_dik_command_writes_the_file_named(register, tmp_path, capsys):
    from pathlib import Path

    import main
    from app.models import database
    from app.store import close_database

    path = Path(database.database)
    close_database()
    assert main.main(["dik", "--db", str(path), str(tmp_path / "dik.csv")]) == 0
    assert "DIK (2 butir)" in capsys.readouterr().out
    assert main.main(["dik", "--db", str(path), str(tmp_path / "dik.txt")]) == 1
    assert ".csv atau .xlsx" in capsys.readouterr().err
