"""Calendar changes (override added/removed, cuti bersama setting) recompute the due dates of
running steps, report each move and write it to the case's history; finished steps keep theirs.
"""

from datetime import date

import pytest

from app import calendar_service as cs
from app import settings
from app.cases import commands
from app.cases.read import case_detail
from app.errors import NotFound, PermissionDenied, ValidationError
from app.history import case_history
from app.models import Case, Event, HolidayOverride, StepRecord
from app.settings import CUTI_BERSAMA_LIBUR, DASAR_KALENDER_PAKET, REVISI_KALENDER, RUJUKAN_SKB
from app.workdays import DayKind, OverrideAction

SKB = "SKB 3 Menteri No. 1/2026"
EXTRA_DAY = date(2026, 11, 10)  # a Tuesday inside step 1 of a case started 2 Nov 2026


def add_extra_day(actor, day=EXTRA_DAY, reference=SKB):
    return cs.add_override(
        actor, day, OverrideAction.ADD, DayKind.CUTI, "Cuti bersama tambahan", reference
    ).value


def moves_events(case_id):
    return [e for e in case_history(case_id) if e.kind == "batas_waktu_bergeser"]


@pytest.fixture
def november_case(make_case):
    case = make_case(start=date(2026, 11, 2))
    assert case.batas_waktu == date(2026, 11, 16)
    return case


def test_adding_a_holiday_inside_an_open_step_moves_its_due_date(november_case, admin):
    moves = add_extra_day(admin)
    assert moves == [
        cs.DeadlineMove(
            november_case.id, "001/UK-PPID/2026", 1, date(2026, 11, 16), date(2026, 11, 17)
        )
    ]
    assert Case.get_by_id(november_case.id).batas_waktu == date(2026, 11, 17)
    rec = StepRecord.get(StepRecord.case == november_case.id)
    assert rec.batas_waktu == date(2026, 11, 17)
    assert "revisi lokal 1" in rec.dasar_kalender
    [event] = moves_events(november_case.id)
    assert "16 November 2026" in event.summary and "17 November 2026" in event.summary
    assert SKB in event.summary
    assert event.detail == {"tahap": 1, "lama": "2026-11-16", "baru": "2026-11-17"}


def test_removing_the_added_holiday_moves_the_due_date_back(november_case, admin):
    add_extra_day(admin)
    [row] = cs.list_overrides()
    moves = cs.remove_override(admin, row.id).value
    assert [(m.old_due, m.new_due) for m in moves] == [(date(2026, 11, 17), date(2026, 11, 16))]
    assert Case.get_by_id(november_case.id).batas_waktu == date(2026, 11, 16)
    assert HolidayOverride.select().count() == 0
    assert len(moves_events(november_case.id)) == 2


def test_a_holiday_outside_every_open_period_moves_and_rewrites_nothing(november_case, admin):
    assert add_extra_day(admin, day=date(2026, 12, 1)) == []
    assert Case.get_by_id(november_case.id).batas_waktu == date(2026, 11, 16)
    assert moves_events(november_case.id) == []
    rec = StepRecord.get(StepRecord.case == november_case.id)
    # not rewritten: the basis that computed the date stays, the new calendar gives the same
    assert "revisi lokal 0" in rec.dasar_kalender


def test_making_a_national_holiday_a_working_day_brings_the_due_date_forward(make_case, admin):
    case = make_case(start=date(2026, 8, 10))  # 17 Aug (Monday) falls inside step 1
    before = case.batas_waktu
    moves = cs.add_override(
        admin, date(2026, 8, 17), OverrideAction.REMOVE, DayKind.LIBUR, "", SKB
    ).value
    assert len(moves) == 1 and moves[0].new_due < before
    assert Case.get_by_id(case.id).batas_waktu == moves[0].new_due


def test_turning_cuti_bersama_into_working_days_recomputes_open_steps(make_case, admin):
    case = make_case(start=date(2026, 3, 16))
    assert case.batas_waktu == date(2026, 4, 7)
    moves = cs.set_cuti_bersama_libur(admin, False).value
    assert [(m.old_due, m.new_due) for m in moves] == [(date(2026, 4, 7), date(2026, 3, 31))]
    assert Case.get_by_id(case.id).batas_waktu == date(2026, 3, 31)
    assert settings.value(CUTI_BERSAMA_LIBUR) is False
    back = cs.set_cuti_bersama_libur(admin, True).value
    assert [(m.old_due, m.new_due) for m in back] == [(date(2026, 3, 31), date(2026, 4, 7))]


def test_the_cuti_bersama_change_is_one_calendar_event_with_old_and_new(db, admin):
    before = Event.select().count()
    cs.set_cuti_bersama_libur(admin, False)
    (event,) = Event.select().where(Event.jenis == "kalender_diubah")
    assert event.ringkasan == "Cuti bersama dihitung sebagai hari kerja"
    assert event.rincian == {"perubahan": {"cuti_bersama_libur": [True, False]}}
    assert Event.select().count() == before + 1  # no deadline moved: no other event
    assert settings.value(REVISI_KALENDER) == 1


def test_setting_cuti_bersama_to_its_current_value_changes_nothing(november_case, admin):
    events = Event.select().count()
    assert cs.set_cuti_bersama_libur(admin, True).value == []
    assert settings.value(REVISI_KALENDER) == 0
    assert Event.select().count() == events


def test_completed_steps_keep_their_due_dates(make_case, fill, pembantu, admin):
    case = make_case(start=date(2026, 3, 16))
    fill(case.id)
    commands.complete_step(pembantu, case.id, 1, on=date(2026, 3, 17))
    step1, step2 = case_detail(case.id).steps
    moves = cs.set_cuti_bersama_libur(admin, False).value
    assert [m.tahap for m in moves] == [2]
    after1, after2 = case_detail(case.id).steps
    assert (after1.batas_waktu, after1.dasar_kalender) == (step1.batas_waktu, step1.dasar_kalender)
    assert after2.batas_waktu == cs.current_calendar().add_working_days(date(2026, 3, 17), 10)
    assert after2.batas_waktu != step2.batas_waktu


def test_finished_cases_are_not_touched(make_case, advance, admin):
    case = make_case(start=date(2026, 3, 16))
    advance(case.id, 7)
    dues = [r.batas_waktu for r in StepRecord.select().where(StepRecord.case == case.id)]
    assert cs.set_cuti_bersama_libur(admin, False).value == []
    assert [r.batas_waktu for r in StepRecord.select().where(StepRecord.case == case.id)] == dues
    assert Case.get_by_id(case.id).batas_waktu is None


@pytest.mark.parametrize("role", ["tim_pertimbangan", "ppid_pembantu", "atasan_ppid", "ppid_utama"])
def test_only_the_administrator_may_change_the_calendar(november_case, role):
    from app.permissions import Actor

    actor = Actor(role, "Siapa")
    with pytest.raises(PermissionDenied, match="mengubah kalender hari libur"):
        add_extra_day(actor)
    with pytest.raises(PermissionDenied):
        cs.set_cuti_bersama_libur(actor, False)
    assert HolidayOverride.select().count() == 0
    assert settings.value(CUTI_BERSAMA_LIBUR) is True
    assert Case.get_by_id(november_case.id).batas_waktu == date(2026, 11, 16)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        pytest.param({"reference": ""}, "rujukan", id="missing-skb-reference"),
        pytest.param({"day": None}, "tanggal", id="missing-date"),
        pytest.param({"reference": "SKB 数字"}, "rujukan", id="non-latin-reference"),
    ],
)
def test_an_invalid_override_is_refused_and_saves_nothing(november_case, admin, kwargs, field):
    events = Event.select().count()
    with pytest.raises(ValidationError) as err:
        add_extra_day(admin, **kwargs)
    assert field in err.value.fields
    assert HolidayOverride.select().count() == 0
    assert settings.value(REVISI_KALENDER) == 0
    assert Event.select().count() == events
    assert Case.get_by_id(november_case.id).batas_waktu == date(2026, 11, 16)


def test_the_missing_skb_reference_message_says_it_is_required(db, admin):
    with pytest.raises(ValidationError, match="Rujukan SKB wajib diisi"):
        add_extra_day(admin, reference="  ")


def test_an_added_holiday_needs_a_name(db, admin):
    with pytest.raises(ValidationError, match="Keterangan wajib diisi"):
        cs.add_override(admin, EXTRA_DAY, OverrideAction.ADD, DayKind.CUTI, "", SKB)


def test_an_added_day_cannot_be_a_weekend_kind(db, admin):
    with pytest.raises(ValidationError, match="libur nasional atau cuti bersama"):
        cs.add_override(admin, EXTRA_DAY, OverrideAction.ADD, DayKind.WEEKEND, "Libur", SKB)


def test_the_same_date_cannot_be_overridden_twice(db, admin):
    add_extra_day(admin)
    with pytest.raises(ValidationError, match="sudah ada di daftar perubahan"):
        add_extra_day(admin)
    assert HolidayOverride.select().count() == 1


def test_removing_an_override_that_is_gone_is_reported(db, admin):
    with pytest.raises(NotFound):
        cs.remove_override(admin, 12345)


def test_the_stored_override_is_part_of_the_current_calendar(db, admin):
    add_extra_day(admin)
    cal = cs.current_calendar()
    reason = cal.non_working(EXTRA_DAY)
    assert reason.kind == DayKind.CUTI and reason.reference == SKB
    assert cal.revision == 1


def test_a_new_holidays_package_version_recomputes_open_steps(november_case, monkeypatch):
    assert cs.check_holiday_package() == []  # first run: only records the version
    import holidays

    assert settings.value(DASAR_KALENDER_PAKET) == holidays.__version__ == cs.holidays_version()
    assert cs.check_holiday_package() == []  # same version: nothing to do
    # simulate an upgrade whose data adds 10 Nov 2026
    HolidayOverride.create(
        tanggal=EXTRA_DAY,
        tindakan="tambah",
        jenis="cuti_bersama",
        nama="Cuti",
        rujukan=SKB,
        created_at=date(2026, 11, 1),
    )
    monkeypatch.setattr(cs, "holidays_version", lambda: "9.9.9")
    moves = cs.check_holiday_package()
    assert [(m.old_due, m.new_due) for m in moves] == [(date(2026, 11, 16), date(2026, 11, 17))]
    assert "versi data 9.9.9" in moves_events(november_case.id)[0].summary


# ----------------------------------------------------------------------------- SKB per year
SKB_2027 = "SKB 3 Menteri Nomor 12 Tahun 2026, Nomor 3 Tahun 2026, Nomor 4 Tahun 2026"


def test_the_verified_skbs_of_2025_and_2026_come_with_the_calendar(db):
    references = cs.skb_references()
    assert sorted(references) == [2025, 2026]  # 2027 and earlier years: not verified
    assert "Nomor 1017 Tahun 2024" in references[2025]
    assert "Nomor 933 Tahun 2025" in references[2025]  # the amendment adding 18 August
    assert references[2026] == (
        "SKB 3 Menteri Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025, Nomor 5 Tahun 2025"
    )
    assert cs.current_calendar().non_working(date(2025, 8, 18)).rujukan == references[2025]


def test_the_administrator_records_a_years_skb_in_one_calendar_event(november_case, admin):
    before = cs.current_calendar()
    assert before.non_working(date(2027, 1, 1)).rujukan == "SKB belum dicatat untuk tahun 2027"
    events = Event.select().count()
    changes = cs.set_skb_reference(admin, 2027, f"  {SKB_2027} ")
    assert changes.calendar and changes.settings and changes.history
    assert cs.current_calendar().non_working(date(2027, 1, 1)).rujukan == SKB_2027
    assert cs.skb_references()[2026].startswith("SKB 3 Menteri Nomor 1497")  # kept
    [event] = Event.select().where(Event.id > events)
    assert event.jenis == "kalender_diubah" and event.pelaku == admin.name
    assert event.ringkasan == f"Rujukan SKB tahun 2027: {SKB_2027}"
    old, new = event.rincian["perubahan"]["rujukan_skb"]
    assert "2027" not in old and new["2027"] == SKB_2027
    # names the dates, moves none and is no revision of the calendar
    assert settings.value(REVISI_KALENDER) == 0
    assert Case.get_by_id(november_case.id).batas_waktu == date(2026, 11, 16)
    assert cs.set_skb_reference(admin, 2027, SKB_2027).empty  # the same again: nothing


def test_an_emptied_skb_reads_as_not_recorded_again(db, admin):
    cs.set_skb_reference(admin, 2026, "")
    assert 2026 not in cs.skb_references()
    assert cs.current_calendar().non_working(date(2026, 3, 19)).rujukan == (
        "SKB belum dicatat untuk tahun 2026"
    )


@pytest.mark.parametrize("role", ["tim_pertimbangan", "ppid_pembantu", "atasan_ppid", "ppid_utama"])
def test_only_the_administrator_may_record_a_years_skb(db, role):
    from app.permissions import Actor

    events = Event.select().count()
    with pytest.raises(PermissionDenied, match="mengubah kalender hari libur"):
        cs.set_skb_reference(Actor(role, "Siapa"), 2027, SKB_2027)
    assert 2027 not in cs.skb_references()
    assert Event.select().count() == events


@pytest.mark.parametrize(
    ("year", "reference", "field"),
    [
        pytest.param(2027, "SKB 数字", "rujukan_skb", id="non-latin"),
        pytest.param(2027, "SKB " * 100, "rujukan_skb", id="too-long"),
        pytest.param(1800, SKB_2027, "tahun", id="year-outside-the-data"),
    ],
)
def test_a_wrong_skb_reference_is_refused_and_saves_nothing(db, admin, year, reference, field):
    events = Event.select().count()
    with pytest.raises(ValidationError) as err:
        cs.set_skb_reference(admin, year, reference)
    assert [p.field for p in err.value.problems] == [field]
    assert settings.value(RUJUKAN_SKB) == RUJUKAN_SKB.default
    assert Event.select().count() == events


def test_the_deadline_proof_names_the_basis_that_computed_each_date(make_case, admin):
    """A moved step names the new calendar; a step whose date stayed keeps the basis that
    computed it, and the current calendar agrees with its date (no note of an old date)."""
    from app.cases.listing import Thresholds
    from app.cases.timeline import deadline_explanation, timeline_rows
    from app.clock import today

    moved = make_case(start=date(2026, 11, 2))  # 10 Nov inside its step 1
    stayed = make_case(start=date(2026, 11, 18))  # step 1 from 19 Nov: 10 Nov outside
    add_extra_day(admin)
    calendar = cs.current_calendar()

    def proof(case_id):
        detail = case_detail(case_id)
        rows = timeline_rows(detail, Thresholds.compute(today(), calendar), calendar)
        return deadline_explanation(rows[0], calendar)

    assert "Dasar kalender: Kalender hari kerja Ujikon" in proof(moved.id)
    assert "1 perubahan oleh administrator" in proof(moved.id)
    assert "Dasar kalender: Kalender hari kerja Ujikon" in proof(stayed.id)
    assert "tanpa perubahan oleh administrator" in proof(stayed.id)
    assert "Catatan" not in proof(stayed.id) and "Catatan" not in proof(moved.id)


def test_a_case_sees_exactly_the_moves_an_event_of_many_cases_lists_for_it(db, admin):
    from app import history
    from app.history import EventKind
    from app.models import database

    with database.atomic():
        for tahap, cases in ((1, [15, 51, 150, 2]), (3, [5])):
            history.record(
                EventKind.DEADLINE_MOVED,
                "ringkasan untuk banyak kasus",
                admin,
                detail=history.moved_deadlines_detail(
                    tahap, date(2026, 12, 3), date(2026, 12, 4), SKB, cases
                ),
            )

    def moved(case_id):
        return [(e.detail["tahap"], e.summary, e.actor) for e in moves_events(case_id)]

    line = "bergeser dari 3 Desember 2026 ke 4 Desember 2026: " + SKB
    assert moved(5) == [(3, f"Batas waktu tahap 3 {line}", admin.name)]
    for case_id in (15, 51, 150, 2):
        assert moved(case_id) == [(1, f"Batas waktu tahap 1 {line}", admin.name)]
    for case_id in (1, 3, 12, 26, 50, 1500):  # digits of the listed ids, of the dates
        assert moved(case_id) == []
