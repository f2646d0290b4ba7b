"""The first start of a new database: the first administrator, the office's kop lines and,
if asked, demo cases, in one transaction (a refused kop leaves no account behind)."""

from __future__ import annotations

from dataclasses import dataclass, field

from app import accounts, office
from app.accounts import AccountInput, UserInfo
from app.models import Case, database


@dataclass
class FirstRun:
    username: str
    nama_lengkap: str
    password: str = field(repr=False)
    kop_pemerintah: str
    kop_instansi: str
    kop_alamat: list[str]
    demo: bool = False


def needs_setup() -> bool:
    return accounts.needs_setup()


def first_run(data: FirstRun) -> UserInfo:
    """Create the first administrator, set the kop, and fill demo cases when asked."""
    from app.demo import fill_demo

    with database.atomic():
        admin = accounts.create_first_admin(
            AccountInput(data.username, data.nama_lengkap), data.password
        )
        profile = office.load_profile()
        profile.kop_pemerintah = data.kop_pemerintah
        profile.kop_instansi = data.kop_instansi
        profile.kop_alamat = [line for line in data.kop_alamat if line.strip()]
        office.save_profile(accounts.first_admin_actor(admin), profile)
        if data.demo and not Case.select().exists():
            fill_demo()
    return admin
