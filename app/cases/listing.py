"""The case list: filtering, sorting and row data, done in SQL so 100,000 cases stay instant.

The view asks for the ordered ids of the cases matching a filter (one indexed query), then for
the contents of the rows it actually shows (``fetch_rows``), a page at a time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from peewee import Case as SqlCase
from peewee import fn

from app import settings
from app.models import Case, Opd, database
from app.permissions import role_name
from app.refdata import sop_for_version
from app.settings import HARI_PERINGATAN
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
    return SqlCase(None, (
        (Case.status == "selesai", 3),
        (Case.batas_waktu < t.today, 0),
        (Case.batas_waktu <= t.soon_limit, 1),
    ), 2)


def _where(f: CaseFilter, t: Thresholds):
    cond = []
    text = f.text.strip().lower()
    if text:
        for word in text.split():
            cond.append(Case.search_text.contains(word))
    if f.year is not None:
        cond.append(Case.tahun == f.year)
    if f.opd_id is not None:
        cond.append(Case.opd == f.opd_id)
    if f.actor_role:
        cond.append((Case.pelaksana == f.actor_role) & (Case.status == "berjalan"))
    running = Case.status == "berjalan"
    if f.status == DeadlineStatus.FINISHED:
        cond.append(Case.status == "selesai")
    elif f.status == DeadlineStatus.OVERDUE:
        cond.append(running & (Case.batas_waktu < t.today))
    elif f.status == DeadlineStatus.DUE_SOON:
        cond.append(running & (Case.batas_waktu >= t.today)
                    & (Case.batas_waktu <= t.soon_limit))
    elif f.status == DeadlineStatus.ON_TIME:
        cond.append(running & (Case.batas_waktu > t.soon_limit))
    return cond


def query_case_ids(f: CaseFilter, t: Thresholds, sort: SortKey = SortKey.NUMBER,
                   descending: bool = False) -> list[int]:
    q = Case.select(Case.id)
    if sort == SortKey.OPD:
        q = q.join(Opd)
    for c in _where(f, t):
        q = q.where(c)
    order_cols = {
        SortKey.NUMBER: [Case.tahun, Case.urut],
        SortKey.OPD: [Opd.nama, Case.tahun, Case.urut],
        SortKey.TITLE: [Case.judul],
        SortKey.STEP: [Case.status, Case.tahap],
        SortKey.ACTOR: [Case.pelaksana],
        SortKey.DUE: [Case.batas_waktu],
        SortKey.DAYS_LEFT: [Case.batas_waktu],
        SortKey.STATUS: [_status_rank(t), Case.batas_waktu],
    }[sort]
    ordering = [c.desc() if descending else c.asc() for c in order_cols]
    # Finished cases have no due date; keep them last whichever way the user sorts.
    if sort in (SortKey.DUE, SortKey.DAYS_LEFT):
        ordering = [Case.batas_waktu.is_null(), *ordering]
    ordering.append(Case.id.desc() if descending else Case.id.asc())
    # The raw cursor: peewee's row wrapping would cost more than the query itself here.
    sql, params = q.order_by(*ordering).sql()
    return [row[0] for row in database.execute_sql(sql, params).fetchall()]


def count_cases(f: CaseFilter, t: Thresholds) -> int:
    q = Case.select(fn.COUNT(Case.id))
    for c in _where(f, t):
        q = q.where(c)
    return q.scalar()


def fetch_rows(ids: list[int], t: Thresholds, calendar: WorkCalendar) -> list[CaseRow]:
    """Row contents for ``ids``, in the same order."""
    if not ids:
        return []
    q = (Case.select(Case.id, Case.nomor, Case.judul, Case.tahap, Case.pelaksana,
                     Case.batas_waktu, Case.status, Case.sop_version, Opd.nama, Opd.singkatan)
         .join(Opd).where(Case.id.in_(ids)))
    by_id: dict[int, CaseRow] = {}
    for c in q:
        finished = c.status == "selesai"
        sop = sop_for_version(c.sop_version_id)
        step = sop.step(c.tahap)
        due = None if finished else c.batas_waktu
        by_id[c.id] = CaseRow(
            id=c.id, nomor=c.nomor, opd=c.opd.nama, opd_singkat=c.opd.singkatan or c.opd.nama,
            judul=c.judul, tahap=c.tahap,
            tahap_judul=step.title, pelaksana="" if finished else role_name(c.pelaksana),
            batas_waktu=due,
            sisa_hari_kerja=None if due is None else calendar.working_days_until(t.today, due),
            status=t.status_of(finished, due),
        )
    return [by_id[i] for i in ids if i in by_id]


def available_years() -> list[int]:
    return [r[0] for r in Case.select(Case.tahun).distinct().order_by(Case.tahun.desc())
            .tuples()]
