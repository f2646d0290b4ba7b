"""``main.py verify FILE`` and ``main.py verify --kode KODE``: the message, the document found
and the exit code (0 asli and in force, 1 diubah, 2 tidak dikenal, unreadable or a malformed
code, 3 digantikan, 4 dibatalkan), in-process and once each as a real process."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

import main
from app.documents import read, store
from app.documents import render as renderers
from app.documents.numbering import cancel_number, list_register
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
    # the file, or on a server its URL (what --db is given)
    where = db.server.url if db.server is not None else db.path
    return {"db": where, "dir": tmp_path, "doc": doc}


@pytest.mark.parametrize(
    ("name", "code", "text"),
    [
        (
            "asli",
            0,
            "Dokumen asli: Berita Acara Hasil Uji Konsekuensi nomor 000.9.2/001/BA-UK/PPID/2026",
        ),
        ("diubah", 1, "Berkas ini BUKAN berkas asli"),
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


# ----------------------------------------------------------------------------- what is not read
def verify_process(target: Path, db: Path, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "main.py", "verify", str(target), "--db", str(db)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,  # only a guard: before the fix a FIFO blocked here for ever
        **kwargs,
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_refused_without_waiting_for_a_writer(files):
    fifo = files["dir"] / "pipa.pdf"
    os.mkfifo(fifo)
    done = verify_process(fifo, files["db"])
    assert done.returncode == 2, done.stderr
    assert "bukan berkas biasa" in done.stdout
    assert "Traceback" not in done.stderr


def _limit_memory() -> None:  # in the child: a runaway read fails fast instead of swapping
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (2 * 1024**3, 2 * 1024**3))


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_an_endless_device_is_refused_not_read_into_memory(files):
    done = verify_process(Path("/dev/zero"), files["db"], preexec_fn=_limit_memory)
    assert done.returncode == 2, done.stderr
    assert "bukan berkas biasa" in done.stdout
    assert "MemoryError" not in done.stderr and "Traceback" not in done.stderr


def test_a_folder_is_refused(files, capsys):
    assert main.main(["verify", str(files["dir"]), "--db", str(files["db"])]) == 2
    assert "adalah folder" in capsys.readouterr().out


def test_a_file_over_the_limit_is_refused_before_it_is_read(files, capsys):
    big = files["dir"] / "besar.pdf"
    with big.open("wb") as f:  # sparse: costs no disk
        f.write(b"%PDF-1.4\n")
        f.truncate(store.VERIFY_MAX_BYTES + 1)
    assert main.main(["verify", str(big), "--db", str(files["db"])]) == 2
    out = capsys.readouterr().out
    assert "terlalu besar" in out and "100,0 MB" in out


def test_a_large_file_that_is_no_pdf_is_judged_by_its_first_kib(files, monkeypatch):
    film = files["dir"] / "rekaman.pdf"
    with film.open("wb") as f:
        f.write(b"\x00\x00\x00\x18ftypmp42")
        f.truncate(60 * 1024 * 1024)
    seen: list[int] = []
    real = store.verify_pdf
    monkeypatch.setattr(store, "verify_pdf", lambda data: seen.append(len(data)) or real(data))
    result = store.verify_file(film)
    assert result.status == "tidak_dikenal" and "bukan PDF" in result.message
    assert seen == [1024]


def test_a_link_to_a_genuine_copy_is_still_genuine(files, capsys):
    link = files["dir"] / "tautan.pdf"
    try:
        link.symlink_to(files["dir"] / "asli.pdf")
    except OSError:
        pytest.skip("no symbolic links here")
    assert main.main(["verify", str(link), "--db", str(files["db"])]) == 0
    assert "Dokumen asli" in capsys.readouterr().out


# ----------------------------------------------------------------------------- by code
@pytest.fixture
def coded(files, utama, tmp_path):
    """Besides ``files``' Berita Acara (version 1): its correction (version 2), and a Berita
    Acara of the PPID Pembantu whose number was cancelled."""
    first = files["doc"]
    second = store.finalise(utama, first.case_id, "ba_uji", reason="Peserta kurang").document
    void = store.finalise(utama, first.case_id, "ba_pembantu").document
    [entry] = [r for r in list_register(2026) if r.nomor == void.nomor]
    cancel_number(utama, entry.id, "Rapat diulang")
    return {**files, "first": first, "second": second, "void": void}


@pytest.mark.parametrize(
    ("typed", "code", "texts"),
    [
        (
            lambda d: f"UJIKON:{d['second'].kode}",
            0,
            ["terdaftar: Berita Acara Hasil Uji Konsekuensi", "Versi: 2", "Status: asli (berlaku)"],
        ),
        (
            lambda d: d["first"].kode.lower().replace("-", " "),
            3,
            ["DIGANTIKAN", "Versi: 1", "Status: digantikan oleh versi 2 nomor"],
        ),
        (lambda d: d["void"].kode, 4, ["DIBATALKAN", "Status: dibatalkan (Rapat diulang)"]),
        (lambda d: "UJK-2345-6789", 2, ["UJK-2345-6789 tidak terdaftar"]),
        (lambda d: "UJK-2345-678O", 2, ["tidak pernah memakai", "huruf D atau Q"]),
        (lambda d: "", 2, ["Kode verifikasi kosong"]),
        (lambda d: "%" * 10_000, 2, ["terlalu panjang"]),
    ],
)
def test_exit_codes_by_code(coded, capsys, typed, code, texts):
    assert main.main(["verify", "--kode", typed(coded), "--db", str(coded["db"])]) == code
    out = capsys.readouterr().out
    for text in texts:
        assert text in out
    assert "Traceback" not in out


def test_a_genuine_copy_of_a_replaced_version_exits_3(coded, capsys):
    assert main.main(["verify", str(coded["dir"] / "asli.pdf"), "--db", str(coded["db"])]) == 3
    out = capsys.readouterr().out
    assert out.startswith("Salinan asli dari Berita Acara") and "DIGANTIKAN" in out


def test_a_file_and_a_code_together_or_neither_are_refused(coded, capsys):
    for argv in (["verify"], ["verify", str(coded["dir"] / "asli.pdf"), "--kode", "UJK-2345-6789"]):
        with pytest.raises(SystemExit) as err:
            main.main([*argv, "--db", str(coded["db"])])
        assert err.value.code == 2


def test_a_code_as_a_real_process(coded):
    done = subprocess.run(
        [
            sys.executable,
            "main.py",
            "verify",
            "--kode",
            f"UJIKON:{coded['first'].kode}",
            "--db",
            str(coded["db"]),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 3, done.stderr
    assert f"Nomor: {coded['first'].nomor}" in done.stdout
    assert f"digantikan oleh versi 2 nomor {coded['second'].nomor}" in done.stdout
    assert "Traceback" not in done.stderr
