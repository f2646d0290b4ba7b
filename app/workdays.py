"""Working days (hari kerja): Monday to Friday minus libur nasional and cuti bersama.

National dates come from the ``holidays`` package (categories public + government, Indonesian
names); a local override table adds or removes dates with the SKB reference, because SKBs
change mid-year and the office PCs are offline. Whether cuti bersama stop the clock is a
setting (default: yes).

Counting rule: day 1 of a period is the first working day *after* the start date.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import cache
from pathlib import Path

from app.phrases import duration, joined, label, phrase


@cache
def holidays_version() -> str:
    """The installed ``holidays`` version, read from its dist-info folder's name: importing
    the package (or ``importlib.metadata``) only to ask costs 50-250 ms at start."""
    import importlib.util

    spec = importlib.util.find_spec("holidays")
    if spec is not None and spec.origin:
        site = Path(spec.origin).parent.parent
        for info in site.glob("holidays-*.dist-info"):
            return info.name.removeprefix("holidays-").removesuffix(".dist-info")
    from importlib.metadata import version

    return version("holidays")


@cache
def indonesian_holidays() -> type:
    """The ``holidays`` package's calendar of Indonesia (the class ``country_holidays("ID")``
    makes). That function imports the package ``holidays.countries``, whose ``__init__``
    imports every country of the world: about 300 modules, 8 MiB that stay in memory and
    0.1 to 0.3 s. Only Indonesia's module is loaded here, under a bare ``holidays.countries``
    package (its folder, no ``__init__`` run), unless the full package is imported already;
    ``holidays`` itself loads the others lazily when asked for one."""
    import sys
    import types

    import holidays

    if "holidays.countries" not in sys.modules:
        countries = types.ModuleType("holidays.countries")
        countries.__path__ = [str(Path(holidays.__file__).with_name("countries"))]
        countries.__package__ = "holidays.countries"
        sys.modules["holidays.countries"] = countries
    from holidays.countries.indonesia import Indonesia

    return Indonesia


NATIONAL_TABLE = "hari_libur_nasional.json"  # resources/: the package's dates, shipped
NATIONAL_TABLE_YEARS = range(2015, 2041)


def package_national_dates(year: int) -> list[tuple[date, DayKind, str]]:
    """``year``'s libur nasional and cuti bersama as the ``holidays`` package gives them
    (categories public and government, Indonesian names), cuti bersama first so that a
    date in both is a libur nasional (as the calendar always read them)."""
    indonesia = indonesian_holidays()
    out: dict[date, tuple[date, DayKind, str]] = {}
    for category, kind in (("government", DayKind.CUTI), ("public", DayKind.LIBUR)):
        for day, name in indonesia(years=year, categories=(category,), language="id").items():
            out[day] = (day, kind, name)
    return sorted(out.values())


@cache
def _shipped_table() -> dict[int, list[tuple[date, DayKind, str]]]:
    """The national dates shipped in ``resources/`` (``tools/holiday_table.py`` writes them
    from the pinned ``holidays`` package), when they are those of the package installed now;
    empty otherwise (another version, a missing or damaged file: the package is asked)."""
    import json

    from app.resources import resource

    try:
        raw = json.loads(resource(NATIONAL_TABLE).read_text(encoding="utf-8"))
        if raw.get("holidays") != holidays_version():
            return {}
        return {
            int(year): [(date.fromisoformat(d), DayKind(k), str(n)) for d, k, n in days]
            for year, days in raw["tahun"].items()
        }
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def national_dates(year: int) -> list[tuple[date, DayKind, str]]:
    """``year``'s libur nasional and cuti bersama (date, kind, name). From the table shipped
    with Ujikon when it holds that year for the installed ``holidays`` version: importing
    the package and computing a year costs 60-90 ms and 12 MiB at start, for the same
    dates (a test compares them); else from the package."""
    shipped = _shipped_table().get(year)
    if shipped is not None:
        return shipped
    return package_national_dates(year)


class DayKind(StrEnum):
    WEEKEND = "akhir_pekan"
    LIBUR = "libur_nasional"
    CUTI = "cuti_bersama"


DAY_KIND_LABEL = {
    DayKind.WEEKEND: "Akhir pekan",
    DayKind.LIBUR: "Libur nasional",
    DayKind.CUTI: "Cuti bersama",
}


# A weekend day's name in a deadline's proof (labels: the window says them in its language).
_SATURDAY, _SUNDAY = label("Sabtu"), label("Minggu")


class OverrideAction(StrEnum):
    ADD = "tambah"  # the date is not a working day
    REMOVE = "hapus"  # the date is a working day after all (e.g. a cancelled cuti bersama)


@dataclass(frozen=True)
class Override:
    day: date
    action: OverrideAction
    kind: DayKind  # for ADD: libur nasional or cuti bersama
    name: str
    reference: str  # e.g. "SKB 3 Menteri No. 933/1/3 Tahun 2025"


def skb_missing(year: int) -> str:
    """What the proof says where the office has not recorded the SKB of ``year``."""
    return phrase("SKB belum dicatat untuk tahun {tahun}", tahun=year)


@dataclass(frozen=True)
class NonWorkingDay:
    day: date
    kind: DayKind
    name: str
    reference: str = ""  # SKB reference when it comes from an override (a local change)
    skb: str = ""  # the SKB of the year's national dates, as the office recorded it

    @property
    def rujukan(self) -> str:
        """The SKB behind a libur nasional or cuti bersama: the local change's reference,
        else the SKB the office recorded for the year, else that it is not recorded yet
        (empty for a weekend)."""
        if self.kind == DayKind.WEEKEND:
            return ""
        return self.reference or self.skb or skb_missing(self.day.year)

    @property
    def label(self) -> str:
        """``Libur nasional: Hari Raya Natal (SKB …)`` (a phrase, for the window's language;
        the holiday's name and the SKB are the office's data)."""
        text: str = label(DAY_KIND_LABEL[self.kind])
        if self.name:
            text = phrase("{jenis}: {nama}", jenis=text, nama=self.name)
        if self.rujukan:
            text = phrase("{hari} ({rujukan})", hari=text, rujukan=self.rujukan)
        return text


@dataclass(frozen=True)
class ExplainedDay:
    day: date
    counted: int | None  # 1-based number of the working day, None if skipped
    skipped: NonWorkingDay | None


@dataclass(frozen=True)
class DeadlineExplanation:
    start: date
    working_days: int
    due: date
    days: tuple[ExplainedDay, ...]

    @property
    def skipped(self) -> list[NonWorkingDay]:
        return [d.skipped for d in self.days if d.skipped is not None]

    def as_text(self) -> str:
        """The days one per line (a phrase of lines, for the window's language)."""
        lines = [
            phrase(
                "Mulai {mulai:hari}; {lama}; hari ke-1 adalah hari kerja pertama sesudah "
                "tanggal mulai.",
                mulai=self.start,
                lama=duration(self.working_days),
            )
        ]
        for d in self.days:
            if d.skipped is None:
                lines.append(phrase("  hari ke-{ke:>2}  {hari:hari}", ke=d.counted, hari=d.day))
            else:
                lines.append(
                    phrase("  dilewati    {hari:hari} — {sebab}", hari=d.day, sebab=d.skipped.label)
                )
        lines.append(phrase("Batas waktu: {tanggal}.", tanggal=self.due))
        return joined(lines, "\n")


_BASIS = re.compile(r"revisi lokal (\d+); cuti bersama (libur|hari kerja)")


def parse_basis(basis: str) -> tuple[int, bool] | None:
    """(the administrator's changes, cuti bersama counted as holidays) from a basis that
    ``WorkCalendar.basis`` wrote; None for any other text."""
    match = _BASIS.search(basis)
    if match is None:
        return None
    return int(match.group(1)), match.group(2) == "libur"


class WorkCalendar:
    """The non-working days as the office has them now. Cheap to build; years load lazily."""

    def __init__(
        self,
        overrides: Iterable[Override] = (),
        cuti_bersama_libur: bool = True,
        revision: int = 0,
        skb: Mapping[int, str] | None = None,
    ) -> None:
        self.cuti_bersama_libur = cuti_bersama_libur
        self.revision = revision
        # The SKB 3 Menteri behind each year's national dates (year → reference), as the
        # office recorded it; it names the skipped days, it never changes which days count.
        self.skb: dict[int, str] = dict(skb or {})
        self._overrides: dict[date, Override] = {o.day: o for o in overrides}
        self._years: dict[int, dict[date, NonWorkingDay]] = {}
        self._working: dict[int, list[date]] = {}
        self._due: dict[tuple[date, int], date] = {}

    # -- what the calendar is built from -------------------------------------------------
    @property
    def basis(self) -> str:
        """A short description stored with each due date: which data computed it."""
        cuti = "cuti bersama libur" if self.cuti_bersama_libur else "cuti bersama hari kerja"
        return f"holidays {holidays_version()}; revisi lokal {self.revision}; {cuti}"

    def basis_wording(self, basis: str, years: Iterable[int]) -> str:
        """A stored ``basis`` (see ``basis``) in words an official reads: whose dates (the
        SKB of each year in ``years``, as recorded now), whether cuti bersama counted, how
        many changes the administrator had made. A basis of another shape is quoted as it
        is, so nothing stored is hidden."""
        sources = []
        for year in sorted(set(years)):
            skb = self.skb.get(year)
            sources.append(
                phrase("tahun {tahun} menurut {skb}", tahun=year, skb=skb)
                if skb
                else phrase("tahun {tahun} ({belum})", tahun=year, belum=skb_missing(year))
            )
        parts: list[str] = [
            phrase(
                "Kalender hari kerja Ujikon: libur nasional dan cuti bersama {sumber}",
                sumber=joined(sources, "; "),
            )
        ]
        parsed = parse_basis(basis)
        if parsed is None:
            parts.append(phrase("catatan kalender tersimpan: {catatan}", catatan=basis))
        else:
            revision, cuti_libur = parsed
            parts.append(
                label("cuti bersama dihitung sebagai hari libur")
                if cuti_libur
                else label("cuti bersama dihitung sebagai hari kerja")
            )
            parts.append(
                phrase("{jumlah} perubahan oleh administrator", jumlah=revision, plural="jumlah")
                if revision
                else label("tanpa perubahan oleh administrator")
            )
        return joined(parts, "; ")

    def _national(self, year: int) -> dict[date, NonWorkingDay]:
        if year not in self._years:
            skb = self.skb.get(year, "")
            self._years[year] = {
                day: NonWorkingDay(day, kind, name, skb=skb)
                for day, kind, name in national_dates(year)
            }
        return self._years[year]

    def holiday(self, day: date) -> NonWorkingDay | None:
        """The holiday on ``day`` (libur nasional or cuti bersama), ignoring weekends and the
        cuti bersama setting; overrides applied."""
        override = self._overrides.get(day)
        if override is not None:
            if override.action == OverrideAction.REMOVE:
                return None
            return NonWorkingDay(day, override.kind, override.name, override.reference)
        return self._national(day.year).get(day)

    def non_working(self, day: date) -> NonWorkingDay | None:
        """Why ``day`` is not a working day, or ``None`` if it is one."""
        if day.weekday() >= 5:
            hol = self.holiday(day)
            name: str = _SATURDAY if day.weekday() == 5 else _SUNDAY
            if hol is not None:
                name = phrase("{hari}, juga {libur}", hari=name, libur=hol.name)
            return NonWorkingDay(day, DayKind.WEEKEND, name)
        hol = self.holiday(day)
        if hol is None:
            return None
        if hol.kind == DayKind.CUTI and not self.cuti_bersama_libur:
            return None
        return hol

    def is_working_day(self, day: date) -> bool:
        return self.non_working(day) is None

    def holidays_in_year(self, year: int) -> list[NonWorkingDay]:
        """Every libur nasional and cuti bersama of ``year`` (overrides applied), by date."""
        days = dict(self._national(year))
        for day, o in self._overrides.items():
            if day.year != year:
                continue
            if o.action == OverrideAction.REMOVE:
                days.pop(day, None)
            else:
                days[day] = NonWorkingDay(day, o.kind, o.name, o.reference)
        return [days[d] for d in sorted(days)]

    # -- counting --------------------------------------------------------------------------
    def add_working_days(self, start: date, n: int) -> date:
        """The date of working day ``n`` counted from the first working day after ``start``.
        Remembered per calendar (its days never change), since a bulk fill asks for the same
        few thousand due dates hundreds of thousands of times."""
        key = (start, n)
        due = self._due.get(key)
        if due is None:
            due = self._due[key] = self._count_forward(start, n)
        return due

    def _count_forward(self, start: date, n: int) -> date:
        if n < 1:
            raise ValueError("n must be at least 1")
        day, counted = start, 0
        while counted < n:
            day += timedelta(days=1)
            if self.is_working_day(day):
                counted += 1
        return day

    def explain(self, start: date, n: int) -> DeadlineExplanation:
        """Every day from ``start`` to the due date: its number, or why it was skipped."""
        explained: list[ExplainedDay] = []
        day, counted = start, 0
        while counted < n:
            day += timedelta(days=1)
            reason = self.non_working(day)
            if reason is None:
                counted += 1
                explained.append(ExplainedDay(day, counted, None))
            else:
                explained.append(ExplainedDay(day, None, reason))
        return DeadlineExplanation(start, n, day, tuple(explained))

    def _working_days_of_year(self, year: int) -> list[date]:
        if year not in self._working:
            day, days = date(year, 1, 1), []
            while day.year == year:
                if self.is_working_day(day):
                    days.append(day)
                day += timedelta(days=1)
            self._working[year] = days
        return self._working[year]

    def _count_working(self, after: date, until: date) -> int:
        """Working days d with after < d <= until."""
        total = 0
        for year in range(after.year, until.year + 1):
            days = self._working_days_of_year(year)
            lo = bisect.bisect_right(days, after) if year == after.year else 0
            hi = bisect.bisect_right(days, until) if year == until.year else len(days)
            total += hi - lo
        return total

    def working_days_until(self, today: date, due: date) -> int:
        """Working days left from ``today`` until ``due``: 0 when due today, negative when
        overdue (minus the working days from the day after the due date up to today)."""
        if due >= today:
            return self._count_working(today, due)
        return -self._count_working(due, today)
