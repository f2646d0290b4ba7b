"""The SOP workflow: start a case, work the current step's form, complete it or send it back.

Every public function here is one user action: it checks permission, validates, writes in one
transaction and appends a history event. Nothing is saved when validation fails.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from app import history
from app.calendar_service import current_calendar
from app.clock import now_utc, today
from app.errors import ConflictError, FieldProblem, NotFound, ValidationError
from app.fields import (
    ITEM_FIELDS,
    JANGKA_JENIS,
    KESIMPULAN,
    ONLY_FOR_EXEMPT,
    STEP_FIELDS,
    Kind,
)
from app.models import (
    Case,
    InfoItem,
    LegalReference,
    Official,
    Opd,
    Participant,
    StepRecord,
    database,
)
from app.permissions import Action, Actor, require
from app.refdata import current_sop, sop_for_version
from app.settings import get_setting
from app.sop import Sop, Step
from app.text import format_date
from app.validation import (
    LONG_TEXT_MAX,
    SHORT_TEXT_MAX,
    check_date,
    check_text,
    clean_text,
    parse_iso_date,
    required_reason,
)

EARLIEST_START = date(2000, 1, 1)
# Pasal 20 UU 14/2008: exemptions under Pasal 17 huruf a–f are never permanent.
NOT_PERMANENT_HURUF = frozenset("abcdef")


class Trigger(StrEnum):
    """Perki 1/2017 Pasal 4(2): when the consequence test is done."""

    BEFORE_REQUEST = "sebelum_permohonan"
    ON_REQUEST = "permohonan"
    MAJELIS_ORDER = "perintah_majelis"


TRIGGER_LABELS = {
    Trigger.BEFORE_REQUEST: "Sebelum ada permohonan informasi",
    Trigger.ON_REQUEST: "Atas permohonan informasi",
    Trigger.MAJELIS_ORDER: "Atas perintah Majelis Komisioner",
}
TRIGGER_REFERENCE_LABELS = {
    Trigger.ON_REQUEST: "Nomor register permohonan",
    Trigger.MAJELIS_ORDER: "Nomor perkara / putusan sela",
}

# Item fields stored in several columns.
ITEM_COLUMNS: dict[str, tuple[str, ...]] = {
    "jangka_waktu": ("jangka_jenis", "jangka_tanggal", "jangka_peristiwa"),
    "kesimpulan": ("kesimpulan", "bagian_dihitamkan", "alasan_dihitamkan"),
}


def item_columns(field_key: str) -> tuple[str, ...]:
    return ITEM_COLUMNS.get(field_key, (field_key,))


# --------------------------------------------------------------------------- reading
@dataclass
class CaseDetail:
    case: Case
    sop: Sop
    steps: list[StepRecord]  # every step record, in order
    items: list[InfoItem]
    participants: dict[int, list[Participant]] = field(default_factory=dict)

    @property
    def current(self) -> StepRecord | None:
        """The running step record, or None when the case is finished."""
        for rec in reversed(self.steps):
            if rec.status == "berjalan":
                return rec
        return None

    @property
    def current_step(self) -> Step | None:
        rec = self.current
        return self.sop.step(rec.tahap) if rec else None

    def latest_record(self, step_no: int) -> StepRecord | None:
        for rec in reversed(self.steps):
            if rec.tahap == step_no:
                return rec
        return None


def get_case(case_id: int) -> Case:
    case = Case.get_or_none(Case.id == case_id)
    if case is None:
        raise NotFound("Kasus itu tidak ditemukan; mungkin sudah dihapus.")
    return case


def case_detail(case_id: int) -> CaseDetail:
    case = get_case(case_id)
    steps = list(StepRecord.select().where(StepRecord.case == case)
                 .order_by(StepRecord.id))
    items = list(InfoItem.select().where(InfoItem.case == case).order_by(InfoItem.urut))
    participants: dict[int, list[Participant]] = {}
    for p in (Participant.select(Participant, Official).join(Official)
              .where(Participant.case == case).order_by(Participant.id)):
        participants.setdefault(p.tahap, []).append(p)
    return CaseDetail(case, sop_for_version(case.sop_version_id), steps, items, participants)


# --------------------------------------------------------------------------- helpers
def _search_text(case: Case) -> str:
    opd = Opd.get_by_id(case.opd_id)
    parts = [case.nomor, case.judul, opd.nama, opd.singkatan, case.pemicu_rujukan]
    for item in InfoItem.select(InfoItem.uraian, InfoItem.dokumen_sumber).where(
            InfoItem.case == case):
        parts += [item.uraian, item.dokumen_sumber]
    return " ".join(p for p in parts if p).lower()


def refresh_search_text(cases: list[Case]) -> None:
    """Rebuild the search text of ``cases`` (after their OPD was renamed)."""
    for case in cases:
        Case.update(search_text=_search_text(case)).where(Case.id == case.id).execute()


def _touch(case: Case, **changes: Any) -> None:
    changes["updated_at"] = now_utc()
    changes["search_text"] = _search_text(case)
    Case.update(**changes).where(Case.id == case.id).execute()


def _start_step(case: Case, step: Step, start: date, data: dict | None = None) -> StepRecord:
    calendar = current_calendar()
    due = calendar.add_working_days(start, step.working_days)
    rounds = StepRecord.select().where(
        (StepRecord.case == case) & (StepRecord.tahap == step.number)).count()
    rec = StepRecord.create(
        case=case, tahap=step.number, putaran=rounds + 1, status="berjalan",
        tanggal_mulai=start, hari_kerja=step.working_days, batas_waktu=due,
        dasar_kalender=calendar.basis, data=data or {},
    )
    Case.update(tahap=step.number, pelaksana=step.actor, batas_waktu=due,
                status="berjalan", tanggal_selesai=None).where(Case.id == case.id).execute()
    return rec


def _running_record(case: Case, step_no: int | None = None) -> StepRecord:
    rec = (StepRecord.select().where((StepRecord.case == case)
                                     & (StepRecord.status == "berjalan"))
           .order_by(StepRecord.id.desc()).first())
    if rec is None:
        raise ConflictError("Kasus ini sudah selesai; tidak ada tahap yang berjalan.")
    if step_no is not None and rec.tahap != step_no:
        raise ConflictError(
            f"Tahap {step_no} tidak sedang berjalan (tahap berjalan: {rec.tahap}). "
            "Muat ulang kasus ini.")
    return rec


# --------------------------------------------------------------------------- create case
@dataclass
class NewCase:
    opd_id: int | None
    pemicu: str
    judul: str
    tanggal_mulai: date | None
    pemicu_rujukan: str = ""


def _register_number(year: int) -> tuple[int, str]:
    last = (Case.select(Case.urut).where(Case.tahun == year)
            .order_by(Case.urut.desc()).first())
    seq = (last.urut if last else 0) + 1
    pattern = str(get_setting("nomor_register_pola"))
    return seq, pattern.format(urut=seq, tahun=year)


def validate_new_case(new: NewCase) -> tuple[str, str]:
    """Return the cleaned (judul, rujukan) or raise ``ValidationError``."""
    problems: list[FieldProblem] = []
    judul = clean_text(new.judul)
    rujukan = clean_text(new.pemicu_rujukan)
    opd = Opd.get_or_none(Opd.id == new.opd_id) if new.opd_id else None
    if opd is None:
        problems.append(FieldProblem("opd", "Pilih perangkat daerah (PPID Pembantu)."))
    elif not opd.aktif:
        problems.append(FieldProblem("opd", f"{opd.nama} sudah tidak aktif; pilih yang lain."))
    try:
        trigger = Trigger(new.pemicu)
    except ValueError:
        trigger = None
        problems.append(FieldProblem("pemicu", "Pilih pemicu uji konsekuensi."))
    check_text(problems, "judul", "Judul kasus", judul, required=True)
    if trigger in TRIGGER_REFERENCE_LABELS:
        check_text(problems, "pemicu_rujukan", TRIGGER_REFERENCE_LABELS[trigger], rujukan,
                   required=True)
    else:
        check_text(problems, "pemicu_rujukan", "Rujukan", rujukan)
    check_date(problems, "tanggal_mulai", "Tanggal mulai", new.tanggal_mulai, required=True,
               not_before=EARLIEST_START, not_before_label="tahun 2000",
               not_after=today(), not_after_label="hari ini")
    if problems:
        raise ValidationError(problems)
    return judul, rujukan


def create_case(actor: Actor, new: NewCase) -> Case:
    """Register a case: it gets the next register number and starts at step 1."""
    require(actor, Action.CREATE_CASE, case_opd=new.opd_id)
    judul, rujukan = validate_new_case(new)
    sop = current_sop()
    with database.atomic():
        year = new.tanggal_mulai.year
        seq, nomor = _register_number(year)
        now = now_utc()
        first = sop.steps[0]
        case = Case.create(
            nomor=nomor, tahun=year, urut=seq, opd=new.opd_id, pemicu=new.pemicu,
            pemicu_rujukan=rujukan, judul=judul, tanggal_mulai=new.tanggal_mulai,
            sop_version=sop.version, tahap=first.number, pelaksana=first.actor,
            created_at=now, updated_at=now,
        )
        _start_step(case, first, new.tanggal_mulai)
        _touch(case)
        history.record("kasus_dibuat", f"Kasus {nomor} dibuat: {judul}", actor, case,
                       {"sop": sop.version, "pemicu": new.pemicu})
    return Case.get_by_id(case.id)


# --------------------------------------------------------------------------- validation
def _legal_codes_problems(codes: Any, problems: list[FieldProblem], prefix: str) -> list[str]:
    if codes in (None, ""):
        return []
    if not isinstance(codes, list | tuple) or not all(isinstance(c, str) for c in codes):
        problems.append(FieldProblem("dasar_hukum", f"{prefix}Dasar hukum tidak sah."))
        return []
    known = {r.kode for r in LegalReference.select(LegalReference.kode)
             .where(LegalReference.kode.in_(list(codes)))}
    unknown = [c for c in codes if c not in known]
    if unknown:
        problems.append(FieldProblem(
            "dasar_hukum", f"{prefix}Dasar hukum tidak dikenal: {', '.join(unknown)}."))
    return list(dict.fromkeys(codes))


def clean_item_values(values: dict[str, Any], step: Step) -> dict[str, Any]:
    """Normalise the columns of the item fields ``step`` may edit; ignore anything else."""
    cleaned: dict[str, Any] = {}
    for key in step.item_fields:
        for column in item_columns(key):
            if column not in values:
                continue
            value = values[column]
            if column == "jangka_tanggal":
                cleaned[column] = parse_iso_date(value)
            elif column == "dasar_hukum":
                cleaned[column] = list(value or [])
            else:
                cleaned[column] = clean_text(value)
    return cleaned


def item_problems(item: dict[str, Any], step: Step, case_start: date,
                  prefix: str = "") -> list[FieldProblem]:
    """Problems of one item's values (columns as in ``InfoItem``) for ``step``'s fields."""
    problems: list[FieldProblem] = []
    is_open = item.get("kesimpulan") == "terbuka"
    for key in step.item_fields:
        spec = ITEM_FIELDS[key]
        required = key in step.item_required and not (key in ONLY_FOR_EXEMPT and is_open)
        label = prefix + spec.label
        if spec.kind in (Kind.TEXT, Kind.MULTILINE):
            check_text(problems, key, label, item.get(key, ""), required=required,
                       max_len=spec.max_len, multiline=spec.kind == Kind.MULTILINE)
        elif spec.kind == Kind.CHOICE:
            value = item.get(key, "")
            if value and value not in {c for c, _ in spec.choices}:
                problems.append(FieldProblem(key, f"{label}: pilihan tidak sah."))
            elif not value and required:
                problems.append(FieldProblem(key, f"{label} wajib dipilih."))
        elif spec.kind == Kind.LEGAL_BASIS:
            codes = _legal_codes_problems(item.get("dasar_hukum"), problems, prefix)
            other = item.get("dasar_hukum_lain", "")
            if required and not codes and not other:
                problems.append(FieldProblem(
                    "dasar_hukum", f"{label} wajib diisi: pilih Pasal 17 UU 14/2008 dan/atau "
                    "tulis undang-undang lain."))
        elif spec.kind == Kind.PERIOD:
            _period_problems(item, required, case_start, label, prefix, problems)
        elif spec.kind == Kind.CONCLUSION:
            value = item.get("kesimpulan", "")
            if value and value not in {c for c, _ in KESIMPULAN}:
                problems.append(FieldProblem("kesimpulan", f"{label}: pilihan tidak sah."))
            elif not value and required:
                problems.append(FieldProblem("kesimpulan", f"{label} wajib dipilih."))
            if value == "sebagian":
                check_text(problems, "bagian_dihitamkan", prefix + "Bagian yang dihitamkan",
                           item.get("bagian_dihitamkan", ""), required=True,
                           max_len=LONG_TEXT_MAX, multiline=True)
                check_text(problems, "alasan_dihitamkan", prefix + "Alasan penghitaman",
                           item.get("alasan_dihitamkan", ""), required=True,
                           max_len=LONG_TEXT_MAX, multiline=True)
    return problems


def _period_problems(item: dict[str, Any], required: bool, case_start: date, label: str,
                     prefix: str, problems: list[FieldProblem]) -> None:
    kind = item.get("jangka_jenis", "")
    if not kind:
        if required:
            problems.append(FieldProblem("jangka_jenis", f"{label} wajib dipilih."))
        return
    if kind not in {c for c, _ in JANGKA_JENIS}:
        problems.append(FieldProblem("jangka_jenis", f"{label}: pilihan tidak sah."))
        return
    if kind == "tanggal":
        check_date(problems, "jangka_tanggal", prefix + "Tanggal akhir pengecualian",
                   item.get("jangka_tanggal"), required=True, not_before=case_start,
                   not_before_label="tanggal mulai kasus")
    elif kind == "peristiwa":
        check_text(problems, "jangka_peristiwa", prefix + "Peristiwa akhir pengecualian",
                   item.get("jangka_peristiwa", ""), required=True, max_len=SHORT_TEXT_MAX)
    elif kind == "tidak_terbatas":
        huruf = {c.split(".")[1] for c in item.get("dasar_hukum") or [] if c.count(".") >= 1}
        permanent_barred = sorted(huruf & NOT_PERMANENT_HURUF)
        if permanent_barred:
            problems.append(FieldProblem(
                "jangka_jenis",
                f"{prefix}Jangka waktu 'tidak terbatas' tidak boleh untuk pengecualian Pasal 17 "
                f"huruf {', '.join(permanent_barred)} (Pasal 20 UU 14/2008): isi tanggal atau "
                "peristiwa akhir pengecualian."))


def step_data_problems(data: dict[str, Any], step: Step, case_start: date,
                       check_required: bool) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    for key in step.fields:
        spec = STEP_FIELDS[key]
        required = check_required and key in step.required
        value = data.get(key)
        if spec.kind in (Kind.TEXT, Kind.MULTILINE):
            check_text(problems, key, spec.label, value or "", required=required,
                       max_len=spec.max_len, multiline=spec.kind == Kind.MULTILINE)
        elif spec.kind == Kind.DATE:
            try:
                parsed = parse_iso_date(value)
            except ValueError:
                problems.append(FieldProblem(key, f"{spec.label} bukan tanggal yang sah."))
                continue
            check_date(problems, key, spec.label, parsed, required=required,
                       not_before=case_start, not_before_label="tanggal mulai kasus")
        elif spec.kind == Kind.OFFICIAL:
            if value in (None, ""):
                if required:
                    problems.append(FieldProblem(key, f"{spec.label} wajib dipilih."))
            elif Official.get_or_none(Official.id == value) is None:
                problems.append(FieldProblem(key, f"{spec.label}: pejabat tidak ditemukan."))
    return problems


def _clean_step_data(data: dict[str, Any], step: Step) -> dict[str, Any]:
    cleaned: dict[str, Any] = {}
    for key in step.fields:
        if key not in data:
            continue
        kind = STEP_FIELDS[key].kind
        value = data[key]
        if kind == Kind.DATE:
            try:
                parsed = parse_iso_date(value)
            except ValueError:
                cleaned[key] = value  # reported by step_data_problems
                continue
            cleaned[key] = parsed.isoformat() if parsed else None
        elif kind == Kind.OFFICIAL:
            if value in (None, ""):
                cleaned[key] = None
            else:
                try:
                    cleaned[key] = int(value)
                except (TypeError, ValueError):
                    cleaned[key] = -1  # no such official: step_data_problems says so
        else:
            cleaned[key] = clean_text(value)
    return cleaned


# --------------------------------------------------------------------------- step form
def _prepare(actor: Actor, case_id: int, step_no: int | None) -> tuple[Case, Sop, Step,
                                                                       StepRecord]:
    case = get_case(case_id)
    rec = _running_record(case, step_no)
    sop = sop_for_version(case.sop_version_id)
    step = sop.step(rec.tahap)
    require(actor, Action.WORK_STEP, step.actor, step_no=step.number, case_opd=case.opd_id)
    return case, sop, step, rec


def _claim(rec: StepRecord, actor: Actor) -> None:
    """The first logged-in user who works a running step becomes its assignee (hand-over)."""
    if actor.user_id is not None and rec.ditugaskan_ke_id is None:
        StepRecord.update(ditugaskan_ke=actor.user_id).where(StepRecord.id == rec.id).execute()


def save_step_data(actor: Actor, case_id: int, step_no: int, data: dict[str, Any]) -> None:
    """Save the step-level fields of the running step (a draft: required fields may be empty)."""
    case, _sop, step, rec = _prepare(actor, case_id, step_no)
    cleaned = _clean_step_data(data, step)
    problems = step_data_problems(cleaned, step, case.tanggal_mulai, check_required=False)
    if problems:
        raise ValidationError(problems)
    with database.atomic():
        old = dict(rec.data or {})
        merged = {**old, **cleaned}
        StepRecord.update(data=merged).where(StepRecord.id == rec.id).execute()
        _claim(rec, actor)
        _touch(case)
        changes = {k: [old.get(k), v] for k, v in cleaned.items() if old.get(k) != v}
        history.record("tahap_disimpan", f"Isian tahap {step.number} disimpan", actor, case,
                       {"perubahan": changes} if changes else None)


def _jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _item_dict(item: InfoItem) -> dict[str, Any]:
    return {k: getattr(item, k) for k in InfoItem._meta.fields if k not in ("id", "case")}


def save_item(actor: Actor, case_id: int, values: dict[str, Any],
              item_id: int | None = None) -> InfoItem:
    """Add an item (``item_id`` None; only where the step allows adding) or change the fields
    of an existing item that the running step may edit. The item is checked against the
    step's required item fields: a saved item is complete for this step."""
    case, _sop, step, rec = _prepare(actor, case_id, None)
    cleaned = clean_item_values(values, step)
    if item_id is None:
        if not step.items_add_remove:
            raise ConflictError(f"Butir informasi tidak dapat ditambah pada tahap {step.number}.")
        current: dict[str, Any] = {}
        item = None
    else:
        item = InfoItem.get_or_none((InfoItem.id == item_id) & (InfoItem.case == case))
        if item is None:
            raise NotFound("Butir informasi itu sudah tidak ada.")
        current = _item_dict(item)
    merged = {**current, **cleaned}
    problems = item_problems(merged, step, case.tanggal_mulai)
    if problems:
        raise ValidationError(problems)
    with database.atomic():
        if item is None:
            last = (InfoItem.select(InfoItem.urut).where(InfoItem.case == case)
                    .order_by(InfoItem.urut.desc()).first())
            item = InfoItem.create(case=case, urut=(last.urut if last else 0) + 1, **cleaned)
            summary = f"Butir {item.urut} ditambahkan"
            changes = {k: [None, _jsonable(v)] for k, v in cleaned.items() if v}
        else:
            InfoItem.update(**cleaned).where(InfoItem.id == item.id).execute()
            summary = f"Butir {item.urut} diubah pada tahap {step.number}"
            changes = {k: [_jsonable(current.get(k)), _jsonable(v)]
                       for k, v in cleaned.items() if current.get(k) != v}
        _claim(rec, actor)
        _touch(case)
        history.record("butir_disimpan", summary, actor, case,
                       {"butir": item.urut, "perubahan": changes})
    return InfoItem.get_by_id(item.id)


def remove_item(actor: Actor, case_id: int, item_id: int) -> None:
    case, _sop, step, _rec = _prepare(actor, case_id, None)
    if not step.items_add_remove:
        raise ConflictError(f"Butir informasi tidak dapat dihapus pada tahap {step.number}.")
    with database.atomic():
        item = InfoItem.get_or_none((InfoItem.id == item_id) & (InfoItem.case == case))
        if item is None:
            raise NotFound("Butir informasi itu sudah tidak ada.")
        item.delete_instance()
        for n, rest in enumerate(InfoItem.select().where(InfoItem.case == case)
                                 .order_by(InfoItem.urut), start=1):
            if rest.urut != n:
                InfoItem.update(urut=n).where(InfoItem.id == rest.id).execute()
        _touch(case)
        history.record("butir_dihapus", f"Butir {item.urut} dihapus: {item.uraian[:80]}",
                       actor, case)


def set_participants(actor: Actor, case_id: int, step_no: int,
                     participants: list[tuple[int, bool]]) -> None:
    """Replace the participant list of the running step: (official id, attended)."""
    case, _sop, step, rec = _prepare(actor, case_id, step_no)
    if not step.participants:
        raise ConflictError(f"Tahap {step.number} tidak mencatat peserta.")
    ids = [oid for oid, _ in participants]
    if len(set(ids)) != len(ids):
        raise ValidationError(FieldProblem("peserta", "Seorang pejabat tercatat dua kali."))
    found = {o.id for o in Official.select(Official.id).where(Official.id.in_(ids))}
    missing = [i for i in ids if i not in found]
    if missing:
        raise ValidationError(FieldProblem("peserta", "Pejabat peserta tidak ditemukan."))
    with database.atomic():
        Participant.delete().where((Participant.case == case)
                                   & (Participant.tahap == step_no)).execute()
        for oid, hadir in participants:
            Participant.create(case=case, tahap=step_no, official=oid, hadir=bool(hadir))
        _claim(rec, actor)
        _touch(case)
        history.record("peserta_disimpan",
                       f"Peserta tahap {step_no}: {len(ids)} orang, "
                       f"{sum(1 for _, h in participants if h)} hadir", actor, case)


def completion_problems(case: Case, step: Step, rec: StepRecord) -> list[FieldProblem]:
    """Everything that must be filled before ``step`` can be completed."""
    problems = step_data_problems(rec.data or {}, step, case.tanggal_mulai, check_required=True)
    items = list(InfoItem.select().where(InfoItem.case == case).order_by(InfoItem.urut))
    if not items:
        problems.append(FieldProblem("butir", "Belum ada butir informasi; tambahkan minimal "
                                              "satu butir informasi yang diuji."))
    for item in items:
        problems += item_problems(_item_dict(item), step, case.tanggal_mulai,
                                  prefix=f"Butir {item.urut}: ")
    if step.participants:
        attended = Participant.select().where(
            (Participant.case == case) & (Participant.tahap == step.number)
            & (Participant.hadir == True)).count()  # noqa: E712 (peewee expression)
        if attended == 0:
            problems.append(FieldProblem("peserta", "Catat peserta rapat; minimal satu peserta "
                                                    "hadir."))
    return problems


def _check_completion_date(case: Case, rec: StepRecord, on: date) -> None:
    problems: list[FieldProblem] = []
    check_date(problems, "tanggal_selesai", "Tanggal selesai", on, required=True,
               not_before=rec.tanggal_mulai, not_before_label="tanggal mulai tahap",
               not_after=today(), not_after_label="hari ini")
    if problems:
        raise ValidationError(problems)


def complete_step(actor: Actor, case_id: int, step_no: int, on: date | None = None,
                  note: str = "") -> StepRecord | None:
    """Complete the running step; the next one starts on the same date. Returns the new step
    record, or None when the last step was completed (the case is finished)."""
    case, sop, step, rec = _prepare(actor, case_id, step_no)
    on = on or today()
    _check_completion_date(case, rec, on)
    problems = completion_problems(case, step, rec)
    if problems:
        raise ValidationError(problems)
    with database.atomic():
        StepRecord.update(status="selesai", tanggal_selesai=on, selesai_oleh=actor.name,
                          selesai_peran=actor.role, selesai_pada=now_utc()).where(
            StepRecord.id == rec.id).execute()
        late = on > rec.batas_waktu
        summary = f"Tahap {step.number} ({step.title}) selesai pada {format_date(on)}"
        if late:
            summary += f", melewati batas waktu {format_date(rec.batas_waktu)}"
        history.record("tahap_selesai", summary, actor, case,
                       {"tahap": step.number, "catatan": clean_text(note)})
        if step.number == sop.last_step:
            Case.update(status="selesai", tanggal_selesai=on, batas_waktu=None,
                        updated_at=now_utc()).where(Case.id == case.id).execute()
            history.record("kasus_selesai", f"Kasus {case.nomor} selesai", actor, case)
            return None
        nxt = sop.step(step.number + 1)
        new_rec = _start_step(case, nxt, on)
        _touch(case)
        history.record("tahap_dimulai",
                       f"Tahap {nxt.number} ({nxt.title}) dimulai; batas waktu "
                       f"{format_date(new_rec.batas_waktu)}", actor, case)
        return new_rec


def send_back(actor: Actor, case_id: int, step_no: int, reason: str,
              on: date | None = None) -> StepRecord:
    """Return the case to the earlier step the SOP names (e.g. step 5 → 4), with a reason."""
    case, sop, step, rec = _prepare(actor, case_id, step_no)
    if step.send_back_to is None:
        raise ConflictError(f"Tahap {step.number} tidak dapat dikembalikan menurut SOP.")
    reason = required_reason(reason, "alasan_kembali", "Alasan pengembalian")
    on = on or today()
    _check_completion_date(case, rec, on)
    target = sop.step(step.send_back_to)
    with database.atomic():
        StepRecord.update(status="dikembalikan", tanggal_selesai=on, selesai_oleh=actor.name,
                          selesai_peran=actor.role, selesai_pada=now_utc(),
                          alasan_kembali=reason).where(StepRecord.id == rec.id).execute()
        previous = (StepRecord.select().where((StepRecord.case == case)
                                              & (StepRecord.tahap == target.number))
                    .order_by(StepRecord.id.desc()).first())
        new_rec = _start_step(case, target, on, dict(previous.data) if previous else {})
        _touch(case)
        history.record(
            "tahap_dikembalikan",
            f"Tahap {step.number} dikembalikan ke tahap {target.number} ({target.title}): "
            f"{reason}", actor, case, {"dari": step.number, "ke": target.number})
    return new_rec

