"""Dates and numbers as the window's language writes them.

``app.text`` writes them the Indonesian way for documents and for the core's messages
("5 Maret 2026", "100.000"); the window shows the same values through these functions, which
are ``app.text``'s own while the window speaks Indonesian (so nothing changes there) and write
English dates ("5 March 2026", "Thursday") and numbers ("100,000", "12.5 MB") when it speaks
English. Numeric dates ("05-03-2026") read the same in both and stay as they are."""

from __future__ import annotations

from datetime import date, datetime

from app import text
from app.clock import to_local
from app.text import format_date_short, terbilang
from ui.translation import current_language

__all__ = [
    "day_name",
    "format_date",
    "format_date_short",
    "format_number",
    "format_size",
    "format_timestamp",
    "terbilang",
]

ENGLISH_LOCALE = "en_GB"  # notr: a locale code


def _english() -> bool:
    return current_language() == "en"


def _babel(value: date, pattern: str) -> str:
    from babel.dates import format_date as babel_format_date

    return babel_format_date(value, format=pattern, locale=ENGLISH_LOCALE)


def format_date(value: date | None, empty: str = "—") -> str:
    if not _english():
        return text.format_date(value, empty)
    return empty if value is None else _babel(value, "d MMMM y")  # notr: a pattern


def day_name(value: date) -> str:
    return _babel(value, "EEEE") if _english() else text.day_name(value)


def format_timestamp(ts: datetime | None) -> str:
    if not _english() or ts is None:
        return text.format_timestamp(ts)
    local = to_local(ts)
    return f"{format_date_short(local.date())} {local:%H:%M}"  # notr: a pattern


def format_number(n: int) -> str:
    return f"{n:,}" if _english() else text.format_number(n)


def format_size(size: int) -> str:
    if not _english():
        return text.format_size(size)
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):  # notr: shown in English only
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"  # notr
        value /= 1024
    return f"{size} bytes"  # notr: shown in English only
