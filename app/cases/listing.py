"""The case list: filtering, sorting and row data, done in SQL so 100,000 cases stay instant.

The view asks for the ordered ids of the cases matching a filter (one indexed query), then for
the contents of the rows it actually shows (``fetch_rows``), a page at a time.
"""

from __future__ import annotations

import operator
import sqlite3
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import reduce
from typing import Any

from peewee import SQL, ColumnBase, NodeList, Value, fn
from peewee import Case as SqlCase

from app import settings
from app.models import Case, Opd, database
from app.permissions import role_name
from app.refdata import sop_for_version
from app.settings import HARI_PERINGATAN
from app.states import CaseStatus
from app.store import engine, search_index
from app.store.errors import primary_code
from app.validation import storable
from app.workdays import WorkCalendar


class DeadlineStatus(StrEnum):
    OVERDUE = "terlambat"
    DUE_SOON = "segera"
    ON_TIME = "tepat_waktu"
    FINISHED = "selesai"


STATUS_LABELS = {
    DeadlineStatus.OVERDUE: "Terlambat",
    DeadlineStatus.DUE_SOON: "Segera jatuh tempo",
    DeadlineStatus.ON_TIME: "Tepat waktu",
    DeadlineStatus.FINISHED: "Selesai",
}


class SortKey(StrEnum):
    NUMBER = "nomor"
    OPD = "opd"
    TITLE = "judul"
    STEP = "tahap"
    ACTOR = "pelaksana"
    DUE = "batas_waktu"
    DAYS_LEFT = "sisa"
    STATUS = "status"


@dataclass(frozen=True)
class CaseFilter:
    text: str = ""
    status: DeadlineStatus | None = None
    year: int | None = None
    opd_id: int | None = None
    # Only these OPDs (a PPID Pembantu's own, "Perangkat daerah saya"); None: any.
    opd_ids: frozenset[int] | None = None
    actor_role: str | None = None  # "tugas saya": running steps whose actor is this role
    tahap: int | None = None  # running cases at this SOP step
    # Running cases whose current due date lies in this range (both ends included; None:
    # open on that side). A finished case has no due date and is never in a range.
    batas_dari: date | None = None
    batas_sampai: date | None = None


def step_choices() -> list[tuple[int, str]]:
    """The steps the case list can be filtered by: (number, title) of the current SOP."""
    from app.sop import load_current_sop

    return [(s.number, s.title) for s in load_current_sop().steps]


def due_this_week(today: date) -> tuple[date, date]:
    """ "Due this week": today up to this week's Sunday (today when it is a Sunday), the
    range the dashboard counts and the case list's filter shows."""
    return today, today + timedelta(days=6 - today.weekday())


@dataclass(frozen=True)
class CaseRow:
    id: int
    nomor: str
    opd: str
    opd_singkat: str  # abbreviation, or the name when the OPD has none
    judul: str
    tahap: int
    tahap_judul: str
    pelaksana: str
    batas_waktu: date | None
    sisa_hari_kerja: int | None
    status: DeadlineStatus


@dataclass(frozen=True)
class Thresholds:
    today: date
    soon_limit: date  # due on or before this (and not before today) = due soon

    @classmethod
    def compute(cls, today: date, calendar: WorkCalendar) -> Thresholds:
        days = settings.value(HARI_PERINGATAN)
        limit = calendar.add_working_days(today, days) if days > 0 else today
        return cls(today, limit)

    def status_of(self, finished: bool, due: date | None) -> DeadlineStatus:
        if finished or due is None:
            return DeadlineStatus.FINISHED
        if due < self.today:
            return DeadlineStatus.OVERDUE
        if due <= self.soon_limit:
            return DeadlineStatus.DUE_SOON
        return DeadlineStatus.ON_TIME


def _status_rank(t: Thresholds):
    """SQL expression ordering cases overdue → due soon → on time → finished."""
    return SqlCase(
        None,
        (
            (Case.status == CaseStatus.FINISHED, 3),
            (Case.batas_waktu < t.today, 0),
            (Case.batas_waktu <= t.soon_limit, 1),
        ),
        2,
    )


def search_words(text: object) -> list[str]:
    """The words the search box looks for, lower case. Control characters (a NUL ended the
    LIKE pattern inside SQLite, so ``"\\x00"`` matched every case) separate words like
    spaces do; a lone surrogate, which SQLite cannot take, becomes U+FFFD and so matches
    nothing."""
    if not isinstance(text, str):
        return []
    cleaned = "".join(
        " " if unicodedata.category(ch) in ("Cc", "Cf") else ch for ch in storable(text)
    )
    return cleaned.lower().split()


def _plain(column: Any) -> Any:
    """``column`` as an expression that no index serves (SQLite's unary ``+``): the same
    values, so a condition on it means the same, but SQLite does not read that column's
    index for it. On a server the column itself: PostgreSQL has no unary ``+`` for text or
    dates, and its planner chooses the index from the statistics anyway."""
    if engine.on_server():
        return column
    return NodeList((SQL("+"), column), glue="")


_BY_DUE = (SortKey.STATUS, SortKey.DUE, SortKey.DAYS_LEFT)
WORD = "kata:"  # the key of a word's condition: WORD + the word


def _every(key: str) -> bool:
    return True


def _conditions(
    f: CaseFilter, t: Thresholds, indexed: Callable[[str], bool] = _every
) -> list[tuple[str, Any]]:
    """The conditions of ``f`` as (key, expression): ``WORD`` + each word, "tahun", "opd",
    "opd_saya", "pelaksana", "tahap", "batas", "status". ``indexed(key)``: whether that
    condition may be found through its index; the others are written with ``_plain``
    columns (and a word with ``instr`` alone, without the trigram index, which only
    narrows down what ``instr`` decides), so that SQLite uses the index chosen for it. They
    mean the same either way."""

    def col(key: str, column: Any) -> Any:
        return column if indexed(key) else _plain(column)

    cond: list[tuple[str, Any]] = []
    for word in search_words(f.text):
        # Exactly "the text contains the word" (instr: no LIKE wildcards), found through the
        # trigram index when the word is long enough (app.store.search_index).
        key = WORD + word
        cond.append((key, engine.contains(Case.search_text, word)))
        if len(word) >= search_index.MIN_INDEXED and indexed(key):
            cond.append((key, Case.id.in_(_trigram_match(word))))
    if f.year is not None:
        cond.append(("tahun", col("tahun", Case.tahun) == f.year))
    if f.opd_id is not None:
        cond.append(("opd", col("opd", Case.opd) == f.opd_id))
    if f.opd_ids is not None:
        opds = col("opd_saya", Case.opd)
        cond.append(("opd_saya", opds.in_(sorted(f.opd_ids)) if f.opd_ids else Case.id < 0))
    if f.actor_role:
        # the status plain unless every index is allowed: the actor's index narrows more
        running = (Case.status if indexed is _every else _plain(Case.status)) == CaseStatus.RUNNING
        cond.append(("pelaksana", (col("pelaksana", Case.pelaksana) == f.actor_role) & running))
    if f.tahap is not None:
        # the index of the step order (status, tahap) finds them
        at_step = (col("tahap", Case.status) == CaseStatus.RUNNING) & (
            col("tahap", Case.tahap) == f.tahap
        )
        cond.append(("tahap", at_step))
    if f.batas_dari is not None or f.batas_sampai is not None:
        # Written as the status conditions are (status and due date through one index).
        due_in = col("batas", Case.status) == CaseStatus.RUNNING
        if f.batas_dari is not None:
            due_in &= col("batas", Case.batas_waktu) >= f.batas_dari
        if f.batas_sampai is not None:
            due_in &= col("batas", Case.batas_waktu) <= f.batas_sampai
        cond.append(("batas", due_in))
    status, due = col("status", Case.status), col("status", Case.batas_waktu)
    running = status == CaseStatus.RUNNING
    if f.status == DeadlineStatus.FINISHED:
        cond.append(("status", status == CaseStatus.FINISHED))
    elif f.status == DeadlineStatus.OVERDUE:
        cond.append(("status", running & (due < t.today)))
    elif f.status == DeadlineStatus.DUE_SOON:
        cond.append(("status", running & (due >= t.today) & (due <= t.soon_limit)))
    elif f.status == DeadlineStatus.ON_TIME:
        cond.append(("status", running & (due > t.soon_limit)))
    return cond


def _where(f: CaseFilter, t: Thresholds, indexed: Callable[[str], bool] = _every) -> list[Any]:
    return [c for _, c in _conditions(f, t, indexed)]


def _only(chosen: str | None) -> Callable[[str], bool]:
    """Only the condition ``chosen`` through its index (None: none)."""

    def indexed(key: str) -> bool:
        return key == chosen

    return indexed


def _order_narrows(sort: SortKey) -> Callable[[str], bool]:
    """Which conditions the index of ``sort``'s order narrows down itself: the year for the
    number, the status and a range of due dates for the most-urgent and due-date orders,
    the step for the step order."""

    def indexed(key: str) -> bool:
        return (
            (key == "tahun" and sort == SortKey.NUMBER)
            or (key in ("status", "batas") and sort in _BY_DUE)
            or (key == "tahap" and sort == SortKey.STEP)
        )

    return indexed


def _trigram_match(word: str) -> Any:
    """The ids of the cases whose search text has ``word`` (3 characters or more) as a
    substring, from the trigram index (then confirmed with ``instr``)."""
    return search_index.matching(word)


def _trigram_ids(word: str, most: int) -> list[tuple[int]]:
    """At most ``most`` rows (id,) of ``_trigram_match(word)``, read from the index alone."""
    if engine.on_server():
        # the server's match is a query on "case" itself (its trigram GIN index)
        sql, params = _trigram_match(word).limit(most).sql()
        return database.execute_sql(sql, params).fetchall()
    sql, params = Case.select(SQL("rowid")).from_(_trigram_match(word)).sql()
    return database.execute_sql(f"{sql} LIMIT {most}", params).fetchall()


def _order(t: Thresholds, sort: SortKey, descending: bool) -> list[tuple[Any, bool]]:
    """The order of a sort, as (expression, descending) pairs; the case id last, so the
    order is total. This is its definition (``_generic_ids``, ``SortKeys``); ``_segments``
    reads the same order from indexes."""
    columns: dict[SortKey, list[ColumnBase]] = {
        SortKey.NUMBER: [Case.tahun, Case.urut],
        SortKey.OPD: [Opd.nama, Case.tahun, Case.urut],
        SortKey.TITLE: [Case.judul],
        SortKey.STEP: [Case.status, Case.tahap],
        SortKey.ACTOR: [Case.pelaksana],
        SortKey.DUE: [Case.batas_waktu],
        SortKey.DAYS_LEFT: [Case.batas_waktu],
        SortKey.STATUS: [_status_rank(t), Case.batas_waktu],
    }
    ordering = [(c, descending) for c in columns[sort]]
    # Finished cases have no due date; keep them last whichever way the user sorts.
    if sort in (SortKey.DUE, SortKey.DAYS_LEFT):
        ordering = [(Case.batas_waktu.is_null(), False), *ordering]
    ordering.append((Case.id, descending))
    return ordering


def _filtered(
    f: CaseFilter, t: Thresholds, sort: SortKey, *columns, indexed: Callable[[str], bool] = _every
):
    q = Case.select(*columns)
    if sort == SortKey.OPD:
        q = q.join(Opd)
    for c in _where(f, t, indexed):
        q = q.where(c)
    return q


def _ids(query: Any) -> list[int]:
    # The raw cursor: peewee's row wrapping would cost more than the query itself here.
    sql, params = query.sql()
    return [row[0] for row in database.execute_sql(sql, params).fetchall()]


def _term(expr: Any, descending: bool) -> Any:
    """``expr`` as an ORDER BY term, NULL sorting as SQLite sorts it (before every value,
    so first ascending and last descending; ``_compare`` does the same). A server sorts NULL
    after every value unless told, so there it is told."""
    if engine.on_server() and getattr(expr, "null", True) is not False:
        return expr.desc(nulls="LAST") if descending else expr.asc(nulls="FIRST")
    # SQLite; or a NOT NULL column, which has no NULL to place (and whose index then serves
    # the order on a server too: an index holds NULLs last ascending)
    return expr.desc() if descending else expr.asc()


def _sorted_ids(
    f: CaseFilter,
    t: Thresholds,
    sort: SortKey,
    descending: bool,
    limit: int | None = None,
    through: _Narrowest | None = None,
) -> list[int]:
    """The ids in ``_order``'s order in one statement that collects the matching cases and
    sorts them: through the index of the condition ``through`` only (None: a scan of the
    table; a word's ids already read: looked up by id), never through the order's own
    index (the ORDER BY is ``_plain``)."""
    ordering = [_term(_plain(c), d) for c, d in _order(t, sort, descending)]
    found = through.ids if through is not None else None
    key = through.key if through is not None and found is None else None
    q = _filtered(f, t, sort, Case.id, indexed=_only(key)).order_by(*ordering)
    if found is not None:
        q = q.where(Case.id.in_(found))  # the word's cases, as its trigram index gave them
    return _ids(q if limit is None else q.limit(limit))


def _generic_ids(
    f: CaseFilter, t: Thresholds, sort: SortKey, descending: bool, limit: int | None = None
) -> list[int]:
    """The ids in ``_order``'s order in one statement, every index allowed, SQLite choosing:
    the definition of the list (and how a file with a case status Ujikon does not know is
    listed)."""
    ordering = [_term(c, d) for c, d in _order(t, sort, descending)]
    q = _filtered(f, t, sort, Case.id).order_by(*ordering)
    return _ids(q if limit is None else q.limit(limit))


@dataclass(frozen=True)
class _Segment:
    """One part of a sorted list: the cases meeting ``where`` (besides the filter), in an
    order an index gives as it is (``app.store.search_index.ORDER_INDEXES``), so SQLite
    reads them in order and can stop after a page."""

    where: tuple[Any, ...]
    order: tuple[tuple[Any, bool], ...]  # (column, descending)


def _segments(t: Thresholds, sort: SortKey, descending: bool) -> list[_Segment]:
    """``_order``'s order as segments whose concatenation is that order.

    Most urgent first (``_status_rank``, then the due date): a running case's rank only
    grows with its due date (overdue before today, due soon up to ``soon_limit``, on time
    after), so the running cases due by ``soon_limit`` come in due-date order; then those
    without a due date (rank 2, where NULL sorts first); then the other running ones by due
    date; then the finished ones. Descending is that backwards. The due-date sort keeps the
    cases without a due date last both ways."""
    d = descending
    running, finished = Case.status == CaseStatus.RUNNING, Case.status == CaseStatus.FINISHED
    due, case_id = Case.batas_waktu, Case.id
    if sort == SortKey.STATUS:
        parts = [
            _Segment((running, due <= t.soon_limit), ((due, d), (case_id, d))),
            _Segment((running, due.is_null()), ((case_id, d),)),
            _Segment((running, due > t.soon_limit), ((due, d), (case_id, d))),
            _Segment((finished,), ((due, d), (case_id, d))),
        ]
        return parts[::-1] if d else parts
    if sort in (SortKey.DUE, SortKey.DAYS_LEFT):
        return [
            _Segment((due.is_null(False),), ((due, d), (case_id, d))),
            _Segment((due.is_null(),), ((case_id, d),)),
        ]
    columns: dict[SortKey, tuple[Any, ...]] = {
        SortKey.NUMBER: (Case.tahun, Case.urut),
        SortKey.OPD: (Opd.nama, Case.tahun, Case.urut),
        SortKey.TITLE: (Case.judul,),
        SortKey.STEP: (Case.status, Case.tahap),
        SortKey.ACTOR: (Case.pelaksana,),
    }
    return [_Segment((), tuple((c, d) for c in (*columns[sort], case_id)))]


def _statuses_known() -> bool:
    """Whether every case has one of the statuses the segments name (index probes only)."""
    running, finished = CaseStatus.RUNNING.value, CaseStatus.FINISHED.value
    status = Case.status
    other = (status < running) | ((status > running) & (status < finished)) | (status > finished)
    return not Case.select(Case.id).where(other).limit(1).exists()


def _segment_query(sort: SortKey, part: _Segment, where: Sequence[Any], *columns: Any) -> Any:
    q = Case.select(Case.id, *columns)
    if sort == SortKey.OPD:
        q = q.join(Opd)
    for c in (*part.where, *where):
        q = q.where(c)
    return q.order_by(*[_term(c, desc) for c, desc in part.order])


NARROW = 5000  # a condition an index narrows down to at most this many cases: sorted whole
WORD_NARROW = 1000  # the same for a word (the trigram index is slower to count)
COUNTED = 20_000  # how far the other conditions are counted, to choose the narrowest
SCAN = 4000  # a first page not filled after reading this many cases of a segment: sorted


def _count(query: Any, most: int) -> int:
    """How many rows ``query`` gives, counting at most ``most`` + 1 of them."""
    sql, params = query.limit(most + 1).sql()
    # the alias: PostgreSQL wants one for a subquery in FROM (SQLite ignores it)
    return int(database.execute_sql(f"SELECT count(*) FROM ({sql}) AS n", params).fetchone()[0])


@dataclass(frozen=True)
class _Narrowest:
    """The condition of a filter whose index leaves the fewest cases (None: none has one),
    how many (counted up to a limit), and for a word the ids the trigram index gave."""

    key: str | None
    found: int
    ids: list[int] | None = None


def _narrowest(f: CaseFilter, t: Thresholds) -> _Narrowest:
    """The condition of ``f`` whose index leaves the fewest cases, counted up to
    ``COUNTED`` (a word up to ``WORD_NARROW``, the trigram index being slower to read)."""
    best = _Narrowest(None, COUNTED + 1)
    words = [w for w in search_words(f.text) if len(w) >= search_index.MIN_INDEXED]
    for word in sorted(set(words), key=len, reverse=True):
        rows = _trigram_ids(word, WORD_NARROW + 1)
        if len(rows) <= WORD_NARROW and len(rows) < best.found:
            best = _Narrowest(WORD + word, len(rows), [r[0] for r in rows])
    short = {w for w in search_words(f.text) if len(w) < search_index.MIN_INDEXED}
    for word in sorted(short):  # short_word_ids answers None where it cannot (a server)
        if best.found == 0:
            break
        # a rare word of one or two letters (the first keystroke of a search): its cases
        # from the index instead of every text read; counted from the index's vocabulary
        # before any is read, so up to ``NARROW`` of them (at 100,000 cases a word in 1,600
        # of them: 8 ms instead of 74 for the first page)
        ids = search_index.short_word_ids(database, word, min(NARROW, best.found - 1))
        if ids is not None:
            best = _Narrowest(WORD + word, len(ids), ids)
    for key, _ in _conditions(f, t):
        if key.startswith(WORD) or best.found == 0:
            continue
        alone = [c for k, c in _conditions(f, t, _only(key)) if k == key]
        n = _count(Case.select(Case.id).where(*alone), min(best.found, COUNTED))
        if n < best.found:
            best = _Narrowest(key, n)
    if best.key is None and words:
        return _Narrowest(WORD + max(words, key=len), COUNTED + 1)
    return best


def _first_page(
    f: CaseFilter, t: Thresholds, sort: SortKey, descending: bool, limit: int
) -> list[int] | None:
    """The first ``limit`` ids read segment by segment in the order's index, each case
    checked against the filter as it is read; None when a segment gave too few of them
    within ``SCAN`` cases (they are sparse there: collecting and sorting them is quicker)."""
    narrows = _order_narrows(sort)
    conds = _conditions(f, t, narrows)
    where = [c for key, c in conds if narrows(key)]
    checked = [c for key, c in conds if not narrows(key)]
    matches = reduce(operator.and_, checked) if checked else Value(1)
    ids: list[int] = []
    for part in _segments(t, sort, descending):
        sql, params = _segment_query(sort, part, where, matches).limit(SCAN).sql()
        read = 0
        cursor = database.execute_sql(sql, params)
        try:
            for case_id, match in cursor:  # SQLite reads the next case when asked for it
                read += 1
                if match:
                    ids.append(case_id)
                    if len(ids) >= limit:
                        return ids
        finally:
            cursor.close()  # ends the statement, and so its read transaction
        if read >= SCAN:
            return None
    return ids


def query_case_ids(
    f: CaseFilter,
    t: Thresholds,
    sort: SortKey = SortKey.NUMBER,
    descending: bool = False,
    limit: int | None = None,
) -> list[int]:
    """The ids of the cases matching ``f``, in the order of ``sort`` (``_order``); only the
    first ``limit`` of them when given (the list's first page). Exactly ``_generic_ids``,
    found a quicker way:

    - a condition whose index leaves at most ``NARROW`` cases: they are collected through
      that index and sorted;
    - otherwise the order's own index is read (``_segments``): the first page stops after
      ``limit`` matches; the whole list is read so when the order's index narrows down every
      condition of the filter itself (no filter; the status in the most-urgent and due-date
      orders; the year by number), else collected through the narrowest condition's index
      and sorted."""
    if sort == SortKey.STATUS and not _statuses_known():
        return _generic_ids(f, t, sort, descending, limit)
    through = _narrowest(f, t)
    if through.found <= NARROW:
        return _sorted_ids(f, t, sort, descending, limit, through)
    if limit is not None:
        page = _first_page(f, t, sort, descending, limit)
        return page if page is not None else _sorted_ids(f, t, sort, descending, limit, through)
    narrows = _order_narrows(sort)
    conds = _conditions(f, t, narrows)
    if not all(narrows(key) for key, _ in conds):
        return _sorted_ids(f, t, sort, descending, None, through)
    where = [c for _, c in conds]
    ids: list[int] = []
    for part in _segments(t, sort, descending):
        ids += _ids(_segment_query(sort, part, where))
    return ids


class Placement(StrEnum):
    """Where a changed case now belongs in a list of ids already shown."""

    STAYS = "tetap"  # still matches the filter, between the same neighbours: redraw the row
    LEAVES = "keluar"  # no longer matches the filter: remove the row
    MOVES = "pindah"  # matches, elsewhere in the order (or newly): see ``insertion_point``


def _compare(a: tuple, b: tuple, directions: list[bool]) -> int:
    """SQLite's ORDER BY comparison of two sort keys (NULL before everything, ascending)."""
    for x, y, desc in zip(a, b, directions, strict=True):
        if x == y:
            continue
        if x is None or y is None:
            result = -1 if x is None else 1
        else:
            result = -1 if x < y else 1
        return -result if desc else result
    return 0


class SortKeys:
    """The sort keys of single cases for one filter and sort, read by id (an indexed lookup):
    enough to place a changed row among rows already listed without listing them again."""

    def __init__(self, f: CaseFilter, t: Thresholds, sort: SortKey, descending: bool) -> None:
        ordering = _order(t, sort, descending)
        self.directions = [d for _, d in ordering]
        conds = _where(f, t)
        matches = reduce(operator.and_, conds) if conds else Value(True)
        q = Case.select(Case.id, matches.alias("cocok"), *[c for c, _ in ordering])
        if sort == SortKey.OPD:
            q = q.join(Opd)
        self._query = q
        # One case by id, the statement built once: the id is the last parameter.
        self._one_sql, params = q.where(Case.id == 0).sql()
        self._one_params = list(params[:-1])

    def read(self, ids: list[int]) -> dict[int, tuple[bool, tuple]]:
        """id → (matches the filter, sort key) of these cases."""
        sql, params = self._query.where(Case.id.in_(ids)).sql()
        return {r[0]: (bool(r[1]), tuple(r[2:])) for r in database.execute_sql(sql, params)}

    def read_one(self, case_id: int) -> tuple[bool, tuple] | None:
        row = database.execute_sql(self._one_sql, [*self._one_params, case_id]).fetchone()
        return (bool(row[1]), tuple(row[2:])) if row is not None else None

    def compare(self, a: tuple, b: tuple) -> int:
        return _compare(a, b, self.directions)


def placement(
    case_id: int,
    previous: int | None,
    following: int | None,
    shown: bool,
    f: CaseFilter,
    t: Thresholds,
    sort: SortKey = SortKey.NUMBER,
    descending: bool = False,
) -> Placement:
    """Whether ``case_id`` (shown between ``previous`` and ``following``, or not ``shown``)
    keeps its place in the list for ``f`` and the sort: one query for three rows, instead of
    the ids of every matching case."""
    keys = SortKeys(f, t, sort, descending)
    rows = keys.read([i for i in (case_id, previous, following) if i is not None])
    if case_id not in rows or not rows[case_id][0]:
        return Placement.LEAVES if shown else Placement.STAYS
    if not shown:
        return Placement.MOVES
    key = rows[case_id][1]
    if previous in rows and keys.compare(rows[previous][1], key) > 0:
        return Placement.MOVES
    if following in rows and keys.compare(key, rows[following][1]) > 0:
        return Placement.MOVES
    return Placement.STAYS


def insertion_point(
    ids: Sequence[int],
    case_id: int,
    f: CaseFilter,
    t: Thresholds,
    sort: SortKey = SortKey.NUMBER,
    descending: bool = False,
) -> int:
    """Where ``case_id`` belongs in ``ids`` (sorted for ``f`` and the sort, not holding it):
    a binary search that reads the key of one listed case per step, about 17 indexed lookups
    among 100,000 cases instead of listing them all again."""
    keys = SortKeys(f, t, sort, descending)
    key = keys.read([case_id])[case_id][1]
    lo, hi = 0, len(ids)
    while lo < hi:
        mid = (lo + hi) // 2
        probe = keys.read_one(ids[mid])
        if probe is not None and keys.compare(probe[1], key) < 0:
            lo = mid + 1
        else:
            hi = mid
    return lo


_ROWS_SQL = (
    "SELECT c.id, c.nomor, c.judul, c.tahap, c.pelaksana, c.batas_waktu, c.status, "
    'c.sop_version_id, o.nama, o.singkatan FROM "case" AS c JOIN opd AS o ON o.id = c.opd_id '
    "WHERE c.id IN ({})"
)


def _day(value: Any) -> date | None:
    """A stored date (ISO text, as peewee writes it) as a date."""
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        return Case.batas_waktu.python_value(value)


def fetch_rows(ids: list[int], t: Thresholds, calendar: WorkCalendar) -> list[CaseRow]:
    """Row contents for ``ids``, in the same order."""
    if not ids:
        return []
    # A plain statement: peewee building it and a model object a row cost more than the
    # rest of the page (1.4 ms of 3 for 100 rows).
    sql = _ROWS_SQL.format(", ".join("?" * len(ids)))
    by_id: dict[int, CaseRow] = {}
    for (
        case_id,
        nomor,
        judul,
        tahap,
        pelaksana,
        batas,
        status,
        version,
        opd,
        singkat,
    ) in database.execute_sql(sql, list(ids)).fetchall():
        finished = status == CaseStatus.FINISHED
        step = sop_for_version(version).step(tahap)
        due = None if finished else _day(batas)
        by_id[case_id] = CaseRow(
            id=case_id,
            nomor=nomor,
            opd=opd,
            opd_singkat=singkat or opd,
            judul=judul,
            tahap=tahap,
            tahap_judul=step.title,
            pelaksana="" if finished else role_name(pelaksana),
            batas_waktu=due,
            sisa_hari_kerja=None if due is None else calendar.working_days_until(t.today, due),
            status=t.status_of(finished, due),
        )
    return [by_id[i] for i in ids if i in by_id]


def available_years() -> list[int]:
    """The years that have cases, newest first: one look into the year's index a year
    (each the largest year below the last), not a pass over every case."""
    years: list[int] = []
    while True:
        q = Case.select(fn.MAX(Case.tahun))
        if years:
            q = q.where(Case.tahun < years[-1])
        year = q.scalar()
        if year is None:
            return years
        years.append(int(year))


def few_cases(most: int) -> bool:
    """Whether the database holds at most ``most`` cases (reading at most most + 1)."""
    return _count(Case.select(Case.id), most) <= most


def interrupter() -> Callable[[], None]:
    """What stops the calling thread's running query from another thread: its connection's
    ``interrupt`` (the query then raises an error that ``interrupted`` recognises); on a
    server, psycopg's ``cancel_safe`` (the server cancels the running statement)."""
    conn = database.connection()
    if engine.on_server():
        return conn.cancel_safe
    return conn.interrupt


# On a server: how often the watcher of ``stoppable`` asks ``cancelled()``, and cancels again
# while it stays true (a cancel reaches only the statement running when it arrives).
_SERVER_POLL_S = 0.02


@contextmanager
def stoppable(cancelled: Callable[[], bool], every: int = 100_000) -> Iterator[None]:
    """The calling thread's queries inside the block stop soon after ``cancelled()`` turns
    true (they raise an error that ``interrupted`` recognises): SQLite asks every ``every``
    virtual-machine steps (about a millisecond). ``interrupter`` stops a running statement at
    once but misses one that starts just after; this never does."""
    if engine.on_server():
        with _server_stoppable(cancelled):
            yield
        return
    conn = database.connection()
    conn.set_progress_handler(lambda: 1 if cancelled() else 0, every)
    try:
        yield
    finally:
        conn.set_progress_handler(None, 0)


@contextmanager
def _server_stoppable(cancelled: Callable[[], bool]) -> Iterator[None]:
    """``stoppable`` on a server, which has no progress handler: a watcher thread asks
    ``cancelled()`` every ``_SERVER_POLL_S`` and, once it is true, cancels the connection's
    statement, again at every poll until the block ends (so a statement that starts after
    the first cancel is stopped too). A cancel that finds the connection idle does nothing."""
    import threading

    conn = database.connection()
    done = threading.Event()

    def watch() -> None:
        while not done.wait(_SERVER_POLL_S):
            if cancelled():
                conn.cancel_safe()

    watcher = threading.Thread(target=watch, name="ujikon-stoppable", daemon=True)
    watcher.start()
    try:
        yield
    finally:
        done.set()
        watcher.join()


_QUERY_CANCELED = "57014"  # PostgreSQL's SQLSTATE of a statement stopped by a cancel


def interrupted(exc: BaseException) -> bool:
    """Whether ``exc`` is a query stopped by ``interrupter`` (or ``stoppable``)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if getattr(current, "sqlstate", None) == _QUERY_CANCELED:
            return True
        seen.add(id(current))
        current = getattr(current, "orig", None) or current.__cause__
    return primary_code(exc) == sqlite3.SQLITE_INTERRUPT
