"""Restoring the database from a backup.

Restore verifies the backup first (a backup that fails leaves the database untouched), keeps
a copy of the database it replaces (``<db>.sebelum-pulih-YYYYMMDD-HHMMSS.sqlite``), moves the
backup into place under the database's lock, and reopens the restored file. The slow part
(``prepare_restore``) may run off the GUI thread; the swap (``finish_restore``) runs on the
thread that owns the connection.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from app import store
from app.archive.errors import BackupError, BackupInvalid, BackupUnknown
from app.archive.files import Progress, file_sha256, fsync_dir, fsync_file, remove
from app.archive.leftovers import claim, clean_restore_leftovers
from app.archive.manifest import KIND_BACKUP
from app.archive.verify import BackupCheck, verify_backup
from app.capabilities import authorize
from app.errors import DatabaseProblem, UserError
from app.history.kinds import EventKind
from app.permissions import Action, Actor
from app.store.lock import LockHandle
from app.validation import clean_text, required_reason


@dataclass(frozen=True)
class PreparedRestore:
    backup: Path
    db_path: Path
    staged: Path  # the verified backup copied beside the database, ready to be moved in
    previous: Path | None  # the copy of the database being replaced
    check: BackupCheck
    override: str = ""  # why a backup this database never made is restored anyway
    # The backups the replaced database knew: the restored one inherits them (its own
    # history stops before they were made), so a later restore of any of them is known.
    known: frozenset[str] = frozenset()


UNKNOWN_BACKUP_TEXT = (
    "Cadangan ini lolos pemeriksaan, tetapi tidak dikenal oleh basis data {db}: SHA-256-nya "
    "tidak tercatat sebagai cadangan yang pernah dibuat dari basis data itu, dan manifesnya "
    "tidak ditandatangani kunci kantor PC ini. Berkas ini "
    "mungkin dibuat di tempat lain, atau diubah lalu manifesnya dihitung ulang. Pulihkan "
    "cadangan yang dibuat dari basis data ini; bila memang harus memakai berkas ini (misalnya "
    "pindah ke komputer baru), Administrator dapat memulihkannya dengan alasan yang dicatat "
    "di riwayat. Basis data tidak diubah."
)


def recorded_backups(db_path: Path) -> set[str]:
    """The SHA-256 of every backup the database at ``db_path`` recorded making (its history
    events ``cadangan_dibuat``) or inherited when it was restored (``cadangan_dipulihkan``
    lists the backups the database it replaced knew); empty when there is no readable
    database there."""

    if not db_path.is_file():
        return set()
    try:
        conn = store.connect_read_only(db_path)
    except sqlite3.Error:
        return set()
    try:
        rows = conn.execute(
            "SELECT rincian FROM event WHERE jenis IN (?, ?)",
            (EventKind.BACKUP_MADE.value, EventKind.BACKUP_RESTORED.value),
        ).fetchall()
    except sqlite3.Error:
        return set()
    finally:
        conn.close()
    return known_backups(text for (text,) in rows)


def known_backups(details: Iterable[Any]) -> set[str]:
    """The SHA-256 of the backups named by the ``rincian`` of the backup events
    ``cadangan_dibuat`` / ``cadangan_dipulihkan`` (as JSON text or already read)."""
    found: set[str] = set()
    for text in details:
        try:
            detail = json.loads(text) if isinstance(text, str) else text
        except ValueError:
            continue
        if not isinstance(detail, dict):
            continue
        if isinstance(detail.get("sha256"), str):
            found.add(detail["sha256"])
        inherited = detail.get("dikenal")
        if isinstance(inherited, list):
            found.update(x for x in inherited if isinstance(x, str))
    return found


@dataclass(frozen=True)
class RestoreResult:
    backup: Path
    db_path: Path | str  # the file, or the server database as a message names it
    previous: Path | None
    check: BackupCheck
    migrated: bool = False


def signed_by_this_office(check: BackupCheck) -> bool:
    """Whether the verified backup's manifest is signed by the office key pinned on this PC
    (a backup made on another PC of this office, or before a reinstall, is known by it)."""
    from app.signing.office import manifest_signed, trusted_public

    return check.manifest is not None and manifest_signed(
        check.manifest.as_read(), trusted_public()
    )


def previous_copy_path(db_path: Path) -> Path:
    return db_path.with_name(f"{db_path.name}.sebelum-pulih-{datetime.now():%Y%m%d-%H%M%S}.sqlite")


def restorable_backup(backup_path: Path, progress: Progress | None = None) -> BackupCheck:
    """``backup_path`` verified as a full backup (``BackupInvalid`` when it fails or is a
    yearly archive: nothing changes)."""
    check = verify_backup(backup_path, progress)
    if not check.ok:
        raise BackupInvalid(check.message + "\n\nBasis data tidak diubah.")
    if check.archive_year is not None or (check.manifest and check.manifest.kind != KIND_BACKUP):
        raise BackupInvalid(
            f"{backup_path.name} adalah arsip tahunan, bukan cadangan lengkap; "
            "buka saja secara hanya-baca. Basis data tidak diubah."
        )
    return check


def override_reason(check: BackupCheck, known: set[str], override: str, where: str) -> str:
    """The reason recorded when a backup the database at ``where`` never made (its SHA-256
    not among ``known``, its manifest not signed by this office) is restored anyway; "" for
    a known backup. ``BackupUnknown`` when such a backup comes without a reason."""
    if check.sha256 in known or signed_by_this_office(check):
        return ""
    override = clean_text(override)
    if not override:
        raise BackupUnknown(UNKNOWN_BACKUP_TEXT.format(db=where))
    return required_reason(override, "alasan", "Alasan memulihkan cadangan yang tidak dikenal")


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
    check = restorable_backup(backup_path, progress)
    known = recorded_backups(db_path)
    forced = override_reason(check, known, override, str(db_path))
    clean_restore_leftovers(db_path)
    staged = db_path.with_name(db_path.name + ".pulih.part")
    previous = None
    try:
        held = claim(staged)
    except FileExistsError as exc:
        raise BackupError(
            f"Pemulihan lain ke {db_path.name} sedang disiapkan ({staged.name} ada). Tunggu "
            "sampai selesai, lalu ulangi. Basis data tidak diubah."
        ) from exc
    except OSError as exc:
        raise BackupError(
            f"Pemulihan tidak dapat disiapkan di {db_path.parent}: {exc.strerror or exc}. "
            "Basis data tidak diubah."
        ) from exc
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
        held.release()
        remove(staged, previous)
        raise
    except (OSError, sqlite3.Error) as exc:
        held.release()
        remove(staged, previous)
        raise BackupError(
            f"Pemulihan tidak dapat disiapkan: {exc}. Basis data tidak diubah."
        ) from exc
    except BaseException:
        held.release()
        remove(staged, previous)
        raise
    finally:
        held.release()
    return PreparedRestore(backup_path, db_path, staged, previous, check, forced, frozenset(known))


def _keep_previous(db_path: Path, previous: Path) -> None:
    """Copy the database being replaced into ``previous``: through SQLite when it is
    readable, else the raw bytes (a damaged file is exactly what a restore replaces, and is
    worth keeping). The copy is made under ``<previous>.part`` and renamed only when whole,
    so a copy under the final name is never half of one."""
    part = previous.with_name(previous.name + ".part")
    wal_part = part.with_name(part.name + "-wal")
    held = claim(part)
    try:
        try:
            _sqlite_copy_into(db_path, part)
        except sqlite3.Error:
            shutil.copyfile(db_path, part)
            wal = db_path.with_name(db_path.name + "-wal")
            if wal.exists():
                shutil.copyfile(wal, wal_part)
                fsync_file(wal_part)
        fsync_file(part)
        if os.name == "nt":
            held.release()  # Windows renames no file that is open
        if wal_part.exists():
            os.replace(wal_part, previous.with_name(previous.name + "-wal"))
        os.replace(part, previous)
    except BaseException:
        held.release()
        remove(part, wal_part)
        raise
    finally:
        held.release()


def _sqlite_copy_into(source: Path, target: Path) -> None:
    """A consistent copy of ``source`` into the (empty) file ``target``, through SQLite's
    online backup API in one step, with a rollback journal (no -wal beside it)."""
    src = store.connect_for_reading(source)
    try:
        dst = sqlite3.connect(str(target), isolation_level=None)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def finish_restore(actor: Actor, prepared: PreparedRestore) -> RestoreResult:
    """Replace the database with the staged backup and reopen it (on the thread that owns
    the connection, i.e. the GUI thread). The database stays locked by this process.

    The restore's history event is written into the staged copy before it replaces the
    database, so the file under the database's name is at every moment either the old one
    or the backup with its restore recorded (and its chain head signed): a restore killed
    in between never leaves a database that looks put back to an older state by hand."""
    try:
        authorize(actor, Action.RESTORE)
    except UserError:
        remove(prepared.staged, prepared.previous)
        raise
    db_path = prepared.db_path
    active = store.current()
    was_active = active is not None and active.path.resolve() == db_path.resolve()
    lock = None
    handle = None
    if was_active:
        store.close_database(release=False)  # keep the lock: nobody opens it meanwhile
        handle = _take_lock_handle()
    else:
        try:
            lock = store.acquire_lock(db_path)
        except UserError:
            remove(prepared.staged, prepared.previous)
            raise

    def give_back() -> None:
        """The old database back as it was (before the replace)."""
        store.close_database()
        if handle is not None:
            handle.release()
            store.open_database(db_path)
        store.release_lock_file(lock)

    try:
        _record_in_staged(actor, prepared)
    except BaseException as exc:
        remove(prepared.staged, *_sides(prepared.staged))
        give_back()
        if isinstance(exc, UserError):
            raise BackupError(
                f"Cadangan tidak dapat disiapkan untuk dipulihkan: {exc.message} "
                "Basis data tidak diubah."
            ) from exc
        raise
    try:
        for suffix in ("-wal", "-shm", "-journal"):
            leftover = db_path.with_name(db_path.name + suffix)
            if leftover.exists():
                leftover.unlink()  # never let an old WAL be replayed into the restored file
        os.replace(prepared.staged, db_path)
    except OSError as exc:
        give_back()
        remove(prepared.staged)
        raise BackupError(
            f"Basis data tidak dapat diganti ({exc.strerror or exc}); mungkin "
            "masih dibuka program lain. Basis data tidak diubah."
        ) from exc
    fsync_dir(db_path.parent)
    if handle is not None:
        handle.release()
    store.release_lock_file(lock)
    try:
        store.open_database(db_path)
    except DatabaseProblem as exc:
        where = f" Salinan basis data sebelumnya: {prepared.previous}." if prepared.previous else ""
        raise BackupError(
            f"Cadangan sudah dipulihkan ke {db_path}, tetapi tidak dapat dibuka: "
            f"{exc.message}{where}"
        ) from exc
    migrated = (prepared.check.schema_version or 0) < store.current_schema_version()
    return RestoreResult(prepared.backup, db_path, prepared.previous, prepared.check, migrated)


def _take_lock_handle() -> LockHandle | None:
    """The closed database's lock handle, detached from it (opening the staged copy closes
    "the active database" again, which would release it)."""
    from app.models import database

    db = database.obj
    if not isinstance(db, store.UjikonDatabase):
        return None
    handle, db.lock_handle = db.lock_handle, None
    return handle


def _sides(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal")]


def _record_in_staged(actor: Actor, prepared: PreparedRestore) -> None:
    """Open the staged copy (no lock file: nobody knows its name), bring it up to date, and
    record the restore in its history. A backup sealed with another office key that the
    administrator restores with a reason is taken over with this PC's key first, with the
    same reason (``adopt_foreign``): the override is what makes its content count here."""
    from app.models import database
    from app.signing.office import ForeignOfficeKey, adopt_foreign

    staged = prepared.staged
    try:
        info = store.open_database(staged, take_lock=False)
    except ForeignOfficeKey:
        if not prepared.override:
            raise
        adopt_foreign(
            str(staged),
            actor,
            f"Cadangan dipulihkan dengan alasan: {prepared.override}",
            take_lock=False,
        )
        current = store.current()
        assert current is not None
        info = current
    try:
        with database.atomic():
            record_restore(actor, prepared)
    finally:
        store.close_database()
        if info.migration_copy is not None:
            remove(info.migration_copy)  # the backup itself is the copy before migrating
    for side in _sides(staged):
        remove(side)


class Restoring(Protocol):
    """What a restore records of itself (a file's ``PreparedRestore``, a server's
    ``PreparedServerRestore``)."""

    @property
    def backup(self) -> Path: ...
    @property
    def check(self) -> BackupCheck: ...
    @property
    def previous(self) -> Path | None: ...
    @property
    def override(self) -> str: ...
    @property
    def known(self) -> frozenset[str]: ...


def record_restore(actor: Actor, prepared: Restoring) -> None:
    """The restore's event in the history of the restored database (inside the caller's
    transaction): the backup, the copy of what it replaced, the reason of an override, and
    the backups the replaced database knew (``dikenal``), which the restored one inherits."""
    from app import history

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
            "dikenal": sorted(prepared.known | {prepared.check.sha256 or ""} - {""}),
        },
    )


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
