"""``main.py laporan-tahunan``, ``buku-register`` and ``sop-pdf``: files written, exit codes
0 (written) / 1 (a problem the user can fix, said on stderr) / 2 (usage)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import main


@pytest.fixture
def office_db(db, make_case, tmp_path) -> Path:
    make_case(judul="Kasus pertama", start=date(2026, 3, 2))
    make_case(judul="Kasus kedua", start=date(2026, 4, 6))
    from app.models import database
    from app.store import close_database

    path = Path(database.database)
    close_database()
    return path


def test_annual_report_writes_both_files(office_db, tmp_path, capsys, today):
    from openpyxl import load_workbook

    pdf, xlsx = tmp_path / "lt.pdf", tmp_path / "lt.xlsx"
    code = main.main(
        ["laporan-tahunan", "2026", "--db", str(office_db), "--pdf", str(pdf), "--xlsx", str(xlsx)]
    )
    assert code == 0
    assert "Laporan tahunan 2026 ditulis" in capsys.readouterr().out
    assert pdf.read_bytes().startswith(b"%PDF")
    assert load_workbook(xlsx)["Kasus"]["B3"].value == 2  # two cases begun in 2026


def test_annual_report_refusals(office_db, tmp_path, capsys, today):
    db = ["--db", str(office_db)]
    assert main.main(["laporan-tahunan", "2026", *db]) == 2
    assert "--pdf BERKAS dan/atau --xlsx BERKAS" in capsys.readouterr().err
    assert main.main(["laporan-tahunan", "2030", *db, "--pdf", str(tmp_path / "a.pdf")]) == 1
    assert "Gagal: Tahun 2030 belum dimulai" in capsys.readouterr().err
    assert main.main(["laporan-tahunan", "2026", *db, "--pdf", str(tmp_path / "a.doc")]) == 1
    assert "berakhiran .pdf" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        main.main(["laporan-tahunan", "duaribu", *db, "--pdf", "a.pdf"])
    assert usage.value.code == 2
    missing = ["--db", str(tmp_path / "tidak-ada.db"), "--pdf", str(tmp_path / "a.pdf")]
    assert main.main(["laporan-tahunan", "2026", *missing]) == 1
    assert "tidak ditemukan" in capsys.readouterr().err
    assert not (tmp_path / "a.pdf").exists()


def test_register_book(office_db, tmp_path, capsys, today):
    from pypdf import PdfReader

    pdf = tmp_path / "br.pdf"
    args = ["buku-register", "--db", str(office_db), "--pdf", str(pdf)]
    assert main.main([*args, "--dari", "2026-01-01", "--sampai", "2026-12-31"]) == 0
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Kasus pertama" in text and "Kasus kedua" in text
    assert main.main([*args, "--dari", "2026-12-31", "--sampai", "2026-01-01"]) == 1
    assert "tukar kedua tanggal" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        main.main([*args, "--dari", "31-12-2026", "--sampai", "2026-12-31"])
    assert usage.value.code == 2
    assert "TTTT-BB-HH" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        main.main(["buku-register", "--db", str(office_db), "--pdf", str(pdf)])
    assert usage.value.code == 2


def test_sop_pdf(office_db, tmp_path, capsys):
    pdf = tmp_path / "sop.pdf"
    assert main.main(["sop-pdf", str(pdf), "--db", str(office_db)]) == 0
    assert "SOP versi 2020.2 ditulis" in capsys.readouterr().out
    assert main.main(["sop-pdf", str(pdf), "--db", str(office_db), "--versi", "2020.2"]) == 0
    assert main.main(["sop-pdf", str(pdf), "--db", str(office_db), "--versi", "0.1"]) == 1
    assert "tidak tersimpan" in capsys.readouterr().err
    assert main.main(["sop-pdf", str(tmp_path / "sop.txt"), "--db", str(office_db)]) == 1


def test_help_is_indonesian(capsys):
    for command in ("laporan-tahunan", "buku-register", "sop-pdf"):
        with pytest.raises(SystemExit) as done:
            main.main([command, "--help"])
        assert done.value.code == 0
        out = capsys.readouterr().out
        assert "Kode keluar: 0 berhasil, 1 gagal" in " ".join(out.split())
        assert "tampilkan bantuan ini lalu keluar" in out
