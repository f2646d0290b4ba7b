"""What this actor may do now: one answer for the window and for every service.

- ``authorize(actor, action, context)`` is called by every state-changing service inside its
  transaction. It re-reads the acting account first, so an account deactivated, deleted or
  stripped of the role it acts in since it logged in is refused at its next action
  (``SessionExpired``, and the window returns to the login); then it asks the permission table
  (``app.permissions``).
- ``capabilities(actor, detail)`` answers, for the window, everything the actor may do in the
  application and on one case right now, from the full context (the running step and the
  roles that work it, the case's OPD, whether it is finished, the account's current roles).
  It builds its contexts with the same ``step_context`` the services use, so what the window
  offers is exactly what the services accept.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from app.cases.model import CaseDetail, CaseInfo
from app.errors import SessionExpired
from app.models import Opd, User, UserRole
from app.permissions import (
    ACCOUNT_ROLES,
    READER,
    Action,
    Actor,
    Context,
    allowed,
    refusal,
    require,
    role_name,
)
from app.phrases import any_of, joined, label, phrase
from app.sop import Step


def step_context(case: CaseInfo, step: Step | None) -> Context:
    """The context of ``step`` of ``case`` (``step`` None: a document of the case as a whole,
    which only the roles allowed on any case may handle)."""
    return Context(step_roles=step.roles if step is not None else (), case_opd=case.opd_id)


def opd_context(opd_id: int | None) -> Context:
    """The context of an action on a case of ``opd_id`` as a whole (creating it)."""
    return Context(case_opd=opd_id)


def session_problem(actor: Actor) -> str:
    """Why ``actor``'s session may no longer act ("" when it may): the account was deleted
    or deactivated, or no longer holds the role (and OPD) it acts in."""
    if actor.user_id is None or actor.role == READER:
        return ""
    user = User.get_or_none(User.id == actor.user_id)
    if user is None:
        return label("Akun Anda sudah dihapus oleh administrator; tidak ada yang diubah.")
    if not user.aktif:
        return phrase(
            "Akun {akun} sudah dinonaktifkan oleh administrator; tidak ada yang diubah. "
            "Hubungi administrator bila perlu.",
            akun=user.username,
        )
    grants = UserRole.select().where((UserRole.user == user.id) & (UserRole.peran == actor.role))
    held = {g.opd_id for g in grants}
    if not held or (actor.role == "ppid_pembantu" and not actor.opds <= held):
        return phrase(
            "Peran {peran} sudah dicabut dari akun Anda; tidak ada yang diubah. Masuk lagi "
            "untuk bekerja dengan peran yang Anda pegang sekarang.",
            peran=label(role_name(actor.role)),
        )
    return ""


def authorize(actor: Actor, action: Action, context: Context | None = None) -> None:
    """The check of every state-changing service; call it inside the service's transaction.
    Raises ``SessionExpired`` or ``PermissionDenied`` (both ``UserError``)."""
    problem = session_problem(actor)
    if problem:
        raise SessionExpired(problem)
    require(actor, action, context)


@dataclass(frozen=True)
class Capabilities:
    """What the actor may do: in the application, and on the case asked about."""

    create_case: bool = False
    manage_master_data: bool = False
    manage_calendar: bool = False
    manage_settings: bool = False
    manage_users: bool = False
    view_audit_log: bool = False
    cancel_number: bool = False
    backup: bool = False
    restore: bool = False
    yearly_archive: bool = False
    publish_dik: bool = False
    follow_up_dik: bool = False  # mark an item on the DIK opened, record a review
    lock_year: bool = False
    unlock_year: bool = False
    # On the case (all off without one):
    work_step: bool = False  # fill the running step's form, items, participants; complete it
    add_remove_items: bool = False
    edit_items: bool = False
    send_back: bool = False
    scan_steps: frozenset[int] = frozenset()  # steps whose signed copies it may attach
    print_steps: frozenset[int | None] = frozenset()  # steps whose final documents it prints
    # Steps whose documents it finalises and corrects (None: the case's own documents).
    finalise_steps: frozenset[int | None] = frozenset()
    read_only_reason: str = ""  # why the running step is read-only for it ("" if it is not)
    # Exchange between offices (app.exchange): send this case to the other office now, and
    # why not ("" when it may); receive a packet; register another office's key.
    send_case: bool = False
    send_case_reason: str = ""
    receive_case: bool = False
    register_office_key: bool = False
    session_problem: str = ""  # the account changed since login: nothing is allowed
    # Why each application action above that is off is refused and who may do it, and what
    # this account can do about it (keys are the field names: ``refusals["create_case"]``);
    # an action allowed has no entry.
    refusals: Mapping[str, str] = field(default_factory=dict)
    remedies: Mapping[str, str] = field(default_factory=dict)

    def why_not(self, name: str, *, short: bool = False) -> str:
        """Why the application action ``name`` is not offered and who may ("" when it is);
        unless ``short``, followed by what the account can do about it."""
        reason = self.refusals.get(name, "")
        remedy = "" if short else self.remedies.get(name, "")
        return joined((reason, remedy), " ") if reason and remedy else reason


GLOBAL_ACTIONS = {
    "create_case": Action.CREATE_CASE,
    "manage_master_data": Action.MANAGE_MASTER_DATA,
    "manage_calendar": Action.MANAGE_CALENDAR,
    "manage_settings": Action.MANAGE_SETTINGS,
    "manage_users": Action.MANAGE_USERS,
    "view_audit_log": Action.VIEW_AUDIT_LOG,
    "cancel_number": Action.CANCEL_NUMBER,
    "backup": Action.BACKUP,
    "restore": Action.RESTORE,
    "yearly_archive": Action.YEARLY_ARCHIVE,
    "publish_dik": Action.PUBLISH_DIK,
    "follow_up_dik": Action.FOLLOW_UP_DIK,
    "lock_year": Action.LOCK_YEAR,
    "unlock_year": Action.UNLOCK_YEAR,
    "register_office_key": Action.REGISTER_OFFICE_KEY,
}


def _opd_names(opd_ids: frozenset[int]) -> str:
    """The OPDs by their short names ("Dinkes, Dindikbud"), at most five, then how many more."""
    rows = Opd.select(Opd.nama, Opd.singkatan).where(Opd.id.in_(sorted(opd_ids))).order_by(Opd.nama)
    names = [o.singkatan or o.nama for o in rows]
    if len(names) > 5:
        return phrase(
            "{nama} dan {lain} perangkat daerah lain",
            nama=", ".join(names[:5]),
            lain=len(names) - 5,
            plural="lain",
        )
    return ", ".join(names)


def _held_roles(actor: Actor) -> tuple[str, ...]:
    """The roles the actor's account holds now, in the order of ``ACCOUNT_ROLES``."""
    if actor.user_id is None:
        return ()
    rows = UserRole.select(UserRole.peran).where(UserRole.user == actor.user_id)
    held = {row.peran for row in rows}
    return tuple(r for r in ACCOUNT_ROLES if r in held)


def remedy(actor: Actor, action: Action, held: tuple[str, ...] | None = None) -> str:
    """What the account of ``actor`` can do to be allowed the application action ``action``:
    act in another role it holds, or ask the administrator for one ("" for the program)."""
    held = _held_roles(actor) if held is None else held
    able = [
        r for r in held if r != actor.role and allowed(Actor(r, opd_id=None), action, Context())
    ]
    if able:
        return phrase(
            'Akun Anda memegang peran {peran}: pilih di "Bertindak sebagai".',
            peran=any_of(label(role_name(r)) for r in able),
        )
    if actor.user_id is None:
        return ""
    return label("Administrator dapat memberikan peran itu di Data Master → Pengguna.")


def _may_receive(actor: Actor) -> bool:
    """Whether ``actor`` may import a case packet here: at an OPD install for its own
    perangkat daerah, at the PPID Utama for any (the packet's OPD is checked again when it
    is imported)."""
    from app.exchange.office import office_opd

    opd = office_opd()
    if opd is not None:
        return allowed(actor, Action.RECEIVE_CASE, opd_context(opd.id))
    return allowed(actor, Action.RECEIVE_CASE, Context())


def capabilities(actor: Actor, detail: CaseDetail | None = None) -> Capabilities:
    problem = session_problem(actor)
    if problem:
        refusals = dict.fromkeys(GLOBAL_ACTIONS, problem)
        return Capabilities(session_problem=problem, read_only_reason=problem, refusals=refusals)
    values: dict = {
        name: allowed(actor, action, Context()) for name, action in GLOBAL_ACTIONS.items()
    }
    held = _held_roles(actor)
    refused = {name: action for name, action in GLOBAL_ACTIONS.items() if not values[name]}
    values["refusals"] = {
        name: refusal(actor, action, Context()) for name, action in refused.items()
    }
    values["remedies"] = {name: remedy(actor, action, held) for name, action in refused.items()}
    values["receive_case"] = _may_receive(actor)
    if not values["receive_case"]:
        values["refusals"]["receive_case"] = refusal(actor, Action.RECEIVE_CASE, Context())
        values["remedies"]["receive_case"] = remedy(actor, Action.RECEIVE_CASE, held)
    if detail is None:
        return Capabilities(**values)
    case, sop = detail.case, detail.sop
    step = detail.current_step
    # (Imported here: the office's kind is a setting, and app.settings imports this module.)
    from app.exchange.office import send_refusal, step_elsewhere_reason

    values["send_case_reason"] = send_refusal(actor, case)
    values["send_case"] = not values["send_case_reason"]
    if step is not None:
        elsewhere = step_elsewhere_reason(step.number, step.actor)
        work = not elsewhere and allowed(actor, Action.WORK_STEP, step_context(case, step))
        values.update(
            work_step=work,
            add_remove_items=work and step.items_add_remove,
            edit_items=work and bool(step.item_fields),
            send_back=work and step.send_back_to is not None,
        )
        if elsewhere:
            values["read_only_reason"] = elsewhere
        elif not work and actor.role in step.roles and actor.opds:
            values["read_only_reason"] = phrase(
                "Kasus ini milik {opd}. Anda {peran} untuk {opd_anda}; formulir hanya dapat "
                "dibaca.",
                opd=case.opd.nama,
                peran=label(role_name(actor.role)),
                opd_anda=_opd_names(actor.opds),
            )
        elif not work:
            values["read_only_reason"] = phrase(
                "Anda bertindak sebagai {peran}. Tahap ini dikerjakan oleh {pelaksana}; "
                "formulir hanya dapat dibaca. Ganti peran di bilah alat bila Anda "
                "pelaksananya.",
                peran=label(role_name(actor.role)),
                pelaksana=label(role_name(step.actor)),
            )
    started = detail.started_steps()
    values["scan_steps"] = frozenset(
        s.number
        for s in sop.steps
        if s.number in started and allowed(actor, Action.ATTACH_SCAN, step_context(case, s))
    )
    print_steps: set[int | None] = {
        s.number for s in sop.steps if allowed(actor, Action.PRINT_DOCUMENT, step_context(case, s))
    }
    if allowed(actor, Action.PRINT_DOCUMENT, step_context(case, None)):
        print_steps.add(None)
    values["print_steps"] = frozenset(print_steps)
    finalise_steps: set[int | None] = {
        s.number
        for s in sop.steps
        if allowed(actor, Action.FINALISE_DOCUMENT, step_context(case, s))
    }
    if allowed(actor, Action.FINALISE_DOCUMENT, step_context(case, None)):
        finalise_steps.add(None)
    values["finalise_steps"] = frozenset(finalise_steps)
    return Capabilities(**values)
