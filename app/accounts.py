"""User accounts: creation, roles, passwords (Argon2), login with lock-out, hand-over.

No plain-text password is ever stored, logged, recorded in the history or put in an
exception message: only the Argon2 hash is kept, and errors speak of "kata sandi" in general.
Readers get ``UserInfo`` values; every change checks the acting account inside its
transaction (``app.capabilities.authorize``) and returns a ``ChangeSet``.
"""

from __future__ import annotations

import re
import socket
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from peewee import JOIN, fn

from app import history, settings
from app.capabilities import authorize
from app.changes import ChangeSet
from app.clock import now_utc
from app.errors import ConflictError, FieldProblem, NotFound, UserError, ValidationError
from app.history import EventKind
from app.models import Case, Event, Official, Opd, StepRecord, User, UserRole, database
from app.permissions import ACCOUNT_ROLES, ADMIN, Action, Actor, role_name
from app.settings import GAGAL_LOGIN_MAKS, KUNCI_LOGIN_MENIT
from app.states import StepStatus
from app.text import format_number
from app.validation import check_text, clean_text, storable

MIN_PASSWORD_LENGTH = 8
USERNAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{2,31}$")
_hasher = PasswordHasher()


class LoginFailed(UserError):
    """Wrong username or password, an inactive account, or a temporary lock-out."""


@dataclass(frozen=True)
class RoleGrant:
    role: str
    opd_id: int | None = None  # required for ppid_pembantu
    opd_label: str = field(default="", compare=False)  # the OPD's short name, for labels

    @property
    def label(self) -> str:
        if self.role == "ppid_pembantu" and self.opd_id:
            return f"{role_name(self.role)} — {self.opd_label or '?'}"
        return role_name(self.role)


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    nama_lengkap: str
    official_id: int | None
    aktif: bool
    wajib_ganti_sandi: bool
    roles: tuple[RoleGrant, ...]
    login_terakhir: datetime | None = None
    terkunci_sampai: datetime | None = None

    @property
    def roles_text(self) -> str:
        return ", ".join(g.label for g in self.roles)

    @property
    def label(self) -> str:
        label = f"{self.nama_lengkap} ({self.username})"
        return label if self.aktif else label + " — nonaktif"


@dataclass
class AccountInput:
    username: str
    nama_lengkap: str
    roles: list[RoleGrant] = field(default_factory=list)
    official_id: int | None = None
    aktif: bool = True


@dataclass(frozen=True)
class LoggedIn:
    """The session of a logged-in user."""

    user_id: int
    username: str
    nama_lengkap: str
    roles: tuple[RoleGrant, ...]
    wajib_ganti_sandi: bool

    def actor(self, grant: RoleGrant) -> Actor:
        return Actor(grant.role, self.nama_lengkap, self.username, self.user_id, grant.opd_id)

    @property
    def acting_roles(self) -> tuple[str, ...]:
        """The roles the account acts in, each once (a PPID Pembantu of several OPDs is one
        role for all of them), in the order they were granted (the first is acted in unless
        another is chosen)."""
        return tuple(dict.fromkeys(g.role for g in self.roles))

    def role_opds(self, role: str) -> frozenset[int]:
        return frozenset(g.opd_id for g in self.roles if g.role == role and g.opd_id)

    def actor_in(self, role: str) -> Actor:
        """The actor of this account in ``role``, with every OPD it holds that role for."""
        opds = self.role_opds(role)
        only = next(iter(opds)) if len(opds) == 1 else None
        return Actor(role, self.nama_lengkap, self.username, self.user_id, only, opds)

    def role_label(self, role: str) -> str:
        """The role as the toolbar names it: "PPID Pembantu — Dinkes", or with several OPDs
        "PPID Pembantu (3 perangkat daerah)"."""
        grants = [g for g in self.roles if g.role == role]
        if role == "ppid_pembantu" and len(grants) > 1:
            return f"{role_name(role)} ({len(grants)} perangkat daerah)"
        return grants[0].label if grants else role_name(role)


# ----------------------------------------------------------------------------- passwords
def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _password_problems(password: str, field_name: str = "kata_sandi") -> list[FieldProblem]:
    if len(password) < MIN_PASSWORD_LENGTH:
        return [
            FieldProblem(field_name, f"Kata sandi paling sedikit {MIN_PASSWORD_LENGTH} karakter.")
        ]
    if len(password) > 256:
        return [FieldProblem(field_name, "Kata sandi terlalu panjang (paling banyak 256).")]
    if password.strip() != password or not password.strip():
        return [FieldProblem(field_name, "Kata sandi tidak boleh diawali atau diakhiri spasi.")]
    if storable(password) != password:
        return [FieldProblem(field_name, "Kata sandi berisi karakter yang tidak sah; ketik ulang.")]
    return []


def _verify(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, storable(password))
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


# ----------------------------------------------------------------------------- reading
def needs_setup() -> bool:
    """True on first run: there is no account yet."""
    return not User.select().exists()


def _grants(user_ids: list[int]) -> dict[int, tuple[RoleGrant, ...]]:
    rows = (
        UserRole.select(UserRole.user, UserRole.peran, UserRole.opd, Opd.nama, Opd.singkatan)
        .join(Opd, JOIN.LEFT_OUTER, on=(UserRole.opd == Opd.id))
        .where(UserRole.user.in_(user_ids))
        .order_by(UserRole.id)
    )
    grouped: dict[int, list[RoleGrant]] = {u: [] for u in user_ids}
    for user_id, peran, opd_id, nama, singkatan in rows.tuples().execute():
        label = (singkatan or nama or "") if opd_id else ""
        grouped[user_id].append(RoleGrant(peran, opd_id, label))
    return {u: tuple(g) for u, g in grouped.items()}


def grants_of(user_id: int) -> tuple[RoleGrant, ...]:
    return _grants([user_id])[user_id]


def _user_info(user: User, grants: tuple[RoleGrant, ...]) -> UserInfo:
    return UserInfo(
        user.id,
        user.username,
        user.nama_lengkap,
        user.official_id,
        bool(user.aktif),
        bool(user.wajib_ganti_sandi),
        grants,
        user.login_terakhir,
        user.terkunci_sampai,
    )


def list_users() -> list[UserInfo]:
    users = list(User.select().order_by(User.username))
    grants = _grants([u.id for u in users])
    return [_user_info(u, grants[u.id]) for u in users]


def user_by_id(user_id: int) -> UserInfo | None:
    user = User.get_or_none(User.id == user_id)
    return _user_info(user, grants_of(user.id)) if user is not None else None


def _active_admins(excluding: int | None = None) -> int:
    q = User.select().join(UserRole).where((UserRole.peran == ADMIN) & (User.aktif == True))  # noqa: E712
    if excluding is not None:
        q = q.where(User.id != excluding)
    return q.distinct().count()


# ----------------------------------------------------------------------------- validation
def _account_problems(data: AccountInput, user_id: int | None) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    username = data.username
    if not username:
        problems.append(FieldProblem("username", "Nama pengguna wajib diisi."))
    elif len(username) > 32:
        problems.append(
            FieldProblem("username", "Nama pengguna terlalu panjang (paling banyak 32 karakter).")
        )
    elif not USERNAME_PATTERN.match(username):
        problems.append(
            FieldProblem(
                "username",
                "Nama pengguna 3–32 karakter: huruf kecil, angka, titik, garis bawah "
                "atau tanda hubung, diawali huruf atau angka.",
            )
        )
    elif User.get_or_none((User.username == username) & (User.id != (user_id or 0))):
        problems.append(FieldProblem("username", f"Nama pengguna {username} sudah dipakai."))
    check_text(
        problems, "nama_lengkap", "Nama lengkap", data.nama_lengkap, required=True, max_len=120
    )
    if not data.roles:
        problems.append(FieldProblem("peran", "Pilih minimal satu peran."))
    for grant in data.roles:
        if grant.role not in ACCOUNT_ROLES:
            problems.append(FieldProblem("peran", f"Peran {grant.role} tidak dikenal."))
        elif grant.role == "ppid_pembantu" and grant.opd_id is None:
            problems.append(
                FieldProblem("peran", "Peran PPID Pembantu harus disertai perangkat daerahnya.")
            )
        elif grant.opd_id is not None and Opd.get_or_none(Opd.id == grant.opd_id) is None:
            problems.append(FieldProblem("peran", "Perangkat daerah peran tidak ditemukan."))
    if len(set(data.roles)) != len(data.roles):
        problems.append(FieldProblem("peran", "Ada peran yang tercatat dua kali."))
    if (
        data.official_id is not None
        and Official.get_or_none(Official.id == data.official_id) is None
    ):
        problems.append(FieldProblem("official", "Pejabat yang ditautkan tidak ditemukan."))
    return problems


def _clean(data: AccountInput) -> AccountInput:
    return AccountInput(
        username=clean_text(data.username).lower(),
        nama_lengkap=clean_text(data.nama_lengkap),
        roles=list(dict.fromkeys(data.roles)),
        official_id=data.official_id,
        aktif=data.aktif,
    )


def _write_roles(user_id: int, roles: list[RoleGrant]) -> None:
    UserRole.delete().where(UserRole.user == user_id).execute()
    for grant in roles:
        UserRole.create(
            user=user_id,
            peran=grant.role,
            opd=grant.opd_id if grant.role == "ppid_pembantu" else None,
        )


# ----------------------------------------------------------------------------- writing
def _insert_user(data: AccountInput, password: str, *, must_change_password: bool) -> User:
    """Validate a new account (already cleaned) and insert it with its roles. Call inside
    the caller's transaction; nothing is written when validation fails."""
    problems = _account_problems(data, None) + _password_problems(password)
    if problems:
        raise ValidationError(problems)
    user = User.create(
        username=data.username,
        nama_lengkap=data.nama_lengkap,
        official=data.official_id,
        password_hash=hash_password(password),
        aktif=data.aktif,
        wajib_ganti_sandi=must_change_password,
        created_at=now_utc(),
    )
    _write_roles(user.id, data.roles)
    return user


def create_first_admin(data: AccountInput, password: str) -> UserInfo:
    """First run only: the first account, always an administrator."""
    data = _clean(data)
    if not any(g.role == ADMIN for g in data.roles):
        data.roles.insert(0, RoleGrant(ADMIN))
    data.aktif = True
    with database.atomic():
        if not needs_setup():
            raise ConflictError("Akun pertama sudah dibuat; masuk dengan akun itu.")
        user = _insert_user(data, password, must_change_password=False)
        history.record(
            EventKind.USER_CREATED,
            f"Akun administrator pertama {user.username} dibuat",
            Actor(ADMIN, user.nama_lengkap, user.username, user.id),
            None,
            {"pengguna": user.username, "peran": [g.role for g in data.roles]},
        )
    info = user_by_id(user.id)
    assert info is not None
    return info


def first_admin_actor(user: UserInfo) -> Actor:
    """The first administrator acting right after setup (it holds the admin role)."""
    return Actor(ADMIN, user.nama_lengkap, user.username, user.id)


def unexplained_accounts() -> list[str]:
    """Accounts no history event created (``check``): every account is made by the first-run
    setup, by an administrator or by the demo, each recording ``pengguna_dibuat`` with the
    username. (Older first-admin events named it only in their summary.)"""
    created: set[str] = set()
    for event in Event.select(Event.rincian, Event.ringkasan).where(
        Event.jenis == EventKind.USER_CREATED
    ):
        detail = event.rincian
        if isinstance(detail, dict) and isinstance(detail.get("pengguna"), str):
            created.add(detail["pengguna"])
        elif event.ringkasan.startswith("Akun administrator pertama "):
            created.add(event.ringkasan.split()[3])
    return [u.username for u in User.select(User.username) if u.username not in created]


def check_new_user(actor: Actor, data: AccountInput) -> None:
    """Would ``create_user`` refuse ``data`` whatever the password? Raises what it would
    raise (``PermissionDenied``, ``ValidationError`` naming each field) and writes nothing,
    so the window checks the account before it asks for the first password."""
    data = _clean(data)
    with database.atomic():
        authorize(actor, Action.MANAGE_USERS)
        problems = _account_problems(data, None)
        if problems:
            raise ValidationError(problems)


def create_user(actor: Actor, data: AccountInput, password: str) -> ChangeSet:
    data = _clean(data)
    with database.atomic():
        authorize(actor, Action.MANAGE_USERS)
        user = _insert_user(data, password, must_change_password=True)
        info = user_by_id(user.id)
        assert info is not None
        history.record(
            EventKind.USER_CREATED,
            f"Akun {user.username} ({user.nama_lengkap}) dibuat dengan peran {info.roles_text}",
            actor,
            None,
            {"pengguna": user.username, "peran": [g.role for g in data.roles]},
        )
    return ChangeSet(accounts=True, history=True, value=info)


def update_user(actor: Actor, user_id: int, data: AccountInput) -> ChangeSet:
    data = _clean(data)
    with database.atomic():
        authorize(actor, Action.MANAGE_USERS)
        problems = _account_problems(data, user_id)
        if problems:
            raise ValidationError(problems)
        user = User.get_or_none(User.id == user_id)
        if user is None:
            raise NotFound("Akun itu sudah tidak ada.")
        still_admin = data.aktif and any(g.role == ADMIN for g in data.roles)
        if not still_admin and _active_admins(excluding=user_id) == 0:
            raise ConflictError(
                "Akun ini administrator aktif terakhir; tetapkan administrator "
                "lain dulu sebelum mencabut peran atau menonaktifkannya."
            )
        before = grants_of(user_id)
        old = {
            "nama_lengkap": user.nama_lengkap,
            "aktif": user.aktif,
            "peran": [g.label for g in before],
            "username": user.username,
            "pejabat": user.official_id,
        }
        wanted = [
            RoleGrant(g.role, g.opd_id if g.role == "ppid_pembantu" else None) for g in data.roles
        ]
        if (data.username, data.nama_lengkap, data.official_id, data.aktif) == (
            user.username,
            user.nama_lengkap,
            user.official_id,
            user.aktif,
        ) and wanted == list(before):
            return ChangeSet(value=user_by_id(user_id))
        User.update(
            username=data.username,
            nama_lengkap=data.nama_lengkap,
            official=data.official_id,
            aktif=data.aktif,
        ).where(User.id == user_id).execute()
        _write_roles(user_id, data.roles)
        new = {
            "nama_lengkap": data.nama_lengkap,
            "aktif": data.aktif,
            "peran": [g.label for g in grants_of(user_id)],
            "username": data.username,
            "pejabat": data.official_id,
        }
        changes = {k: [old[k], new[k]] for k in old if old[k] != new[k]}
        history.record(
            EventKind.USER_CHANGED,
            f"Akun {data.username} diubah",
            actor,
            None,
            {"perubahan": changes},
        )
    return ChangeSet(accounts=True, history=True, value=user_by_id(user_id))


def reset_password(actor: Actor, user_id: int, new_password: str) -> ChangeSet:
    """The administrator sets a new password; the user must change it at the next login."""
    with database.atomic():
        authorize(actor, Action.MANAGE_USERS)
        problems = _password_problems(new_password)
        if problems:
            raise ValidationError(problems)
        user = User.get_or_none(User.id == user_id)
        if user is None:
            raise NotFound("Akun itu sudah tidak ada.")
        User.update(
            password_hash=hash_password(new_password),
            wajib_ganti_sandi=True,
            gagal_login=0,
            terkunci_sampai=None,
        ).where(User.id == user_id).execute()
        history.record(EventKind.PASSWORD_RESET, f"Kata sandi {user.username} diatur ulang", actor)
    return ChangeSet(accounts=True, history=True)


def change_own_password(user_id: int, old_password: str, new_password: str) -> ChangeSet:
    user = User.get_or_none(User.id == user_id)
    if user is None:
        raise NotFound("Akun itu sudah tidak ada.")
    if not _verify(user.password_hash, old_password):
        raise ValidationError(FieldProblem("sandi_lama", "Kata sandi lama tidak cocok."))
    problems = _password_problems(new_password, "sandi_baru")
    if new_password == old_password:
        problems.append(FieldProblem("sandi_baru", "Kata sandi baru harus berbeda."))
    if problems:
        raise ValidationError(problems)
    with database.atomic():
        User.update(password_hash=hash_password(new_password), wajib_ganti_sandi=False).where(
            User.id == user_id
        ).execute()
        history.record(
            EventKind.PASSWORD_CHANGED,
            f"{user.username} mengganti kata sandinya",
            Actor("", user.nama_lengkap, user.username, user.id),
        )
    return ChangeSet(accounts=True, history=True)


def _machine() -> str:
    try:
        return socket.gethostname()
    except OSError:
        return ""


def masked_username(name: str) -> str:
    """How the history names a username no account has: its length and, when it is a letter
    or digit, its first character, never the text itself. People type their password into
    the username field, and the history is append-only. A hash of the text would be no
    better: a short password is found again from its hash by trying a list of common ones.
    Length and first letter still let an administrator recognise a mistyped real name
    (``admn``: 4 characters, starting with a) or a run of guesses."""
    first = name[:1]
    start = f", diawali {first!r}" if first.isascii() and first.isalnum() else ""
    return f"nama pengguna tak dikenal ({format_number(len(name))} karakter{start})"


def login_failed_message() -> str:
    """The one answer to every failed login: an unknown name, a wrong password, a locked
    account. A different message (or a quicker one) for a locked account would tell a
    guesser which names exist."""
    return (
        "Nama pengguna atau kata sandi salah, atau akun sedang dikunci sementara. Periksa "
        f"keduanya; setelah {settings.value(GAGAL_LOGIN_MAKS)} kali gagal berturut-turut "
        f"akun dikunci {settings.value(KUNCI_LOGIN_MENIT)} menit, tunggu lalu coba lagi, "
        "atau minta administrator mengatur ulang kata sandinya."
    )


def login(username: str, password: str, at: datetime | None = None) -> LoggedIn:
    """Check the password. Failures are counted; after ``gagal_login_maks`` in a row the
    account is locked for ``kunci_login_menit`` minutes. An unknown name, a wrong password
    and a locked account get the same message (``login_failed_message``) after the same
    work: one Argon2 verification (against a dummy hash when there is no account to check,
    or it is locked) and one history event. Only the right password of an inactive account
    is told so."""
    at = at or now_utc()
    name = clean_text(username if isinstance(username, str) else "").lower()
    password = storable(password) if isinstance(password, str) else ""
    # A name with a NUL names no account (none can be made so), and a server refuses one
    # even in a query.
    user = (
        User.get_or_none(User.username == name) if len(name) <= 64 and "\x00" not in name else None
    )
    locked_now = user is not None and user.terkunci_sampai is not None and user.terkunci_sampai > at
    if user is None or locked_now:
        _verify(_dummy_hash(), password)  # same work as a real check: no timing hint
        with database.atomic():
            if user is None:
                summary, detail = f"Gagal masuk: {masked_username(name)}", {}
            else:
                summary = f"Gagal masuk sebagai {user.username} — akun sedang dikunci"
                detail = {"pengguna": user.username}
            history.record(
                EventKind.LOGIN_FAILED, summary, None, None, {**detail, "mesin": _machine()}
            )
        raise LoginFailed(login_failed_message())
    if not _verify(user.password_hash, password):
        with database.atomic():
            fails = user.gagal_login + 1
            limit = settings.value(GAGAL_LOGIN_MAKS)
            locked = (
                at + timedelta(minutes=settings.value(KUNCI_LOGIN_MENIT))
                if fails >= limit
                else None
            )
            User.update(gagal_login=0 if locked else fails, terkunci_sampai=locked).where(
                User.id == user.id
            ).execute()
            history.record(
                EventKind.LOGIN_FAILED,
                f"Gagal masuk sebagai {user.username}"
                + (" — akun dikunci sementara" if locked else ""),
                None,
                None,
                {"pengguna": user.username, "mesin": _machine()},
            )
        raise LoginFailed(login_failed_message())
    if not user.aktif:
        raise LoginFailed(f"Akun {user.username} tidak aktif; hubungi administrator.")
    with database.atomic():
        User.update(gagal_login=0, terkunci_sampai=None, login_terakhir=at).where(
            User.id == user.id
        ).execute()
        history.record(
            EventKind.LOGIN,
            f"{user.nama_lengkap} masuk",
            Actor("", user.nama_lengkap, user.username, user.id),
            None,
            {"mesin": _machine()},
        )
    return LoggedIn(
        user.id, user.username, user.nama_lengkap, grants_of(user.id), user.wajib_ganti_sandi
    )


_DUMMY: list[str] = []


def _dummy_hash() -> str:
    if not _DUMMY:
        _DUMMY.append(hash_password("tidak-ada-pengguna-ini"))
    return _DUMMY[0]


def record_logout(session: LoggedIn) -> None:
    with database.atomic():
        history.record(
            EventKind.LOGOUT,
            f"{session.nama_lengkap} keluar",
            Actor("", session.nama_lengkap, session.username, session.user_id),
        )


# ----------------------------------------------------------------------------- hand-over
@dataclass(frozen=True)
class AssignedStep:
    """A running step assigned to an account, as the hand-over lists it."""

    record_id: int
    case_id: int
    nomor: str
    judul: str
    tahap: int
    title: str
    actor: str  # the role that works the step
    batas_waktu: date

    @property
    def step_text(self) -> str:
        return f"{self.tahap} — {self.title}" if self.title else str(self.tahap)


def open_steps_of(user_id: int) -> list[AssignedStep]:
    from app.refdata import sop_for_version

    rows = (
        StepRecord.select(
            StepRecord.id,
            StepRecord.tahap,
            StepRecord.batas_waktu,
            Case.id.alias("cid"),
            Case.nomor,
            Case.judul,
            Case.sop_version.alias("sop"),
        )
        .join(Case)
        .where((StepRecord.ditugaskan_ke == user_id) & (StepRecord.status == StepStatus.RUNNING))
        .order_by(Case.tahun, Case.urut)
    )
    steps = []
    for step_id, tahap, batas_waktu, case_id, nomor, judul, sop in rows.tuples().execute():
        try:
            step = sop_for_version(sop).step(tahap)
            title, actor = step.title, step.actor
        except KeyError:
            title, actor = "", ""
        steps.append(AssignedStep(step_id, case_id, nomor, judul, tahap, title, actor, batas_waktu))
    return steps


def open_step_counts() -> dict[int, int]:
    """How many running steps each account is assigned (accounts without any left out)."""
    rows = (
        StepRecord.select(StepRecord.ditugaskan_ke, fn.COUNT(StepRecord.id).alias("n"))
        .where((StepRecord.status == StepStatus.RUNNING) & StepRecord.ditugaskan_ke.is_null(False))
        .group_by(StepRecord.ditugaskan_ke)
    )
    return {user_id: n for user_id, n in rows.tuples().execute()}


def hand_over(actor: Actor, from_user_id: int, to_user_id: int) -> ChangeSet:
    """Give every running step assigned to one user to another, in one transaction (an
    official who leaves must not strand cases). The new user must hold each step's role.
    ``ChangeSet.value`` is the number of steps handed over."""
    if from_user_id == to_user_id:
        raise ValidationError(FieldProblem("ke", "Pilih pengguna lain sebagai penerima."))
    with database.atomic():
        authorize(actor, Action.MANAGE_USERS)
        source = User.get_or_none(User.id == from_user_id)
        target = User.get_or_none(User.id == to_user_id)
        if source is None or target is None:
            raise NotFound("Akun itu sudah tidak ada.")
        if not target.aktif:
            raise ValidationError(FieldProblem("ke", f"Akun {target.username} tidak aktif."))
        roles = {g.role for g in grants_of(target.id)}
        steps = open_steps_of(from_user_id)
        missing = sorted({s.actor for s in steps} - roles)
        if missing:
            raise ValidationError(
                FieldProblem(
                    "ke",
                    f"{target.nama_lengkap} tidak memegang peran "
                    f"{', '.join(role_name(m) for m in missing)} yang dibutuhkan.",
                )
            )
        for step in steps:
            StepRecord.update(ditugaskan_ke=to_user_id).where(
                StepRecord.id == step.record_id
            ).execute()
            history.record(
                EventKind.STEP_REASSIGNED,
                f"Tahap {step.tahap} dialihkan dari {source.nama_lengkap} kepada "
                f"{target.nama_lengkap}",
                actor,
                step.case_id,
            )
        history.record(
            EventKind.HANDOVER,
            f"{len(steps)} tahap berjalan milik "
            f"{source.username} dialihkan kepada {target.username}",
            actor,
        )
    return ChangeSet(
        accounts=True,
        history=True,
        steps=bool(steps),
        other_cases=frozenset(s.case_id for s in steps),
        value=len(steps),
    )
