"""The rules a case's data must follow: what a new case needs, what each field of a step and
of an item may hold (length, script, dates, Pasal 20), and what must be filled before a step
can be completed. Pure checks that return the problems (``FieldProblem``) without writing;
the commands raise them as one ``ValidationError``, the window shows them per field, and the
documents' readiness reuses them.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from app.cases.model import TRIGGER_REFERENCE_LABELS, CaseDetail, StepRecordInfo, Trigger
from app.clock import today
from app.errors import FieldProblem, ValidationError
from app.fields import (
    ITEM_FIELDS,
    JANGKA_JENIS,
    KESIMPULAN,
    ONLY_FOR_EXEMPT,
    STEP_FIELDS,
    Kind,
)
from app.models import LegalReference, Official, Opd
from app.phrases import phrase
from app.sop import Step
from app.validation import (
    LONG_TEXT_MAX,
    SHORT_TEXT_MAX,
    check_date,
    check_text,
    clean_text,
    parse_iso_date,
)

EARLIEST_START = date(2000, 1, 1)
# Pasal 20 UU 14/2008: exemptions under Pasal 17 huruf a–f are never permanent.
NOT_PERMANENT_HURUF = frozenset("abcdef")

# Item fields stored in several columns.
FIELD_COLUMNS: dict[str, tuple[str, ...]] = {
    "jangka_waktu": ("jangka_jenis", "jangka_tanggal", "jangka_peristiwa"),
    "kesimpulan": ("kesimpulan", "bagian_dihitamkan", "alasan_dihitamkan"),
}


def item_columns(field_key: str) -> tuple[str, ...]:
    return FIELD_COLUMNS.get(field_key, (field_key,))


# --------------------------------------------------------------------------- a new case
def new_case_problems(
    opd_id: int | None, pemicu: str, judul: str, rujukan: str, tanggal_mulai: date | None
) -> list[FieldProblem]:
    """Problems of a new case's (cleaned) values."""
    problems: list[FieldProblem] = []
    # Only an int names an OPD (as ``as_id`` has it): a server refuses to compare its id
    # with another type.
    try:
        opd = (
            Opd.get_or_none(Opd.id == opd_id)
            if opd_id and isinstance(opd_id, int) and not isinstance(opd_id, bool)
            else None
        )
    except OverflowError:  # a number SQLite cannot hold names no OPD
        opd = None
    if opd is None:
        problems.append(FieldProblem("opd", "Pilih perangkat daerah (PPID Pembantu)."))
    elif not opd.aktif:
        problems.append(FieldProblem("opd", f"{opd.nama} sudah tidak aktif; pilih yang lain."))
    try:
        trigger: Trigger | None = Trigger(pemicu)
    except ValueError:
        trigger = None
        problems.append(FieldProblem("pemicu", "Pilih pemicu uji konsekuensi."))
    check_text(problems, "judul", "Judul kasus", judul, required=True)
    if trigger in TRIGGER_REFERENCE_LABELS:
        check_text(
            problems, "pemicu_rujukan", TRIGGER_REFERENCE_LABELS[trigger], rujukan, required=True
        )
    else:
        check_text(problems, "pemicu_rujukan", "Rujukan", rujukan)
    check_date(
        problems,
        "tanggal_mulai",
        "Tanggal mulai",
        tanggal_mulai,
        required=True,
        not_before=EARLIEST_START,
        not_before_label="tahun 2000",
        not_after=today(),
        not_after_label="hari ini",
    )
    return problems


# --------------------------------------------------------------------------- items
def _legal_codes_problems(codes: Any, problems: list[FieldProblem], prefix: str) -> list[str]:
    if codes in (None, ""):
        return []
    if not isinstance(codes, list | tuple) or not all(isinstance(c, str) for c in codes):
        problems.append(FieldProblem("dasar_hukum", f"{prefix}Dasar hukum tidak sah."))
        return []
    # A code with a NUL is no known one (a server refuses it even in a query).
    asked = [c for c in codes if "\x00" not in c]
    known = {
        r.kode
        for r in LegalReference.select(LegalReference.kode).where(LegalReference.kode.in_(asked))
    }
    unknown = [c for c in codes if c not in known]
    if unknown:
        problems.append(
            FieldProblem("dasar_hukum", f"{prefix}Dasar hukum tidak dikenal: {', '.join(unknown)}.")
        )
    return list(dict.fromkeys(codes))


def uneditable_item_problems(values: Mapping[str, Any], step: Step) -> list[FieldProblem]:
    """A save holding only columns the running step may not edit (or no item has) is
    refused, each named: alongside the step's own columns they are ignored (the window sends
    the whole item), but alone they can only be a mistake (they once reached SQLite as an
    empty UPDATE)."""
    editable = {column for key in step.item_fields for column in item_columns(key)}
    labels = {c: spec.label for key, spec in ITEM_FIELDS.items() for c in item_columns(key)}
    foreign = [column for column in values if column not in editable]
    if not foreign or len(foreign) < len(values):
        return []
    named = ", ".join(labels.get(c, repr(c)[:40]) for c in foreign[:8])
    return [
        FieldProblem(
            foreign[0],
            f"Kolom butir berikut tidak dapat diubah pada tahap {step.number}: {named}. "
            "Muat ulang kasus ini lalu isi kolom tahap yang berjalan.",
        )
    ]


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


def item_problems(
    item: dict[str, Any], step: Step, case_start: date, prefix: str = ""
) -> list[FieldProblem]:
    """Problems of one item's values (columns as in ``InfoItem``) for ``step``'s fields."""
    problems: list[FieldProblem] = []
    is_open = item.get("kesimpulan") == "terbuka"
    for key in step.item_fields:
        spec = ITEM_FIELDS[key]
        required = key in step.item_required and not (key in ONLY_FOR_EXEMPT and is_open)
        label = prefix + spec.label
        if spec.kind in (Kind.TEXT, Kind.MULTILINE):
            check_text(
                problems,
                key,
                label,
                item.get(key, ""),
                required=required,
                max_len=spec.max_len,
                multiline=spec.kind == Kind.MULTILINE,
            )
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
                problems.append(
                    FieldProblem(
                        "dasar_hukum",
                        f"{label} wajib diisi: pilih Pasal 17 UU 14/2008 dan/atau "
                        "tulis undang-undang lain.",
                    )
                )
        elif spec.kind == Kind.PERIOD:
            _period_problems(item, required, case_start, label, prefix, problems)
        elif spec.kind == Kind.CONCLUSION:
            value = item.get("kesimpulan", "")
            if value and value not in {c for c, _ in KESIMPULAN}:
                problems.append(FieldProblem("kesimpulan", f"{label}: pilihan tidak sah."))
            elif not value and required:
                problems.append(FieldProblem("kesimpulan", f"{label} wajib dipilih."))
            if value == "sebagian":
                check_text(
                    problems,
                    "bagian_dihitamkan",
                    prefix + "Bagian yang dihitamkan",
                    item.get("bagian_dihitamkan", ""),
                    required=True,
                    max_len=LONG_TEXT_MAX,
                    multiline=True,
                )
                check_text(
                    problems,
                    "alasan_dihitamkan",
                    prefix + "Alasan penghitaman",
                    item.get("alasan_dihitamkan", ""),
                    required=True,
                    max_len=LONG_TEXT_MAX,
                    multiline=True,
                )
    return problems


def _period_problems(
    item: dict[str, Any],
    required: bool,
    case_start: date,
    label: str,
    prefix: str,
    problems: list[FieldProblem],
) -> None:
    kind = item.get("jangka_jenis", "")
    if not kind:
        if required:
            problems.append(FieldProblem("jangka_jenis", f"{label} wajib dipilih."))
        return
    if kind not in {c for c, _ in JANGKA_JENIS}:
        problems.append(FieldProblem("jangka_jenis", f"{label}: pilihan tidak sah."))
        return
    if kind == "tanggal":
        check_date(
            problems,
            "jangka_tanggal",
            prefix + "Tanggal akhir pengecualian",
            item.get("jangka_tanggal"),
            required=True,
            not_before=case_start,
            not_before_label="tanggal mulai kasus",
        )
    elif kind == "peristiwa":
        check_text(
            problems,
            "jangka_peristiwa",
            prefix + "Peristiwa akhir pengecualian",
            item.get("jangka_peristiwa", ""),
            required=True,
            max_len=SHORT_TEXT_MAX,
        )
    elif kind == "tidak_terbatas":
        huruf = {c.split(".")[1] for c in item.get("dasar_hukum") or [] if c.count(".") >= 1}
        permanent_barred = sorted(huruf & NOT_PERMANENT_HURUF)
        if permanent_barred:
            problems.append(
                FieldProblem(
                    "jangka_jenis",
                    f"{prefix}Jangka waktu 'tidak terbatas' tidak boleh untuk pengecualian "
                    f"Pasal 17 huruf {', '.join(permanent_barred)} (Pasal 20 UU 14/2008): isi "
                    "tanggal atau peristiwa akhir pengecualian.",
                )
            )


# --------------------------------------------------------------------------- step fields
def latest_step_date() -> date:
    """The latest date a step's date field may hold: today. Every one of them records
    something that happened (a meeting, a consideration, a penetapan, a distribution, a
    publication), and the documents carry those dates, so none may lie in the future."""
    return today()


def step_data_problems(
    data: dict[str, Any], step: Step, case_start: date, check_required: bool
) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    for key in step.fields:
        spec = STEP_FIELDS[key]
        required = check_required and key in step.required
        value = data.get(key)
        if spec.kind in (Kind.TEXT, Kind.MULTILINE):
            check_text(
                problems,
                key,
                spec.label,
                value or "",
                required=required,
                max_len=spec.max_len,
                multiline=spec.kind == Kind.MULTILINE,
            )
        elif spec.kind == Kind.DATE:
            try:
                parsed = parse_iso_date(value)
            except ValueError:
                problems.append(FieldProblem(key, f"{spec.label} bukan tanggal yang sah."))
                continue
            check_date(
                problems,
                key,
                spec.label,
                parsed,
                required=required,
                not_before=case_start,
                not_before_label="tanggal mulai kasus",
                not_after=latest_step_date(),
                not_after_label="hari ini",
            )
        elif spec.kind == Kind.OFFICIAL:
            if value in (None, ""):
                if required:
                    problems.append(FieldProblem(key, f"{spec.label} wajib dipilih."))
            elif Official.get_or_none(Official.id == value) is None:
                problems.append(FieldProblem(key, f"{spec.label}: pejabat tidak ditemukan."))
    return problems


def clean_step_data(data: dict[str, Any], step: Step) -> dict[str, Any]:
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


def unsaved_step_fields(
    step: Step, stored: Mapping[str, Any], typed: Mapping[str, Any]
) -> list[str]:
    """The labels of the fields of ``step`` whose typed value differs from the stored one,
    compared as ``save_step`` would store them (so what it would not change is not unsaved).
    An empty text and a field never filled are the same."""
    cleaned = clean_step_data(dict(typed), step)

    def same(value: Any) -> Any:
        return None if value in (None, "") else value

    return [
        STEP_FIELDS[key].label
        for key in step.fields
        if key in cleaned and same(cleaned[key]) != same(stored.get(key))
    ]


def _blank_as_none(value: Any) -> Any:
    """A field's value as two saves compare it: an empty text or list is no value."""
    return None if value in (None, "", []) else value


def typed_changes(step: Step, seen: Mapping[str, Any], typed: Mapping[str, Any]) -> dict:
    """The fields of ``typed`` the clerk changed from what the form was loaded with
    (``seen``): only those are saved, so a field another PC saved meanwhile and this clerk
    left alone keeps the other PC's value."""
    cleaned_seen = clean_step_data(dict(seen), step)
    cleaned = clean_step_data(dict(typed), step)
    same = _blank_as_none
    return {
        key: value
        for key, value in typed.items()
        if key not in cleaned or same(cleaned[key]) != same(cleaned_seen.get(key))
    }


def concurrent_step_changes(
    step: Step, seen: Mapping[str, Any], stored: Mapping[str, Any], typed: Mapping[str, Any]
) -> list[str]:
    """The labels of the fields that someone else saved since the form was loaded with
    ``seen`` (they are ``stored`` now, not ``seen``) and that the clerk changed too (what is
    ``typed`` differs from both): saving would silently overwrite the other PC's value. A
    field only one of them changed is no conflict."""
    cleaned = clean_step_data(dict(typed), step)
    seen_clean = clean_step_data(dict(seen), step)
    same = _blank_as_none
    return [
        STEP_FIELDS[key].label
        for key in step.fields
        if key in cleaned
        and same(seen_clean.get(key)) != same(stored.get(key))
        and same(cleaned[key]) != same(stored.get(key))
        and same(cleaned[key]) != same(seen_clean.get(key))
    ]


# --------------------------------------------------------------------------- completing a step
def items_problems(detail: CaseDetail, step: Step) -> list[FieldProblem]:
    """The case has items, and each holds the item fields ``step`` requires."""
    problems: list[FieldProblem] = []
    if not detail.items:
        problems.append(
            FieldProblem(
                "butir",
                "Belum ada butir informasi; tambahkan minimal satu butir informasi yang diuji.",
            )
        )
    for item in detail.items:
        problems += item_problems(
            item.values(), step, detail.case.tanggal_mulai, prefix=f"Butir {item.urut}: "
        )
    return problems


def attendance_problems(detail: CaseDetail, step: Step) -> list[FieldProblem]:
    if step.participants and not detail.attended(step.number):
        return [FieldProblem("peserta", "Catat peserta rapat; minimal satu peserta hadir.")]
    return []


def completion_problems(
    detail: CaseDetail, step: Step, data: dict[str, Any] | None = None
) -> list[FieldProblem]:
    """Everything that must be filled before ``step`` can be completed: its required fields
    (from ``data``, else the step's stored record), every item's required fields, and an
    attended participant where the step records a meeting."""
    if data is None:
        rec = detail.latest_record(step.number)
        data = dict(rec.data) if rec is not None else {}
    problems = step_data_problems(data, step, detail.case.tanggal_mulai, check_required=True)
    return problems + items_problems(detail, step) + attendance_problems(detail, step)


# --------------------------------------------------------------------------- warnings
def step_warnings(detail: CaseDetail, step: Step) -> list[str]:
    """What the clerk should know before completing ``step`` but that does not stop it (the
    form shows these, and so does the completion confirmation).

    A meeting the PPID Pembantu does not hold itself (in the shipped SOP: step 2, the PPID
    Utama's consequence test "bersama PPID Pembantu") is held with the PPID Pembantu of the
    case's OPD: when no official with that role and OPD is marked present, say so. Read from
    the SOP (a meeting step whose actor is not the PPID Pembantu), not from a step number.
    At an OPD install nothing is said of a step worked at the PPID Utama: it is not
    completed there."""
    from app.exchange.office import step_elsewhere_reason

    if not step.participants or step.actor == "ppid_pembantu":
        return []
    if step_elsewhere_reason(step.number, step.actor):
        return []
    opd = detail.case.opd
    present = detail.attended(step.number)
    if any(o.peran == "ppid_pembantu" and o.opd_id == opd.id for o in present):
        return []
    return [
        phrase(
            "PPID Pembantu {opd} belum tercatat hadir dalam rapat tahap {tahap}. Uji "
            "konsekuensi dilakukan bersama PPID Pembantu perangkat daerah yang bersangkutan; "
            "tambahkan pejabatnya sebagai peserta yang hadir, atau catat alasannya. Tahap "
            "tetap dapat diselesaikan.",
            opd=opd.nama,
            tahap=step.number,
        )
    ]


def completion_date_problems(rec: StepRecordInfo, on: date) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    check_date(
        problems,
        "tanggal_selesai",
        "Tanggal selesai",
        on,
        required=True,
        not_before=rec.tanggal_mulai,
        not_before_label="tanggal mulai tahap",
        not_after=today(),
        not_after_label="hari ini",
    )
    return problems


def raise_problems(problems: list[FieldProblem]) -> None:
    if problems:
        raise ValidationError(problems)
