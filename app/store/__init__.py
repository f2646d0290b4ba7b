"""The store: opening and closing the SQLite database, and everything that knows it is SQLite.

Opening a file (``open_database``) checks it before anything is written, takes the
single-writer lock, copies the file before pending migrations, runs them in one transaction,
and loads the first-run reference data. It returns a ``DatabaseInfo`` describing what was
opened; ``current()`` gives the same description later (None when nothing is open). Nothing
about the open database is kept in this module: the live things (the description, the lock
and its heartbeat) belong to the database object ``app.models.database`` points at.

Reliability, and where each rule lives:
- One writer per file across processes: ``lock`` (``<db>.lock``, a heartbeat, stale locks
  from a crash taken over). A second process gets ``DatabaseInUse`` and may open the file
  read-only.
- A file on a network folder uses journal_mode=DELETE instead of WAL: ``network``.
- Pending migrations run in one transaction after a copy of the file is made beside it
  (``<db>.sebelum-migrasi-vN.sqlite``); a failure leaves the file as it was. A file from a
  newer Ujikon is refused before anything is written: ``migrations``, ``files``.
- A corrupt, foreign, missing, unwritable file, a full disk or an I/O error becomes a
  ``DatabaseProblem`` whose message says what to do: ``files``, ``errors``.
- Read-only mode (``open_database(path, read_only=True)``, and always for a yearly archive):
  the connection is opened with ``mode=ro`` and ``PRAGMA query_only``, migrations and seeding
  are skipped, and any write a service attempts surfaces as ``ReadOnlyDatabase``
  (``connection``). On read-only media, where ``mode=ro`` cannot open a WAL database, it is
  opened with ``immutable=1`` (``files.readable_uri``).
"""

from __future__ import annotations

import sqlite3
from contextlib import suppress
from pathlib import Path

import peewee

from app.errors import DatabaseInUse, DatabaseProblem, MigrationFailed, UserError
from app.location import as_target, is_server
from app.models import database
from app.store.connection import (
    PRAGMAS,
    READ_ONLY_PRAGMAS,
    DatabaseInfo,
    UjikonDatabase,
)
from app.store.errors import UNWRITABLE_MESSAGE, translate_message, translate_sqlite_error
from app.store.files import (
    SQLITE_HEADER,
    FileInfo,
    check_not_newer,
    connect_for_reading,
    connect_read_only,
    inspect_file,
    migration_copy_path,
    read_only_uri,
    readable_uri,
    sqlite_copy,
    writable,
)
from app.store.lock import (
    LockHandle,
    LockInfo,
    acquire_lock,
    lock_is_stale,
    lock_path,
    read_lock,
    release_lock_file,
)
from app.store.migrations import SchemaVersion, current_schema_version, migrate_schema
from app.store.network import network_location, network_warning
from app.store.schema_check import require_own_schema
from app.store.server import ServerDatabase

__all__ = [
    "SQLITE_HEADER",
    "DatabaseInfo",
    "FileInfo",
    "LockInfo",
    "SchemaVersion",
    "UjikonDatabase",
    "acquire_lock",
    "check_not_newer",
    "checkpoint",
    "close_database",
    "connect_for_reading",
    "connect_read_only",
    "current",
    "current_schema_version",
    "exists",
    "inspect_file",
    "is_server",
    "lock_is_stale",
    "lock_lost",
    "lock_path",
    "migrate_schema",
    "migration_copy_path",
    "network_location",
    "open_database",
    "open_for_reading",
    "read_lock",
    "read_only_uri",
    "readable_uri",
    "release_lock_file",
    "seal_pending",
    "sqlite_copy",
    "translate_message",
    "translate_sqlite_error",
]


def _active_database() -> UjikonDatabase | ServerDatabase | None:
    db = database.obj
    return db if isinstance(db, (UjikonDatabase, ServerDatabase)) else None


def current() -> DatabaseInfo | None:
    """What the active database is (path, read-only and why, network warning, archive year,
    schema version, migrations applied when it was opened); None when nothing is open."""
    db = _active_database()
    return db.info if db is not None else None


def lock_lost() -> bool:
    """True when another process has taken over this database's lock file while it was
    open (e.g. this computer slept for hours and someone else opened the file)."""
    db = _active_database()
    return db is not None and db.lock_handle is not None and db.lock_handle.lost


def open_database(
    path: Path | str,
    read_only: bool = False,
    *,
    take_lock: bool = True,
    adopt_key: bool = False,
    password: str | None = None,
) -> DatabaseInfo:
    """Open (creating if needed) the database at ``path`` and make it the active one.
    ``path`` may be a ``postgresql://`` URL: the server's database (``_open_server``;
    ``password``, when the server asks for one, typed at a prompt and never remembered).

    Writable (the default): takes the lock file (``DatabaseInUse`` if another process holds
    it), copies the file before pending migrations, runs them, and loads the first-run
    reference data (OPD list, Pasal 17, settings). A yearly archive always opens read-only.

    ``read_only=True``: the file must exist and be up to date; nothing is written to it, no
    lock is taken. ``take_lock=False``: open for writing without the lock file (a short
    command-line task next to a running window; refuses pending migrations if another
    process holds the lock). ``adopt_key=True``: open a database sealed with another office
    key without its key (``app.signing.office.adopt_foreign`` then adopts it).

    Every problem with the file raises a ``DatabaseProblem`` (a ``UserError``) and leaves the
    file as it was.
    """
    from app import refdata

    path = as_target(path)
    if is_server(path):
        return _open_server(str(path), read_only, password, adopt_key)
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
                "folder lain."
            ) from exc
    lock: LockInfo | None = None
    holder: LockInfo | None = None
    if take_lock:
        lock = acquire_lock(path)
    else:
        holder = read_lock(path)
        if holder is not None and lock_is_stale(holder):
            holder = None
    try:
        file = inspect_file(path)
        check_not_newer(file, path)
        if file.archive_year is not None:
            release_lock_file(lock)
            lock = None
            return _open_read_only(path, f"arsip tahunan {file.archive_year}")
        if file.exists and not writable(path):
            problem = DatabaseProblem(f"{UNWRITABLE_MESSAGE}\n\nBerkas: {path}")
            problem.can_open_read_only = True
            raise problem
        if file.pending and holder is not None:
            raise DatabaseInUse(
                f"Basis data perlu dimutakhirkan ke versi skema {current_schema_version()}, "
                f"tetapi sedang dibuka oleh {holder.where}. Tutup Ujikon di sana dulu.",
                holder=holder,
            )
        copy = None
        if file.pending:
            copy = migration_copy_path(path, file.pending[0])
            try:
                sqlite_copy(path, copy)
            except (OSError, sqlite3.Error) as exc:
                raise DatabaseProblem(
                    f"Basis data perlu dimutakhirkan, tetapi salinan pengamannya ({copy}) tidak "
                    f"dapat dibuat: {exc}. Berkas itu tidak diubah. Kosongkan ruang disk atau "
                    "periksa izin foldernya."
                ) from exc
        network = network_location(path)
        pragmas = dict(PRAGMAS)
        if network is not None:
            pragmas["journal_mode"] = "delete"
        db = UjikonDatabase(str(path), pragmas=pragmas, lock_type="IMMEDIATE")
        database.initialize(db)
        db.connect(reuse_if_open=True)
        # A planted trigger would run inside the migrations: refused before them; the rest of
        # the schema once it is this version's (app.store.schema_check).
        require_own_schema(db.connection(), f"Basis data {path}", up_to_date=False)
        from app.signing.office import attach, before_migrations

        # Another office's file is refused before its migrations run (they would write).
        reseal = bool(set(file.pending) & sealing_versions())
        keys = None if adopt_key else before_migrations(db, str(path), reseal)
        try:
            migrated = migrate_schema(db)
        except UserError:
            raise
        except Exception as exc:
            if not file.pending:
                raise
            raise MigrationFailed(
                f"Pemutakhiran basis data ke versi skema {current_schema_version()} gagal: "
                f"{exc}\n\nBerkas basis data tidak diubah (masih versi {file.version}). "
                f"Salinan sebelum pemutakhiran ada di:\n{copy}\n\nSampaikan pesan ini kepada "
                "pengelola aplikasi.",
                copy=copy,
            ) from exc
        require_own_schema(db.connection(), f"Basis data {path}")
        if not adopt_key:
            # the office key and the row seals, before any other write
            attach(db, str(path), keys, migrated=bool(set(migrated) & sealing_versions()))
            refdata.ensure_reference_data()
    except BaseException as exc:
        _close_connection()
        release_lock_file(lock)
        if isinstance(exc, (peewee.DatabaseError, sqlite3.DatabaseError)):
            problem = translate_sqlite_error(exc) or DatabaseProblem(
                f"Basis data {path} tidak dapat dibuka: {exc}"
            )
            raise problem from exc
        if isinstance(exc, OSError):
            raise DatabaseProblem(
                f"Basis data {path} tidak dapat dibuka: {exc.strerror or exc}."
            ) from exc
        raise
    if lock is not None:
        db.lock_handle = LockHandle(lock)
        db.lock_handle.start()
    db.info = DatabaseInfo(
        path=path,
        read_only=False,
        read_only_reason="",
        network=network,
        network_warning=network_warning(network) if network is not None else None,
        archive_year=None,
        schema_version=current_schema_version(),
        migrated=tuple(migrated),
        migration_copy=copy,
    )
    return db.info


def _open_server(
    url: str, read_only: bool, password: str | None, adopt_key: bool = False
) -> DatabaseInfo:
    """Open a PostgreSQL server's database: a new (empty) one gets the schema of this
    version and the reference data; an existing one its pending migrations, in one
    transaction (PostgreSQL rolls DDL back too). A database from a newer Ujikon is refused
    before anything is written."""
    from app import refdata
    from app.store import search_index
    from app.store.server import server_database

    close_database()
    reason = "dibuka hanya-baca" if read_only else None
    db = server_database(url, password, reason)
    database.initialize(db)
    migrated: list[int] = []
    try:
        db.connect(reuse_if_open=True)
        where = f"Basis data {db.address.shown}"
        # A planted trigger or function would run inside the migrations: refused first; the
        # rest of the schema once it is this version's (app.store.schema_check).
        require_own_schema(db.connection(), where, up_to_date=False)
        version = _server_version(db)
        if version > current_schema_version():
            raise DatabaseProblem(
                f"Basis data di server {db.address.shown} dibuat oleh Ujikon yang lebih baru "
                f"(skema versi {version}; aplikasi ini versi {current_schema_version()}). "
                "Pasang Ujikon versi terbaru di komputer ini."
            )
        if read_only:
            if version < current_schema_version():
                raise DatabaseProblem(
                    f"Basis data di server {db.address.shown} memakai skema versi {version}, "
                    f"lebih lama dari aplikasi ini (versi {current_schema_version()}), sehingga "
                    "tidak dapat dibuka hanya-baca. Buka sekali secara biasa dulu agar "
                    "dimutakhirkan."
                )
            require_own_schema(db.connection(), where)
        else:
            from app.signing.office import attach, before_migrations

            pending = set(range(version + 1, current_schema_version() + 1)) if version else set()
            reseal = bool(pending & sealing_versions())
            keys = None if adopt_key else before_migrations(db, db.address.shown, reseal)
            try:
                migrated = migrate_schema(db)
            except UserError:
                raise
            except Exception as exc:
                if not pending:
                    raise
                from app.store.server import FOREIGN_KEY_VIOLATION, sqlstate

                why = (
                    f"migrasi merusak kunci asing ({exc})"
                    if sqlstate(exc) == FOREIGN_KEY_VIOLATION
                    else str(exc)
                )
                raise MigrationFailed(
                    f"Pemutakhiran basis data di server {db.address.shown} ke versi skema "
                    f"{current_schema_version()} gagal: {why}\n\nBasis data tidak diubah "
                    f"(masih versi {version}): PostgreSQL membatalkan seluruh pemutakhiran. "
                    "Sampaikan pesan ini kepada pengelola aplikasi.",
                    copy=None,
                ) from exc
            search_index.renew_server_order_indexes(db)  # as a stop-25 server lacks them
            require_own_schema(db.connection(), where)
            if not adopt_key:
                # the office key and the row seals, before any other write
                attach(
                    db, db.address.shown, keys, migrated=bool(set(migrated) & sealing_versions())
                )
                refdata.ensure_reference_data()
    except BaseException:
        _close_connection()
        raise
    db.info = server_info(db, read_only, reason or "", tuple(migrated))
    return db.info


def server_info(
    db: ServerDatabase, read_only: bool = False, reason: str = "", migrated: tuple = ()
) -> DatabaseInfo:
    """What an open server database is (``path`` names only its database there)."""
    return DatabaseInfo(
        path=Path(db.address.dbname or "ujikon"),
        read_only=read_only,
        read_only_reason=reason,
        network=None,
        network_warning=None,
        archive_year=None,
        schema_version=current_schema_version(),
        migrated=migrated,
        server=db.address,
    )


def _server_version(db: ServerDatabase) -> int:
    """The newest schema version a server database records (0: none yet)."""
    if not db.table_exists("schema_version"):
        return 0
    row = db.execute_sql("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def exists(path: Path | str) -> bool:
    """Whether there is a database at ``path``: the file exists; a server's URL is taken
    as there (opening it says whether it is)."""
    target = as_target(path)
    return is_server(target) or Path(target).is_file()


def seal_pending() -> None:
    """Seal the rows the open transaction has written so far (``app.store.seals``; the commit
    seals the rest): a long job writing many rows seals them a chunk at a time."""
    db = _active_database()
    if db is not None and db.sealer is not None:
        db.sealer.flush(db.connection())


def checkpoint() -> None:
    """Copy what the write-ahead log holds into the file now, on this thread's connection: a
    passive checkpoint, which waits for no reader and blocks no writer (SQLite does the same
    at a commit that finds ``WAL_AUTOCHECKPOINT_PAGES`` in the log). A long change leaves
    its checkpoint to this, run after its result is shown (``app.calendar_service``); a
    server keeps no such log in a file of ours: nothing to do."""
    db = _active_database()
    if db is not None and not db.is_server and not db.read_only:
        db.execute_sql("PRAGMA wal_checkpoint(PASSIVE)")


def sealing_versions() -> set[int]:
    """The migrations that may change a sealed table (``Migration.touches_sealed``)."""
    from app.store import schema_versions

    return {m.version for m in schema_versions.MIGRATIONS if m.touches_sealed}


def _open_read_only(path: Path, reason: str) -> DatabaseInfo:
    if not path.is_file():
        raise DatabaseProblem(f"Berkas basis data {path} tidak ditemukan. Pilih berkas lain.")
    file = inspect_file(path)
    if file.empty:
        raise DatabaseProblem(f"Berkas {path} kosong; tidak ada yang dapat ditampilkan.")
    check_not_newer(file, path)
    if file.pending:
        raise DatabaseProblem(
            f"Basis data {path} memakai skema versi {file.version}, lebih lama dari aplikasi "
            f"ini (versi {current_schema_version()}), sehingga tidak dapat dibuka hanya-baca. "
            "Salin berkasnya, lalu buka salinan itu secara biasa agar dimutakhirkan."
        )
    uri = readable_uri(path)  # with immutable=1 on read-only media (a CD, a locked stick)
    if uri is not None:
        db = UjikonDatabase(uri, pragmas=READ_ONLY_PRAGMAS, uri=True, read_only_reason=reason)
    else:  # pragma: no cover (Windows UNC)
        db = UjikonDatabase(str(path), pragmas=READ_ONLY_PRAGMAS, read_only_reason=reason)
    database.initialize(db)
    try:
        db.connect(reuse_if_open=True)
        db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
        require_own_schema(db.connection(), f"Basis data {path}")
    except BaseException:
        _close_connection()
        raise
    network = network_location(path)
    db.info = DatabaseInfo(
        path=path,
        read_only=True,
        read_only_reason=reason,
        network=network,
        network_warning=network_warning(network) if network is not None else None,
        archive_year=file.archive_year,
        schema_version=file.version,
    )
    return db.info


def _close_connection() -> None:
    if database.obj is not None and not database.is_closed():
        with suppress(peewee.OperationalError):  # a transaction left open by a failure
            if database.in_transaction():
                database.rollback()
        database.close()


def close_database(release: bool = True) -> None:
    """Close the active database (the last connection checkpoints the WAL into the file) and,
    unless ``release`` is False, stop its lock's heartbeat (joining the thread) and remove its
    lock file. ``release=False`` keeps the lock, so nobody opens the file until it is opened
    again (a restore replacing the file)."""
    _close_connection()
    db = _active_database()
    if release and db is not None:
        if db.lock_handle is not None:
            db.lock_handle.release()
            db.lock_handle = None
        db.info = None


def open_for_reading(path: Path | str) -> DatabaseInfo:
    """Open an existing database for a reading task (``check``, ``verify``, an archive) while
    a window may have it open: read-only, unless its schema is older than this app and nobody
    holds it, in which case it is brought up to date first (opened for writing, no lock
    file). Raises ``DatabaseProblem`` for a missing or unusable file. A server database is
    opened as it is (its migrations run when a window or ``server siapkan`` opens it)."""
    target = as_target(path)
    if is_server(target):
        return open_database(target, read_only=True)
    path = Path(target)
    if not path.is_file():
        raise DatabaseProblem(f"Basis data {path} tidak ditemukan.")
    file = inspect_file(path)
    if file.pending:
        return open_database(path, take_lock=False)
    return open_database(path, read_only=True)
