"""Restoring the database from a backup.

Restore verifies the backup first (a backup that fails leaves the database untouched), keeps
a copy of the database it replaces (``<db>.sebelum-pulih-YYYYMMDD-HHMMSS.sqlite``), moves the
backup into place under the database's lock, and reopens the restored file. The slow part
(``prepare_restore``) may run off the GUI thread; the swap (``finish_restore``) runs on the
thread that owns the connection.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app import store
from app.archive.errors import BackupError, BackupInvalid, BackupUnknown
from app.archive.files import Progress, file_sha256, fsync_dir, fsync_file, remove
from app.archive.manifest import KIND_BACKUP
from app.archive.verify import BackupCheck, verify_backup
from app.capabilities import authorize
from app.errors import DatabaseProblem, UserError
from app.history.kinds import EventKind
from app.permissions import Action, Actor
from app.validation import clean_text, required_reason


@dataclass(frozen=True)
class PreparedRestore:
    backup: Path
    db_path: Path
    staged: Path  # the verified backup copied beside the database, ready to be moved in
    previous: Path | None  # the copy of the database being replaced
    check: BackupCheck
    override: str = ""  # why a backup this database never made is restored anyway


UNKNOWN_BACKUP_TEXT = (
    "Cadangan ini lolos pemeriksaan, tetapi tidak dikenal oleh basis data {db}: SHA-256-nya "
    "tidak tercatat sebagai cadangan yang pernah dibuat dari basis data itu. Berkas ini "
    "mungkin dibuat di tempat lain, atau diubah lalu manifesnya dihitung ulang. Pulihkan "
    "cadangan yang dibuat dari basis data ini; bila memang harus memakai berkas ini (misalnya "
    "pindah ke komputer baru), Administrator dapat memulihkannya dengan alasan yang dicatat "
    "di riwayat. Basis data tidak diubah."
)


def recorded_backups(db_path: Path) -> set[str]:
    """The SHA-256 of every backup the database at ``db_path`` recorded making (its history
    events ``cadangan_dibuat``); empty when there is no readable database there."""
    import json

    if not db_path.is_file():
        return set()
    try:
        conn = store.connect_read_only(db_path)
    except sqlite3.Error:
        return set()
    try:
        rows = conn.execute(
            "SELECT rincian FROM event WHERE jenis = ?", (EventKind.BACKUP_MADE.value,)
        ).fetchall()
    except sqlite3.Error:
        return set()
    finally:
        conn.close()
    found: set[str] = set()
    for (text,) in rows:
        try:
            detail = json.loads(text) if isinstance(text, str) else None
        except ValueError:
            continue
        if isinstance(detail, dict) and isinstance(detail.get("sha256"), str):
            found.add(detail["sha256"])
    return found


@dataclass(frozen=True)
class RestoreResult:
    backup: Path
    db_path: Path
    previous: Path | None
    check: BackupCheck
    migrated: bool = False


def previous_copy_path(db_path: Path) -> Path:
    return db_path.with_name(f"{db_path.name}.sebelum-pulih-{datetime.now():%Y%m%d-%H%M%S}.sqlite")


def prepare_restore(
    actor: Actor,
    backup_path: Path | str,
    db_path: Path | str,
    progress: Progress | None = None,
    override: str = "",
) -> PreparedRestore:
    """Everything slow that does not touch the database: verify the backup (``BackupInvalid``
    when it fails: nothing changes), copy it beside the database, and keep a copy of the
    database it will replace. May run off the GUI thread. ``actor`` must be allowed to
    restore (checked here and again by ``finish_restore``).

    A backup the database at ``db_path`` never made (its SHA-256 is not in that database's
    history) is refused with ``BackupUnknown`` unless ``override`` gives the reason to
    restore it anyway; the reason is recorded in the history of the restored database."""
    authorize(actor, Action.RESTORE)
    backup_path, db_path = Path(backup_path), Path(db_path)
    override = clean_text(override)
    check = verify_backup(backup_path, progress)
    if not check.ok:
        raise BackupInvalid(check.message + "\n\nBasis data tidak diubah.")
    if check.archive_year is not None or (check.manifest and check.manifest.kind != KIND_BACKUP):
        raise BackupInvalid(
            f"{backup_path.name} adalah arsip tahunan, bukan cadangan lengkap; "
            "buka saja secara hanya-baca. Basis data tidak diubah."
        )
    forced = ""  # the reason, when a backup this database never made is restored
    if check.sha256 not in recorded_backups(db_path):
        if not override:
            raise BackupUnknown(UNKNOWN_BACKUP_TEXT.format(db=db_path))
        forced = required_reason(
            override, "alasan", "Alasan memulihkan cadangan yang tidak dikenal"
        )
    staged = db_path.with_name(db_path.name + ".pulih.part")
    previous = None
    try:
        shutil.copyfile(backup_path, staged)
        fsync_file(staged)
        if file_sha256(staged) != check.sha256:
            raise BackupError(
                "Salinan cadangan yang dibaca berbeda dengan aslinya (diska atau "
                "flashdisk bermasalah?). Basis data tidak diubah."
            )
        if db_path.exists():
            previous = previous_copy_path(db_path)
            _keep_previous(db_path, previous)
    except UserError:
        remove(staged, previous)
        raise
    except (OSError, sqlite3.Error) as exc:
        remove(staged, previous)
        raise BackupError(
            f"Pemulihan tidak dapat disiapkan: {exc}. Basis data tidak diubah."
        ) from exc
    return PreparedRestore(backup_path, db_path, staged, previous, check, forced)


def _keep_previous(db_path: Path, previous: Path) -> None:
    """Copy the database being replaced: through SQLite when it is readable, else the raw
    bytes (a damaged file is exactly what a restore replaces, and is worth keeping)."""
    try:
        store.sqlite_copy(db_path, previous)
    except sqlite3.Error:
        shutil.copyfile(db_path, previous)
        wal = db_path.with_name(db_path.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, previous.with_name(previous.name + "-wal"))


def finish_restore(actor: Actor, prepared: PreparedRestore) -> RestoreResult:
    """Replace the database with the staged backup and reopen it (on the thread that owns
    the connection, i.e. the GUI thread). The database stays locked by this process."""
    from app import history
    from app.models import database

    try:
        authorize(actor, Action.RESTORE)
    except UserError:
        remove(prepared.staged, prepared.previous)
        raise
    db_path = prepared.db_path
    active = store.current()
    was_active = active is not None and active.path.resolve() == db_path.resolve()
    lock = None
    if was_active:
        store.close_database(release=False)  # keep the lock: nobody opens it meanwhile
    else:
        try:
            lock = store.acquire_lock(db_path)
        except UserError:
            remove(prepared.staged, prepared.previous)
            raise
    try:
        for suffix in ("-wal", "-shm", "-journal"):
            leftover = db_path.with_name(db_path.name + suffix)
            if leftover.exists():
                leftover.unlink()  # never let an old WAL be replayed into the restored file
        os.replace(prepared.staged, db_path)
    except OSError as exc:
        store.release_lock_file(lock)
        if was_active:
            store.open_database(db_path)
        remove(prepared.staged)
        raise BackupError(
            f"Basis data tidak dapat diganti ({exc.strerror or exc}); mungkin "
            "masih dibuka program lain. Basis data tidak diubah."
        ) from exc
    store.release_lock_file(lock)
    fsync_dir(db_path.parent)
    try:
        reopened = store.open_database(db_path)
    except DatabaseProblem as exc:
        where = f" Salinan basis data sebelumnya: {prepared.previous}." if prepared.previous else ""
        raise BackupError(
            f"Cadangan sudah dipulihkan ke {db_path}, tetapi tidak dapat dibuka: "
            f"{exc.message}{where}"
        ) from exc
    migrated = (prepared.check.schema_version or 0) < store.current_schema_version()
    if not reopened.read_only:
        with database.atomic():
            summary = f"Basis data dipulihkan dari cadangan {prepared.backup.name}"
            if prepared.override:
                summary += f" yang tidak dikenal basis data sebelumnya; alasan: {prepared.override}"
            history.record(
                EventKind.BACKUP_RESTORED,
                summary,
                actor,
                detail={
                    "cadangan": str(prepared.backup),
                    "sha256": prepared.check.sha256,
                    "salinan_sebelumnya": str(prepared.previous or ""),
                    "paksa": prepared.override,
                },
            )
    return RestoreResult(prepared.backup, db_path, prepared.previous, prepared.check, migrated)


def restore(
    actor: Actor, backup_path: Path | str, db_path: Path | str, override: str = ""
) -> RestoreResult:
    """Verify ``backup_path`` (refusing with ``BackupInvalid`` and leaving the database
    untouched if it fails), keep a copy of the current database, replace it and reopen it.
    Another process that has the database open makes it fail with ``DatabaseInUse``."""
    db_path = Path(db_path)
    active = store.current()
    if active is None or active.path.resolve() != db_path.resolve():
        held = store.read_lock(db_path)
        if held is not None and held.pid != os.getpid() and not store.lock_is_stale(held):
            store.acquire_lock(db_path)  # raises DatabaseInUse naming the holder
    return finish_restore(actor, prepare_restore(actor, backup_path, db_path, override=override))
