"""The figures of the annual report (laporan tahunan uji konsekuensi) of one year.

Which date puts what in a year — each figure counts an *event*, by the date that event
carries (as documents carry the date of what they record, DOMAIN "Dates"), so the figures of
a year that has ended no longer change as later work is done:

- a case is *begun* in the year of its ``tanggal_mulai`` (which is also the year of its
  register number), *finished* in the year of its ``tanggal_selesai``, and *open at the year
  end* when it began on or before 31 December and was not finished by then;
- an information item counts in the year its case was **finished**: only then is its
  conclusion final (the penetapan signed by the Atasan, the result distributed). Items of
  cases still running are not counted yet; they count in the year their case finishes;
- one run of a step (a ``StepRecord``: a step sent back and worked again is a second run)
  counts in the year it ended (completed, or sent back), with the working days it took: the
  working days after its start date up to and including its end date, on the office's
  calendar as it stands (``calendar_service.current_calendar``: libur nasional, cuti bersama
  and the local changes). A run is *over its limit* when it took more working days than the
  limit it was started with (``StepRecord.hari_kerja``, from the case's SOP version).

Pasal 17 letters: an exempted item (dikecualikan seluruhnya or sebagian) counts **once under
each letter it cites** (17.h.1 and 17.h.2 are one citation of letter h). An item citing h and
i counts under both, so the letters add up to more than the exempted items when items cite
several; how many do is its own figure (``items_several_letters``), as is how many cite no
letter of Pasal 17 at all (only another statute: ``items_no_letter``).

One query per table (cases, items, step records); the counting is done here, never in a
widget. ``AnnualFigures.to_dict`` / ``from_dict`` turn the figures into JSON-able data and back,
so a locked year can be shown from the figures frozen when it was locked.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app import clock
from app.errors import UserError
from app.models import Case, InfoItem, StepRecord, database
from app.states import StepStatus

LETTERS = tuple("abcdefghij")  # UU 14/2008 Pasal 17 huruf a–j
FIGURES_FORMAT = 1  # the shape of ``to_dict``; raise it when the shape changes
FIRST_YEAR = 2000

EXEMPT_FULL = "seluruhnya"
EXEMPT_PART = "sebagian"
OPENED = "terbuka"


@dataclass(frozen=True)
class StepFigures:
    """How long the runs of one SOP step that ended in the year took, in working days."""

    number: int
    title: str
    actor: str  # the role's name, as the SOP names it
    limit: int  # the step's working days in the current SOP
    runs: int  # runs that ended in the year (completed or sent back)
    average: float | None  # None when no run ended in the year
    maximum: int | None
    over_limit: int  # runs that took more working days than their own limit

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "title": self.title,
            "actor": self.actor,
            "limit": self.limit,
            "runs": self.runs,
            "average": self.average,
            "maximum": self.maximum,
            "over_limit": self.over_limit,
        }

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> StepFigures:
        average = raw["average"]
        maximum = raw["maximum"]
        return cls(
            number=_int(raw["number"]),
            title=str(raw["title"]),
            actor=str(raw["actor"]),
            limit=_int(raw["limit"]),
            runs=_int(raw["runs"]),
            average=None if average is None else float(average),
            maximum=None if maximum is None else _int(maximum),
            over_limit=_int(raw["over_limit"]),
        )


@dataclass(frozen=True)
class AnnualFigures:
    year: int
    as_of: date  # 31 December, or today while the year runs
    computed_on: date  # the day the figures were computed (or frozen)
    cases_begun: int
    cases_finished: int
    cases_open_at_year_end: int  # open on ``as_of``
    items_tested: int  # items of the cases finished in the year
    items_exempted: int  # dikecualikan seluruhnya or sebagian
    items_exempted_partly: int  # dikecualikan sebagian (part blacked out)
    items_opened: int  # terbuka
    by_letter: Mapping[str, int]  # exempted items citing each Pasal 17 letter (a–j)
    items_several_letters: int  # exempted items citing more than one letter
    items_no_letter: int  # exempted items citing no Pasal 17 letter
    finished_per_month: tuple[int, ...]  # cases finished in January … December
    steps: tuple[StepFigures, ...] = field(default=())

    @property
    def year_over(self) -> bool:
        return self.as_of == date(self.year, 12, 31)

    @property
    def items_exempted_fully(self) -> int:
        return self.items_exempted - self.items_exempted_partly

    @property
    def items_without_conclusion(self) -> int:
        """Items of finished cases with no conclusion stored (an edited database)."""
        return self.items_tested - self.items_exempted - self.items_opened

    def to_dict(self) -> dict[str, Any]:
        """JSON-able (ints, floats, strings, lists, ISO dates) and read back by
        ``from_dict``."""
        return {
            "format": FIGURES_FORMAT,
            "year": self.year,
            "as_of": self.as_of.isoformat(),
            "computed_on": self.computed_on.isoformat(),
            "cases_begun": self.cases_begun,
            "cases_finished": self.cases_finished,
            "cases_open_at_year_end": self.cases_open_at_year_end,
            "items_tested": self.items_tested,
            "items_exempted": self.items_exempted,
            "items_exempted_partly": self.items_exempted_partly,
            "items_opened": self.items_opened,
            "by_letter": {letter: self.by_letter.get(letter, 0) for letter in LETTERS},
            "items_several_letters": self.items_several_letters,
            "items_no_letter": self.items_no_letter,
            "finished_per_month": list(self.finished_per_month),
            "steps": [s.to_dict() for s in self.steps],
        }

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> AnnualFigures:
        """Figures frozen by ``to_dict``. Raises ``UserError`` when they are not readable
        (another format, a key missing, a value of the wrong kind)."""
        try:
            if raw.get("format") != FIGURES_FORMAT:
                raise ValueError(f"format {raw.get('format')!r}")
            letters = raw["by_letter"]
            months = [_int(n) for n in raw["finished_per_month"]]
            if len(months) != 12 or set(letters) - set(LETTERS):
                raise ValueError("months or letters")
            return cls(
                year=_int(raw["year"]),
                as_of=date.fromisoformat(raw["as_of"]),
                computed_on=date.fromisoformat(raw["computed_on"]),
                cases_begun=_int(raw["cases_begun"]),
                cases_finished=_int(raw["cases_finished"]),
                cases_open_at_year_end=_int(raw["cases_open_at_year_end"]),
                items_tested=_int(raw["items_tested"]),
                items_exempted=_int(raw["items_exempted"]),
                items_exempted_partly=_int(raw["items_exempted_partly"]),
                items_opened=_int(raw["items_opened"]),
                by_letter={letter: _int(letters.get(letter, 0)) for letter in LETTERS},
                items_several_letters=_int(raw["items_several_letters"]),
                items_no_letter=_int(raw["items_no_letter"]),
                finished_per_month=tuple(months),
                steps=tuple(StepFigures.from_dict(s) for s in raw["steps"]),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            year = raw.get("year", "?") if isinstance(raw, Mapping) else "?"
            raise UserError(
                f"Angka laporan tahunan {year} yang tersimpan tidak terbaca ({exc}); hitung "
                "ulang angkanya atau minta administrator memeriksa kunci tahun itu."
            ) from exc


def _int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"bukan bilangan bulat: {value!r}")
    return value


# ----------------------------------------------------------------------------- checks
def year_problem(year: int, today: date | None = None) -> str | None:
    """Why ``year`` has no annual report (Indonesian), or None."""
    today = today or clock.today()
    if isinstance(year, bool) or not isinstance(year, int):
        return "Tahun harus berupa angka, misalnya 2026."
    if year < FIRST_YEAR:
        return f"Tahun {year} terlalu awal: laporan tahunan dimulai dari tahun {FIRST_YEAR}."
    if year > today.year:
        return (
            f"Tahun {year} belum dimulai (sekarang tahun {today.year}); pilih tahun "
            f"{today.year} atau sebelumnya."
        )
    return None


# ----------------------------------------------------------------------------- counting
def letters_cited(codes: object) -> set[str]:
    """The Pasal 17 letters a list of reference codes cites ("17.h.2" → "h"); anything that
    is not such a code (another statute typed in, an edited row) cites none."""
    found: set[str] = set()
    if not isinstance(codes, list):
        return found
    for code in codes:
        if not isinstance(code, str):
            continue
        parts = code.strip().split(".")
        if len(parts) in (2, 3) and parts[0] == "17" and parts[1] in LETTERS:
            found.add(parts[1])
    return found


def _count(condition: str) -> str:
    """``COUNT`` of the rows meeting ``condition``: a CASE, since PostgreSQL does not sum a
    boolean as SQLite sums 0/1 (the same single scan on both engines)."""
    return f"COALESCE(SUM(CASE WHEN {condition} THEN 1 ELSE 0 END), 0)"


# A month finished in: a range of its own days (``:m01`` … ``:m13``, the first day of each
# month and of the next year), not ``substr`` of the date, which is text only on SQLite.
_CASES_SQL = (
    "SELECT "
    + _count("tanggal_mulai BETWEEN :start AND :end")
    + ", "
    + _count("tanggal_selesai BETWEEN :start AND :end")
    + ", "
    + _count("tanggal_mulai <= :as_of AND (tanggal_selesai IS NULL OR tanggal_selesai > :as_of)")
    + "".join(
        ", " + _count(f"tanggal_selesai >= :m{m:02d} AND tanggal_selesai < :m{m + 1:02d}")
        for m in range(1, 13)
    )
    + ' FROM "case"'
)


def _month_starts(year: int) -> dict[str, str]:
    """``m01`` … ``m12``: the first day of each month of ``year``; ``m13``: of the next."""
    starts = {f"m{m:02d}": date(year, m, 1).isoformat() for m in range(1, 13)}
    starts["m13"] = date(year + 1, 1, 1).isoformat()
    return starts


_ITEMS_SQL = (
    f"SELECT i.kesimpulan, i.dasar_hukum FROM {InfoItem._meta.table_name} i "
    f'JOIN "{Case._meta.table_name}" c ON c.id = i.case_id '
    "WHERE c.tanggal_selesai BETWEEN :start AND :end"
)
_RUNS_SQL = (
    "SELECT tahap, hari_kerja, tanggal_mulai, tanggal_selesai "
    f"FROM {StepRecord._meta.table_name} "
    "WHERE tanggal_selesai BETWEEN :start AND :end "
    f"AND status IN ('{StepStatus.DONE.value}', '{StepStatus.SENT_BACK.value}')"
)


def _json(text: object) -> object:
    try:
        return json.loads(text) if isinstance(text, str) else None
    except ValueError:
        return None


def _date(text: object, seen: dict[str, date | None]) -> date | None:
    """An ISO date as stored, None for anything else; each text parsed once. (A server
    reads a DATE column back as a date already.)"""
    if isinstance(text, date):
        return text
    if not isinstance(text, str):
        return None
    if text not in seen:
        try:
            seen[text] = date.fromisoformat(text[:10])
        except ValueError:
            seen[text] = None
    return seen[text]


def annual_figures(year: int, today: date | None = None) -> AnnualFigures:
    """The figures of ``year`` as the database holds them now (see the module's docstring
    for which date counts). Raises ``UserError`` for a year with no report."""
    from app.calendar_service import current_calendar
    from app.sop import load_current_sop

    today = today or clock.today()
    problem = year_problem(year, today)
    if problem:
        raise UserError(problem)
    start, end = date(year, 1, 1), date(year, 12, 31)
    as_of = min(end, today)
    params = {"start": start.isoformat(), "end": end.isoformat(), "as_of": as_of.isoformat()}
    row = database.execute_sql(_CASES_SQL, {**params, **_month_starts(year)}).fetchone()
    # Raw rows: at 20,000 cases a year holds some 50,000 step runs, and peewee's conversion
    # of each row would take most of the time.
    item_rows = database.execute_sql(_ITEMS_SQL, params).fetchall()
    run_rows = database.execute_sql(_RUNS_SQL, params).fetchall()
    begun, finished, open_at_end, *months = (int(v) for v in row)

    by_letter = dict.fromkeys(LETTERS, 0)
    exempted = partly = opened = several = no_letter = 0
    for kesimpulan, codes_text in item_rows:
        if kesimpulan == OPENED:
            opened += 1
            continue
        if kesimpulan not in (EXEMPT_FULL, EXEMPT_PART):
            continue
        exempted += 1
        partly += kesimpulan == EXEMPT_PART
        cited = letters_cited(_json(codes_text))
        for letter in cited:
            by_letter[letter] += 1
        several += len(cited) > 1
        no_letter += not cited

    calendar = current_calendar()
    sop = load_current_sop()  # the file: nothing is written to the database
    taken: dict[int, list[int]] = {}
    over: dict[int, int] = {}
    dates: dict[str, date | None] = {}
    spans: dict[tuple[date, date], int] = {}
    for tahap, limit, began_text, ended_text in run_rows:
        began, ended = _date(began_text, dates), _date(ended_text, dates)
        if began is None or ended is None or not isinstance(tahap, int):
            continue  # a row edited outside the app: no length to count
        days = spans.get((began, ended))
        if days is None:
            days = calendar.working_days_until(began, ended) if ended >= began else 0
            spans[(began, ended)] = days
        taken.setdefault(tahap, []).append(days)
        over[tahap] = over.get(tahap, 0) + (isinstance(limit, int) and days > limit)
    steps = []
    numbers = sorted({s.number for s in sop.steps} | set(taken))
    for number in numbers:
        try:
            step = sop.step(number)
            title, actor, limit = step.title, sop.role_name(step.actor), step.working_days
        except KeyError:  # a step of an older SOP version the current one no longer has
            title, actor, limit = f"Tahap {number}", "", 0
        days_list = taken.get(number, [])
        steps.append(
            StepFigures(
                number=number,
                title=title,
                actor=actor,
                limit=limit,
                runs=len(days_list),
                average=sum(days_list) / len(days_list) if days_list else None,
                maximum=max(days_list) if days_list else None,
                over_limit=over.get(number, 0),
            )
        )
    return AnnualFigures(
        year=year,
        as_of=as_of,
        computed_on=today,
        cases_begun=begun,
        cases_finished=finished,
        cases_open_at_year_end=open_at_end,
        items_tested=len(item_rows),
        items_exempted=exempted,
        items_exempted_partly=partly,
        items_opened=opened,
        by_letter=by_letter,
        items_several_letters=several,
        items_no_letter=no_letter,
        finished_per_month=tuple(months),
        steps=tuple(steps),
    )


def report_years(today: date | None = None) -> list[int]:
    """The years a report can be made of, newest first: from the first case's start year
    (this year when there is none) to this year. For the window's year picker."""
    today = today or clock.today()
    first = Case.select(Case.tanggal_mulai).order_by(Case.tanggal_mulai).first()
    start = first.tanggal_mulai if first is not None else today
    first_year = max(FIRST_YEAR, min(start.year, today.year))
    return list(range(today.year, first_year - 1, -1))
