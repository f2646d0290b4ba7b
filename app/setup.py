"""The first start of a new database: the first administrator (with the SOP roles that
account also holds), the office's kop lines and, if asked, demo cases, in one transaction (a
refused kop leaves no account behind)."""

from __future__ import annotations

from dataclasses import dataclass, field

from app import accounts, office
from app.accounts import AccountInput, RoleGrant, UserInfo
from app.errors import FieldProblem, ValidationError
from app.models import Case, database
from app.permissions import ADMIN, role_name

# The SOP roles the first account may also hold, asked at setup. A PPID Pembantu needs the
# perangkat daerah it serves, which the administrator grants later in Data Master → Pengguna.
SETUP_ROLES = ("ppid_utama", "tim_pertimbangan", "atasan_ppid")
# Ticked by default: the PPID Utama registers cases and finalises documents, so the first
# account can start a case at once.
DEFAULT_SETUP_ROLES = ("ppid_utama",)
SETUP_ROLES_NOTE = (
    "Akun pertama selalu Administrator. Centang peran SOP yang juga dipegangnya; tanpa peran "
    f"SOP akun ini tidak dapat membuat kasus. Peran {role_name('ppid_pembantu')} (dengan "
    "perangkat daerahnya) dan akun lain dibuat kemudian di Data Master → Pengguna."
)


@dataclass
class FirstRun:
    username: str
    nama_lengkap: str
    password: str = field(repr=False)
    kop_pemerintah: str
    kop_instansi: str
    kop_alamat: list[str]
    demo: bool = False
    roles: tuple[str, ...] = DEFAULT_SETUP_ROLES  # SOP roles beside Administrator


def needs_setup() -> bool:
    return accounts.needs_setup()


def _role_grants(roles: tuple[str, ...]) -> list[RoleGrant]:
    unknown = [r for r in roles if r not in SETUP_ROLES]
    if unknown:
        names = ", ".join(role_name(r) for r in unknown)
        raise ValidationError(
            FieldProblem(
                "peran",
                f"Peran {names} tidak dapat diberikan saat persiapan pertama; berikan kemudian "
                "di Data Master → Pengguna.",
            )
        )
    # The SOP roles first: the account acts in the first one after setup, so it can work.
    return [RoleGrant(r) for r in SETUP_ROLES if r in roles] + [RoleGrant(ADMIN)]


def first_run(data: FirstRun) -> UserInfo:
    """Create the first administrator with its SOP roles, set the kop, and fill demo cases
    when asked."""
    from app.demo import fill_demo

    grants = _role_grants(tuple(data.roles))
    with database.atomic():
        admin = accounts.create_first_admin(
            AccountInput(data.username, data.nama_lengkap, grants), data.password
        )
        profile = office.load_profile()
        profile.kop_pemerintah = data.kop_pemerintah
        profile.kop_instansi = data.kop_instansi
        profile.kop_alamat = [line for line in data.kop_alamat if line.strip()]
        office.save_profile(accounts.first_admin_actor(admin), profile)
        if data.demo and not Case.select().exists():
            fill_demo()
    return admin
