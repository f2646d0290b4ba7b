"""Restoring a backup onto a server database: the same verified SQLite backup file every
archive is (``app.archive.server_backup``), with the same checks as a file's restore.

A file is restored by moving the backup into its place; a server database cannot be moved,
so its rows are replaced, in one transaction that holds the writer's lock:

1. ``prepare_server_restore`` (any thread, the server database open): the backup verified
   (``restorable_backup``: a backup that fails, or a yearly archive, changes nothing), known
   to this database (its SHA-256 among the backups the server recorded making or inherited,
   or its manifest signed by this office; else only with the administrator's reason, as for
   a file), copied to a staging file and hashed again.
2. ``finish_server_restore`` (the same or another thread): inside one transaction that holds
   the writer's lock, the server database as it is now is backed up first (a verified backup
   like any other, ``previous``), every row of the server's tables is deleted and the
   staging copy's rows copied in
   (``app.store.transfer``), the copy compared with the backup (counts and the SHA-256 of
   every table), the restore recorded in the history, every row sealed with the office key,
   and every check of ``main.py check`` run; only then is it committed. A failure anywhere
   rolls it all back: the server database is as it was. The other PCs' windows read the old
   rows until the commit (PostgreSQL's snapshots) and are told then that everything changed.

A backup made by an older Ujikon is brought to this version's schema first; that needs the
staging copy opened as the active database, so ``restore_to_server`` (the command line)
does it, and the window, which keeps the server open meanwhile, asks for the command.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app import store
from app.archive.errors import BackupError
from app.archive.files import Progress, file_sha256, remove
from app.archive.restore import (
    RestoreResult,
    known_backups,
    override_reason,
    record_restore,
    restorable_backup,
)
from app.archive.verify import BackupCheck
from app.capabilities import authorize
from app.errors import UserError
from app.history.kinds import EventKind
from app.permissions import Action, Actor

# A restore's backup of the server beside the other backups must not prune any of them
# (the one being restored among them).
KEEP_ALL = 1_000_000

OLDER_SCHEMA_TEXT = (
    "Cadangan ini dibuat oleh Ujikon versi lama (skema versi {old}; aplikasi ini versi {new}). "
    "Pulihkan cadangan ini dari baris perintah, yang memutakhirkannya dulu: main.py restore "
    '"{backup}" --db {where}. Basis data tidak diubah.'
)


@dataclass(frozen=True)
class PreparedServerRestore:
    backup: Path
    where: str  # the server database, as a message names it (no password)
    url: str  # its address as --db takes it (no password)
    staged: Path  # the verified backup copied to a staging file, read by the copy
    previous: Path | None  # the backup of the server made first (by the finish; None before)
    check: BackupCheck
    override: str = ""  # why a backup this database never made is restored anyway
    known: frozenset[str] = frozenset()  # the backups the replaced database knew


def copied_tables() -> list[str]:
    """The tables a restore replaces, in the order their rows are copied (its progress)."""
    from app.store.transfer import copied_models

    return [m._meta.table_name for m in copied_models()]


def _open_server() -> store.DatabaseInfo:
    info = store.current()
    if info is None or info.server is None:
        raise BackupError("Basis data server tidak terbuka. Basis data tidak diubah.")
    if info.read_only:
        raise BackupError(
            f"Basis data {info.where} dibuka hanya-baca; pemulihan tidak tersedia. Basis data "
            "tidak diubah."
        )
    return info


def server_known_backups() -> set[str]:
    """The backups the open server database recorded making or inherited."""
    from app.models import Event

    rows = Event.select(Event.rincian).where(
        Event.jenis.in_([EventKind.BACKUP_MADE.value, EventKind.BACKUP_RESTORED.value])
    )
    return known_backups(row.rincian for row in rows)


def previous_folder(backup_path: Path) -> Path:
    """Where the server database's backup before a restore goes: the office's backup folder
    (the setting), else the folder of the backup being restored."""
    from app import settings

    folder = settings.value(settings.FOLDER_CADANGAN)
    if folder and Path(folder).is_dir():
        return Path(folder)
    return backup_path.parent


def _staged_copy(backup_path: Path, check: BackupCheck) -> Path:
    handle, name = tempfile.mkstemp(prefix="ujikon-pulih-", suffix=".sqlite")
    staged = Path(name)
    try:
        with open(handle, "wb") as out, open(backup_path, "rb") as source:
            shutil.copyfileobj(source, out, 1 << 20)
        if file_sha256(staged) != check.sha256:
            raise BackupError(
                "Salinan cadangan yang dibaca berbeda dengan aslinya (diska atau flashdisk "
                "bermasalah?). Basis data tidak diubah."
            )
    except OSError as exc:
        remove(staged)
        raise BackupError(
            f"Cadangan tidak dapat disalin untuk dipulihkan: {exc.strerror or exc}. Basis data "
            "tidak diubah."
        ) from exc
    except BaseException:
        remove(staged)
        raise
    return staged


def prepare_server_restore(
    actor: Actor,
    backup_path: Path | str,
    progress: Progress | None = None,
    override: str = "",
) -> PreparedServerRestore:
    """Verify the backup, decide whether it may replace the open server database, and stage
    it. Nothing on the server changes."""
    authorize(actor, Action.RESTORE)
    backup_path = Path(backup_path)
    info = _open_server()
    check = restorable_backup(backup_path, progress)
    known = server_known_backups()
    forced = override_reason(check, known, override, info.where)
    staged = _staged_copy(backup_path, check)
    assert info.server is not None
    return PreparedServerRestore(
        backup_path, info.where, info.server.url, staged, None, check, forced, frozenset(known)
    )


def _reader_uri(staged: Path) -> str:
    from app.store.files import read_only_uri

    uri = read_only_uri(staged)  # the staging file is in the temporary folder: never UNC
    assert uri is not None
    return uri


def staged_schema_version(staged: Path) -> int:
    conn = sqlite3.connect(_reader_uri(staged), uri=True)
    try:
        row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
    finally:
        conn.close()
    return int(row[0] or 0)


def finish_server_restore(
    actor: Actor,
    prepared: PreparedServerRestore,
    report: Callable[[str], None] | None = None,
    progress: Progress | None = None,
) -> RestoreResult:
    """Back the server database up, then replace every row of it by the staged backup's,
    verified, recorded, sealed and checked, all in one transaction that holds the writer's
    lock (see the module doc): no other PC writes between the backup and the replacement.
    ``report`` is told each table copied, ``progress`` the backup's steps. The staging file
    is removed either way."""
    try:
        authorize(actor, Action.RESTORE)
        _open_server()
        version = staged_schema_version(prepared.staged)
        if version < store.current_schema_version():
            raise BackupError(
                OLDER_SCHEMA_TEXT.format(
                    old=version,
                    new=store.current_schema_version(),
                    backup=prepared.backup,
                    where=prepared.url,
                )
            )
        previous = _replace_rows(actor, prepared, report or (lambda _text: None), progress)
    finally:
        remove(prepared.staged)
    return RestoreResult(prepared.backup, prepared.where, previous, prepared.check)


def _replace_rows(
    actor: Actor, prepared: PreparedServerRestore, report, progress: Progress | None
) -> Path:
    """The one transaction; returns the backup made of the server first."""
    from dataclasses import replace

    from peewee import SqliteDatabase

    from app import settings
    from app.archive.backup import backup
    from app.checks import run_checks
    from app.models import database
    from app.signing.office import _adopt
    from app.store.transfer import compare, copied_models, copy_rows, digest

    server = database.obj
    reader = SqliteDatabase(_reader_uri(prepared.staged), uri=True, pragmas={"query_only": 1})
    reader.connect()
    try:
        before = digest(reader)
        with database.atomic():  # the writer's lock: no other PC writes meanwhile
            # the server as it is, first: a verified backup like any other (read inside this
            # transaction, so nothing another PC writes falls between it and the restore)
            made = backup(
                actor, previous_folder(prepared.backup), progress, record=False, keep=KEEP_ALL
            )
            prepared = replace(prepared, previous=made.path)
            key = server.office_key
            for model in reversed(copied_models()):  # children before their parents
                model.delete().execute()
            copy_rows(reader, server, report)
            problems = compare(before, digest(server))
            if problems:
                raise BackupError(
                    "Salinan di server tidak sama dengan cadangannya: "
                    + "; ".join(problems)
                    + ". Basis data tidak diubah."
                )
            record_restore(actor, prepared)
            recorded = settings.value(settings.KUNCI_KANTOR)
            conn = database.connection()
            if recorded is None or key is None or recorded["publik"] != key.public.hex:
                _adopt_or_refuse(prepared, recorded, key, actor, _adopt)
            else:
                server.sealer.seal_all(conn)
            # every window of the other PCs: everything changed
            server.sealer.changed = {"tabel": set(server.sealer.shapes), "semua": True}
            failed = [r for r in run_checks() if not r.ok]
            if failed:
                lines = "; ".join(f"{r.name}: {r.message}" for r in failed)
                raise BackupError(
                    f"Hasil pemulihan di server tidak lolos pemeriksaan ({lines}). Basis data "
                    "tidak diubah."
                )
    finally:
        reader.close()
    server.execute_sql("ANALYZE")  # the planner's statistics of the rows just replaced
    return made.path


def _adopt_or_refuse(prepared, recorded, key, actor, adopt) -> None:
    """A backup whose rows name another office key (or none): taken under the server's key
    when the administrator gave a reason (as a file's restore adopts it), else refused."""
    from app.signing.office import foreign_key_text, trusted_public

    if key is None:
        raise BackupError("Kunci kantor server tidak terpasang. Basis data tidak diubah.")
    if recorded is not None and not prepared.override:
        raise BackupError(
            foreign_key_text(recorded["publik"], trusted_public(), str(prepared.backup))
            + " Basis data tidak diubah."
        )
    previous = list(recorded["sebelumnya"]) if recorded else []
    if recorded and recorded["publik"] not in previous and recorded["publik"] != key.public.hex:
        previous.append(recorded["publik"])
    reason = prepared.override or "cadangan tanpa kunci kantor dipulihkan"
    adopt(key, previous, f"Cadangan dipulihkan dengan alasan: {reason}", actor)


def restore_to_server(
    actor: Actor,
    backup_path: Path | str,
    url: str,
    password: str | None = None,
    override: str = "",
    report: Callable[[str], None] | None = None,
) -> RestoreResult:
    """The command line's restore onto the server database ``url``: prepared and finished
    in this process, a backup of an older Ujikon brought up to date first."""
    store.open_database(url, password=password)
    try:
        prepared = prepare_server_restore(actor, backup_path, override=override)
    finally:
        store.close_database()
    try:
        migrated = False
        if staged_schema_version(prepared.staged) < store.current_schema_version():
            _migrate_staged(prepared.staged)
            migrated = True
        store.open_database(url, password=password)
        try:
            result = finish_server_restore(actor, prepared, report)
        finally:
            store.close_database()
    finally:
        remove(prepared.staged)
    return RestoreResult(result.backup, result.db_path, result.previous, result.check, migrated)


def _migrate_staged(staged: Path) -> None:
    """Bring the staging copy to this version's schema (it opens as any file does: its
    migrations run, its seals renewed where they held)."""
    try:
        info = store.open_database(staged, take_lock=False)
    except UserError as exc:
        raise BackupError(
            f"Cadangan tidak dapat dimutakhirkan untuk dipulihkan: {exc.message} Basis data "
            "tidak diubah."
        ) from exc
    finally:
        store.close_database()
    if info.migration_copy is not None:
        remove(info.migration_copy)
    for side in ("-wal", "-shm", "-journal"):
        remove(staged.with_name(staged.name + side))
