"""Indonesian wording of dates, numbers and durations (Babel and num2words).

Kept in one module so documents and screens write them the same way. Babel and num2words are
imported on first use (num2words loads every language it knows when it is imported): the login
screen needs neither.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

from app.clock import to_local


def _babel_format_date(value: date, format: str, locale: str) -> str:
    from babel.dates import format_date as babel_format_date

    return babel_format_date(value, format=format, locale=locale)


def format_date(value: date | None, empty: str = "—") -> str:
    """``5 Maret 2026`` (no leading zero, as in letters)."""
    if value is None:
        return empty
    return _long_date(value)


@lru_cache(maxsize=4096)
def _long_date(value: date) -> str:
    """Babel takes ~50 µs a date; the history of a bulk fill names the same few thousand
    dates hundreds of thousands of times."""
    return _babel_format_date(value, format="d MMMM y", locale="id")


def format_date_short(value: date | None, empty: str = "—") -> str:
    """``05-03-2026``: compact, for tables."""
    if value is None:
        return empty
    return value.strftime("%d-%m-%Y")


def format_day_date(value: date) -> str:
    """``Kamis, 5 Maret 2026``."""
    return _babel_format_date(value, format="EEEE, d MMMM y", locale="id")


def format_timestamp(ts: datetime | None) -> str:
    if ts is None:
        return "—"
    local = to_local(ts)
    return f"{format_date_short(local.date())} {local:%H.%M}"


def day_name(value: date) -> str:
    return _babel_format_date(value, format="EEEE", locale="id")


@lru_cache(maxsize=1024)
def terbilang(n: int) -> str:
    """``19`` → ``sembilan belas``."""
    from num2words import num2words

    return num2words(n, lang="id")


def format_duration(days: int, unit: str = "hari kerja") -> str:
    """``10 (sepuluh) hari kerja``."""
    return f"{days} ({terbilang(days)}) {unit}"


def date_in_words(value: date) -> str:
    """For the Berita Acara opening "Pada hari ini …": ``Selasa tanggal tujuh belas bulan
    Maret tahun dua ribu dua puluh enam``."""
    month = _babel_format_date(value, format="MMMM", locale="id")
    return (
        f"{day_name(value)} tanggal {terbilang(value.day)} bulan {month} "
        f"tahun {terbilang(value.year)}"
    )


def format_number(n: int) -> str:
    """``100.000``: thousands grouped with dots, as Indonesian writes them."""
    return f"{n:,}".replace(",", ".")


def format_size(size: int) -> str:
    """``740 bita``, ``12,5 KB``, ``2,5 MB``: a file size, with a decimal comma."""
    value = float(size)
    for unit in ("bita", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            text = f"{value:.0f} {unit}" if unit == "bita" else f"{value:.1f} {unit}"
            return text.replace(".", ",")
        value /= 1024
    return f"{size} bita"
