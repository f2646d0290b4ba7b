"""Field checks shared by every service: length, printable Latin text, dates.

Why "Latin only": every field ends up in an official letter printed with the bundled Latin font;
a character that font cannot draw would print as an empty box on a signed document. The check
allows all Latin letters with diacritics, digits, the usual punctuation and typographic marks.
"""

from __future__ import annotations

import unicodedata
from datetime import date

from app.errors import FieldProblem, UserError, ValidationError
from app.text import format_number

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


def clean_text(value: str | None) -> str:
    """Normalise what a form sends: NFC, Windows line ends, surrounding blanks."""
    if value is None:
        return ""
    value = unicodedata.normalize("NFC", str(value)).replace("\r\n", "\n").replace("\r", "\n")
    return value.strip()


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
    """Append a problem for ``value`` (already cleaned) if it breaks a rule."""
    if not value:
        if required:
            problems.append(FieldProblem(field, f"{label} wajib diisi."))
        return
    if len(value) > max_len:
        problems.append(
            FieldProblem(
                field,
                f"{label} terlalu panjang ({format_number(len(value))} karakter; paling "
                f"banyak {format_number(max_len)}). Ringkas isinya.",
            )
        )
        return
    if not multiline and "\n" in value:
        problems.append(FieldProblem(field, f"{label} harus satu baris."))
        return
    bad = _bad_characters(value)
    if bad:
        shown = " ".join(bad[:5])
        problems.append(
            FieldProblem(
                field,
                f"{label} berisi karakter yang tidak dapat dicetak pada naskah dinas ({shown}). "
                "Gunakan huruf Latin.",
            )
        )


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
    if value is None:
        if required:
            problems.append(FieldProblem(field, f"{label} wajib diisi."))
        return
    from app.text import format_date

    if not_before is not None and value < not_before:
        problems.append(
            FieldProblem(
                field,
                f"{label} ({format_date(value)}) tidak boleh sebelum {not_before_label} "
                f"({format_date(not_before)}).",
            )
        )
    if not_after is not None and value > not_after:
        problems.append(
            FieldProblem(
                field,
                f"{label} ({format_date(value)}) tidak boleh setelah {not_after_label} "
                f"({format_date(not_after)}).",
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
