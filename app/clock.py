"""Today's date and timestamps. One place so tests can pin the date.

Indonesia's western time zone (WIB, Asia/Jakarta) has no daylight saving, so a fixed UTC+7
offset is exact and needs no time-zone database (Windows has none without ``tzdata``).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

WIB = timezone(timedelta(hours=7), "WIB")

_pinned_today: date | None = None


def today() -> date:
    """The office's current date (WIB)."""
    return _pinned_today or datetime.now(WIB).date()


def now_utc() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def pin_today(value: date | None) -> None:
    """Fix ``today()`` (tests, demo data); ``None`` returns to the real clock."""
    global _pinned_today
    _pinned_today = value


def to_local(ts: datetime) -> datetime:
    if ts.tzinfo is None:
        ts = ts.replace(tzinfo=UTC)
    return ts.astimezone(WIB)
