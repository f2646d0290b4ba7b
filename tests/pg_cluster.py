"""A throw-away PostgreSQL cluster for the server run of the tests (``--engine postgresql``).

``initdb`` into a temporary folder, ``pg_ctl start`` listening on a socket in that folder
only (no TCP port: nothing on the machine's network, and nothing to collide with), trust
authentication for its one user. Each test gets a database of its own, copied from a
template that already holds the schema and the reference data (``CREATE DATABASE …
TEMPLATE``: a few tens of milliseconds instead of creating the schema again). Stopped and
deleted at the end of the session.

The binaries come from ``UJIKON_PG_BIN`` or Debian's ``/usr/lib/postgresql/N/bin`` (the
newest N). As root (CI), the cluster runs as the ``postgres`` user, since ``initdb`` refuses
root.
"""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

PORT = 55433  # names the socket file only
USER = "ujikon"

# The session's registries (see tests/conftest.py): {"urls": test path → server URL} under
# --engine postgresql, and the paths that stay SQLite files on either engine.
SERVER_URLS: dict = {}
REAL_FILES: set[str] = set()


def binaries() -> Path | None:
    """The folder of initdb and pg_ctl, or None when PostgreSQL is not installed."""
    chosen = os.environ.get("UJIKON_PG_BIN")
    if chosen:
        return Path(chosen) if (Path(chosen) / "initdb").exists() else None
    found = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


class Cluster:
    def __init__(self, bin_dir: Path) -> None:
        self.bin = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="ujikon-pg-"))
        self.data = self.root / "data"
        self.socket = self.root
        self._as_postgres = os.geteuid() == 0
        self._names = itertools.count(1)
        self.template: str | None = None

    def _run(self, *args: str) -> None:
        command = [str(a) for a in args]
        if self._as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, text=True)

    def start(self) -> None:
        if self._as_postgres:
            shutil.chown(self.root, "postgres")
        self._run(
            self.bin / "initdb", "-D", self.data, "-A", "trust", "-U", USER, "-E", "UTF8",
            "--locale=C.UTF-8", "--no-sync",
        )  # fmt: skip
        options = (
            f"-p {PORT} -k {self.socket} -c listen_addresses='' -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        self._run(
            self.bin / "pg_ctl", "-D", self.data, "-o", options, "-l", self.root / "log", "-w",
            "start",
        )  # fmt: skip

    def stop(self) -> None:
        try:
            self._run(self.bin / "pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, name: str) -> str:
        return f"postgresql://{USER}@/{name}?host={self.socket}&port={PORT}"

    def admin(self, sql: str) -> None:
        """One statement on the maintenance database (CREATE / DROP DATABASE)."""
        from app.store.server import driver

        with driver().connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(sql)

    def new_database(self, *, empty: bool = False) -> str:
        """The URL of a new database: a copy of the template (schema and reference data),
        or ``empty`` (what ``server siapkan`` meets on a new server)."""
        name = f"uji_{next(self._names)}"
        if empty or self.template is None:
            self.admin(f'CREATE DATABASE "{name}"')
        else:
            self.admin(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"')
        return self.url(name)

    def drop(self, url: str) -> None:
        name = url.split("/")[3].split("?")[0]
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
