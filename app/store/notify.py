"""Each window sees the other PCs' work: PostgreSQL's LISTEN/NOTIFY.

Every transaction that changes sealed rows on a server ends with one ``pg_notify`` on
``CHANNEL`` (sent inside it, so PostgreSQL delivers it only if it commits): a short JSON
with the tables and the cases it changed (``notice_payload``), and the token of the process
that sent it. A window listens on a connection of its own (``Listener``) and turns each
notice into the ``ChangeSet`` it already redraws from after its own commands
(``change_set``): the changed rows of the case list fetched again, the open case redrawn.
A notice from the window's own process is left out: it redrew already.

Nothing here imports Qt; ``ui.server_watch`` runs a ``Listener`` on a thread.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from app.changes import ChangeSet

CHANNEL = "ujikon_berubah"
PROCESS_TOKEN = uuid.uuid4().hex[:16]  # this process's notices, to leave out
MAX_CASES = 400  # more than this in one notice: "many cases" (the list queried again)
MAX_PAYLOAD = 7800  # PostgreSQL's limit is 8000 bytes

# A changed table → what a window redraws.
_FLAGS = {
    "case": ("case_row",),
    "steprecord": ("steps",),
    "infoitem": ("items",),
    "participant": ("participants",),
    "document": ("documents",),
    "attachment": ("documents",),
    "opd": ("master_data",),
    "official": ("master_data",),
    "setting": ("settings",),
    "holidayoverride": ("calendar",),
    "user": ("accounts",),
    "userrole": ("accounts",),
}


def notice_payload(changed: dict[str, Any]) -> str | None:
    """The notice of one committed transaction (None when it changed nothing sealed)."""
    tables = sorted(changed.get("tabel", ()))
    if not tables:
        return None
    cases = sorted(changed.get("kasus", ()))
    # "semua": every row may have changed (a restore), whichever cases it names
    many = len(cases) > MAX_CASES or bool(changed.get("semua"))
    text = json.dumps(
        {"p": PROCESS_TOKEN, "t": tables, "c": [] if many else cases, "m": many},
        separators=(",", ":"),
    )
    if len(text) > MAX_PAYLOAD:
        text = json.dumps({"p": PROCESS_TOKEN, "t": tables, "c": [], "m": True})
    return text


def change_set(payload: str, ignore: str | None = PROCESS_TOKEN) -> ChangeSet | None:
    """What a window redraws for a notice; None for its own process's, or a notice it
    cannot read."""
    try:
        notice = json.loads(payload)
        tables = set(notice["t"])
        cases = frozenset(int(c) for c in notice["c"])
        many = bool(notice.get("m"))
    except (ValueError, KeyError, TypeError):
        return None
    if ignore is not None and notice.get("p") == ignore:
        return None
    flags = {flag: True for table in tables for flag in _FLAGS.get(table, ())}
    if many:  # a bulk change (a calendar recomputation, a packet): the list again
        flags["master_data"] = True
    if cases:
        flags["history"] = True  # a command on a case writes its history too
    return ChangeSet(other_cases=cases, **flags)


class Listener:
    """LISTEN on a connection of its own to ``url`` (``password`` as the store was given).
    ``wait`` returns the notices of up to ``timeout`` seconds; a lost connection is made
    again on the next call (None meanwhile: the server is not answering)."""

    def __init__(self, url: str, password: str | None = None) -> None:
        self.url = url
        self.password = password
        self._conn: Any = None

    def _connect(self) -> Any:
        from app.store.server import CONNECT_TIMEOUT_S, driver

        kwargs: dict[str, Any] = {"autocommit": True, "connect_timeout": CONNECT_TIMEOUT_S}
        if self.password is not None:
            kwargs["password"] = self.password
        conn = driver().connect(self.url, **kwargs)
        conn.execute(f"LISTEN {CHANNEL}")
        return conn

    def wait(self, timeout: float) -> list[str] | None:
        """The payloads that arrived within ``timeout`` seconds (an empty list: none); None
        when the server cannot be reached (tried again next time)."""
        try:
            if self._conn is None or self._conn.closed:
                self._conn = self._connect()
            return [n.payload for n in self._conn.notifies(timeout=timeout)]
        except Exception:  # noqa: BLE001 (the driver's errors when the network drops)
            self.close()
            return None

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.close()
            except Exception:  # noqa: BLE001 (already gone)
                pass
