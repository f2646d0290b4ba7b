"""The case list's indexes: its search index, and one index per sort order.

The search index: an FTS5 table with the trigram tokenizer over
``case.search_text`` (an external-content index: the text is stored once, in ``case``), kept
in step by three triggers Ujikon creates with it.

A word of three or more characters is looked up in the index (any substring of three or more
characters is a sequence of trigrams), then confirmed with ``instr`` on the stored text, so
the result is exactly "the text contains the word" whatever the tokenizer folds; a shorter
word is looked for with ``instr`` alone. These are the only triggers Ujikon creates, and
``app.store.schema_check`` compares each one's SQL with this module's, so a trigger planted
under one of their names is still refused.

The order indexes (``ORDER_INDEXES``, schema version 8) give each sort of the list its order
as SQLite reads them, so the first page of 100,000 cases is read without sorting them
(``app.cases.listing._segments`` says which index serves which order); the number, the actor
and the due date already have theirs (``case_tahun_urut``, ``case_pelaksana``,
``case_batas_waktu``).

On a PostgreSQL server the same lookup is a GIN index with ``pg_trgm``'s trigram operator
class over ``case.search_text`` (``SERVER_STATEMENTS``): a word of three or more characters
is looked up with ``LIKE '%word%'`` (which that index serves), then confirmed with
``strpos``, so the result is the same "the text contains the word" (``matching``).
"""

from __future__ import annotations

from typing import Any

from peewee import Database

TABLE = "case_cari"
MIN_INDEXED = 3  # trigram: shorter words cannot be looked up in the index

STATEMENTS = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5(search_text, content='case', "
    "content_rowid='id', tokenize='trigram')",
    f'CREATE TRIGGER IF NOT EXISTS {TABLE}_ai AFTER INSERT ON "case" BEGIN '
    f"INSERT INTO {TABLE}(rowid, search_text) VALUES (new.id, new.search_text); END",
    f'CREATE TRIGGER IF NOT EXISTS {TABLE}_ad AFTER DELETE ON "case" BEGIN '
    f"INSERT INTO {TABLE}({TABLE}, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); END",
    f'CREATE TRIGGER IF NOT EXISTS {TABLE}_au AFTER UPDATE OF search_text ON "case" BEGIN '
    f"INSERT INTO {TABLE}({TABLE}, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); "
    f"INSERT INTO {TABLE}(rowid, search_text) VALUES (new.id, new.search_text); END",
)


# name → the columns of "case" it holds (SQLite appends the rowid, the case id, to each).
ORDER_INDEXES = {
    "case_status_batas_waktu": ("status", "batas_waktu"),  # most urgent first; by due date
    "case_status_tahap": ("status", "tahap"),  # by step
    "case_judul": ("judul",),  # by title
    "case_opd_id_tahun_urut": ("opd_id", "tahun", "urut"),  # by OPD (their names: opd_nama)
}


# On a server the same orders, as PostgreSQL reads them from an index: NULL first where a
# column may hold it (the list sorts NULL as SQLite does, ``listing._term``; PostgreSQL's
# indexes hold it last unless told), and the case id, the last term of every order, at the
# end (SQLite's indexes end with the rowid by themselves); ``case_batas_waktu_id`` serves the
# sort by due date. A server database set up before they were so (stop 25: NULL last, no id)
# gets them at its next writable open (``renew_server_order_indexes``); indexes only, so no
# schema version: a file, and every archive, stays as it is.
SERVER_ORDER_INDEXES = {
    "case_status_batas_waktu": '"status", "batas_waktu" NULLS FIRST, "id"',
    "case_status_tahap": '"status", "tahap", "id"',
    "case_judul": '"judul", "id"',
    "case_opd_id_tahun_urut": '"opd_id", "tahun", "urut", "id"',
    "case_batas_waktu_id": '"batas_waktu" NULLS FIRST, "id"',
}


# The server's index: pg_trgm is a "trusted" extension (PostgreSQL 13 and newer), which the
# owner of the database may create without being a superuser.
SERVER_STATEMENTS = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    f'CREATE INDEX IF NOT EXISTS {TABLE} ON "case" USING gin (search_text gin_trgm_ops)',
)


def create(db: Database) -> None:
    """Create the search index and its triggers (unless there), fill it from the cases
    there, and the order indexes. SQLite stores each statement without its IF NOT EXISTS,
    as ``schema_check`` compares."""
    if getattr(db, "is_server", False):
        for sql in SERVER_STATEMENTS:
            db.execute_sql(sql)
        create_order_indexes(db)
        return
    for sql in STATEMENTS:
        db.execute_sql(sql)
    db.execute_sql(f"INSERT INTO {TABLE}({TABLE}) VALUES ('rebuild')")
    create_order_indexes(db)


def create_order_indexes(db: Database) -> None:
    if getattr(db, "is_server", False):
        for name, listed in SERVER_ORDER_INDEXES.items():
            db.execute_sql(f'CREATE INDEX IF NOT EXISTS "{name}" ON "case" ({listed})')
        return
    for name, columns in ORDER_INDEXES.items():
        listed = ", ".join(f'"{c}"' for c in columns)
        db.execute_sql(f'CREATE INDEX IF NOT EXISTS "{name}" ON "case" ({listed})')


def renew_server_order_indexes(db: Database) -> bool:
    """On a server whose order indexes are not ``SERVER_ORDER_INDEXES`` (missing, or as
    stop 25 made them): made again, in one transaction. Whether anything was done."""
    rows = db.execute_sql(
        "SELECT indexname, indexdef FROM pg_indexes "
        "WHERE schemaname = current_schema() AND tablename = 'case'"
    ).fetchall()
    present = dict(rows)
    stale = [
        name
        for name, listed in SERVER_ORDER_INDEXES.items()
        if not present.get(name, "").endswith(f"({listed.replace(chr(34), '')})")
    ]
    if not stale:
        return False
    with db.atomic():
        for name in stale:
            db.execute_sql(f'DROP INDEX IF EXISTS "{name}"')
        create_order_indexes(db)
    return True


def fts_phrase(word: str) -> str:
    """``word`` as one FTS5 phrase (quotes doubled), so no character is query syntax."""
    return '"' + word.replace('"', '""') + '"'


def matching(word: str) -> Any:
    """The ids of the cases whose search text may contain ``word`` (three characters or
    more), found through the index; the caller confirms with ``app.store.engine.contains``."""
    from peewee import SQL

    from app.models import Case
    from app.store.engine import like_pattern, on_server

    if on_server():
        return Case.select(Case.id).where(
            SQL("search_text LIKE ? ESCAPE '\\'", [like_pattern(word)])
        )
    return SQL(f"(SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH ?)", [fts_phrase(word)])
