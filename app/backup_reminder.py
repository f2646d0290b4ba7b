"""The backup reminder: when the last verified backup was made (setting
``cadangan_terakhir``), and whether it is time to remind the user (setting
``hari_pengingat_cadangan``). A read-only database is never nagged about: nothing in it can
change, and a backup could not be noted in it.

Outside ``app.archive`` (which re-exports it) so that the window's first screen, whose
dashboard and banner say when the last backup was made, does not import the backup, restore
and yearly-archive modules with it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from app import store

if TYPE_CHECKING:
    from app.permissions import Actor


@dataclass(frozen=True)
class LastBackup:
    when: datetime  # UTC
    path: str
    sha256: str
    size: int = 0


def last_backup() -> LastBackup | None:
    """The last verified backup noted in the active database, or None."""
    from app import settings

    note = settings.value(settings.CADANGAN_TERAKHIR)
    if note is None:
        return None
    try:
        when = datetime.fromisoformat(note["waktu"])
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return LastBackup(when.astimezone(UTC), note["path"], note["sha256"], note["ukuran"])


def database_created_at() -> datetime | None:
    """When the active database was created: the first recorded schema version."""
    row = (
        store.SchemaVersion.select(store.SchemaVersion.applied_at)
        .order_by(store.SchemaVersion.applied_at)
        .first()
    )
    if row is None:
        return None
    try:
        when = datetime.fromisoformat(row.applied_at)
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def backup_on_exit_wanted(actor: Actor | None) -> bool:
    """Whether quitting backs up first: the setting ``cadangan_saat_keluar`` is on, the
    database can be written, and ``actor`` (None: no one logged in) may back up."""
    from app import settings
    from app.capabilities import capabilities

    active = store.current()
    if active is None or active.read_only:
        return False
    if not settings.value(settings.CADANGAN_SAAT_KELUAR):
        return False
    return actor is None or capabilities(actor).backup


def backup_due(days: int | None = None, now: datetime | None = None) -> bool:
    """Whether to remind: the last verified backup is older than ``days`` (setting
    ``hari_pengingat_cadangan``; 0 turns the reminder off), or there has never been one and
    the database is older than that. Never for a read-only database."""
    from app import settings

    active = store.current()
    if active is not None and active.read_only:
        return False
    if days is None:
        days = settings.value(settings.HARI_PENGINGAT_CADANGAN)
    if days <= 0:
        return False
    days = min(days, 36500)  # a century: effectively never
    now = now or datetime.now(UTC)
    last = last_backup()
    since = last.when if last is not None else database_created_at()
    return since is None or now - since > timedelta(days=days)
