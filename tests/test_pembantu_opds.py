"""A PPID Pembantu of several OPDs acts in one role for all of them: the capabilities decide
per case, with every OPD the account holds, and another OPD's case is read-only from the
start; the services agree, and an OPD taken away ends the session's right at once."""

from __future__ import annotations

from datetime import date

import pytest

from app import accounts
from app.accounts import AccountInput, RoleGrant
from app.capabilities import capabilities, session_problem
from app.cases import commands, listing
from app.cases.read import case_detail
from app.errors import PermissionDenied, SessionExpired
from app.models import Opd
from app.permissions import Actor
from tests.conftest import STEP1_ITEM

PASSWORD = "sandi-siti-1"


def opd(short: str) -> int:
    return Opd.get(Opd.singkatan == short).id


def case_of(short: str) -> int:
    case = commands.create_case(
        Actor("ppid_utama", "Sari"),
        commands.NewCase(
            opd_id=opd(short),
            pemicu="sebelum_permohonan",
            judul=f"DIK {short} 2026",
            tanggal_mulai=date(2026, 11, 2),
        ),
    ).case
    commands.save_item(Actor("ppid_utama", "Sari"), case.id, STEP1_ITEM)
    return case.id


@pytest.fixture
def siti(db, today):
    accounts.create_first_admin(AccountInput("kepala", "Kepala"), PASSWORD)
    boss = accounts.login("kepala", PASSWORD)
    grants = [RoleGrant("ppid_pembantu", opd("Dinkes")), RoleGrant("ppid_pembantu", opd("Dinsos"))]
    accounts.create_user(
        boss.actor(boss.roles[0]), AccountInput("siti", "Siti Rohaeti", grants), PASSWORD
    )
    return accounts.login("siti", PASSWORD), boss.actor(boss.roles[0])


def test_one_role_for_every_opd(siti):
    login, _boss = siti
    assert login.acting_roles == ("ppid_pembantu",)
    assert login.role_label("ppid_pembantu") == "PPID Pembantu (2 perangkat daerah)"
    actor = login.actor_in("ppid_pembantu")
    assert actor.opds == {opd("Dinkes"), opd("Dinsos")}


def test_each_own_opds_case_is_editable_and_another_opds_read_only_from_the_start(siti):
    login, _boss = siti
    actor = login.actor_in("ppid_pembantu")
    for short in ("Dinkes", "Dinsos"):
        can = capabilities(actor, case_detail(case_of(short)))
        assert can.work_step and can.read_only_reason == "", short
    other = case_of("Dindikbud")
    can = capabilities(actor, case_detail(other))
    assert not can.work_step and not can.add_remove_items and not can.edit_items
    assert can.read_only_reason == (
        "Kasus ini milik Dinas Pendidikan dan Kebudayaan. Anda PPID Pembantu untuk Dinkes, "
        "Dinsos; formulir hanya dapat dibaca."
    )
    with pytest.raises(PermissionDenied):
        commands.save_step(actor, other, 1, {"tempat_rapat": "Aula"})
    own = case_of("Dinsos")
    commands.save_step(actor, own, 1, {"tempat_rapat": "Aula Dinas Sosial"})
    assert case_detail(own).current.data["tempat_rapat"] == "Aula Dinas Sosial"


def test_an_opd_taken_away_ends_the_sessions_right(siti):
    login, boss = siti
    actor = login.actor_in("ppid_pembantu")
    assert session_problem(actor) == ""
    accounts.update_user(
        boss,
        login.user_id,
        AccountInput("siti", "Siti Rohaeti", [RoleGrant("ppid_pembantu", opd("Dinkes"))]),
    )
    assert "sudah dicabut" in session_problem(actor)
    with pytest.raises(SessionExpired):
        commands.save_step(actor, case_of("Dinkes"), 1, {"tempat_rapat": "Aula"})


def test_the_case_list_filters_by_the_opds_of_the_role(siti):
    login, _boss = siti
    mine = {case_of("Dinkes"), case_of("Dinsos")}
    case_of("Dindikbud")
    from app.calendar_service import current_calendar
    from app.clock import today

    thresholds = listing.Thresholds.compute(today(), current_calendar())
    ids = listing.query_case_ids(
        listing.CaseFilter(opd_ids=login.actor_in("ppid_pembantu").opds),
        thresholds,
        listing.SortKey.NUMBER,
        False,
    )
    assert set(ids) == mine
