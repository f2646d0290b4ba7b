"""What a database file holds, read over a plain sqlite3 connection: its tables and their row
counts, its schema version, a setting, its integrity. Backups, their verification and yearly
archives describe and check files with these."""

from __future__ import annotations

import json
import sqlite3
from typing import Any


def tables(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")]


def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
            for t in tables(conn)}


def schema_version(conn: sqlite3.Connection) -> int:
    try:
        return conn.execute("SELECT max(version) FROM schema_version").fetchone()[0] or 1
    except sqlite3.OperationalError:
        return 1


def setting(conn: sqlite3.Connection, key: str, default: Any) -> Any:
    try:
        row = conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
        return default if row is None else json.loads(row[0])
    except (sqlite3.Error, ValueError, TypeError):
        return default


def integrity(conn: sqlite3.Connection) -> str:
    """``PRAGMA integrity_check``: "ok", or its first ten problems."""
    rows = conn.execute("PRAGMA integrity_check").fetchall()
    return "\n".join(str(r[0]) for r in rows[:10])
