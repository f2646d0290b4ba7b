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
import operator
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import reduce
from hashlib import sha256
from json.encoder import encode_basestring  # what json.dumps(ensure_ascii=False) uses
from types import TracebackType
from typing import Any

from app.clock import now_utc
from app.history.kinds import EventKind
from app.models import Case, Event, database
from app.permissions import Actor
from app.store.bulk import bound_text, insert_rows
from app.store.engine import contains, on_server
from app.text import format_date


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


def event_hash(
    event_id: int,
    case_id: int | None,
    waktu: datetime | str,
    pelaku: str,
    peran: str,
    pengguna: str,
    jenis: str,
    ringkasan: str,
    rincian: Any,
    hash_sebelum: str,
) -> str:
    content = json.dumps(
        [
            event_id,
            case_id,
            _utc_text(waktu),
            pelaku,
            peran,
            pengguna,
            jenis,
            ringkasan,
            rincian,
            hash_sebelum,
        ],
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def _row_hash(e: Event) -> str:
    return event_hash(
        e.id,
        e.case_id,
        e.waktu,
        e.pelaku,
        e.peran,
        e.pengguna,
        e.jenis,
        e.ringkasan,
        e.rincian,
        e.hash_sebelum,
    )


def _set_head(count: int, last_hash: str) -> None:
    # app.settings is imported where it is used: its change_settings records history.
    from app.settings import RANTAI_RIWAYAT, ChainHead, write_internal
    from app.signing.office import sign_head

    write_internal(RANTAI_RIWAYAT, ChainHead(jumlah=count, hash=last_hash))
    sign_head(count, last_hash)  # with the office key: only its holder can move the head


def record(
    kind: EventKind,
    summary: str,
    actor: Actor | None = None,
    case: Case | int | None = None,
    detail: Any = None,
) -> Event:
    """Append an event. Call inside the transaction of the change it describes (every write
    transaction is BEGIN IMMEDIATE on a file and holds the writer's advisory lock on a server,
    so two writers never chain onto the same event)."""
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


class ChainWriter:
    """Appends many events at once, for a bulk fill (``app.demo``), chained exactly as
    ``record`` chains them one by one.

    The newest event and the head are read once; ids follow the newest event; each hash is
    computed from the values as ``record`` would store and re-read them (the ``waktu`` text
    SQLite gives back, ``rincian`` as its JSON decodes); ``flush`` inserts the queued rows in
    many-row statements (``app.store.bulk``); ``close`` writes the head, once. Use inside the
    writing transaction, as a context manager (``with ChainWriter() as chain: ...``).

    Hashing is the slow part of 1.5 million events, so the hash text is assembled from parts
    encoded once (the same JSON ``event_hash`` builds); after every insert the first new row
    is re-read and checked against ``event_hash``, so the two can never silently differ.
    ``take`` and ``insert`` split ``flush`` for a caller that builds the events in one
    process and inserts them in another."""

    COLUMNS = (
        "id",
        "case",
        "waktu",
        "pelaku",
        "peran",
        "pengguna",
        "jenis",
        "ringkasan",
        "rincian",
        "hash_sebelum",
        "hash",
    )
    _MEMO_LIMIT = 50_000

    def __init__(self) -> None:
        from app import settings  # imported where used, as in record

        last = Event.select(Event.id, Event.hash).order_by(Event.id.desc()).first()
        self._next_id = (last.id if last else 0) + 1
        self._prev_hash = last.hash if last else ""
        # The previous hash as JSON: as stored for the newest event (whatever it holds), then
        # hex digits, JSON as they are.
        self._prev_json = encode_basestring(self._prev_hash)
        self._head_count = settings.value(settings.RANTAI_RIWAYAT)["jumlah"]
        self._inserted = 0  # events inserted that the head does not count yet
        self._last_hash = self._prev_hash  # of the newest inserted event
        self._rows: list[tuple[Any, ...]] = []
        # (when, id(actor), kind) → actor, stored columns, their JSON as hashed (``_context``)
        self._contexts: dict[tuple[datetime, int, EventKind], tuple] = {}
        self._details: dict[int, tuple[Any, str, str]] = {}  # id(detail) → it, its texts
        self._hashed_details: dict[str, str] = {}  # stored rincian → its JSON as hashed
        self._columns = [Event._meta.fields[name].column_name for name in self.COLUMNS]

    def __enter__(self) -> ChainWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:  # on an error the transaction is rolled back: nothing to close
            self.close()

    def add(
        self,
        kind: EventKind,
        summary: str,
        actor: Actor | None = None,
        case_id: int | None = None,
        detail: Any = None,
        when: datetime | None = None,
    ) -> int:
        """Queue one event (the arguments of ``record``); returns its id."""
        if when is None:
            when = now_utc()
        context = self._contexts.get((when, id(actor), kind))
        if context is None or context[0] is not actor:
            context = self._context(when, actor, kind)
        _, waktu, pelaku, peran, pengguna, jenis, context_json = context
        encoded = self._details.get(id(detail))
        if encoded is None or encoded[0] is not detail:
            encoded = self._detail(detail)
        _, rincian, detail_json = encoded
        event_id, prev = self._next_id, self._prev_hash
        digest = sha256(
            f"[{event_id},{'null' if case_id is None else int(case_id)},{context_json},"
            f"{encode_basestring(summary)},{detail_json},{self._prev_json}]".encode()
        ).hexdigest()
        self._rows.append(
            (
                event_id,
                case_id,
                waktu,
                pelaku,
                peran,
                pengguna,
                jenis,
                summary,
                rincian,
                prev,
                digest,
            )
        )
        self._next_id, self._prev_hash, self._prev_json = event_id + 1, digest, f'"{digest}"'
        return event_id

    def _context(self, when: datetime, actor: Actor | None, kind: EventKind) -> tuple:
        """The columns from ``waktu`` to ``jenis`` as stored, and their JSON as
        ``verify_chain`` reads them back and hashes them, once per time, actor and kind.
        ``waktu`` is the text sqlite3 binds for the value peewee passes it (without asking
        the database: events may be built in another process, see ``app.demo``)."""
        waktu = bound_text(Event.waktu.db_value(when))
        people = (actor.name, actor.role, actor.username) if actor else ("", "", "")
        jenis = EventKind(kind).value
        if len(self._contexts) > self._MEMO_LIMIT:
            self._contexts.clear()
        parts = (_utc_text(Event.waktu.python_value(waktu)), *people, jenis)
        context = self._contexts[(when, id(actor), kind)] = (
            actor,
            waktu,
            *people,
            jenis,
            ",".join(encode_basestring(p) for p in parts),
        )
        return context

    def _detail(self, detail: Any) -> tuple[Any, str, str]:
        """The ``rincian`` text stored and its JSON as ``verify_chain`` decodes and hashes
        it. A detail object passed again is encoded once (a bulk fill shares one object
        among equal events), so a detail must not be changed once it is added."""
        stored = Event.rincian.db_value(detail)
        hashed = self._hashed_details.get(stored)
        if hashed is None:
            hashed = json.dumps(
                Event.rincian.python_value(stored),
                ensure_ascii=False,
                sort_keys=True,
                separators=(",", ":"),
            )
        if len(self._details) > self._MEMO_LIMIT:  # bounded memory; both are only caches
            self._details.clear()
            self._hashed_details.clear()
        self._hashed_details[stored] = hashed
        encoded = self._details[id(detail)] = (detail, stored, hashed)  # it keeps its id
        return encoded

    def take(self) -> list[tuple[Any, ...]]:
        """The queued event rows, handed to the caller to ``insert`` (``flush`` does both;
        the bulk demo builds events in one process and inserts them in another)."""
        rows, self._rows = self._rows, []
        return rows

    def insert(self, rows: list[tuple[Any, ...]]) -> None:
        """Insert rows that ``take`` gave, in order, then re-read the first and check its
        hash against ``event_hash``."""
        if not rows:
            return
        insert_rows(Event._meta.table_name, self._columns, rows)
        if on_server():
            # The rows carry their ids: a server's id sequence does not see them (SQLite's
            # next rowid does), so move it past them for the next ``record``.
            database.execute_sql(
                "SELECT setval(pg_get_serial_sequence(?, 'id'), ?)",
                (f'"{Event._meta.table_name}"', rows[-1][0]),
            )
        self._inserted += len(rows)
        self._last_hash = rows[-1][-1]
        stored = Event.get_by_id(rows[0][0])
        if _row_hash(stored) != stored.hash:
            raise RuntimeError(
                f"ChainWriter: hash of event #{stored.id} differs from "
                "event_hash; the bulk hash text no longer matches it."
            )

    def flush(self) -> None:
        """Insert the queued events."""
        self.insert(self.take())

    def close(self) -> None:
        """Insert what is queued and move the chain head past the inserted events."""
        self.flush()
        if self._inserted:
            self._head_count += self._inserted
            _set_head(self._head_count, self._last_hash)
            self._inserted = 0


def rechain_all() -> None:
    """Chain every event in id order (migration of a database from before the chain)."""
    prev_hash, count = "", 0
    for e in Event.select().order_by(Event.id):
        e.hash_sebelum = prev_hash
        e.hash = _row_hash(e)
        Event.update(hash_sebelum=e.hash_sebelum, hash=e.hash).where(Event.id == e.id).execute()
        prev_hash, count = e.hash, count + 1
    _set_head(count, prev_hash)


class ChainCheckStopped(Exception):
    """``verify_chain`` was asked to stop (the window's start-up check, when Ujikon quits)."""


def verify_chain(stop: Callable[[], bool] | None = None) -> ChainResult:
    """Walk the chain; the first event whose link or content does not match is named.
    ``stop``, asked every few thousand events, ends the walk with ``ChainCheckStopped``
    (at 100,000 cases the chain has a million and a half events: tens of seconds).

    The events and the recorded head are read from one snapshot (a deferred read
    transaction, no write lock): events the window records meanwhile would otherwise make
    the head disagree with the walk and report tampering that is not there."""
    with database.atomic(lock_type="DEFERRED"):
        return _walk_chain(stop)


def _walk_chain(stop: Callable[[], bool] | None) -> ChainResult:
    from app import settings

    prev_hash, count = "", 0
    for e in Event.select().order_by(Event.id).iterator():
        if stop is not None and count % 5000 == 0 and stop():
            raise ChainCheckStopped
        if e.hash_sebelum != prev_hash:
            return ChainResult(
                False,
                count,
                e.id,
                f"Rantai riwayat putus di kejadian #{e.id}: kejadian sebelumnya "
                "telah dihapus, disisipkan, atau diubah di luar aplikasi.",
            )
        if e.hash != _row_hash(e):
            return ChainResult(
                False,
                count,
                e.id,
                f"Kejadian riwayat #{e.id} ({e.jenis}, {_utc_text(e.waktu)}) "
                "telah diubah di luar aplikasi.",
            )
        prev_hash, count = e.hash, count + 1
    head = settings.value(settings.RANTAI_RIWAYAT)
    if head["jumlah"] != count or head["hash"] != prev_hash:
        return ChainResult(
            False,
            count,
            None,
            f"Riwayat tercatat {head['jumlah']} kejadian, tetapi yang ada "
            f"{count}: kejadian terakhir telah dihapus atau ditambahkan di luar "
            "aplikasi.",
        )
    return ChainResult(True, count, None, f"Rantai riwayat utuh ({count} kejadian).")


def moved_deadlines_detail(
    tahap: int, old: date, new: date, reason: str, cases: list[int]
) -> dict[str, Any]:
    """The detail of an event recording that the due date of step ``tahap`` of ``cases``
    moved from ``old`` to ``new`` (a calendar change: ``app.calendar_service``)."""
    return {
        "tahap": tahap,
        "lama": old.isoformat(),
        "baru": new.isoformat(),
        "alasan": reason,
        MOVED_CASES: list(cases),
    }


MOVED_CASES = "kasus"  # the cases an event of moved deadlines lists (by id)


def _listing(case_id: int) -> list[str]:
    """The texts a stored ``kasus`` list holds ``case_id`` as (JSON with ", " separators):
    a quick test, before the detail is decoded, that an event may list the case."""
    n = int(case_id)
    return [f"[{n},", f" {n},", f" {n}]", f"[{n}]"]


def _moved_for_case(e: Event, case_id: int) -> HistoryEntry | None:
    """The case's own entry of an event listing many cases' moved deadlines: the sentence
    and detail an event of that case alone would have (``Batas waktu tahap 2 bergeser dari …
    ke …: alasan``); None when the event does not list the case."""
    d = e.rincian
    if not isinstance(d, dict) or case_id not in (d.get(MOVED_CASES) or ()):
        return None
    try:
        old, new = date.fromisoformat(d["lama"]), date.fromisoformat(d["baru"])
        summary = (
            f"Batas waktu tahap {d['tahap']} bergeser dari {format_date(old)} ke "
            f"{format_date(new)}: {d['alasan']}"
        )
    except (KeyError, TypeError, ValueError):
        summary = e.ringkasan  # not as Ujikon writes it: shown as stored
    detail = {"tahap": d.get("tahap"), "lama": d.get("lama"), "baru": d.get("baru")}
    return HistoryEntry(e.waktu, e.pelaku, e.peran, e.jenis, summary, detail, e.pengguna)


def case_history(case_id: int) -> list[HistoryEntry]:
    """The case's events, oldest first, with the moves of its deadlines that events listing
    many cases recorded (``moved_deadlines_detail``)."""
    listed = reduce(operator.or_, (contains(Event.rincian, text) for text in _listing(case_id)))
    many = Event.case.is_null() & (Event.jenis == EventKind.DEADLINE_MOVED.value) & listed
    rows = Event.select().where((Event.case == case_id) | many).order_by(Event.waktu, Event.id)
    entries: list[HistoryEntry] = []
    for e in rows:
        if e.case_id is None:
            entry = _moved_for_case(e, case_id)
            if entry is not None:
                entries.append(entry)
            continue
        entries.append(
            HistoryEntry(e.waktu, e.pelaku, e.peran, e.jenis, e.ringkasan, e.rincian, e.pengguna)
        )
    return entries
