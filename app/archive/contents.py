"""What a database file holds, read over a plain sqlite3 connection: its tables and their row
counts, its schema version, a setting, its integrity. Backups, their verification and yearly
archives describe and check files with these."""

from __future__ import annotations

import sqlite3
from typing import TypeVar

from app.settings import SettingSpec, decode

T = TypeVar("T")


def tables(conn: sqlite3.Connection) -> list[str]:
    """The tables that hold rows of their own: not a virtual table (the search index) nor the
    tables it keeps its index in (``case_cari_data``, …), which follow ``case`` by their
    triggers and are nobody's to count or delete from."""
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name"
    ).fetchall()
    virtual = [n for n, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL TABLE")]
    return [
        n
        for n, _sql in rows
        if n not in virtual and not any(n.startswith(v + "_") for v in virtual)
    ]


def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables(conn)}


def schema_version(conn: sqlite3.Connection) -> int:
    try:
        return conn.execute("SELECT max(version) FROM schema_version").fetchone()[0] or 1
    except sqlite3.OperationalError:
        return 1


def setting(conn: sqlite3.Connection, spec: SettingSpec[T]) -> T:
    """The setting as its declared type; its default when missing, unreadable or wrong."""
    try:
        row = conn.execute("SELECT value FROM setting WHERE key = ?", (spec.key,)).fetchone()
    except sqlite3.Error:
        row = None
    return decode(spec, None if row is None else row[0])


def integrity(conn: sqlite3.Connection) -> str:
    """``PRAGMA integrity_check``: "ok", or its first ten problems.

    It reads every page of the file and proves: every table and index is a well-formed
    b-tree (every page belongs to exactly one b-tree or the free list, none is missing, cells
    and records are well-formed, keys in order), NOT NULL and CHECK constraints hold, and
    **every index holds exactly the entries its table's rows call for** (UNIQUE indexes
    without duplicates). The last part looks every row up in every index: O(N log N)."""
    rows = conn.execute("PRAGMA integrity_check(10)").fetchall()
    return "\n".join(str(r[0]) for r in rows[:10])


def quick_integrity(conn: sqlite3.Connection) -> str:
    """``PRAGMA quick_check``: "ok", or its first ten problems.

    Everything ``integrity`` proves except that index *content* matches the table rows (and
    UNIQUE): every page of every table and index is read and checked as part of a sound
    b-tree, so a copy cut short, a page lost, doubled, overwritten or garbled, a record that
    cannot be read or a NOT NULL column holding NULL is caught. O(N): about a third of
    ``integrity``'s time on an Ujikon database."""
    rows = conn.execute("PRAGMA quick_check(10)").fetchall()
    return "\n".join(str(r[0]) for r in rows[:10])
