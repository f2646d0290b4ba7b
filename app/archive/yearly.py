"""The yearly archive: a separate, read-only database with the cases registered in one year.

It starts as a snapshot of the database (like a backup), from which everything that does not
belong to that year's cases is deleted; the reference data those cases point to is kept
whole. The file is marked as an archive (setting ``arsip_tahunan``), so ``open_database``
always opens it read-only, and a manifest like a backup's lies beside it.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from app import store
from app.archive.backup import (
    claim_new,
    copy_snapshot,
    final_path,
    publish,
    sealed_manifest,
    snapshot,
    source_path,
)
from app.archive.contents import integrity, table_counts, tables
from app.archive.errors import BackupError
from app.archive.files import Progress, Steps, removed_on_failure
from app.archive.leftovers import clean_folder
from app.archive.manifest import (
    KIND_ARCHIVE,
    manifest_path,
    read_manifest,
)
from app.capabilities import authorize
from app.changes import NOTHING, ChangeSet
from app.history.chain import MOVED_CASES
from app.history.kinds import EventKind
from app.permissions import Action, Actor
from app.signing import keyfile
from app.store import seals

# Tables a yearly archive keeps whole: the reference data its cases point to.
ARCHIVE_REFERENCE_TABLES = frozenset(
    {
        "setting",
        "schema_version",
        "opd",
        "official",
        "sopversion",
        "legalreference",
        "holidayoverride",
    }
)


def yearly_archive(
    actor: Actor,
    year: int,
    dest_dir: Path | str,
    progress: Progress | None = None,
    *,
    source: Path | str | None = None,
    record: bool = True,
) -> Path:
    """Write ``ujikon-arsip-<year>.sqlite`` into ``dest_dir``: the cases registered in
    ``year`` with their items, steps, participants, history, documents and scans, plus the
    reference data they point to. The file is marked as an archive (setting
    ``arsip_tahunan``), so ``open_database`` opens it read-only. A manifest like a backup's
    lies beside it. ``record``: note it in the history of the active database (pass False off
    the GUI thread and call ``record_archive`` there). Returns the archive's path."""
    authorize(actor, Action.YEARLY_ARCHIVE)
    if not isinstance(year, int) or isinstance(year, bool) or not 2000 <= year <= 2200:
        raise BackupError("Tahun arsip harus angka tahun, misalnya 2025.")
    steps = Steps(progress, None)
    src = source_path(source)
    dest = Path(dest_dir)
    try:
        dest.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(f"Folder {dest} tidak dapat dibuat: {exc.strerror or exc}.") from exc
    clean_folder(dest)
    held = claim_new(dest, f"ujikon-arsip-{year}", ".sqlite")
    part, final = held.path, final_path(held.path)
    mfile = manifest_path(final)
    created = [part]
    try:
        with removed_on_failure(created, dest, held.release):
            steps(0, "Menyalin basis data…")
            if isinstance(src, Path):
                _, schema, source_settings = snapshot(src, part)
            else:  # a server: its snapshot as a sealed SQLite file, then the same steps
                copied = copy_snapshot(src, part)
                schema, source_settings = copied.schema, copied.settings
            if source_settings.archive_year is not None:
                raise BackupError("Basis data ini sendiri sudah arsip tahunan.")
            steps(30, f"Memilah kasus tahun {year}…")
            _keep_year(part, year)
            steps(70, "Memeriksa keutuhan arsip…")
            conn = store.connect_read_only(part)
            try:
                checked = integrity(conn)
                counts = table_counts(conn)
            finally:
                conn.close()
            if checked != "ok":
                raise BackupError(f"Arsip tidak lolos pemeriksaan keutuhan ({checked}).")
            manifest = sealed_manifest(
                part,
                final,
                src,
                schema,
                counts,
                kind=KIND_ARCHIVE,
                year=year,
                sealed_with=source_settings.sealed_with,
            )
            publish(held, final, manifest, mfile, created)
    finally:
        held.release()
    if progress is not None:
        progress(100, 100, "Selesai.")  # done: a late cancel no longer undoes it
    if record:
        record_archive(actor, final)
    return final


def record_archive(actor: Actor, path: Path) -> ChangeSet:
    """Note in the active database's history that a yearly archive of it was made (which
    year, where, its SHA-256 from the manifest)."""
    from app import history
    from app.models import database

    active = store.current()
    if active is None or active.read_only:
        return NOTHING
    manifest = read_manifest(manifest_path(path))
    source = active.server.url if active.server is not None else str(active.path.resolve())
    if manifest.source != source:
        return NOTHING
    with database.atomic():
        authorize(actor, Action.YEARLY_ARCHIVE)
        history.record(
            EventKind.ARCHIVE_MADE,
            f"Arsip tahunan {manifest.year} dibuat: {path.name}",
            actor,
            detail={
                "path": str(path),
                "tahun": manifest.year,
                "sha256": manifest.sha256,
                "jumlah": manifest.counts,
            },
        )
    return ChangeSet(history=True)


def _keep_year(path: Path, year: int) -> None:
    """In the copy at ``path``: delete everything that does not belong to ``year``'s cases,
    mark the file as an archive, and compact it."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        sealer = _archive_sealer(conn)
        conn.execute("BEGIN")
        if not conn.execute('SELECT 1 FROM "case" WHERE tahun = ? LIMIT 1', (year,)).fetchone():
            raise BackupError(f"Tidak ada kasus tahun {year} di basis data ini.")
        conn.execute('DELETE FROM "case" WHERE tahun <> ?', (year,))
        kept_cases = 'SELECT id FROM "case"'
        for table in tables(conn):
            if table in ARCHIVE_REFERENCE_TABLES or table == "case":
                continue
            if table in (seals.ROW_SEALS, seals.TABLE_SEALS):
                continue  # the sealer's flush drops the seals of the rows left out
            columns = {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}
            if table == "event":
                # the moves of a calendar change are recorded for many cases in one event
                # (case_id NULL, the cases listed): kept when it lists a case kept
                conn.execute(
                    "DELETE FROM event WHERE CASE WHEN case_id IS NULL THEN NOT (jenis = ? "
                    "AND json_valid(rincian) AND EXISTS (SELECT 1 FROM "
                    f"json_each(rincian, '$.{MOVED_CASES}') AS j WHERE j.value IN ({kept_cases}))) "
                    f"ELSE case_id NOT IN ({kept_cases}) END",
                    (EventKind.DEADLINE_MOVED.value,),
                )
            elif "case_id" in columns:
                conn.execute(
                    f'DELETE FROM "{table}" WHERE case_id IS NULL OR case_id NOT IN ({kept_cases})'
                )
            elif table == "numberregister":
                conn.execute(
                    "DELETE FROM numberregister WHERE NOT (document_id IN "
                    "(SELECT id FROM document) OR (document_id IS NULL AND tahun = ?))",
                    (year,),
                )
            else:
                conn.execute(f'DELETE FROM "{table}"')  # accounts and anything not per case
        _clear_dangling_references(conn)
        conn.execute("DELETE FROM setting WHERE key IN ('cadangan_terakhir', 'folder_cadangan')")
        conn.execute(
            "INSERT OR REPLACE INTO setting (key, value) VALUES ('arsip_tahunan', ?)",
            (json.dumps(year),),
        )
        broken = conn.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise BackupError(f"Arsip tahun {year} memuat rujukan yang putus: {broken[:5]}.")
        if sealer is not None:
            sealer.flush(conn)  # the rows left out lose their seals, the archive mark gets one
        conn.execute("COMMIT")
        conn.execute("VACUUM")
        conn.execute("PRAGMA journal_mode = DELETE")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        conn.close()


def _archive_sealer(conn: sqlite3.Connection) -> seals.Sealer | None:
    """A sealer for the copy being cut down (the copy's rows are sealed with the key of the
    database they come from): every row deleted or changed is re-sealed at its commit, so
    the archive's seals hold for what it keeps. None when this PC has no office key."""
    from app.signing.office import active_key

    key = active_key() or keyfile.load_key()
    if key is None:
        return None
    shapes = seals.table_shapes(conn)
    sealer = seals.Sealer(key.seal_secret, shapes)
    sealer.install(conn)
    return sealer


def _clear_dangling_references(conn: sqlite3.Connection) -> None:
    """A nullable column pointing to a row the archive left out (e.g. a step assigned to a
    user account) is set to NULL; a required one is a bug reported by foreign_key_check."""
    for table, rowid, _parent, fkid in conn.execute("PRAGMA foreign_key_check").fetchall():
        keys = {r[0]: r for r in conn.execute(f'PRAGMA foreign_key_list("{table}")')}
        column = keys[fkid][3]
        info = {r[1]: r for r in conn.execute(f'PRAGMA table_info("{table}")')}
        if info[column][3] == 0:  # nullable
            conn.execute(f'UPDATE "{table}" SET "{column}" = NULL WHERE rowid = ?', (rowid,))
