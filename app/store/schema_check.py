"""Anything in a database's schema that Ujikon did not create.

Ujikon creates tables and indexes, and three triggers only: those that keep the case
list's search index in step (``app.store.search_index``), each compared by its SQL; never a
view. A trigger planted in a backup ("turn every Tim Pertimbangan role into admin") would
run inside Ujikon's own writes, and a view or an extra table is data no check of Ujikon
reads; a file that holds one was made or changed by another tool and is refused where it is
opened or restored, with a message naming each object.

The expected schema is the one Ujikon itself would create now (its models, the
``schema_version`` table and the search index, made in memory), by kind and name, and for a
trigger by its SQL; SQLite's own objects
(``sqlite_*``) are its business. An index on a known table with a name Ujikon does not use is
foreign too: an index can carry a function of someone else's.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from functools import cache

from app.errors import DatabaseProblem


@dataclass(frozen=True)
class SchemaObject:
    kind: str  # table, index, trigger, view
    name: str
    table: str

    @property
    def text(self) -> str:
        words = {"table": "tabel", "index": "indeks", "trigger": "trigger", "view": "view"}
        what = f"{words.get(self.kind, self.kind)} {self.name}"
        return what if self.kind == "table" or not self.table else f"{what} (pada {self.table})"


@cache
def _expected() -> dict[tuple[str, str], str]:
    """(kind, name) → SQL of every object a database Ujikon creates now holds."""
    from peewee import SqliteDatabase

    from app.models import ALL_MODELS
    from app.store import search_index
    from app.store.migrations import SchemaVersion

    memory = SqliteDatabase(":memory:")
    models = [*ALL_MODELS, SchemaVersion]
    with memory.bind_ctx(models):
        memory.create_tables(models)
        search_index.create(memory)
        rows = memory.execute_sql(
            "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
        ).fetchall()
    memory.close()
    return {(kind, name): sql or "" for kind, name, sql in rows}


def expected_objects() -> frozenset[tuple[str, str]]:
    """(kind, name) of every table, index and trigger a database Ujikon creates now holds."""
    return frozenset(_expected())


NEVER_CREATED = ("trigger", "view")


def _ours(kind: str, name: str, sql: str | None, up_to_date: bool) -> bool:
    expected = _expected()
    if kind == "trigger":  # the same name is not enough: the same statement
        return expected.get((kind, name)) == (sql or "")
    if kind in NEVER_CREATED:
        return False
    return not up_to_date or (kind, name) in expected


def foreign_objects(conn: sqlite3.Connection, up_to_date: bool = True) -> list[SchemaObject]:
    """The objects of ``conn``'s main schema that Ujikon would not have created.
    ``up_to_date=False`` (a file of an older schema, before its migrations): only triggers
    and views, since its tables and indexes may be those of the older version."""
    rows = conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master "
        "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
    ).fetchall()
    return [SchemaObject(k, n, t) for k, n, t, sql in rows if not _ours(k, n, sql, up_to_date)]


def foreign_objects_problem(
    conn: sqlite3.Connection, where: str, up_to_date: bool = True
) -> DatabaseProblem | None:
    """The refusal for a database holding foreign objects (``where``: the file, in words),
    or None."""
    found = foreign_objects(conn, up_to_date)
    if not found:
        return None
    shown = ", ".join(o.text for o in found[:8]) + (" …" if len(found) > 8 else "")
    return DatabaseProblem(
        f"{where} memuat objek skema yang tidak dibuat oleh Ujikon: {shown}. Berkas seperti ini "
        "telah diubah dengan alat lain (sebuah trigger dapat mengubah data diam-diam setiap "
        "kali Ujikon menulis), sehingga tidak dibuka. Pakai cadangan lain, atau minta "
        "pengelola aplikasi memeriksa berkas ini."
    )


def require_own_schema(conn: sqlite3.Connection, where: str, up_to_date: bool = True) -> None:
    problem = foreign_objects_problem(conn, where, up_to_date)
    if problem is not None:
        raise problem
