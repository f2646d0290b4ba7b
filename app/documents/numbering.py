"""The register of outgoing numbers (nomor surat): the pattern, the per-type yearly sequence,
cancellation.

A number is assigned inside the transaction that finalises a document, so a failed
finalisation consumes none. The next sequence number is one more than the highest ever issued
for that document type and year, cancelled numbers included: a number is never reused. Every
transaction is BEGIN IMMEDIATE (``app.store``), so two processes never read the same maximum;
the unique indexes (jenis, tahun, urut) and (nomor) guard against anything else.

``next_number`` predicts, without writing, the number ``assign_number`` will give: a document
is rendered with it off the GUI thread, and the finalising transaction checks the prediction
still holds (``app.documents.store``).
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from peewee import fn

from app import history, settings
from app.capabilities import authorize
from app.changes import ChangeSet
from app.clock import now_utc
from app.documents.kinds import DOCUMENT_KINDS
from app.errors import ConflictError, FieldProblem, NotFound, ValidationError
from app.history import EventKind
from app.models import Document, NumberRegister, database
from app.permissions import Action, Actor
from app.settings import KODE_KLASIFIKASI, KODE_UNIT, NOMOR_POLA, SettingSpec
from app.states import NumberStatus
from app.validation import required_reason

TOKENS: dict[str, str] = {
    "kode": "kode klasifikasi arsip",
    "urut": "nomor urut",
    "unit": "kode unit",
    "bulan_romawi": "bulan dalam angka Romawi",
    "bulan": "bulan dua angka",
    "tahun": "tahun",
}
PATTERN_FIELD = "nomor_pola"

_ROMAN = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)


def to_roman(n: int) -> str:
    """``3`` → ``III``, ``12`` → ``XII`` (1–3999)."""
    if not 1 <= n <= 3999:
        raise ValueError(f"to_roman: {n} is outside 1..3999")
    out: list[str] = []
    for value, letters in _ROMAN:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


def _bad_pattern(message: str) -> ValidationError:
    return ValidationError(FieldProblem(PATTERN_FIELD, message))


def format_number(pattern: str, *, kode: str, urut: int, unit: str, tanggal: date) -> str:
    """Fill a number pattern, e.g. ``{kode}/{urut:03d}/{unit}/{bulan_romawi}/{tahun}``.

    Tokens: ``{kode}`` ``{urut}`` (a format spec such as ``{urut:03d}`` is allowed)
    ``{unit}`` ``{bulan_romawi}`` ``{bulan}`` (two digits) ``{tahun}``. The pattern must contain
    ``{urut}``. Anything else raises ``ValidationError`` naming the problem.
    """
    values: dict[str, Any] = {
        "kode": kode,
        "urut": urut,
        "unit": unit,
        "bulan_romawi": to_roman(tanggal.month),
        "bulan": f"{tanggal.month:02d}",
        "tahun": tanggal.year,
    }
    known = ", ".join("{" + t + "}" for t in TOKENS)
    try:
        parts = list(string.Formatter().parse(pattern))
    except ValueError:
        raise _bad_pattern(
            f'Pola nomor "{pattern}" tidak sah: kurung kurawal {{ }} tidak berpasangan. '
            f"Token yang dikenal: {known}."
        ) from None
    out: list[str] = []
    has_urut = False
    for literal, name, spec, conversion in parts:
        out.append(literal)
        if name is None:
            continue
        token = (
            "{"
            + name
            + (f"!{conversion}" if conversion else "")
            + (f":{spec}" if spec else "")
            + "}"
        )
        if name not in TOKENS:
            shown = "{}" if name == "" else "{" + name + "}"
            raise _bad_pattern(
                f"Pola nomor memuat token {shown} yang tidak dikenal. Token yang dikenal: {known}."
            )
        if conversion or (spec and "{" in spec):
            raise _bad_pattern(f"Token {token} pada pola nomor tidak sah.")
        try:
            out.append(format(values[name], spec or ""))
        except (ValueError, TypeError):
            raise _bad_pattern(
                f'Format "{spec}" tidak cocok untuk token {{{name}}} ({TOKENS[name]}).'
            ) from None
        has_urut = has_urut or name == "urut"
    if not has_urut:
        raise _bad_pattern("Pola nomor harus memuat {urut} (nomor urut), misalnya {urut:03d}.")
    return "".join(out)


def _per_type(spec: SettingSpec[dict[str, str]], doc_type: str) -> str:
    """A mapping of document type → value: the type's own, else the office's "default"
    entry, else the declared default's."""
    values = settings.value(spec)
    return values.get(doc_type) or values.get("default") or spec.default["default"]


def pattern_for(doc_type: str) -> str:
    return _per_type(NOMOR_POLA, doc_type)


def kode_for(doc_type: str) -> str:
    return _per_type(KODE_KLASIFIKASI, doc_type)


def unit_for(doc_type: str) -> str:
    """The kode unit: one for the office, whatever the type."""
    return settings.value(KODE_UNIT)


def _doc_title(doc_type: str) -> str:
    return DOCUMENT_KINDS.get(doc_type, doc_type)


@dataclass(frozen=True)
class RegisterEntry:
    id: int
    jenis: str
    title: str
    tahun: int
    urut: int
    nomor: str
    status: NumberStatus
    alasan_batal: str
    document_id: int | None
    created_at: datetime


def _entry(row: NumberRegister) -> RegisterEntry:
    return RegisterEntry(
        row.id,
        row.jenis,
        _doc_title(row.jenis),
        row.tahun,
        row.urut,
        row.nomor,
        NumberStatus(row.status),
        row.alasan_batal or "",
        row.document_id,
        row.created_at,
    )


def next_number(doc_type: str, tanggal: date) -> tuple[int, str]:
    """(sequence, number) that ``assign_number`` would give now; writes nothing."""
    tahun = tanggal.year
    last = (
        NumberRegister.select(fn.MAX(NumberRegister.urut))
        .where((NumberRegister.jenis == doc_type) & (NumberRegister.tahun == tahun))
        .scalar()
    )
    urut = (last or 0) + 1
    return urut, format_number(
        pattern_for(doc_type),
        kode=kode_for(doc_type),
        urut=urut,
        unit=unit_for(doc_type),
        tanggal=tanggal,
    )


def assign_number(doc_type: str, tanggal: date) -> RegisterEntry:
    """Take the next number of ``doc_type`` in ``tanggal``'s year and record it as used.

    Call inside the caller's transaction (it nests as a savepoint; on its own it opens one), so
    that a later failure in that transaction gives the number back.
    """
    with database.atomic():
        tahun = tanggal.year
        urut, nomor = next_number(doc_type, tanggal)
        clash = NumberRegister.get_or_none(NumberRegister.nomor == nomor)
        if clash is not None:
            raise ConflictError(
                f"Nomor {nomor} sudah tercatat di register untuk {_doc_title(clash.jenis)} "
                f"tahun {clash.tahun}. Pola nomor {_doc_title(doc_type)} menghasilkan nomor "
                "yang sama; atur pola nomor atau kode klasifikasi tersendiri untuk jenis "
                "dokumen ini di Pengaturan."
            )
        return _entry(
            NumberRegister.create(
                jenis=doc_type,
                tahun=tahun,
                urut=urut,
                nomor=nomor,
                status=NumberStatus.USED.value,
                created_at=now_utc(),
            )
        )


def cancel_number(actor: Actor, register_id: int, reason: str) -> ChangeSet:
    """Mark a number "batal" with a reason. It stays in the register and is never reused; a
    document that carries it is kept as it is."""
    with database.atomic():
        authorize(actor, Action.CANCEL_NUMBER)
        reason = required_reason(reason, "alasan_batal", "Alasan pembatalan nomor")
        row = NumberRegister.get_or_none(NumberRegister.id == register_id)
        if row is None:
            raise NotFound("Nomor itu tidak ditemukan di register.")
        if row.status == NumberStatus.CANCELLED:
            raise ConflictError(f"Nomor {row.nomor} sudah dibatalkan sebelumnya.")
        NumberRegister.update(status=NumberStatus.CANCELLED.value, alasan_batal=reason).where(
            NumberRegister.id == row.id
        ).execute()
        doc = Document.get_or_none(Document.id == row.document_id) if row.document_id else None
        case_id = doc.case_id if doc is not None else None
        history.record(
            EventKind.NUMBER_CANCELLED,
            f"Nomor {row.nomor} ({_doc_title(row.jenis)}) dibatalkan: {reason}",
            actor,
            case_id,
            {
                "nomor": row.nomor,
                "jenis": row.jenis,
                "tahun": row.tahun,
                "urut": row.urut,
                "dokumen": row.document_id,
            },
        )
    return ChangeSet(case_id=case_id, documents=case_id is not None, history=True)


def list_register(year: int | None = None, doc_type: str | None = None) -> list[RegisterEntry]:
    """The register, by year, document type and sequence number; cancelled numbers included."""
    query = NumberRegister.select()
    if year is not None:
        query = query.where(NumberRegister.tahun == year)
    if doc_type is not None:
        query = query.where(NumberRegister.jenis == doc_type)
    return [
        _entry(r)
        for r in query.order_by(NumberRegister.tahun, NumberRegister.jenis, NumberRegister.urut)
    ]
