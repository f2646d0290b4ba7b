"""The history of a database: append-only, hash-chained events (``chain``), their kinds
(``kinds``), their wording as Indonesian sentences (``text``) and the global log (``log``).

The chain's functions are re-exported here because nearly every service records an event.
"""

from app.history.chain import (
    ChainResult,
    ChainWriter,
    HistoryEntry,
    case_history,
    event_hash,
    moved_deadlines_detail,
    rechain_all,
    record,
    verify_chain,
)
from app.history.kinds import EventKind

__all__ = [
    "ChainResult",
    "ChainWriter",
    "EventKind",
    "HistoryEntry",
    "case_history",
    "event_hash",
    "moved_deadlines_detail",
    "rechain_all",
    "record",
    "verify_chain",
]
