"""What a database file holds, read over a plain sqlite3 connection: its tables and their row
counts, its schema version, a setting, its integrity. Backups, their verification and yearly
archives describe and check files with these."""

from __future__ import annotations

import sqlite3
from typing import TypeVar

from app.settings import SettingSpec, decode

T = TypeVar("T")


def tables(conn: sqlite3.Connection) -> list[str]:
    return [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"
        )
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
