"""Backups of the database file, taken while the window (or another process) keeps writing.

A backup is taken through SQLite's online backup API, a few megabytes a step, from one read
transaction that also counts the rows of every table, so the copy is a consistent snapshot
(the read transaction holds it: a write by another connection cannot restart the copy). The
copy is then verified and hashed at once: ``PRAGMA quick_check`` and the row counts of every
table read on a helper thread while the SHA-256 is read on this one; then it is flushed to
disk and described in a signed manifest beside it (``app.archive.manifest``). The backup file
appears under its final name only once it has passed verification; a failed or cancelled
backup leaves nothing behind. The last K backups of a folder are kept, older ones pruned.

Why ``quick_check`` suffices here and the restore runs ``integrity_check``: see
``_check_copy``.
"""

from __future__ import annotations

import dataclasses
import os
import re
import sqlite3
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app import __version__, store
from app.archive import frozen
from app.archive.contents import quick_integrity, schema_version, setting, table_counts
from app.archive.errors import BackupCancelled, BackupError
from app.archive.files import (
    Progress,
    Steps,
    beside,
    file_error,
    file_sha256,
    fsync_dir,
    fsync_file,
    remove,
    removed_on_failure,
    sha256_beside,
    unique_path,
)
from app.archive.leftovers import Claim, claim, clean_folder
from app.archive.manifest import (
    KIND_BACKUP,
    Manifest,
    manifest_path,
    manifest_problem,
    write_manifest,
)
from app.capabilities import authorize
from app.changes import NOTHING, ChangeSet
from app.history.kinds import EventKind
from app.permissions import Action, Actor
from app.settings import (
    ARSIP_TAHUNAN,
    KEPALA_BERTANDA,
    KUNCI_KANTOR,
    SIMPAN_CADANGAN,
    OfficeKeyNote,
    SignedHead,
)
from app.signing import keyfile
from app.signing.office import manifest_signature
from app.text import format_number, format_size

BACKUP_NAME = re.compile(r"^ujikon-(\d{8})-(\d{6})(?:-(\d+))?\.sqlite$")
COUNT_LABELS = {
    "case": "kasus",
    "infoitem": "butir informasi",
    "steprecord": "tahapan",
    "document": "dokumen final",
    "attachment": "pindaian",
    "event": "riwayat",
    "official": "pejabat",
    "opd": "perangkat daerah",
}


def counts_text(counts: dict[str, int]) -> str:
    shown = [
        f"{format_number(counts[t])} {label}" for t, label in COUNT_LABELS.items() if t in counts
    ]
    return ", ".join(shown)


@dataclass(frozen=True)
class SourceSettings:
    """The settings of the copied database that the copy needs, read in its snapshot."""

    keep: int  # setting simpan_cadangan: backups to keep in a folder
    archive_year: int | None  # setting arsip_tahunan: the copied file is a yearly archive
    head: SignedHead | None = None  # setting kepala_bertanda: the signed chain head
    sealed_with: str | None = None  # setting kunci_kantor: the public key it is sealed with


@dataclass(frozen=True)
class BackupResult:
    path: Path
    manifest_path: Path
    manifest: Manifest
    deleted: tuple[Path, ...] = ()  # older backups removed to keep the last K
    # backups in the folder that do not match their manifest: never counted, never deleted
    unverified: tuple[tuple[Path, str], ...] = ()
    cleaned: tuple[Path, ...] = ()  # what a killed earlier run had left, removed first
    # a server database: its pg_dump beside the backup (None: pg_dump not installed), or why
    # pg_dump failed (the SQLite backup stands either way)
    pg_dump: Path | None = None
    pg_dump_problem: str = ""

    @property
    def sha256(self) -> str:
        return self.manifest.sha256

    @property
    def size(self) -> int:
        return self.manifest.size

    @property
    def counts(self) -> dict[str, int]:
        return self.manifest.counts

    def summary(self) -> str:
        m = self.manifest
        lines = [
            f"Cadangan terverifikasi: {self.path}",
            f"Ukuran: {format_size(m.size)} ({format_number(m.size)} bita)",
            f"SHA-256: {m.sha256}",
            f"Versi skema: {m.schema_version}",
            "Isi: " + counts_text(m.counts),
        ]
        if self.pg_dump is not None:
            lines.append(f"Salinan pg_dump server: {self.pg_dump}")
        if self.pg_dump_problem:
            lines.append(f"pg_dump gagal (cadangan SQLite tetap sah): {self.pg_dump_problem}")
        if self.deleted:
            lines.append(f"Cadangan lama yang dihapus: {len(self.deleted)}")
        if self.cleaned:
            lines.append(f"Sisa pencadangan yang terputus dibersihkan: {len(self.cleaned)} berkas")
        if self.unverified:
            lines.append(
                "Berkas cadangan yang tidak cocok dengan manifesnya (tidak dihitung sebagai "
                "cadangan dan tidak dihapus; periksa atau pindahkan berkas ini):"
            )
            lines += [f"  {p.name}: {why}" for p, why in self.unverified]
        return "\n".join(lines)


def source_path(source: Path | str | None) -> Path | str:
    """The database to copy: ``source``, or the active database's file, or the URL of the
    active server database (without its password)."""
    from app.location import is_server, server_address

    if isinstance(source, str) and is_server(source):
        return server_address(source).url
    active = store.current()
    if source is None and active is not None and active.server is not None:
        return active.server.url
    path = Path(source) if source is not None else (active.path if active else None)
    if path is None:
        raise BackupError("Tidak ada basis data yang terbuka untuk dicadangkan.")
    if not path.is_file():
        raise BackupError(f"Basis data {path} tidak ditemukan.")
    return path


# Pages the online backup copies per step (4 MB at Ujikon's 4 KB pages): a step takes a few
# milliseconds, so progress is reported and a cancel is seen that often.
COPY_STEP_PAGES = 1024


def snapshot(
    source: Path, target: Path, progress: Callable[[int, int], None] | None = None
) -> tuple[dict[str, int], int, SourceSettings]:
    """Copy ``source`` into ``target`` (a new file) with the online backup API, inside one
    read transaction that also counts every table: the counts describe exactly the copied
    snapshot whatever other connections commit meanwhile. ``progress(done, total)`` (pages)
    after every step; it may raise to stop the copy. Returns (counts, schema version,
    settings the backup needs).

    ``target`` is written without a journal and without syncs (a ``.part`` that a failure
    deletes and the next start clears): the caller flushes it to disk once, before it is
    published."""
    src = store.connect_for_reading(source)
    try:
        src.execute("BEGIN")
        counts, schema, kept = _describe(src)  # the read transaction starts here
        dst = sqlite3.connect(str(target), isolation_level=None)
        try:
            dst.execute("PRAGMA journal_mode = OFF")
            dst.execute("PRAGMA synchronous = OFF")
            # In steps: the source connection is inside its read transaction, so every step
            # reads the same snapshot, and a commit by another connection does not restart
            # the copy (a step outside a transaction would start a new one each time, and
            # restart on every write: TOOLCHAIN §6 measured that; tests/test_archive.py runs
            # this at one page a step beside a writer thread).
            src.backup(
                dst,
                pages=COPY_STEP_PAGES,
                progress=None
                if progress is None
                else lambda _status, remaining, total: progress(total - remaining, total),
            )
            dst.execute("PRAGMA journal_mode = DELETE")  # a standalone file, no -wal
        finally:
            dst.close()
        src.execute("COMMIT")
    finally:
        src.close()
    return counts, schema, kept


def _describe(conn: sqlite3.Connection) -> tuple[dict[str, int], int, SourceSettings]:
    """What a backup says of the snapshot ``conn`` reads: its row counts, schema version and
    the settings the backup needs."""
    counts = table_counts(conn)
    kept = SourceSettings(
        setting(conn, SIMPAN_CADANGAN),
        setting(conn, ARSIP_TAHUNAN),
        setting(conn, KEPALA_BERTANDA),
        _sealed_with(setting(conn, KUNCI_KANTOR)),
    )
    return counts, schema_version(conn), kept


def _sealed_with(note: OfficeKeyNote | None) -> str | None:
    return note["publik"] if note else None


@dataclass(frozen=True)
class Copied:
    """A snapshot copied for a backup: what it holds, and the SHA-256 of the copy when it
    was hashed while it was written (``app.archive.frozen``; None after the backup API)."""

    counts: dict[str, int]
    schema: int
    settings: SourceSettings
    sha256: str | None


def copy_snapshot(
    source: Path | str, target: Path, progress: Callable[[int, int], None] | None = None
) -> Copied:
    """Copy a consistent snapshot of ``source`` into ``target`` (a new file, flushed to disk
    by the caller): read straight from the database file and hashed as it is written when
    the file holds the whole snapshot (``app.archive.frozen``), else with the online backup
    API (``snapshot``); a server database is written into a new SQLite file
    (``app.archive.server_backup``). ``progress(done, total)`` in pages; it may raise to
    stop."""
    if not isinstance(source, Path):
        from app.archive.server_backup import export_to_file

        on_server = export_to_file(target, progress)
        try:
            conn = sqlite3.connect(target)
            try:
                counts, schema, kept = _describe(conn)
            finally:
                conn.close()
        except sqlite3.Error as exc:  # the new copy, not the server's database
            raise BackupError(
                f"Salinan yang baru ditulis ke {target.parent} tidak dapat dibaca ({exc}). "
                "Basis data server tidak berubah; ulangi pencadangan, atau pilih folder atau "
                "diska lain."
            ) from exc
        # The copied tables as the server held them: the copy is checked against these
        # (``_checked``), not against itself; the seals and the search index are the copy's.
        return Copied({**counts, **on_server}, schema, kept, None)
    reader = frozen.frozen_reader(source)
    if reader is None:
        return Copied(*snapshot(source, target, progress), None)
    try:
        counts, schema, kept = _describe(reader)
        page_size = reader.execute("PRAGMA page_size").fetchone()[0]
        pages = reader.execute("PRAGMA page_count").fetchone()[0]

        def copied(done: int) -> None:
            if progress is not None:
                progress(done // page_size, pages)

        sha = frozen.copy_file(
            source, target, page_size * pages, COPY_STEP_PAGES * page_size, copied
        )
        reader.execute("COMMIT")
    finally:
        reader.close()
    return Copied(counts, schema, kept, sha)


def backup(
    actor: Actor,
    dest_dir: Path | str,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    *,
    source: Path | str | None = None,
    record: bool = True,
    keep: int | None = None,
) -> BackupResult:
    """Back up the active database (or ``source``) into ``dest_dir`` and verify the copy.

    ``actor`` must be allowed to back up (a copy of the whole database leaves the office).
    ``progress(done, total, text)`` may return False to cancel, as may ``cancelled()``.
    ``record``: note the backup in the database (setting ``cadangan_terakhir`` and a history
    event); pass False when running off the GUI thread and call ``record_backup`` there.
    ``keep``: how many backups to keep in the folder (default: setting ``simpan_cadangan``).
    Raises ``BackupError`` / ``BackupCancelled``; nothing partial is left behind."""
    authorize(actor, Action.BACKUP)
    steps = Steps(progress, cancelled)
    src = source_path(source)
    dest = Path(dest_dir)
    try:
        dest.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(
            f"Folder cadangan {dest} tidak dapat dibuat: "
            f"{exc.strerror or exc}. Periksa apakah diska atau flashdisk "
            "terpasang."
        ) from exc
    if not dest.is_dir():
        raise BackupError(f"{dest} bukan folder.")
    cleaned = clean_folder(dest)
    held = claim_new(dest, f"ujikon-{datetime.now():%Y%m%d-%H%M%S}", ".sqlite")
    part, final = held.path, final_path(held.path)
    manifest_file = manifest_path(final)
    created: list[Path] = [part]
    try:
        with removed_on_failure(created, dest, held.release):
            steps(0, "Menyalin basis data…")
            copied = copy_snapshot(
                src,
                part,
                lambda done, total: steps(int(60 * done / max(total, 1)), "Menyalin basis data…"),
            )
            counts, schema, source_settings = copied.counts, copied.schema, copied.settings
            if copied.sha256 is None:  # the backup API's copy: hashed beside its check
                steps(60, CHECKING_TEXT)
                sha = _checked_sha256(part, counts, steps)
            else:
                steps(60, CHECK_TEXT)
                _checked(part, counts, steps)
                sha = copied.sha256
            manifest = sealed_manifest(
                part,
                final,
                src,
                schema,
                counts,
                head=source_settings.head,
                sha256=sha,
                sealed_with=source_settings.sealed_with,
            )
            steps(97, "Menulis manifes…")
            publish(held, final, manifest, manifest_file, created)
    finally:
        held.release()
    if manifest.signature:
        keyfile.remember_folder(dest)  # its manifests anchor the history (check)
    pruned = prune_backups(
        dest, keep if keep is not None else source_settings.keep, made=(final, manifest.sha256)
    )
    dump, dump_problem = _pg_dump(final) if not isinstance(src, Path) else (None, "")
    result = BackupResult(
        final,
        manifest_file,
        manifest,
        pruned.deleted,
        pruned.unverified,
        tuple(cleaned),
        dump,
        dump_problem,
    )
    if progress is not None:
        progress(100, 100, "Selesai.")  # done: a late cancel no longer undoes it
    if record:
        record_backup(result, actor)
    return result


def _pg_dump(backup_file: Path) -> tuple[Path | None, str]:
    from app.archive.server_backup import pg_dump_beside

    try:
        return pg_dump_beside(backup_file), ""
    except (OSError, RuntimeError, subprocess.SubprocessError) as exc:
        return None, str(exc)


def claim_new(folder: Path, stem: str, suffix: str) -> Claim:
    """Claim ``folder/<stem><suffix>.part`` under a free name (``stem-2``… when taken, also by
    a job running at the same moment): the file the job writes before it is published."""
    while True:
        final = unique_path(folder, stem, suffix)
        try:
            return claim(final.with_name(final.name + ".part"))
        except FileExistsError:
            continue
        except OSError as exc:
            raise file_error(exc, folder) from exc


def final_path(part: Path) -> Path:
    return part.with_name(part.name.removesuffix(".part"))


def sealed_manifest(
    part: Path,
    final: Path,
    src: Path | str,
    schema: int,
    counts: dict[str, int],
    hashing: Callable[[int, int], None] | None = None,
    *,
    kind: str = KIND_BACKUP,
    year: int | None = None,
    head: SignedHead | None = None,
    sha256: str | None = None,
    sealed_with: str | None = None,
) -> Manifest:
    """The manifest of the checked copy ``part`` (to become ``final``): its size and SHA-256
    (``sha256`` when the caller read it already), with the copy flushed to disk first.
    ``kind`` and ``year`` mark a yearly archive; ``head`` is the copy's signed chain head.
    Signed with the office key when this PC has it and the copy is sealed with that very key
    (``sealed_with``; ``app.signing.office.manifest_signature``): this PC never vouches for
    a copy of another office's database, or of one no key seals."""
    size = part.stat().st_size
    sha = sha256 if sha256 is not None else file_sha256(part, hashing)
    fsync_file(part)
    manifest = Manifest(
        app_version=__version__,
        schema_version=schema,
        created_at=datetime.now(UTC).replace(microsecond=0),
        source=str(src.resolve()) if isinstance(src, Path) else src,
        file=final.name,
        size=size,
        sha256=sha,
        counts=counts,
        kind=kind,
        year=year,
        head=dict(head) if head is not None else None,
    )
    signed = manifest_signature(manifest.fields(), sealed_with)
    if signed is None:
        return manifest
    key, signature = signed
    return dataclasses.replace(manifest, key=key, signature=signature)


def publish(
    held: Claim, final: Path, manifest: Manifest, manifest_file: Path, created: list[Path]
) -> None:
    """Write the manifest, then give the copy its final name: a file under a backup's or
    archive's final name always has its manifest beside it, whenever the job is killed. Each
    is added to ``created`` (``removed_on_failure``) once it exists. Until the rename the
    copy is a ``.part`` that ``held`` keeps, so no other job clears it meanwhile."""
    write_manifest(manifest, manifest_file)
    created.append(manifest_file)
    if os.name == "nt":
        held.release()  # Windows renames no file that is open
    os.replace(held.path, final)
    created.append(final)
    fsync_dir(final.parent)


CHECKING_TEXT = "Memeriksa keutuhan salinan dan menghitung SHA-256…"
CHECK_TEXT = "Memeriksa keutuhan salinan…"


def _checked(part: Path, counts: dict[str, int], steps: Steps) -> None:
    """Verify the copy ``part`` against the snapshot's ``counts`` (``_check_copy``, on a
    helper thread) while it is flushed to disk here. Raises ``BackupError`` when the copy
    fails, ``BackupCancelled`` on a cancel."""

    def check(stop: Callable[[], bool]) -> None:
        _check_copy(part, counts, lambda: stop() or steps.is_cancelled())

    def flushed() -> None:  # the disk works while the check reads the copy from memory
        fsync_file(part)
        steps(75, CHECK_TEXT)

    beside(flushed, check)


def _checked_sha256(part: Path, counts: dict[str, int], steps: Steps) -> str:
    """Verify the copy ``part`` against the snapshot's ``counts`` (``_check_copy``, on a
    helper thread) while its SHA-256 is read here, then flush it to disk; the SHA-256.
    Raises ``BackupError`` when the copy fails, ``BackupCancelled`` on a cancel."""

    def hashed(done: int, total: int) -> None:
        steps(60 + int(30 * done / max(total, 1)), CHECKING_TEXT)

    def check(stop: Callable[[], bool]) -> None:
        _check_copy(part, counts, lambda: stop() or steps.is_cancelled())

    def flushed() -> None:  # while the check may still run: the disk works, not the CPU
        steps(92, "Menyimpan salinan ke diska…")
        fsync_file(part)

    sha, _ = sha256_beside(part, check, hashed, flushed)
    return sha


def _check_copy(path: Path, counts: dict[str, int], stop: Callable[[], bool]) -> None:
    """The copy is sound and whole: ``PRAGMA quick_check`` is ok and every table has as many
    rows as in the snapshot it was copied from (``counts``, read in the same read
    transaction as the copy). ``stop()`` ends the check early (``BackupCancelled``).

    ``quick_check`` reads every page of every table and index of the copy and proves they
    form sound b-trees (none lost, doubled, cut short or garbled, every record readable,
    NOT NULL and CHECK constraints kept); with the row counts that is a whole, readable copy
    of every row of the snapshot. What it leaves out, that index entries match their
    table's rows, cannot differ between the copy and the database it was copied from: the
    backup API copies pages as they are, so such damage is the source's, and is reported by
    ``check`` on the database and refused by the restore, whose ``integrity_check`` runs on
    a file that has been out of the office's hands (``app.archive.verify``). Skipping it
    takes the check of a 570 MB copy from about 2.7 s to about 0.9 s."""
    conn = store.connect_read_only(path)
    try:
        conn.set_progress_handler(lambda: 1 if stop() else 0, 20000)
        try:
            result = quick_integrity(conn)
            copied = table_counts(conn)
        except sqlite3.DatabaseError as exc:
            if stop():
                raise BackupCancelled() from exc
            if isinstance(exc, sqlite3.OperationalError):
                raise  # not the copy's content (a full disk, a lost drive): said by file_error
            result = store.translate_message(exc)  # a copy SQLite cannot even read
            copied = {}
        if result != "ok":
            raise BackupError(
                f"Salinan tidak lolos pemeriksaan keutuhan ({result}); "
                "salinan dihapus. Ulangi, atau pilih folder lain."
            )
    finally:
        conn.close()
    if copied != counts:
        differ = sorted(t for t in set(copied) | set(counts) if copied.get(t) != counts.get(t))
        raise BackupError(
            f"Jumlah baris salinan berbeda dengan basis data ({', '.join(differ)})"
            "; salinan dihapus. Ulangi pencadangan."
        )


@dataclass(frozen=True)
class Pruned:
    deleted: tuple[Path, ...] = ()
    unverified: tuple[tuple[Path, str], ...] = ()  # (file, what is wrong with it)


def prune_backups(folder: Path, keep: int, *, made: tuple[Path, str] | None = None) -> Pruned:
    """Keep the newest ``keep`` *verified* backups (``ujikon-YYYYMMDD-HHMMSS.sqlite``) in
    ``folder`` and delete older verified ones with their manifests. A backup is verified when
    its manifest is there, sound, names it, and its size and SHA-256 match (a deleted one's
    ``….pgdump`` goes with it). One that is not
    is never counted among the kept ones and never deleted: it is left where it is and
    returned in ``unverified`` so the user hears of it. ``made``: the backup just made and
    its SHA-256 (not hashed again). Nothing else in the folder is touched.

    The SHA-256 of every backup is read only when there is something to delete (more
    backups than ``keep``); otherwise the manifest and the size are checked."""
    keep = max(1, keep)
    try:
        backups = sorted(
            (p for p in folder.iterdir() if BACKUP_NAME.match(p.name) and p.is_file()),
            key=lambda p: _backup_sort_key(p.name),
            reverse=True,
        )
    except OSError:
        return Pruned()
    thorough = len(backups) > keep
    good: list[Path] = []
    unverified: list[tuple[Path, str]] = []
    for path in backups:
        known = made[1] if made is not None and path == made[0] else None
        problem = manifest_problem(path, known, hash_file=thorough)
        if problem is None:
            good.append(path)
        else:
            unverified.append((path, problem))
    deleted: list[Path] = []
    for old in good[keep:]:
        try:
            old.unlink()
        except OSError:
            continue
        # a kill in between leaves a manifest the next start clears; a server's backup takes
        # its pg_dump beside it (``server_backup.pg_dump_beside``) with it
        remove(manifest_path(old), old.with_suffix(".pgdump"))
        deleted.append(old)
    return Pruned(tuple(deleted), tuple(unverified))


def _backup_sort_key(name: str) -> tuple[str, str, int]:
    m = BACKUP_NAME.match(name)
    assert m is not None
    return m.group(1), m.group(2), int(m.group(3) or 1)


def record_backup(result: BackupResult, actor: Actor) -> ChangeSet:
    """Note a verified backup in the active database (when it is the backup's source and
    writable): setting ``cadangan_terakhir`` and the history event ``cadangan_dibuat``."""
    from app import history
    from app.models import database
    from app.settings import CADANGAN_TERAKHIR, BackupNote, write_internal

    active = store.current()
    if active is None or active.read_only:
        return NOTHING
    source = active.server.url if active.server is not None else str(active.path.resolve())
    if source != result.manifest.source:
        return NOTHING
    m = result.manifest
    with database.atomic():
        authorize(actor, Action.BACKUP)
        write_internal(
            CADANGAN_TERAKHIR,
            BackupNote(
                waktu=m.created_at.isoformat(timespec="seconds"),
                path=str(result.path),
                sha256=m.sha256,
                ukuran=m.size,
            ),
        )
        history.record(
            EventKind.BACKUP_MADE,
            f"Cadangan dibuat: {result.path.name}",
            actor,
            detail={
                "path": str(result.path),
                "sha256": m.sha256,
                "ukuran": m.size,
                "jumlah": m.counts,
            },
        )
    return ChangeSet(settings=True, history=True)
