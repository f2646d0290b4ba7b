"""The first administrator can start a case: setup gives it the SOP roles asked for (PPID
Utama by default), and an action it may not do says why and who may."""

from __future__ import annotations

import pytest

from app import accounts, setup
from app.capabilities import capabilities
from app.errors import ValidationError
from app.models import User

PASSWORD = "sandi-kantor-1"


def first_run(**kwargs) -> accounts.UserInfo:
    return setup.first_run(
        setup.FirstRun(
            username="admin",
            nama_lengkap="Admin Kantor",
            password=PASSWORD,
            kop_pemerintah="PEMERINTAH KABUPATEN SERANG",
            kop_instansi="DINAS KOMINFO",
            kop_alamat=[],
            **kwargs,
        )
    )


def test_setup_gives_the_first_account_the_ppid_utama_role_by_default(db):
    first_run()
    login = accounts.login("admin", PASSWORD)
    assert [g.role for g in login.roles] == ["ppid_utama", "admin"]
    # It acts as PPID Utama first, so it may start a case at once.
    assert capabilities(login.actor(login.roles[0])).create_case


def test_setup_gives_the_sop_roles_ticked(db):
    first_run(roles=("tim_pertimbangan", "atasan_ppid"))
    roles = [g.role for g in accounts.grants_of(User.get().id)]
    assert roles == ["tim_pertimbangan", "atasan_ppid", "admin"]


def test_setup_refuses_a_pembantu_role_without_its_opd_and_creates_nothing(db):
    with pytest.raises(ValidationError) as refused:
        first_run(roles=("ppid_pembantu",))
    assert "PPID Pembantu tidak dapat diberikan saat persiapan pertama" in refused.value.message
    assert refused.value.fields == ["peran"]
    assert accounts.needs_setup()


def test_an_administrator_only_is_told_why_it_cannot_start_a_case(db):
    first_run(roles=())
    login = accounts.login("admin", PASSWORD)
    can = capabilities(login.actor(login.roles[0]))
    assert not can.create_case
    assert can.why_not("create_case") == (
        "Administrator tidak berwenang membuat kasus baru. Yang berwenang: PPID Pembantu, "
        "PPID Utama. Administrator dapat memberikan peran itu di Data Master → Pengguna."
    )
    assert can.why_not("create_case", short=True) == (
        "Administrator tidak berwenang membuat kasus baru. Yang berwenang: PPID Pembantu, "
        "PPID Utama."
    )
    assert can.why_not("manage_users") == ""  # allowed: no reason


def test_the_reason_names_a_role_the_account_holds_that_may(db):
    first_run()
    login = accounts.login("admin", PASSWORD)
    admin = login.actor(next(g for g in login.roles if g.role == "admin"))
    assert (
        capabilities(admin)
        .why_not("create_case")
        .endswith('Akun Anda memegang peran PPID Utama: pilih di "Bertindak sebagai".')
    )
    utama = login.actor(login.roles[0])
    assert "Administrator tidak berwenang" not in capabilities(utama).why_not("manage_users")
    assert (
        capabilities(utama)
        .why_not("manage_users")
        .endswith('Akun Anda memegang peran Administrator: pilih di "Bertindak sebagai".')
    )
