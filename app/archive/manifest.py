"""The manifest beside every backup and yearly archive: which app and schema made it, when,
from which database, the file's size and SHA-256, and the row count of every table::

    E:\\Cadangan Ujikon\\ujikon-20261125-083000.sqlite
    E:\\Cadangan Ujikon\\ujikon-20261125-083000.manifest.json

Verification compares a file with its manifest, so the manifest is read strictly (anything
malformed is ``BackupInvalid``) and written in one safe way for backups and archives alike
(``write_manifest``): a crash or a pulled flash drive leaves the old manifest or the new one,
never half of one.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.archive.errors import BackupInvalid
from app.archive.files import fsync_dir, fsync_file, remove

MANIFEST_FORMAT = "ujikon-cadangan"
MANIFEST_FORMAT_VERSION = 1
MANIFEST_MAX_BYTES = 1024 * 1024
KIND_BACKUP = "cadangan"
KIND_ARCHIVE = "arsip_tahunan"


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
        return (
            json.dumps(
                {
                    "format": MANIFEST_FORMAT,
                    "format_version": MANIFEST_FORMAT_VERSION,
                    "jenis": self.kind,
                    "tahun": self.year,
                    "app": "Ujikon",
                    "app_version": self.app_version,
                    "schema_version": self.schema_version,
                    "created_at": self.created_at.astimezone(UTC).isoformat(timespec="seconds"),
                    "source": self.source,
                    "file": self.file,
                    "size": self.size,
                    "sha256": self.sha256,
                    "counts": dict(sorted(self.counts.items())),
                },
                ensure_ascii=False,
                indent=2,
            )
            + "\n"
        )


def manifest_path(backup: Path | str) -> Path:
    """``ujikon-20261125-083000.sqlite`` → ``ujikon-20261125-083000.manifest.json``."""
    backup = Path(backup)
    return backup.with_name(backup.stem + ".manifest.json")


def write_manifest(manifest: Manifest, path: Path) -> None:
    """Write ``manifest`` to ``path`` atomically and durably: into ``<path>.part``, fsynced,
    renamed over ``path``, and the folder fsynced so the rename (and the backup file renamed
    into place just before) survives a power cut. On failure the ``.part`` is removed and the
    error raised."""
    part = path.with_name(path.name + ".part")
    try:
        part.write_text(manifest.to_json(), encoding="utf-8")
        fsync_file(part)
        os.replace(part, path)
    except BaseException:
        remove(part)
        raise
    fsync_dir(path.parent)


def _bad_manifest(detail: str) -> BackupInvalid:
    return BackupInvalid(f"Manifes cadangan tidak sah: {detail}.")


def read_manifest(path: Path) -> Manifest:
    """Read the manifest file at ``path``. Raises ``FileNotFoundError`` / ``OSError`` when it
    cannot be read, ``UnicodeDecodeError`` when it is not UTF-8 text, and ``BackupInvalid``
    when it is too big or malformed."""
    raw = path.read_bytes()
    if len(raw) > MANIFEST_MAX_BYTES:
        raise _bad_manifest("berkasnya terlalu besar")
    return parse_manifest(raw.decode("utf-8"))


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
    if not all(
        isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool) and v >= 0
        for k, v in counts.items()
    ):
        raise _bad_manifest("isian 'counts' harus jumlah baris per tabel")
    kind = data.get("jenis", KIND_BACKUP)
    if kind not in (KIND_BACKUP, KIND_ARCHIVE):
        raise _bad_manifest("jenisnya tidak dikenal")
    year = data.get("tahun")
    if year is not None and (not isinstance(year, int) or isinstance(year, bool)):
        raise _bad_manifest("isian 'tahun' harus angka tahun")
    return Manifest(
        app_version=str(data.get("app_version", "")),
        schema_version=schema,
        created_at=created.astimezone(UTC),
        source=str(data.get("source", "")),
        file=need("file", str),
        size=size,
        sha256=sha,
        counts=dict(counts),
        kind=kind,
        year=year,
    )
