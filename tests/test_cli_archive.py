"""``main.py backup | restore | check | arsip``: exit codes, what they print, and that they
work next to a running window and without a display. On either engine: ``--db`` is the
database file, or under ``--engine postgresql`` the URL of its server database."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import main
from app import settings
from app.archive import verify_backup
from app.masterdata import save_opd
from app.models import Event, Opd
from app.permissions import ADMIN, Actor
from app.store import close_database, lock_path, open_database, open_for_reading
from tests.conftest import db_where, outsider_edit
from tests.test_checks import NO_FOREIGN_KEYS

ROOT = Path(__file__).resolve().parents[1]


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def db_file(tmp_path, make_case) -> Path | str:
    """A closed database with a case (2026) and an OPD added: its file, or on a server its
    URL (what ``--db`` is given)."""
    make_case()
    save_opd(Actor(ADMIN, "Admin"), "Dinas Sebelum Cadangan")
    close_database()
    return db_where(tmp_path / "t.db")


def on_server(db: Path | str) -> bool:
    return isinstance(db, str)


def state(db: Path | str) -> tuple[list[str], int]:
    """What a restore would change, read as any PC reads it: the OPDs and the history."""
    open_for_reading(db)
    try:
        return sorted(o.nama for o in Opd.select()), Event.select().count()
    finally:
        close_database()


def opd_names(backup_file: Path) -> set[str]:
    conn = sqlite3.connect(f"file:{backup_file}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT nama FROM opd")}
    finally:
        conn.close()


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main.main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_backup_prints_the_path_and_hash_and_notes_the_backup(db_file, tmp_path, capsys):
    dest = tmp_path / "Cadangan Ujikon"
    code, out, err = run(capsys, "backup", str(dest), "--db", str(db_file))
    assert code == 0, err
    [backup] = dest.glob("ujikon-*.sqlite")
    assert str(backup) in out
    assert f"SHA-256: {sha(backup)}" in out
    assert verify_backup(backup).ok
    if not on_server(db_file):
        assert not lock_path(db_file).exists()
    open_for_reading(db_file)
    try:
        noted = settings.value(settings.CADANGAN_TERAKHIR)
    finally:
        close_database()
    assert noted is not None and noted["sha256"] == sha(backup)


def test_backup_fails_with_a_message_and_non_zero(db_file, tmp_path, capsys):
    blocker = tmp_path / "bukan-folder"
    blocker.write_text("x")
    code, out, err = run(capsys, "backup", str(blocker), "--db", str(db_file))
    assert code == 1 and "Gagal" in err and "Traceback" not in err
    code, _, err = run(capsys, "backup", str(tmp_path / "c"), "--db", str(tmp_path / "x.db"))
    assert code == 1 and "tidak ditemukan" in err
    assert not (tmp_path / "x.db").exists()


def test_restore_puts_the_backup_back_and_says_where_the_old_database_went(
    db_file, tmp_path, capsys
):
    dest = tmp_path / "c"
    assert run(capsys, "backup", str(dest), "--db", str(db_file))[0] == 0
    [backup] = dest.glob("ujikon-*.sqlite")
    open_database(db_file)
    save_opd(Actor(ADMIN, "Admin"), "Dinas Setelah Cadangan")
    close_database()
    code, out, err = run(capsys, "restore", str(backup), "--db", str(db_file))
    assert code == 0, err
    if on_server(db_file):  # the server backed up first, beside the backup restored
        [previous] = set(dest.glob("ujikon-*.sqlite")) - {backup}
        assert f"Cadangan basis data server sebelum dipulihkan: {previous}" in out
    else:
        [previous] = db_file.parent.glob("*.sebelum-pulih-*.sqlite")
        assert f"Salinan basis data sebelumnya: {previous}" in out
    assert "Dinas Setelah Cadangan" in opd_names(previous)  # the database as it was
    open_database(db_file, read_only=True)
    try:
        names = {o.nama for o in Opd.select()}
    finally:
        close_database()
    assert "Dinas Sebelum Cadangan" in names and "Dinas Setelah Cadangan" not in names


def test_restore_of_a_tampered_backup_exits_non_zero_and_leaves_the_database(
    db_file, tmp_path, capsys
):
    dest = tmp_path / "c"
    run(capsys, "backup", str(dest), "--db", str(db_file))
    [backup] = dest.glob("ujikon-*.sqlite")
    data = bytearray(backup.read_bytes())
    data[4096 + 10] ^= 0x20
    backup.write_bytes(bytes(data))
    before, folder = state(db_file), sorted(dest.iterdir())
    file_before = None if on_server(db_file) else sha(db_file)
    code, out, err = run(capsys, "restore", str(backup), "--db", str(db_file))
    assert code == 1 and "SHA-256" in err and "tidak diubah" in err
    assert state(db_file) == before
    assert sorted(dest.iterdir()) == folder  # a server not backed up first
    if file_before is not None:
        assert sha(db_file) == file_before
        assert not list(db_file.parent.glob("*pulih*"))


def test_check_passes_a_healthy_file_and_fails_a_broken_one(db_file, tmp_path, capsys, engine):
    code, out, _ = run(capsys, "check", "--db", str(db_file))
    assert code == 0
    assert out.count("[OK]") == 14
    outsider_edit(tmp_path / "t.db", NO_FOREIGN_KEYS[engine], "UPDATE infoitem SET case_id = 999")
    code, out, _ = run(capsys, "check", "--db", str(db_file))
    assert code == 1 and "[GAGAL] Kunci asing" in out


def test_check_reports_a_file_that_is_not_a_database(tmp_path, capsys):
    junk = tmp_path / "rusak.db"
    junk.write_bytes(b"\x00" * 5000)
    code, out, _ = run(capsys, "check", "--db", str(junk))
    assert code == 1 and "[GAGAL]" in out and "bukan basis data" in out


def test_arsip_writes_a_read_only_yearly_archive(db_file, tmp_path, capsys):
    code, out, err = run(capsys, "arsip", "2026", str(tmp_path / "arsip"), "--db", str(db_file))
    assert code == 0, err
    target = tmp_path / "arsip" / "ujikon-arsip-2026.sqlite"
    assert str(target) in out and verify_backup(target).ok
    code, _, err = run(capsys, "arsip", "1999", str(tmp_path / "arsip"), "--db", str(db_file))
    assert code == 1 and "Gagal" in err


HOLDER = """
import sys
sys.path.insert(0, sys.argv[1])
from app.store import open_database
open_database(sys.argv[2])
print("siap", flush=True)
sys.stdin.readline()
"""


@pytest.mark.sqlite_only  # the lock file of the window (a server is restored while PCs use it)
def test_backup_works_and_restore_is_refused_while_a_window_has_the_file(db_file, tmp_path):
    """Real processes, no display: the scheduled backup runs next to an open Ujikon; a
    restore must wait until it is closed."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(ROOT), str(db_file)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert holder.stdout.readline().strip() == "siap"
        dest = tmp_path / "Cadangan Ujikon"
        done = subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys, main; code = main.main(sys.argv[1:]); "
                "print('qt' if 'PySide6' in sys.modules else 'tanpa-qt'); sys.exit(code)",
                "backup",
                str(dest),
                "--db",
                str(db_file),
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
        )
        assert done.returncode == 0, done.stderr
        assert "tanpa-qt" in done.stdout and "SHA-256" in done.stdout
        [backup] = dest.glob("ujikon-*.sqlite")
        before = sha(db_file)
        refused = subprocess.run(
            [sys.executable, "main.py", "restore", str(backup), "--db", str(db_file)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
        )
        assert refused.returncode == 1
        assert "sedang dibuka" in refused.stderr and "Traceback" not in refused.stderr
        assert sha(db_file) == before
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
        holder.stdout.close()


@pytest.mark.sqlite_only  # the lock file of the process that holds the file
def test_a_command_on_a_database_open_elsewhere_says_so_without_a_traceback(tmp_path):
    import subprocess
    import sys

    from app.store import close_database, open_database

    path = tmp_path / "dipakai.db"
    open_database(path)  # this process holds the file, as an open window would
    try:
        result = subprocess.run(
            [sys.executable, "main.py", "demo", "--db", str(path), "--cases", "2"],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=Path(__file__).resolve().parents[1],
        )
    finally:
        close_database()
    assert result.returncode == 2
    assert result.stderr.startswith("Gagal: Basis data ini sedang dibuka")
    assert "Traceback" not in result.stderr


def test_restore_of_a_backup_from_elsewhere_needs_paksa_with_a_reason(
    db_file, tmp_path, capsys, monkeypatch
):
    """A backup of another database made by another office (another key) is unknown here:
    exit 1 and the database untouched, until ``--paksa ALASAN`` is given."""
    own_key = os.environ["UJIKON_KUNCI"]
    monkeypatch.setenv("UJIKON_KUNCI", str(tmp_path / "kunci-kantor-lain"))
    other = tmp_path / "lain.db"
    open_database(other)
    save_opd(Actor(ADMIN, "Admin"), "Dinas di Komputer Lain")
    close_database()
    dest = tmp_path / "c"
    assert run(capsys, "backup", str(dest), "--db", str(db_where(other)))[0] == 0
    monkeypatch.setenv("UJIKON_KUNCI", own_key)
    [foreign] = dest.glob("ujikon-*.sqlite")
    before, folder = state(db_file), sorted(dest.iterdir())
    file_before = None if on_server(db_file) else Path(db_file).read_bytes()
    code, out, err = run(capsys, "restore", str(foreign), "--db", str(db_file))
    assert code == 1 and "tidak dikenal oleh basis data" in out + err
    assert state(db_file) == before and sorted(dest.iterdir()) == folder
    if file_before is not None:
        assert Path(db_file).read_bytes() == file_before
    code, out, err = run(
        capsys, "restore", str(foreign), "--db", str(db_file), "--paksa", "Pindah komputer."
    )
    assert code == 0, err
    # sealed with the other office's key, it was taken over with this PC's key, the reason
    # recorded with it, and it passes every check here
    assert run(capsys, "check", "--db", str(db_file))[0] == 0
    open_database(db_file, read_only=True)
    try:
        last = list(Event.select().order_by(Event.id.desc()).limit(2))
        # both recorded, in either order (a file's restore records itself last, in the file
        # moved into place; a server's before the key is taken over, in one transaction)
        assert sorted(e.jenis for e in last) == ["cadangan_dipulihkan", "kunci_kantor_dipasang"]
        assert all("Pindah komputer." in e.ringkasan for e in last)
    finally:
        close_database()


def test_demo_prints_its_progress_on_separate_lines(tmp_path, capsys):
    code, _out, err = run(capsys, "demo", "--db", str(tmp_path / "d.db"), "--cases", "3")
    assert code == 0
    lines = [line for line in err.splitlines() if line.endswith(" kasus")]
    assert lines and lines[-1] == "3/3 kasus" and "\r" not in err
