"""The append-only event history: what was done to a case, by whom, when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.clock import now_utc
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


def record(
    kind: str,
    summary: str,
    actor: Actor | None = None,
    case: Case | None = None,
    detail: Any = None,
) -> Event:
    """Append an event. Call inside the transaction of the change it describes."""
    return Event.create(
        case=case,
        waktu=now_utc(),
        pelaku=actor.name if actor else "",
        peran=actor.role if actor else "",
        jenis=kind,
        ringkasan=summary,
        rincian=detail,
    )


def case_history(case_id: int) -> list[HistoryEntry]:
    rows = Event.select().where(Event.case == case_id).order_by(Event.waktu, Event.id)
    return [HistoryEntry(e.waktu, e.pelaku, e.peran, e.jenis, e.ringkasan, e.rincian)
            for e in rows]
