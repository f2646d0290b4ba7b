"""The database file under stress: a second instance, stale locks, network folders, failed
and too-new migrations, corrupt/foreign/truncated files, a full disk, read-only mode."""

from __future__ import annotations

import hashlib
import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from peewee import TextField
from playhouse.migrate import migrate

from app import store
from app.errors import (
    DatabaseInUse,
    DatabaseProblem,
    MigrationFailed,
    ReadOnlyDatabase,
    UserError,
)
from app.masterdata import list_opd, save_opd
from app.models import Opd, database
from app.permissions import ADMIN, Actor
from app.store import (
    LockInfo,
    close_database,
    current,
    current_schema_version,
    inspect_file,
    lock_is_stale,
    lock_path,
    network_location,
    read_lock,
    schema_versions,
)
from app.store.lock import LOCK_STALE_HOURS, _start_from_stat, process_start
from app.store.network import DRIVE_REMOTE
from app.store.schema_versions import Migration
from tests.conftest import outsider_edit

ROOT = Path(__file__).resolve().parents[1]
ADMIN_ACTOR = Actor(ADMIN, "Admin")


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_db(path: Path) -> Path:
    store.open_database(path)
    close_database()
    return path


@pytest.fixture
def closed_db(tmp_path) -> Path:
    return make_db(tmp_path / "ujikon.db")


# ----------------------------------------------------------------------------- second instance
HOLDER = """
import sys
sys.path.insert(0, sys.argv[1])
from app.store import close_database, open_database
from app.errors import UserError
try:
    open_database(sys.argv[2])
except UserError as exc:
    print("gagal", type(exc).__name__, exc.message.replace("\\n", " "), flush=True)
    sys.exit(3)
print("siap", flush=True)
sys.stdin.readline()
close_database()
print("selesai", flush=True)
"""


def start_holder(path: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(ROOT), str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.kill()
    proc.wait(timeout=30)
    for stream in (proc.stdin, proc.stdout, proc.stderr):
        if stream is not None:
            stream.close()


@pytest.mark.sqlite_only  # the lock file beside the database file
def test_the_lock_file_names_user_host_and_pid_and_goes_away_on_close(closed_db):
    store.open_database(closed_db)
    try:
        data = json.loads(lock_path(closed_db).read_text(encoding="utf-8"))
        assert data["pid"] == os.getpid()
        assert data["host"] == socket.gethostname()
        assert data["user"] and data["started_at"]
        if sys.platform.startswith("linux"):
            assert data["process_started"] == process_start(os.getpid())
    finally:
        close_database()
    assert not lock_path(closed_db).exists()


@pytest.mark.sqlite_only  # the lock file beside the database file
def test_a_second_process_is_told_who_has_the_file_and_may_open_it_read_only(closed_db):
    proc = start_holder(closed_db)
    try:
        assert proc.stdout.readline().strip() == "siap", proc.stderr.read()
        with pytest.raises(DatabaseInUse) as refused:
            store.open_database(closed_db)
        holder = read_lock(closed_db)
        assert refused.value.holder == holder and holder.pid == proc.pid
        assert socket.gethostname() in refused.value.message
        assert holder.user in refused.value.message
        assert refused.value.can_open_read_only
        assert lock_path(closed_db).exists()  # the refused open did not remove it

        store.open_database(closed_db, read_only=True)
        try:
            assert current().read_only
            assert len(list_opd()) > 30
            with pytest.raises(ReadOnlyDatabase, match="hanya-baca"):
                save_opd(ADMIN_ACTOR, "Dinas Baru")
        finally:
            close_database()
        assert read_lock(closed_db) == holder  # read-only never touches the lock

        proc.stdin.write("\n")
        proc.stdin.flush()
        assert proc.stdout.readline().strip() == "selesai"
        assert proc.wait(timeout=30) == 0
    finally:
        stop(proc)
    store.open_database(closed_db)  # free again
    close_database()


@pytest.mark.sqlite_only  # the lock file beside the database file
def test_a_second_process_is_refused_while_this_one_holds_the_file(closed_db):
    store.open_database(closed_db)
    try:
        proc = start_holder(closed_db)
        try:
            line = proc.stdout.readline()
            assert proc.wait(timeout=30) == 3
        finally:
            stop(proc)
        assert line.startswith("gagal DatabaseInUse")
        assert socket.gethostname() in line
    finally:
        close_database()


@pytest.mark.sqlite_only  # the lock file beside the database file
def test_a_lock_left_by_a_crashed_process_on_this_computer_is_taken_over(closed_db):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait(timeout=30)
    lock_path(closed_db).write_text(
        json.dumps(
            {
                "user": "budi",
                "host": socket.gethostname(),
                "pid": dead.pid,
                "started_at": "2026-01-05T01:00:00+00:00",
            }
        ),
        encoding="utf-8",
    )
    store.open_database(closed_db)
    try:
        assert read_lock(closed_db).pid == os.getpid()
    finally:
        close_database()
    assert not lock_path(closed_db).exists()


WAITER = "import sys; sys.stdin.readline()"  # another program: it runs until told to stop


def write_lock(db: Path, **fields) -> None:
    data = {"user": "budi", "host": socket.gethostname(), "started_at": "2026-01-05T01:00:00+00:00"}
    lock_path(db).write_text(json.dumps(data | fields), encoding="utf-8")


@pytest.mark.sqlite_only  # the lock file beside the database file
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="start times read from /proc")
def test_a_lock_whose_pid_now_runs_another_program_is_taken_over(closed_db):
    # The Ujikon that wrote the lock crashed; its pid now belongs to another program. A real
    # pid reuse cannot be forced, so the lock names a running program's pid together with the
    # start time of the process that wrote it (one that has ended), and its heartbeat is fresh.
    crashed = subprocess.Popen(
        [sys.executable, "-c", "import sys; print(sys.stdin.readline())"],
        stdin=subprocess.PIPE,
        text=True,
    )
    crashed_start = process_start(crashed.pid)
    crashed.communicate("\n", timeout=30)
    other = subprocess.Popen([sys.executable, "-c", WAITER], stdin=subprocess.PIPE, text=True)
    try:
        assert crashed_start and process_start(other.pid) not in (None, crashed_start)
        write_lock(closed_db, pid=other.pid, process_started=crashed_start)
        store.open_database(closed_db)
        try:
            assert read_lock(closed_db).pid == os.getpid()
        finally:
            close_database()
    finally:
        other.communicate("\n", timeout=30)


@pytest.mark.sqlite_only  # the lock file beside the database file
def test_a_lock_from_an_older_ujikon_without_a_start_time_still_blocks_while_its_pid_runs(
    closed_db,
):
    other = subprocess.Popen([sys.executable, "-c", WAITER], stdin=subprocess.PIPE, text=True)
    try:
        write_lock(closed_db, pid=other.pid)
        assert read_lock(closed_db).process_started == ""
        with pytest.raises(DatabaseInUse, match="budi"):
            store.open_database(closed_db)
        old = time.time() - (LOCK_STALE_HOURS + 1) * 3600
        os.utime(lock_path(closed_db), (old, old))
        store.open_database(closed_db)  # its heartbeat is old: taken over, as before
        close_database()
    finally:
        other.communicate("\n", timeout=30)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="start times read from /proc")
def test_a_live_holder_with_its_own_start_time_is_not_taken_for_stale():
    info = LockInfo("budi", "PC-1", os.getpid(), "", None, time.time(), process_start(os.getpid()))
    assert not lock_is_stale(info, host="PC-1")
    moved = LockInfo("budi", "PC-1", os.getpid(), "", None, time.time(), "linux:lain:1")
    assert lock_is_stale(moved, host="PC-1")
    unknown = LockInfo("budi", "PC-1", 4242, "", None, time.time(), "linux:lain:1")
    assert not lock_is_stale(unknown, host="PC-1", alive=lambda pid: True, started=lambda pid: None)


def test_the_start_time_is_read_past_a_program_name_with_spaces_and_parentheses():
    fields = " ".join(str(n) for n in range(3, 53))  # field n holds n
    assert _start_from_stat(f"4242 (a) b (c)) {fields}") == "22"
    assert _start_from_stat("4242 (kosong") is None
    assert _start_from_stat("4242 (pendek) S 1 2") is None


@pytest.mark.sqlite_only  # the lock file beside the database file
def test_a_lock_from_another_computer_blocks_until_its_heartbeat_is_old(closed_db):
    path = lock_path(closed_db)
    path.write_text(
        json.dumps(
            {
                "user": "sari",
                "host": "PC-SEKRETARIAT",
                "pid": 4242,
                "started_at": "2026-01-05T01:00:00+00:00",
            }
        ),
        encoding="utf-8",
    )
    with pytest.raises(DatabaseInUse, match="sari di komputer PC-SEKRETARIAT"):
        store.open_database(closed_db)
    old = time.time() - (LOCK_STALE_HOURS + 1) * 3600
    os.utime(path, (old, old))
    store.open_database(closed_db)
    try:
        assert read_lock(closed_db).host == socket.gethostname()
    finally:
        close_database()


@pytest.mark.sqlite_only  # the lock file beside the database file
def test_a_garbled_lock_file_is_taken_over_once_it_is_not_being_written(closed_db):
    path = lock_path(closed_db)
    path.write_bytes(b"")
    with pytest.raises(DatabaseInUse):
        store.open_database(closed_db)
    old = time.time() - 3600
    os.utime(path, (old, old))
    store.open_database(closed_db)
    close_database()


def test_lock_staleness_rules():
    info = LockInfo("budi", "PC-1", 100, "2026-01-01T00:00:00+00:00", None, 1000.0)
    now = 1000.0 + 60
    assert lock_is_stale(info, now=now, host="pc-1", alive=lambda pid: False)
    assert not lock_is_stale(info, now=now, host="PC-1", alive=lambda pid: True)
    assert not lock_is_stale(info, now=now, host="PC-2", alive=lambda pid: False)
    later = 1000.0 + 3 * 3600
    assert lock_is_stale(info, now=later, host="PC-2", alive=lambda pid: True)
    assert lock_is_stale(info, now=later, host="PC-1", alive=lambda pid: True)  # pid reused
    garbled = LockInfo("", "", 0, "", None, 1000.0)
    assert not lock_is_stale(garbled, now=1005.0)
    assert lock_is_stale(garbled, now=1100.0)


@pytest.mark.sqlite_only  # the lock file beside the database file
def test_reopening_in_the_same_process_keeps_working(closed_db):
    store.open_database(closed_db)
    store.open_database(closed_db)  # closes and reopens: the lock is ours
    try:
        assert read_lock(closed_db).pid == os.getpid()
    finally:
        close_database()


# ----------------------------------------------------------------------------- network folders
MOUNTS = """\
sysfs /sys sysfs rw,nosuid 0 0
/dev/sda1 / ext4 rw,relatime 0 0
//nas/ppid /mnt/nas cifs rw,vers=3.0 0 0
nas:/export /srv/nfs\\040data nfs4 rw 0 0
/dev/sdb1 /mnt/nas/usb ext4 rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/home/ppid/ujikon.db", None),
        ("/mnt/nas/ujikon.db", "cifs"),
        ("/mnt/nas", "cifs"),
        ("/mnt/nasx/ujikon.db", None),
        ("/srv/nfs data/arsip/ujikon.db", "nfs4"),
        ("/mnt/nas/usb/ujikon.db", None),  # a local disk mounted inside the share
    ],
)
def test_network_folders_on_linux_are_found_by_mount_type(path, expected):
    found = network_location(path, platform="linux", mounts=MOUNTS)
    if expected is None:
        assert found is None
    else:
        assert found is not None and expected in found


@pytest.mark.parametrize(
    ("path", "remote_drives", "network"),
    [
        (r"\\server\share\Ujikon\ujikon.db", "", True),
        ("//server/share/ujikon.db", "", True),
        (r"\\?\UNC\server\share\ujikon.db", "", True),
        (r"Z:\Ujikon\ujikon.db", "Z", True),
        (r"z:\Ujikon\ujikon.db", "Z", True),
        (r"C:\Users\ppid\AppData\Local\Ujikon\ujikon.db", "Z", False),
        (r"\\?\C:\Ujikon\ujikon.db", "Z", False),
        (r"\\?\Z:\Ujikon\ujikon.db", "Z", True),
        (r"E:\Cadangan\ujikon.db", "", False),
    ],
)
def test_network_folders_on_windows_are_unc_paths_or_remote_drives(path, remote_drives, network):
    asked: list[str] = []

    def drive_type(root: str) -> int:
        asked.append(root)
        return DRIVE_REMOTE if root[0] in remote_drives else 3  # DRIVE_FIXED

    found = network_location(path, platform="win32", drive_type=drive_type)
    assert (found is not None) == network, (path, found)
    assert all(root.endswith(":\\") for root in asked)


@pytest.mark.sqlite_only  # a file in a network folder, its journal
def test_a_database_on_a_network_folder_uses_a_rollback_journal_and_warns(tmp_path, monkeypatch):
    monkeypatch.setattr(
        store, "network_location", lambda path, **kw: "folder jaringan \\\\nas\\ppid"
    )
    opened = store.open_database(tmp_path / "jaringan.db")
    try:
        assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert opened.network == "folder jaringan \\\\nas\\ppid"
        assert "\\\\nas\\ppid" in opened.network_warning and "WAL" in opened.network_warning
        assert current() == opened and not opened.read_only
        save_opd(ADMIN_ACTOR, "Dinas Jaringan")
    finally:
        close_database()
    assert not (tmp_path / "jaringan.db-wal").exists()
    assert current() is None


@pytest.mark.sqlite_only  # the file's WAL
def test_a_local_database_uses_wal_and_has_no_network_warning(db):
    assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.network is None and db.network_warning is None
    assert current().network_warning is None


# ----------------------------------------------------------------------------- migrations
@pytest.fixture
def pending_migration(monkeypatch):
    base = list(schema_versions.MIGRATIONS)
    version = base[-1].version + 1

    def install(apply):
        extended = [*base, Migration(version, "uji", apply)]
        monkeypatch.setattr(schema_versions, "MIGRATIONS", extended)
        return version

    return install


def dump(path: Path) -> dict[str, list]:
    conn = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables
        }
    finally:
        conn.close()


@pytest.mark.sqlite_only  # the copy of the file (a server rolls back)
def test_a_migration_is_preceded_by_a_copy_beside_the_file(closed_db, pending_migration):
    before = dump(closed_db)
    version = pending_migration(
        lambda migrator, db: migrate(migrator.add_column("opd", "catatan", TextField(default="")))
    )
    store.open_database(closed_db)
    close_database()
    copy = closed_db.with_name(f"{closed_db.name}.sebelum-migrasi-v{version}.sqlite")
    assert copy.is_file()
    assert dump(copy) == before
    assert not copy.with_name(copy.name + ".part").exists()


@pytest.mark.sqlite_only  # the file's bytes and its copy
def test_a_failed_migration_leaves_the_file_untouched_and_says_where_the_copy_is(
    closed_db, pending_migration
):
    digest = sha(closed_db)

    def broken(migrator, db):
        migrate(migrator.add_column("opd", "catatan", TextField(default="")))
        db.execute_sql("DELETE FROM opd")
        raise RuntimeError("kolom bentrok")

    version = pending_migration(broken)
    with pytest.raises(MigrationFailed) as failed:
        store.open_database(closed_db)
    copy = closed_db.with_name(f"{closed_db.name}.sebelum-migrasi-v{version}.sqlite")
    assert str(copy) in failed.value.message and "tidak diubah" in failed.value.message
    assert failed.value.copy == copy
    assert sha(closed_db) == digest
    assert not lock_path(closed_db).exists()
    assert inspect_file(closed_db).version == version - 1


def test_a_file_from_a_newer_app_is_refused_before_anything_is_written(closed_db, engine):
    newer = current_schema_version() + 1
    outsider_edit(
        closed_db, ("INSERT INTO schema_version VALUES (?, 'masa depan', '2030-01-01')", (newer,))
    )
    digest = sha(closed_db) if engine == "sqlite" else None
    for read_only in (False, True):
        with pytest.raises(DatabaseProblem, match="Ujikon yang lebih baru"):
            store.open_database(closed_db, read_only=read_only)
    if engine == "sqlite":  # the file: not a byte, no lock, no WAL
        assert sha(closed_db) == digest
        assert not lock_path(closed_db).exists()
        assert not closed_db.with_name(closed_db.name + "-wal").exists()


def test_an_older_file_cannot_be_opened_read_only(closed_db, pending_migration):
    pending_migration(lambda migrator, db: None)
    with pytest.raises(DatabaseProblem, match="lebih lama"):
        store.open_database(closed_db, read_only=True)


@pytest.mark.sqlite_only  # a file's bytes
# ----------------------------------------------------------------------------- broken files
def test_a_file_that_is_not_a_database_is_reported_and_left_alone(tmp_path):
    path = tmp_path / "ujikon.db"
    path.write_bytes(b"Ini surat, bukan basis data.\n" * 200)
    digest = sha(path)
    with pytest.raises(DatabaseProblem, match="bukan basis data Ujikon"):
        store.open_database(path)
    assert sha(path) == digest
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ujikon.db"]


@pytest.mark.sqlite_only  # another program's SQLite file
def test_another_programs_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "lain.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE pelanggan (id INTEGER PRIMARY KEY, nama TEXT)")
    conn.commit()
    conn.close()
    digest = sha(path)
    with pytest.raises(DatabaseProblem, match="bukan basis data Ujikon"):
        store.open_database(path)
    assert sha(path) == digest


@pytest.mark.sqlite_only  # the file truncated
def test_a_truncated_database_is_reported_not_opened(closed_db, make_case, tmp_path):
    store.open_database(closed_db)
    for i in range(30):
        save_opd(ADMIN_ACTOR, f"Dinas Contoh {i} " + "x" * 200)
    close_database()
    data = closed_db.read_bytes()
    closed_db.write_bytes(data[: len(data) // 2])
    digest = sha(closed_db)
    with pytest.raises(DatabaseProblem, match="terpotong") as problem:
        store.open_database(closed_db)
    assert "cadangan" in problem.value.message
    assert sha(closed_db) == digest


@pytest.mark.sqlite_only  # the file's pages corrupted
def test_a_corrupt_page_surfaces_as_a_database_problem_not_a_traceback(closed_db):
    store.open_database(closed_db)
    for i in range(40):
        save_opd(ADMIN_ACTOR, f"Dinas Contoh {i} " + "y" * 250)
    close_database()
    data = bytearray(closed_db.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for offset in range(2 * page, len(data) - page, page):  # every page after the schema
        data[offset : offset + 16] = b"\xff" * 16
    closed_db.write_bytes(bytes(data))
    with pytest.raises(DatabaseProblem) as problem:
        store.open_database(closed_db)
        list_opd()
    close_database()
    assert "rusak" in problem.value.message or "bukan basis data" in problem.value.message


@pytest.mark.sqlite_only  # a missing file
def test_a_missing_file_is_not_created_for_reading(tmp_path):
    missing = tmp_path / "tidak-ada.db"
    with pytest.raises(DatabaseProblem, match="tidak ditemukan"):
        store.open_database(missing, read_only=True)
    assert not missing.exists()


@pytest.mark.sqlite_only  # the file's permissions
@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0,
    reason="file permissions do not bind the superuser",
)
def test_a_file_without_write_permission_is_explained(closed_db):
    closed_db.chmod(0o444)
    try:
        with pytest.raises(DatabaseProblem, match="tidak dapat ditulis") as problem:
            store.open_database(closed_db)
        assert problem.value.can_open_read_only
        store.open_database(closed_db, read_only=True)
        close_database()
    finally:
        closed_db.chmod(0o644)


@pytest.mark.sqlite_only  # the file's max_page_count as a full disk
def test_a_full_disk_is_a_clear_message_and_loses_nothing_committed(db):
    save_opd(ADMIN_ACTOR, "Dinas Sebelum Penuh")
    pages = database.execute_sql("PRAGMA page_count").fetchone()[0]
    database.execute_sql(f"PRAGMA max_page_count = {pages + 1}")
    with pytest.raises(DatabaseProblem, match="penuh") as problem:
        for i in range(200):
            save_opd(ADMIN_ACTOR, f"Dinas {i} " + "z" * 250)
    assert not isinstance(problem.value, ReadOnlyDatabase)
    assert Opd.get_or_none(Opd.nama == "Dinas Sebelum Penuh") is not None
    assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"


# ----------------------------------------------------------------------------- read-only mode
def test_read_only_mode_reads_and_refuses_every_write(closed_db, engine):
    digest = sha(closed_db) if engine == "sqlite" else None
    store.open_database(closed_db, read_only=True)
    try:
        assert current().read_only and current().read_only_reason
        assert len(list_opd()) > 30
        with pytest.raises(ReadOnlyDatabase):
            save_opd(ADMIN_ACTOR, "Dinas Baru")
        with pytest.raises(UserError):
            with database.atomic():
                Opd.create(nama="Langsung")
        if engine == "sqlite":
            assert database.execute_sql("PRAGMA query_only").fetchone()[0] == 1
        else:  # every transaction of the session read-only
            row = database.execute_sql("SHOW default_transaction_read_only").fetchone()
            assert row[0] == "on"
    finally:
        close_database()
    assert current() is None
    if engine == "sqlite":
        assert sha(closed_db) == digest
        assert not lock_path(closed_db).exists()


@pytest.mark.sqlite_only  # an empty file
def test_a_zero_byte_file_is_refused_not_made_a_new_database(tmp_path, capsys):
    path = tmp_path / "kosong.db"
    path.touch()
    for read_only in (False, True):
        with pytest.raises(DatabaseProblem, match="kosong") as problem:
            store.open_database(path, read_only=read_only)
        assert (
            "cadangan" in problem.value.message and "hapus berkas kosong" in problem.value.message
        )
        assert current() is None
    import main

    backups = tmp_path / "cadangan"
    assert main.main(["backup", str(backups), "--db", str(path)]) == 1
    assert "kosong" in capsys.readouterr().err
    assert not backups.exists() or not any(backups.iterdir())
    assert main.main(["check", "--db", str(path)]) == 1
    assert "kosong" in capsys.readouterr().out
    assert path.stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kosong.db"]  # no lock left behind


@pytest.mark.sqlite_only  # the file's header
def test_a_file_without_the_sqlite_header_is_refused_however_short(tmp_path):
    for data in (b"\x00", b"SQLite format 2\x00" + b"\x00" * 200):
        path = tmp_path / "bukan.db"
        path.write_bytes(data)
        with pytest.raises(DatabaseProblem, match="bukan basis data Ujikon"):
            store.open_database(path)
        assert path.read_bytes() == data


def test_a_missing_file_becomes_a_new_database(tmp_path):
    path = tmp_path / "baru" / "ujikon.db"
    store.open_database(path)
    try:
        assert len(list_opd()) > 30
    finally:
        close_database()
