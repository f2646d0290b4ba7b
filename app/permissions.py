"""Who may do what: one table of (action, role, condition), read as plainly as the SOP.

Every service calls ``require`` before it writes; the UI asks ``allowed`` only to hide or
disable what would be refused anyway. Roles are the SOP's role codes plus ``admin`` (the
application's administrator).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.errors import PermissionDenied
from app.sop import SOP_ROLES

ADMIN = "admin"
READER = "pembaca"  # a file opened read-only: may look, may do nothing (no rule names it)
ROLE_NAMES = {
    "ppid_pembantu": "PPID Pembantu",
    "ppid_utama": "PPID Utama",
    "tim_pertimbangan": "Tim Pertimbangan",
    "atasan_ppid": "Atasan PPID",
    ADMIN: "Administrator",
    READER: "Hanya baca",
}
ALL_ROLES = (*SOP_ROLES, ADMIN)


class Action(StrEnum):
    CREATE_CASE = "create_case"
    WORK_STEP = "work_step"  # save, complete or send back the running step, edit its items
    FINALISE_DOCUMENT = "finalise_document"  # number, stamp and store a document
    ATTACH_SCAN = "attach_scan"  # the scan of a signed paper copy
    CANCEL_NUMBER = "cancel_number"  # mark an outgoing number "batal" in the register
    MANAGE_MASTER_DATA = "manage_master_data"  # OPD, officials
    MANAGE_CALENDAR = "manage_calendar"  # holiday overrides, cuti bersama setting
    MANAGE_SETTINGS = "manage_settings"  # office profile, letter layout, numbering
    MANAGE_USERS = "manage_users"  # accounts, roles, passwords, hand-over
    VIEW_AUDIT_LOG = "view_audit_log"  # the history of the whole database


class Condition(StrEnum):
    ALWAYS = "selalu"
    OWN_OPD = "perangkat daerahnya sendiri"
    STEP_ACTOR = "bila pelaksana tahap"
    STEP_ACTOR_OWN_OPD = "bila pelaksana tahap, perangkat daerahnya sendiri"
    STEP_ACTOR_OR_STEP_ONE = "bila pelaksana tahap, atau tahap 1"


@dataclass(frozen=True)
class Rule:
    action: Action
    role: str
    condition: Condition


_PEMBANTU, _UTAMA, _TIM, _ATASAN = SOP_ROLES

PERMISSIONS: tuple[Rule, ...] = (
    Rule(Action.CREATE_CASE, _PEMBANTU, Condition.OWN_OPD),
    Rule(Action.CREATE_CASE, _UTAMA, Condition.ALWAYS),
    # Step 1 items: the PPID Pembantu of that OPD, or the PPID Utama; step 5: the Atasan.
    Rule(Action.WORK_STEP, _PEMBANTU, Condition.STEP_ACTOR_OWN_OPD),
    Rule(Action.WORK_STEP, _UTAMA, Condition.STEP_ACTOR_OR_STEP_ONE),
    Rule(Action.WORK_STEP, _TIM, Condition.STEP_ACTOR),
    Rule(Action.WORK_STEP, _ATASAN, Condition.STEP_ACTOR),
    Rule(Action.FINALISE_DOCUMENT, _UTAMA, Condition.ALWAYS),
    Rule(Action.ATTACH_SCAN, _UTAMA, Condition.ALWAYS),
    Rule(Action.ATTACH_SCAN, _PEMBANTU, Condition.STEP_ACTOR_OWN_OPD),
    Rule(Action.ATTACH_SCAN, _TIM, Condition.STEP_ACTOR),
    Rule(Action.ATTACH_SCAN, _ATASAN, Condition.STEP_ACTOR),
    Rule(Action.CANCEL_NUMBER, _UTAMA, Condition.ALWAYS),
    Rule(Action.CANCEL_NUMBER, ADMIN, Condition.ALWAYS),
    Rule(Action.MANAGE_MASTER_DATA, _UTAMA, Condition.ALWAYS),
    Rule(Action.MANAGE_MASTER_DATA, ADMIN, Condition.ALWAYS),
    Rule(Action.MANAGE_CALENDAR, ADMIN, Condition.ALWAYS),
    Rule(Action.MANAGE_SETTINGS, ADMIN, Condition.ALWAYS),
    Rule(Action.MANAGE_USERS, ADMIN, Condition.ALWAYS),
    Rule(Action.VIEW_AUDIT_LOG, ADMIN, Condition.ALWAYS),
)

ACTION_TEXT = {
    Action.CREATE_CASE: "membuat kasus baru",
    Action.WORK_STEP: "mengerjakan tahap",
    Action.FINALISE_DOCUMENT: "memfinalkan dokumen",
    Action.ATTACH_SCAN: "melampirkan pindaian dokumen bertanda tangan",
    Action.CANCEL_NUMBER: "membatalkan nomor naskah keluar",
    Action.MANAGE_MASTER_DATA: "mengubah data master",
    Action.MANAGE_CALENDAR: "mengubah kalender hari libur",
    Action.MANAGE_SETTINGS: "mengubah pengaturan",
    Action.MANAGE_USERS: "mengelola pengguna",
    Action.VIEW_AUDIT_LOG: "melihat riwayat seluruh basis data",
}


@dataclass(frozen=True)
class Actor:
    """Who is acting: the role they act in, their name for the record, and — for a logged-in
    user — the account and, for a PPID Pembantu, the OPD the role belongs to. ``opd_id`` None
    means not limited to one OPD (the system itself, the command line, demo data)."""

    role: str
    name: str = ""
    username: str = ""
    user_id: int | None = None
    opd_id: int | None = None

    @property
    def label(self) -> str:
        role = ROLE_NAMES.get(self.role, self.role)
        return f"{self.name} ({role})" if self.name else role


@dataclass(frozen=True)
class Context:
    """What a condition looks at. A field left None is unknown: the condition is then read
    in the actor's favour (the UI asking "might this be possible?"); services always fill in
    what the rule needs."""

    step_actor: str | None = None
    step_no: int | None = None
    case_opd: int | None = None


def role_name(role: str) -> str:
    return ROLE_NAMES.get(role, role)


def _own_opd(actor: Actor, ctx: Context) -> bool:
    return actor.opd_id is None or ctx.case_opd is None or actor.opd_id == ctx.case_opd


def _is_step_actor(actor: Actor, ctx: Context) -> bool:
    return ctx.step_actor is None or ctx.step_actor == actor.role


def _holds(condition: Condition, actor: Actor, ctx: Context) -> bool:
    if condition == Condition.ALWAYS:
        return True
    if condition == Condition.OWN_OPD:
        return _own_opd(actor, ctx)
    if condition == Condition.STEP_ACTOR:
        return _is_step_actor(actor, ctx)
    if condition == Condition.STEP_ACTOR_OWN_OPD:
        return _is_step_actor(actor, ctx) and _own_opd(actor, ctx)
    return _is_step_actor(actor, ctx) or ctx.step_no == 1  # STEP_ACTOR_OR_STEP_ONE


def rules_for(action: Action) -> list[Rule]:
    return [r for r in PERMISSIONS if r.action == action]


def allowed(actor: Actor, action: Action, step_actor: str | None = None, *,
            step_no: int | None = None, case_opd: int | None = None) -> bool:
    ctx = Context(step_actor, step_no, case_opd)
    return any(r.role == actor.role and _holds(r.condition, actor, ctx)
               for r in rules_for(action))


def require(actor: Actor, action: Action, step_actor: str | None = None, *,
            step_no: int | None = None, case_opd: int | None = None) -> None:
    """Raise ``PermissionDenied`` with a sentence saying who may do it instead."""
    if allowed(actor, action, step_actor, step_no=step_no, case_opd=case_opd):
        return
    mine = [r for r in rules_for(action) if r.role == actor.role]
    if mine and step_actor is not None and step_actor != actor.role:
        raise PermissionDenied(
            f"Tahap ini dikerjakan oleh {role_name(step_actor)}; "
            f"{role_name(actor.role)} tidak dapat mengubahnya.")
    if mine:
        raise PermissionDenied(
            f"{role_name(actor.role)} hanya dapat {ACTION_TEXT[action]} untuk perangkat "
            "daerahnya sendiri.")
    who = ", ".join(dict.fromkeys(role_name(r.role) for r in rules_for(action)))
    raise PermissionDenied(
        f"{role_name(actor.role)} tidak berwenang {ACTION_TEXT[action]}. Yang berwenang: {who}.")
