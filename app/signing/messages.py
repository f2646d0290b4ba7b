"""Exactly what the office key signs. Each message starts with its own label, so a signature
made for one kind of thing can never be passed off as another's."""

from __future__ import annotations

import json
from typing import Any


def _canonical(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode(
        "utf-8", "surrogatepass"
    )


def head_message(count: int, head_hash: str) -> bytes:
    """The chain head: how many events, and the hash of the newest (which covers them all)."""
    return b"ujikon/kepala-riwayat/v1\n" + _canonical([count, head_hash])


def manifest_message(fields: dict[str, Any]) -> bytes:
    """A backup or archive manifest: every field but the signature itself."""
    return b"ujikon/manifes/v1\n" + _canonical(
        {k: v for k, v in fields.items() if k != "tanda_tangan"}
    )


def document_message(
    kode: str,
    jenis: str,
    versi: int,
    nomor: str | None,
    tanggal: str,
    sha256: str,
    event_id: int,
    event_hash: str,
) -> bytes:
    """A finalised document: what identifies it, its PDF's SHA-256, and the history event
    that finalised it (its id and hash: the chain head right after it was made)."""
    return b"ujikon/dokumen/v1\n" + _canonical(
        [kode, jenis, versi, nomor, tanggal, sha256, event_id, event_hash]
    )
