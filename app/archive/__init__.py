"""Backups, restore and yearly archives of the database file.

Modules:
- ``backup.py``: a consistent, verified snapshot taken while the app writes, with a manifest.
- ``verify.py``: a backup checked against its manifest and by SQLite.
- ``restore.py``: verify, keep the replaced database, swap, reopen.
- ``server_restore.py``: the same backup restored onto a server database (its rows
  replaced in one checked transaction, the server backed up first).
- ``yearly.py``: a separate, read-only database with the cases of one year.
- ``app/backup_reminder.py`` (outside this package, so the window's dashboard and banner
  read it without importing backups, restores and archives): when the last backup was made
  and whether to remind.
- ``backup_settings.py``: the backup dialog's settings and the remembered folder, stored
  through ``app.settings.change_settings``.
- ``manifest.py``: the manifest format, its one safe writer and its size-checked reader.
- ``leftovers.py``: the ``.part`` files a job holds while it writes, and clearing what a
  killed job left (never a running one's) at the next start.
- ``files.py``, ``contents.py``, ``errors.py``: what the others share.

The public names are re-exported here (``archive.backup(...)``, ``archive.restore(...)``);
those two names are therefore the functions, and their modules are imported by full name
(``from app.archive.backup import …``).

Every function here raises only ``UserError``s (``BackupError``, ``BackupCancelled``,
``BackupInvalid``) for problems a user can act on; ``verify_backup`` never raises.
"""

from app.archive.backup import (
    BACKUP_NAME,
    BackupResult,
    backup,
    counts_text,
    prune_backups,
    record_backup,
)
from app.archive.backup_settings import remember_backup_folder, save_backup_settings
from app.archive.errors import BackupCancelled, BackupError, BackupInvalid, BackupUnknown
from app.archive.manifest import (
    KIND_ARCHIVE,
    KIND_BACKUP,
    Manifest,
    manifest_path,
    parse_manifest,
    write_manifest,
)
from app.archive.restore import (
    PreparedRestore,
    RestoreResult,
    finish_restore,
    prepare_restore,
    restore,
)
from app.archive.server_restore import (
    PreparedServerRestore,
    copied_tables,
    finish_server_restore,
    prepare_server_restore,
)
from app.archive.verify import BackupCheck, verify_backup
from app.archive.yearly import record_archive, yearly_archive
from app.backup_reminder import LastBackup, backup_due, database_created_at, last_backup

__all__ = [
    "BACKUP_NAME",
    "KIND_ARCHIVE",
    "KIND_BACKUP",
    "BackupCancelled",
    "BackupCheck",
    "BackupError",
    "BackupInvalid",
    "BackupUnknown",
    "BackupResult",
    "LastBackup",
    "Manifest",
    "PreparedRestore",
    "PreparedServerRestore",
    "RestoreResult",
    "backup",
    "backup_due",
    "counts_text",
    "database_created_at",
    "copied_tables",
    "finish_restore",
    "finish_server_restore",
    "last_backup",
    "manifest_path",
    "parse_manifest",
    "prepare_restore",
    "prepare_server_restore",
    "prune_backups",
    "record_backup",
    "restore",
    "verify_backup",
    "write_manifest",
    "record_archive",
    "remember_backup_folder",
    "save_backup_settings",
    "yearly_archive",
]
