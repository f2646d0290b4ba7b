"""``main.py verify FILE``: the message and the exit code (0 asli, 1 diubah, 2 tidak dikenal
or unreadable), in-process and once as a real process."""

import subprocess
import sys
from pathlib import Path

import pytest

import main
from app.documents import read, store
from app.documents import render as renderers
from tests.pdf_support import make_pdf

ROOT = Path(__file__).resolve().parents[1]


def fake_render(doc_type, case_id, stamp=None, detail=None):
    if stamp is None:
        return make_pdf(f"KONSEP {doc_type}")
    return make_pdf(
        f"Nomor: {stamp.nomor}",
        "Isi: rekam medis pasien dikecualikan.",
        f"Kode verifikasi: {stamp.kode}",
    )


@pytest.fixture
def files(db, today, make_case, advance, fill, utama, tmp_path, monkeypatch):
    """A finalised document and four files to check: the exact copy, a changed copy, an
    unrelated PDF, and garbage."""
    monkeypatch.setattr(renderers, "render_document", fake_render)
    case = make_case()
    advance(case.id, 2)
    fill(case.id)
    doc = store.finalise(utama, case.id, "ba_uji").document
    pdf = read.get_pdf(doc.id)
    at = pdf.index(b"rekam medis")
    paths = {
        "asli": pdf,
        "diubah": pdf[:at] + b"R" + pdf[at + 1 :],
        "lain": make_pdf("Undangan rapat"),
        "sampah": b"\x00\x01garbage" * 50,
    }
    for name, data in paths.items():
        (tmp_path / f"{name}.pdf").write_bytes(data)
    return {"db": db.path, "dir": tmp_path, "doc": doc}


@pytest.mark.parametrize(
    ("name", "code", "text"),
    [
        (
            "asli",
            0,
            "Dokumen asli: Berita Acara Hasil Uji Konsekuensi nomor 000.9.2/001/BA-UK/PPID/2026",
        ),
        ("diubah", 1, "Dokumen ini TELAH DIUBAH"),
        ("lain", 2, "Bukan dokumen Ujikon yang difinalkan di basis data ini."),
        ("sampah", 2, "Bukan dokumen Ujikon"),
        ("tidak-ada", 2, "tidak dapat dibaca"),
    ],
)
def test_exit_codes_in_process(files, capsys, name, code, text):
    path = files["dir"] / f"{name}.pdf"
    assert main.main(["verify", str(path), "--db", str(files["db"])]) == code
    out = capsys.readouterr().out
    assert text in out
    assert "Traceback" not in out


def test_a_missing_database_is_reported_not_created(files, capsys, tmp_path):
    missing = tmp_path / "lain" / "ujikon.db"
    assert main.main(["verify", str(files["dir"] / "asli.pdf"), "--db", str(missing)]) == 2
    assert "tidak ditemukan" in capsys.readouterr().err
    assert not missing.exists()


def test_exit_code_as_a_real_process(files):
    done = subprocess.run(
        [
            sys.executable,
            "main.py",
            "verify",
            str(files["dir"] / "asli.pdf"),
            "--db",
            str(files["db"]),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert (
        f"Dokumen asli: Berita Acara Hasil Uji Konsekuensi nomor {files['doc'].nomor}"
        in done.stdout
    )
    assert "Traceback" not in done.stderr
