"""Two clerks saving the same step (two PCs on one server, or two windows): a field someone
else saved since the form was loaded, and that this clerk changed too, is a conflict named
in the message, and nothing is written; a field only one of them changed is merged. Runs on
both engines."""

from __future__ import annotations

from datetime import date

import pytest

from app.cases import commands
from app.cases.read import case_detail
from app.errors import ConflictError
from app.models import Event


@pytest.fixture
def at_step_1(db, today, make_case):
    """A case at step 1 (the PPID Pembantu's meeting: its date and place)."""
    return make_case(start=date(2026, 11, 2))


def running(case_id):
    detail = case_detail(case_id)
    return detail.current.tahap, dict(detail.current.data)


def test_a_field_the_other_pc_saved_meanwhile_is_a_conflict_and_nothing_is_written(
    at_step_1, pembantu
):
    case_id = at_step_1.id
    step, loaded = running(case_id)  # both clerks open the form
    commands.save_step(pembantu, case_id, step, {"tempat_rapat": "Ruang A"}, loaded)
    events = Event.select().count()
    with pytest.raises(ConflictError) as err:
        commands.save_step(pembantu, case_id, step, {"tempat_rapat": "Ruang B"}, loaded)
    assert "Tempat" in err.value.message and "komputer lain" in err.value.message
    assert running(case_id)[1]["tempat_rapat"] == "Ruang A"  # the first save kept
    assert Event.select().count() == events  # nothing written
    # having seen it (the form rebased on what is stored now), saving again is the choice
    _, now = running(case_id)
    commands.save_step(pembantu, case_id, step, {"tempat_rapat": "Ruang B"}, now)
    assert running(case_id)[1]["tempat_rapat"] == "Ruang B"


def test_fields_only_one_clerk_changed_are_merged_without_conflict(at_step_1, pembantu):
    case_id = at_step_1.id
    step, loaded = running(case_id)
    commands.save_step(pembantu, case_id, step, {"tempat_rapat": "Ruang A"}, loaded)
    # the other clerk typed the date only, and left the place as it was loaded
    typed = {"tempat_rapat": loaded.get("tempat_rapat", ""), "tanggal_rapat": date(2026, 11, 2)}
    commands.save_step(pembantu, case_id, step, typed, loaded)
    data = running(case_id)[1]
    assert data["tempat_rapat"] == "Ruang A"
    # the same value typed by both is no conflict either
    _, seen = running(case_id)
    commands.save_step(pembantu, case_id, step, {"tempat_rapat": "Ruang C"}, seen)
    commands.save_step(pembantu, case_id, step, {"tempat_rapat": "Ruang C"}, seen)
