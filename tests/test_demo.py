"""Demo data: 36 service-driven cases across every step (some overdue, some finished), the
refusal to fill a database that has cases, and the bulk mode used for benchmarks."""

import re
from collections import defaultdict
from datetime import date

import pytest

from app import clock
from app.demo import MAX_CASES, DemoError, fill_demo
from app.models import Case, Event, InfoItem, Official, StepRecord
from app.store import close_database, open_database

TODAY = date(2026, 11, 25)
NOMOR = re.compile(r"^(\d{3})/UK-PPID/(\d{4})$")


def snapshot() -> dict:
    """What the tests check, read while the demo database is open."""
    cases = list(Case.select().order_by(Case.id))
    steps = defaultdict(list)
    for rec in StepRecord.select().order_by(StepRecord.id):
        steps[rec.case_id].append(rec)
    return {
        "cases": cases,
        "steps": dict(steps),
        "items": {c.id: InfoItem.select().where(InfoItem.case == c.id).count() for c in cases},
        "events": Event.select().where(Event.case.is_null(False)).count(),
        "officials": Official.select().count(),
    }


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The default demo (36 cases through the services), filled once with today pinned."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    open_database(path)
    clock.pin_today(TODAY)
    try:
        created = fill_demo()
        data = snapshot()
    finally:
        clock.pin_today(None)
        close_database()
    return {"path": path, "created": created, **data}


def test_the_default_demo_has_36_cases(demo):
    assert demo["created"] == 36 and len(demo["cases"]) == 36


def test_demo_cases_are_running_at_every_step_and_some_are_finished(demo):
    running = {c.tahap for c in demo["cases"] if c.status == "berjalan"}
    assert running == {1, 2, 3, 4, 5, 6}
    finished = [c for c in demo["cases"] if c.status == "selesai"]
    assert finished and all(c.batas_waktu is None and c.tanggal_selesai for c in finished)


def test_some_demo_cases_are_overdue_and_some_are_not(demo):
    running = [c for c in demo["cases"] if c.status == "berjalan"]
    overdue = [c for c in running if c.batas_waktu < TODAY]
    assert 0 < len(overdue) < len(running)


def test_demo_cases_have_a_valid_register_sequence(demo):
    by_year = defaultdict(list)
    for c in demo["cases"]:
        m = NOMOR.match(c.nomor)
        assert m and int(m.group(1)) == c.urut and int(m.group(2)) == c.tahun
        by_year[c.tahun].append(c.urut)
    for seqs in by_year.values():
        assert sorted(seqs) == list(range(1, len(seqs) + 1))


def test_demo_cases_start_in_the_past_and_their_steps_agree_with_the_case(demo):
    for c in demo["cases"]:
        recs = demo["steps"][c.id]
        assert c.tanggal_mulai <= TODAY
        assert demo["items"][c.id] >= 1
        assert recs[0].tahap == 1 and recs[0].tanggal_mulai == c.tanggal_mulai
        running = [r for r in recs if r.status == "berjalan"]
        if c.status == "selesai":
            assert running == [] and recs[-1].tahap == 6
        else:
            [rec] = running
            assert (rec.tahap, rec.batas_waktu) == (c.tahap, c.batas_waktu)
        assert all(r.tanggal_selesai <= TODAY for r in recs if r.tanggal_selesai)


def test_the_demo_includes_a_step_sent_back_by_atasan_ppid(demo):
    returned = [r for recs in demo["steps"].values() for r in recs if r.status == "dikembalikan"]
    assert returned and all(r.tahap == 5 and r.alasan_kembali for r in returned)


def test_the_demo_writes_history_and_officials(demo):
    assert demo["events"] > 36 * 2
    assert demo["officials"] >= 7


def test_the_demo_refuses_a_database_that_already_has_cases(demo):
    open_database(demo["path"])
    try:
        with pytest.raises(DemoError, match="sudah berisi kasus"):
            fill_demo(cases=3)
        assert Case.select().count() == 36
    finally:
        close_database()


@pytest.mark.parametrize("cases", [0, MAX_CASES + 1])
def test_the_demo_size_must_be_between_1_and_100000(db, cases):
    with pytest.raises(DemoError, match="1 sampai 100.000"):
        fill_demo(cases=cases)
    assert Case.select().count() == 0


def test_bulk_demo_creates_the_cases_with_step_records_and_a_valid_register(db, today):
    assert fill_demo(cases=500) == 500
    cases = list(Case.select())
    assert len(cases) == 500
    by_year = defaultdict(list)
    for c in cases:
        assert NOMOR.match(c.nomor)
        by_year[c.tahun].append(c.urut)
    for seqs in by_year.values():
        assert sorted(seqs) == list(range(1, len(seqs) + 1))
    steps = defaultdict(list)
    for rec in StepRecord.select().order_by(StepRecord.id):
        steps[rec.case_id].append(rec)
    assert set(steps) == {c.id for c in cases}
    for c in cases:
        recs = steps[c.id]
        running = [r for r in recs if r.status == "berjalan"]
        assert [r.tahap for r in recs] == list(range(1, len(recs) + 1))
        if c.status == "selesai":
            assert running == [] and c.tahap == 6 and c.batas_waktu is None
        else:
            [rec] = running
            assert (rec.tahap, rec.batas_waktu) == (c.tahap, c.batas_waktu)
    assert InfoItem.select().count() >= 500
    assert {c.status for c in cases} == {"berjalan", "selesai"}
