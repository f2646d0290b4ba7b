"""A database on read-only media (a CD, a write-protected flash drive, an archive share) can be
read: the read-only window, ``check``, ``backup``, ``arsip`` and ``verify``. Ujikon keeps its
database in WAL mode, and SQLite cannot open a WAL database read-only where it can neither
find nor make the ``-shm`` file; such a file is opened with ``immutable=1``.

How the media is made (``burn``): as root (CI) file permissions do not bind, so a tmpfs is
mounted and remounted read-only, which binds root too; as another user the folder and files
lose their write permission. Either way the fixture first proves that nothing can be written
there, and skips where neither can be done. A second test needs no privilege: SQLite is kept
from opening or making its ``-shm`` by a link of that name to nowhere, and only the
writability check is simulated."""

from __future__ import annotations

import gc
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import main
from app import store
from app.documents import read
from app.documents import render as renderers
from app.documents import store as documents
from app.errors import DatabaseProblem, ReadOnlyDatabase
from app.masterdata import list_opd, save_opd
from app.store import close_database, files, open_database
from tests.conftest import ADMIN
from tests.pdf_support import make_pdf

pytestmark = pytest.mark.sqlite_only  # the SQLite file on read-only media, its WAL and -shm


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fake_render(doc_type, case_id, stamp=None, detail=None):
    if stamp is None:
        return make_pdf(f"KONSEP {doc_type}")
    return make_pdf(f"Nomor: {stamp.nomor}", f"Kode verifikasi: {stamp.kode}")


@pytest.fixture
def burn(tmp_path):
    """``burn(*files)``: copies of ``files`` on read-only media; returns their folder there."""
    mounted: list[Path] = []
    locked: list[Path] = []

    def burn_files(*sources: Path) -> Path:
        media = tmp_path / "cd"
        media.mkdir()
        as_root = hasattr(os, "geteuid") and os.geteuid() == 0
        if as_root:
            if not sys.platform.startswith("linux"):
                pytest.skip("read-only media are simulated by a Linux mount")
            made = subprocess.run(
                ["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(media)],
                capture_output=True,
            )
            if made.returncode != 0:
                pytest.skip(f"cannot mount a tmpfs as root here: {made.stderr!r}")
            mounted.append(media)
        elif sys.platform == "win32":
            pytest.skip("folder permissions are not simulated on Windows")
        for source in sources:
            shutil.copy2(source, media / source.name)
        if as_root:
            subprocess.run(["mount", "-o", "remount,ro", str(media)], check=True)
        else:
            for copy in media.iterdir():
                copy.chmod(0o444)
            media.chmod(0o555)
            locked.append(media)
        with pytest.raises(OSError):  # the simulation holds: nothing can be written there
            (media / "uji-tulis").write_bytes(b"x")
        assert not os.access(media, os.W_OK)
        return media

    yield burn_files
    close_database()
    # A refused write's traceback keeps its SQLite statement, and with it the closed
    # connection's file, until the garbage collector frees the cycle; then it can unmount.
    gc.collect()
    for media in mounted:
        subprocess.run(["umount", str(media)], check=True)
    for media in locked:
        media.chmod(0o755)


@pytest.fixture
def office_db(db, tmp_path, today, make_case, advance, fill, utama, monkeypatch):
    """A closed database in WAL mode, as Ujikon leaves it, with an OPD and a finalised
    document; returns (path, the document, its PDF)."""
    monkeypatch.setattr(renderers, "render_document", fake_render)
    path = db.path
    save_opd(ADMIN, "Dinas Di Atas CD")
    case = make_case()
    advance(case.id, 2)
    fill(case.id)
    doc = documents.finalise(utama, case.id, "ba_uji").document
    pdf = read.get_pdf(doc.id)
    close_database()
    header = path.read_bytes()[:100]
    assert header[18:20] == b"\x02\x02"  # WAL: the case mode=ro cannot read without a -shm
    assert not path.with_name(path.name + "-wal").exists()
    pdf_file = tmp_path / "salinan.pdf"
    pdf_file.write_bytes(pdf)
    return path, doc, pdf_file


def test_the_read_only_window_reads_a_database_on_read_only_media(office_db, burn):
    source, _doc, _pdf = office_db
    path = burn(source) / source.name
    digest = sha(path)
    with pytest.raises(DatabaseProblem) as refused:  # no lock file can be made there
        open_database(path)
    assert refused.value.can_open_read_only  # so the window offers to open it read-only
    info = open_database(path, read_only=True)
    try:
        assert info.read_only
        assert "Dinas Di Atas CD" in {o.nama for o in list_opd()}
        with pytest.raises(ReadOnlyDatabase):
            save_opd(ADMIN, "Dinas Baru")
    finally:
        close_database()
    assert sha(path) == digest
    assert sorted(p.name for p in path.parent.iterdir()) == [source.name]


def test_check_backup_arsip_and_verify_read_a_database_on_read_only_media(
    office_db, burn, tmp_path, capsys
):
    source, doc, pdf = office_db
    path = burn(source) / source.name
    db = ["--db", str(path)]

    assert main.main(["check", *db]) == 0, capsys.readouterr()
    assert "[GAGAL]" not in capsys.readouterr().out

    assert main.main(["backup", str(tmp_path / "cadangan"), *db]) == 0
    out, err = capsys.readouterr()
    assert "SHA-256" in out or "sha256" in out.lower()
    assert "tidak dicatat" in err  # the backup is made; only its note cannot be written there
    [backup] = (tmp_path / "cadangan").glob("ujikon-*.sqlite")
    conn = files.connect_read_only(backup)
    try:
        assert conn.execute("SELECT count(*) FROM document").fetchone()[0] == 1
    finally:
        conn.close()

    assert main.main(["arsip", "2026", str(tmp_path / "arsip"), *db]) == 0, capsys.readouterr()
    capsys.readouterr()

    assert main.main(["verify", str(pdf), *db]) == 0
    assert "Dokumen asli" in capsys.readouterr().out
    assert main.main(["verify", "--kode", doc.kode, *db]) == 0
    assert sorted(p.name for p in path.parent.iterdir()) == [source.name]


def test_a_copy_whose_wal_holds_changes_is_refused_on_read_only_media(office_db, burn, tmp_path):
    source, _doc, _pdf = office_db
    wal = source.with_name(source.name + "-wal")
    wal.write_bytes(b"\x37\x7f\x06\x82" + b"\x00" * 4000)  # a WAL with frames, no -shm
    path = burn(source, wal) / source.name
    with pytest.raises(DatabaseProblem, match="belum digabung") as refused:
        open_database(path, read_only=True)
    assert wal.name in refused.value.message


def test_immutable_is_used_only_when_sqlite_cannot_open_the_file_and_the_folder_is_locked(
    office_db, monkeypatch
):
    # Without privileges: a -shm that is a link to nowhere keeps SQLite from opening or making
    # it (as on a CD), and the folder is reported unwritable (the simulated part).
    path, _doc, _pdf = office_db
    assert files.readable_uri(path).endswith("?mode=ro")  # a writable folder: plain mode=ro
    shm = path.with_name(path.name + "-shm")
    shm.unlink(missing_ok=True)  # the read-only probe's own, left as mode=ro leaves it
    try:
        shm.symlink_to(path.parent / "tidak-ada" / "shm")
    except OSError:
        pytest.skip("no symbolic links here")
    assert files.readable_uri(path).endswith("?mode=ro")  # writable: the error stays an error
    monkeypatch.setattr(files, "location_writable", lambda p: False)
    assert files.readable_uri(path).endswith("?mode=ro&immutable=1")
    info = open_database(path, read_only=True)
    try:
        assert info.read_only and "Dinas Di Atas CD" in {o.nama for o in list_opd()}
    finally:
        close_database()
    assert main.main(["check", "--db", str(path)]) == 0
    assert store.current() is None
