"""The first start of a new database: which kind of office this is, the first administrator
(with the SOP roles that account also holds), the office's kop lines and, if asked, demo
cases, in one transaction (a refused kop leaves no account behind).

Two kinds of office (``app.exchange.office``): the PPID Utama (Diskominfosatik), which works
every step, and an **OPD install** at a perangkat daerah, whose PPID Pembantu registers the
cases of that OPD, works step 1 and sends the case to the PPID Utama as a packet. At an OPD
install the first account is Administrator and PPID Pembantu of that OPD, the kop lines are
the OPD's own kop (Data Master → Perangkat daerah) and the office's, and the case register
gets the OPD's own pattern, ``{urut:03d}/UK-<SINGKATAN>/{tahun}``, so its numbers never
collide with the PPID Utama's."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app import accounts, office, settings
from app.accounts import AccountInput, RoleGrant, UserInfo
from app.errors import FieldProblem, NotFound, ValidationError
from app.exchange.office import PEMBANTU, UTAMA, set_office
from app.masterdata import OpdKop, save_opd
from app.models import Case, Opd, database
from app.permissions import ADMIN, Actor, role_name
from app.phrases import label
from app.settings import NOMOR_REGISTER_POLA
from app.validation import as_optional_id

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
    kantor: str = UTAMA  # UTAMA or PEMBANTU (an OPD install)
    opd_id: int | None = None  # an OPD install: its perangkat daerah (Data Master's list)


# The kinds of office the setup offers, in the order shown (code → label).
OFFICE_KINDS = (
    (UTAMA, label("PPID Utama (Diskominfosatik)")),
    (PEMBANTU, label("PPID Pembantu (perangkat daerah)")),
)
OPD_INSTALL_NOTE = label(
    "Kantor perangkat daerah: akun pertama menjadi Administrator dan PPID Pembantu perangkat "
    "daerah itu. Kantor ini mendaftarkan kasusnya, mengerjakan tahap 1, lalu mengirim kasus ke "
    "PPID Utama sebagai satu berkas paket; tahap 2 sampai 6 dikerjakan di PPID Utama."
)


def opd_register_pattern(singkatan: str, nama: str) -> str:
    """The case register pattern of an OPD install: ``{urut:03d}/UK-DINKES/{tahun}`` (its
    abbreviation in capitals, letters and digits only; the name's initials without one)."""
    code = re.sub(r"[^0-9A-Z]", "", singkatan.upper())
    if not code:
        code = "".join(word[0] for word in re.findall(r"[0-9A-Za-z]+", nama)).upper() or "OPD"
    return f"{{urut:03d}}/UK-{code}/{{tahun}}"


def _office_opd(data: FirstRun) -> Opd | None:
    """The OPD of an OPD install (None at the PPID Utama), or ``ValidationError``."""
    if data.kantor not in (UTAMA, PEMBANTU):
        raise ValidationError(
            FieldProblem(
                "kantor", "Pilih jenis kantor: PPID Utama atau PPID Pembantu (perangkat daerah)."
            )
        )
    if data.kantor == UTAMA:
        return None
    try:
        opd_id = as_optional_id(data.opd_id, "opd", "Perangkat daerah")  # not a bool, str…
    except NotFound:  # a number SQLite cannot hold names no OPD
        opd_id = None
    opd = Opd.get_or_none(Opd.id == opd_id) if opd_id is not None else None
    if opd is None:
        raise ValidationError(FieldProblem("opd", "Pilih perangkat daerah kantor ini dari daftar."))
    if data.demo:
        raise ValidationError(
            FieldProblem(
                "demo",
                "Data demo hanya untuk kantor PPID Utama; kosongkan centang data demo untuk "
                "kantor perangkat daerah.",
            )
        )
    return opd


def needs_setup() -> bool:
    return accounts.needs_setup()


def _role_grants(roles: tuple[str, ...], opd: Opd | None) -> list[RoleGrant]:
    if opd is not None:  # an OPD install: its PPID Pembantu, and the administrator
        return [RoleGrant("ppid_pembantu", opd.id, opd.singkatan or opd.nama), RoleGrant(ADMIN)]
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

    with database.atomic():
        opd = _office_opd(data)
        grants = _role_grants(tuple(data.roles), opd)
        admin = accounts.create_first_admin(
            AccountInput(data.username, data.nama_lengkap, grants), data.password
        )
        actor = accounts.first_admin_actor(admin)
        profile = office.load_profile()
        profile.kop_pemerintah = data.kop_pemerintah
        profile.kop_instansi = data.kop_instansi
        profile.kop_alamat = [line for line in data.kop_alamat if line.strip()]
        office.save_profile(actor, profile)
        if opd is not None:
            _make_opd_install(actor, opd, profile)
        if data.demo and not Case.select().exists():
            fill_demo()
    return admin


def _make_opd_install(actor: Actor, opd: Opd, profile: office.OfficeProfile) -> None:
    """The OPD's own kop (the lines typed at setup) and register, and the office's kind."""
    save_opd(
        actor,
        opd.nama,
        opd.singkatan,
        True,
        opd.id,
        OpdKop(
            kop_instansi=profile.kop_instansi,
            kop_alamat="\n".join(profile.kop_alamat),
            kode_unit=opd.kode_unit,
            nomor_pola=opd.nomor_pola,
        ),
    )
    pattern = opd_register_pattern(opd.singkatan, opd.nama)
    settings.change_settings(
        actor, {NOMOR_REGISTER_POLA: pattern}, summary=f"Pola nomor register kantor {opd.nama}"
    )
    set_office(PEMBANTU, opd.nama)
