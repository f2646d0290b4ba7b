"""Indonesian wording of dates, numbers and durations (Babel and num2words).

Kept in one module so documents and screens write them the same way. Babel and num2words are
imported on first use: the login screen needs neither. Of num2words only its Indonesian module
is loaded (its package loads every language it knows when it is imported).
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
import types
from collections.abc import Callable
from datetime import date, datetime
from functools import cache, lru_cache, partial

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
    """``19`` → ``sembilan belas`` (``num2words(n, lang="id")``)."""
    return _indonesian_words()(n)


_words_loading = threading.Lock()


@cache
def _indonesian_words() -> Callable[[int], str]:
    """num2words' Indonesian cardinal numbers, without its package's ``__init__``, which
    imports every one of its fifty-odd languages (about 70 ms: most of the first letter in
    a process that has not rendered one). Its Indonesian module needs nothing else; it is
    loaded under a bare ``num2words`` package (the package's folder, no ``__init__`` run),
    which is taken away again at once, so a later ``import num2words`` gets the whole
    package (with this same module). When the package is imported already, or that load
    fails (an unusual installation), the package's own ``num2words``."""
    with _words_loading:  # two first letters at once must not see the bare package
        if "num2words" not in sys.modules:
            bare = types.ModuleType("num2words")
            try:
                spec = importlib.util.find_spec("num2words")
                if spec is not None and spec.submodule_search_locations:
                    bare.__path__ = list(spec.submodule_search_locations)
                    bare.__package__ = "num2words"
                    sys.modules["num2words"] = bare
                    module = importlib.import_module("num2words.lang_ID")
                    return module.Num2Word_ID().to_cardinal
            except Exception:  # the whole package then, as before
                sys.modules.pop("num2words.lang_ID", None)
            finally:
                if sys.modules.get("num2words") is bare:
                    del sys.modules["num2words"]
        from num2words import num2words

        return partial(num2words, lang="id")


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
