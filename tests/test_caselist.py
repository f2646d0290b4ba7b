"""The case list: filters (text, deadline status, year, OPD, "tugas saya"), every sort key,
and the row contents with working days left. Today is pinned to Wednesday 25 Nov 2026; a step is
"segera" when due within 3 working days (by Monday 30 Nov)."""

from datetime import date

import pytest

from app import clock
from app.calendar_service import current_calendar
from app.cases.listing import (
    CaseFilter,
    DeadlineStatus,
    SortKey,
    Thresholds,
    available_years,
    fetch_rows,
    query_case_ids,
)
from app.models import Case, Opd
from app.settings import HARI_PERINGATAN
from app.store import close_database


@pytest.fixture(scope="module")
def cases(tmp_path_factory, case_tools):
    """Five cases in one database shared by this module's tests (they only read), by name:
    overdue  001/2026 Dinkes, at step 2 (PPID Utama), due in April;
    soon     002/2026 Bappeda, step 1 due Mon 30 Nov;
    ontime   003/2026 BKPSDM, step 1 due Tue 8 Dec;
    done     004/2026 Disdukcapil, finished;
    old      001/2025 Inspektorat, step 1 due Dec 2025."""
    t = case_tools
    t.open_database(tmp_path_factory.mktemp("caselist") / "t.db")
    clock.pin_today(t.pinned_today)
    try:
        officials = t.officials()
        made = {
            "overdue": t.make_case("Rekam medis pasien RSUD", date(2026, 3, 2), "Dinkes"),
            "soon": t.make_case(
                "Dokumen Musrenbang kecamatan",
                date(2026, 11, 16),
                "Bappeda",
                item={"uraian": "Usulan Musrenbang yang belum final"},
            ),
            "ontime": t.make_case(
                "Biodata pegawai",
                date(2026, 11, 24),
                "BKPSDM",
                item={"uraian": "Biodata elektronik pegawai negeri sipil"},
            ),
            "done": t.make_case(
                "Data kependudukan",
                date(2026, 1, 5),
                "Disdukcapil",
                item={"uraian": "Data NIK dan Kartu Keluarga"},
            ),
            "old": t.make_case(
                "Laporan pemeriksaan khusus",
                date(2025, 12, 1),
                "Inspektorat",
                item={"uraian": "Identitas pelapor pengaduan masyarakat"},
            ),
        }
        t.advance(made["overdue"].id, 2, officials)
        t.advance(made["done"].id, 7, officials)
    finally:
        clock.pin_today(None)
    yield {name: Case.get_by_id(c.id) for name, c in made.items()}
    close_database()


@pytest.fixture
def thresholds(cases):
    return Thresholds.compute(date(2026, 11, 25), current_calendar())


def names(cases, ids):
    by_id = {c.id: name for name, c in cases.items()}
    return [by_id[i] for i in ids]


def found(cases, thresholds, **kwargs):
    ids = query_case_ids(CaseFilter(**kwargs), thresholds)
    return set(names(cases, ids))


def test_the_fixture_cases_have_the_intended_due_dates(cases):
    assert cases["overdue"].tahap == 2 and cases["overdue"].batas_waktu < date(2026, 11, 25)
    assert cases["soon"].batas_waktu == date(2026, 11, 30)
    assert cases["ontime"].batas_waktu == date(2026, 12, 8)
    assert cases["done"].status == "selesai"
    assert cases["old"].nomor == "001/UK-PPID/2025"


def test_due_soon_ends_three_working_days_after_today(thresholds):
    assert thresholds.soon_limit == date(2026, 11, 30)


def test_no_filter_lists_every_case(cases, thresholds):
    assert found(cases, thresholds) == set(cases)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("002/UK-PPID/2026", {"soon"}, id="register-number"),
        pytest.param("/2025", {"old"}, id="year-in-number"),
        pytest.param("musrenbang", {"soon"}, id="title"),
        pytest.param("BIODATA", {"ontime"}, id="title-any-case"),
        pytest.param("Dinas Kependudukan", {"done"}, id="opd-name"),
        pytest.param("bkpsdm", {"ontime"}, id="opd-abbreviation"),
        pytest.param("pelapor pengaduan", {"old"}, id="item-text"),
        pytest.param("pasien dinkes", {"overdue"}, id="all-words-anywhere"),
        pytest.param("pasien musrenbang", set(), id="all-words-must-match"),
        pytest.param("100%", set(), id="like-wildcard-is-literal"),
    ],
)
def test_text_filter_matches_number_title_opd_and_item_text(cases, thresholds, text, expected):
    assert found(cases, thresholds, text=text) == expected


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (DeadlineStatus.OVERDUE, {"overdue", "old"}),
        (DeadlineStatus.DUE_SOON, {"soon"}),
        (DeadlineStatus.ON_TIME, {"ontime"}),
        (DeadlineStatus.FINISHED, {"done"}),
    ],
)
def test_status_filter_uses_the_pinned_today(cases, thresholds, status, expected):
    assert found(cases, thresholds, status=status) == expected


def test_a_step_due_today_is_due_soon_not_overdue(cases):
    t = Thresholds.compute(date(2026, 11, 30), current_calendar())
    assert found(cases, t, status=DeadlineStatus.DUE_SOON) == {"soon"}
    assert "soon" not in found(cases, t, status=DeadlineStatus.OVERDUE)


def test_the_due_soon_window_follows_the_warning_setting(cases, setting):
    setting(HARI_PERINGATAN, 0)
    t = Thresholds.compute(date(2026, 11, 25), current_calendar())
    assert t.soon_limit == date(2026, 11, 25)
    assert found(cases, t, status=DeadlineStatus.DUE_SOON) == set()
    assert found(cases, t, status=DeadlineStatus.ON_TIME) == {"soon", "ontime"}


def test_year_filter(cases, thresholds):
    assert found(cases, thresholds, year=2025) == {"old"}
    assert found(cases, thresholds, year=2026) == {"overdue", "soon", "ontime", "done"}
    assert available_years() == [2026, 2025]


def test_opd_filter(cases, thresholds):
    bappeda = Opd.get(Opd.singkatan == "Bappeda").id
    assert found(cases, thresholds, opd_id=bappeda) == {"soon"}


def test_tugas_saya_lists_running_steps_of_my_role_only(cases, thresholds):
    assert found(cases, thresholds, actor_role="ppid_utama") == {"overdue"}
    assert found(cases, thresholds, actor_role="ppid_pembantu") == {"soon", "ontime", "old"}
    assert found(cases, thresholds, actor_role="atasan_ppid") == set()


def test_filters_combine(cases, thresholds):
    assert found(cases, thresholds, status=DeadlineStatus.OVERDUE, year=2026) == {"overdue"}
    assert found(cases, thresholds, text="pelapor", year=2026) == set()


# ----------------------------------------------------------------------------- sorting
def test_sorting_by_number_orders_by_year_then_sequence(cases, thresholds):
    ids = query_case_ids(CaseFilter(), thresholds, SortKey.NUMBER)
    assert names(cases, ids) == ["old", "overdue", "soon", "ontime", "done"]
    desc = query_case_ids(CaseFilter(), thresholds, SortKey.NUMBER, descending=True)
    assert desc == ids[::-1]


def test_sorting_by_due_date_puts_finished_cases_last_both_ways(cases, thresholds):
    asc = names(cases, query_case_ids(CaseFilter(), thresholds, SortKey.DUE))
    assert asc == ["old", "overdue", "soon", "ontime", "done"]
    desc = names(cases, query_case_ids(CaseFilter(), thresholds, SortKey.DUE, descending=True))
    assert desc == ["ontime", "soon", "overdue", "old", "done"]
    days_left = names(cases, query_case_ids(CaseFilter(), thresholds, SortKey.DAYS_LEFT))
    assert days_left == asc


def test_sorting_by_status_goes_overdue_soon_on_time_finished(cases, thresholds):
    ids = query_case_ids(CaseFilter(), thresholds, SortKey.STATUS)
    assert names(cases, ids) == ["old", "overdue", "soon", "ontime", "done"]


@pytest.mark.parametrize(
    ("key", "sort_value"),
    [
        (SortKey.TITLE, lambda c: c.judul),
        (SortKey.OPD, lambda c: c.opd.nama),
        (SortKey.STEP, lambda c: (c.status, c.tahap)),
        (SortKey.ACTOR, lambda c: c.pelaksana),
    ],
)
def test_sorting_by_a_column_orders_by_that_column_both_ways(cases, thresholds, key, sort_value):
    for descending in (False, True):
        ids = query_case_ids(CaseFilter(), thresholds, key, descending=descending)
        values = [sort_value(Case.get_by_id(i)) for i in ids]
        assert values == sorted(values, reverse=descending)
        assert sorted(ids) == sorted(c.id for c in cases.values())


def test_sorting_by_title_gives_the_alphabetical_order(cases, thresholds):
    ids = query_case_ids(CaseFilter(), thresholds, SortKey.TITLE)
    assert names(cases, ids) == ["ontime", "done", "soon", "old", "overdue"]


# ----------------------------------------------------------------------------- rows
def test_fetch_rows_keeps_the_requested_order_and_counts_working_days_left(cases, thresholds):
    order = [cases[n].id for n in ("done", "ontime", "soon", "overdue", "old")]
    rows = fetch_rows(order, thresholds, current_calendar())
    assert [r.id for r in rows] == order
    by = dict(zip(("done", "ontime", "soon", "overdue", "old"), rows, strict=True))
    assert by["soon"].sisa_hari_kerja == 3  # 26, 27, 30 Nov
    assert by["soon"].status == DeadlineStatus.DUE_SOON
    assert by["ontime"].sisa_hari_kerja == 9  # 26 Nov … 8 Dec
    assert by["ontime"].status == DeadlineStatus.ON_TIME
    assert by["overdue"].sisa_hari_kerja < 0 and by["overdue"].status == DeadlineStatus.OVERDUE
    assert by["old"].sisa_hari_kerja < by["overdue"].sisa_hari_kerja
    assert (by["done"].sisa_hari_kerja, by["done"].batas_waktu, by["done"].pelaksana) == (
        None,
        None,
        "",
    )
    assert by["done"].status == DeadlineStatus.FINISHED
    assert by["overdue"].pelaksana == "PPID Utama"
    assert by["overdue"].tahap_judul == "Rapat uji konsekuensi"
    assert by["soon"].opd == "Badan Perencanaan Pembangunan Daerah"
    assert by["soon"].nomor == "002/UK-PPID/2026"


def test_fetch_rows_skips_ids_that_no_longer_exist(cases, thresholds):
    rows = fetch_rows([999_999, cases["soon"].id], thresholds, current_calendar())
    assert [r.id for r in rows] == [cases["soon"].id]
    assert fetch_rows([], thresholds, current_calendar()) == []
