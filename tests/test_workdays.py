"""The working-day calendar (hari kerja): weekends, libur nasional, cuti bersama, overrides,
and the counting rule (day 1 is the first working day after the start date).

Official dates: SKB 1017/2/2 of 2024 (2025, amended by SKB 933/1/3 of 2025 adding 18 Aug) and
SKB 1497/2/5 of 2025 (2026); see shared/reference/domain-research.md §4.2 and §4.4.
"""

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.workdays import DayKind, Override, OverrideAction, WorkCalendar

ROOT = Path(__file__).resolve().parents[1]

D = date

LIBUR_2025 = [
    D(2025, 1, 1),
    D(2025, 1, 27),
    D(2025, 1, 29),
    D(2025, 3, 29),
    D(2025, 3, 31),
    D(2025, 4, 1),
    D(2025, 4, 18),
    D(2025, 4, 20),
    D(2025, 5, 1),
    D(2025, 5, 12),
    D(2025, 5, 29),
    D(2025, 6, 1),
    D(2025, 6, 6),
    D(2025, 6, 27),
    D(2025, 8, 17),
    D(2025, 9, 5),
    D(2025, 12, 25),
]
CUTI_2025 = [
    D(2025, 1, 28),
    D(2025, 3, 28),
    D(2025, 4, 2),
    D(2025, 4, 3),
    D(2025, 4, 4),
    D(2025, 4, 7),
    D(2025, 5, 13),
    D(2025, 5, 30),
    D(2025, 6, 9),
    D(2025, 8, 18),
    D(2025, 12, 26),
]
LIBUR_2026 = [
    D(2026, 1, 1),
    D(2026, 1, 16),
    D(2026, 2, 17),
    D(2026, 3, 19),
    D(2026, 3, 21),
    D(2026, 3, 22),
    D(2026, 4, 3),
    D(2026, 4, 5),
    D(2026, 5, 1),
    D(2026, 5, 14),
    D(2026, 5, 27),
    D(2026, 5, 31),
    D(2026, 6, 1),
    D(2026, 6, 16),
    D(2026, 8, 17),
    D(2026, 8, 25),
    D(2026, 12, 25),
]
CUTI_2026 = [
    D(2026, 2, 16),
    D(2026, 3, 18),
    D(2026, 3, 20),
    D(2026, 3, 23),
    D(2026, 3, 24),
    D(2026, 5, 15),
    D(2026, 5, 28),
    D(2026, 12, 24),
]

OFFICIAL = [(d, DayKind.LIBUR) for d in LIBUR_2025 + LIBUR_2026] + [
    (d, DayKind.CUTI) for d in CUTI_2025 + CUTI_2026
]

SKB_REF = "SKB 3 Menteri No. 933/1/3 Tahun 2025"

# Built once: the national tables load lazily per year and are the slow part.
WITH_CUTI = WorkCalendar()
WITHOUT_CUTI = WorkCalendar(cuti_bersama_libur=False)


def _chain(cal: WorkCalendar, start: date, durations) -> date:
    day = start
    for n in durations:
        day = cal.add_working_days(day, n)
    return day


# ----------------------------------------------------------------------------- non-working days
@pytest.mark.parametrize("day", [D(2026, 11, 21), D(2026, 11, 22), D(2025, 1, 4)])
def test_saturday_and_sunday_are_not_working_days(day):
    reason = WITH_CUTI.non_working(day)
    assert reason is not None and reason.kind == DayKind.WEEKEND


def test_an_ordinary_weekday_is_a_working_day():
    assert WITH_CUTI.is_working_day(D(2026, 11, 25))
    assert WITH_CUTI.non_working(D(2026, 11, 25)) is None


@pytest.mark.parametrize(("day", "kind"), OFFICIAL, ids=lambda v: str(v))
def test_every_official_2025_and_2026_holiday_is_non_working_with_its_kind(day, kind):
    assert not WITH_CUTI.is_working_day(day)
    holiday = WITH_CUTI.holiday(day)
    assert holiday is not None and holiday.kind == kind and holiday.name


def test_18_august_2025_is_cuti_bersama_added_by_the_2025_amendment():
    holiday = WITH_CUTI.holiday(D(2025, 8, 18))
    assert holiday.kind == DayKind.CUTI
    assert WITH_CUTI.non_working(D(2025, 8, 18)).kind == DayKind.CUTI
    assert WITHOUT_CUTI.is_working_day(D(2025, 8, 18))


@pytest.mark.parametrize(
    ("year", "libur", "cuti"), [(2025, LIBUR_2025, CUTI_2025), (2026, LIBUR_2026, CUTI_2026)]
)
def test_the_holiday_list_of_a_year_is_exactly_the_skb_list(year, libur, cuti):
    listed = WITH_CUTI.holidays_in_year(year)
    assert [h.day for h in listed if h.kind == DayKind.LIBUR] == libur
    assert [h.day for h in listed if h.kind == DayKind.CUTI] == cuti


def test_a_holiday_on_a_weekend_is_reported_as_weekend_naming_the_holiday():
    reason = WITH_CUTI.non_working(D(2026, 3, 21))  # Saturday, Idul Fitri
    assert reason.kind == DayKind.WEEKEND
    assert "Sabtu" in reason.name and "Idul Fitri" in reason.name


@pytest.mark.parametrize("day", CUTI_2025 + CUTI_2026, ids=str)
def test_cuti_bersama_is_a_working_day_when_the_setting_is_off(day):
    assert day.weekday() < 5  # every cuti bersama of 2025 and 2026 falls on a weekday
    assert WITHOUT_CUTI.is_working_day(day)


def test_cuti_bersama_is_not_a_working_day_by_default():
    assert WorkCalendar().cuti_bersama_libur is True
    assert not WorkCalendar().is_working_day(D(2026, 12, 24))


@pytest.mark.parametrize("day", [d for d in LIBUR_2026 if d.weekday() < 5], ids=str)
def test_libur_nasional_stays_non_working_when_cuti_bersama_is_off(day):
    assert not WITHOUT_CUTI.is_working_day(day)


# ----------------------------------------------------------------------------- overrides
def test_an_added_override_makes_a_weekday_non_working_with_its_skb_reference():
    day = D(2026, 11, 10)  # Tuesday
    cal = WorkCalendar([Override(day, OverrideAction.ADD, DayKind.CUTI, "Cuti tambahan", SKB_REF)])
    reason = cal.non_working(day)
    assert reason.kind == DayKind.CUTI and reason.reference == SKB_REF
    assert SKB_REF in reason.label and "Cuti bersama" in reason.label
    assert day in [h.day for h in cal.holidays_in_year(2026)]
    assert WITH_CUTI.is_working_day(day)


def test_an_added_cuti_bersama_override_follows_the_cuti_bersama_setting():
    day = D(2026, 11, 10)
    added = Override(day, OverrideAction.ADD, DayKind.CUTI, "Cuti tambahan", SKB_REF)
    assert WorkCalendar([added], cuti_bersama_libur=False).is_working_day(day)
    libur = Override(day, OverrideAction.ADD, DayKind.LIBUR, "Libur tambahan", SKB_REF)
    assert not WorkCalendar([libur], cuti_bersama_libur=False).is_working_day(day)


def test_a_removed_national_date_becomes_a_working_day():
    day = D(2026, 8, 17)  # Monday, Hari Kemerdekaan
    cal = WorkCalendar([Override(day, OverrideAction.REMOVE, DayKind.LIBUR, "", SKB_REF)])
    assert cal.is_working_day(day)
    assert cal.holiday(day) is None
    assert day not in [h.day for h in cal.holidays_in_year(2026)]


def test_an_added_override_moves_a_due_date_one_working_day_later():
    start, day = D(2026, 11, 2), D(2026, 11, 10)
    cal = WorkCalendar([Override(day, OverrideAction.ADD, DayKind.LIBUR, "Libur", SKB_REF)])
    assert WITH_CUTI.add_working_days(start, 10) == D(2026, 11, 16)
    assert cal.add_working_days(start, 10) == D(2026, 11, 17)


# ----------------------------------------------------------------------------- counting
@pytest.mark.parametrize(
    ("start", "first"),
    [
        (D(2026, 11, 23), D(2026, 11, 24)),  # Monday: the next day
        (D(2026, 11, 20), D(2026, 11, 23)),  # Friday: the Monday after
        (D(2026, 11, 21), D(2026, 11, 23)),  # Saturday
        (D(2026, 12, 24), D(2026, 12, 28)),  # Thursday, cuti bersama; 25 Dec Natal; weekend
        (D(2026, 12, 25), D(2026, 12, 28)),  # a holiday itself
    ],
)
def test_day_one_is_the_first_working_day_after_the_start_date(start, first):
    assert WITH_CUTI.add_working_days(start, 1) == first


def test_zero_working_days_is_refused():
    with pytest.raises(ValueError):
        WITH_CUTI.add_working_days(D(2026, 3, 16), 0)


def test_ten_working_days_from_16_march_2026_is_7_april_with_cuti_bersama():
    assert WITH_CUTI.add_working_days(D(2026, 3, 16), 10) == D(2026, 4, 7)


def test_ten_working_days_from_16_march_2026_is_31_march_without_cuti_bersama():
    assert WITHOUT_CUTI.add_working_days(D(2026, 3, 16), 10) == D(2026, 3, 31)


def test_the_70_day_sop_chain_from_17_march_2025_ends_15_july_with_cuti_bersama():
    assert _chain(WITH_CUTI, D(2025, 3, 17), (10, 10, 7, 30, 3, 10)) == D(2025, 7, 15)


def test_the_70_day_sop_chain_from_17_march_2025_ends_3_july_without_cuti_bersama():
    assert _chain(WITHOUT_CUTI, D(2025, 3, 17), (10, 10, 7, 30, 3, 10)) == D(2025, 7, 3)


def test_a_period_crossing_the_new_year_skips_natal_cuti_bersama_and_1_january():
    start = D(2025, 12, 22)  # Monday
    # 23, 24 | 25 Natal, 26 cuti, 27–28 weekend | 29, 30, 31 | 1 Jan libur | 2 Jan
    assert WITH_CUTI.add_working_days(start, 6) == D(2026, 1, 2)
    assert WITHOUT_CUTI.add_working_days(start, 6) == D(2025, 12, 31)
    assert WITH_CUTI.working_days_until(start, D(2026, 1, 2)) == 6


def test_explain_numbers_each_counted_day_and_names_each_skipped_day():
    exp = WITH_CUTI.explain(D(2026, 3, 16), 10)
    assert exp.due == D(2026, 4, 7)
    counted = [d for d in exp.days if d.counted is not None]
    assert [d.counted for d in counted] == list(range(1, 11))
    assert counted[0].day == D(2026, 3, 17) and counted[-1].day == D(2026, 4, 7)
    skipped = {d.day: d.skipped for d in exp.days if d.counted is None}
    assert skipped[D(2026, 3, 18)].kind == DayKind.CUTI
    assert "Nyepi" in skipped[D(2026, 3, 19)].name
    assert skipped[D(2026, 3, 19)].kind == DayKind.LIBUR
    assert skipped[D(2026, 3, 28)].kind == DayKind.WEEKEND
    assert skipped[D(2026, 4, 3)].kind == DayKind.LIBUR
    assert all(s.label for s in skipped.values())
    # every calendar day between start and due appears exactly once
    assert [d.day for d in exp.days] == [
        D(2026, 3, 17) + timedelta(days=i) for i in range((exp.due - D(2026, 3, 17)).days + 1)
    ]


def test_explanation_text_lists_days_skipped_reasons_and_the_due_date():
    text = WITH_CUTI.explain(D(2026, 3, 16), 10).as_text()
    assert "hari ke-10" in text
    assert "Cuti bersama" in text and "Libur nasional" in text
    assert "Batas waktu: 7 April 2026." in text
    assert "10 (sepuluh) hari kerja" in text


def test_working_days_until_is_positive_before_the_due_date():
    assert WITH_CUTI.working_days_until(D(2026, 11, 25), D(2026, 11, 30)) == 3


def test_working_days_until_is_zero_on_the_due_date():
    assert WITH_CUTI.working_days_until(D(2026, 11, 25), D(2026, 11, 25)) == 0


def test_working_days_until_is_negative_when_overdue():
    # due Friday 20 Nov; today Wednesday 25 Nov: 23, 24 and 25 Nov have passed
    assert WITH_CUTI.working_days_until(D(2026, 11, 25), D(2026, 11, 20)) == -3


def test_the_calendar_basis_names_the_package_version_revision_and_cuti_setting():
    cal = WorkCalendar(revision=4, cuti_bersama_libur=False)
    assert "holidays" in cal.basis and "revisi lokal 4" in cal.basis
    assert "cuti bersama hari kerja" in cal.basis


SKB_2026 = "SKB 3 Menteri Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025, Nomor 5 Tahun 2025"


def test_a_national_holiday_names_the_skb_recorded_for_its_year():
    cal = WorkCalendar(skb={2026: SKB_2026})
    nyepi = cal.non_working(D(2026, 3, 19))
    assert nyepi is not None and nyepi.kind == DayKind.LIBUR
    assert nyepi.rujukan == SKB_2026 and nyepi.reference == ""  # national, not a local change
    assert nyepi.label.endswith(f"({SKB_2026})")
    cuti = cal.non_working(D(2026, 3, 18))
    assert cuti is not None and cuti.kind == DayKind.CUTI and cuti.rujukan == SKB_2026


def test_a_year_without_a_recorded_skb_says_so_and_weekends_name_none():
    cal = WorkCalendar(skb={2026: SKB_2026})
    day = cal.non_working(D(2027, 1, 1))
    assert day is not None and day.rujukan == "SKB belum dicatat untuk tahun 2027"
    assert "SKB belum dicatat untuk tahun 2027" in day.label
    saturday = cal.non_working(D(2026, 3, 21))
    assert saturday is not None and saturday.kind == DayKind.WEEKEND and saturday.rujukan == ""


def test_a_local_change_names_its_own_reference_before_the_years_skb():
    extra = Override(D(2026, 11, 10), OverrideAction.ADD, DayKind.CUTI, "Tambahan", SKB_REF)
    cal = WorkCalendar([extra], skb={2026: SKB_2026})
    assert cal.non_working(D(2026, 11, 10)).rujukan == SKB_REF


def test_the_skb_names_the_days_and_never_moves_a_due_date():
    plain, named = WorkCalendar(), WorkCalendar(skb={2026: SKB_2026})
    for start in (D(2026, 3, 16), D(2026, 5, 11), D(2026, 12, 21)):
        assert plain.add_working_days(start, 10) == named.add_working_days(start, 10)
    assert plain.basis == named.basis


def test_the_stored_basis_reads_in_words_with_each_years_skb():
    cal = WorkCalendar(skb={2026: SKB_2026})
    words = cal.basis_wording("holidays 0.109; revisi lokal 2; cuti bersama libur", [2026, 2027])
    assert words == (
        "Kalender hari kerja Ujikon: libur nasional dan cuti bersama tahun 2026 menurut "
        f"{SKB_2026}; tahun 2027 (SKB belum dicatat untuk tahun 2027); cuti bersama dihitung "
        "sebagai hari libur; 2 perubahan oleh administrator"
    )
    assert "holidays" not in words
    words = cal.basis_wording(WorkCalendar(cuti_bersama_libur=False).basis, [2026])
    assert words.endswith(
        "cuti bersama dihitung sebagai hari kerja; tanpa perubahan oleh administrator"
    )


def test_a_basis_of_another_shape_is_quoted_not_lost():
    words = WorkCalendar().basis_wording("kalender lama X", [2026])
    assert words.endswith("catatan kalender tersimpan: kalender lama X")


@settings(max_examples=150, deadline=None, database=None)
@given(
    start=st.dates(min_value=D(2024, 1, 1), max_value=D(2028, 6, 30)),
    n=st.integers(min_value=1, max_value=80),
    cuti=st.booleans(),
)
def test_adding_n_working_days_lands_on_a_working_day_after_start_with_n_counted(start, n, cuti):
    cal = WITH_CUTI if cuti else WITHOUT_CUTI
    due = cal.add_working_days(start, n)
    assert due > start
    assert cal.is_working_day(due)
    exp = cal.explain(start, n)
    assert exp.due == due
    assert sum(1 for d in exp.days if d.counted is not None) == n
    assert cal.working_days_until(start, due) == n


def test_the_indonesian_calendar_loaded_alone_gives_the_package_s_own_dates():
    """``indonesian_holidays`` loads only Indonesia's module; in a fresh process it must give
    exactly what ``holidays.country_holidays("ID")`` gives, year by year and category by
    category, without importing the world's other countries."""
    import subprocess
    import sys

    code = """
import sys, json
from app.workdays import indonesian_holidays
alone = indonesian_holidays()
years = range(2020, 2031)
mine = {c: {str(d): n for d, n in alone(years=years, categories=(c,), language="id").items()}
        for c in ("public", "government")}
countries = [m for m in sys.modules if m.startswith("holidays.countries.")]
import holidays
theirs = {c: {str(d): n for d, n in holidays.country_holidays(
    "ID", years=years, categories=(c,), language="id").items()} for c in ("public", "government")}
print(json.dumps([mine == theirs, countries, len(mine["public"]), len(mine["government"])]))
"""
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    same, countries, public, government = json.loads(done.stdout)
    assert same and public > 100 and government > 30
    assert countries == ["holidays.countries.indonesia"]


def test_the_shipped_national_dates_are_the_installed_package_s():
    """``resources/hari_libur_nasional.json`` holds, for every year it covers, exactly the
    dates, kinds and names the pinned ``holidays`` package gives (run
    ``tools/holiday_table.py`` after updating the package)."""
    from app import workdays

    shipped = workdays._shipped_table()
    assert shipped, "the shipped table is not the installed holidays version's"
    assert sorted(shipped) == list(workdays.NATIONAL_TABLE_YEARS)
    for year in workdays.NATIONAL_TABLE_YEARS:
        assert shipped[year] == workdays.package_national_dates(year), year


def test_a_working_day_count_at_start_does_not_import_the_holidays_package():
    """The window's first counts (the case list's thresholds, days left) read the shipped
    dates: in a fresh process the ``holidays`` package stays unimported (60-90 ms, 12 MiB)."""
    import subprocess
    import sys

    code = """
import sys, json
from datetime import date
from app.workdays import WorkCalendar
cal = WorkCalendar(())
due = cal.add_working_days(date(2026, 12, 23), 3)
print(json.dumps([due.isoformat(), cal.working_days_until(date(2025, 3, 1), date(2026, 6, 1)),
                  "holidays" in sys.modules]))
"""
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    due, count, imported = json.loads(done.stdout)
    assert not imported
    # Christmas (25th) and the cuti bersama after it are skipped, as the package says.
    expected = WorkCalendar(()).add_working_days(date(2026, 12, 23), 3)
    assert due == expected.isoformat()
    assert count == WorkCalendar(()).working_days_until(date(2025, 3, 1), date(2026, 6, 1))


@pytest.mark.parametrize(
    "text",
    [
        '{"holidays": "0.1", "tahun": {"2026": [["2026-12-25", "libur_nasional", "X"]]}}',
        "not json",
        '{"holidays": "%s", "tahun": {"2026": [["2026-13-45", "libur_nasional", "X"]]}}',
        '{"holidays": "%s", "tahun": {"2026": [["2026-12-25", "hari_aneh", "X"]]}}',
        '{"holidays": "%s"}',
        "[]",
    ],
)
def test_a_table_of_another_version_or_damaged_is_ignored_for_the_package(
    tmp_path, monkeypatch, text
):
    from app import resources, workdays

    (tmp_path / workdays.NATIONAL_TABLE).write_text(
        text.replace("%s", workdays.holidays_version()), encoding="utf-8"
    )
    monkeypatch.setattr(resources, "RESOURCES", tmp_path)
    workdays._shipped_table.cache_clear()
    try:
        assert workdays._shipped_table() == {}
        assert workdays.national_dates(2026) == workdays.package_national_dates(2026)
    finally:
        workdays._shipped_table.cache_clear()


def test_a_year_outside_the_table_is_asked_of_the_package():
    from app import workdays

    year = workdays.NATIONAL_TABLE_YEARS[-1] + 1
    assert workdays.national_dates(year) == workdays.package_national_dates(year)
    assert any(kind == DayKind.LIBUR for _d, kind, _n in workdays.national_dates(year))
