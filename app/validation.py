"""Field checks shared by every service: length, printable Latin text, dates.

Why "Latin only": every field ends up in an official letter printed with the bundled Latin font;
a character that font cannot draw would print as an empty box on a signed document. The check
allows all Latin letters with diacritics, digits, the usual punctuation and typographic marks.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from app.errors import FieldProblem, NotFound, UserError, ValidationError
from app.phrases import label as fixed_label
from app.phrases import phrase, structured

# Allowed code-point blocks beyond ASCII: Latin-1 Supplement, Latin Extended-A/B,
# General Punctuation (dashes, quotes, ellipsis, bullet), a few symbols used in legal text.
_ALLOWED_RANGES = (
    (0x20, 0x7E),
    (0xA0, 0x24F),
    (0x2010, 0x2027),
    (0x2030, 0x203A),
)
_ALLOWED_EXTRA = set("€№™←→≤≥±×÷°")

SHORT_TEXT_MAX = 300
LONG_TEXT_MAX = 4000


def _bad_characters(value: str) -> list[str]:
    bad: list[str] = []
    for ch in value:
        if ch in "\n\t":
            continue
        cp = ord(ch)
        if any(lo <= cp <= hi for lo, hi in _ALLOWED_RANGES) or ch in _ALLOWED_EXTRA:
            continue
        if ch not in bad:
            bad.append(ch)
    return bad


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def storable(value: str) -> str:
    """``value`` with each lone surrogate (half of a UTF-16 pair, as a broken paste or a
    file name in an unknown encoding can give) replaced by U+FFFD: SQLite stores UTF-8,
    which cannot hold one, so storing or even searching for it raised a traceback. U+FFFD is
    no printable Latin letter, so ``check_text`` then names it as a character to remove."""
    return _LONE_SURROGATE.sub(REPLACEMENT, value)


def clean_text(value: str | None) -> str:
    """Normalise what a form sends: NFC, Windows line ends, surrounding blanks, lone
    surrogates replaced (``storable``)."""
    if value is None:
        return ""
    value = unicodedata.normalize("NFC", storable(str(value)))
    return value.replace("\r\n", "\n").replace("\r", "\n").strip()


def control_characters(value: str) -> list[str]:
    """The control and format characters in ``value`` (tab and line feed included), each
    once, written as ``U+0009`` so a message can show them."""
    found: list[str] = []
    for ch in value:
        if unicodedata.category(ch) in ("Cc", "Cf", "Cs") and f"U+{ord(ch):04X}" not in found:
            found.append(f"U+{ord(ch):04X}")
    return found


def check_text(
    problems: list[FieldProblem],
    field: str,
    label: str,
    value: str,
    *,
    required: bool = False,
    max_len: int = SHORT_TEXT_MAX,
    multiline: bool = False,
) -> None:
    """Append a problem for ``value`` (already cleaned) if it breaks a rule. The messages are
    phrases; ``label`` is a field's fixed label (``tools/translations.py`` lists the literal
    labels the callers give)."""
    name = _field_name(label)
    if not value:
        if required:
            problems.append(FieldProblem(field, phrase("{isian} wajib diisi.", isian=name)))
        return
    if len(value) > max_len:
        problems.append(
            FieldProblem(
                field,
                phrase(
                    "{isian} terlalu panjang ({panjang:,} karakter; paling banyak {batas:,}). "
                    "Ringkas isinya.",
                    isian=name,
                    panjang=len(value),
                    batas=max_len,
                ),
            )
        )
        return
    if not multiline and "\n" in value:
        problems.append(FieldProblem(field, phrase("{isian} harus satu baris.", isian=name)))
        return
    bad = _bad_characters(value)
    if bad:
        problems.append(
            FieldProblem(
                field,
                phrase(
                    "{isian} berisi karakter yang tidak dapat dicetak pada naskah dinas "
                    "({karakter}). Gunakan huruf Latin.",
                    isian=name,
                    karakter=" ".join(bad[:5]),
                ),
            )
        )


def _field_name(label: str) -> str:
    """A field's label inside a message: translated by the window (a phrase given as the
    label stays as it is)."""
    return label if structured(label) or not label else fixed_label(label)


def required_reason(value: str | None, field: str, label: str) -> str:
    """A reason the user must give (send-back, cancellation): cleaned, or ValidationError."""
    reason = clean_text(value)
    problems: list[FieldProblem] = []
    check_text(problems, field, label, reason, required=True, max_len=LONG_TEXT_MAX, multiline=True)
    if problems:
        raise ValidationError(problems)
    return reason


def check_date(
    problems: list[FieldProblem],
    field: str,
    label: str,
    value: date | None,
    *,
    required: bool = False,
    not_before: date | None = None,
    not_before_label: str = "",
    not_after: date | None = None,
    not_after_label: str = "",
) -> None:
    name = _field_name(label)
    if value is None:
        if required:
            problems.append(FieldProblem(field, phrase("{isian} wajib diisi.", isian=name)))
        return
    if not_before is not None and value < not_before:
        problems.append(
            FieldProblem(
                field,
                phrase(
                    "{isian} ({tanggal}) tidak boleh sebelum {batas_nama} ({batas}).",
                    isian=name,
                    tanggal=value,
                    batas_nama=_field_name(not_before_label),
                    batas=not_before,
                ),
            )
        )
    if not_after is not None and value > not_after:
        problems.append(
            FieldProblem(
                field,
                phrase(
                    "{isian} ({tanggal}) tidak boleh setelah {batas_nama} ({batas}).",
                    isian=name,
                    tanggal=value,
                    batas_nama=_field_name(not_after_label),
                    batas=not_after,
                ),
            )
        )


class InvalidDate(UserError, ValueError):
    """Text that is not an ISO date. A ``ValueError`` (callers that report it as a field
    problem catch that) and a ``UserError`` (one that slips through still reaches the user as
    a message, not as a crash)."""


def parse_iso_date(value: object) -> date | None:
    """Dates arrive as ``date`` from Python callers and as ISO text from JSON. Anything else
    raises ``InvalidDate`` (a ``ValueError``)."""
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        shown = str(value)[:40]
        raise InvalidDate(
            f'"{shown}" bukan tanggal yang sah; tulis sebagai TTTT-BB-HH, misalnya 2026-11-25.'
        ) from None


# ----------------------------------------------------------------------------- arguments
# What a caller other than the window (a script, the command line, a test) may pass to a
# service is checked where the service begins, so a wrong type gets the app's own message
# instead of a TypeError or an OverflowError from deep inside peewee or SQLite.
SQLITE_INT_MIN, SQLITE_INT_MAX = -(2**63), 2**63 - 1


def as_id(value: object, field: str, label: str) -> int:
    """An id that names a stored record: an ``int`` (not a ``bool``). Another type raises
    ``ValidationError``; an int SQLite cannot hold names no record, so ``NotFound``."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(
            FieldProblem(
                field,
                f"{label} tidak sah: harus nomor rekaman (bilangan bulat), bukan "
                f"{type(value).__name__}.",
            )
        )
    if not SQLITE_INT_MIN <= value <= SQLITE_INT_MAX:
        raise NotFound(f"{label} tidak ditemukan (nomornya di luar jangkauan).")
    return value


def as_optional_id(value: object, field: str, label: str) -> int | None:
    return None if value is None else as_id(value, field, label)


def as_text(value: object, field: str, label: str) -> str:
    """Text a service takes as an argument: a ``str`` (None counts as empty)."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(
            FieldProblem(field, f"{label} tidak sah: harus teks, bukan {type(value).__name__}.")
        )
    return value


def as_date(value: object, field: str, label: str) -> date | None:
    """A date argument: a ``date``, ISO text or None (a ``datetime`` counts as its day)."""
    if isinstance(value, datetime):
        return value.date()
    if value is None or isinstance(value, date | str):
        try:
            return parse_iso_date(value)
        except InvalidDate as exc:
            raise ValidationError(FieldProblem(field, f"{label}: {exc.message}")) from None
    raise ValidationError(
        FieldProblem(field, f"{label} tidak sah: harus tanggal, bukan {type(value).__name__}.")
    )


def as_mapping(value: object, field: str, label: str) -> Mapping[str, Any]:
    """Form values a service takes: a mapping of field keys."""
    if not isinstance(value, Mapping) or not all(isinstance(k, str) for k in value):
        raise ValidationError(
            FieldProblem(
                field,
                f"{label} tidak sah: harus pasangan kolom dan isian, bukan {type(value).__name__}.",
            )
        )
    return value
