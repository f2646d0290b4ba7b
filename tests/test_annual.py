"""The annual report's figures on a database built here, with known counts per Pasal 17
letter and known working-day durations across the holidays of 2025/2026 (Nyepi and Idul
Fitri with their cuti bersama, Good Friday, Kenaikan, Idul Adha, Natal, Tahun Baru)."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from app import clock
from app.cases import commands
from app.cases.read import case_detail
from app.errors import UserError
from app.models import InfoItem, database
from app.reports.annual import LETTERS, AnnualFigures, annual_figures, letters_cited, year_problem
from tests.conftest import ACTORS, ADMIN, STEP1_ITEM, create_case_with_item, fill_step

TODAY = date(2027, 1, 20)  # the year 2026 is over
EVENT = {"jangka_jenis": "peristiwa", "jangka_peristiwa": "sampai perkara diputus"}


def _item(codes: list[str], uraian: str, **extra) -> dict:
    return {**STEP1_ITEM, "uraian": uraian, "dasar_hukum": codes, **extra}


def _start(judul: str, start: date, items: list[dict]) -> int:
    """A case with ``items`` (the first replaces the helper's default item)."""
    case = create_case_with_item(judul=judul, start=start, item=items[0])
    for values in items[1:]:
        commands.save_item(ACTORS["ppid_pembantu"], case.id, values)
    return case.id


def _run(case_id: int, officials: dict, ends: list, conclusions: dict[int, str] | None = None):
    """Complete the running steps on the dates of ``ends`` in turn; ("kembali", d) sends the
    running step back on d instead. ``conclusions``: item number → kesimpulan (step 2)."""
    for end in ends:
        detail = case_detail(case_id)
        step = detail.current_step
        actor = ACTORS[step.actor]
        if isinstance(end, tuple):
            commands.send_back(actor, case_id, step.number, "Alasan belum lengkap.", on=end[1])
            continue
        fill_step(case_id, officials)
        if "kesimpulan" in step.item_fields:
            for item in detail.items:
                value = (conclusions or {}).get(item.urut, "seluruhnya")
                values: dict = {"kesimpulan": value}
                if value == "sebagian":
                    values |= {"bagian_dihitamkan": "Nama pasien", "alasan_dihitamkan": "Pribadi."}
                commands.save_item(actor, case_id, values, item.id)
        commands.complete_step(actor, case_id, step.number, on=end)


@pytest.fixture
def office(db, officials):
    """Six cases around the year 2026 (see each for why it counts where it does)."""
    clock.pin_today(TODAY)
    try:
        # A: begun and finished in 2026 (May); three items: h; h and i (partly); b opened.
        a = _start(
            "A",
            date(2026, 3, 16),
            [
                _item(["17.h.2"], "Rekam medis"),
                _item(["17.h.1", "17.h.2", "17.i"], "Memo internal"),
                _item(["17.b"], "Daftar aset", **EVENT),
            ],
        )
        _run(
            a,
            officials,
            [
                date(2026, 3, 27),  # 4 wd: 17, 25, 26, 27 (18 cuti, 19 Nyepi, 20-24 Idul Fitri)
                date(2026, 4, 10),  # 9 wd (3 April Wafat Yesus Kristus)
                date(2026, 4, 24),  # 10 wd: over the 7 of step 3
                date(2026, 5, 8),  # 9 wd (1 May Hari Buruh)
                date(2026, 5, 13),  # 3 wd
                date(2026, 5, 29),  # 8 wd (14-15 Kenaikan, 27-28 Idul Adha)
            ],
            {2: "sebagian", 3: "terbuka"},
        )
        # B: begun in 2025, finished in 2026 (February); a and b; only another statute.
        b = _start(
            "B",
            date(2025, 12, 1),
            [
                _item(["17.a.1", "17.b"], "Berkas penyidikan", **EVENT),
                _item([], "Data pajak", dasar_hukum_lain="UU 28/2007 Pasal 34"),
            ],
        )
        _run(
            b,
            officials,
            [
                date(2025, 12, 19),  # 2025: not a 2026 run
                date(2026, 1, 9),  # 12 wd: over (25 Natal, 26 cuti, 1 Jan)
                date(2026, 1, 14),  # 3 wd
                date(2026, 1, 21),  # 4 wd (16 Jan Isra Mikraj)
                date(2026, 1, 22),  # 1 wd
                date(2026, 2, 6),  # 11 wd: over
            ],
        )
        # C: begun and finished in 2026 (October), step 5 sent back once; letter j.
        c = _start("C", date(2026, 9, 1), [_item(["17.j"], "Data nasabah")])
        _run(
            c,
            officials,
            [
                date(2026, 9, 4),  # 3
                date(2026, 9, 11),  # 5
                date(2026, 9, 15),  # 2
                date(2026, 9, 22),  # 5
                ("kembali", date(2026, 9, 24)),  # step 5, first run: 2
                date(2026, 9, 29),  # step 4, second run: 3
                date(2026, 10, 1),  # step 5, second run: 2
                date(2026, 10, 15),  # 10
            ],
        )
        # D: begun in December 2026, at step 2 at the year end (its item has no conclusion).
        d = _start("D", date(2026, 12, 21), [_item(["17.c.1"], "Peta instalasi", **EVENT)])
        _run(d, officials, [date(2026, 12, 30)])  # 5 wd (24 cuti, 25 Natal)
        # E: begun in 2026, concluded at step 2 but finished only later: its item (d) waits.
        e = _start("E", date(2026, 11, 2), [_item(["17.d"], "Kontrak", **EVENT)])
        _run(
            e,
            officials,
            [
                date(2026, 11, 13),  # 9
                date(2026, 11, 27),  # 10 = the limit, not over
                date(2026, 12, 8),  # 7 = the limit
                date(2027, 1, 5),  # 2027: not a 2026 run
            ],
        )
        # F: all in 2025.
        f = _start("F", date(2025, 10, 1), [_item(["17.e.1"], "Rahasia dagang", **EVENT)])
        _run(
            f,
            officials,
            [date(2025, 10, 3), date(2025, 10, 10), date(2025, 10, 15), date(2025, 10, 22)]
            + [date(2025, 10, 23), date(2025, 11, 28)],
        )
        yield {"a": a, "b": b, "c": c, "d": d, "e": e, "f": f}
    finally:
        clock.pin_today(None)


def _step(figures: AnnualFigures, number: int):
    return next(s for s in figures.steps if s.number == number)


def test_the_cases_of_a_year_by_start_finish_and_what_is_open_at_its_end(office):
    f = annual_figures(2026)
    assert f.year_over and f.as_of == date(2026, 12, 31)
    assert (f.cases_begun, f.cases_finished, f.cases_open_at_year_end) == (4, 3, 2)
    assert f.finished_per_month == (0, 1, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0)
    last = annual_figures(2025)
    assert (last.cases_begun, last.cases_finished, last.cases_open_at_year_end) == (2, 1, 1)
    assert sum(last.finished_per_month) == 1 and last.finished_per_month[10] == 1


def test_items_count_in_the_year_their_case_finished_once_per_letter(office):
    f = annual_figures(2026)
    # A (3) + B (2) + C (1); D is still running, E finished later, F in 2025.
    assert f.items_tested == 6
    assert (f.items_exempted, f.items_exempted_partly, f.items_opened) == (5, 1, 1)
    assert f.items_exempted_fully == 4 and f.items_without_conclusion == 0
    expected = dict.fromkeys(LETTERS, 0) | {"h": 2, "i": 1, "a": 1, "b": 1, "j": 1}
    assert dict(f.by_letter) == expected  # A's opened item (b) is not an exemption
    assert f.items_several_letters == 2  # A's memo (h, i) and B's file (a, b)
    assert f.items_no_letter == 1  # B's tax data, exempt by another statute only
    earlier = annual_figures(2025)
    assert earlier.items_tested == 1 and earlier.by_letter["e"] == 1


def test_working_days_per_step_across_holidays(office):
    f = annual_figures(2026)
    one, two, three = _step(f, 1), _step(f, 2), _step(f, 3)
    assert (one.runs, one.maximum, one.over_limit) == (4, 9, 0)  # A 4, C 3, D 5, E 9
    assert one.average == pytest.approx(21 / 4)
    assert (two.runs, two.maximum, two.over_limit) == (4, 12, 1)  # A 9, B 12, C 5, E 10
    assert two.average == pytest.approx(36 / 4)
    assert (three.runs, three.maximum, three.over_limit, three.limit) == (4, 10, 1, 7)
    four, five, six = _step(f, 4), _step(f, 5), _step(f, 6)
    assert (four.runs, four.maximum, four.over_limit) == (4, 9, 0)  # A 9, B 4, C 5 and 3
    assert four.average == pytest.approx(21 / 4)
    assert (five.runs, five.maximum, five.average) == (4, 3, 2.0)  # the sent-back run counts
    assert (six.runs, six.maximum, six.over_limit) == (3, 11, 1)
    assert six.average == pytest.approx(29 / 3)
    assert [s.title for s in f.steps][:2] == ["Identifikasi dan usulan", "Rapat uji konsekuensi"]
    assert five.actor == "Atasan PPID" and five.limit == 3


def test_a_local_holiday_shortens_what_a_step_took(office):
    from app.calendar_service import add_override
    from app.workdays import DayKind, OverrideAction

    add_override(
        ADMIN, date(2026, 4, 13), OverrideAction.ADD, DayKind.CUTI, "Cuti lokal", "SKB uji"
    )
    three = _step(annual_figures(2026), 3)
    assert three.maximum == 9  # A's step 3: 10 working days, one of them now a holiday


def test_a_running_year_counts_until_today(office):
    clock.pin_today(date(2026, 6, 30))
    f = annual_figures(2026)
    assert f.as_of == date(2026, 6, 30) and not f.year_over
    # Open on 30 June: begun by then and not finished by then (A and B had finished; the
    # cases begun later exist only because this test goes back in time).
    assert (f.cases_begun, f.cases_finished, f.cases_open_at_year_end) == (4, 3, 0)


def test_the_figures_freeze_to_json_and_back(office):
    f = annual_figures(2026)
    text = json.dumps(f.to_dict())
    assert AnnualFigures.from_dict(json.loads(text)) == f
    raw = json.loads(text)
    raw["items_tested"] = "6"
    with pytest.raises(UserError, match="tidak terbaca"):
        AnnualFigures.from_dict(raw)
    raw = json.loads(text) | {"format": 99}
    with pytest.raises(UserError, match="2026"):
        AnnualFigures.from_dict(raw)
    raw = json.loads(text)
    del raw["steps"][0]["maximum"]
    with pytest.raises(UserError):
        AnnualFigures.from_dict(raw)


# About the SQLite file: only its loose typing lets text into a date or an integer column
# (a server's DATE and INTEGER columns refuse 'kemarin' and 'sepuluh').
@pytest.mark.sqlite_only
def test_rows_edited_outside_the_app_are_counted_without_a_crash(office):
    """A legal basis that is no list, codes of no Pasal 17 letter, no conclusion at all."""
    path = Path(database.database)
    a_items = [i.id for i in InfoItem.select().where(InfoItem.case == office["a"])]
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE infoitem SET dasar_hukum = '\"17.h\"' WHERE id = ?", (a_items[0],))
        conn.execute(
            'UPDATE infoitem SET dasar_hukum = \'[42, "17.z", "17.i.9", "UU 1"]\' WHERE id = ?',
            (a_items[1],),
        )
        conn.execute("UPDATE infoitem SET kesimpulan = '' WHERE id = ?", (a_items[2],))
        conn.execute(
            "UPDATE steprecord SET tanggal_mulai = 'kemarin' WHERE case_id = ? AND tahap = 1",
            (office["a"],),
        )
        conn.execute(
            "UPDATE steprecord SET hari_kerja = 'sepuluh' WHERE case_id = ? AND tahap = 3",
            (office["a"],),
        )
    conn.close()
    f = annual_figures(2026)
    assert f.items_tested == 6 and f.items_opened == 0 and f.items_without_conclusion == 1
    assert f.by_letter["h"] == 0 and f.by_letter["i"] == 1  # "17.i.9" still names letter i
    assert f.items_no_letter == 2  # the string and B's other statute
    assert _step(f, 1).runs == 3  # A's step 1 has no start date left to count from
    assert _step(f, 3).runs == 4 and _step(f, 3).over_limit == 0  # no limit to go over


def test_years_without_a_report_are_refused_in_words():
    today = date(2026, 11, 25)
    assert year_problem(2026, today) is None and year_problem(2000, today) is None
    assert "belum dimulai" in (year_problem(2027, today) or "")
    assert "terlalu awal" in (year_problem(1999, today) or "")
    assert "angka" in (year_problem(True, today) or "")  # type: ignore[arg-type]


def test_letters_cited():
    assert letters_cited(["17.h.1", "17.h.2", "17.a"]) == {"h", "a"}
    assert letters_cited(["18.a", "17.k", "17", "x.h.1", None]) == set()
    assert letters_cited("17.h") == set()
