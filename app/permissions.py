"""Who may do what: one table of (action, role, condition), read as plainly as the SOP.

Services do not ask this table directly: ``app.capabilities.authorize`` re-reads the acting
account and then calls ``require`` here, inside the service's transaction; the window asks
``app.capabilities.capabilities`` what to show. Both build the same ``Context`` from the case,
so the window and the services always agree. Roles are the SOP's role codes plus ``admin``
(the application's administrator), ``sistem`` (the command line and scheduled tasks) and
``pembaca`` (a file opened read-only, which no rule names).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.errors import PermissionDenied
from app.phrases import Joined, joined, label, phrase
from app.sop import SOP_ROLES

ADMIN = "admin"
SYSTEM = "sistem"  # the command line (backup by Task Scheduler, restore, yearly archive)
READER = "pembaca"  # a file opened read-only: may look, may do nothing (no rule names it)
ROLE_NAMES = {
    "ppid_pembantu": "PPID Pembantu",
    "ppid_utama": "PPID Utama",
    "tim_pertimbangan": "Tim Pertimbangan",
    "atasan_ppid": "Atasan PPID",
    ADMIN: "Administrator",
    SYSTEM: "Sistem (baris perintah)",
    READER: "Hanya baca",
}
ALL_ROLES = (*SOP_ROLES, ADMIN, SYSTEM)
# The roles an account may hold (the system role belongs to no account).
ACCOUNT_ROLES = (*SOP_ROLES, ADMIN)


class Action(StrEnum):
    CREATE_CASE = "create_case"
    WORK_STEP = "work_step"  # save, complete or send back the running step, edit its items
    FINALISE_DOCUMENT = "finalise_document"  # number, stamp and store a document
    PRINT_DOCUMENT = "print_document"  # print a finalised document (recorded in the history)
    ATTACH_SCAN = "attach_scan"  # the scan of a signed paper copy
    CANCEL_NUMBER = "cancel_number"  # mark an outgoing number "batal" in the register
    MANAGE_MASTER_DATA = "manage_master_data"  # OPD, officials
    MANAGE_CALENDAR = "manage_calendar"  # holiday overrides, cuti bersama setting
    MANAGE_SETTINGS = "manage_settings"  # office profile, letter layout, numbering, backups
    MANAGE_USERS = "manage_users"  # accounts, roles, passwords, hand-over
    VIEW_AUDIT_LOG = "view_audit_log"  # the history of the whole database
    BACKUP = "backup"  # a verified copy of the whole database (it leaves the office on a USB)
    RESTORE = "restore"  # replace the database with a backup
    YEARLY_ARCHIVE = "yearly_archive"  # a read-only file with one year's cases
    PUBLISH_DIK = "publish_dik"  # freeze a numbered version of the office's DIK
    FOLLOW_UP_DIK = "follow_up_dik"  # mark an item on the DIK opened, or its period reviewed
    LOCK_YEAR = "lock_year"  # freeze the annual figures of a year
    UNLOCK_YEAR = "unlock_year"  # unfreeze them again for a correction
    SEND_CASE = "send_case"  # write a case packet for the other office (app.exchange)
    RECEIVE_CASE = "receive_case"  # import a case packet from the other office
    REGISTER_OFFICE_KEY = "register_office_key"  # accept another office's key, by fingerprint


class Condition(StrEnum):
    ALWAYS = "selalu"
    OWN_OPD = "perangkat daerahnya sendiri"
    STEP_ROLE = "bila pelaksana tahap (atau peran yang menurut SOP juga mengerjakannya)"
    STEP_ROLE_OWN_OPD = "bila pelaksana tahap, perangkat daerahnya sendiri"


@dataclass(frozen=True)
class Rule:
    action: Action
    role: str
    condition: Condition


_PEMBANTU, _UTAMA, _TIM, _ATASAN = SOP_ROLES

PERMISSIONS: tuple[Rule, ...] = (
    Rule(Action.CREATE_CASE, _PEMBANTU, Condition.OWN_OPD),
    Rule(Action.CREATE_CASE, _UTAMA, Condition.ALWAYS),
    # A step is worked by its actor (a PPID Pembantu only for its own OPD), and by the roles
    # the SOP names as also working it (the PPID Utama on step 1 of the 2020 SOP).
    Rule(Action.WORK_STEP, _PEMBANTU, Condition.STEP_ROLE_OWN_OPD),
    Rule(Action.WORK_STEP, _UTAMA, Condition.STEP_ROLE),
    Rule(Action.WORK_STEP, _TIM, Condition.STEP_ROLE),
    Rule(Action.WORK_STEP, _ATASAN, Condition.STEP_ROLE),
    Rule(Action.FINALISE_DOCUMENT, _UTAMA, Condition.ALWAYS),
    # The Laporan and BA of a step the PPID Pembantu works are its OPD's own documents (its
    # kop and register): it finalises them itself, which an OPD install needs (no PPID Utama).
    Rule(Action.FINALISE_DOCUMENT, _PEMBANTU, Condition.STEP_ROLE_OWN_OPD),
    Rule(Action.PRINT_DOCUMENT, _UTAMA, Condition.ALWAYS),
    Rule(Action.PRINT_DOCUMENT, _PEMBANTU, Condition.STEP_ROLE_OWN_OPD),
    Rule(Action.PRINT_DOCUMENT, _TIM, Condition.STEP_ROLE),
    Rule(Action.PRINT_DOCUMENT, _ATASAN, Condition.STEP_ROLE),
    Rule(Action.ATTACH_SCAN, _UTAMA, Condition.ALWAYS),
    Rule(Action.ATTACH_SCAN, _PEMBANTU, Condition.STEP_ROLE_OWN_OPD),
    Rule(Action.ATTACH_SCAN, _TIM, Condition.STEP_ROLE),
    Rule(Action.ATTACH_SCAN, _ATASAN, Condition.STEP_ROLE),
    Rule(Action.CANCEL_NUMBER, _UTAMA, Condition.ALWAYS),
    Rule(Action.CANCEL_NUMBER, ADMIN, Condition.ALWAYS),
    Rule(Action.MANAGE_MASTER_DATA, _UTAMA, Condition.ALWAYS),
    Rule(Action.MANAGE_MASTER_DATA, ADMIN, Condition.ALWAYS),
    Rule(Action.MANAGE_CALENDAR, ADMIN, Condition.ALWAYS),
    Rule(Action.MANAGE_SETTINGS, ADMIN, Condition.ALWAYS),
    Rule(Action.MANAGE_USERS, ADMIN, Condition.ALWAYS),
    Rule(Action.VIEW_AUDIT_LOG, ADMIN, Condition.ALWAYS),
    Rule(Action.BACKUP, _UTAMA, Condition.ALWAYS),
    Rule(Action.BACKUP, ADMIN, Condition.ALWAYS),
    Rule(Action.BACKUP, SYSTEM, Condition.ALWAYS),
    Rule(Action.RESTORE, ADMIN, Condition.ALWAYS),
    Rule(Action.RESTORE, SYSTEM, Condition.ALWAYS),
    Rule(Action.YEARLY_ARCHIVE, _UTAMA, Condition.ALWAYS),
    Rule(Action.YEARLY_ARCHIVE, ADMIN, Condition.ALWAYS),
    Rule(Action.YEARLY_ARCHIVE, SYSTEM, Condition.ALWAYS),
    # The office publishes its DIK (SOP step 6 is the PPID Utama's); the command line may
    # too, for a publication scheduled with the website's upload.
    Rule(Action.PUBLISH_DIK, _UTAMA, Condition.ALWAYS),
    Rule(Action.PUBLISH_DIK, ADMIN, Condition.ALWAYS),
    Rule(Action.PUBLISH_DIK, SYSTEM, Condition.ALWAYS),
    Rule(Action.FOLLOW_UP_DIK, _UTAMA, Condition.ALWAYS),
    Rule(Action.FOLLOW_UP_DIK, ADMIN, Condition.ALWAYS),
    Rule(Action.LOCK_YEAR, _UTAMA, Condition.ALWAYS),
    Rule(Action.LOCK_YEAR, ADMIN, Condition.ALWAYS),
    Rule(Action.UNLOCK_YEAR, ADMIN, Condition.ALWAYS),
    # Between offices (app.exchange): the PPID Pembantu sends its own OPD's cases and takes
    # the reply; the PPID Utama takes them and sends the result back; the command line too.
    Rule(Action.SEND_CASE, _PEMBANTU, Condition.OWN_OPD),
    Rule(Action.SEND_CASE, _UTAMA, Condition.ALWAYS),
    Rule(Action.SEND_CASE, SYSTEM, Condition.ALWAYS),
    Rule(Action.RECEIVE_CASE, _PEMBANTU, Condition.OWN_OPD),
    Rule(Action.RECEIVE_CASE, _UTAMA, Condition.ALWAYS),
    Rule(Action.RECEIVE_CASE, SYSTEM, Condition.ALWAYS),
    Rule(Action.REGISTER_OFFICE_KEY, ADMIN, Condition.ALWAYS),
    Rule(Action.REGISTER_OFFICE_KEY, SYSTEM, Condition.ALWAYS),
)

ACTION_TEXT = {
    Action.CREATE_CASE: "membuat kasus baru",
    Action.WORK_STEP: "mengerjakan tahap",
    Action.FINALISE_DOCUMENT: "memfinalkan dokumen",
    Action.PRINT_DOCUMENT: "mencetak dokumen final",
    Action.ATTACH_SCAN: "melampirkan pindaian dokumen bertanda tangan",
    Action.CANCEL_NUMBER: "membatalkan nomor naskah keluar",
    Action.MANAGE_MASTER_DATA: "mengubah data master",
    Action.MANAGE_CALENDAR: "mengubah kalender hari libur",
    Action.MANAGE_SETTINGS: "mengubah pengaturan",
    Action.MANAGE_USERS: "mengelola pengguna",
    Action.VIEW_AUDIT_LOG: "melihat riwayat seluruh basis data",
    Action.BACKUP: "mencadangkan basis data",
    Action.RESTORE: "memulihkan basis data dari cadangan",
    Action.YEARLY_ARCHIVE: "membuat arsip tahunan",
    Action.PUBLISH_DIK: "menerbitkan Daftar Informasi yang Dikecualikan",
    Action.FOLLOW_UP_DIK: "menindaklanjuti butir Daftar Informasi yang Dikecualikan",
    Action.LOCK_YEAR: "mengunci angka laporan tahunan",
    Action.UNLOCK_YEAR: "membuka kunci angka laporan tahunan",
    Action.SEND_CASE: "mengirim paket kasus ke kantor lain",
    Action.RECEIVE_CASE: "menerima paket kasus dari kantor lain",
    Action.REGISTER_OFFICE_KEY: "mendaftarkan kunci kantor lain",
}


@dataclass(frozen=True)
class Actor:
    """Who is acting: the role they act in, their name for the record, and — for a logged-in
    user — the account and, for a PPID Pembantu, the OPD the role belongs to. ``opd_id`` None
    means not limited to one OPD (the system itself, the command line, demo data).

    A PPID Pembantu of several OPDs acts in one role for all of them: ``opd_ids`` holds them
    (``opd_id`` is then None, or one of them); ``opds`` is the set the conditions read, empty
    for an actor not limited to OPDs.

    An actor without ``user_id`` is the program itself acting (the command line, demo data,
    tests calling services directly); an actor with one is a session whose account is
    re-read before every change (``app.capabilities.authorize``)."""

    role: str
    name: str = ""
    username: str = ""
    user_id: int | None = None
    opd_id: int | None = None
    opd_ids: frozenset[int] = frozenset()

    @property
    def opds(self) -> frozenset[int]:
        """The OPDs this actor works for (empty: not limited)."""
        if self.opd_id is None:
            return self.opd_ids
        return self.opd_ids | {self.opd_id}

    @property
    def label(self) -> str:
        role = ROLE_NAMES.get(self.role, self.role)
        return f"{self.name} ({role})" if self.name else role


# The command line acts as this actor, and the history names it so.
SYSTEM_ACTOR = Actor(SYSTEM, "Baris perintah")


@dataclass(frozen=True)
class Context:
    """What a condition looks at. ``step_roles`` are the roles that work the step (its actor
    first, then those the SOP names as also working it). A field left None is unknown: the
    condition is then read in the actor's favour, which only makes sense for an action that
    is not about one case or step (the capabilities and the services always give the whole
    context of a case)."""

    step_roles: tuple[str, ...] | None = None
    case_opd: int | None = None


def role_name(role: str) -> str:
    return ROLE_NAMES.get(role, role)


def _own_opd(actor: Actor, ctx: Context) -> bool:
    opds = actor.opds
    return not opds or ctx.case_opd is None or ctx.case_opd in opds


def _works_step(actor: Actor, ctx: Context) -> bool:
    return ctx.step_roles is None or actor.role in ctx.step_roles


def _holds(condition: Condition, actor: Actor, ctx: Context) -> bool:
    if condition == Condition.ALWAYS:
        return True
    if condition == Condition.OWN_OPD:
        return _own_opd(actor, ctx)
    if condition == Condition.STEP_ROLE:
        return _works_step(actor, ctx)
    return _works_step(actor, ctx) and _own_opd(actor, ctx)  # STEP_ROLE_OWN_OPD


def rules_for(action: Action) -> list[Rule]:
    return [r for r in PERMISSIONS if r.action == action]


def allowed(actor: Actor, action: Action, ctx: Context | None = None) -> bool:
    ctx = ctx or Context()
    return any(r.role == actor.role and _holds(r.condition, actor, ctx) for r in rules_for(action))


def refusal(actor: Actor, action: Action, ctx: Context | None = None) -> str:
    """Why ``actor`` may not do ``action`` in ``ctx``, saying who may ("" when it may)."""
    ctx = ctx or Context()
    if allowed(actor, action, ctx):
        return ""
    mine = [r for r in rules_for(action) if r.role == actor.role]
    role, doing = label(role_name(actor.role)), label(ACTION_TEXT[action])
    if mine and ctx.step_roles is not None and actor.role not in ctx.step_roles:
        owner = label(role_name(ctx.step_roles[0])) if ctx.step_roles else label("peran lain")
        if action == Action.WORK_STEP:
            return phrase(
                "Tahap ini dikerjakan oleh {pelaksana}; {peran} tidak dapat mengubahnya.",
                pelaksana=owner,
                peran=role,
            )
        return phrase(
            "{peran} tidak dapat {tindakan} tahap ini; tahap ini dikerjakan oleh {pelaksana}.",
            peran=role,
            tindakan=doing,
            pelaksana=owner,
        )
    if mine:
        return phrase(
            "{peran} hanya dapat {tindakan} untuk perangkat daerahnya sendiri.",
            peran=role,
            tindakan=doing,
        )
    return phrase(
        "{peran} tidak berwenang {tindakan}. Yang berwenang: {berwenang}.",
        peran=role,
        tindakan=doing,
        berwenang=allowed_roles_text(action),
    )


def allowed_roles_text(action: Action) -> Joined:
    """The roles the table lets do ``action`` ("PPID Pembantu, PPID Utama")."""
    names = dict.fromkeys(role_name(r.role) for r in rules_for(action))
    return joined([label(name) for name in names], ", ")


def require(actor: Actor, action: Action, ctx: Context | None = None) -> None:
    """Raise ``PermissionDenied`` with a sentence saying who may do it instead."""
    problem = refusal(actor, action, ctx)
    if problem:
        raise PermissionDenied(problem)
