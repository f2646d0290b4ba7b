"""When the last backup was made, as the dashboard, the banner and the backup dialog say it,
and the reminder when one is due. Kept apart from ``ui.dialogs.backup`` (which re-exports
both) so the window's first screen reads them without importing the backup, restore and
archive modules (``app.backup_reminder`` is outside ``app.archive`` for the same reason)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication

from app.backup_reminder import backup_due, last_backup
from ui.formats import format_timestamp

translate = QCoreApplication.translate


def last_backup_text() -> str:
    last = last_backup()
    if last is None:
        return translate("Backup", "Basis data ini belum pernah dicadangkan.")
    return translate("Backup", "Cadangan terakhir: {when} — {path}").format(
        when=format_timestamp(last.when), path=last.path
    )


def backup_reminder_text(now: datetime | None = None) -> str | None:
    """The banner text when a backup is due (setting ``hari_pengingat_cadangan``), else None."""
    if not backup_due(now=now):
        return None
    last = last_backup()
    if last is None:
        return translate(
            "Backup",
            "Basis data ini belum pernah dicadangkan. Cadangkan sekarang: Berkas → Cadangkan…",
        )
    days = ((now or datetime.now(UTC)) - last.when).days
    return translate(
        "Backup",
        "Cadangan terakhir dibuat %n hari yang lalu ({when}). Cadangkan sekarang: Berkas → "
        "Cadangkan…",
        "",
        days,
    ).format(when=format_timestamp(last.when))
