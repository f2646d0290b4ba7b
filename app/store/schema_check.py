"""Anything in a database's schema that Ujikon did not create.

Ujikon creates tables and indexes, and three triggers only: those that keep the case
list's search index in step (``app.store.search_index``), each compared by its SQL; never a
view. A trigger planted in a backup ("turn every Tim Pertimbangan role into admin") would
run inside Ujikon's own writes, and a view or an extra table is data no check of Ujikon
reads; a file that holds one was made or changed by another tool and is refused where it is
opened or restored, with a message naming each object.

On a PostgreSQL server (``_server_foreign``) the same rule reads the catalog of the
database's schema: Ujikon creates the model tables and their indexes (the primary keys'
too), the ``case_cari`` GIN index and the order indexes (``app.store.search_index``), the
sequences of its tables' ids, the function ``ujikon_catat_segel`` and one trigger
``segel_<table>`` per sealed table (``app.store.server_seals``), and the extension
``pg_trgm`` (with its functions). Anything else there, and anything that runs code inside
Ujikon's writes (a trigger, a rule, a row policy on its tables, an event trigger, another
extension), is foreign; the function and the triggers are compared by their definition, and
an index by its shape (plain columns, no expression nor condition), so one planted under
their names is refused too.

The expected schema is the one Ujikon itself would create now (its models, the
``schema_version`` table and the search index, made in memory), by kind and name, and for a
trigger by its SQL; SQLite's own objects
(``sqlite_*``) are its business. An index on a known table with a name Ujikon does not use is
foreign too: an index can carry a function of someone else's.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from functools import cache
from typing import Any

from app.errors import DatabaseProblem

WORDS = {
    "table": "tabel",
    "index": "indeks",
    "trigger": "trigger",
    "view": "view",
    "function": "fungsi",
    "sequence": "sequence",
    "type": "tipe data",
    "rule": "rule",
    "policy": "kebijakan baris",
    "extension": "ekstensi",
    "event trigger": "event trigger",
}


@dataclass(frozen=True)
class SchemaObject:
    kind: str  # table, index, trigger, view (on a server also: function, rule, …)
    name: str
    table: str

    @property
    def text(self) -> str:
        what = f"{WORDS.get(self.kind, self.kind)} {self.name}"
        return what if self.kind == "table" or not self.table else f"{what} (pada {self.table})"


@cache
def _made() -> tuple[tuple[str, str, str, str], ...]:
    """(kind, name, table, SQL) of every object a database Ujikon creates now holds."""
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
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
        ).fetchall()
    memory.close()
    return tuple((kind, name, table, sql or "") for kind, name, table, sql in rows)


@cache
def _expected() -> dict[tuple[str, str], str]:
    """(kind, name) → SQL of every object a database Ujikon creates now holds."""
    return {(kind, name): sql for kind, name, _table, sql in _made()}


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


def foreign_objects(conn: Any, up_to_date: bool = True) -> list[SchemaObject]:
    """The objects of ``conn``'s main schema (a server's: its current schema) that Ujikon
    would not have created. ``up_to_date=False`` (a file of an older schema, before its
    migrations): only triggers and views (on a server: whatever runs code), since its tables
    and indexes may be those of the older version."""
    if not isinstance(conn, sqlite3.Connection):
        return _server_foreign(conn, up_to_date)
    rows = conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master "
        "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
    ).fetchall()
    return [SchemaObject(k, n, t) for k, n, t, sql in rows if not _ours(k, n, sql, up_to_date)]


def foreign_objects_problem(
    conn: Any, where: str, up_to_date: bool = True
) -> DatabaseProblem | None:
    """The refusal for a database holding foreign objects (``where``: the file, in words),
    or None."""
    found = foreign_objects(conn, up_to_date)
    if not found:
        return None
    shown = ", ".join(o.text for o in found[:8]) + (" …" if len(found) > 8 else "")
    if not isinstance(conn, sqlite3.Connection):
        return DatabaseProblem(
            f"{where} memuat objek skema yang tidak dibuat oleh Ujikon: {shown}. Basis data "
            "itu telah diubah dengan alat lain (sebuah trigger dapat mengubah data diam-diam "
            "setiap kali Ujikon menulis), sehingga tidak dibuka. Minta pengelola server "
            "memeriksa dan menghapus objek itu, atau pulihkan cadangan yang sah."
        )
    return DatabaseProblem(
        f"{where} memuat objek skema yang tidak dibuat oleh Ujikon: {shown}. Berkas seperti ini "
        "telah diubah dengan alat lain (sebuah trigger dapat mengubah data diam-diam setiap "
        "kali Ujikon menulis), sehingga tidak dibuka. Pakai cadangan lain, atau minta "
        "pengelola aplikasi memeriksa berkas ini."
    )


def require_own_schema(conn: Any, where: str, up_to_date: bool = True) -> None:
    problem = foreign_objects_problem(conn, where, up_to_date)
    if problem is not None:
        raise problem


# ----------------------------------------------------------------------------- server
EXTENSIONS = frozenset({"plpgsql", "pg_trgm"})  # plpgsql: in every database, pg_catalog's


@cache
def _server_expected() -> tuple[frozenset[str], frozenset[str]]:
    """(tables, indexes) a server database of this version holds by name (the primary keys'
    indexes apart: those of a known table's PRIMARY KEY are its own)."""
    from app.models import ALL_MODELS
    from app.store.migrations import SchemaVersion
    from app.store.search_index import SERVER_ORDER_INDEXES, SUFFIX_INDEXES, TABLE

    tables = frozenset(m._meta.table_name for m in [*ALL_MODELS, SchemaVersion])
    # a file's indexes, but its suffix indexes (a server's trigram index serves short words)
    indexes = {name for kind, name in _expected() if kind == "index"} - set(SUFFIX_INDEXES)
    return tables, frozenset(indexes | set(SERVER_ORDER_INDEXES) | {TABLE})


def _note_function_body() -> str:
    from app.store.server_seals import _NOTE_FUNCTION_SQL

    found = re.search(r"\$body\$(.*)\$body\$", _NOTE_FUNCTION_SQL, re.DOTALL)
    assert found is not None
    return found.group(1)


def _rows(conn: Any, sql: str) -> list[tuple]:
    return list(conn.execute(sql).fetchall())


# Every query reads one schema, the one Ujikon's tables are in (``current_schema()``);
# objects that belong to an extension are the extension's (named once, as the extension).
_NOT_EXTENSION = (
    "NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '{catalog}'::regclass "
    "AND d.objid = {oid} AND d.deptype = 'e')"
)
_SCHEMA = "(SELECT oid FROM pg_namespace WHERE nspname = current_schema())"


def _server_foreign(conn: Any, up_to_date: bool) -> list[SchemaObject]:
    from app.store.seals import sealed_tables
    from app.store.server_seals import NOTE_FUNCTION

    tables, indexes = _server_expected()
    found: list[SchemaObject] = []
    not_ext = _NOT_EXTENSION.format(catalog="pg_class", oid="c.oid")
    relations = _rows(
        conn,
        "SELECT c.relkind, c.relname, coalesce(t.relname, ''), c.oid, "
        "  i.indexprs IS NULL AND i.indpred IS NULL, "
        "  EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = c.oid "
        "    AND k.contype = 'p' AND k.conrelid = i.indrelid), "
        "  coalesce(pg_get_indexdef(c.oid), ''), "
        "  (SELECT o.relname FROM pg_depend d JOIN pg_class o ON o.oid = d.refobjid "
        "    WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid "
        "    AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i') LIMIT 1) "
        "FROM pg_class c LEFT JOIN pg_index i ON i.indexrelid = c.oid "
        "LEFT JOIN pg_class t ON t.oid = i.indrelid "
        f"WHERE c.relnamespace = {_SCHEMA} AND c.relkind NOT IN ('t') AND {not_ext} "
        "ORDER BY c.relname",
    )
    for relkind, name, table, _oid, plain, primary, definition, owner in relations:
        if relkind in ("v", "m"):
            found.append(SchemaObject("view", name, ""))
        elif not up_to_date:
            continue
        elif relkind in ("r", "p", "f"):
            if name not in tables:
                found.append(SchemaObject("table", name, ""))
        elif relkind in ("i", "I"):
            if not _own_server_index(name, table, plain, primary, definition, tables, indexes):
                found.append(SchemaObject("index", name, table))
        elif relkind == "S":
            if owner not in tables:
                found.append(SchemaObject("sequence", name, ""))
        elif relkind == "c":
            found.append(SchemaObject("type", name, ""))
    if up_to_date:
        not_ext = _NOT_EXTENSION.format(catalog="pg_type", oid="t.oid")
        for (name,) in _rows(
            conn,
            "SELECT t.typname FROM pg_type t WHERE t.typnamespace = "
            f"{_SCHEMA} AND t.typtype IN ('e', 'd', 'r', 'm', 'b', 'p') "
            f"AND t.typrelid = 0 AND t.typelem = 0 AND {not_ext} ORDER BY 1",
        ):
            found.append(SchemaObject("type", name, ""))
    body = _note_function_body()
    not_ext = _NOT_EXTENSION.format(catalog="pg_proc", oid="p.oid")
    for name, language, source, args, result, definer, config in _rows(
        conn,
        "SELECT p.proname, l.lanname, p.prosrc, pg_get_function_identity_arguments(p.oid), "
        "p.prorettype::regtype::text, p.prosecdef, p.proconfig "
        "FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang "
        f"WHERE p.pronamespace = {_SCHEMA} AND {not_ext} ORDER BY 1",
    ):
        ours = (name, language, source, args, result, definer, config) == (
            NOTE_FUNCTION, "plpgsql", body, "", "trigger", False, None
        )  # fmt: skip
        if not ours:
            found.append(SchemaObject("function", name, ""))
    # Extension members that are not what the extension installs (a C function of pg_trgm
    # replaced by one in SQL keeps its membership).
    for (name,) in _rows(
        conn,
        "SELECT p.proname FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang "
        "JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid "
        "AND d.deptype = 'e' JOIN pg_extension e ON e.oid = d.refobjid "
        "WHERE e.extname = 'pg_trgm' AND l.lanname NOT IN ('c', 'internal') ORDER BY 1",
    ):
        found.append(SchemaObject("function", name, ""))
    for (name,) in _rows(conn, "SELECT extname FROM pg_extension ORDER BY 1"):
        if name not in EXTENSIONS:
            found.append(SchemaObject("extension", name, ""))
    sealed = set(sealed_tables())
    # Ujikon's trigger on a table, as the server prints it (pg_get_triggerdef), and the
    # key column it notes (the table's primary key); enabled as created (a disabled one
    # leaves Ujikon's own writes unsealed).
    expected = (
        "format('CREATE TRIGGER %I AFTER INSERT OR DELETE OR UPDATE ON %I.%I FOR EACH ROW "
        f"EXECUTE FUNCTION {NOTE_FUNCTION}(%L)', 'segel_' || c.relname, current_schema(), "
        "c.relname, (SELECT a.attname FROM pg_index i JOIN pg_attribute a "
        "ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey) "
        "WHERE i.indrelid = c.oid AND i.indisprimary LIMIT 1))"
    )
    for name, table, same in _rows(
        conn,
        f"SELECT g.tgname, c.relname, pg_get_triggerdef(g.oid) = {expected} "
        "AND g.tgenabled = 'O' "
        "FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid "
        f"WHERE NOT g.tgisinternal AND c.relnamespace = {_SCHEMA} ORDER BY 1",
    ):
        if not (name == f"segel_{table}" and (table in sealed or not up_to_date) and same):
            found.append(SchemaObject("trigger", name, table))
    for name, table in _rows(
        conn,
        "SELECT r.rulename, c.relname FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class "
        f"WHERE c.relnamespace = {_SCHEMA} AND c.relkind NOT IN ('v', 'm') ORDER BY 1",
    ):
        found.append(SchemaObject("rule", name, table))
    for name, table in _rows(
        conn,
        "SELECT p.polname, c.relname FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid "
        f"WHERE c.relnamespace = {_SCHEMA} ORDER BY 1",
    ):
        found.append(SchemaObject("policy", name, table))
    for (name,) in _rows(conn, "SELECT evtname FROM pg_event_trigger ORDER BY 1"):
        found.append(SchemaObject("event trigger", name, ""))
    return found


def _own_server_index(
    name: str,
    table: str,
    plain: bool,
    primary: bool,
    definition: str,
    tables: frozenset[str],
    indexes: frozenset[str],
) -> bool:
    from app.store.search_index import TABLE

    if table not in tables:
        return False
    if name == TABLE:  # the search index: GIN, pg_trgm's trigram class, the search text
        return (
            table == "case"
            and definition.endswith("USING gin (search_text gin_trgm_ops)")
            and " WHERE " not in definition
        )
    return plain and (primary or name in indexes)


def missing_objects(conn: Any) -> list[SchemaObject]:
    """What a server database of this version lacks of Ujikon's own: its tables, its
    indexes, the seal function and the seal triggers (a dropped unique index lets duplicate
    numbers in; a dropped trigger leaves Ujikon's writes unsealed)."""
    from app.store.seals import sealed_tables
    from app.store.server_seals import NOTE_FUNCTION

    tables, indexes = _server_expected()
    present = {
        (kind, name)
        for kind, name in _rows(
            conn,
            "SELECT CASE WHEN relkind IN ('i', 'I') THEN 'index' ELSE 'table' END, relname "
            f"FROM pg_class WHERE relnamespace = {_SCHEMA} AND relkind IN ('r', 'p', 'i', 'I')",
        )
    }
    present |= {
        ("trigger", name)
        for (name,) in _rows(
            conn,
            "SELECT g.tgname FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid "
            f"WHERE NOT g.tgisinternal AND c.relnamespace = {_SCHEMA}",
        )
    }
    present |= {
        ("function", name)
        for (name,) in _rows(conn, f"SELECT proname FROM pg_proc WHERE pronamespace = {_SCHEMA}")
    }
    wanted = [("table", t, "") for t in sorted(tables)]
    owners = {name: table for kind, name, table, _sql in _made() if kind == "index"}
    wanted += [("index", i, owners.get(i, "case")) for i in sorted(indexes)]
    wanted.append(("function", NOTE_FUNCTION, ""))
    wanted += [("trigger", f"segel_{t}", t) for t in sealed_tables()]
    return [SchemaObject(k, n, t) for k, n, t in wanted if (k, n) not in present]
