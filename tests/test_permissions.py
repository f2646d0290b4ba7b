"""The permission table, cell by cell: every action × every role, allowed and refused."""

import pytest

from app.errors import PermissionDenied
from app.permissions import ALL_ROLES, Action, Actor, allowed, require

U, P, T, A, ADM = "ppid_utama", "ppid_pembantu", "tim_pertimbangan", "atasan_ppid", "admin"

# Who may do each action when the condition holds (the step is theirs, the OPD is theirs).
EXPECTED = {
    Action.CREATE_CASE: {U, P},
    Action.WORK_STEP: {U, P, T, A},
    Action.FINALISE_DOCUMENT: {U},
    Action.ATTACH_SCAN: {U, P, T, A},
    Action.CANCEL_NUMBER: {U, ADM},
    Action.MANAGE_MASTER_DATA: {U, ADM},
    Action.MANAGE_CALENDAR: {ADM},
    Action.MANAGE_SETTINGS: {ADM},
    Action.MANAGE_USERS: {ADM},
    Action.VIEW_AUDIT_LOG: {ADM},
}


def test_every_action_is_in_the_expected_table():
    assert set(EXPECTED) == set(Action)


@pytest.mark.parametrize("action", list(Action))
@pytest.mark.parametrize("role", ALL_ROLES)
def test_permission_matrix_cell(action, role):
    actor = Actor(role, "Uji", opd_id=7)
    may = role in EXPECTED[action]
    # The context in which the role's condition holds: its own step, its own OPD.
    assert allowed(actor, action, role, step_no=2, case_opd=7) is may
    if may:
        require(actor, action, role, step_no=2, case_opd=7)
    else:
        with pytest.raises(PermissionDenied) as err:
            require(actor, action, role, step_no=2, case_opd=7)
        assert "tidak berwenang" in err.value.message


@pytest.mark.parametrize("role", [P, T, A])
def test_a_step_belongs_to_its_actor_only(role):
    actor = Actor(role, "Uji", opd_id=7)
    other = next(r for r in (P, T, A) if r != role)
    assert not allowed(actor, Action.WORK_STEP, other, step_no=3, case_opd=7)
    with pytest.raises(PermissionDenied, match="Tahap ini dikerjakan oleh"):
        require(actor, Action.WORK_STEP, other, step_no=3, case_opd=7)


def test_the_ppid_utama_may_also_work_step_one_but_not_step_five():
    utama = Actor(U, "Uji")
    assert allowed(utama, Action.WORK_STEP, P, step_no=1)
    assert not allowed(utama, Action.WORK_STEP, A, step_no=5)


def test_a_ppid_pembantu_is_limited_to_their_opd():
    pembantu = Actor(P, "Uji", opd_id=7)
    assert allowed(pembantu, Action.CREATE_CASE, case_opd=7)
    assert not allowed(pembantu, Action.CREATE_CASE, case_opd=8)
    assert not allowed(pembantu, Action.WORK_STEP, P, step_no=1, case_opd=8)
    with pytest.raises(PermissionDenied, match="perangkat daerahnya sendiri"):
        require(pembantu, Action.WORK_STEP, P, step_no=1, case_opd=8)
    assert not allowed(pembantu, Action.ATTACH_SCAN, P, case_opd=8)
