"""Backups, restore and yearly archives of the database file.

A backup is taken through SQLite's online backup API in one step, from a read transaction
that also counts the rows of every table, so the copy is a consistent snapshot even while
the window (or another process) keeps writing. The copy is then verified (``PRAGMA
integrity_check``, the same row counts as the snapshot), hashed, and described in a manifest
beside it::

    E:\\Cadangan Ujikon\\ujikon-20261125-083000.sqlite
    E:\\Cadangan Ujikon\\ujikon-20261125-083000.manifest.json

The backup file appears under its final name only once it has passed verification; a
failed or cancelled backup leaves nothing behind. Restore verifies first, keeps a copy of the
database it replaces (``<db>.sebelum-pulih-YYYYMMDD-HHMMSS.sqlite``) and reopens the restored
file. A yearly archive is a separate, read-only database with the cases of one year.

Every function here raises only ``UserError``s (``BackupError``, ``BackupCancelled``,
``BackupInvalid``) for problems a user can act on; ``verify_backup`` never raises.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from app import __version__, store
from app.errors import DatabaseProblem, UserError

MANIFEST_FORMAT = "ujikon-cadangan"
MANIFEST_FORMAT_VERSION = 1
KIND_BACKUP = "cadangan"
KIND_ARCHIVE = "arsip_tahunan"
BACKUP_NAME = re.compile(r"^ujikon-(\d{8})-(\d{6})(?:-(\d+))?\.sqlite$")
HASH_CHUNK = 1024 * 1024
MANIFEST_MAX_BYTES = 1024 * 1024

# Tables a yearly archive keeps whole: the reference data its cases point to.
ARCHIVE_REFERENCE_TABLES = frozenset({
    "setting", "schema_version", "opd", "official", "sopversion", "legalreference",
    "holidayoverride",
})

Progress = Callable[[int, int, str], Any]  # (done, total, text) → False to cancel


class BackupError(UserError):
    """A backup or archive could not be made; nothing was left behind."""


class BackupCancelled(UserError):
    """The user cancelled; nothing was left behind."""

    def __init__(self, message: str = "Pencadangan dibatalkan; tidak ada berkas yang "
                                      "ditinggalkan.") -> None:
        super().__init__(message)


class BackupInvalid(UserError):
    """A backup (or its manifest) failed verification; it is not used."""


# =============================================================================== manifest
@dataclass(frozen=True)
class Manifest:
    app_version: str
    schema_version: int
    created_at: datetime  # UTC
    source: str
    file: str
    size: int
    sha256: str
    counts: dict[str, int]
    kind: str = KIND_BACKUP
    year: int | None = None

    def to_json(self) -> str:
        return json.dumps({
            "format": MANIFEST_FORMAT, "format_version": MANIFEST_FORMAT_VERSION,
            "jenis": self.kind, "tahun": self.year,
            "app": "Ujikon", "app_version": self.app_version,
            "schema_version": self.schema_version,
            "created_at": self.created_at.astimezone(UTC).isoformat(timespec="seconds"),
            "source": self.source, "file": self.file, "size": self.size,
            "sha256": self.sha256, "counts": dict(sorted(self.counts.items())),
        }, ensure_ascii=False, indent=2) + "\n"


def manifest_path(backup: Path | str) -> Path:
    """``ujikon-20261125-083000.sqlite`` → ``ujikon-20261125-083000.manifest.json``."""
    backup = Path(backup)
    return backup.with_name(backup.stem + ".manifest.json")


def _bad_manifest(detail: str) -> BackupInvalid:
    return BackupInvalid(f"Manifes cadangan tidak sah: {detail}.")


def parse_manifest(text: str) -> Manifest:
    """Read a manifest; anything malformed raises ``BackupInvalid`` naming the problem."""
    if not isinstance(text, str):
        raise _bad_manifest("bukan teks")
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        raise _bad_manifest("bukan JSON yang sah") from None
    if not isinstance(data, dict):
        raise _bad_manifest("isinya bukan objek JSON")
    if data.get("format") != MANIFEST_FORMAT:
        raise _bad_manifest("bukan manifes cadangan Ujikon")
    fmt = data.get("format_version")
    if not isinstance(fmt, int) or isinstance(fmt, bool) or fmt > MANIFEST_FORMAT_VERSION:
        raise _bad_manifest("versi formatnya tidak dikenal")

    def need(key: str, kind: type) -> Any:
        value = data.get(key)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise _bad_manifest(f"isian '{key}' tidak ada atau bentuknya salah")
        return value

    sha = need("sha256", str).lower()
    if not re.fullmatch(r"[0-9a-f]{64}", sha):
        raise _bad_manifest("isian 'sha256' bukan SHA-256")
    size = need("size", int)
    schema = need("schema_version", int)
    if size < 0 or schema < 1:
        raise _bad_manifest("ukuran atau versi skema tidak masuk akal")
    try:
        created = datetime.fromisoformat(need("created_at", str))
    except ValueError:
        raise _bad_manifest("isian 'created_at' bukan waktu ISO 8601") from None
    if created.tzinfo is None:
        created = created.replace(tzinfo=UTC)
    counts = need("counts", dict)
    if not all(isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool)
               and v >= 0 for k, v in counts.items()):
        raise _bad_manifest("isian 'counts' harus jumlah baris per tabel")
    kind = data.get("jenis", KIND_BACKUP)
    if kind not in (KIND_BACKUP, KIND_ARCHIVE):
        raise _bad_manifest("jenisnya tidak dikenal")
    year = data.get("tahun")
    if year is not None and (not isinstance(year, int) or isinstance(year, bool)):
        raise _bad_manifest("isian 'tahun' harus angka tahun")
    return Manifest(app_version=str(data.get("app_version", "")), schema_version=schema,
                    created_at=created.astimezone(UTC), source=str(data.get("source", "")),
                    file=need("file", str), size=size, sha256=sha, counts=dict(counts),
                    kind=kind, year=year)


# =============================================================================== helpers
def _tables(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")]


def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
            for t in _tables(conn)}


def _schema_version(conn: sqlite3.Connection) -> int:
    try:
        return conn.execute("SELECT max(version) FROM schema_version").fetchone()[0] or 1
    except sqlite3.OperationalError:
        return 1


def _setting(conn: sqlite3.Connection, key: str, default: Any) -> Any:
    try:
        row = conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
        return default if row is None else json.loads(row[0])
    except (sqlite3.Error, ValueError, TypeError):
        return default


def file_sha256(path: Path, progress: Callable[[int, int], None] | None = None) -> str:
    digest = hashlib.sha256()
    total = path.stat().st_size
    done = 0
    with path.open("rb") as f:
        while chunk := f.read(HASH_CHUNK):
            digest.update(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, total)
    return digest.hexdigest()


def _fsync(path: Path) -> None:
    with path.open("rb+") as f:
        os.fsync(f.fileno())


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    with suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _unique(folder: Path, stem: str, suffix: str) -> Path:
    candidate = folder / f"{stem}{suffix}"
    n = 2
    while candidate.exists() or candidate.with_name(candidate.name + ".part").exists():
        candidate = folder / f"{stem}-{n}{suffix}"
        n += 1
    return candidate


@contextmanager
def _removed_on_failure(created: list[Path], dest: Path) -> Iterator[None]:
    """Whatever goes wrong (or a cancel), the files made so far are removed; file-system and
    SQLite errors become a BackupError that says what to check."""
    try:
        yield
    except UserError:
        _remove(*created)
        raise
    except (OSError, sqlite3.Error) as exc:
        _remove(*created)
        raise _file_error(exc, dest) from exc
    except BaseException:
        _remove(*created)
        raise


def _remove(*paths: Path | None) -> None:
    for p in paths:
        if p is not None:
            with suppress(OSError):
                p.unlink()


def _integrity(conn: sqlite3.Connection) -> str:
    rows = conn.execute("PRAGMA integrity_check").fetchall()
    return "\n".join(str(r[0]) for r in rows[:10])


def thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _human_size(size: int) -> str:
    value = float(size)
    for unit in ("bita", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            text = f"{value:.0f} {unit}" if unit == "bita" else f"{value:.1f} {unit}"
            return text.replace(".", ",")
        value /= 1024
    return f"{size} bita"


def _source_path(source: Path | str | None) -> Path:
    active = store.current()
    path = Path(source) if source is not None else (active.path if active else None)
    if path is None:
        raise BackupError("Tidak ada basis data yang terbuka untuk dicadangkan.")
    if not path.is_file():
        raise BackupError(f"Basis data {path} tidak ditemukan.")
    return path


class _Steps:
    """Progress in percent, and the cancel check between (and inside) the steps."""

    def __init__(self, progress: Progress | None, cancelled: Callable[[], bool] | None):
        self.progress, self.cancelled = progress, cancelled

    def is_cancelled(self) -> bool:
        return bool(self.cancelled is not None and self.cancelled())

    def __call__(self, percent: int, text: str) -> None:
        go = self.progress(percent, 100, text) if self.progress is not None else True
        if go is False or self.is_cancelled():
            raise BackupCancelled()


def _snapshot(source: Path, target: Path) -> tuple[dict[str, int], int, dict[str, Any]]:
    """Copy ``source`` into ``target`` (a new file) with the online backup API, inside one
    read transaction that also counts every table: the counts describe exactly the copied
    snapshot whatever other connections commit meanwhile. Returns (counts, schema version,
    settings the backup needs)."""
    src = store.connect_for_reading(source)
    try:
        src.execute("BEGIN")
        counts = table_counts(src)  # the read transaction (and its snapshot) starts here
        schema = _schema_version(src)
        settings = {"simpan_cadangan": _setting(src, "simpan_cadangan", 30),
                    "arsip_tahunan": _setting(src, "arsip_tahunan", None)}
        dst = sqlite3.connect(str(target), isolation_level=None)
        try:
            # One step (pages=-1): a multi-step backup restarts on every write by another
            # connection and may never finish while the window writes (TOOLCHAIN §6).
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # a standalone file, no -wal
        finally:
            dst.close()
        src.execute("COMMIT")
    finally:
        src.close()
    return counts, schema, settings


def _file_error(exc: BaseException, where: Path) -> BackupError:
    if isinstance(exc, OSError):
        reason = exc.strerror or str(exc)
        return BackupError(
            f"Berkas di {where} tidak dapat ditulis: {reason}. Periksa apakah diska atau "
            "flashdisk masih terpasang, tidak penuh, dan boleh ditulis; lalu ulangi.")
    return BackupError(f"Pencadangan gagal: {store.translate_message(exc)}")


# =============================================================================== backup
@dataclass(frozen=True)
class BackupResult:
    path: Path
    manifest_path: Path
    manifest: Manifest
    deleted: tuple[Path, ...] = ()  # older backups removed to keep the last K

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
        lines = [f"Cadangan terverifikasi: {self.path}",
                 f"Ukuran: {_human_size(m.size)} ({thousands(m.size)} bita)",
                 f"SHA-256: {m.sha256}",
                 f"Versi skema: {m.schema_version}",
                 "Isi: " + counts_text(m.counts)]
        if self.deleted:
            lines.append(f"Cadangan lama yang dihapus: {len(self.deleted)}")
        return "\n".join(lines)


COUNT_LABELS = {"case": "kasus", "infoitem": "butir informasi", "steprecord": "tahapan",
                "document": "dokumen final", "attachment": "pindaian", "event": "riwayat",
                "official": "pejabat", "opd": "perangkat daerah"}


def counts_text(counts: dict[str, int]) -> str:
    shown = [f"{thousands(counts[t])} {label}"
             for t, label in COUNT_LABELS.items() if t in counts]
    return ", ".join(shown)


def backup(dest_dir: Path | str, progress: Progress | None = None,
           cancelled: Callable[[], bool] | None = None, *, source: Path | str | None = None,
           record: bool = True, keep: int | None = None) -> BackupResult:
    """Back up the active database (or ``source``) into ``dest_dir`` and verify the copy.

    ``progress(done, total, text)`` may return False to cancel, as may ``cancelled()``.
    ``record``: note the backup in the database (setting ``cadangan_terakhir`` and a history
    event); pass False when running off the GUI thread and call ``record_backup`` there.
    ``keep``: how many backups to keep in the folder (default: setting ``simpan_cadangan``).
    Raises ``BackupError`` / ``BackupCancelled``; nothing partial is left behind."""
    steps = _Steps(progress, cancelled)
    src = _source_path(source)
    dest = Path(dest_dir)
    try:
        dest.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(f"Folder cadangan {dest} tidak dapat dibuat: "
                          f"{exc.strerror or exc}. Periksa apakah diska atau flashdisk "
                          "terpasang.") from exc
    if not dest.is_dir():
        raise BackupError(f"{dest} bukan folder.")
    stamp = datetime.now()
    final = _unique(dest, f"ujikon-{stamp:%Y%m%d-%H%M%S}", ".sqlite")
    part = final.with_name(final.name + ".part")
    manifest_file = manifest_path(final)
    created: list[Path] = [part]
    with _removed_on_failure(created, dest):
        steps(0, "Menyalin basis data…")
        counts, schema, settings = _snapshot(src, part)
        steps(40, "Memeriksa keutuhan salinan…")
        _verify_copy(part, counts, steps)
        steps(70, "Menghitung SHA-256…")
        size = part.stat().st_size
        sha = file_sha256(part, lambda done, total: steps(
            70 + int(25 * done / max(total, 1)), "Menghitung SHA-256…"))
        _fsync(part)
        manifest = Manifest(app_version=__version__, schema_version=schema,
                            created_at=datetime.now(UTC).replace(microsecond=0),
                            source=str(src.resolve()),
                            file=final.name, size=size, sha256=sha, counts=counts)
        steps(97, "Menulis manifes…")
        os.replace(part, final)
        created.append(final)
        tmp = manifest_file.with_name(manifest_file.name + ".part")
        created.append(tmp)
        tmp.write_text(manifest.to_json(), encoding="utf-8")
        _fsync(tmp)
        os.replace(tmp, manifest_file)
        created.append(manifest_file)
        _fsync_dir(dest)
    limit = keep if keep is not None else settings.get("simpan_cadangan", 30)
    deleted = prune_backups(dest, limit if isinstance(limit, int) else 30)
    result = BackupResult(final, manifest_file, manifest, tuple(deleted))
    if progress is not None:
        progress(100, 100, "Selesai.")  # done: a late cancel no longer undoes it
    if record:
        record_backup(result)
    return result


def _verify_copy(path: Path, counts: dict[str, int], steps: _Steps) -> None:
    conn = store.connect_read_only(path)
    try:
        conn.set_progress_handler(lambda: 1 if steps.is_cancelled() else 0, 20000)
        try:
            integrity = _integrity(conn)
        except sqlite3.OperationalError as exc:
            if steps.is_cancelled():
                raise BackupCancelled() from exc
            raise
        if integrity != "ok":
            raise BackupError(f"Salinan tidak lolos pemeriksaan keutuhan ({integrity}); "
                              "salinan dihapus. Ulangi, atau pilih folder lain.")
        copied = table_counts(conn)
    finally:
        conn.close()
    if copied != counts:
        differ = sorted(t for t in set(copied) | set(counts) if copied.get(t) != counts.get(t))
        raise BackupError(f"Jumlah baris salinan berbeda dengan basis data ({', '.join(differ)})"
                          "; salinan dihapus. Ulangi pencadangan.")


def prune_backups(folder: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` backups (``ujikon-YYYYMMDD-HHMMSS.sqlite`` and
    their manifests) in ``folder``. Nothing else is touched."""
    keep = max(1, keep)
    backups = sorted((p for p in folder.iterdir() if BACKUP_NAME.match(p.name)),
                     key=lambda p: _backup_sort_key(p.name))
    deleted: list[Path] = []
    for old in backups[:-keep]:
        try:
            old.unlink()
        except OSError:
            continue
        _remove(manifest_path(old))
        deleted.append(old)
    return deleted


def _backup_sort_key(name: str) -> tuple[str, str, int]:
    m = BACKUP_NAME.match(name)
    assert m is not None
    return m.group(1), m.group(2), int(m.group(3) or 1)


def record_backup(result: BackupResult, actor=None) -> None:
    """Note a verified backup in the active database (when it is the backup's source and
    writable): setting ``cadangan_terakhir`` and the history event ``cadangan_dibuat``."""
    from app import history
    from app.models import database
    from app.settings import set_setting

    active = store.current()
    if active is None or active.read_only:
        return
    if str(active.path.resolve()) != result.manifest.source:
        return
    m = result.manifest
    with database.atomic():
        set_setting("cadangan_terakhir", {
            "waktu": m.created_at.isoformat(timespec="seconds"), "path": str(result.path),
            "sha256": m.sha256, "ukuran": m.size})
        history.record("cadangan_dibuat", f"Cadangan dibuat: {result.path.name}", actor,
                       detail={"path": str(result.path), "sha256": m.sha256, "ukuran": m.size,
                               "jumlah": m.counts})


# =============================================================================== reminder
@dataclass(frozen=True)
class LastBackup:
    when: datetime  # UTC
    path: str
    sha256: str
    size: int = 0


def last_backup() -> LastBackup | None:
    """The last verified backup noted in the active database, or None."""
    from app.settings import get_setting

    value = get_setting("cadangan_terakhir")
    if not isinstance(value, dict):
        return None
    try:
        when = datetime.fromisoformat(str(value["waktu"]))
    except (KeyError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return LastBackup(when.astimezone(UTC), str(value.get("path", "")),
                      str(value.get("sha256", "")), int(value.get("ukuran") or 0))


def database_created_at() -> datetime | None:
    row = store.SchemaVersion.select(store.SchemaVersion.applied_at).order_by(
        store.SchemaVersion.applied_at).first()
    if row is None:
        return None
    try:
        when = datetime.fromisoformat(row.applied_at)
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def backup_due(days: int | None = None, now: datetime | None = None) -> bool:
    """Whether to remind: the last verified backup is older than ``days`` (setting
    ``hari_pengingat_cadangan``; 0 turns the reminder off), or there has never been one and
    the database is older than that. Never for a read-only database."""
    from app.settings import get_setting

    active = store.current()
    if active is not None and active.read_only:
        return False
    if days is None:
        days = get_setting("hari_pengingat_cadangan")
    if not isinstance(days, int) or isinstance(days, bool) or days <= 0:
        return False
    days = min(days, 36500)  # a century: effectively never
    now = now or datetime.now(UTC)
    last = last_backup()
    since = last.when if last is not None else database_created_at()
    return since is None or now - since > timedelta(days=days)


# =============================================================================== verify
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
        return (f"Cadangan {self.path.name} tidak dapat dipakai:\n"
                + "\n".join(f"• {p}" for p in self.problems))


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
        raw = mpath.read_bytes()
        if len(raw) > MANIFEST_MAX_BYTES:
            raise _bad_manifest("berkasnya terlalu besar")
        manifest = parse_manifest(raw.decode("utf-8"))
    except FileNotFoundError:
        check.problems.append(f"Manifes {mpath.name} tidak ditemukan di samping berkas "
                              "cadangan, sehingga keasliannya tidak dapat diperiksa.")
    except UnicodeDecodeError:
        check.problems.append("Manifes cadangan tidak sah: bukan teks UTF-8.")
    except BackupInvalid as exc:
        check.problems.append(exc.message)
    except OSError as exc:
        check.problems.append(f"Manifes {mpath.name} tidak dapat dibaca: {exc.strerror}.")
    check.manifest = manifest
    check.size = path.stat().st_size
    if progress is not None:
        progress(0, 100, "Menghitung SHA-256…")
    check.sha256 = file_sha256(path, None if progress is None else lambda d, t: progress(
        int(50 * d / max(t, 1)), 100, "Menghitung SHA-256…"))
    if manifest is not None:
        if manifest.size != check.size:
            check.problems.append(f"Ukuran berkas ({check.size} bita) tidak sama dengan yang "
                                  f"tercatat di manifes ({manifest.size} bita): berkas "
                                  "terpotong atau diubah.")
        if manifest.sha256 != check.sha256:
            check.problems.append("SHA-256 berkas tidak sama dengan yang tercatat di manifes: "
                                  "berkas telah diubah atau rusak sejak dicadangkan.")
    with path.open("rb") as f:
        header = f.read(100)
    if not header.startswith(store.SQLITE_HEADER):
        check.problems.append("Berkas itu bukan basis data SQLite.")
        return
    if progress is not None:
        progress(50, 100, "Memeriksa keutuhan…")
    try:
        conn = store.connect_read_only(path)
        try:
            check.integrity = _integrity(conn)
            if check.integrity != "ok":
                check.problems.append(f"Pemeriksaan keutuhan gagal: {check.integrity}")
                return
            tables = set(_tables(conn))
            if not {"case", "setting"} <= tables:
                check.problems.append("Berkas itu bukan basis data Ujikon.")
                return
            check.counts = table_counts(conn)
            check.schema_version = _schema_version(conn)
            year = _setting(conn, "arsip_tahunan", None)
            check.archive_year = year if isinstance(year, int) else None
        finally:
            conn.close()
    except sqlite3.Error as exc:
        check.problems.append(f"Berkas basis data rusak atau tidak terbaca: "
                              f"{store.translate_message(exc)}")
        return
    newest = store.current_schema_version()
    if check.schema_version > newest:
        check.problems.append(f"Cadangan dibuat oleh versi Ujikon yang lebih baru (skema versi "
                              f"{check.schema_version}; aplikasi ini sampai versi {newest}). "
                              "Perbarui Ujikon lebih dulu.")
    if manifest is not None:
        if manifest.schema_version != check.schema_version:
            check.problems.append("Versi skema di manifes tidak sama dengan isi berkas.")
        if manifest.counts != check.counts:
            differ = sorted(t for t in set(manifest.counts) | set(check.counts)
                            if manifest.counts.get(t) != check.counts.get(t))
            check.problems.append("Jumlah baris tidak sama dengan manifes: "
                                  + ", ".join(differ) + ".")
    if progress is not None:
        progress(100, 100, "Selesai.")


# =============================================================================== restore
@dataclass(frozen=True)
class PreparedRestore:
    backup: Path
    db_path: Path
    staged: Path  # the verified backup copied beside the database, ready to be moved in
    previous: Path | None  # the copy of the database being replaced
    check: BackupCheck


@dataclass(frozen=True)
class RestoreResult:
    backup: Path
    db_path: Path
    previous: Path | None
    check: BackupCheck
    migrated: bool = False


def previous_copy_path(db_path: Path) -> Path:
    return db_path.with_name(f"{db_path.name}.sebelum-pulih-{datetime.now():%Y%m%d-%H%M%S}"
                             ".sqlite")


def prepare_restore(backup_path: Path | str, db_path: Path | str,
                    progress: Progress | None = None) -> PreparedRestore:
    """Everything slow that does not touch the database: verify the backup (``BackupInvalid``
    when it fails: nothing changes), copy it beside the database, and keep a copy of the
    database it will replace. May run off the GUI thread."""
    backup_path, db_path = Path(backup_path), Path(db_path)
    check = verify_backup(backup_path, progress)
    if not check.ok:
        raise BackupInvalid(check.message + "\n\nBasis data tidak diubah.")
    if check.archive_year is not None or (check.manifest and check.manifest.kind != KIND_BACKUP):
        raise BackupInvalid(f"{backup_path.name} adalah arsip tahunan, bukan cadangan lengkap; "
                            "buka saja secara hanya-baca. Basis data tidak diubah.")
    staged = db_path.with_name(db_path.name + ".pulih.part")
    previous = None
    try:
        shutil.copyfile(backup_path, staged)
        _fsync(staged)
        if file_sha256(staged) != check.sha256:
            raise BackupError("Salinan cadangan yang dibaca berbeda dengan aslinya (diska atau "
                              "flashdisk bermasalah?). Basis data tidak diubah.")
        if db_path.exists():
            previous = previous_copy_path(db_path)
            _keep_previous(db_path, previous)
    except UserError:
        _remove(staged, previous)
        raise
    except (OSError, sqlite3.Error) as exc:
        _remove(staged, previous)
        raise BackupError(f"Pemulihan tidak dapat disiapkan: {exc}. Basis data tidak "
                          "diubah.") from exc
    return PreparedRestore(backup_path, db_path, staged, previous, check)


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


def finish_restore(prepared: PreparedRestore, actor=None) -> RestoreResult:
    """Replace the database with the staged backup and reopen it (on the thread that owns
    the connection, i.e. the GUI thread). The database stays locked by this process."""
    from app import history
    from app.models import database

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
            _remove(prepared.staged, prepared.previous)
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
        _remove(prepared.staged)
        raise BackupError(f"Basis data tidak dapat diganti ({exc.strerror or exc}); mungkin "
                          "masih dibuka program lain. Basis data tidak diubah.") from exc
    store.release_lock_file(lock)
    _fsync_dir(db_path.parent)
    try:
        reopened = store.open_database(db_path)
    except DatabaseProblem as exc:
        where = f" Salinan basis data sebelumnya: {prepared.previous}." if prepared.previous \
            else ""
        raise BackupError(f"Cadangan sudah dipulihkan ke {db_path}, tetapi tidak dapat dibuka: "
                          f"{exc.message}{where}") from exc
    migrated = (prepared.check.schema_version or 0) < store.current_schema_version()
    if not reopened.read_only:
        with database.atomic():
            history.record("cadangan_dipulihkan",
                           f"Basis data dipulihkan dari cadangan {prepared.backup.name}", actor,
                           detail={"cadangan": str(prepared.backup),
                                   "sha256": prepared.check.sha256,
                                   "salinan_sebelumnya": str(prepared.previous or "")})
    return RestoreResult(prepared.backup, db_path, prepared.previous, prepared.check, migrated)


def restore(backup_path: Path | str, db_path: Path | str, actor=None) -> RestoreResult:
    """Verify ``backup_path`` (refusing with ``BackupInvalid`` and leaving the database
    untouched if it fails), keep a copy of the current database, replace it and reopen it.
    Another process that has the database open makes it fail with ``DatabaseInUse``."""
    db_path = Path(db_path)
    active = store.current()
    if active is None or active.path.resolve() != db_path.resolve():
        held = store.read_lock(db_path)
        if held is not None and held.pid != os.getpid() and not store.lock_is_stale(held):
            store.acquire_lock(db_path)  # raises DatabaseInUse naming the holder
    return finish_restore(prepare_restore(backup_path, db_path), actor)


# =============================================================================== yearly archive
def archive_years() -> list[int]:
    """The years that have cases in the active database, newest first."""
    from app.models import Case

    return [r.tahun for r in Case.select(Case.tahun).distinct().order_by(Case.tahun.desc())]


def yearly_archive(year: int, dest_dir: Path | str, progress: Progress | None = None,
                   *, source: Path | str | None = None) -> Path:
    """Write ``ujikon-arsip-<year>.sqlite`` into ``dest_dir``: the cases registered in
    ``year`` with their items, steps, participants, history, documents and scans, plus the
    reference data they point to. The file is marked as an archive (setting
    ``arsip_tahunan``), so ``open_database`` opens it read-only. A manifest like a backup's
    lies beside it. Returns the archive's path."""
    if not isinstance(year, int) or isinstance(year, bool) or not 2000 <= year <= 2200:
        raise BackupError("Tahun arsip harus angka tahun, misalnya 2025.")
    steps = _Steps(progress, None)
    src = _source_path(source)
    dest = Path(dest_dir)
    try:
        dest.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(f"Folder {dest} tidak dapat dibuat: {exc.strerror or exc}.") from exc
    final = _unique(dest, f"ujikon-arsip-{year}", ".sqlite")
    part = final.with_name(final.name + ".part")
    mfile = manifest_path(final)
    created = [part]
    with _removed_on_failure(created, dest):
        steps(0, "Menyalin basis data…")
        _, schema, settings = _snapshot(src, part)
        if settings.get("arsip_tahunan") is not None:
            raise BackupError("Basis data ini sendiri sudah arsip tahunan.")
        steps(30, f"Memilah kasus tahun {year}…")
        _keep_year(part, year)
        steps(70, "Memeriksa keutuhan arsip…")
        conn = store.connect_read_only(part)
        try:
            integrity = _integrity(conn)
            counts = table_counts(conn)
        finally:
            conn.close()
        if integrity != "ok":
            raise BackupError(f"Arsip tidak lolos pemeriksaan keutuhan ({integrity}).")
        size = part.stat().st_size
        sha = file_sha256(part)
        _fsync(part)
        manifest = Manifest(app_version=__version__, schema_version=schema,
                            created_at=datetime.now(UTC).replace(microsecond=0),
                            source=str(src.resolve()),
                            file=final.name, size=size, sha256=sha, counts=counts,
                            kind=KIND_ARCHIVE, year=year)
        os.replace(part, final)
        created.append(final)
        mfile.write_text(manifest.to_json(), encoding="utf-8")
        created.append(mfile)
        steps(100, "Selesai.")
    return final


def _keep_year(path: Path, year: int) -> None:
    """In the copy at ``path``: delete everything that does not belong to ``year``'s cases,
    mark the file as an archive, and compact it."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("BEGIN")
        if not conn.execute('SELECT 1 FROM "case" WHERE tahun = ? LIMIT 1', (year,)).fetchone():
            raise BackupError(f"Tidak ada kasus tahun {year} di basis data ini.")
        conn.execute('DELETE FROM "case" WHERE tahun <> ?', (year,))
        kept_cases = 'SELECT id FROM "case"'
        for table in _tables(conn):
            if table in ARCHIVE_REFERENCE_TABLES or table == "case":
                continue
            columns = {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}
            if "case_id" in columns:
                conn.execute(f'DELETE FROM "{table}" WHERE case_id IS NULL '
                             f"OR case_id NOT IN ({kept_cases})")
            elif table == "numberregister":
                conn.execute('DELETE FROM numberregister WHERE NOT (document_id IN '
                             '(SELECT id FROM document) OR (document_id IS NULL AND tahun = ?))',
                             (year,))
            else:
                conn.execute(f'DELETE FROM "{table}"')  # accounts and anything not per case
        _clear_dangling_references(conn)
        conn.execute("DELETE FROM setting WHERE key IN ('cadangan_terakhir', 'folder_cadangan')")
        conn.execute("INSERT OR REPLACE INTO setting (key, value) VALUES ('arsip_tahunan', ?)",
                     (json.dumps(year),))
        broken = conn.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise BackupError(f"Arsip tahun {year} memuat rujukan yang putus: {broken[:5]}.")
        conn.execute("COMMIT")
        conn.execute("VACUUM")
        conn.execute("PRAGMA journal_mode = DELETE")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        conn.close()


def _clear_dangling_references(conn: sqlite3.Connection) -> None:
    """A nullable column pointing to a row the archive left out (e.g. a step assigned to a
    user account) is set to NULL; a required one is a bug reported by foreign_key_check."""
    for table, rowid, _parent, fkid in conn.execute("PRAGMA foreign_key_check").fetchall():
        keys = {r[0]: r for r in conn.execute(f'PRAGMA foreign_key_list("{table}")')}
        column = keys[fkid][3]
        info = {r[1]: r for r in conn.execute(f'PRAGMA table_info("{table}")')}
        if info[column][3] == 0:  # nullable
            conn.execute(f'UPDATE "{table}" SET "{column}" = NULL WHERE rowid = ?', (rowid,))
