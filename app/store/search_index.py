"""The case list's indexes: its search index, and one index per sort order.

The search index: an FTS5 table with the trigram tokenizer over
``case.search_text`` (an external-content index: the text is stored once, in ``case``), kept
in step by three triggers Ujikon creates with it.

A word of three or more characters is looked up in the index (any substring of three or more
characters is a sequence of trigrams), then confirmed with ``instr`` on the stored text, so
the result is exactly "the text contains the word" whatever the tokenizer folds. A word of
one or two ASCII characters has no trigram of its own, but every place it stands in a text
but the last one or two characters begins a trigram of that text: the index's vocabulary
(``fts5vocab``) lists those trigrams by their first characters, and two small indexes of each
text's last one and two characters (``SUFFIX_INDEXES``) find the rest (``short_word_ids``);
any other word is looked for with ``instr`` alone. These are the only triggers Ujikon creates, and
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

from peewee import Database, DatabaseProxy

TABLE = "case_cari"
MIN_INDEXED = 3  # trigram: shorter words cannot be looked up in the index
VOCABULARY = "case_cari_kosakata"  # TEMP: the index's trigrams, each with its case count

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


# name → the expression of "case" it holds: a text's last one and two characters, where a word
# of one or two characters can stand without beginning a trigram (schema version 10; a file
# without them looks for such words with ``instr``, as before).
SUFFIX_INDEXES = {
    "case_cari_akhir_1": "substr(search_text, -1)",
    "case_cari_akhir_2": "substr(search_text, -2)",
}

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
    create_suffix_indexes(db)


def create_suffix_indexes(db: Database) -> None:
    """``SUFFIX_INDEXES`` (schema version 10) on a file: about 0.2 s at 100,000 cases. A
    server has none (``pg_trgm`` serves its words)."""
    if getattr(db, "is_server", False):
        return
    for name, expression in SUFFIX_INDEXES.items():
        db.execute_sql(f'CREATE INDEX IF NOT EXISTS "{name}" ON "case" ({expression})')


def _has_suffix_indexes(db: Database | DatabaseProxy) -> bool:
    found = db.execute_sql(
        "SELECT count(*) FROM main.sqlite_master WHERE type = 'index' AND name IN (?, ?)",
        tuple(SUFFIX_INDEXES),
    ).fetchone()[0]
    return bool(found == len(SUFFIX_INDEXES))


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


def _ascii_successor(prefix: str) -> str:
    """The least text above every text that begins with the ASCII ``prefix`` (in SQLite's
    and FTS5's byte order): its last character's successor."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def short_word_ids(db: Database | DatabaseProxy, word: str, most: int) -> list[int] | None:
    """The ids of the cases whose search text may contain ``word`` (one or two ASCII
    characters), at most ``most`` of them, found through the index: the caller confirms with
    ``app.store.engine.contains``. None when more cases may contain it, and when the word or
    the database cannot be looked up so (a longer or non-ASCII word, a server, a file without
    ``SUFFIX_INDEXES``): then the caller reads the texts themselves.

    Where ``word`` stands in a text, it either begins a trigram there (the tokenizer keeps
    ASCII as it is: the index's vocabulary lists that trigram between ``word`` and its
    successor, which tells how many cases hold it before any is read) or it lies within the
    text's last two characters (``SUFFIX_INDEXES``). A word of two characters there is those
    two; one of one character is the last one or begins the last two."""
    if (
        not 0 < len(word) < MIN_INDEXED
        or not word.isascii()
        or getattr(db, "is_server", False)
        or not _has_suffix_indexes(db)
    ):
        return None
    db.execute_sql(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{VOCABULARY} USING fts5vocab(main, {TABLE}, row)"
    )
    above = _ascii_successor(word)
    terms: list[str] = []
    holding = 0
    cursor = db.execute_sql(
        f"SELECT term, doc FROM temp.{VOCABULARY} WHERE term >= ? AND term < ?", (word, above)
    )
    try:
        for term, cases in cursor:
            terms.append(term)
            holding += cases
            if holding > most:  # too common: its cases are found in the list's own order
                return None
    finally:
        cursor.close()
    parts, params = [], []
    if terms:
        parts.append(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH ?")
        params.append(" OR ".join(fts_phrase(term) for term in terms))
    last_two = SUFFIX_INDEXES["case_cari_akhir_2"]
    if len(word) == 2:
        parts.append(f'SELECT id FROM "case" WHERE {last_two} = ?')
        params.append(word)
    else:
        parts.append(f'SELECT id FROM "case" WHERE {SUFFIX_INDEXES["case_cari_akhir_1"]} = ?')
        parts.append(f'SELECT id FROM "case" WHERE {last_two} >= ? AND {last_two} < ?')
        params += [word, word, above]
    rows = db.execute_sql(f"{' UNION '.join(parts)} LIMIT {int(most) + 1}", params).fetchall()
    return None if len(rows) > most else [row[0] for row in rows]
