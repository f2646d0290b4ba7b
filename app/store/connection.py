"""The peewee database of an open file: its pragmas, the SQLite errors it translates, and
what it carries while it is open (``DatabaseInfo``, the lock handle).

SQLite settings and why:
- WAL: readers (the case list) never block the writer.
- synchronous=FULL: office PCs lose power; a committed case must survive it.
- foreign_keys=ON: no orphan rows.
- cache_size 8 MB a connection (``CACHE_KIB``).
- temp_store=memory: the TEMP table of rows to re-seal (``app.store.seals``) and a long
  job's TEMP tables are written by a trigger for every row; in memory, not a temp file.
- wal_autocheckpoint 1000 pages (SQLite's own default, said here because a long job turns it
  off for its commit and back on: ``WAL_AUTOCHECKPOINT_PAGES``, ``app.store.checkpoint``).
- BEGIN IMMEDIATE for every transaction: two processes never interleave a read-then-write
  (register numbers are read and incremented inside one transaction).

Every query, BEGIN and COMMIT goes through ``UjikonDatabase``, so the translation of SQLite
errors about the file into ``DatabaseProblem`` / ``ReadOnlyDatabase`` happens in this one
place. A database opened read-only knows why (``read_only_reason``), so a write it refuses
names that reason.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import peewee
from peewee import SqliteDatabase

from app.location import ServerAddress
from app.store.errors import translate_sqlite_error
from app.store.lock import LockHandle
from app.store.seals import Sealer

WRITES = ("INSERT", "UPDATE", "DELETE", "REPLAC")
# SQLite's own page cache, per connection (the window's, each worker's): 8 MB. The case list
# is as fast with 8 as with 32 MB (the operating system keeps the file's pages in memory
# anyway: bench/case_list.py), and 32 MB a connection was 31 of the 46 MiB a database of
# 100,000 cases added to the window (bench/memory.py). A long job asks for more while it runs
# (app.calendar_service).
CACHE_KIB = -8000
# The commit that finds this many pages in the WAL copies them into the file (a checkpoint).
WAL_AUTOCHECKPOINT_PAGES = 1000

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "full",
    "busy_timeout": 10000,
    "cache_size": CACHE_KIB,
    "temp_store": "memory",  # the rows to re-seal (TEMP), noted by a trigger per write
    "wal_autocheckpoint": WAL_AUTOCHECKPOINT_PAGES,
}
# A read-only database: no journal mode to set (that would write), writes refused by SQLite.
READ_ONLY_PRAGMAS = {
    "query_only": 1,
    "foreign_keys": 1,
    "busy_timeout": 10000,
    "cache_size": CACHE_KIB,
}


@dataclass(frozen=True)
class DatabaseInfo:
    """What the opened database is, as ``open_database`` found it."""

    path: Path
    read_only: bool
    read_only_reason: str  # Indonesian, e.g. "arsip tahunan 2025"; "" when writable
    network: str | None  # where it is when that is a network folder (``network_location``)
    network_warning: str | None  # the full text the window shows, or None
    archive_year: int | None  # a yearly archive of that year
    schema_version: int
    migrated: tuple[int, ...] = ()  # the migrations this open applied
    migration_copy: Path | None = None  # the copy made before migrating
    server: ServerAddress | None = None  # a PostgreSQL server (``path`` then names its database)

    @property
    def where(self) -> str:
        """Where the database is, as a message names it: the file, or the server."""
        return self.server.shown if self.server is not None else str(self.path)


class UjikonDatabase(SqliteDatabase):
    """``SqliteDatabase`` whose SQLite errors that mean "the file" (full disk, I/O error,
    corrupt, read-only) arrive as ``DatabaseProblem`` / ``ReadOnlyDatabase``.

    ``read_only_reason``: why the file is opened read-only, None when it is opened for
    writing. ``info`` and ``lock_handle`` are set by ``open_database`` once the file is open
    and cleared by ``close_database``. ``office_key`` and ``sealer`` (``app.signing.office.
    attach``): the key it is written with, and the row seals kept current at every commit
    (``app.store.seals``), on every connection of every thread."""

    is_server = False  # a SQLite file (``app.store.server.ServerDatabase`` says True)

    def __init__(self, database, *args, read_only_reason: str | None = None, **kwargs):
        self.read_only_reason = read_only_reason
        self.info: DatabaseInfo | None = None
        self.lock_handle: LockHandle | None = None
        self.office_key: Any = None  # app.signing.keyfile.OfficeKey
        self.sealer: Sealer | None = None
        super().__init__(database, *args, **kwargs)

    def _initialize_connection(self, conn):  # peewee's own is empty
        if self.sealer is not None:
            self.sealer.install(conn)

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    @contextmanager
    def _translated(self) -> Iterator[None]:
        try:
            yield
        except (peewee.DatabaseError, sqlite3.DatabaseError) as exc:
            problem = translate_sqlite_error(exc, self.read_only_reason)
            if problem is None:
                raise
            raise problem from exc

    def execute_sql(self, sql, params=None):
        if sql.startswith("ROLLBACK TO SAVEPOINT") and not self.connection().in_transaction:
            return self.cursor()  # the transaction was already rolled back (see rollback)
        with self._translated():
            cursor = super().execute_sql(sql, params)
            if self.sealer is not None and sql.lstrip()[:6].upper() in WRITES:
                conn = self.connection()
                if not conn.in_transaction and self.sealer.pending(conn):
                    # A write outside a transaction (autocommit): seal it in one of its own.
                    conn.execute("BEGIN IMMEDIATE")
                    try:
                        self.sealer.flush(conn)
                        conn.execute("COMMIT")
                    except BaseException:
                        conn.execute("ROLLBACK")
                        raise
            return cursor

    def executemany(self, sql: str, rows: Any) -> Any:
        """One prepared statement for many rows (what ``ServerDatabase`` also offers)."""
        with self._translated():
            cursor = self.cursor()
            cursor.executemany(sql, rows)
            return cursor

    def begin(self, lock_type=None):
        if self.read_only:  # BEGIN IMMEDIATE is itself a write request
            lock_type = "DEFERRED"
        with self._translated():
            return super().begin(lock_type)

    def commit(self):
        with self._translated():
            if self.sealer is not None:
                conn = self.connection()
                if conn.in_transaction:
                    self.sealer.flush(conn)  # the rows this transaction changed
            return super().commit()

    def rollback(self):
        # SQLite rolls a transaction back by itself after SQLITE_FULL or an I/O error; a
        # second ROLLBACK would fail and hide the error that explains what happened.
        conn = None if self.is_closed() else self.connection()
        if conn is not None and not conn.in_transaction:
            return None
        with self._translated():
            return super().rollback()

    def connect(self, reuse_if_open=False):
        with self._translated():
            return super().connect(reuse_if_open)
