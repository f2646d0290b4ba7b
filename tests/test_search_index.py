"""The case list's search through the trigram index gives exactly the cases whose search
text contains every word (issue "Instant at 100,000 cases"): compared on a generated
database with a plain Python filter, for words of every length, with LIKE's wildcards,
quotes and non-ASCII letters, after edits that change the text; and the index's own
triggers are the only ones Ujikon accepts, by their SQL."""

from __future__ import annotations

import random
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from app.calendar_service import current_calendar
from app.cases.listing import CaseFilter, Thresholds, query_case_ids
from app.demo import fill_demo
from app.errors import DatabaseProblem
from app.models import Case, database
from app.store import close_database, open_database


def reference(words: list[str]) -> set[int]:
    return {
        c.id
        for c in Case.select(Case.id, Case.search_text)
        if all(w in c.search_text for w in words)
    }


@pytest.fixture
def generated(db):
    fill_demo(cases=260, seed=11, documents=False)
    # texts the demo never writes: LIKE wildcards, quotes, letters outside ASCII
    odd = ["diskon 50% _tahap_ satu", 'kutipan "rahasia" negara', "ruang ǆemo ñandu ß", "a_b%c"]
    for case_id, text in zip((1, 2, 3, 4), odd, strict=True):
        Case.update(search_text=text).where(Case.id == case_id).execute()
    return Thresholds.compute(date(2026, 11, 25), current_calendar())


def test_search_results_are_exactly_the_cases_containing_every_word(generated):
    rng = random.Random(5)
    texts = [c.search_text for c in Case.select(Case.search_text)]
    queries = ["50%", "_", "_tahap_", "%", '"rahasia"', "ǆemo", "ß", "a_b%c", "zz", "x", "q"]
    for _ in range(120):
        text = rng.choice(texts)
        start = rng.randrange(max(1, len(text) - 1))
        queries.append(text[start : start + rng.choice((1, 2, 3, 4, 7, 12))].strip())
    queries += [f"{a} {b}" for a, b in zip(queries[::7], queries[3::7], strict=False)]
    for query in queries:
        words = query.lower().split()
        got = set(query_case_ids(CaseFilter(text=query), generated))
        assert got == reference(words), query


def test_the_index_follows_edits_of_the_search_text(generated):
    Case.update(search_text="teks baru tentang jembatan gantung").where(Case.id == 7).execute()
    assert query_case_ids(CaseFilter(text="jembatan gantung"), generated) == [7]
    Case.update(search_text="lain sama sekali").where(Case.id == 7).execute()
    assert query_case_ids(CaseFilter(text="jembatan"), generated) == []


@pytest.mark.sqlite_only  # SQLite's query plan of its FTS5 table (the server: pg_trgm's GIN)
def test_the_search_is_answered_from_the_index(generated):
    from app.cases.listing import SortKey, _filtered

    sql, params = _filtered(CaseFilter(text="rekam medis"), generated, SortKey.NUMBER).sql()
    plan = " ".join(
        str(r[-1]) for r in database.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
    )
    assert "case_cari VIRTUAL TABLE INDEX" in plan


@pytest.mark.sqlite_only  # the FTS5 index's triggers, planted in the file with sqlite3
def test_a_trigger_planted_under_the_index_s_name_is_refused(db):
    path = Path(database.database)
    close_database()
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER case_cari_au")
    conn.execute(
        'CREATE TRIGGER case_cari_au AFTER UPDATE OF search_text ON "case" BEGIN '
        "UPDATE userrole SET peran = 'admin'; END"
    )
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseProblem, match="trigger case_cari_au"):
        open_database(path)


# ----------------------------------------------------------------------------- short words
# Texts the demo never writes, with a word of one or two letters (none of the demo's) at the
# start, in the middle, within the last two characters, and as the whole text.
SHORT = {
    21: "qz di awal teks",
    22: "di tengah qz tengah",
    23: "hanya di akhir qz",
    24: "qz",
    25: "satu huruf q",
    26: "huruf kedua dari akhir qa",
    27: "q",
    28: "qwerty di awal",
    29: "kata wq",
}


@pytest.fixture
def short_words(generated):
    for case_id, text in SHORT.items():
        Case.update(search_text=text).where(Case.id == case_id).execute()
    return generated


@pytest.mark.sqlite_only  # the FTS5 vocabulary and the suffix indexes (a server: pg_trgm)
def test_a_rare_short_word_is_found_through_the_index_wherever_it_stands(short_words):
    from app.cases.listing import _narrowest
    from app.store.search_index import short_word_ids

    for word in ("qz", "q", "wq", "z", "w", "qa", "y"):
        ids = short_word_ids(database, word, 1000)
        assert ids is not None, word  # the index answered: no text was read
        expected = reference([word])
        assert expected <= set(ids), word
        assert set(query_case_ids(CaseFilter(text=word), short_words)) == expected, word
    assert reference(["qz"]) == {21, 22, 23, 24}
    # and the list takes those cases as its narrowest condition: sorted, no text scanned
    narrowest = _narrowest(CaseFilter(text="qz data"), short_words)
    assert (narrowest.key, sorted(narrowest.ids or [])) == ("kata:qz", [21, 22, 23, 24])
    assert reference(["q"]) == {21, 22, 23, 24, 25, 26, 27, 28, 29}


@pytest.mark.sqlite_only
def test_a_common_or_non_ascii_short_word_is_read_from_the_texts(short_words):
    from app.store.search_index import short_word_ids

    assert short_word_ids(database, "a", 50) is None  # in most cases: the list's own order
    assert short_word_ids(database, "ß", 1000) is None  # folded by the tokenizer its own way
    assert short_word_ids(database, "kata", 1000) is None  # the trigram index's word
    for word in ("a", "ß", "ka", "n"):
        assert set(query_case_ids(CaseFilter(text=word), short_words)) == reference([word])


@pytest.mark.sqlite_only  # the suffix indexes dropped with sqlite3
def test_a_file_without_the_suffix_indexes_searches_the_same(short_words):
    from app.store.search_index import SUFFIX_INDEXES, short_word_ids

    path = Path(database.database)
    expected = {w: reference([w]) for w in ("qz", "q", "a")}
    close_database()
    conn = sqlite3.connect(path)
    for name in SUFFIX_INDEXES:
        conn.execute(f'DROP INDEX "{name}"')
    conn.commit()
    conn.close()
    open_database(path, read_only=True)
    try:
        assert short_word_ids(database, "qz", 1000) is None  # the texts are read instead
        for word, cases in expected.items():
            assert set(query_case_ids(CaseFilter(text=word), short_words)) == cases
    finally:
        close_database()


@pytest.mark.sqlite_only  # edits the SQLite file with sqlite3
def test_a_schema_9_file_gets_the_suffix_indexes_when_opened(tmp_path):
    """Migration 10: the two suffix indexes, and nothing else changed."""
    from app.store.migrations import SchemaVersion
    from app.store.search_index import SUFFIX_INDEXES

    path = tmp_path / "lama.db"
    open_database(path)
    close_database()
    conn = sqlite3.connect(path)
    before = set(conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall())
    for name in SUFFIX_INDEXES:
        conn.execute(f'DROP INDEX "{name}"')
    conn.execute("DELETE FROM schema_version WHERE version = 10")
    conn.commit()
    conn.close()
    info = open_database(path)
    try:
        assert info.migrated == (10,)
        assert SchemaVersion.get_by_id(10).name == "indeks kata pendek pencarian kasus"
        after = database.execute_sql("SELECT type, name, sql FROM sqlite_master").fetchall()
        assert set(after) == before
    finally:
        close_database()
