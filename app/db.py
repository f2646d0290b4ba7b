"""Open the SQLite database: pragmas, schema migrations, first-run reference data, and the
reliability rules around the file.

SQLite settings and why:
- WAL: readers (the case list) never block the writer.
- synchronous=FULL: office PCs lose power; a committed case must survive it.
- foreign_keys=ON: no orphan rows.
- BEGIN IMMEDIATE for every transaction: two processes never interleave a read-then-write
  (register numbers are read and incremented inside one transaction).

Reliability (issue 5):
- One writer per file across processes: ``<db>.lock`` (JSON: user, host, pid, started_at) is
  created with O_EXCL when a file is opened for writing and removed by ``close_database``. A
  second process gets ``DatabaseInUse`` naming the user and the computer, and may open the file
  read-only. A lock left by a crash is taken over (see ``lock_is_stale``).
- A file on a network folder (UNC path, mapped network drive, NFS/CIFS mount) uses
  journal_mode=DELETE instead of WAL, which needs shared memory that network file systems do
  not provide; ``network_warning()`` gives the text the window shows.
- Pending migrations run in one transaction after a copy of the file is made beside it
  (``<db>.sebelum-migrasi-vN.sqlite``); a failure leaves the file as it was. A file from a
  newer Ujikon is refused before anything is written.
- A corrupt, foreign, missing, unwritable file, a full disk or an I/O error becomes a
  ``DatabaseProblem`` whose message says what to do; an existing file is never replaced by an
  empty database.
- Read-only mode (``open_database(path, read_only=True)``, and always for a yearly archive):
  the connection is opened with ``mode=ro`` and ``PRAGMA query_only``, migrations and seeding
  are skipped, and any write a service attempts surfaces as ``ReadOnlyDatabase``. The
  translation of SQLite errors into these ``UserError``s happens in one place,
  ``UjikonDatabase``, which every query, BEGIN and COMMIT goes through.
"""

from __future__ import annotations

import atexit
import getpass
import json
import os
import re
import socket
import sqlite3
import sys
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PureWindowsPath

import peewee
from peewee import IntegerField, IntegrityError, Model, SqliteDatabase, TextField
from playhouse.migrate import SqliteMigrator

from app.errors import (
    DatabaseInUse,
    DatabaseProblem,
    MigrationFailed,
    ReadOnlyDatabase,
    UserError,
)
from app.migrations import MIGRATIONS
from app.models import ALL_MODELS, database

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "full",
    "busy_timeout": 10000,
    "cache_size": -32000,
}

SQLITE_HEADER = b"SQLite format 3\x00"


class SchemaVersion(Model):
    version = IntegerField(primary_key=True)
    name = TextField()
    applied_at = TextField()

    class Meta:
        database = database
        table_name = "schema_version"


def current_schema_version() -> int:
    return max(m.version for m in MIGRATIONS)


def _record(version: int, name: str) -> None:
    SchemaVersion.create(
        version=version, name=name, applied_at=datetime.now(UTC).isoformat()
    )


def migrate_schema(db: SqliteDatabase) -> list[int]:
    """Bring the schema up to date. Returns the migration versions applied now.

    Every pending migration runs inside one transaction (each in its own savepoint), so a
    failure in any of them leaves the file exactly as it was."""
    with db.atomic():
        if not db.table_exists("schema_version"):
            existing = [t for t in db.get_tables() if not t.startswith("sqlite_")]
            SchemaVersion.create_table()
            if not existing:
                db.create_tables(ALL_MODELS)
                for m in MIGRATIONS:
                    _record(m.version, m.name)
                return []
            _record(1, MIGRATIONS[0].name)
    applied = {row.version for row in SchemaVersion.select()}
    pending = [m for m in MIGRATIONS if m.version not in applied]
    if not pending:
        return []
    done: list[int] = []
    migrator = SqliteMigrator(db)
    # SQLite rebuilds a table for many changes (add_column NOT NULL, drop_column, …): copy,
    # DROP, rename. With foreign keys on, the DROP deletes the rows that refer to the table
    # (ON DELETE CASCADE: every item, step and event of a case) or fails. So keys are off
    # during a migration (the pragma is ignored inside a transaction) and checked before
    # commit, as the SQLite documentation prescribes.
    db.pragma("foreign_keys", 0)
    try:
        with db.atomic():
            for m in pending:
                with db.atomic():
                    m.apply(migrator, db)
                    broken = db.execute_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise IntegrityError(
                            f"Migrasi {m.version} ({m.name}) merusak kunci asing: "
                            f"{broken[:5]}")
                    _record(m.version, m.name)
                done.append(m.version)
    finally:
        db.pragma("foreign_keys", 1)
    return done


# =============================================================================== errors
# SQLite error text (lower case) → what the user is told. The first match wins.
_SQLITE_PROBLEMS: tuple[tuple[str, str], ...] = (
    ("database or disk is full",
     "Disk penyimpanan basis data penuh, sehingga perubahan terakhir tidak tersimpan. "
     "Kosongkan ruang di disk (hapus berkas yang tidak perlu), lalu ulangi."),
    ("disk i/o error",
     "Terjadi kesalahan baca/tulis disk pada berkas basis data; perubahan terakhir tidak "
     "tersimpan. Periksa disk atau sambungan ke folder jaringan, tutup Ujikon, lalu buka "
     "lagi. Bila terus terjadi, pulihkan dari cadangan (Berkas → Pulihkan)."),
    ("database disk image is malformed",
     "Berkas basis data rusak. Jangan ubah berkas itu; pulihkan dari cadangan terakhir "
     "(Berkas → Pulihkan atau main.py restore) atau pilih berkas lain."),
    ("file is not a database",
     "Berkas itu bukan basis data Ujikon atau sudah rusak. Pulihkan dari cadangan atau "
     "pilih berkas lain."),
    ("unable to open database file",
     "Berkas basis data tidak dapat dibuka (tidak ada, tidak boleh dibaca, atau foldernya "
     "tidak dapat ditulis). Periksa letak dan izin berkasnya, atau pilih berkas lain."),
    ("database is locked",
     "Basis data sedang dikunci oleh proses lain terlalu lama. Tunggu sebentar lalu ulangi; "
     "bila terus terjadi, tutup Ujikon lain yang membuka berkas yang sama."),
)

READ_ONLY_MESSAGE = ("Basis data ini dibuka hanya-baca ({reason}); perubahan tidak dapat "
                     "disimpan.")
UNWRITABLE_MESSAGE = ("Berkas basis data tidak dapat ditulis (hanya-baca di disk, atau folder "
                      "tanpa izin tulis). Periksa izin berkasnya, salin ke folder lain, atau "
                      "buka hanya-baca.")


def translate_sqlite_error(exc: BaseException) -> DatabaseProblem | None:
    """The ``DatabaseProblem`` a SQLite error means to the user, or None for errors that are
    the caller's business (constraint violations, SQL bugs)."""
    if isinstance(exc, UserError):
        return None
    text = str(exc).lower()
    if "readonly database" in text or "read-only" in text:
        if _state.read_only:
            return ReadOnlyDatabase(READ_ONLY_MESSAGE.format(reason=_state.read_only_reason))
        problem = DatabaseProblem(UNWRITABLE_MESSAGE)
        problem.can_open_read_only = True
        return problem
    for needle, message in _SQLITE_PROBLEMS:
        if needle in text:
            return DatabaseProblem(message)
    return None


@contextmanager
def _translated() -> Iterator[None]:
    try:
        yield
    except (peewee.DatabaseError, sqlite3.DatabaseError) as exc:
        problem = translate_sqlite_error(exc)
        if problem is None:
            raise
        raise problem from exc


class UjikonDatabase(SqliteDatabase):
    """``SqliteDatabase`` whose SQLite errors that mean "the file" (full disk, I/O error,
    corrupt, read-only) arrive as ``DatabaseProblem`` / ``ReadOnlyDatabase``."""

    def execute_sql(self, sql, params=None):
        if sql.startswith("ROLLBACK TO SAVEPOINT") and not self.connection().in_transaction:
            return self.cursor()  # the transaction was already rolled back (see rollback)
        with _translated():
            return super().execute_sql(sql, params)

    def begin(self, lock_type=None):
        if _state.read_only:  # BEGIN IMMEDIATE is itself a write request
            lock_type = "DEFERRED"
        with _translated():
            return super().begin(lock_type)

    def commit(self):
        with _translated():
            return super().commit()

    def rollback(self):
        # SQLite rolls a transaction back by itself after SQLITE_FULL or an I/O error; a
        # second ROLLBACK would fail and hide the error that explains what happened.
        conn = self._state.conn
        if conn is not None and not conn.in_transaction:
            return None
        with _translated():
            return super().rollback()

    def connect(self, reuse_if_open=False):
        with _translated():
            return super().connect(reuse_if_open)


# =============================================================================== state
@dataclass
class _OpenState:
    path: Path | None = None
    read_only: bool = False
    read_only_reason: str = ""
    network: str | None = None
    lock: LockInfo | None = None
    lock_lost: bool = False
    heartbeat_stop: threading.Event | None = None


_state = _OpenState()


def is_read_only() -> bool:
    """True when the active database was opened read-only (services that write will fail
    with ``ReadOnlyDatabase``; the window should offer viewing only)."""
    return _state.read_only


def read_only_reason() -> str:
    """Why the active database is read-only, in Indonesian ("" when it is writable)."""
    return _state.read_only_reason if _state.read_only else ""


def network_warning() -> str | None:
    """Text for a warning in the window when the active database is on a network folder."""
    if _state.network is None:
        return None
    return (f"Basis data berada di {_state.network}. Folder jaringan tidak mendukung mode WAL, "
            "jadi Ujikon memakai jurnal biasa (DELETE): lebih lambat, dan sambungan yang "
            "terputus saat menyimpan dapat merusak berkas. Sebaiknya simpan basis data di "
            "disk lokal komputer ini dan cadangkan ke folder jaringan.")


def active_path() -> Path | None:
    return _state.path


def lock_lost() -> bool:
    """True when another process has taken over this database's lock file while it was
    open (e.g. this computer slept for hours and someone else opened the file)."""
    return _state.lock_lost


# =============================================================================== lock file
LOCK_HEARTBEAT_SECONDS = 300  # the holder touches its lock file this often
LOCK_STALE_HOURS = 2.0  # a lock not touched for this long is left over from a crash
LOCK_UNREADABLE_GRACE_SECONDS = 30  # an empty/garbled lock younger than this is being written


@dataclass(frozen=True)
class LockInfo:
    user: str
    host: str
    pid: int
    started_at: str  # ISO 8601, UTC
    path: Path | None = field(default=None, compare=False)  # the lock file
    touched: float = field(default=0.0, compare=False)  # mtime: the holder's heartbeat

    def to_json(self) -> str:
        return json.dumps({"user": self.user, "host": self.host, "pid": self.pid,
                           "started_at": self.started_at, "app": "Ujikon"},
                          ensure_ascii=False)

    @property
    def where(self) -> str:
        return f"{self.user or 'pengguna tak dikenal'} di komputer {self.host or '?'}"


def lock_path(db_path: Path | str) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".lock")


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (service account, container)
        return os.environ.get("USERNAME") or os.environ.get("USER") or ""


def _host() -> str:
    return socket.gethostname()


def my_lock(db_path: Path | None = None) -> LockInfo:
    return LockInfo(_user(), _host(), os.getpid(),
                    datetime.now(UTC).isoformat(timespec="seconds"),
                    lock_path(db_path) if db_path is not None else None, time.time())


def read_lock(db_path: Path | str) -> LockInfo | None:
    """The lock on ``db_path``; None when there is none. A lock file that is not valid JSON
    reads as a lock of an unknown holder (pid 0)."""
    return _read_lock_file(lock_path(db_path))


def _read_lock_file(path: Path) -> LockInfo | None:
    try:
        raw = path.read_bytes()
        touched = path.stat().st_mtime
    except FileNotFoundError:
        return None
    except OSError:
        return LockInfo("", "", 0, "", path, time.time())
    try:
        data = json.loads(raw.decode("utf-8"))
        return LockInfo(str(data.get("user", "")), str(data.get("host", "")),
                        int(data.get("pid", 0)), str(data.get("started_at", "")), path,
                        touched)
    except (ValueError, TypeError, AttributeError):
        return LockInfo("", "", 0, "", path, touched)


def pid_alive(pid: int) -> bool:
    """Whether a process with ``pid`` exists on this computer.

    POSIX: ``os.kill(pid, 0)``. Windows: ``os.kill`` would *terminate* the process, so the
    check uses OpenProcess/GetExitCodeProcess through ctypes (no extra dependency)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _pid_alive_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by another user
        return True
    except OSError:
        return False
    return True


def _pid_alive_windows(pid: int) -> bool:  # pragma: no cover (Windows only)
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.OpenProcess.restype = wintypes.HANDLE
    kernel32.OpenProcess.argtypes = [wintypes.DWORD, wintypes.BOOL, wintypes.DWORD]
    kernel32.GetExitCodeProcess.argtypes = [wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD)]
    kernel32.CloseHandle.argtypes = [wintypes.HANDLE]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return ctypes.get_last_error() == 5  # ERROR_ACCESS_DENIED: it exists
    try:
        code = wintypes.DWORD()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def lock_is_stale(info: LockInfo, *, now: float | None = None, host: str | None = None,
                  alive: Callable[[int], bool] = pid_alive,
                  stale_hours: float = LOCK_STALE_HOURS) -> bool:
    """Whether ``info`` is left over and may be taken over.

    - Same computer: stale when its process is gone. A live pid whose lock has not been
      touched for ``stale_hours`` is stale too (the pid was reused by another program: a
      running Ujikon touches its lock every few minutes).
    - Another computer: its process cannot be checked from here, so only the heartbeat counts:
      stale when not touched for ``stale_hours``.
    - An unreadable lock (a crash while writing it) is stale once it is a few seconds old.
    """
    now = time.time() if now is None else now
    age = now - info.touched
    if not info.host and not info.pid:
        return age > LOCK_UNREADABLE_GRACE_SECONDS
    if age > stale_hours * 3600:
        return True
    if info.host.lower() == (host or _host()).lower():
        return not alive(info.pid)
    return False


def _create_lock(path: Path, info: LockInfo) -> bool:
    """Create ``path`` atomically with ``info``; False when it already exists.

    The content is written to a temporary file first and hard-linked to the lock name (link
    fails if the name exists), so a crash never leaves an empty lock. Where hard links are
    not supported (FAT32 flash drives), the lock is created with O_EXCL and then written."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.baru")
    try:
        with open(tmp, "wb") as f:
            f.write(info.to_json().encode("utf-8"))
            f.flush()
            os.fsync(f.fileno())
        try:
            os.link(tmp, path)
            return True
        except FileExistsError:
            return False
        except OSError:  # no hard links on this file system
            pass
    finally:
        with suppress(OSError):
            tmp.unlink()
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return False
    try:
        os.write(fd, info.to_json().encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    return True


def _remove_stale_lock(path: Path, stale: LockInfo) -> None:
    """Move the stale lock out of the way; if another process replaced it in the meantime
    (it read the same stale lock and won the race), put that one back."""
    aside = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.lama")
    try:
        os.replace(path, aside)
    except FileNotFoundError:
        return
    current = _read_lock_file(aside)
    if current is not None and current != stale:
        with suppress(OSError):
            os.link(aside, path)  # fails if yet another lock exists: then that one stands
    with suppress(OSError):
        aside.unlink()


def acquire_lock(db_path: Path | str) -> LockInfo:
    """Take the single-writer lock of ``db_path``, or raise ``DatabaseInUse``."""
    db_path = Path(db_path)
    path = lock_path(db_path)
    mine = my_lock(db_path)
    for _attempt in range(5):
        try:
            if _create_lock(path, mine):
                return mine
        except OSError as exc:
            raise DatabaseProblem(
                f"Berkas kunci {path} tidak dapat dibuat ({exc.strerror or exc}). Folder basis "
                "data harus dapat ditulis; periksa izinnya atau buka hanya-baca.") from exc
        held = read_lock(db_path)
        if held is None:
            continue  # released meanwhile
        ours = (held.pid == mine.pid and held.host.lower() == mine.host.lower())
        if ours or lock_is_stale(held):
            _remove_stale_lock(path, held)
            continue
        since = _local_time_text(held.started_at)
        if held.host.lower() == mine.host.lower() and held.user == mine.user:
            raise DatabaseInUse(
                f"Basis data ini sedang dibuka di jendela Ujikon lain oleh {held.user} di "
                f"komputer ini ({held.host}){since}. Pakai jendela itu atau tutup dulu; Anda "
                "juga dapat membukanya hanya-baca.",
                holder=held)
        raise DatabaseInUse(
            f"Basis data ini sedang dibuka oleh {held.where}{since}. Hanya satu orang yang "
            "boleh mengubahnya pada satu waktu. Anda dapat membukanya hanya-baca, atau minta "
            f"{held.user or 'pengguna itu'} menutup Ujikon lebih dulu.", holder=held)
    raise DatabaseInUse("Berkas kunci basis data terus berubah; coba lagi sebentar lagi.")


def _local_time_text(iso: str) -> str:
    try:
        when = datetime.fromisoformat(iso).astimezone()
    except ValueError:
        return ""
    return f" sejak {when:%d-%m-%Y %H:%M}"


def release_lock() -> None:
    """Remove this process's lock file (only if it is still ours)."""
    info = _state.lock
    _stop_heartbeat()
    _state.lock = None
    if info is None or info.path is None:
        return
    if _read_lock_file(info.path) == info:
        with suppress(OSError):
            info.path.unlink()


def _start_heartbeat(info: LockInfo) -> None:
    stop = threading.Event()
    _state.heartbeat_stop = stop
    path = info.path

    def beat() -> None:
        while not stop.wait(LOCK_HEARTBEAT_SECONDS):
            if _read_lock_file(path) != info:
                _state.lock_lost = True
                return
            with suppress(OSError):
                os.utime(path)

    threading.Thread(target=beat, name="ujikon-lock-heartbeat", daemon=True).start()


_exit_hook: list[bool] = []


def _release_at_exit() -> None:
    """A process that ends without ``close_database`` (a command-line task) still removes its
    lock file; only a killed process leaves one (taken over as stale)."""
    if not _exit_hook:
        atexit.register(release_lock)
        _exit_hook.append(True)


def _stop_heartbeat() -> None:
    if _state.heartbeat_stop is not None:
        _state.heartbeat_stop.set()
        _state.heartbeat_stop = None


# =============================================================================== network
NETWORK_FILESYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "9p", "ceph",
    "glusterfs", "lustre", "gpfs", "davfs", "fuse.sshfs", "fuse.glusterfs", "fuse.davfs2",
    "fuse.s3fs", "fuse.rclone", "fuse.smbnetfs",
})
DRIVE_REMOTE = 4  # GetDriveTypeW


def _windows_drive_type(root: str) -> int:  # pragma: no cover (Windows only)
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))


def _unescape_mount(text: str) -> str:
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), text)


def network_location(path: Path | str, *, platform: str | None = None,
                     mounts: str | None = None,
                     drive_type: Callable[[str], int] | None = None) -> str | None:
    """Describe where ``path`` is when that is a network folder, else None.

    Windows: a UNC path (``\\\\server\\share\\…``) or a drive letter whose type is
    DRIVE_REMOTE (a mapped network drive). Linux: the mount holding the path has a network
    file system type (``/proc/mounts``). ``platform``, ``mounts`` and ``drive_type`` are
    injectable for tests."""
    platform = platform or sys.platform
    text = str(path)
    if platform == sys.platform:  # the real thing: a relative path is on the current drive
        text = os.path.abspath(text)
    if platform == "win32":
        win = PureWindowsPath(text)
        if text.startswith(("\\\\?\\UNC\\", "//?/UNC/")):
            return f"folder jaringan {text}"
        if text.startswith(("\\\\?\\", "\\\\.\\", "//?/", "//./")):
            win = PureWindowsPath(text[4:])
        elif text.startswith(("\\\\", "//")):
            return f"folder jaringan {win.anchor.rstrip(chr(92)) or text}"
        drive = win.drive
        if len(drive) == 2 and drive[1] == ":":
            kind = (drive_type or _windows_drive_type)(drive.upper() + "\\")
            if kind == DRIVE_REMOTE:
                return f"drive jaringan {drive.upper()}"
        return None
    if not platform.startswith("linux"):
        return None
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    target = text
    best: tuple[str, str] | None = None
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point, fstype = _unescape_mount(parts[1]), parts[2]
        inside = (target == point or point == "/"
                  or target.startswith(point.rstrip("/") + "/"))
        if inside and (best is None or len(point) > len(best[0])):
            best = (point, fstype)
    if best is not None and best[1].lower() in NETWORK_FILESYSTEMS:
        return f"folder jaringan {best[0]} ({best[1]})"
    return None


# =============================================================================== file checks
@dataclass(frozen=True)
class FileInfo:
    """What a database file holds, read without changing it."""

    exists: bool
    empty: bool = False  # no tables yet (a new database)
    versions: frozenset[int] = frozenset()
    archive_year: int | None = None  # a yearly archive (setting arsip_tahunan)

    @property
    def version(self) -> int:
        return max(self.versions, default=0)

    @property
    def pending(self) -> list[int]:
        if not self.exists or self.empty:
            return []
        return [m.version for m in MIGRATIONS if m.version not in self.versions]


def _check_header(path: Path, size: int) -> None:
    try:
        with path.open("rb") as f:
            header = f.read(100)
    except OSError as exc:
        raise DatabaseProblem(
            f"Berkas basis data {path} tidak dapat dibaca ({exc.strerror or exc}). Periksa "
            "izin berkasnya atau pilih berkas lain.") from exc
    if not header.startswith(SQLITE_HEADER):
        raise DatabaseProblem(
            f"Berkas {path} bukan basis data Ujikon (bukan berkas SQLite) atau sudah rusak. "
            "Berkas itu tidak diubah. Pilih berkas lain atau pulihkan dari cadangan.")
    if len(header) < 100:
        raise DatabaseProblem(
            f"Berkas basis data {path} terpotong ({size} bita). Pulihkan dari cadangan.")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    counter_valid = header[24:28] == header[92:96]
    wal = path.with_name(path.name + "-wal")
    wal_has_frames = wal.exists() and wal.stat().st_size > 32
    if counter_valid and pages and not wal_has_frames and size < pages * page_size:
        raise DatabaseProblem(
            f"Berkas basis data {path} terpotong: ukurannya {size:,} bita, seharusnya "
            f"{pages * page_size:,} bita. Berkas itu tidak diubah. Pulihkan dari cadangan "
            "terakhir (Berkas → Pulihkan).".replace(",", "."))


def read_only_uri(path: Path) -> str | None:
    """A ``mode=ro`` URI for a local path, or None (UNC paths: use query_only alone)."""
    p = Path(os.path.abspath(path))
    if sys.platform == "win32":  # pragma: no cover (Windows only)
        if str(p).startswith("\\\\"):
            return None
        return "file:///" + urllib.parse.quote(p.as_posix(), safe="/:") + "?mode=ro"
    return "file:" + urllib.parse.quote(str(p), safe="/") + "?mode=ro"


def connect_read_only(path: Path, timeout: float = 10.0) -> sqlite3.Connection:
    """A plain sqlite3 connection that cannot write ``path`` (for checks and backups)."""
    uri = read_only_uri(path)
    if uri is not None:
        conn = sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None,
                               check_same_thread=False)
    else:  # pragma: no cover (Windows UNC)
        conn = sqlite3.connect(str(path), timeout=timeout, isolation_level=None,
                               check_same_thread=False)
    conn.execute("PRAGMA query_only = 1")
    return conn


def connect_for_reading(path: Path, timeout: float = 10.0) -> sqlite3.Connection:
    """A plain sqlite3 connection to a live database that does not write to it: a normal
    connection kept from writing by query_only (unlike ``mode=ro`` it removes the -wal/-shm
    it created when it closes); ``mode=ro`` when the folder is not writable."""
    conn: sqlite3.Connection | None = None
    try:
        conn = sqlite3.connect(str(path), timeout=timeout, isolation_level=None,
                               check_same_thread=False)
        conn.execute("PRAGMA query_only = 1")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.Error:
        if conn is not None:
            conn.close()
        return connect_read_only(path, timeout)


def inspect_file(path: Path | str) -> FileInfo:
    """Read what ``path`` is without changing it; raise ``DatabaseProblem`` when it is not a
    usable Ujikon database (not SQLite, truncated, corrupt, another program's database)."""
    path = Path(path)
    if not path.exists():
        return FileInfo(exists=False)
    if path.is_dir():
        raise DatabaseProblem(f"{path} adalah folder, bukan berkas basis data.")
    size = path.stat().st_size
    if size == 0:
        return FileInfo(exists=True, empty=True)
    _check_header(path, size)
    try:
        conn = connect_for_reading(path)
    except sqlite3.Error as exc:
        raise DatabaseProblem(
            f"Berkas basis data {path} tidak dapat dibuka: "
            f"{translate_message(exc)}") from exc
    try:
        tables = {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        tables = {t for t in tables if not t.startswith("sqlite_")}
        if not tables:
            return FileInfo(exists=True, empty=True)
        if not {"case", "setting"} <= tables:
            raise DatabaseProblem(
                f"Berkas {path} adalah basis data SQLite, tetapi bukan basis data Ujikon. "
                "Berkas itu tidak diubah. Pilih berkas lain.")
        versions = frozenset({1})
        if "schema_version" in tables:
            versions = frozenset(r[0] for r in conn.execute(
                "SELECT version FROM schema_version"))
        archive = conn.execute(
            "SELECT value FROM setting WHERE key = 'arsip_tahunan'").fetchone()
        year = None
        if archive is not None:
            with suppress(ValueError, TypeError):
                year = int(json.loads(archive[0])) if json.loads(archive[0]) else None
        return FileInfo(exists=True, versions=versions, archive_year=year)
    except sqlite3.Error as exc:
        raise DatabaseProblem(
            f"Berkas basis data {path} tidak dapat dibaca: {translate_message(exc)}") from exc
    finally:
        conn.close()


def translate_message(exc: BaseException) -> str:
    problem = translate_sqlite_error(exc)
    return problem.message if problem is not None else f"{exc}."


def check_not_newer(info: FileInfo, path: Path) -> None:
    newest = current_schema_version()
    unknown = sorted(v for v in info.versions if v > newest)
    if unknown:
        raise DatabaseProblem(
            f"Basis data {path} dibuat oleh versi Ujikon yang lebih baru (skema versi "
            f"{max(unknown)}; aplikasi ini mengenal sampai versi {newest}). Perbarui Ujikon "
            "di komputer ini lebih dulu. Berkas itu tidak diubah.")


# =============================================================================== copies
def sqlite_copy(source: Path, target: Path) -> None:
    """Copy the database at ``source`` to ``target`` through SQLite's online backup API, in one
    step (a consistent snapshot even while another connection writes). The copy uses a
    rollback journal (no -wal beside it) and appears under ``target`` only when complete."""
    target = Path(target)
    part = target.with_name(target.name + ".part")
    with suppress(FileNotFoundError):
        part.unlink()
    src = connect_for_reading(Path(source))
    try:
        dst = sqlite3.connect(str(part), isolation_level=None)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    except BaseException:
        with suppress(OSError):
            part.unlink()
        raise
    finally:
        src.close()
    os.replace(part, target)


def migration_copy_path(db_path: Path, version: int) -> Path:
    return db_path.with_name(f"{db_path.name}.sebelum-migrasi-v{version}.sqlite")


# =============================================================================== open / close
def open_database(path: Path | str, read_only: bool = False, *,
                  take_lock: bool = True) -> SqliteDatabase:
    """Open (creating if needed) the database at ``path`` and make it the active one.

    Writable (the default): takes the lock file (``DatabaseInUse`` if another process holds
    it), copies the file before pending migrations, runs them, and loads the first-run
    reference data (OPD list, Pasal 17, settings). A yearly archive always opens read-only.

    ``read_only=True``: the file must exist and be up to date; nothing is written to it, no
    lock is taken. ``take_lock=False``: open for writing without the lock file (a short
    command-line task next to a running window; refuses pending migrations if another
    process holds the lock).

    Every problem with the file raises a ``DatabaseProblem`` (a ``UserError``) and leaves the
    file as it was.
    """
    from app import refdata

    path = Path(path)
    close_database()
    if read_only:
        return _open_read_only(path, "dibuka hanya-baca")
    if not path.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseProblem(
                f"Folder {path.parent} tidak dapat dibuat ({exc.strerror or exc}). Pilih "
                "folder lain.") from exc
    lock: LockInfo | None = None
    holder: LockInfo | None = None
    if take_lock:
        lock = acquire_lock(path)
    else:
        holder = read_lock(path)
        if holder is not None and lock_is_stale(holder):
            holder = None
    try:
        info = inspect_file(path)
        check_not_newer(info, path)
        if info.archive_year is not None:
            release_lock_file(lock)
            lock = None
            return _open_read_only(path, f"arsip tahunan {info.archive_year}")
        if info.exists and not _writable(path):
            problem = DatabaseProblem(f"{UNWRITABLE_MESSAGE}\n\nBerkas: {path}")
            problem.can_open_read_only = True
            raise problem
        if info.pending and holder is not None:
            raise DatabaseInUse(
                f"Basis data perlu dimutakhirkan ke versi skema {current_schema_version()}, "
                f"tetapi sedang dibuka oleh {holder.where}. Tutup Ujikon di sana dulu.",
                holder=holder)
        copy = None
        if info.pending:
            copy = migration_copy_path(path, info.pending[0])
            try:
                sqlite_copy(path, copy)
            except (OSError, sqlite3.Error) as exc:
                raise DatabaseProblem(
                    f"Basis data perlu dimutakhirkan, tetapi salinan pengamannya ({copy}) tidak "
                    f"dapat dibuat: {exc}. Berkas itu tidak diubah. Kosongkan ruang disk atau "
                    "periksa izin foldernya.") from exc
        network = network_location(path)
        pragmas = dict(PRAGMAS)
        if network is not None:
            pragmas["journal_mode"] = "delete"
        db = UjikonDatabase(str(path), pragmas=pragmas, lock_type="IMMEDIATE")
        database.initialize(db)
        _state.read_only, _state.read_only_reason = False, ""
        db.connect(reuse_if_open=True)
        try:
            migrate_schema(db)
        except UserError:
            raise
        except Exception as exc:
            if not info.pending:
                raise
            raise MigrationFailed(
                f"Pemutakhiran basis data ke versi skema {current_schema_version()} gagal: "
                f"{exc}\n\nBerkas basis data tidak diubah (masih versi {info.version}). "
                f"Salinan sebelum pemutakhiran ada di:\n{copy}\n\nSampaikan pesan ini kepada "
                "pengelola aplikasi.", copy=copy) from exc
        refdata.ensure_reference_data()
    except BaseException as exc:
        _close_connection()
        release_lock_file(lock)
        if isinstance(exc, (peewee.DatabaseError, sqlite3.DatabaseError)):
            problem = translate_sqlite_error(exc) or DatabaseProblem(
                f"Basis data {path} tidak dapat dibuka: {exc}")
            raise problem from exc
        if isinstance(exc, OSError):
            raise DatabaseProblem(
                f"Basis data {path} tidak dapat dibuka: {exc.strerror or exc}.") from exc
        raise
    _state.path, _state.network, _state.lock, _state.lock_lost = path, network, lock, False
    if lock is not None:
        _start_heartbeat(lock)
        _release_at_exit()
    return db


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def release_lock_file(lock: LockInfo | None) -> None:
    if lock is None or lock.path is None:
        return
    if _read_lock_file(lock.path) == lock:
        with suppress(OSError):
            lock.path.unlink()


def _open_read_only(path: Path, reason: str) -> SqliteDatabase:
    if not path.is_file():
        raise DatabaseProblem(f"Berkas basis data {path} tidak ditemukan. Pilih berkas lain.")
    info = inspect_file(path)
    if info.empty:
        raise DatabaseProblem(f"Berkas {path} kosong; tidak ada yang dapat ditampilkan.")
    check_not_newer(info, path)
    if info.pending:
        raise DatabaseProblem(
            f"Basis data {path} memakai skema versi {info.version}, lebih lama dari aplikasi "
            f"ini (versi {current_schema_version()}), sehingga tidak dapat dibuka hanya-baca. "
            "Salin berkasnya, lalu buka salinan itu secara biasa agar dimutakhirkan.")
    uri = read_only_uri(path)
    pragmas = {"query_only": 1, "foreign_keys": 1, "busy_timeout": 10000,
               "cache_size": -32000}
    if uri is not None:
        db = UjikonDatabase(uri, pragmas=pragmas, uri=True)
    else:  # pragma: no cover (Windows UNC)
        db = UjikonDatabase(str(path), pragmas=pragmas)
    database.initialize(db)
    _state.read_only, _state.read_only_reason = True, reason
    try:
        db.connect(reuse_if_open=True)
        db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        _close_connection()
        _state.read_only, _state.read_only_reason = False, ""
        raise
    _state.path, _state.network, _state.lock = path, network_location(path), None
    return db


def _close_connection() -> None:
    if database.obj is not None and not database.is_closed():
        with suppress(peewee.OperationalError):  # a transaction left open by a failure
            if database.in_transaction():
                database.rollback()
        database.close()


def close_database(release: bool = True) -> None:
    """Close the active database (the last connection checkpoints the WAL into the file) and,
    unless ``release`` is False, remove its lock file."""
    _close_connection()
    if release:
        release_lock()
        _state.path = None
        _state.network = None
        _state.read_only, _state.read_only_reason = False, ""


def open_for_reading(path: Path | str) -> SqliteDatabase:
    """Open an existing database for a reading task (``check``, ``verify``, an archive) while
    a window may have it open: read-only, unless its schema is older than this app and nobody
    holds it, in which case it is brought up to date first (opened for writing, no lock
    file). Raises ``DatabaseProblem`` for a missing or unusable file."""
    path = Path(path)
    if not path.is_file():
        raise DatabaseProblem(f"Basis data {path} tidak ditemukan.")
    info = inspect_file(path)
    if info.pending:
        return open_database(path, take_lock=False)
    return open_database(path, read_only=True)
