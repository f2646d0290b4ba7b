"""Backups, yearly archives and restores killed with SIGKILL at the worst moments, by a child
process that kills itself at a named step (deterministic, no timing): nothing half-made is
taken for a good backup, the source database is untouched, and the next start clears what was
left. Also the manifest reader's size and file-type checks. On either engine: a server
database's backup and yearly archive are killed the same way (the command given its URL);
a restore killed while it moves files is the file's (a server's restore is one transaction)."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from app.archive import BackupInvalid, backup, manifest_path, restore, verify_backup
from app.archive.manifest import MANIFEST_MAX_BYTES, read_manifest
from app.masterdata import save_opd
from app.permissions import ADMIN, SYSTEM_ACTOR, Actor
from app.store import close_database, open_database, open_for_reading
from tests.conftest import db_where

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL and flock are POSIX")

# The child runs a main.py command with one function replaced by a SIGKILL of itself, at the
# step named by argv[1]; the rest of argv is the command line.
CHILD = r"""
import os, signal, sys
sys.path.insert(0, os.getcwd())
import app.archive  # noqa: F401  (its names "backup" and "restore" are the functions)
import main

backup_mod = sys.modules["app.archive.backup"]
manifest_mod = sys.modules["app.archive.manifest"]
yearly_mod = sys.modules["app.archive.yearly"]

point, argv = sys.argv[1], sys.argv[2:]


def die(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)


def after(module, name, only=None):
    real = getattr(module, name)

    def wrapped(*args, **kwargs):
        result = real(*args, **kwargs)
        if only is None or only(*args):
            die()
        return result

    setattr(module, name, wrapped)


def before(module, name, only):
    real = getattr(module, name)

    def wrapped(*args, **kwargs):
        if only(*args):
            die()
        return real(*args, **kwargs)

    setattr(module, name, wrapped)


if point == "copied":  # the copy is whole, before it is checked
    after(backup_mod, "copy_snapshot")
elif point == "manifest":  # the copy is checked and hashed; its manifest not yet written
    backup_mod.write_manifest = die
elif point == "manifest-half":  # inside the manifest writer, its .part written
    manifest_mod.fsync_file = die
elif point == "rename":  # the manifest is written, the copy not yet renamed
    before(os, "replace", lambda src, dst: str(src).endswith(".sqlite.part"))
elif point == "year-kept":  # the yearly copy is pruned to its year
    after(yearly_mod, "_keep_year")
elif point == "previous":  # restore: the previous copy made, not yet renamed
    before(os, "replace", lambda src, dst: ".sebelum-pulih-" in str(src))
elif point == "swap":  # restore: everything staged, the database not yet replaced
    before(os, "replace", lambda src, dst: str(src).endswith(".pulih.part"))
sys.exit(main.main(argv))
"""


def killed(point: str, *argv: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, point, *argv],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == -signal.SIGKILL, (done.returncode, done.stdout, done.stderr)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def logical(path: Path | str) -> dict[str, list]:
    """Every row of the database: its file read with sqlite3 (and sound), or a server
    database's rows read as any PC reads them."""
    if isinstance(path, str):
        return server_rows(path)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in names}
    finally:
        conn.close()


def server_rows(url: str) -> dict[str, list]:
    from app.store.transfer import copied_models

    def plain(row: tuple) -> tuple:
        return tuple(bytes(v) if isinstance(v, memoryview) else v for v in row)

    open_for_reading(url)
    try:
        return {
            m._meta.table_name: [
                plain(r)
                for r in m.select().order_by(*(f.asc() for f in m._meta.sorted_fields)).tuples()
            ]
            for m in copied_models()
        }
    finally:
        close_database()


@pytest.fixture
def db_file(tmp_path, make_case) -> Path | str:
    """The closed database, with a case and an OPD added: its file, or on a server its URL
    (what ``--db`` is given)."""
    make_case()
    save_opd(Actor(ADMIN, "Admin"), "Dinas Sebelum Cadangan")
    close_database()
    return db_where(tmp_path / "t.db")


def backup_of(db: Path | str, dest: Path, **kwargs):
    """A backup of the closed database ``db``: of its file (``source=``), or of the server
    database, opened for it as the command line opens it."""
    if not isinstance(db, str):
        return backup(SYSTEM_ACTOR, dest, source=db, **kwargs)
    open_database(db)
    try:
        return backup(SYSTEM_ACTOR, dest, **kwargs)
    finally:
        close_database()


def beside(made) -> set[str]:
    """The names of a backup's files: it, its manifest, a server's pg_dump."""
    dump = [made.pg_dump.name] if made.pg_dump is not None else []
    return {made.path.name, made.manifest_path.name, *dump}


def published(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix == ".sqlite")


@pytest.mark.parametrize("point", ["copied", "manifest", "manifest-half", "rename"])
def test_a_killed_backup_leaves_no_file_that_passes_for_a_backup_and_is_cleared_next(
    db_file, tmp_path, point
):
    dest = tmp_path / "cadangan"
    first = backup_of(db_file, dest, record=False)
    before = logical(db_file)
    killed(point, "backup", str(dest), "--db", str(db_file))
    assert logical(db_file) == before
    # whatever the kill left, no file under a backup's final name lacks its manifest
    assert published(dest) == [first.path]
    leftovers = {p.name for p in dest.iterdir()} - beside(first)
    assert leftovers  # the kill did leave something half-made
    assert all(".part" in n or n.endswith(".manifest.json") for n in leftovers), leftovers

    again = backup_of(db_file, dest, record=False, keep=1)
    assert {p.name for p in again.cleaned} == leftovers
    assert again.deleted == (first.path,)  # the one good older backup, pruned by the new one
    assert {p.name for p in dest.iterdir()} == beside(again)
    assert verify_backup(again.path).ok


@pytest.mark.parametrize("point", ["year-kept", "manifest", "manifest-half", "rename"])
def test_a_killed_yearly_archive_leaves_no_archive_without_a_whole_manifest(
    db_file, tmp_path, point
):
    dest = tmp_path / "arsip"
    before = logical(db_file)
    killed(point, "arsip", "2026", str(dest), "--db", str(db_file))
    assert logical(db_file) == before
    assert published(dest) == []
    for m in dest.glob("*.manifest.json"):  # a manifest under its name is never empty
        assert read_manifest(m).year == 2026
    code = subprocess.run(
        [sys.executable, "main.py", "arsip", "2026", str(dest), "--db", str(db_file)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert code.returncode == 0, code.stderr
    target = dest / "ujikon-arsip-2026.sqlite"  # its name is free again: the leftovers are gone
    assert sorted(p.name for p in dest.iterdir()) == sorted(
        [target.name, manifest_path(target).name]
    )
    assert verify_backup(target).ok


@pytest.mark.sqlite_only  # the replaced file copied aside, the backup moved over the file
@pytest.mark.parametrize("point", ["copied", "previous", "swap"])
def test_a_killed_restore_leaves_the_database_and_no_half_copy_and_is_cleared_next(
    db_file, tmp_path, point
):
    open_database(db_file)  # the backup is recorded in its source, as the office makes one
    made = backup(SYSTEM_ACTOR, tmp_path / "c", source=db_file)
    save_opd(Actor(ADMIN, "Admin"), "Dinas Setelah Cadangan")
    close_database()
    before = logical(db_file)
    if point == "copied":  # for a restore, "copied" means: while copying the old database
        point = "previous"
    killed(point, "restore", str(made.path), "--db", str(db_file))
    assert logical(db_file) == before  # not replaced yet at any of these points
    for copy in db_file.parent.glob("*.sebelum-pulih-*.sqlite"):
        assert logical(copy) == before  # a copy under its name is whole
    left = [p for p in db_file.parent.iterdir() if p.name.endswith(".part")]
    assert left
    # and what a restore killed long ago left: a half copy of the old database, its journal
    old = db_file.with_name(db_file.name + ".sebelum-pulih-20200101-000000.sqlite.part")
    old.write_bytes(db_file.read_bytes()[:4096])
    old.with_name(old.name + "-journal").write_bytes(b"\0" * 512)
    open_database(db_file)
    try:
        restore(SYSTEM_ACTOR, made.path, db_file)
    finally:
        close_database()
    assert not [p for p in db_file.parent.iterdir() if ".part" in p.name]
    conn = sqlite3.connect(db_file)
    names = {r[0] for r in conn.execute("SELECT nama FROM opd")}
    conn.close()
    assert "Dinas Sebelum Cadangan" in names and "Dinas Setelah Cadangan" not in names


HOLDER = r"""
import os, sys
sys.path.insert(0, os.getcwd())
from pathlib import Path
from app.archive.leftovers import claim
held = claim(Path(sys.argv[1]))
print("siap", flush=True)
sys.stdin.readline()
"""


def test_a_part_that_a_running_backup_holds_is_left_and_cleared_once_it_died(db_file, tmp_path):
    """Two backups into one folder at once (the scheduled one and the window's): the second
    must not clear the first one's file; once the first was killed, the next start does."""
    dest = tmp_path / "cadangan"
    dest.mkdir()
    running = dest / "ujikon-20261125-160000.sqlite.part"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(running)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "siap"
        made = backup_of(db_file, dest, record=False)
        assert running.exists() and made.cleaned == ()
    finally:
        holder.kill()
        holder.wait(timeout=30)
        holder.stdout.close()
        holder.stdin.close()
    again = backup_of(db_file, dest, record=False)
    assert again.cleaned == (running,) and not running.exists()


def test_a_manifest_is_refused_by_its_size_before_it_is_read(db_file, tmp_path):
    made = backup_of(db_file, tmp_path / "c", record=False)
    with made.manifest_path.open("r+b") as f:
        f.truncate(300 * 1024 * 1024)  # sparse: 300 MB that take no disk
    tracemalloc.start()
    try:
        check = verify_backup(made.path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert not check.ok and any("terlalu besar" in p for p in check.problems)
    assert peak < 4 * MANIFEST_MAX_BYTES  # the 300 MB were never read into memory
    with pytest.raises(BackupInvalid, match="terlalu besar"):
        read_manifest(made.manifest_path)


READER = r"""
import os, sys
sys.path.insert(0, os.getcwd())
from app.archive import verify_backup
check = verify_backup(sys.argv[1])
print(check.ok, check.problems)
"""


@pytest.mark.parametrize("kind", ["fifo", "folder", "device"])
def test_a_manifest_that_is_no_regular_file_is_refused_without_reading(db_file, tmp_path, kind):
    made = backup_of(db_file, tmp_path / "c", record=False)
    made.manifest_path.unlink()
    if kind == "fifo":
        os.mkfifo(made.manifest_path)  # reading it would wait for a writer forever
    elif kind == "folder":
        made.manifest_path.mkdir()
    else:
        made.manifest_path.symlink_to("/dev/zero")  # reading it never ends
    done = subprocess.run(
        [sys.executable, "-c", READER, str(made.path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("False") and "bukan berkas biasa" in done.stdout
    with pytest.raises(BackupInvalid, match="bukan berkas biasa"):
        read_manifest(made.manifest_path)
    assert "Traceback" not in done.stderr
