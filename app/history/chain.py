"""The history: append-only, hash-chained events of what was done, by whom, when.

Each event stores the SHA-256 of the previous event (``hash_sebelum``) and its own hash over
its content and that link. Editing, deleting or inserting a row with an outside SQLite tool
breaks the chain at that row; deleting the newest rows is caught by the chain head kept in
the settings. ``verify_chain`` names the first broken link.

Limit, stated plainly: the chain has no secret, so someone who rewrites every later hash (and
the head) on purpose is not stopped by it. Backups with their manifest hashes and the
verification codes printed on signed paper are the anchors outside the database.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from app.clock import now_utc
from app.history.kinds import EventKind
from app.models import Case, Event
from app.permissions import Actor


@dataclass(frozen=True)
class HistoryEntry:
    when: datetime
    actor: str
    role: str
    kind: str
    summary: str
    detail: Any
    username: str = ""


@dataclass(frozen=True)
class ChainResult:
    ok: bool
    count: int
    first_bad_id: int | None
    message: str


def _utc_text(value: datetime | str) -> str:
    if isinstance(value, str):  # a row an outside tool wrote as plain text
        return value
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat()


def event_hash(event_id: int, case_id: int | None, waktu: datetime | str, pelaku: str,
               peran: str, pengguna: str, jenis: str, ringkasan: str, rincian: Any,
               hash_sebelum: str) -> str:
    content = json.dumps(
        [event_id, case_id, _utc_text(waktu), pelaku, peran, pengguna, jenis, ringkasan,
         rincian, hash_sebelum],
        ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def _row_hash(e: Event) -> str:
    return event_hash(e.id, e.case_id, e.waktu, e.pelaku, e.peran, e.pengguna, e.jenis,
                      e.ringkasan, e.rincian, e.hash_sebelum)


def _set_head(count: int, last_hash: str) -> None:
    # app.settings is imported where it is used: its change_settings records history.
    from app.settings import RANTAI_RIWAYAT, ChainHead, write_internal

    write_internal(RANTAI_RIWAYAT, ChainHead(jumlah=count, hash=last_hash))


def record(
    kind: EventKind,
    summary: str,
    actor: Actor | None = None,
    case: Case | int | None = None,
    detail: Any = None,
) -> Event:
    """Append an event. Call inside the transaction of the change it describes (every
    transaction is BEGIN IMMEDIATE, so two writers never chain onto the same event)."""
    from app import settings

    previous = Event.select(Event.id, Event.hash).order_by(Event.id.desc()).first()
    prev_hash = previous.hash if previous else ""
    event = Event.create(
        case=case,
        waktu=now_utc(),
        pelaku=actor.name if actor else "",
        peran=actor.role if actor else "",
        pengguna=actor.username if actor else "",
        jenis=EventKind(kind).value,
        ringkasan=summary,
        rincian=detail,
        hash_sebelum=prev_hash,
    )
    event = Event.get_by_id(event.id)  # as stored: the hash covers what a reader gets back
    event.hash = _row_hash(event)
    Event.update(hash=event.hash).where(Event.id == event.id).execute()
    _set_head(settings.value(settings.RANTAI_RIWAYAT)["jumlah"] + 1, event.hash)
    return event


def rechain_all() -> None:
    """Chain every event in id order (migration of a database from before the chain)."""
    prev_hash, count = "", 0
    for e in Event.select().order_by(Event.id):
        e.hash_sebelum = prev_hash
        e.hash = _row_hash(e)
        Event.update(hash_sebelum=e.hash_sebelum, hash=e.hash).where(
            Event.id == e.id).execute()
        prev_hash, count = e.hash, count + 1
    _set_head(count, prev_hash)


def verify_chain() -> ChainResult:
    """Walk the chain; the first event whose link or content does not match is named."""
    from app import settings

    prev_hash, count = "", 0
    for e in Event.select().order_by(Event.id).iterator():
        if e.hash_sebelum != prev_hash:
            return ChainResult(False, count, e.id,
                               f"Rantai riwayat putus di kejadian #{e.id}: kejadian sebelumnya "
                               "telah dihapus, disisipkan, atau diubah di luar aplikasi.")
        if e.hash != _row_hash(e):
            return ChainResult(False, count, e.id,
                               f"Kejadian riwayat #{e.id} ({e.jenis}, {_utc_text(e.waktu)}) "
                               "telah diubah di luar aplikasi.")
        prev_hash, count = e.hash, count + 1
    head = settings.value(settings.RANTAI_RIWAYAT)
    if head["jumlah"] != count or head["hash"] != prev_hash:
        return ChainResult(False, count, None,
                           f"Riwayat tercatat {head['jumlah']} kejadian, tetapi yang ada "
                           f"{count}: kejadian terakhir telah dihapus atau ditambahkan di luar "
                           "aplikasi.")
    return ChainResult(True, count, None, f"Rantai riwayat utuh ({count} kejadian).")


def case_history(case_id: int) -> list[HistoryEntry]:
    rows = Event.select().where(Event.case == case_id).order_by(Event.waktu, Event.id)
    return [HistoryEntry(e.waktu, e.pelaku, e.peran, e.jenis, e.ringkasan, e.rincian,
                         e.pengguna) for e in rows]
