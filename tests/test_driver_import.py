"""A PC on a SQLite file never loads the PostgreSQL driver: peewee would import psycopg with
itself (a fifth of a second and its memory at every start), so ``app`` hides it until a server
is opened (``app.__init__``, ``app.store.server.driver``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PROBE = """
import sys
sys.path.insert(0, sys.argv[1])
from app import store
store.open_database(sys.argv[2])
from app.cases.listing import CaseFilter
from app.models import Case
Case.select().count()
store.close_database()
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("psycopg", "psycopg_binary")
                and sys.modules[m] is not None)
print(",".join(loaded) or "-")
from app.store.server import driver
print(driver().__name__)
"""


def test_a_file_database_does_not_load_the_server_driver(tmp_path):
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(ROOT), str(tmp_path / "berkas.db")],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    ).stdout.split()
    assert out == ["-", "psycopg"]  # not loaded for the file; there when a server needs it
