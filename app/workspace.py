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


def open(  # noqa: A001
    path: Path | str, read_only: bool = False, password: str | None = None
) -> DatabaseInfo:
    """Open ``path`` (a file, or a server's ``postgresql://`` URL) for this window (see
    ``app.store.open_database``); ``password``: a server's, typed at the prompt."""
    return store.open_database(path, read_only=read_only, password=password)


def database_key(target: Path | str) -> str:
    """How this PC remembers a database (``app.location.database_key``)."""
    from app.location import database_key as key

    return key(target)


def is_server(target: Path | str) -> bool:
    from app.location import is_server as on_server

    return on_server(target)


def server_url(host: str, port: int, dbname: str, user: str) -> str:
    """The URL of a server database from the connect dialog's fields (no password: it is
    asked at every start and never stored)."""
    from urllib.parse import quote

    who = f"{quote(user, safe='')}@" if user else ""
    return f"postgresql://{who}{host}:{int(port)}/{quote(dbname, safe='')}"


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


def server_parts(url: str) -> tuple[str, int, str, str]:
    """(host, port, database, user) of a server URL, for the connect dialog's fields."""
    from app.location import server_address

    address = server_address(url)
    return address.host, address.port, address.dbname, address.user
