"""What differs between the two engines, asked by the rest of ``app/`` in one place: whether
the open database is a PostgreSQL server, and the few SQL expressions the two spell
differently. Every other query is written once and runs on both (``app.store.server``
translates SQLite's parameter style for psycopg).
"""

from __future__ import annotations

from typing import Any

from peewee import fn

from app.models import database


def on_server(db: Any = None) -> bool:
    """True when ``db`` (default: the open database) is a PostgreSQL server."""
    target = database.obj if db is None else db
    return bool(getattr(target, "is_server", False))


def contains(column: Any, word: str) -> Any:
    """``column`` contains ``word`` exactly (no wildcards, no case folding): SQLite's
    ``instr``, PostgreSQL's ``strpos``."""
    return (fn.strpos(column, word) if on_server() else fn.instr(column, word)) > 0


def like_pattern(word: str) -> str:
    """``%word%`` for ``LIKE … ESCAPE '\\'``, with the word's own wildcards escaped."""
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
