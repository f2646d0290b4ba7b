"""No date of a step may lie in the future: each records an event that has happened (the
meeting, the consideration, the penetapan, the distribution, the publication), and the
documents are signed with it. Refused with the field named, in every date field of every
step, whether saved or completed; today itself is accepted."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.cases import commands, rules
from app.cases.read import case_detail
from app.errors import ValidationError
from app.fields import STEP_FIELDS, Kind
from app.sop import load_current_sop as current_sop
from tests.conftest import ACTORS, advance_case

DATE_FIELDS = [
    (step.number, key)
    for step in current_sop().steps
    for key in step.fields
    if STEP_FIELDS[key].kind == Kind.DATE
]


def test_every_step_date_field_is_checked():
    # The SOP's steps record their events in these fields; a new one is covered as well.
    assert {key for _n, key in DATE_FIELDS} >= {
        "tanggal_rapat",
        "tanggal_pertimbangan",
        "tanggal_penetapan",
        "tanggal_distribusi",
        "tanggal_publikasi",
    }


@pytest.mark.parametrize(("number", "key"), DATE_FIELDS)
def test_a_future_date_is_refused_in_every_date_field(today, number, key):
    step = current_sop().step(number)
    label = STEP_FIELDS[key].label
    ahead = today + timedelta(days=7)
    problems = rules.step_data_problems(
        {key: ahead.isoformat()}, step, today - timedelta(days=30), check_required=False
    )
    assert [p.field for p in problems] == [key]
    assert problems[0].message.startswith(f"{label} (")
    assert "tidak boleh setelah hari ini" in problems[0].message
    ok = rules.step_data_problems(
        {key: today.isoformat()}, step, today - timedelta(days=30), check_required=False
    )
    assert ok == []


def test_saving_a_consideration_dated_a_week_ahead_is_refused_and_saves_nothing(
    make_case, officials, today
):
    case_id = make_case().id
    advance_case(case_id, 3, officials)
    before = case_detail(case_id).current.data
    with pytest.raises(ValidationError) as refused:
        commands.save_step(
            ACTORS["tim_pertimbangan"],
            case_id,
            3,
            {"tanggal_pertimbangan": today + timedelta(days=7)},
        )
    assert refused.value.fields == ["tanggal_pertimbangan"]
    assert refused.value.message == (
        "Tanggal pertimbangan (2 Desember 2026) tidak boleh setelah hari ini (25 November 2026)."
    )
    assert case_detail(case_id).current.data == before


def test_completing_with_a_future_date_is_refused(make_case, officials, today):
    case_id = make_case().id
    advance_case(case_id, 2, officials)
    detail = case_detail(case_id)
    data = {**detail.current.data, "tanggal_rapat": (today + timedelta(days=1)).isoformat()}
    with pytest.raises(ValidationError) as refused:
        commands.complete_step(ACTORS["ppid_utama"], case_id, 2, data=data)
    assert "tanggal_rapat" in refused.value.fields
    assert case_detail(case_id).current.tahap == 2
