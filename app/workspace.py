"""The database the window works on, as the window sees it: open it, describe it, close it.

The window never imports the store (``app.store``); these few functions are its way in.
Each thread has its own connection to the database (peewee keeps one per thread), so a
background job ends with ``end_thread`` to close the one it opened.
"""

from __future__ import annotations

from pathlib import Path

from app import store
from app.models import database
from app.store import DatabaseInfo

__all__ = ["DatabaseInfo", "close", "current", "end_thread", "lock_lost", "open", "read_only"]


def open(path: Path | str, read_only: bool = False) -> DatabaseInfo:  # noqa: A001
    """Open ``path`` for this window (see ``app.store.open_database``)."""
    return store.open_database(path, read_only=read_only)


def close() -> None:
    """Close the database, stop its lock's heartbeat and release the lock file."""
    store.close_database()


def current() -> DatabaseInfo | None:
    return store.current()


def read_only() -> bool:
    """Whether the open database may not be changed (nothing open: not read-only)."""
    info = store.current()
    return info is not None and info.read_only


def lock_lost() -> bool:
    return store.lock_lost()


def end_thread() -> None:
    """Close the calling thread's connection (a background job's last step)."""
    if database.obj is not None and not database.is_closed():
        database.close()
