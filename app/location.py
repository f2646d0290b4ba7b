"""Where a database is: a SQLite file (a path) or a PostgreSQL server (a ``postgresql://``
URL). Every command's ``--db`` and the window take either; this module tells them apart and
says a server's address the way a message to the office shows it (never its password).

Outside the store package, and importing nothing of Ujikon: telling a path from a URL, and
the login dialog's remembered database (``database_key``), must cost a start nothing (no
peewee, no driver).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit, urlunsplit

SERVER_SCHEMES = ("postgresql", "postgres")
DEFAULT_PORT = 5432


def as_target(target: str | Path) -> str | Path:
    """``target`` as given, except a server URL that went through ``Path`` (which folds its
    ``//`` into ``/``): the URL again, never a folder named ``postgresql:`` made for it."""
    if isinstance(target, Path):
        text = target.as_posix()
        scheme, sep, rest = text.partition(":/")
        if sep and scheme.lower() in SERVER_SCHEMES and not rest.startswith("/"):
            return f"{scheme}://{rest}"
    return target


def is_server(target: str | Path | None) -> bool:
    """True for a ``postgresql://`` (or ``postgres://``) URL, False for a file path."""
    if target is None:
        return False
    target = as_target(target)
    if isinstance(target, Path):
        return False
    scheme, sep, _ = target.partition("://")
    return bool(sep) and scheme.lower() in SERVER_SCHEMES


@dataclass(frozen=True)
class ServerAddress:
    """A PostgreSQL database as the office names it: the URL without its password (what is
    remembered and shown), and the parts a message names."""

    url: str  # the URL without a password
    host: str  # a host name or address; a folder for a local socket
    port: int
    dbname: str
    user: str

    @property
    def shown(self) -> str:
        """``ujikon di 192.168.1.10:5432`` (with the user when one is named)."""
        who = f" (pengguna {self.user})" if self.user else ""
        return f"{self.dbname or 'ujikon'} di {self.host}:{self.port}{who}"


def server_address(url: str) -> ServerAddress:
    """The parts of a server URL; the password, if the URL carries one, is dropped from
    ``url``. A libpq query parameter ``host=`` (a socket folder) counts as the host."""
    parts = urlsplit(url)
    query = dict(
        (k, unquote(v)) for k, _, v in (p.partition("=") for p in parts.query.split("&") if p)
    )
    host = parts.hostname or query.get("host", "") or "localhost"
    try:
        port = parts.port or int(query.get("port", DEFAULT_PORT))
    except ValueError:
        port = DEFAULT_PORT
    user = unquote(parts.username or query.get("user", ""))
    netloc = parts.netloc.rpartition("@")[2]
    if parts.username:
        netloc = f"{parts.username}@{netloc}"
    clean = urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))
    return ServerAddress(clean, host, port, unquote(parts.path.lstrip("/")), user)


def password_of(url: str) -> str | None:
    """The password a URL carries (None when it carries none)."""
    password = urlsplit(url).password
    return unquote(password) if password is not None else None


def database_key(target: Path | str) -> str:
    """How this PC remembers a database: a file's full path, a server's URL without its
    password."""
    target = as_target(target)
    if is_server(target):
        return server_address(str(target)).url
    return str(Path(target).resolve())
