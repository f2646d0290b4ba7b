"""Checking a backup before it is trusted: the file against its manifest (size, SHA-256,
schema version, row counts), SQLite's full integrity check, and that it is an Ujikon database
this app can open. The SHA-256 is read while the database is checked on a helper thread.
Every problem is reported in Indonesian; ``verify_backup`` never raises, so a damaged backup
is described, not a traceback."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from app import store
from app.archive.backup import counts_text
from app.archive.contents import integrity, schema_version, setting, table_counts, tables
from app.archive.errors import BackupInvalid
from app.archive.files import Progress, file_sha256, sha256_beside
from app.archive.manifest import Manifest, manifest_path, read_manifest
from app.settings import ARSIP_TAHUNAN
from app.store.schema_check import foreign_objects_problem


@dataclass
class BackupCheck:
    path: Path
    ok: bool = False
    problems: list[str] = field(default_factory=list)
    manifest: Manifest | None = None
    integrity: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    schema_version: int | None = None
    size: int = 0
    sha256: str = ""
    archive_year: int | None = None

    @property
    def created_at(self) -> datetime | None:
        return self.manifest.created_at if self.manifest else None

    @property
    def message(self) -> str:
        if self.ok:
            when = self.created_at.astimezone() if self.created_at else None
            made = f" dibuat {when:%d-%m-%Y %H:%M}" if when else ""
            return f"Cadangan {self.path.name} utuh{made}: {counts_text(self.counts)}."
        return f"Cadangan {self.path.name} tidak dapat dipakai:\n" + "\n".join(
            f"• {p}" for p in self.problems
        )


def verify_backup(path: Path | str, progress: Progress | None = None) -> BackupCheck:
    """Check a backup file and its manifest; every problem is reported in ``problems``
    (Indonesian), never raised."""
    check = BackupCheck(Path(path))
    try:
        _verify_into(check, progress)
    except Exception as exc:  # a check that fails in an unforeseen way is still a failed check
        check.problems.append(f"Pemeriksaan gagal: {exc}")
    check.ok = not check.problems
    return check


def _verify_into(check: BackupCheck, progress: Progress | None) -> None:
    path = check.path
    if not path.is_file():
        check.problems.append(f"Berkas {path} tidak ditemukan.")
        return
    mpath = manifest_path(path)
    manifest = None
    try:
        manifest = read_manifest(mpath)
    except FileNotFoundError:
        check.problems.append(
            f"Manifes {mpath.name} tidak ditemukan di samping berkas "
            "cadangan, sehingga keasliannya tidak dapat diperiksa."
        )
    except UnicodeDecodeError:
        check.problems.append("Manifes cadangan tidak sah: bukan teks UTF-8.")
    except BackupInvalid as exc:
        check.problems.append(exc.message)
    except OSError as exc:
        check.problems.append(f"Manifes {mpath.name} tidak dapat dibaca: {exc.strerror}.")
    check.manifest = manifest
    check.size = path.stat().st_size
    with path.open("rb") as f:
        header = f.read(100)
    is_sqlite = header.startswith(store.SQLITE_HEADER)
    text = "Memeriksa keutuhan dan menghitung SHA-256…" if is_sqlite else "Menghitung SHA-256…"
    if progress is not None:
        progress(0, 100, text)
    hashed = None if progress is None else lambda d, t: progress(int(90 * d / max(t, 1)), 100, text)
    contents: _Contents | None = None
    if is_sqlite:  # the database is checked on a helper thread while the hash is read here
        check.sha256, contents = sha256_beside(
            path,
            lambda stop: _read_contents(path, stop),
            hashed,
            None if progress is None else lambda: progress(90, 100, "Memeriksa keutuhan…"),
        )
    else:
        check.sha256 = file_sha256(path, hashed)
    if manifest is not None:
        if manifest.size != check.size:
            check.problems.append(
                f"Ukuran berkas ({check.size} bita) tidak sama dengan yang "
                f"tercatat di manifes ({manifest.size} bita): berkas "
                "terpotong atau diubah."
            )
        if manifest.sha256 != check.sha256:
            check.problems.append(
                "SHA-256 berkas tidak sama dengan yang tercatat di manifes: "
                "berkas telah diubah atau rusak sejak dicadangkan."
            )
    if contents is None:
        check.problems.append("Berkas itu bukan basis data SQLite.")
        return
    if contents.error is not None:
        check.problems.append(f"Berkas basis data rusak atau tidak terbaca: {contents.error}")
        return
    check.integrity = contents.integrity
    if check.integrity != "ok":
        check.problems.append(f"Pemeriksaan keutuhan gagal: {check.integrity}")
        return
    if not contents.ujikon:
        check.problems.append("Berkas itu bukan basis data Ujikon.")
        return
    check.counts = contents.counts
    check.schema_version = contents.schema_version
    if contents.foreign is not None:
        check.problems.append(contents.foreign)
    check.archive_year = contents.archive_year
    assert check.schema_version is not None
    newest = store.current_schema_version()
    if check.schema_version > newest:
        check.problems.append(
            f"Cadangan dibuat oleh versi Ujikon yang lebih baru (skema versi "
            f"{check.schema_version}; aplikasi ini sampai versi {newest}). "
            "Perbarui Ujikon lebih dulu."
        )
    if manifest is not None:
        if manifest.schema_version != check.schema_version:
            check.problems.append("Versi skema di manifes tidak sama dengan isi berkas.")
        if manifest.counts != check.counts:
            differ = sorted(
                t
                for t in set(manifest.counts) | set(check.counts)
                if manifest.counts.get(t) != check.counts.get(t)
            )
            check.problems.append(
                "Jumlah baris tidak sama dengan manifes: " + ", ".join(differ) + "."
            )
    if progress is not None:
        progress(100, 100, "Selesai.")


@dataclass
class _Contents:
    """What the database file holds, read on the helper thread."""

    error: str | None = None  # SQLite could not read it (translated)
    integrity: str = ""
    ujikon: bool = False
    counts: dict[str, int] = field(default_factory=dict)
    schema_version: int | None = None
    foreign: str | None = None  # foreign schema objects, said as a problem
    archive_year: int | None = None


def _read_contents(path: Path, stop: Callable[[], bool]) -> _Contents:
    """``PRAGMA integrity_check`` of the file, then (when it is ok) its tables, row counts,
    schema version, foreign schema objects and archive mark. The full integrity check, not
    ``quick_check``: a file to restore has been out of the office's hands, and becomes the
    database every later write builds on, so every index must match its table's rows too
    (``app.archive.contents.integrity``). ``stop()``: end early (the hashing failed)."""
    found = _Contents()
    try:
        conn = store.connect_read_only(path)
        try:
            conn.set_progress_handler(lambda: 1 if stop() else 0, 20000)
            found.integrity = integrity(conn)
            if found.integrity != "ok":
                return found
            if not {"case", "setting"} <= set(tables(conn)):
                return found
            found.ujikon = True
            found.counts = table_counts(conn)
            found.schema_version = schema_version(conn)
            foreign = foreign_objects_problem(
                conn, "Cadangan ini", found.schema_version == store.current_schema_version()
            )
            found.foreign = foreign.message if foreign is not None else None
            found.archive_year = setting(conn, ARSIP_TAHUNAN)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        found.error = store.translate_message(exc)
    return found
