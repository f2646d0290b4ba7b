"""The case list: filtering, sorting and row data, done in SQL so 100,000 cases stay instant.

The view asks for the ordered ids of the cases matching a filter (one indexed query), then for
the contents of the rows it actually shows (``fetch_rows``), a page at a time.
"""

from __future__ import annotations

import operator
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import reduce
from typing import Any

from peewee import SQL, ColumnBase, Value, fn
from peewee import Case as SqlCase

from app import settings
from app.models import Case, Opd, database
from app.permissions import role_name
from app.refdata import sop_for_version
from app.settings import HARI_PERINGATAN
from app.states import CaseStatus
from app.store import search_index
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


def _where(f: CaseFilter, t: Thresholds):
    cond = []
    for word in search_words(f.text):
        # Exactly "the text contains the word" (instr: no LIKE wildcards), found through the
        # trigram index when the word is long enough (app.store.search_index).
        cond.append(fn.instr(Case.search_text, word) > 0)
        if len(word) >= search_index.MIN_INDEXED:
            cond.append(
                Case.id.in_(
                    SQL(
                        f"(SELECT rowid FROM {search_index.TABLE} WHERE {search_index.TABLE} "
                        "MATCH ?)",
                        [search_index.phrase(word)],
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
    if f.status == DeadlineStatus.FINISHED:
        cond.append(Case.status == CaseStatus.FINISHED)
    elif f.status == DeadlineStatus.OVERDUE:
        cond.append(running & (Case.batas_waktu < t.today))
    elif f.status == DeadlineStatus.DUE_SOON:
        cond.append(running & (Case.batas_waktu >= t.today) & (Case.batas_waktu <= t.soon_limit))
    elif f.status == DeadlineStatus.ON_TIME:
        cond.append(running & (Case.batas_waktu > t.soon_limit))
    return cond


def _order(t: Thresholds, sort: SortKey, descending: bool) -> list[tuple[Any, bool]]:
    """The ORDER BY of a sort, as (expression, descending) pairs; the case id last, so the
    order is total."""
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


def _filtered(f: CaseFilter, t: Thresholds, sort: SortKey, *columns):
    q = Case.select(*columns)
    if sort == SortKey.OPD:
        q = q.join(Opd)
    for c in _where(f, t):
        q = q.where(c)
    return q


def query_case_ids(
    f: CaseFilter, t: Thresholds, sort: SortKey = SortKey.NUMBER, descending: bool = False
) -> list[int]:
    ordering = [c.desc() if d else c.asc() for c, d in _order(t, sort, descending)]
    q = _filtered(f, t, sort, Case.id).order_by(*ordering)
    # The raw cursor: peewee's row wrapping would cost more than the query itself here.
    sql, params = q.sql()
    return [row[0] for row in database.execute_sql(sql, params).fetchall()]


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


def fetch_rows(ids: list[int], t: Thresholds, calendar: WorkCalendar) -> list[CaseRow]:
    """Row contents for ``ids``, in the same order."""
    if not ids:
        return []
    q = (
        Case.select(
            Case.id,
            Case.nomor,
            Case.judul,
            Case.tahap,
            Case.pelaksana,
            Case.batas_waktu,
            Case.status,
            Case.sop_version,
            Opd.nama,
            Opd.singkatan,
        )
        .join(Opd)
        .where(Case.id.in_(ids))
    )
    by_id: dict[int, CaseRow] = {}
    for c in q:
        finished = c.status == CaseStatus.FINISHED
        sop = sop_for_version(c.sop_version_id)
        step = sop.step(c.tahap)
        due = None if finished else c.batas_waktu
        by_id[c.id] = CaseRow(
            id=c.id,
            nomor=c.nomor,
            opd=c.opd.nama,
            opd_singkat=c.opd.singkatan or c.opd.nama,
            judul=c.judul,
            tahap=c.tahap,
            tahap_judul=step.title,
            pelaksana="" if finished else role_name(c.pelaksana),
            batas_waktu=due,
            sisa_hari_kerja=None if due is None else calendar.working_days_until(t.today, due),
            status=t.status_of(finished, due),
        )
    return [by_id[i] for i in ids if i in by_id]


def available_years() -> list[int]:
    return list(Case.select(Case.tahun).distinct().order_by(Case.tahun.desc()).scalars())
