"""The case list read from its indexes (``app.cases.listing.query_case_ids``: order segments,
first pages, the narrowest filter's index) gives exactly the ids, in exactly the order, of
the single sorted statement it replaced (``old_ids`` below, a frozen copy of it): on a
generated database, for every sort both ways, whole lists and first pages, with search
texts of every length (also the one- and two-letter words the trigram index cannot serve),
the status, year, OPD and "Tugas saya" filters and their combinations. The thresholds that
choose between the ways of reading are made small, so that a few hundred cases go through
every one of them; and a database holding what Ujikon never writes (a running case without
a due date, a status it does not know, odd texts) still gives the same list."""

from __future__ import annotations

import itertools
import random
from datetime import date, timedelta

import pytest
from peewee import SQL
from peewee import Case as SqlCase

from app import clock, store
from app.calendar_service import current_calendar
from app.cases import listing
from app.cases.listing import (
    CaseFilter,
    DeadlineStatus,
    SortKey,
    Thresholds,
    available_years,
    query_case_ids,
    search_words,
)
from app.demo import fill_demo
from app.models import Case, Opd, database
from app.states import CaseStatus
from app.store import close_database, engine, open_database, search_index

TODAY = date(2026, 11, 25)


# ----------------------------------------------------------------- the statement it replaced
def _old_where(f: CaseFilter, t: Thresholds) -> list:
    cond = []
    for word in search_words(f.text):
        cond.append(engine.contains(Case.search_text, word))
        # a server has no FTS5 table (its trigram index only narrows down what contains says)
        if len(word) >= search_index.MIN_INDEXED and not engine.on_server():
            cond.append(
                Case.id.in_(
                    SQL(
                        f"(SELECT rowid FROM {search_index.TABLE} WHERE {search_index.TABLE} "
                        "MATCH ?)",
                        [search_index.fts_phrase(word)],
                    )
                )
            )
    if f.year is not None:
        cond.append(Case.tahun == f.year)
    if f.opd_id is not None:
        cond.append(Case.opd == f.opd_id)
    if f.opd_ids is not None:
        cond.append(Case.opd.in_(sorted(f.opd_ids)) if f.opd_ids else Case.id < 0)
    if f.actor_role:
        cond.append((Case.pelaksana == f.actor_role) & (Case.status == CaseStatus.RUNNING))
    running = Case.status == CaseStatus.RUNNING
    if f.tahap is not None:
        cond.append(running & (Case.tahap == f.tahap))
    if f.batas_dari is not None:
        cond.append(running & (Case.batas_waktu >= f.batas_dari))
    if f.batas_sampai is not None:
        cond.append(running & (Case.batas_waktu <= f.batas_sampai))
    if f.status == DeadlineStatus.FINISHED:
        cond.append(Case.status == CaseStatus.FINISHED)
    elif f.status == DeadlineStatus.OVERDUE:
        cond.append(running & (Case.batas_waktu < t.today))
    elif f.status == DeadlineStatus.DUE_SOON:
        cond.append(running & (Case.batas_waktu >= t.today) & (Case.batas_waktu <= t.soon_limit))
    elif f.status == DeadlineStatus.ON_TIME:
        cond.append(running & (Case.batas_waktu > t.soon_limit))
    return cond


def old_ids(f: CaseFilter, t: Thresholds, sort: SortKey, descending: bool) -> list[int]:
    rank = SqlCase(
        None,
        (
            (Case.status == CaseStatus.FINISHED, 3),
            (Case.batas_waktu < t.today, 0),
            (Case.batas_waktu <= t.soon_limit, 1),
        ),
        2,
    )
    columns = {
        SortKey.NUMBER: [Case.tahun, Case.urut],
        SortKey.OPD: [Opd.nama, Case.tahun, Case.urut],
        SortKey.TITLE: [Case.judul],
        SortKey.STEP: [Case.status, Case.tahap],
        SortKey.ACTOR: [Case.pelaksana],
        SortKey.DUE: [Case.batas_waktu],
        SortKey.DAYS_LEFT: [Case.batas_waktu],
        SortKey.STATUS: [rank, Case.batas_waktu],
    }
    ordering = [(c, descending) for c in columns[sort]]
    if sort in (SortKey.DUE, SortKey.DAYS_LEFT):
        ordering = [(Case.batas_waktu.is_null(), False), *ordering]
    ordering.append((Case.id, descending))
    q = Case.select(Case.id)
    if sort == SortKey.OPD:
        q = q.join(Opd)
    for c in _old_where(f, t):
        q = q.where(c)
    if engine.on_server():  # SQLite's order: NULL before every value (a server: after)
        terms = [c.desc(nulls="LAST") if d else c.asc(nulls="FIRST") for c, d in ordering]
    else:
        terms = [c.desc() if d else c.asc() for c, d in ordering]
    sql, params = q.order_by(*terms).sql()
    return [r[0] for r in database.execute_sql(sql, params).fetchall()]


# ----------------------------------------------------------------------------- the database
@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    clock.pin_today(TODAY)
    store.open_database(tmp_path_factory.mktemp("urutan") / "t.db")
    try:
        fill_demo(cases=420, seed=23, documents=False)
        yield Thresholds.compute(TODAY, current_calendar())
    finally:
        close_database()
        clock.pin_today(None)


@pytest.fixture
def small_thresholds(monkeypatch):
    """Every way of reading the list reached with a few hundred cases."""
    monkeypatch.setattr(listing, "NARROW", 12)
    monkeypatch.setattr(listing, "WORD_NARROW", 8)
    monkeypatch.setattr(listing, "COUNTED", 60)
    monkeypatch.setattr(listing, "SCAN", 30)


def filters(t: Thresholds) -> list[CaseFilter]:
    rng = random.Random(7)
    texts = [c.search_text for c in Case.select(Case.search_text).limit(200)]
    words = ["a", "ka", "n", "zq", "2026", "rekam medis", "001/uk", "data", "dinas kesehatan"]
    for _ in range(12):  # pieces of real texts, of every length
        text = rng.choice(texts)
        at = rng.randrange(max(1, len(text) - 1))
        words.append(text[at : at + rng.choice((1, 2, 3, 5, 9))].strip())
    opds = [o.id for o in Opd.select(Opd.id).limit(3)]
    years = available_years()
    found: list[CaseFilter] = [CaseFilter(text=w) for w in words if w]
    found += [CaseFilter(status=s) for s in DeadlineStatus]
    found += [CaseFilter(year=y) for y in years]
    found += [CaseFilter(opd_id=o) for o in opds]
    found += [
        CaseFilter(opd_ids=frozenset(opds)),
        CaseFilter(opd_ids=frozenset()),
        CaseFilter(actor_role="ppid_utama"),
        CaseFilter(actor_role="atasan_ppid"),
        CaseFilter(text="ka", status=DeadlineStatus.OVERDUE),
        CaseFilter(text="data", year=years[0], actor_role="ppid_utama"),
        CaseFilter(actor_role="tim_pertimbangan", opd_ids=frozenset(opds)),
        CaseFilter(status=DeadlineStatus.ON_TIME, year=years[0]),
        CaseFilter(text="kesehatan", status=DeadlineStatus.FINISHED, opd_id=opds[0]),
        CaseFilter(batas_dari=t.today, batas_sampai=t.today + timedelta(days=6)),
        CaseFilter(batas_sampai=t.today - timedelta(days=1)),
        CaseFilter(batas_dari=t.soon_limit, tahap=2),
        CaseFilter(tahap=1, status=DeadlineStatus.OVERDUE),
        CaseFilter(tahap=3, text="data", opd_ids=frozenset(opds)),
        CaseFilter(tahap=6, batas_dari=t.today, batas_sampai=t.today + timedelta(days=30)),
    ]
    # The step and the range of due dates (the dashboard's figures), alone and combined.
    week = listing.due_this_week(t.today)
    ahead = (t.today, current_calendar().add_working_days(t.today, 7))
    ranges = [
        week,
        ahead,
        (t.today, t.today),
        (None, t.today),
        (t.soon_limit, None),
        (date(2026, 1, 1), date(2026, 6, 30)),
        (t.today, date(2026, 1, 1)),  # backwards: nothing
    ]
    found += [CaseFilter(tahap=n) for n in range(0, 8)]
    found += [CaseFilter(batas_dari=a, batas_sampai=b) for a, b in ranges]
    found += [
        CaseFilter(tahap=2, batas_dari=week[0], batas_sampai=week[1]),
        CaseFilter(tahap=3, status=DeadlineStatus.OVERDUE),
        CaseFilter(tahap=1, status=DeadlineStatus.FINISHED),
        CaseFilter(tahap=4, text="data", year=years[0]),
        CaseFilter(tahap=2, actor_role="ppid_utama", opd_ids=frozenset(opds)),
        CaseFilter(batas_dari=ahead[0], batas_sampai=ahead[1], status=DeadlineStatus.DUE_SOON),
        CaseFilter(batas_sampai=t.today, text="ka", opd_id=opds[0]),
        CaseFilter(batas_dari=t.today, actor_role="atasan_ppid", year=years[0]),
    ]
    return [CaseFilter()] + found


SORTS = list(itertools.product(SortKey, (False, True)))


def assert_same_lists(t: Thresholds) -> int:
    compared = 0
    for f in filters(t):
        for sort, descending in SORTS:
            expected = old_ids(f, t, sort, descending)
            where = (f, sort.value, descending)
            assert query_case_ids(f, t, sort, descending) == expected, where
            for limit in (1, 7, 101):
                assert query_case_ids(f, t, sort, descending, limit) == expected[:limit], where
            compared += 1
    return compared


# ----------------------------------------------------------------------------- the tests
def test_the_demo_has_what_the_segments_split(generated):
    statuses = {c.status for c in Case.select(Case.status)}
    assert statuses == {CaseStatus.RUNNING, CaseStatus.FINISHED}
    t = generated
    dues = [c.batas_waktu for c in Case.select().where(Case.status == CaseStatus.RUNNING)]
    assert any(d < t.today for d in dues) and any(d > t.soon_limit for d in dues)
    assert any(t.today <= d <= t.soon_limit for d in dues)


def test_every_filter_and_sort_gives_the_old_list_with_the_shipped_thresholds(generated):
    assert assert_same_lists(generated) > 500


def test_every_filter_and_sort_gives_the_old_list_through_every_way_of_reading(
    generated, small_thresholds, monkeypatch
):
    ways: list[str] = []
    for name in ("_sorted_ids", "_first_page", "_segment_query", "_generic_ids"):
        real = getattr(listing, name)
        monkeypatch.setattr(
            listing,
            name,
            lambda *a, _real=real, _name=name, **k: ways.append(_name) or _real(*a, **k),
        )
    assert_same_lists(generated)
    assert {"_sorted_ids", "_first_page", "_segment_query"} <= set(ways)


@pytest.mark.sqlite_only  # SQLite's query plan (no temporary b-tree)
def test_a_first_page_is_read_in_index_order_without_sorting(generated):
    """The default order, no filter: SQLite reads the order's index (no temporary b-tree)."""
    t = generated
    for sort, descending in SORTS:
        for part in listing._segments(t, sort, descending):
            sql, params = listing._segment_query(sort, part, []).limit(101).sql()
            plan = " ".join(
                str(r[-1])
                for r in database.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
            )
            assert "TEMP B-TREE" not in plan, (sort, descending, plan)


def test_the_step_and_due_range_filters_find_cases_and_place_a_changed_row(generated):
    """The step and the due-date range pick running cases only, and a row patched after a
    command keeps, leaves or finds its place by them as the list itself would."""
    t = generated
    week = listing.due_this_week(t.today)
    assert week == (TODAY, date(2026, 11, 29))  # a Wednesday's week ends on Sunday
    ahead = (t.today, current_calendar().add_working_days(t.today, 7))
    assert [n for n, _ in listing.step_choices()] == [1, 2, 3, 4, 5, 6]
    every = set(query_case_ids(CaseFilter(), t))
    for f in (
        CaseFilter(tahap=2),
        CaseFilter(batas_dari=week[0], batas_sampai=week[1]),
        CaseFilter(batas_dari=ahead[0], batas_sampai=ahead[1], tahap=3),
    ):
        for sort, descending in (
            (SortKey.STEP, False),
            (SortKey.DUE, True),
            (SortKey.NUMBER, False),
        ):
            ids = query_case_ids(f, t, sort, descending)
            assert ids, f
            rows = {c.id: c for c in Case.select().where(Case.id.in_(ids))}
            assert all(r.status == CaseStatus.RUNNING for r in rows.values())
            if f.tahap is not None:
                assert {r.tahap for r in rows.values()} == {f.tahap}
            if f.batas_dari is not None:
                assert all(f.batas_dari <= r.batas_waktu <= f.batas_sampai for r in rows.values())
            for at in (0, len(ids) // 2, len(ids) - 1):
                prev = ids[at - 1] if at else None
                nxt = ids[at + 1] if at + 1 < len(ids) else None
                assert listing.placement(ids[at], prev, nxt, True, f, t, sort, descending) == (
                    listing.Placement.STAYS
                )
                rest = ids[:at] + ids[at + 1 :]
                assert listing.insertion_point(rest, ids[at], f, t, sort, descending) == at
            for case_id in sorted(every - set(ids))[:5]:
                assert listing.placement(case_id, ids[0], None, True, f, t, sort, descending) == (
                    listing.Placement.LEAVES
                )
                assert listing.placement(case_id, None, None, False, f, t, sort, descending) == (
                    listing.Placement.STAYS
                )


def test_the_years_are_those_of_the_cases_newest_first(generated):
    expected = [
        r[0] for r in database.execute_sql('SELECT DISTINCT tahun FROM "case" ORDER BY tahun DESC')
    ]
    assert available_years() == expected and len(expected) >= 2


@pytest.fixture
def odd(tmp_path, monkeypatch):
    """A database holding what Ujikon never writes, through its own store (sealed)."""
    clock.pin_today(TODAY)
    store.open_database(tmp_path / "aneh.db")
    try:
        fill_demo(cases=240, seed=5, documents=False)
        running = [c.id for c in Case.select(Case.id).where(Case.status == CaseStatus.RUNNING)]
        Case.update(batas_waktu=None).where(Case.id.in_(running[:9])).execute()
        same_day = Case.select(Case.batas_waktu).where(Case.id == running[20]).scalar()
        Case.update(batas_waktu=same_day, judul="Sama").where(Case.id.in_(running[21:30])).execute()
        texts = ["diskon 50% _tahap_ satu", 'kutipan "rahasia" negara', "ǆemo ñandu ß", "a_b%c"]
        for case_id, text in zip(running[40:], texts, strict=False):
            Case.update(search_text=text).where(Case.id == case_id).execute()
        yield Thresholds.compute(TODAY, current_calendar())
    finally:
        close_database()
        clock.pin_today(None)


def test_cases_without_a_due_date_and_equal_keys_keep_the_old_order(odd, small_thresholds):
    assert Case.select().where(Case.batas_waktu.is_null(), Case.status == "berjalan").count() == 9
    assert assert_same_lists(odd) > 100
    for text in ("50%", "_", '"rahasia"', "ǆemo", "ß", "a_b%c", "%"):
        for sort, descending in SORTS:
            f = CaseFilter(text=text)
            assert query_case_ids(f, odd, sort, descending) == old_ids(f, odd, sort, descending)


def test_a_status_ujikon_does_not_know_is_listed_as_before(odd, small_thresholds):
    some = [c.id for c in Case.select(Case.id).limit(5)]
    Case.update(status="ditangguhkan").where(Case.id.in_(some[:3])).execute()
    Case.update(status="").where(Case.id.in_(some[3:])).execute()
    assert not listing._statuses_known()
    assert assert_same_lists(odd) > 100


@pytest.mark.sqlite_only  # edits the SQLite file with sqlite3
def test_a_schema_7_file_gets_the_order_indexes_when_opened(tmp_path):
    """Migration 8: the four order indexes, and nothing else; a file without them is not
    refused as foreign before, and is the shape of a new one after."""
    import sqlite3

    from app.store.migrations import SchemaVersion

    path = tmp_path / "lama.db"
    open_database(path)
    close_database()
    conn = sqlite3.connect(path)
    for name in search_index.ORDER_INDEXES:
        conn.execute(f'DROP INDEX "{name}"')
    conn.execute("DELETE FROM schema_version WHERE version = 8")
    conn.commit()
    conn.close()
    info = open_database(path)
    try:
        assert info.migrated == (8,)
        assert SchemaVersion.get_by_id(8).name == "indeks urutan daftar kasus"
        indexes = {
            r[0] for r in database.execute_sql("SELECT name FROM sqlite_master WHERE type='index'")
        }
        assert set(search_index.ORDER_INDEXES) <= indexes
    finally:
        close_database()


@pytest.mark.sqlite_only  # edits the SQLite file with sqlite3
def test_an_order_index_planted_under_another_name_is_refused(tmp_path):
    import sqlite3

    from app.errors import DatabaseProblem

    path = tmp_path / "asing.db"
    open_database(path)
    close_database()
    conn = sqlite3.connect(path)
    conn.execute('CREATE INDEX case_judul_lain ON "case" (judul, lower(judul))')
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseProblem, match="case_judul_lain"):
        open_database(path)


ENDLESS = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n"


@pytest.mark.parametrize("before", [True, False])
def test_a_stoppable_query_stops_also_when_cancelled_before_it_starts(db, before):
    """``interrupter`` misses a statement that starts just after it; ``stoppable`` not."""
    import threading

    from app.cases.listing import interrupted, stoppable

    cancelled = threading.Event()
    if before:
        cancelled.set()
    outcome: list[BaseException] = []

    def work() -> None:
        try:
            with stoppable(cancelled.is_set, every=1000):
                database.execute_sql(ENDLESS).fetchall()
        except Exception as exc:
            outcome.append(exc)
        finally:
            database.close()

    thread = threading.Thread(target=work)
    thread.start()
    if not before:
        thread.join(0.3)
        cancelled.set()
    thread.join(30)
    assert not thread.is_alive() and len(outcome) == 1 and interrupted(outcome[0])
    assert database.execute_sql("SELECT 1").fetchone() == (1,)  # this thread's: untouched
