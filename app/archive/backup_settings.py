"""What the backup dialog stores: the reminder, how many backups to keep, the backup on exit,
and the folder. One service per gesture, both through ``app.settings.change_settings``, so
the permission check and the history are the same as for every other setting:

- *Simpan pengaturan* → ``save_backup_settings``: the reminder, retention and on-exit
  settings need ``MANAGE_SETTINGS`` (the administrator), the folder needs ``BACKUP``;
- a backup made into a folder → ``remember_backup_folder``: anyone who may back up chooses
  where, so only ``BACKUP`` is needed; an event is recorded only when the folder changed.
"""

from __future__ import annotations

from pathlib import Path

from app import store
from app.changes import NOTHING, ChangeSet
from app.permissions import Actor
from app.settings import (
    CADANGAN_SAAT_KELUAR,
    FOLDER_CADANGAN,
    HARI_PENGINGAT_CADANGAN,
    SIMPAN_CADANGAN,
    change_settings,
)


def save_backup_settings(
    actor: Actor, remind_days: int, keep: int, backup_on_exit: bool, folder: Path | str
) -> ChangeSet:
    """Store the backup dialog's settings in one transaction: remind when the last backup
    is older than ``remind_days`` (0 = never), keep the newest ``keep`` backups in a folder,
    back up into ``folder`` when the window closes. ``ValidationError`` names the wrong
    field (``hari_pengingat_cadangan``, ``simpan_cadangan``, ``cadangan_saat_keluar``,
    ``folder_cadangan``); ``PermissionDenied`` / ``SessionExpired`` write nothing."""
    return change_settings(
        actor,
        {
            HARI_PENGINGAT_CADANGAN: remind_days,
            SIMPAN_CADANGAN: keep,
            CADANGAN_SAAT_KELUAR: backup_on_exit,
            FOLDER_CADANGAN: str(folder).strip(),
        },
        summary="Pengaturan cadangan diubah: {labels}",
    )


def remember_backup_folder(actor: Actor, folder: Path | str) -> ChangeSet:
    """Remember ``folder`` as the one the next backup is offered (and the backup on exit
    uses), after a backup was made into it. The same folder again writes nothing; a
    read-only database is left alone (``NOTHING``), as ``record_backup`` leaves it."""
    active = store.current()
    if active is not None and active.read_only:
        return NOTHING
    return change_settings(actor, {FOLDER_CADANGAN: str(folder)}, summary="Folder cadangan diganti")
