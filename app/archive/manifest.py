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
import stat
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.archive.errors import BackupInvalid
from app.archive.files import file_sha256, fsync_dir, fsync_file, remove

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
    # The copied database's signed chain head (jumlah, hash, tanda_tangan), and the office
    # key's public half and signature over every other field (``app.signing.office``).
    head: dict[str, Any] | None = None
    key: str = ""
    signature: str = ""
    # The fields as read from the file (what a signature is checked against); None for a
    # manifest made here.
    read_fields: dict[str, Any] | None = field(default=None, compare=False, repr=False)

    def as_read(self) -> dict[str, Any]:
        """The fields exactly as read from the file (a signature covers those), or as this
        manifest would write them."""
        return dict(self.read_fields) if self.read_fields is not None else self.fields()

    def fields(self) -> dict[str, Any]:
        """Every field as written (``tanda_tangan`` included when signed)."""
        data: dict[str, Any] = {
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
        }
        if self.head is not None:
            data["kepala"] = dict(self.head)
        if self.key:
            data["kunci"] = self.key
        if self.signature:
            data["tanda_tangan"] = self.signature
        return data

    def to_json(self) -> str:
        return json.dumps(self.fields(), ensure_ascii=False, indent=2) + "\n"


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
    when it is not a regular file, too big or malformed. The size is checked before anything
    is read, and never more than ``MANIFEST_MAX_BYTES`` + 1 bytes are read (a FIFO or a device
    is refused without being read)."""
    if not stat.S_ISREG(os.stat(path).st_mode):
        raise _bad_manifest("bukan berkas biasa (folder, pipa atau perangkat)")
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as f:
        info = os.fstat(f.fileno())
        if not stat.S_ISREG(info.st_mode):  # swapped after the check above
            raise _bad_manifest("bukan berkas biasa (folder, pipa atau perangkat)")
        if info.st_size > MANIFEST_MAX_BYTES:
            raise _too_big(info.st_size)
        raw = f.read(MANIFEST_MAX_BYTES + 1)
    if len(raw) > MANIFEST_MAX_BYTES:  # it grew after the check
        raise _too_big(len(raw))
    return parse_manifest(raw.decode("utf-8"))


def _too_big(size: int) -> BackupInvalid:
    return _bad_manifest(
        f"berkasnya terlalu besar ({size:,} bita; manifes Ujikon paling besar "
        f"{MANIFEST_MAX_BYTES:,} bita), jadi bukan manifes yang dibuat Ujikon".replace(",", ".")
    )


def manifest_problem(
    path: Path, sha256: str | None = None, *, hash_file: bool = True
) -> str | None:
    """Whether the file ``path`` is what its manifest says: the manifest is there and sound,
    names this file, and the file's size and SHA-256 match it. ``sha256``: the file's hash
    when the caller just computed it; ``hash_file=False``: check all but the SHA-256 (unless
    ``sha256`` is given). Returns the problem in Indonesian, or None."""
    mpath = manifest_path(path)
    try:
        manifest = read_manifest(mpath)
    except FileNotFoundError:
        return f"manifes {mpath.name} tidak ada"
    except UnicodeDecodeError:
        return "manifesnya bukan teks UTF-8"
    except BackupInvalid as exc:
        return exc.message
    except OSError as exc:
        return f"manifes {mpath.name} tidak dapat dibaca ({exc.strerror or exc})"
    try:
        info = os.stat(path)
    except OSError as exc:
        return f"berkasnya tidak dapat dibaca ({exc.strerror or exc})"
    if not stat.S_ISREG(info.st_mode):
        return "bukan berkas biasa"
    if manifest.file != path.name:
        return f"manifesnya untuk berkas lain ({manifest.file})"
    if manifest.size != info.st_size:
        return (
            f"ukurannya ({info.st_size} bita) tidak sama dengan manifes "
            f"({manifest.size} bita): terpotong atau diubah"
        )
    if sha256 is None and not hash_file:
        return None
    try:
        actual = sha256 if sha256 is not None else file_sha256(path)
    except OSError as exc:
        return f"berkasnya tidak dapat dibaca ({exc.strerror or exc})"
    if actual != manifest.sha256:
        return "SHA-256-nya tidak sama dengan manifes: berkas diubah atau rusak"
    return None


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
    head = data.get("kepala")
    if head is not None and not (
        isinstance(head, dict)
        and isinstance(head.get("jumlah"), int)
        and not isinstance(head.get("jumlah"), bool)
        and isinstance(head.get("hash"), str)
        and isinstance(head.get("tanda_tangan"), str)
    ):
        raise _bad_manifest("isian 'kepala' harus ujung rantai riwayat yang ditandatangani")
    key, signature = data.get("kunci", ""), data.get("tanda_tangan", "")
    if not isinstance(key, str) or not isinstance(signature, str):
        raise _bad_manifest("isian 'kunci' atau 'tanda_tangan' bentuknya salah")
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
        head=head,
        key=key,
        signature=signature,
        read_fields=data,
    )
