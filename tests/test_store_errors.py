"""SQLite errors about the database file become Indonesian ``DatabaseProblem``s, decided by
SQLite's result code (extended codes included), never by the English message; every other
SQLite error stays the caller's (a constraint) or a bug (bad SQL)."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import peewee
import pytest

from app import store
from app.errors import DatabaseProblem, ReadOnlyDatabase
from app.models import database
from app.store import close_database, translate_sqlite_error
from app.store.errors import FILE_PROBLEMS, UNWRITABLE_MESSAGE, primary_code


def raised(action: Callable[[], object]) -> sqlite3.Error:
    """The sqlite3 error ``action`` raises (it must raise one)."""
    with pytest.raises(sqlite3.Error) as caught:
        action()
    return caught.value


def wrapped_by_peewee(error: sqlite3.Error) -> peewee.DatabaseError:
    """``error`` as peewee hands it to the app (its ExceptionWrapper around every query)."""
    with pytest.raises(peewee.DatabaseError) as caught:
        with peewee.ExceptionWrapper(peewee.EXCEPTIONS):
            raise error
    return caught.value


def small_database(path: Path, rows: int = 0) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x TEXT UNIQUE)")
    conn.executemany("INSERT INTO t VALUES (?)", [(f"{i:03d}" + "a" * 100,) for i in range(rows)])
    conn.commit()
    conn.close()
    return path


# ----------------------------------------------------------------------------- real errors
def full_disk(tmp: Path) -> sqlite3.Error:
    conn = sqlite3.connect(small_database(tmp / "penuh.db"))
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages + 1}")

    def fill() -> None:
        for i in range(200):
            conn.execute("INSERT INTO t VALUES (?)", (f"{i}" + "z" * 4000,))

    return raised(fill)


def io_error(tmp: Path) -> sqlite3.Error:
    # A folder where SQLite expects the rollback journal: reading it fails with EISDIR,
    # which SQLite reports as SQLITE_IOERR_READ (an extended code of SQLITE_IOERR).
    path = small_database(tmp / "io.db")
    (tmp / "io.db-journal").mkdir()
    return raised(lambda: sqlite3.connect(path).execute("SELECT * FROM t").fetchall())


def corrupt_file(tmp: Path) -> sqlite3.Error:
    path = small_database(tmp / "rusak.db", rows=200)
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page : page + 8] = b"\xff" * 8  # the table's root page header
    path.write_bytes(bytes(data))
    return raised(lambda: sqlite3.connect(path).execute("SELECT count(*) FROM t").fetchall())


def not_a_database(tmp: Path) -> sqlite3.Error:
    path = tmp / "surat.db"
    path.write_bytes(b"Ini surat, bukan basis data.\n" * 200)
    return raised(lambda: sqlite3.connect(path).execute("SELECT * FROM sqlite_master").fetchall())


def cannot_open(tmp: Path) -> sqlite3.Error:
    return raised(lambda: sqlite3.connect(tmp / "tidak-ada" / "x.db").execute("SELECT 1"))


def busy(tmp: Path) -> sqlite3.Error:
    path = small_database(tmp / "sibuk.db")
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    other = sqlite3.connect(path, isolation_level=None, timeout=0)
    try:
        return raised(lambda: other.execute("BEGIN IMMEDIATE"))
    finally:
        holder.execute("ROLLBACK")


def read_only_file(tmp: Path) -> sqlite3.Error:
    path = small_database(tmp / "ro.db")
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    return raised(lambda: conn.execute("INSERT INTO t VALUES ('baru')"))


def query_only(tmp: Path) -> sqlite3.Error:
    conn = sqlite3.connect(small_database(tmp / "qo.db"))
    conn.execute("PRAGMA query_only = 1")
    return raised(lambda: conn.execute("INSERT INTO t VALUES ('baru')"))


FILE_ERRORS = [
    pytest.param(full_disk, sqlite3.SQLITE_FULL, "penuh", id="SQLITE_FULL"),
    pytest.param(io_error, sqlite3.SQLITE_IOERR, "baca/tulis disk", id="SQLITE_IOERR"),
    pytest.param(corrupt_file, sqlite3.SQLITE_CORRUPT, "rusak", id="SQLITE_CORRUPT"),
    pytest.param(not_a_database, sqlite3.SQLITE_NOTADB, "bukan basis data", id="SQLITE_NOTADB"),
    pytest.param(cannot_open, sqlite3.SQLITE_CANTOPEN, "tidak dapat dibuka", id="SQLITE_CANTOPEN"),
    pytest.param(busy, sqlite3.SQLITE_BUSY, "dikunci", id="SQLITE_BUSY"),
]


@pytest.mark.parametrize(("make", "code", "needle"), FILE_ERRORS)
def test_each_file_error_code_becomes_its_database_problem(tmp_path, make, code, needle):
    error = make(tmp_path)
    assert primary_code(error) == code
    for exc in (error, wrapped_by_peewee(error)):
        problem = translate_sqlite_error(exc)
        assert type(problem) is DatabaseProblem
        assert problem.message == FILE_PROBLEMS[code] and needle in problem.message


def test_an_extended_code_maps_through_its_primary_code(tmp_path):
    error = io_error(tmp_path)
    assert error.sqlite_errorcode != sqlite3.SQLITE_IOERR  # e.g. SQLITE_IOERR_READ (266)
    assert error.sqlite_errorname.startswith("SQLITE_IOERR_")
    assert translate_sqlite_error(error).message == FILE_PROBLEMS[sqlite3.SQLITE_IOERR]


def test_peewee_keeps_the_sqlite_error_it_wraps(tmp_path):
    error = full_disk(tmp_path)
    wrapped = wrapped_by_peewee(error)
    assert wrapped.orig is error and not isinstance(wrapped, sqlite3.Error)
    assert primary_code(wrapped) == sqlite3.SQLITE_FULL


@pytest.mark.parametrize("make", [read_only_file, query_only])
def test_a_refused_write_names_the_read_only_reason_or_suggests_read_only(tmp_path, make):
    error = make(tmp_path)
    assert primary_code(error) == sqlite3.SQLITE_READONLY
    for exc in (error, wrapped_by_peewee(error)):
        writable = translate_sqlite_error(exc)
        assert type(writable) is DatabaseProblem and writable.message == UNWRITABLE_MESSAGE
        assert writable.can_open_read_only
        refused = translate_sqlite_error(exc, "arsip tahunan 2025")
        assert isinstance(refused, ReadOnlyDatabase)
        assert refused.message == (
            "Basis data ini dibuka hanya-baca (arsip tahunan 2025); perubahan tidak dapat disimpan."
        )


# ----------------------------------------------------------------------------- not translated
def constraint_violation(tmp: Path) -> sqlite3.Error:
    conn = sqlite3.connect(small_database(tmp / "unik.db"))
    conn.execute("INSERT INTO t VALUES ('sama')")
    return raised(lambda: conn.execute("INSERT INTO t VALUES ('sama')"))


def syntax_error(tmp: Path) -> sqlite3.Error:
    return raised(lambda: sqlite3.connect(small_database(tmp / "sql.db")).execute("SELEC 1"))


def missing_table(tmp: Path) -> sqlite3.Error:
    return raised(
        lambda: sqlite3.connect(small_database(tmp / "tabel.db")).execute("SELECT * FROM tidak_ada")
    )


@pytest.mark.parametrize("make", [constraint_violation, syntax_error, missing_table])
def test_errors_that_are_not_about_the_file_are_not_translated(tmp_path, make):
    error = make(tmp_path)
    assert primary_code(error) in (sqlite3.SQLITE_CONSTRAINT, sqlite3.SQLITE_ERROR)
    assert translate_sqlite_error(error) is None
    assert translate_sqlite_error(wrapped_by_peewee(error)) is None


@pytest.mark.parametrize(
    "text", ["database or disk is full", "disk I/O error", "attempt to write a readonly database"]
)
def test_the_message_text_alone_decides_nothing(text):
    assert translate_sqlite_error(sqlite3.OperationalError(text)) is None  # no SQLite code


# ----------------------------------------------------------------------------- in the app
def test_bad_sql_through_the_database_stays_a_peewee_error(db, engine):
    # each driver's own class for a syntax error (DB-API's ProgrammingError; sqlite3 calls
    # every statement it cannot prepare an OperationalError)
    expected = peewee.ProgrammingError if engine == "postgresql" else peewee.OperationalError
    with pytest.raises(expected) as caught:
        database.execute_sql("SELEC 1")
    assert not isinstance(caught.value, DatabaseProblem)


def test_a_write_to_a_database_opened_read_only_names_its_reason(tmp_path):
    path = tmp_path / "t.db"
    store.open_database(path)
    close_database()
    store.open_database(path, read_only=True)
    try:
        with pytest.raises(ReadOnlyDatabase, match=r"hanya-baca \(dibuka hanya-baca\)"):
            database.execute_sql("DELETE FROM opd")
    finally:
        close_database()


@pytest.mark.sqlite_only  # the file's journal
@pytest.mark.skipif(os.name != "posix", reason="a folder as the journal is a POSIX trick")
def test_an_io_error_on_open_is_a_database_problem(tmp_path):
    path = tmp_path / "t.db"
    store.open_database(path)
    close_database()
    path.with_name(path.name + "-journal").mkdir()
    with pytest.raises(DatabaseProblem, match="baca/tulis disk"):
        store.open_database(path)
