"""The database file itself, read without changing it: what it holds (``inspect_file``),
whether it is usable at all (header, truncation, another program's database, a newer
schema), plain sqlite3 connections that cannot write it, and consistent copies of it.

Every check here runs before ``open_database`` writes anything, so a corrupt, foreign,
truncated or too-new file is refused with a ``DatabaseProblem`` and left exactly as it was;
an existing file is never replaced by an empty database.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
import urllib.parse
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from app.errors import DatabaseProblem
from app.store.errors import primary_code, translate_message
from app.store.migrations import current_schema_version, pending_versions
from app.text import format_number

SQLITE_HEADER = b"SQLite format 3\x00"
EMPTY_FILE_MESSAGE = (
    "Berkas basis data {path} kosong (0 bita), padahal basis data Ujikon tidak pernah kosong: "
    "mungkin salinannya terputus atau berkasnya terhapus isinya. Berkas itu tidak diubah dan "
    "tidak dijadikan basis data baru. Bila seharusnya berisi data, pulihkan dari cadangan "
    "(Berkas → Pulihkan atau main.py restore). Bila Anda memang ingin memulai basis data baru, "
    "hapus berkas kosong itu atau pilih nama berkas yang belum ada."
)


@dataclass(frozen=True)
class FileInfo:
    """What a database file holds, read without changing it."""

    exists: bool
    empty: bool = False  # a SQLite file without tables yet (a first open cut short)
    versions: frozenset[int] = frozenset()
    archive_year: int | None = None  # a yearly archive (setting arsip_tahunan)

    @property
    def version(self) -> int:
        return max(self.versions, default=0)

    @property
    def pending(self) -> list[int]:
        if not self.exists or self.empty:
            return []
        return pending_versions(self.versions)


def _check_header(path: Path, size: int) -> None:
    try:
        with path.open("rb") as f:
            header = f.read(100)
    except OSError as exc:
        raise DatabaseProblem(
            f"Berkas basis data {path} tidak dapat dibaca ({exc.strerror or exc}). Periksa "
            "izin berkasnya atau pilih berkas lain."
        ) from exc
    if not header.startswith(SQLITE_HEADER):
        raise DatabaseProblem(
            f"Berkas {path} bukan basis data Ujikon (bukan berkas SQLite) atau sudah rusak. "
            "Berkas itu tidak diubah. Pilih berkas lain atau pulihkan dari cadangan."
        )
    if len(header) < 100:
        raise DatabaseProblem(
            f"Berkas basis data {path} terpotong ({size} bita). Pulihkan dari cadangan."
        )
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    counter_valid = header[24:28] == header[92:96]
    wal = path.with_name(path.name + "-wal")
    wal_has_frames = wal.exists() and wal.stat().st_size > 32
    if counter_valid and pages and not wal_has_frames and size < pages * page_size:
        raise DatabaseProblem(
            f"Berkas basis data {path} terpotong: ukurannya {format_number(size)} bita, "
            f"seharusnya {format_number(pages * page_size)} bita. Berkas itu tidak diubah. "
            "Pulihkan dari cadangan terakhir (Berkas → Pulihkan)."
        )


def read_only_uri(path: Path, *, immutable: bool = False) -> str | None:
    """A ``mode=ro`` URI for a local path (with ``immutable=1`` when asked), or None (Windows
    UNC paths: use query_only alone)."""
    p = Path(os.path.abspath(path))
    query = "?mode=ro&immutable=1" if immutable else "?mode=ro"
    if sys.platform == "win32":  # pragma: no cover (Windows only)
        if str(p).startswith("\\\\"):
            return None
        return "file:///" + urllib.parse.quote(p.as_posix(), safe="/:") + query
    return "file:" + urllib.parse.quote(str(p), safe="/") + query


def location_writable(path: Path) -> bool:
    """Whether a file can be made beside ``path`` (SQLite's ``-shm`` or ``-journal``).

    POSIX: ``os.access`` on the folder, which also answers False on a read-only mount (a CD,
    a write-protected flash drive, a share mounted read-only). Windows: ``os.access`` sees
    neither folder permissions nor a drive's write protection, so a small probe file is made
    there and removed; this is only asked after SQLite itself could not open the file."""
    folder = Path(os.path.abspath(path)).parent
    if sys.platform == "win32":
        return _probe_writable(folder)
    return os.access(folder, os.W_OK)


def _probe_writable(folder: Path) -> bool:  # pragma: no cover (used on Windows only)
    """Whether a file can be made in ``folder``, by making one and removing it."""
    try:
        fd, probe = tempfile.mkstemp(prefix=".ujikon-uji-tulis-", dir=folder)
    except OSError:
        return False
    os.close(fd)
    with suppress(OSError):
        os.unlink(probe)
    return True


def _unmerged_changes(path: Path) -> Path | None:
    """A ``-wal`` with frames or a non-empty ``-journal`` beside ``path``: changes that an
    immutable connection would not see (it reads the main file alone)."""
    for suffix, empty in (("-wal", 32), ("-journal", 0)):
        side = path.with_name(path.name + suffix)
        with suppress(OSError):
            if side.stat().st_size > empty:
                return side
    return None


def readable_uri(path: Path) -> str | None:
    """The URI to read ``path`` by without writing it: ``mode=ro``, or ``mode=ro&immutable=1``
    when ``mode=ro`` cannot open it because its folder cannot be written (read-only media).

    A database in WAL mode (as Ujikon keeps it) needs its ``-shm`` file even to be read;
    where none exists and none can be made (a CD, a write-protected flash drive, an archive
    share), ``mode=ro`` fails with SQLITE_CANTOPEN. ``immutable=1`` tells SQLite the file
    cannot change, so it reads without locks or side files. That is true of such media, but
    the main file is then read alone: a ``-wal`` or ``-journal`` beside it that holds changes
    would be skipped, so such a copy is refused with a message instead. Where ``mode=ro``
    opens the file (a writable folder, a copy with its ``-shm`` and ``-wal``, a file in
    rollback-journal mode) it is used, with SQLite's locks. None for a Windows UNC path,
    which is opened by name with query_only (Ujikon keeps a network database in
    rollback-journal mode, which needs no side file to be read)."""
    uri = read_only_uri(path)
    if uri is None:  # pragma: no cover (Windows UNC)
        return None
    conn: sqlite3.Connection | None = None
    try:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return uri
    except sqlite3.Error as exc:
        if primary_code(exc) not in (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_READONLY):
            return uri  # opening it again reports the error as usual
        if location_writable(path):
            return uri
        side = _unmerged_changes(path)
        if side is not None:
            raise DatabaseProblem(
                f"Basis data {path} tidak dapat dibaca di tempatnya: foldernya tidak dapat "
                f"ditulis (CD, flashdisk yang dikunci, atau folder bersama hanya-baca), dan "
                f"berkas {side.name} di sampingnya memuat perubahan yang belum digabung ke "
                "berkas utama. Salin berkas basis data beserta berkas itu ke folder yang dapat "
                "ditulis (misalnya disk komputer ini), lalu buka salinannya."
            ) from exc
        return read_only_uri(path, immutable=True)
    finally:
        if conn is not None:
            conn.close()


def connect_read_only(path: Path, timeout: float = 10.0) -> sqlite3.Connection:
    """A plain sqlite3 connection that cannot write ``path`` (for checks and backups); on
    read-only media opened ``immutable`` (``readable_uri``)."""
    uri = readable_uri(path)
    if uri is not None:
        conn = sqlite3.connect(
            uri, uri=True, timeout=timeout, isolation_level=None, check_same_thread=False
        )
    else:  # pragma: no cover (Windows UNC)
        conn = sqlite3.connect(
            str(path), timeout=timeout, isolation_level=None, check_same_thread=False
        )
    conn.execute("PRAGMA query_only = 1")
    return conn


def connect_for_reading(path: Path, timeout: float = 10.0) -> sqlite3.Connection:
    """A plain sqlite3 connection to a live database that does not write to it: a normal
    connection kept from writing by query_only (unlike ``mode=ro`` it removes the -wal/-shm
    it created when it closes); ``mode=ro`` when the folder is not writable, ``immutable``
    on read-only media (``connect_read_only``)."""
    conn: sqlite3.Connection | None = None
    try:
        conn = sqlite3.connect(
            str(path), timeout=timeout, isolation_level=None, check_same_thread=False
        )
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
        # SQLite would take a zero-byte file for a new database, and a backup of it would
        # "succeed" empty. An Ujikon database is never zero bytes (its first open writes the
        # header and the tables), so this is a file cut short: a new database is made only
        # where no file exists.
        raise DatabaseProblem(EMPTY_FILE_MESSAGE.format(path=path))
    _check_header(path, size)
    try:
        conn = connect_for_reading(path)
    except sqlite3.Error as exc:
        raise DatabaseProblem(
            f"Berkas basis data {path} tidak dapat dibuka: {translate_message(exc)}"
        ) from exc
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        tables = {t for t in tables if not t.startswith("sqlite_")}
        if not tables:
            return FileInfo(exists=True, empty=True)
        if not {"case", "setting"} <= tables:
            raise DatabaseProblem(
                f"Berkas {path} adalah basis data SQLite, tetapi bukan basis data Ujikon. "
                "Berkas itu tidak diubah. Pilih berkas lain."
            )
        versions = frozenset({1})
        if "schema_version" in tables:
            versions = frozenset(r[0] for r in conn.execute("SELECT version FROM schema_version"))
        # Imported here: the store is below every other package, this is its one setting.
        from app.settings import ARSIP_TAHUNAN, decode

        archive = conn.execute(
            "SELECT value FROM setting WHERE key = ?", (ARSIP_TAHUNAN.key,)
        ).fetchone()
        year = decode(ARSIP_TAHUNAN, None if archive is None else archive[0])
        return FileInfo(exists=True, versions=versions, archive_year=year)
    except sqlite3.Error as exc:
        raise DatabaseProblem(
            f"Berkas basis data {path} tidak dapat dibaca: {translate_message(exc)}"
        ) from exc
    finally:
        conn.close()


def check_not_newer(info: FileInfo, path: Path) -> None:
    """Refuse a file whose schema is newer than this app knows (before anything is written)."""
    newest = current_schema_version()
    unknown = sorted(v for v in info.versions if v > newest)
    if unknown:
        raise DatabaseProblem(
            f"Basis data {path} dibuat oleh versi Ujikon yang lebih baru (skema versi "
            f"{max(unknown)}; aplikasi ini mengenal sampai versi {newest}). Perbarui Ujikon "
            "di komputer ini lebih dulu. Berkas itu tidak diubah."
        )


def writable(path: Path) -> bool:
    """Whether the file and its folder (for the journal and the lock) can be written."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


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
    """Where the copy made before migrating ``db_path`` to ``version`` goes."""
    return db_path.with_name(f"{db_path.name}.sebelum-migrasi-v{version}.sqlite")
