"""The database the window works on, as the window sees it: open it, describe it, close it.

The window never imports the store (``app.store``); these few functions are its way in.
Each thread has its own connection to the database (peewee keeps one per thread), so a
background job ends with ``end_thread`` to close the one it opened.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app import store
from app.models import database
from app.store import DatabaseInfo

__all__ = [
    "DatabaseInfo",
    "change_listener",
    "changes_of_notice",
    "close",
    "current",
    "end_thread",
    "lock_lost",
    "open",
    "read_only",
]


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


def change_listener() -> Any:
    """For a server database: a ``app.store.notify.Listener`` of the other PCs' changes,
    on a connection of its own (run it on a thread); None for a file."""
    db = database.obj
    info = store.current()
    if info is None or info.server is None:
        return None
    from app.store.notify import Listener

    return Listener(info.server.url, db.connect_params.get("password"))


def changes_of_notice(payload: str) -> Any:
    """The ``ChangeSet`` a window redraws for a notice from another PC (None: its own)."""
    from app.store.notify import change_set

    return change_set(payload)
