"""The packet file: write it atomically, read it back and prove it whole (see the package
docstring for the format). No database access here: the caller says which keys it trusts."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.errors import UserError
from app.signing import keyfile

PACKET_SUFFIX = ".ujikon-kasus"
FORMAT = "ujikon-kasus"
VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
CASE = "kasus.json"
MAX_MEMBERS = 10_000
MAX_TOTAL = 2 * 1024**3  # 2 GB uncompressed: a packet claiming more is refused unread


class PacketProblem(UserError):
    """The packet cannot be accepted: damaged, forged, from an unknown key, a replay."""


def canonical(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_name(nomor: str) -> str:
    """``001/UK-DINKES/2026`` → ``001-UK-DINKES-2026.ujikon-kasus``."""
    safe = "".join(c if c.isalnum() or c in "-_." else "-" for c in nomor).strip("-.")
    return f"{safe or 'kasus'}{PACKET_SUFFIX}"


def write_packet(
    target: Path, manifest: dict[str, Any], case: dict[str, Any], blobs: dict[str, bytes], sign
) -> bytes:
    """Write the packet to ``target`` through a temporary file in the same folder and a
    rename, so a half-written packet never carries the final name. ``sign`` signs bytes
    (the office key). Returns the manifest bytes."""
    members = {CASE: canonical(case), **blobs}
    manifest = {**manifest, "berkas": {name: sha256(data) for name, data in members.items()}}
    manifest_bytes = canonical(manifest)
    signature = sign(manifest_bytes).encode()
    target = Path(target)
    fd, tmp = tempfile.mkstemp(prefix=".paket-", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as raw:
            with zipfile.ZipFile(raw, "w") as z:
                z.writestr(MANIFEST, manifest_bytes, zipfile.ZIP_DEFLATED)
                z.writestr(SIGNATURE, signature, zipfile.ZIP_STORED)
                for name, data in members.items():
                    method = zipfile.ZIP_DEFLATED if name.endswith(".json") else zipfile.ZIP_STORED
                    z.writestr(name, data, method)
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return manifest_bytes


@dataclass(frozen=True)
class Packet:
    """A packet read and proved whole: every member matches the signed manifest."""

    path: Path
    manifest: dict[str, Any]
    manifest_bytes: bytes
    signature: str
    case: dict[str, Any]
    blobs: dict[str, bytes]

    @property
    def sender_key(self) -> str:
        return str(self.manifest["pengirim"]["publik"])

    @property
    def sender_fingerprint(self) -> str:
        return keyfile.fingerprint(bytes.fromhex(self.sender_key))

    @property
    def uid(self) -> str:
        return str(self.manifest["kasus"]["uid"])

    @property
    def sequence(self) -> int:
        return int(self.manifest["urutan"])

    @property
    def sha256(self) -> str:
        return sha256(self.manifest_bytes)


def _damaged(path: Path, why: str) -> PacketProblem:
    return PacketProblem(
        f"Paket {path.name} rusak atau telah diubah ({why}). Tidak ada yang diimpor. Minta "
        "kantor pengirim mengirim ulang paketnya."
    )


def read_packet(path: Path | str) -> Packet:
    """Read the packet and prove it whole against its own manifest and signature (by the key
    the manifest names: whether that key is trusted is the caller's question). Raises
    ``PacketProblem`` for anything short of a whole packet."""
    path = Path(path)
    try:
        z = zipfile.ZipFile(path)
    except FileNotFoundError as exc:
        raise PacketProblem(f"Berkas {path} tidak ditemukan.") from exc
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError) as exc:
        raise _damaged(path, f"bukan arsip paket yang utuh: {exc}") from exc
    with z:
        infos = z.infolist()
        if len(infos) > MAX_MEMBERS or sum(i.file_size for i in infos) > MAX_TOTAL:
            raise _damaged(path, "isinya terlalu besar")
        names = [i.filename for i in infos]
        if len(set(names)) != len(names):
            raise _damaged(path, "ada anggota berkas yang ganda")
        try:
            data = {name: z.read(name) for name in names}
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, KeyError, zlib.error) as exc:
            raise _damaged(path, f"isinya tidak terbaca: {exc}") from exc
    if MANIFEST not in data or SIGNATURE not in data:
        raise _damaged(path, "tanpa manifest atau tanda tangannya")
    manifest_bytes = data.pop(MANIFEST)
    signature = data.pop(SIGNATURE).decode("ascii", "replace").strip()
    try:
        manifest = json.loads(manifest_bytes)
        if manifest.get("format") != FORMAT:
            raise _damaged(path, "bukan paket kasus Ujikon")
        if manifest.get("versi") != VERSION:
            raise PacketProblem(
                f"Paket {path.name} berformat versi {manifest.get('versi')}, sedangkan Ujikon "
                f"ini membaca versi {VERSION}. Perbarui Ujikon di kantor penerima."
            )
        public = str(manifest["pengirim"]["publik"])
        listed: dict[str, str] = dict(manifest["berkas"])
        int(manifest["urutan"])
        str(manifest["kasus"]["uid"])
    except PacketProblem:
        raise
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise _damaged(path, "manifest tidak terbaca") from exc
    if not keyfile.verify(public, signature, manifest_bytes):
        raise _damaged(path, "tanda tangan manifest tidak cocok dengan isinya")
    if set(listed) != set(data):
        raise _damaged(path, "daftar berkas tidak cocok dengan manifest")
    for name, digest in listed.items():
        if sha256(data[name]) != digest:
            raise _damaged(path, f"{name} tidak cocok dengan SHA-256 di manifest")
    try:
        case = json.loads(data.pop(CASE))
    except (KeyError, ValueError) as exc:
        raise _damaged(path, "data kasus tidak terbaca") from exc
    return Packet(path, manifest, manifest_bytes, signature, case, data)


def chain_events(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The packet's own chain: each event with the hash of the one before it and its own
    hash (SHA-256 of its canonical JSON without ``hash``)."""
    previous = ""
    out = []
    for event in events:
        linked = {**{k: v for k, v in event.items() if k != "hash"}, "hash_sebelum": previous}
        linked["hash"] = sha256(canonical(linked))
        previous = linked["hash"]
        out.append(linked)
    return out


def chain_problem(events: list[dict[str, Any]]) -> str | None:
    """Where the packet's chain of events breaks (None: whole)."""
    previous = ""
    for n, event in enumerate(events, start=1):
        if event.get("hash_sebelum") != previous:
            return f"kejadian ke-{n} tidak bersambung dengan sebelumnya"
        body = {k: v for k, v in event.items() if k != "hash"}
        if sha256(canonical(body)) != event.get("hash"):
            return f"kejadian ke-{n} tidak cocok dengan hash-nya"
        previous = event["hash"]
    return None
