"""The register of outgoing numbers (nomor surat): the pattern, the per-type yearly sequence,
cancellation.

A number is assigned inside the transaction that finalises a document, so a failed
finalisation consumes none. The next sequence number is one more than the highest ever issued
for that document type and year, cancelled numbers included: a number is never reused. Every
transaction is BEGIN IMMEDIATE (``app.store``), so two processes never read the same maximum; the
unique indexes (jenis, tahun, urut) and (nomor) guard against anything else.
"""

from __future__ import annotations

import string
from datetime import date
from typing import Any

from peewee import fn

from app import history
from app.clock import now_utc
from app.errors import ConflictError, FieldProblem, NotFound, ValidationError
from app.models import Document, NumberRegister, database
from app.permissions import Action, Actor, require
from app.settings import DEFAULTS, get_setting
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
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
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
            f"Pola nomor \"{pattern}\" tidak sah: kurung kurawal {{ }} tidak berpasangan. "
            f"Token yang dikenal: {known}.") from None
    out: list[str] = []
    has_urut = False
    for literal, name, spec, conversion in parts:
        out.append(literal)
        if name is None:
            continue
        token = ("{" + name + (f"!{conversion}" if conversion else "")
                 + (f":{spec}" if spec else "") + "}")
        if name not in TOKENS:
            shown = "{}" if name == "" else "{" + name + "}"
            raise _bad_pattern(f"Pola nomor memuat token {shown} yang tidak dikenal. "
                               f"Token yang dikenal: {known}.")
        if conversion or (spec and "{" in spec):
            raise _bad_pattern(f"Token {token} pada pola nomor tidak sah.")
        try:
            out.append(format(values[name], spec or ""))
        except (ValueError, TypeError):
            raise _bad_pattern(f"Format \"{spec}\" tidak cocok untuk token {{{name}}} "
                               f"({TOKENS[name]}).") from None
        has_urut = has_urut or name == "urut"
    if not has_urut:
        raise _bad_pattern("Pola nomor harus memuat {urut} (nomor urut), misalnya {urut:03d}.")
    return "".join(out)


def _per_type(key: str, doc_type: str) -> str:
    """A setting that is either one value or a mapping of document type → value with a
    "default" entry."""
    value = get_setting(key)
    if isinstance(value, dict):
        chosen = value.get(doc_type) or value.get("default")
        if chosen is None:
            fallback = DEFAULTS[key]
            chosen = fallback.get("default") if isinstance(fallback, dict) else fallback
        return str(chosen)
    return str(value)


def pattern_for(doc_type: str) -> str:
    return _per_type("nomor_pola", doc_type)


def kode_for(doc_type: str) -> str:
    return _per_type("kode_klasifikasi", doc_type)


def unit_for(doc_type: str) -> str:
    return _per_type("kode_unit", doc_type)


def _doc_title(doc_type: str) -> str:
    from app.documents import DOC_TYPES

    dt = DOC_TYPES.get(doc_type)
    return dt.title if dt else doc_type


def assign_number(doc_type: str, tanggal: date) -> NumberRegister:
    """Take the next number of ``doc_type`` in ``tanggal``'s year and record it as used.

    Call inside the caller's transaction (it nests as a savepoint; on its own it opens one), so
    that a later failure in that transaction gives the number back.
    """
    with database.atomic():
        tahun = tanggal.year
        last = (NumberRegister.select(fn.MAX(NumberRegister.urut))
                .where((NumberRegister.jenis == doc_type) & (NumberRegister.tahun == tahun))
                .scalar())
        urut = (last or 0) + 1
        nomor = format_number(pattern_for(doc_type), kode=kode_for(doc_type), urut=urut,
                              unit=unit_for(doc_type), tanggal=tanggal)
        clash = NumberRegister.get_or_none(NumberRegister.nomor == nomor)
        if clash is not None:
            raise ConflictError(
                f"Nomor {nomor} sudah tercatat di register untuk {_doc_title(clash.jenis)} "
                f"tahun {clash.tahun}. Pola nomor {_doc_title(doc_type)} menghasilkan nomor "
                "yang sama; atur pola nomor atau kode klasifikasi tersendiri untuk jenis "
                "dokumen ini di Pengaturan.")
        return NumberRegister.create(jenis=doc_type, tahun=tahun, urut=urut, nomor=nomor,
                                     status="dipakai", created_at=now_utc())


def cancel_number(actor: Actor, register_id: int, reason: str) -> None:
    """Mark a number "batal" with a reason. It stays in the register and is never reused; a
    document that carries it is kept as it is."""
    require(actor, Action.CANCEL_NUMBER)
    reason = required_reason(reason, "alasan_batal", "Alasan pembatalan nomor")
    with database.atomic():
        row = NumberRegister.get_or_none(NumberRegister.id == register_id)
        if row is None:
            raise NotFound("Nomor itu tidak ditemukan di register.")
        if row.status == "batal":
            raise ConflictError(f"Nomor {row.nomor} sudah dibatalkan sebelumnya.")
        NumberRegister.update(status="batal", alasan_batal=reason).where(
            NumberRegister.id == row.id).execute()
        doc = Document.get_or_none(Document.id == row.document_id) if row.document_id else None
        history.record(
            "nomor_dibatalkan",
            f"Nomor {row.nomor} ({_doc_title(row.jenis)}) dibatalkan: {reason}",
            actor, doc.case if doc else None,
            {"nomor": row.nomor, "jenis": row.jenis, "tahun": row.tahun, "urut": row.urut,
             "dokumen": row.document_id})


def list_register(year: int | None = None, doc_type: str | None = None) -> list[NumberRegister]:
    """The register, by year, document type and sequence number; cancelled numbers included."""
    query = NumberRegister.select()
    if year is not None:
        query = query.where(NumberRegister.tahun == year)
    if doc_type is not None:
        query = query.where(NumberRegister.jenis == doc_type)
    return list(query.order_by(NumberRegister.tahun, NumberRegister.jenis,
                               NumberRegister.urut))
