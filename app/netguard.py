"""Refuse every network connection in this process, as the tests' session guard does
(``tests/conftest.py``): the office PCs are offline, and the bundle's smoke run
(``main.py --smoke``) proves that nothing in it reaches for the network.

``block_network()`` replaces ``socket.socket.connect`` / ``connect_ex`` (every family but
local ``AF_UNIX`` sockets, which Qt and CUPS use on the same PC), ``socket.create_connection``
and name lookups (``getaddrinfo``, ``gethostbyname``) with functions that record the attempt
and raise ``NetworkBlocked``. ``UJIKON_TANPA_JARINGAN=1`` turns it on at start for any run."""

from __future__ import annotations

import os
import socket
from collections.abc import Callable
from typing import Any

ENV = "UJIKON_TANPA_JARINGAN"


class NetworkBlocked(OSError):
    """A network connection or lookup was attempted while the network is blocked."""


attempts: list[str] = []
_saved: dict[str, Any] = {}


def _refuse(what: str) -> NetworkBlocked:
    attempts.append(what)
    return NetworkBlocked(f"akses jaringan ditolak: {what}")


def _local(sock: socket.socket) -> bool:
    unix = getattr(socket, "AF_UNIX", None)
    return unix is not None and sock.family == unix


def block_network() -> None:
    """Install the guard (again: a no-op)."""
    if _saved:
        return
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def connect(self: socket.socket, address: Any) -> None:
        if _local(self):
            return real_connect(self, address)
        raise _refuse(f"connect {address!r}")

    def connect_ex(self: socket.socket, address: Any) -> int:
        if _local(self):
            return real_connect_ex(self, address)
        raise _refuse(f"connect_ex {address!r}")

    def refusing(name: str) -> Callable[..., Any]:
        def refuse(*args: Any, **kwargs: Any) -> Any:
            raise _refuse(f"{name} {args[:1]!r}")

        return refuse

    _saved.update(
        connect=real_connect,
        connect_ex=real_connect_ex,
        create_connection=socket.create_connection,
        getaddrinfo=socket.getaddrinfo,
        gethostbyname=socket.gethostbyname,
        gethostbyname_ex=socket.gethostbyname_ex,
    )
    socket.socket.connect = connect  # type: ignore[method-assign,assignment]
    socket.socket.connect_ex = connect_ex  # type: ignore[method-assign,assignment]
    socket.create_connection = refusing("create_connection")  # type: ignore[assignment]
    socket.getaddrinfo = refusing("getaddrinfo")
    socket.gethostbyname = refusing("gethostbyname")
    socket.gethostbyname_ex = refusing("gethostbyname_ex")


def unblock_network() -> None:
    """Remove the guard (the tests'); the attempts recorded stay."""
    if not _saved:
        return
    socket.socket.connect = _saved.pop("connect")  # type: ignore[method-assign]
    socket.socket.connect_ex = _saved.pop("connect_ex")  # type: ignore[method-assign]
    for name in list(_saved):
        setattr(socket, name, _saved.pop(name))


def blocked() -> bool:
    return bool(_saved)


def block_if_asked() -> None:
    """``block_network()`` when ``UJIKON_TANPA_JARINGAN`` is set to 1."""
    if os.environ.get(ENV, "").strip() in {"1", "ya", "true"}:
        block_network()
