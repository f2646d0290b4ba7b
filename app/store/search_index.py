"""The search index of the case list: an FTS5 table with the trigram tokenizer over
``case.search_text`` (an external-content index: the text is stored once, in ``case``), kept
in step by three triggers Ujikon creates with it.

A word of three or more characters is looked up in the index (any substring of three or more
characters is a sequence of trigrams), then confirmed with ``instr`` on the stored text, so
the result is exactly "the text contains the word" whatever the tokenizer folds; a shorter
word is looked for with ``instr`` alone. These are the only triggers Ujikon creates, and
``app.store.schema_check`` compares each one's SQL with this module's, so a trigger planted
under one of their names is still refused.
"""

from __future__ import annotations

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


def create(db: Database) -> None:
    """Create the index and its triggers (unless there), and fill it from the cases there.
    SQLite stores each statement without its IF NOT EXISTS, as ``schema_check`` compares."""
    for sql in STATEMENTS:
        db.execute_sql(sql)
    db.execute_sql(f"INSERT INTO {TABLE}({TABLE}) VALUES ('rebuild')")


def phrase(word: str) -> str:
    """``word`` as one FTS5 phrase (quotes doubled), so no character is query syntax."""
    return '"' + word.replace('"', '""') + '"'
