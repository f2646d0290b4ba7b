"""The case commands: register a case, work the running step's form, its items and its
participants, complete it or send it back.

Each public function is one user gesture and one transaction: it reads what it needs, checks
the acting account and its permission (``app.capabilities.authorize``), validates, writes and
records the history, all inside that transaction, and returns a ``ChangeSet``. Nothing is
written when validation fails, and nothing (not even a history event) when nothing changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from app import history
from app.calendar_service import current_calendar
from app.capabilities import authorize, opd_context, step_context
from app.cases import records, rules
from app.cases.model import CaseDetail, OpdInfo, StepRecordInfo
from app.cases.read import case_detail, get_case, item_info, step_info
from app.cases.records import EventContent
from app.changes import NOTHING, ChangeSet
from app.clock import now_utc, today
from app.errors import ConflictError, FieldProblem, NotFound, ValidationError
from app.exchange.office import step_elsewhere_reason
from app.models import Case, InfoItem, Official, Opd, Participant, StepRecord, database
from app.permissions import Action, Actor, allowed
from app.refdata import current_sop
from app.sop import Step
from app.validation import (
    LONG_TEXT_MAX,
    as_date,
    as_id,
    as_mapping,
    as_optional_id,
    as_text,
    check_text,
    clean_text,
    required_reason,
)


@dataclass
class NewCase:
    opd_id: int | None
    pemicu: str
    judul: str
    tanggal_mulai: date | None
    pemicu_rujukan: str = ""


# --------------------------------------------------------------------------- helpers
def _record(event: EventContent, actor: Actor, case_id: int) -> None:
    history.record(event.kind, event.summary, actor, case_id, event.detail)


def _touch(case_id: int) -> None:
    Case.update(updated_at=now_utc()).where(Case.id == case_id).execute()


def _start_step(
    case_id: int, step: Step, start: date, data: dict[str, Any] | None = None
) -> StepRecordInfo:
    rounds = (
        StepRecord.select()
        .where((StepRecord.case == case_id) & (StepRecord.tahap == step.number))
        .count()
    )
    values = records.started_step(step, start, current_calendar(), rounds + 1, data)
    row = StepRecord.create(case=case_id, **values)
    Case.update(**records.case_on_step(step, values["batas_waktu"]), updated_at=now_utc()).where(
        Case.id == case_id
    ).execute()
    return step_info(row)


def _running(detail: CaseDetail, step_no: int | None) -> tuple[Step, StepRecordInfo]:
    rec = detail.current
    if rec is None:
        raise ConflictError("Kasus ini sudah selesai; tidak ada tahap yang berjalan.")
    if step_no is not None and rec.tahap != step_no:
        raise ConflictError(
            f"Tahap {step_no} tidak sedang berjalan (tahap berjalan: {rec.tahap}). "
            "Muat ulang kasus ini."
        )
    return detail.sop.step(rec.tahap), rec


def _prepare(
    actor: Actor, case_id: int, step_no: int | None
) -> tuple[CaseDetail, Step, StepRecordInfo]:
    """Inside the transaction: the case as stored now, its running step, the permission."""
    detail = case_detail(case_id)
    step, rec = _running(detail, step_no)
    authorize(actor, Action.WORK_STEP, step_context(detail.case, step))
    elsewhere = step_elsewhere_reason(step.number, step.actor)
    if elsewhere:
        raise ConflictError(elsewhere)
    return detail, step, rec


def _claim(rec: StepRecordInfo, actor: Actor) -> None:
    """The first logged-in user who works a running step becomes its assignee (hand-over)."""
    if actor.user_id is not None and rec.ditugaskan_ke is None:
        StepRecord.update(ditugaskan_ke=actor.user_id).where(StepRecord.id == rec.id).execute()


def _form_changes(
    detail: CaseDetail, step: Step, rec: StepRecordInfo, data: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, list]]:
    """The step's stored data with ``data`` merged in, and what changed; invalid values (not
    missing required ones: that is for completing) raise ``ValidationError``."""
    cleaned = rules.clean_step_data(data, step)
    rules.raise_problems(
        rules.step_data_problems(cleaned, step, detail.case.tanggal_mulai, check_required=False)
    )
    old = dict(rec.data)
    return {**old, **cleaned}, records.changed_values(old, cleaned)


# --------------------------------------------------------------------------- arguments
def _checked_new_case(new: object) -> NewCase:
    """``new`` as the types ``NewCase`` declares, or ``ValidationError`` (a caller outside
    the window may pass anything)."""
    if not isinstance(new, NewCase):
        raise ValidationError(FieldProblem("kasus", "Data kasus baru tidak sah (bukan NewCase)."))
    return NewCase(
        opd_id=as_optional_id(new.opd_id, "opd", "Perangkat daerah"),
        pemicu=as_text(new.pemicu, "pemicu", "Pemicu"),
        judul=as_text(new.judul, "judul", "Judul"),
        tanggal_mulai=as_date(new.tanggal_mulai, "tanggal_mulai", "Tanggal mulai"),
        pemicu_rujukan=as_text(new.pemicu_rujukan, "pemicu_rujukan", "Rujukan pemicu"),
    )


def _case_id(case_id: object) -> int:
    return as_id(case_id, "kasus", "Kasus")


def _step_no(step_no: object) -> int:
    return as_id(step_no, "tahap", "Nomor tahap")


# --------------------------------------------------------------------------- create case
def new_case_opds(actor: Actor) -> list[OpdInfo]:
    """The perangkat daerah ``actor`` may register a case for, in the new-case dialog: every
    active one for the PPID Utama, a PPID Pembantu's own only (the service refuses the
    others; the dialog does not offer them)."""
    from app.masterdata import list_opd

    return [
        o
        for o in list_opd(active_only=True)
        if allowed(actor, Action.CREATE_CASE, opd_context(o.id))
    ]


def create_case(actor: Actor, new: NewCase) -> ChangeSet:
    """Register a case: it gets the next register number and starts at step 1."""
    new = _checked_new_case(new)
    judul, rujukan = clean_text(new.judul), clean_text(new.pemicu_rujukan)
    sop = current_sop()
    with database.atomic():
        authorize(actor, Action.CREATE_CASE, opd_context(new.opd_id))
        rules.raise_problems(
            rules.new_case_problems(new.opd_id, new.pemicu, judul, rujukan, new.tanggal_mulai)
        )
        assert new.tanggal_mulai is not None and new.opd_id is not None
        year = new.tanggal_mulai.year
        seq, nomor = records.next_register_number(year)
        opd = Opd.get_by_id(new.opd_id)
        case = Case.create(
            **records.new_case(
                seq, nomor, opd, new.pemicu, rujukan, judul, new.tanggal_mulai, sop, now_utc()
            )
        )
        rec = _start_step(case.id, sop.steps[0], new.tanggal_mulai)
        _record(records.case_created(nomor, judul, sop.version, new.pemicu), actor, case.id)
    return ChangeSet(
        case_id=case.id,
        case_created=True,
        case_row=True,
        steps=True,
        history=True,
        case=get_case(case.id),
        record=rec,
    )


# --------------------------------------------------------------------------- step form
def save_step(
    actor: Actor,
    case_id: int,
    step_no: int,
    data: dict[str, Any],
    seen: dict[str, Any] | None = None,
) -> ChangeSet:
    """Save the step-level fields of the running step (a draft: required fields may be
    empty). A save that changes nothing writes nothing. ``seen``: the stored values the form
    was loaded with; a field someone else saved since then and the clerk changed too is a
    ``ConflictError`` naming it (another PC on a server), and nothing is written."""
    case_id, step_no = _case_id(case_id), _step_no(step_no)
    data = dict(as_mapping(data, "data", "Isian tahap"))
    with database.atomic():
        detail, step, rec = _prepare(actor, case_id, step_no)
        if seen is not None:
            seen = dict(as_mapping(seen, "data", "Isian tahap"))
            clash = rules.concurrent_step_changes(step, seen, rec.data, data)
            if clash:
                raise ConflictError(
                    f"Isian {', '.join(clash)} tahap {step.number} sudah diubah orang lain "
                    "(di komputer lain) sejak formulir ini dibuka. Isian Anda masih di "
                    "formulir: bandingkan dengan yang tersimpan (Muat ulang di jendela lain, "
                    "atau riwayat kasus), lalu Simpan lagi untuk memakai isian Anda."
                )
            data = rules.typed_changes(step, seen, data)  # the rest stays as stored
        merged, changes = _form_changes(detail, step, rec, data)
        if not changes:
            return NOTHING
        StepRecord.update(data=merged).where(StepRecord.id == rec.id).execute()
        _claim(rec, actor)
        _touch(case_id)
        _record(records.step_saved(step.number, changes), actor, case_id)
    return ChangeSet(case_id=case_id, steps=True, history=True)


def save_item(
    actor: Actor, case_id: int, values: dict[str, Any], item_id: int | None = None
) -> ChangeSet:
    """Add an item (``item_id`` None; only where the step allows adding) or change the fields
    of an existing item that the running step may edit. The item is checked against the
    step's required item fields: a saved item is complete for this step. Columns the step may
    not edit are ignored, and refused (``ValidationError`` naming them) when they are all
    there is."""
    case_id, item_id = _case_id(case_id), as_optional_id(item_id, "butir", "Butir informasi")
    values = dict(as_mapping(values, "butir", "Isian butir"))
    with database.atomic():
        detail, step, rec = _prepare(actor, case_id, None)
        if item_id is None and not step.items_add_remove:
            raise ConflictError(f"Butir informasi tidak dapat ditambah pada tahap {step.number}.")
        rules.raise_problems(rules.uneditable_item_problems(values, step))
        cleaned = rules.clean_item_values(values, step)
        if item_id is None:
            current: dict[str, Any] = {}
        else:
            item = next((i for i in detail.items if i.id == item_id), None)
            if item is None:
                raise NotFound("Butir informasi itu sudah tidak ada.")
            current = item.values()
        rules.raise_problems(
            rules.item_problems({**current, **cleaned}, step, detail.case.tanggal_mulai)
        )
        if item_id is None:
            urut = max((i.urut for i in detail.items), default=0) + 1
            row = InfoItem.create(**records.new_item(case_id, urut, cleaned))
            event = records.item_added(urut, cleaned)
        else:
            changes = records.changed_values(current, cleaned)
            if not changes:
                return NOTHING
            InfoItem.update(**cleaned).where(InfoItem.id == item_id).execute()
            row = InfoItem.get_by_id(item_id)
            event = records.item_changed(row.urut, step.number, changes)
        _claim(rec, actor)
        _touch(case_id)
        records.refresh_search_text([case_id])
        _record(event, actor, case_id)
    return ChangeSet(case_id=case_id, items=True, case_row=True, history=True, item=item_info(row))


def remove_item(actor: Actor, case_id: int, item_id: int) -> ChangeSet:
    case_id, item_id = _case_id(case_id), as_id(item_id, "butir", "Butir informasi")
    with database.atomic():
        detail, step, _rec = _prepare(actor, case_id, None)
        if not step.items_add_remove:
            raise ConflictError(f"Butir informasi tidak dapat dihapus pada tahap {step.number}.")
        item = next((i for i in detail.items if i.id == item_id), None)
        if item is None:
            raise NotFound("Butir informasi itu sudah tidak ada.")
        InfoItem.delete().where(InfoItem.id == item_id).execute()
        rest = [i for i in detail.items if i.id != item_id]
        for n, other in enumerate(rest, start=1):
            if other.urut != n:
                InfoItem.update(urut=n).where(InfoItem.id == other.id).execute()
        _touch(case_id)
        records.refresh_search_text([case_id])
        _record(records.item_removed(item.urut, item.uraian), actor, case_id)
    return ChangeSet(case_id=case_id, items=True, case_row=True, history=True)


def set_participants(
    actor: Actor, case_id: int, step_no: int, participants: list[tuple[int, bool]]
) -> ChangeSet:
    """Replace the participant list of the running step: (official id, attended)."""
    case_id, step_no = _case_id(case_id), _step_no(step_no)
    if not isinstance(participants, list | tuple) or not all(
        isinstance(p, list | tuple) and len(p) == 2 for p in participants
    ):
        raise ValidationError(
            FieldProblem("peserta", "Daftar peserta tidak sah: pasangan (pejabat, hadir).")
        )
    participants = [(as_id(oid, "peserta", "Pejabat peserta"), h) for oid, h in participants]
    with database.atomic():
        detail, step, rec = _prepare(actor, case_id, step_no)
        if not step.participants:
            raise ConflictError(f"Tahap {step.number} tidak mencatat peserta.")
        ids = [oid for oid, _ in participants]
        if len(set(ids)) != len(ids):
            raise ValidationError(FieldProblem("peserta", "Seorang pejabat tercatat dua kali."))
        found = {o.id for o in Official.select(Official.id).where(Official.id.in_(ids))}
        if any(i not in found for i in ids):
            raise ValidationError(FieldProblem("peserta", "Pejabat peserta tidak ditemukan."))
        wanted = [(oid, bool(hadir)) for oid, hadir in participants]
        stored = [(p.official.id, p.hadir) for p in detail.participants.get(step_no, ())]
        if wanted == stored:
            return NOTHING
        Participant.delete().where(
            (Participant.case == case_id) & (Participant.tahap == step_no)
        ).execute()
        for row in records.participant_rows(case_id, step_no, wanted):
            Participant.create(**row)
        _claim(rec, actor)
        _touch(case_id)
        _record(
            records.participants_saved(step_no, len(ids), sum(h for _, h in wanted)), actor, case_id
        )
    return ChangeSet(case_id=case_id, participants=True, history=True)


# --------------------------------------------------------------------------- completing
def _checked_completion(
    actor: Actor,
    case_id: int,
    step_no: int,
    on: date | None,
    note: str,
    data: dict[str, Any] | None,
) -> tuple[CaseDetail, Step, StepRecordInfo, date, str, dict[str, Any], dict[str, list]]:
    """Inside the transaction: everything ``complete_step`` checks before it writes (the
    permission, the arguments, the form's values, every required field, item and
    participant), raising the first refusal; what it would store when nothing is refused."""
    on = as_date(on, "tanggal_selesai", "Tanggal selesai") or today()
    data = dict(as_mapping(data, "data", "Isian tahap")) if data is not None else None
    note = clean_text(as_text(note, "catatan_selesai", "Catatan penyelesaian"))
    problems: list[FieldProblem] = []
    check_text(
        problems,
        "catatan_selesai",
        "Catatan penyelesaian",
        note,
        max_len=LONG_TEXT_MAX,
        multiline=True,
    )
    rules.raise_problems(problems)
    detail, step, rec = _prepare(actor, case_id, step_no)
    merged, changes = (
        _form_changes(detail, step, rec, data) if data is not None else (dict(rec.data), {})
    )
    rules.raise_problems(
        rules.completion_date_problems(rec, on) + rules.completion_problems(detail, step, merged)
    )
    return detail, step, rec, on, note, merged, changes


def check_completion(
    actor: Actor,
    case_id: int,
    step_no: int,
    on: date | None = None,
    data: dict[str, Any] | None = None,
) -> None:
    """Would ``complete_step`` with these arguments be refused? Raises what it would raise
    (``ValidationError`` naming each field, ``PermissionDenied``, ``ConflictError``) and writes
    nothing, so the window can check a step before asking "Selesaikan tahap …?"."""
    case_id, step_no = _case_id(case_id), _step_no(step_no)
    with database.atomic():
        _checked_completion(actor, case_id, step_no, on, "", data)


def complete_step(
    actor: Actor,
    case_id: int,
    step_no: int,
    on: date | None = None,
    note: str = "",
    data: dict[str, Any] | None = None,
) -> ChangeSet:
    """Complete the running step, with the form's ``data`` saved first when given (one
    gesture, one transaction: what changed in the form is recorded in the completion event).
    The next step starts on the same date. ``ChangeSet.record`` is the new running step
    record, None when the last step was completed (the case is finished). ``note`` (the
    completion's catatan) is a long text, checked like one."""
    case_id, step_no = _case_id(case_id), _step_no(step_no)
    with database.atomic():
        detail, step, rec, on, note, merged, changes = _checked_completion(
            actor, case_id, step_no, on, note, data
        )
        done = records.step_done(on, actor.name, actor.role, now_utc())
        StepRecord.update(**done, data=merged).where(StepRecord.id == rec.id).execute()
        _claim(rec, actor)
        _record(
            records.step_completed(step, on, rec.batas_waktu, note, changes),
            actor,
            case_id,
        )
        nxt = detail.sop.next_step(step.number)
        new_rec = None
        if nxt is None:
            Case.update(**records.case_finished(on), updated_at=now_utc()).where(
                Case.id == case_id
            ).execute()
            _record(records.case_closed(detail.case.nomor), actor, case_id)
        else:
            new_rec = _start_step(case_id, nxt, on)
            _record(records.step_started(nxt, new_rec.batas_waktu), actor, case_id)
    return ChangeSet(
        case_id=case_id, case_row=True, steps=True, history=True, documents=True, record=new_rec
    )


def send_back(
    actor: Actor, case_id: int, step_no: int, reason: str, on: date | None = None
) -> ChangeSet:
    """Return the case to the earlier step the SOP names (e.g. step 5 → 4), with a reason."""
    case_id, step_no = _case_id(case_id), _step_no(step_no)
    on = as_date(on, "tanggal", "Tanggal") or today()
    reason = as_text(reason, "alasan_kembali", "Alasan pengembalian")
    with database.atomic():
        detail, step, rec = _prepare(actor, case_id, step_no)
        if step.send_back_to is None:
            raise ConflictError(f"Tahap {step.number} tidak dapat dikembalikan menurut SOP.")
        reason = required_reason(reason, "alasan_kembali", "Alasan pengembalian")
        rules.raise_problems(rules.completion_date_problems(rec, on))
        target = detail.sop.step(step.send_back_to)
        StepRecord.update(
            **records.step_returned(on, actor.name, actor.role, now_utc(), reason)
        ).where(StepRecord.id == rec.id).execute()
        previous = detail.latest_record(target.number)
        new_rec = _start_step(case_id, target, on, dict(previous.data) if previous else {})
        _record(records.step_sent_back(step, target, reason), actor, case_id)
    return ChangeSet(
        case_id=case_id, case_row=True, steps=True, history=True, documents=True, record=new_rec
    )
