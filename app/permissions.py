"""Who may do what: one table of (action → roles), plus the rule that a step's form belongs
to the step's actor. Every service calls ``require`` before it writes.

Roles are the SOP's role codes plus ``admin`` (the application's administrator).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.errors import PermissionDenied
from app.sop import SOP_ROLES

ADMIN = "admin"
ROLE_NAMES = {
    "ppid_pembantu": "PPID Pembantu",
    "ppid_utama": "PPID Utama",
    "tim_pertimbangan": "Tim Pertimbangan",
    "atasan_ppid": "Atasan PPID",
    ADMIN: "Administrator",
}


class Action(StrEnum):
    CREATE_CASE = "create_case"
    WORK_STEP = "work_step"  # save, complete or send back the current step
    MANAGE_MASTER_DATA = "manage_master_data"  # OPD, officials
    MANAGE_CALENDAR = "manage_calendar"  # holiday overrides, cuti bersama setting
    # Finalise a document or attach a scan of its signed copy. app.document_store further
    # limits it to PPID Utama or the actor of one of the document type's steps.
    FINALISE_DOCUMENT = "finalise_document"
    CANCEL_NUMBER = "cancel_number"  # mark an outgoing number "batal" in the register


# Roles allowed for each action. WORK_STEP is further limited to the step's actor.
RULES: dict[Action, frozenset[str]] = {
    Action.CREATE_CASE: frozenset({"ppid_pembantu", "ppid_utama"}),
    Action.WORK_STEP: frozenset(SOP_ROLES),
    Action.MANAGE_MASTER_DATA: frozenset({"ppid_utama", ADMIN}),
    Action.MANAGE_CALENDAR: frozenset({"ppid_utama", ADMIN}),
    Action.FINALISE_DOCUMENT: frozenset({"ppid_utama", "ppid_pembantu", "tim_pertimbangan",
                                         "atasan_ppid"}),
    Action.CANCEL_NUMBER: frozenset({"ppid_utama", ADMIN}),
}

ACTION_TEXT = {
    Action.CREATE_CASE: "membuat kasus baru",
    Action.WORK_STEP: "mengerjakan tahap",
    Action.MANAGE_MASTER_DATA: "mengubah data master",
    Action.MANAGE_CALENDAR: "mengubah kalender hari libur",
    Action.FINALISE_DOCUMENT: "memfinalkan dokumen",
    Action.CANCEL_NUMBER: "membatalkan nomor surat",
}


@dataclass(frozen=True)
class Actor:
    """Who is acting: a role and, for the record, a name."""

    role: str
    name: str = ""

    @property
    def label(self) -> str:
        role = ROLE_NAMES.get(self.role, self.role)
        return f"{self.name} ({role})" if self.name else role


def role_name(role: str) -> str:
    return ROLE_NAMES.get(role, role)


def allowed(actor: Actor, action: Action, step_actor: str | None = None) -> bool:
    if actor.role not in RULES[action]:
        return False
    if action == Action.WORK_STEP and step_actor is not None:
        return actor.role == step_actor
    return True


def require(actor: Actor, action: Action, step_actor: str | None = None) -> None:
    if allowed(actor, action, step_actor):
        return
    if action == Action.WORK_STEP and step_actor is not None:
        raise PermissionDenied(
            f"Tahap ini dikerjakan oleh {role_name(step_actor)}; "
            f"{role_name(actor.role)} tidak dapat mengubahnya."
        )
    who = ", ".join(role_name(r) for r in sorted(RULES[action]))
    raise PermissionDenied(
        f"{role_name(actor.role)} tidak berwenang {ACTION_TEXT[action]}. Yang berwenang: {who}."
    )
