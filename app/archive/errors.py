"""The problems a backup, restore or yearly archive reports to the user. Each says what
happened and that nothing partial was left behind."""

from __future__ import annotations

from app.errors import UserError


class BackupError(UserError):
    """A backup or archive could not be made; nothing was left behind."""


class BackupCancelled(UserError):
    """The user cancelled; nothing was left behind."""

    def __init__(
        self, message: str = "Pencadangan dibatalkan; tidak ada berkas yang ditinggalkan."
    ) -> None:
        super().__init__(message)


class BackupInvalid(UserError):
    """A backup (or its manifest) failed verification; it is not used."""


class BackupUnknown(BackupInvalid):
    """A backup that verifies, but that the database it would replace never made: its
    SHA-256 is not among the backups recorded in that database's history. It may have been
    made elsewhere or edited (its manifest recomputed). Restored only with a reason."""
