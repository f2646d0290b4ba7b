"""What this copy of Ujikon is: its version, the schema version it writes, the SOP version new
cases start under, where its database is (and that file's own schema version), where it logs,
and whether it runs from a source checkout or from the installed bundle. ``main.py --version``
prints ``version_text``; the About dialog and a crash report show the same lines."""

from __future__ import annotations

import platform
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path

from app import APP_NAME, __version__


@dataclass(frozen=True)
class VersionInfo:
    app_version: str
    schema_version: int
    sop_version: str  # the newest SOP file shipped, or why it cannot be read
    db_path: Path | str  # a file, or a server's URL without its password
    db_schema: str  # the file's own schema version, "belum ada" or why it cannot be read
    log_path: Path
    frozen: bool  # the installed bundle (PyInstaller), not a source checkout
    python: str
    system: str

    def lines(self) -> list[str]:
        """The facts, one a line, in Indonesian (a clerk may read them aloud on the phone)."""
        return [
            f"{APP_NAME} {self.app_version}",
            f"Versi skema basis data: {self.schema_version}",
            f"Versi SOP: {self.sop_version}",
            f"Basis data: {self.db_path} ({self.db_schema})",
            f"Log: {self.log_path}",
            f"Dijalankan dari: {'paket terpasang' if self.frozen else 'kode sumber'}, "
            f"Python {self.python}, {self.system}",
        ]


def sop_version() -> str:
    """The version of the newest SOP file shipped (the one new cases start under)."""
    from app.errors import UserError
    from app.sop import load_current_sop

    try:
        return load_current_sop().version
    except UserError as exc:
        return f"tidak terbaca ({exc.message})"
    except OSError as exc:
        return f"tidak terbaca ({exc.strerror or exc})"


def file_schema(db_path: Path) -> str:
    """The schema version recorded in the file at ``db_path``, read without writing to it
    (no migration, no lock): "skema versi N", "belum ada" for a file not yet made."""
    if not db_path.exists():
        return "belum ada; dibuat saat pertama dibuka"
    from app.store.files import read_only_uri

    # Without a -wal beside it no process is writing it: read it as immutable, which makes no
    # -wal or -shm either (mode=ro alone would leave both beside a WAL-mode file).
    wal = db_path.with_name(db_path.name + "-wal")
    uri = read_only_uri(db_path, immutable=not wal.exists())
    try:
        conn = sqlite3.connect(uri, uri=True) if uri is not None else sqlite3.connect(str(db_path))
        try:
            if uri is None:
                conn.execute("PRAGMA query_only = 1")
            row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return f"versi skema tidak terbaca: {exc}"
    if row is None or row[0] is None:
        return "tanpa versi skema"
    return f"skema versi {row[0]}"


def version_info(db_path: Path | str | None = None) -> VersionInfo:
    from app.location import as_target, is_server, server_address
    from app.logs import log_path
    from app.paths import default_db_path
    from app.store.migrations import current_schema_version

    target = as_target(db_path) if db_path is not None else default_db_path()
    if is_server(target):
        # a server is not asked here (--version must answer without a network)
        where: Path | str = server_address(str(target)).url
        schema = "server PostgreSQL; versinya dibaca saat dibuka"
    else:
        where = Path(target)
        schema = file_schema(where)
    return VersionInfo(
        app_version=__version__,
        schema_version=current_schema_version(),
        sop_version=sop_version(),
        db_path=where,
        db_schema=schema,
        log_path=log_path(),
        frozen=bool(getattr(sys, "frozen", False)),
        python=platform.python_version(),
        system=f"{platform.system()} {platform.release()}".strip(),
    )


def version_text(db_path: Path | str | None = None) -> str:
    """``main.py --version``: the lines of ``version_info``."""
    return "\n".join(version_info(db_path).lines())
