"""The permission table, cell by cell: every action × every role, allowed and refused."""

import pytest

from app.errors import PermissionDenied
from app.permissions import ALL_ROLES, Action, Actor, Context, allowed, require

U, P, T, A, ADM, SYS = (
    "ppid_utama",
    "ppid_pembantu",
    "tim_pertimbangan",
    "atasan_ppid",
    "admin",
    "sistem",
)

# Who may do each action when the condition holds (the step is theirs, the OPD is theirs).
EXPECTED = {
    Action.CREATE_CASE: {U, P},
    Action.WORK_STEP: {U, P, T, A},
    Action.FINALISE_DOCUMENT: {U, P},
    Action.PRINT_DOCUMENT: {U, P, T, A},
    Action.ATTACH_SCAN: {U, P, T, A},
    Action.CANCEL_NUMBER: {U, ADM},
    Action.MANAGE_MASTER_DATA: {U, ADM},
    Action.MANAGE_CALENDAR: {ADM},
    Action.MANAGE_SETTINGS: {ADM},
    Action.MANAGE_USERS: {ADM},
    Action.VIEW_AUDIT_LOG: {ADM},
    Action.BACKUP: {U, ADM, SYS},
    Action.RESTORE: {ADM, SYS},
    Action.YEARLY_ARCHIVE: {U, ADM, SYS},
    Action.PUBLISH_DIK: {U, ADM, SYS},
    Action.FOLLOW_UP_DIK: {U, ADM},
    Action.LOCK_YEAR: {U, ADM},
    Action.UNLOCK_YEAR: {ADM},
    Action.SEND_CASE: {U, P, SYS},
    Action.RECEIVE_CASE: {U, P, SYS},
    Action.REGISTER_OFFICE_KEY: {ADM, SYS},
}


def test_every_action_is_in_the_expected_table():
    assert set(EXPECTED) == set(Action)


@pytest.mark.parametrize("action", list(Action))
@pytest.mark.parametrize("role", ALL_ROLES)
def test_permission_matrix_cell(action, role):
    actor = Actor(role, "Uji", opd_id=7)
    may = role in EXPECTED[action]
    # The context in which the role's condition holds: its own step, its own OPD.
    ctx = Context(step_roles=(role,), case_opd=7)
    assert allowed(actor, action, ctx) is may
    if may:
        require(actor, action, ctx)
    else:
        with pytest.raises(PermissionDenied) as err:
            require(actor, action, ctx)
        assert "tidak berwenang" in err.value.message


@pytest.mark.parametrize("role", [P, T, A])
def test_a_step_belongs_to_its_actor_only(role):
    actor = Actor(role, "Uji", opd_id=7)
    other = next(r for r in (P, T, A) if r != role)
    ctx = Context(step_roles=(other,), case_opd=7)
    assert not allowed(actor, Action.WORK_STEP, ctx)
    with pytest.raises(PermissionDenied, match="Tahap ini dikerjakan oleh"):
        require(actor, Action.WORK_STEP, ctx)


def test_the_roles_a_sop_names_as_also_working_a_step_may_work_it():
    """The 2020 SOP lets the PPID Utama also work step 1 (``juga_oleh``), not step 5."""
    utama = Actor(U, "Uji")
    assert allowed(utama, Action.WORK_STEP, Context(step_roles=(P, U)))
    assert not allowed(utama, Action.WORK_STEP, Context(step_roles=(A,)))
    with pytest.raises(PermissionDenied, match="dikerjakan oleh Atasan PPID"):
        require(utama, Action.WORK_STEP, Context(step_roles=(A,)))


def test_a_ppid_pembantu_is_limited_to_their_opd():
    pembantu = Actor(P, "Uji", opd_id=7)
    assert allowed(pembantu, Action.CREATE_CASE, Context(case_opd=7))
    assert not allowed(pembantu, Action.CREATE_CASE, Context(case_opd=8))
    own_step_elsewhere = Context(step_roles=(P, U), case_opd=8)
    assert not allowed(pembantu, Action.WORK_STEP, own_step_elsewhere)
    with pytest.raises(PermissionDenied, match="perangkat daerahnya sendiri"):
        require(pembantu, Action.WORK_STEP, own_step_elsewhere)
    assert not allowed(pembantu, Action.ATTACH_SCAN, own_step_elsewhere)
    assert not allowed(pembantu, Action.PRINT_DOCUMENT, own_step_elsewhere)


def test_the_command_line_system_actor_may_only_back_up_restore_archive_and_publish_the_dik():
    system = Actor(SYS, "Baris perintah")
    assert {a for a in Action if allowed(system, a)} == {
        Action.BACKUP,
        Action.RESTORE,
        Action.YEARLY_ARCHIVE,
        Action.PUBLISH_DIK,
        # and exchange case packets (main.py paket, app.exchange)
        Action.SEND_CASE,
        Action.RECEIVE_CASE,
        Action.REGISTER_OFFICE_KEY,
    }


def test_a_reader_may_do_nothing():
    reader = Actor("pembaca", "Pembaca")
    assert not any(allowed(reader, a, Context(step_roles=("pembaca",))) for a in Action)
