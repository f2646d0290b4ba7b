"""The register of outgoing numbers (nomor surat): the pattern, the per-type yearly sequence,
cancellation.

A number is assigned inside the transaction that finalises a document, so a failed
finalisation consumes none. The next sequence number is one more than the highest ever issued
for that document type and year, cancelled numbers included: a number is never reused. Every
write transaction is BEGIN IMMEDIATE on a SQLite file and holds the writer's advisory lock on a
server (``app.store.server``; its reads then see every commit before it), so two processes,
or two PCs, never read the same maximum; the unique indexes (jenis, tahun, urut) and (nomor)
guard against anything else.

``next_number`` predicts, without writing, the number ``assign_number`` will give: a document
is rendered with it off the GUI thread, and the finalising transaction checks the prediction
still holds (``app.documents.store``).
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from peewee import fn

from app import history, settings
from app.capabilities import authorize
from app.cases.model import OpdInfo
from app.changes import ChangeSet
from app.clock import now_utc
from app.documents.kinds import DOCUMENT_KINDS
from app.errors import ConflictError, FieldProblem, NotFound, ValidationError
from app.history import EventKind
from app.models import Document, NumberRegister, database
from app.permissions import Action, Actor
from app.phrases import joined, label, phrase
from app.settings import KODE_KLASIFIKASI, KODE_UNIT, NOMOR_POLA, SettingSpec
from app.states import NumberStatus
from app.text import format_date
from app.validation import check_text, control_characters, required_reason

# The registers (``NumberRegister.penerbit``; who numbers what: ``app.documents.issuer``).
OFFICE_REGISTER = ""  # the office's (PPID Utama)
OUTSIDE_REGISTER = "luar"  # numbers given outside Ujikon: recorded, never sequenced here
OPD_REGISTER_PREFIX = "opd:"  # "opd:<id>": a perangkat daerah's own


def opd_register(opd_id: int) -> str:
    return f"{OPD_REGISTER_PREFIX}{opd_id}"


TOKENS: dict[str, str] = {
    "kode": "kode klasifikasi arsip",
    "urut": "nomor urut",
    "unit": "kode unit",
    "bulan_romawi": "bulan dalam angka Romawi",
    "bulan": "bulan dua angka",
    "tahun": "tahun",
}
PATTERN_FIELD = "nomor_pola"
# A number is printed on one line of a letter and in the register: one this long is a typo
# in the pattern (``{urut:5000d}`` gave 5,022 characters), never a real number.
NUMBER_MAX = 100
_SPEC_NUMBER = re.compile(r"\d+")

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


EXAMPLE_URUT = 12
EXAMPLE_DATE = date(2026, 11, 25)


def example_number(pattern: str, kode: str, unit: str) -> str:
    """What ``pattern`` makes of the 12th number of 25 November 2026, in a sentence for the
    settings dialog ("Nomor urut ke-12 pada November 2026 menjadi 000.9.2/012/PPID/2026."),
    or what is wrong with it."""
    try:
        number = format_number(
            pattern,
            kode=kode or "000.9.2",
            urut=EXAMPLE_URUT,
            unit=unit or "PPID",
            tanggal=EXAMPLE_DATE,
        )
    except ValidationError as exc:
        return joined([p.message for p in exc.problems], " ")
    return phrase(
        "Nomor urut ke-{urut} pada November 2026 menjadi {nomor}.", urut=EXAMPLE_URUT, nomor=number
    )


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
            phrase(
                'Pola nomor "{pola}" tidak sah: kurung kurawal {{ }} tidak berpasangan. '
                "Token yang dikenal: {dikenal}.",
                pola=pattern,
                dikenal=known,
            )
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
                phrase(
                    "Pola nomor memuat token {token} yang tidak dikenal. Token yang dikenal: "
                    "{dikenal}.",
                    token=shown,
                    dikenal=known,
                )
            )
        if conversion or (spec and "{" in spec):
            raise _bad_pattern(phrase("Token {token} pada pola nomor tidak sah.", token=token))
        if spec and any(int(n) > NUMBER_MAX for n in _SPEC_NUMBER.findall(spec)):
            raise _bad_pattern(
                phrase(
                    "Lebar format pada token {token} terlalu besar; nomor paling panjang "
                    "{batas} karakter, misalnya {{urut:03d}}.",
                    token=token,
                    batas=NUMBER_MAX,
                )
            )
        try:
            out.append(format(values[name], spec or ""))
        except (ValueError, TypeError):
            raise _bad_pattern(
                phrase(
                    'Format "{format}" tidak cocok untuk token {token} ({arti}).',
                    format=spec,
                    token="{" + name + "}",
                    arti=label(TOKENS[name]),
                )
            ) from None
        has_urut = has_urut or name == "urut"
    if not has_urut:
        raise _bad_pattern(
            phrase("Pola nomor harus memuat {{urut}} (nomor urut), misalnya {{urut:03d}}.")
        )
    number = "".join(out)
    problem = number_problem(number)
    if problem:
        raise _bad_pattern(problem)
    return number


def number_problem(number: str) -> str | None:
    """Why a filled-in number cannot be printed: over ``NUMBER_MAX`` characters, or holding
    a control character (a tab, a line break, a direction mark) from the pattern or a code."""
    if len(number) > NUMBER_MAX:
        return phrase(
            "Pola nomor menghasilkan nomor {panjang:,} karakter; paling banyak {batas}. "
            "Perpendek polanya.",
            panjang=len(number),
            batas=NUMBER_MAX,
        )
    controls = control_characters(number)
    if controls:
        return phrase(
            "Pola nomor menghasilkan nomor dengan karakter kendali ({kendali}); nomor harus "
            "satu baris tanpa tab. Hapus karakter itu dari pola atau kodenya.",
            kendali=", ".join(controls[:5]),
        )
    return None


def pattern_problem(pattern: str) -> str | None:
    """Why ``pattern`` cannot number documents, or None."""
    try:
        format_number(pattern, kode="000", urut=1, unit="X", tanggal=date(2026, 1, 1))
    except ValidationError as exc:
        return exc.problems[0].message
    return None


def _per_type(spec: SettingSpec[dict[str, str]], doc_type: str) -> str:
    """A mapping of document type → value: the type's own, else the office's "default"
    entry, else the declared default's."""
    values = settings.value(spec)
    return values.get(doc_type) or values.get("default") or spec.default["default"]


def pattern_for(doc_type: str, opd: OpdInfo | None = None) -> str:
    """The pattern of ``doc_type``: the perangkat daerah's own when it numbers the document
    and has one, else the office's for that type."""
    if opd is not None and opd.nomor_pola:
        return opd.nomor_pola
    return _per_type(NOMOR_POLA, doc_type)


def kode_for(doc_type: str) -> str:
    return _per_type(KODE_KLASIFIKASI, doc_type)


def unit_for(doc_type: str, opd: OpdInfo | None = None) -> str:
    """The kode unit: the perangkat daerah's when it numbers the document, else the office's
    (one for every type)."""
    if opd is not None:
        return opd.unit_code
    return settings.value(KODE_UNIT)


def _doc_title(doc_type: str) -> str:
    return DOCUMENT_KINDS.get(doc_type, doc_type)


@dataclass(frozen=True)
class RegisterEntry:
    id: int
    jenis: str
    title: str
    tahun: int
    urut: int | None  # None: a number given outside Ujikon
    nomor: str
    status: NumberStatus
    alasan_batal: str
    document_id: int | None
    created_at: datetime
    penerbit: str = ""  # app.documents.issuer registers: "", "luar", "opd:<id>"
    penerbit_text: str = "PPID Utama"  # who numbered it, in words


def _register_text(penerbit: str) -> str:
    from app.masterdata import find_opd

    if penerbit == OUTSIDE_REGISTER:
        return "Nomor dari luar (Bagian Hukum)"
    if penerbit.startswith(OPD_REGISTER_PREFIX):
        opd = find_opd(opd_id=int(penerbit[len(OPD_REGISTER_PREFIX) :]))
        return f"PPID Pembantu {opd.nama}" if opd is not None else "Perangkat daerah (terhapus)"
    return "PPID Utama"


def _entry(row: NumberRegister, texts: dict[str, str] | None = None) -> RegisterEntry:
    penerbit = row.penerbit or ""
    if texts is None or penerbit not in texts:
        text = _register_text(penerbit)
        if texts is not None:
            texts[penerbit] = text
    else:
        text = texts[penerbit]
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
        penerbit,
        text,
    )


def _register_of(register: str):
    return NumberRegister.penerbit == register


def next_number(
    doc_type: str, tanggal: date, register: str = OFFICE_REGISTER, opd: OpdInfo | None = None
) -> tuple[int, str]:
    """(sequence, number) that ``assign_number`` would give now; writes nothing.
    ``register``: whose sequence (``app.documents.issuer``), ``opd``: the perangkat daerah
    whose pattern and kode unit apply (its own register)."""
    tahun = tanggal.year
    last = (
        NumberRegister.select(fn.MAX(NumberRegister.urut))
        .where(
            _register_of(register)
            & (NumberRegister.jenis == doc_type)
            & (NumberRegister.tahun == tahun)
        )
        .scalar()
    )
    urut = (last or 0) + 1
    return urut, format_number(
        pattern_for(doc_type, opd),
        kode=kode_for(doc_type),
        urut=urut,
        unit=unit_for(doc_type, opd),
        tanggal=tanggal,
    )


def _clash_message(nomor: str, clash: NumberRegister, doc_type: str) -> str:
    return (
        f"Nomor {nomor} sudah tercatat di register untuk {_doc_title(clash.jenis)} "
        f"tahun {clash.tahun}. Pola nomor {_doc_title(doc_type)} menghasilkan nomor "
        "yang sama; atur pola nomor atau kode klasifikasi tersendiri untuk jenis "
        "dokumen ini di Pengaturan."
    )


def _record(
    register: str, doc_type: str, tanggal: date, urut: int | None, nomor: str
) -> RegisterEntry:
    """A number written into ``register`` as used (in the caller's transaction)."""
    return _entry(
        NumberRegister.create(
            penerbit=register,
            jenis=doc_type,
            tahun=tanggal.year,
            urut=urut,
            nomor=nomor,
            status=NumberStatus.USED.value,
            created_at=now_utc(),
        )
    )


def assign_number(
    doc_type: str, tanggal: date, register: str = OFFICE_REGISTER, opd: OpdInfo | None = None
) -> RegisterEntry:
    """Take the next number of ``doc_type`` in ``tanggal``'s year from ``register`` and record
    it as used.

    Call inside the caller's transaction (it nests as a savepoint; on its own it opens one), so
    that a later failure in that transaction gives the number back.
    """
    with database.atomic():
        urut, nomor = next_number(doc_type, tanggal, register, opd)
        clash = NumberRegister.get_or_none(NumberRegister.nomor == nomor)
        if clash is not None:
            raise ConflictError(_clash_message(nomor, clash, doc_type))
        return _record(register, doc_type, tanggal, urut, nomor)


OUTSIDE_NUMBER_MAX = 100
_YEAR_RE = re.compile(r"(?<!\d)(19\d\d|20\d\d)(?!\d)")


def outside_number_problems(nomor: str, tanggal: date) -> list[FieldProblem]:
    """What is wrong with a number given outside Ujikon (e.g. by the Bagian Hukum) for a
    document dated ``tanggal``: empty, too long, not printable, without a digit, of another
    year than the document's, or already in the register."""
    problems: list[FieldProblem] = []
    check_text(
        problems,
        "nomor_luar",
        "Nomor dari Bagian Hukum",
        nomor,
        required=True,
        max_len=OUTSIDE_NUMBER_MAX,
    )
    if problems:
        return problems
    if not any(ch.isdigit() for ch in nomor):
        problems.append(
            FieldProblem(
                "nomor_luar",
                f'Nomor "{nomor}" tidak memuat angka; salin nomor lengkap yang diberikan '
                "Bagian Hukum, misalnya 188.45/Kep.123-Huk/2026.",
            )
        )
    years = {int(y) for y in _YEAR_RE.findall(nomor)}
    if years and tanggal.year not in years:
        problems.append(
            FieldProblem(
                "nomor_luar",
                f"Nomor {nomor} memuat tahun {', '.join(str(y) for y in sorted(years))}, "
                f"sedangkan dokumen bertanggal {format_date(tanggal)}: "
                "tahun pada nomor harus tahun tanggal dokumen.",
            )
        )
    clash = NumberRegister.get_or_none(fn.LOWER(NumberRegister.nomor) == nomor.lower())
    if clash is not None:
        problems.append(
            FieldProblem(
                "nomor_luar",
                f"Nomor {clash.nomor} sudah tercatat di register ({_doc_title(clash.jenis)} "
                f"tahun {clash.tahun}); satu nomor hanya untuk satu naskah.",
            )
        )
    return problems


def record_outside_number(doc_type: str, tanggal: date, nomor: str) -> RegisterEntry:
    """Record a number given outside Ujikon as used (inside the caller's transaction).
    Raises ``ValidationError`` from ``outside_number_problems``."""
    with database.atomic():
        problems = outside_number_problems(nomor, tanggal)
        if problems:
            raise ValidationError(problems)
        return _record(OUTSIDE_REGISTER, doc_type, tanggal, None, nomor)


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
    texts: dict[str, str] = {}
    return [
        _entry(r, texts)
        for r in query.order_by(
            NumberRegister.tahun,
            NumberRegister.penerbit,
            NumberRegister.jenis,
            NumberRegister.urut,
            NumberRegister.id,
        )
    ]
