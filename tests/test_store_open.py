"""What ``open_database`` returns and ``current()`` reports: a ``DatabaseInfo`` describing the
opened file (writable or read-only and why, a yearly archive, a network folder, migrations
applied); and closing stops every thread the open started."""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from peewee import TextField
from playhouse.migrate import migrate

from app import store
from app.store import (
    DatabaseInfo,
    acquire_lock,
    close_database,
    current,
    current_schema_version,
    lock_lost,
    lock_path,
    schema_versions,
)
from app.store.lock import HEARTBEAT_THREAD_NAME, LockHandle, LockInfo
from app.store.schema_versions import Migration


def make_db(path: Path) -> Path:
    store.open_database(path)
    close_database()
    return path


def heartbeats() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == HEARTBEAT_THREAD_NAME and t.is_alive()]


@pytest.fixture
def closed_db(tmp_path) -> Path:
    return make_db(tmp_path / "ujikon.db")


def test_a_writable_open_describes_the_file_and_nothing_is_open_after_closing(tmp_path, engine):
    path = tmp_path / "baru.db"
    assert current() is None
    info = store.open_database(path)
    try:
        server = info.server if engine == "postgresql" else None  # the server's address
        assert (server is not None) == (engine == "postgresql")
        assert info == DatabaseInfo(
            path=Path(server.dbname) if server is not None else path,  # there: its name
            read_only=False,
            read_only_reason="",
            network=None,
            network_warning=None,
            archive_year=None,
            schema_version=current_schema_version(),
            migrated=(),
            migration_copy=None,
            server=server,
        )
        assert current() == info
        assert not lock_lost()
    finally:
        close_database()
    assert current() is None


def test_a_read_only_open_says_why(closed_db):
    info = store.open_database(closed_db, read_only=True)
    try:
        assert info.read_only and info.read_only_reason == "dibuka hanya-baca"
        assert info.archive_year is None and info.migrated == ()
        assert info.schema_version == current_schema_version()
        assert current() == info
        assert not lock_path(closed_db).exists()
    finally:
        close_database()
    assert current() is None


@pytest.mark.sqlite_only  # a yearly archive is a file, written here with sqlite3
def test_a_yearly_archive_always_opens_read_only_and_names_its_year(closed_db):
    conn = sqlite3.connect(closed_db)
    conn.execute(
        "INSERT OR REPLACE INTO setting (key, value) VALUES ('arsip_tahunan', ?)",
        (json.dumps(2025),),
    )
    conn.commit()
    conn.close()
    for read_only in (False, True):
        info = store.open_database(closed_db, read_only=read_only)
        try:
            assert info.read_only and info.archive_year == 2025
            expected = "arsip tahunan 2025" if not read_only else "dibuka hanya-baca"
            assert info.read_only_reason == expected
            assert not lock_path(closed_db).exists()
            assert not heartbeats()
        finally:
            close_database()


@pytest.mark.sqlite_only  # a file in a network folder
@pytest.mark.parametrize("read_only", [False, True])
def test_a_network_folder_is_described_with_the_warning_text(closed_db, monkeypatch, read_only):
    monkeypatch.setattr(store, "network_location", lambda path, **kw: "drive jaringan Z:")
    info = store.open_database(closed_db, read_only=read_only)
    try:
        assert info.network == "drive jaringan Z:"
        assert info.network_warning == store.network_warning("drive jaringan Z:")
        assert info.network_warning.startswith("Basis data berada di drive jaringan Z:.")
        assert current().network_warning == info.network_warning
    finally:
        close_database()


# the file brought up to date by a reading task, beside its copy (a server's reading task
# opens it read-only: its migrations run when a window or ``server siapkan`` opens it)
@pytest.mark.sqlite_only
def test_an_open_that_migrates_names_the_migrations_and_the_copy(closed_db, monkeypatch):
    version = schema_versions.MIGRATIONS[-1].version + 1
    monkeypatch.setattr(
        schema_versions,
        "MIGRATIONS",
        [
            *schema_versions.MIGRATIONS,
            Migration(
                version,
                "uji",
                lambda migrator, db: migrate(
                    migrator.add_column("opd", "catatan", TextField(default=""))
                ),
            ),
        ],
    )
    info = store.open_for_reading(closed_db)  # older schema, nobody holds it: brought up to date
    try:
        assert not info.read_only and info.migrated == (version,)
        assert info.schema_version == version
        assert info.migration_copy == closed_db.with_name(
            f"{closed_db.name}.sebelum-migrasi-v{version}.sqlite"
        )
        assert info.migration_copy.is_file()
    finally:
        close_database()
    info = store.open_database(closed_db)  # up to date now: nothing applied, no copy
    try:
        assert info.migrated == () and info.migration_copy is None
    finally:
        close_database()


@pytest.mark.sqlite_only  # the lock file beside the database file and its heartbeat
# ----------------------------------------------------------------------------- heartbeat
def test_closing_the_database_stops_and_joins_the_heartbeat_thread(closed_db):
    assert not heartbeats()
    store.open_database(closed_db)
    try:
        assert len(heartbeats()) == 1
        store.open_database(closed_db)  # reopening replaces the handle: still one heartbeat
        assert len(heartbeats()) == 1
    finally:
        close_database()
    assert not heartbeats()
    assert not lock_path(closed_db).exists()


@pytest.mark.sqlite_only  # the lock file beside the database file and its heartbeat
def test_read_only_and_lockless_opens_start_no_heartbeat(closed_db):
    for kwargs in ({"read_only": True}, {"take_lock": False}):
        store.open_database(closed_db, **kwargs)
        try:
            assert not heartbeats()
        finally:
            close_database()


@pytest.mark.sqlite_only  # the lock file beside the database file and its heartbeat
def test_closing_without_release_keeps_the_lock_and_its_heartbeat(closed_db):
    info = store.open_database(closed_db)
    close_database(release=False)
    try:
        assert lock_path(closed_db).exists() and len(heartbeats()) == 1
        assert current() == info
    finally:
        store.open_database(closed_db)
        close_database()
    assert not heartbeats() and not lock_path(closed_db).exists()


def wait_for(condition, seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.01)
    return condition()


@pytest.mark.sqlite_only  # the lock file beside the database file and its heartbeat
def test_the_heartbeat_touches_its_lock_and_notices_when_it_is_taken_over(closed_db):
    lock = acquire_lock(closed_db)
    path = lock_path(closed_db)
    old = time.time() - 3600
    os.utime(path, (old, old))
    handle = LockHandle(lock, interval=0.02)
    handle.start()
    try:
        assert wait_for(lambda: path.stat().st_mtime > old + 60)
        assert not handle.lost
        other = LockInfo("sari", "PC-SEKRETARIAT", 4242, "2026-01-05T01:00:00+00:00")
        path.write_text(other.to_json(), encoding="utf-8")
        assert wait_for(lambda: handle.lost)
    finally:
        handle.release()
    assert not heartbeats()
    assert json.loads(path.read_text(encoding="utf-8"))["user"] == "sari"  # not ours to remove


@pytest.mark.sqlite_only  # the lock file beside the database file and its heartbeat
def test_lock_lost_asks_the_open_databases_handle(closed_db, monkeypatch):
    monkeypatch.setattr(store.lock, "LOCK_HEARTBEAT_SECONDS", 0.02)
    store.open_database(closed_db)
    try:
        assert not lock_lost()
        other = LockInfo("sari", "PC-SEKRETARIAT", 4242, "2026-01-05T01:00:00+00:00")
        lock_path(closed_db).write_text(other.to_json(), encoding="utf-8")
        assert wait_for(lock_lost)
    finally:
        close_database()
    assert not lock_lost()
    assert lock_path(closed_db).exists()  # the other computer's lock stays
