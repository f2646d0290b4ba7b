"""Accounts: first administrator, roles, Argon2 passwords, lock-out, last admin, hand-over."""

from datetime import timedelta

import pytest

from app import accounts, history
from app.accounts import AccountInput, LoginFailed, RoleGrant
from app.cases import commands
from app.clock import now_utc
from app.errors import ConflictError, PermissionDenied, ValidationError
from app.models import Event, Opd, StepRecord, User, database

PASSWORD = "rahasia-kantor-1"


@pytest.fixture
def first_admin(db):
    accounts.create_first_admin(AccountInput("admin", "Admin Kantor"), PASSWORD)
    session = accounts.login("admin", PASSWORD)
    return session.actor(session.roles[0])


def dinkes() -> int:
    return Opd.get(Opd.singkatan == "Dinkes").id


def make_user(admin_actor, username="siti", roles=None, password=PASSWORD):
    roles = roles or [RoleGrant("ppid_pembantu", dinkes())]
    return accounts.create_user(
        admin_actor, AccountInput(username, "Siti Rohaeti", roles), password
    ).value


def test_first_run_needs_setup_until_the_first_admin_exists(db):
    assert accounts.needs_setup()
    accounts.create_first_admin(AccountInput("admin", "Admin Kantor"), PASSWORD)
    assert not accounts.needs_setup()
    assert [g.role for g in accounts.grants_of(User.get().id)] == ["admin"]
    with pytest.raises(ConflictError):
        accounts.create_first_admin(AccountInput("admin2", "Lagi"), PASSWORD)


@pytest.mark.sqlite_only  # the SQLite file's iterdump is searched for the password
def test_passwords_are_stored_only_as_argon2_hashes(first_admin):
    make_user(first_admin)
    stored = User.get(User.username == "siti").password_hash
    assert stored.startswith("$argon2") and PASSWORD not in stored
    dump = "\n".join(database.obj.connection().iterdump())
    assert PASSWORD not in dump  # not in any table, setting or history row


def test_login_gives_the_users_roles_and_records_it(first_admin):
    make_user(
        first_admin, roles=[RoleGrant("ppid_pembantu", dinkes()), RoleGrant("tim_pertimbangan")]
    )
    session = accounts.login("  SITI ", PASSWORD)
    assert [g.role for g in session.roles] == ["ppid_pembantu", "tim_pertimbangan"]
    assert session.wajib_ganti_sandi  # set by the administrator: change at first login
    actor = session.actor(session.roles[0])
    assert (actor.username, actor.opd_id) == ("siti", dinkes())
    assert Event.select().where(Event.jenis == "login").count() == 2


@pytest.mark.sqlite_only  # the SQLite file's iterdump is searched for the password
def test_wrong_password_says_nothing_about_which_part_was_wrong(first_admin):
    make_user(first_admin)
    for username in ("siti", "tidakada"):
        with pytest.raises(LoginFailed) as err:
            accounts.login(username, "salah-sandi")
        assert err.value.message == accounts.login_failed_message()
        assert err.value.message.startswith("Nama pengguna atau kata sandi salah")
        assert "salah-sandi" not in err.value.message
    assert "salah-sandi" not in "\n".join(database.obj.connection().iterdump())


def test_repeated_failures_lock_the_account_for_a_few_minutes(first_admin):
    make_user(first_admin)
    start = now_utc()
    for _ in range(5):
        with pytest.raises(LoginFailed, match="salah"):
            accounts.login("siti", "salah-sandi", at=start)
    with pytest.raises(LoginFailed, match="dikunci sementara"):
        accounts.login("siti", PASSWORD, at=start + timedelta(minutes=1))
    assert accounts.login("siti", PASSWORD, at=start + timedelta(minutes=6)).username == "siti"


def test_an_inactive_account_cannot_log_in(first_admin):
    user = make_user(first_admin)
    accounts.update_user(
        first_admin,
        user.id,
        AccountInput("siti", "Siti Rohaeti", [RoleGrant("ppid_pembantu", dinkes())], aktif=False),
    )
    with pytest.raises(LoginFailed, match="tidak aktif"):
        accounts.login("siti", PASSWORD)


@pytest.mark.parametrize(
    ("username", "password", "message"),
    [
        ("", PASSWORD, "Nama pengguna wajib diisi"),
        ("x" * 40, PASSWORD, "terlalu panjang"),
        ("ab", PASSWORD, "3–32 karakter"),
        ("siti rohaeti", PASSWORD, "3–32 karakter"),
        ("siti", "pendek", "paling sedikit 8"),
    ],
)
def test_bad_account_input_is_refused_and_saves_nothing(first_admin, username, password, message):
    before = User.select().count()
    with pytest.raises(ValidationError, match=message):
        make_user(first_admin, username=username, password=password)
    assert User.select().count() == before


def test_a_duplicate_username_is_refused(first_admin):
    make_user(first_admin)
    with pytest.raises(ValidationError, match="sudah dipakai"):
        make_user(first_admin, username="SITI")


def test_a_ppid_pembantu_role_needs_its_opd(first_admin):
    with pytest.raises(ValidationError, match="harus disertai perangkat daerahnya"):
        make_user(first_admin, roles=[RoleGrant("ppid_pembantu")])


def test_the_last_administrator_cannot_be_removed(first_admin):
    admin_id = first_admin.user_id
    with pytest.raises(ConflictError, match="administrator aktif terakhir"):
        accounts.update_user(
            first_admin, admin_id, AccountInput("admin", "Admin Kantor", [RoleGrant("ppid_utama")])
        )
    with pytest.raises(ConflictError, match="administrator aktif terakhir"):
        accounts.update_user(
            first_admin,
            admin_id,
            AccountInput("admin", "Admin Kantor", [RoleGrant("admin")], aktif=False),
        )
    second = make_user(first_admin, username="admin2", roles=[RoleGrant("admin")])
    accounts.update_user(
        first_admin, admin_id, AccountInput("admin", "Admin Kantor", [RoleGrant("ppid_utama")])
    )
    assert User.get_by_id(second.id).aktif


def test_only_the_administrator_manages_accounts(first_admin, utama):
    with pytest.raises(PermissionDenied, match="mengelola pengguna"):
        make_user(utama)


def test_reset_and_change_password(first_admin):
    user = make_user(first_admin)
    accounts.reset_password(first_admin, user.id, "sandi-baru-admin")
    session = accounts.login("siti", "sandi-baru-admin")
    assert session.wajib_ganti_sandi
    with pytest.raises(ValidationError, match="lama tidak cocok"):
        accounts.change_own_password(user.id, "keliru-keliru", "sandi-milik-siti")
    accounts.change_own_password(user.id, "sandi-baru-admin", "sandi-milik-siti")
    assert not accounts.login("siti", "sandi-milik-siti").wajib_ganti_sandi


def test_hand_over_moves_every_open_step_of_a_leaving_official(first_admin, make_case):
    leaving = make_user(first_admin, username="siti")
    taking = make_user(first_admin, username="dede")
    session = accounts.login("siti", PASSWORD)
    actor = session.actor(session.roles[0])
    cases = [make_case(judul=f"Kasus {n}", opd="Dinkes") for n in range(3)]
    for case in cases:
        commands.save_step(actor, case.id, 1, {"catatan": "dikerjakan Siti"})
    assert len(accounts.open_steps_of(leaving.id)) == 3
    moved = accounts.hand_over(first_admin, leaving.id, taking.id).value
    assert moved == 3
    assert accounts.open_steps_of(leaving.id) == []
    assert {
        r.ditugaskan_ke_id for r in StepRecord.select().where(StepRecord.status == "berjalan")
    } == {taking.id}
    assert history.verify_chain().ok


def test_hand_over_to_someone_without_the_role_is_refused(first_admin, make_case):
    leaving = make_user(first_admin, username="siti")
    tim = make_user(first_admin, username="budi", roles=[RoleGrant("tim_pertimbangan")])
    session = accounts.login("siti", PASSWORD)
    case = make_case(opd="Dinkes")
    commands.save_step(session.actor(session.roles[0]), case.id, 1, {"catatan": "x"})
    with pytest.raises(ValidationError, match="tidak memegang peran PPID Pembantu"):
        accounts.hand_over(first_admin, leaving.id, tim.id)
    assert len(accounts.open_steps_of(leaving.id)) == 1


def test_an_update_records_old_and_new_values(first_admin, make_case, pembantu):
    case = make_case()
    commands.save_step(pembantu, case.id, 1, {"catatan": "pertama"})
    commands.save_step(pembantu, case.id, 1, {"catatan": "kedua"})
    last = Event.select().where(Event.jenis == "tahap_disimpan").order_by(Event.id.desc()).get()
    assert last.rincian == {"perubahan": {"catatan": ["pertama", "kedua"]}}
