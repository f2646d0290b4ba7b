"""``main.py dik``: publish a version, list and export versions, print the expiry queue, the
old ``dik BERKAS`` form; exit codes 0 done, 1 a message on stderr, 2 a mistyped command."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

import main
from app.models import database
from app.store import close_database
from tests import test_dik_versions

register = test_dik_versions.register
render = test_dik_versions.render


@pytest.fixture
def path(register) -> Path:
    """The register's database file, closed (the command opens it itself)."""
    file = Path(database.database)
    close_database()
    return file


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_publish_then_refuse_an_unchanged_dik(path, capsys):
    code, out, err = run(capsys, "dik", "terbitkan", "--db", str(path), "--catatan", "Awal")
    assert code == 0 and err == ""
    assert out.startswith("DIK versi 1 diterbitkan (25 November 2026, 2 butir): 2 ditambahkan.")
    assert "Ditambahkan: Rekam medis pasien rawat inap" in out
    code, out, err = run(capsys, "dik", "--db", str(path), "terbitkan")
    assert code == 1 and out == ""
    assert err.startswith("Gagal: DIK tidak berubah sejak versi 1")


def test_versions_are_listed_and_exported(path, capsys, tmp_path):
    assert run(capsys, "dik", "versi", "--db", str(path))[1].startswith("Belum ada versi")
    run(capsys, "dik", "terbitkan", "--db", str(path), "--catatan", "Awal")
    code, out, _ = run(capsys, "dik", "versi", "--db", str(path))
    assert code == 0 and out == "Versi 1: 25 November 2026, 2 butir, oleh Baris perintah — Awal\n"
    pdf, xlsx, csv = tmp_path / "dik.pdf", tmp_path / "dik.xlsx", tmp_path / "dik.csv"
    code, out, err = run(
        capsys,
        "dik",
        "versi",
        "terakhir",
        "--db",
        str(path),
        "--pdf",
        str(pdf),
        "--xlsx",
        str(xlsx),
        "--csv",
        str(csv),
    )
    assert code == 0 and err == ""
    assert "DIK versi 1, diterbitkan 25 November 2026 oleh Baris perintah: 2 butir" in out
    assert f"PDF ditulis ke {pdf}." in out and f"CSV ditulis ke {csv}." in out
    text = PdfReader(io.BytesIO(pdf.read_bytes())).pages[0].extract_text()
    assert "DAFTAR INFORMASI YANG DIKECUALIKAN" in text
    assert xlsx.stat().st_size > 0 and csv.read_text(encoding="utf-8-sig").count("\n") == 3


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("versi", "9"), "DIK versi 9 tidak ada. Belum ada versi yang diterbitkan."),
        (("versi", "x"), 'Nomor versi "x" tidak sah'),
        (("versi", "--pdf", "a.pdf"), "Sebutkan nomor versinya"),
    ],
)
def test_a_wrong_version_says_what_to_write(path, capsys, argv, message):
    code, out, err = run(capsys, "dik", *argv, "--db", str(path))
    assert code == 1 and message in err


def test_the_expiry_queue_prints_why_and_by_when(path, capsys):
    code, out, err = run(capsys, "dik", "antrean", "--db", str(path))
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].startswith("Antrean jangka waktu DIK per 25 November 2026 (30 hari kerja")
    assert len(lines) == 2 and "31 Desember 2026 | Segera berakhir | Dokumen penawaran" in lines[1]
    code, out, _ = run(capsys, "dik", "antrean", "--db", str(path), "--hari", "23")
    assert code == 0 and out.splitlines()[0].endswith(": 0 butir.")  # 24 working days away


def test_the_old_form_still_exports_and_a_mistyped_command_is_a_usage_error(path, capsys, tmp_path):
    code, out, _ = run(capsys, "dik", "--db", str(path), str(tmp_path / "dik.csv"))
    assert code == 0 and "DIK (2 butir)" in out
    with pytest.raises(SystemExit) as exit_:
        main.main(["dik", "antrean", "--hari", "x", "--db", str(path)])
    assert exit_.value.code == 2
    with pytest.raises(SystemExit) as exit_:
        main.main(["dik"])
    assert exit_.value.code == 2


def test_only_a_first_word_dik_is_the_old_form():
    assert main._legacy_dik(["--db", "x.db", "dik", "a.csv"]) == [
        "--db",
        "x.db",
        "dik",
        "ekspor",
        "a.csv",
    ]
    assert main._legacy_dik(["dik", "--db", "x", "versi", "2"]) == [
        "dik",
        "--db",
        "x",
        "versi",
        "2",
    ]
    assert main._legacy_dik(["backup", "dik"]) == ["backup", "dik"]
    assert main._legacy_dik(["dik", "-h"]) == ["dik", "-h"]
