"""The backup of a server database: the same verified SQLite file as a file's backup (one
format for every archive: it opens, checks, restores and archives like any other), plus a
``pg_dump`` beside it where PostgreSQL's tools are installed.

The server's rows are read in one ``REPEATABLE READ`` transaction (one snapshot, whatever
the other PCs commit meanwhile), written into a new SQLite file with this version's schema
by ``app.store.transfer``, and the file's row seals made with the office key the server is
sealed with, as a file's seals are (``app.store.seals``). The caller then checks the copy
(``PRAGMA integrity_check`` and the counts) and hashes it, as for any backup.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.models import ALL_MODELS, database

PG_DUMP_TIMEOUT_S = 3600


def export_to_file(
    target: Path, progress: Callable[[int, int], None] | None = None
) -> dict[str, int]:
    """Write the open server database into the new SQLite file ``target`` (sealed). Returns
    the row count of every copied table as the server's snapshot holds it (counted in the
    snapshot the rows are copied from, apart from the copying): the backup compares its copy
    with these, so a row the export lost is caught."""
    import peewee
    from peewee import SchemaManager, SqliteDatabase

    from app.store import search_index
    from app.store.migrations import SchemaVersion
    from app.store.seals import make_sealer
    from app.store.transfer import copied_models, copy_rows

    server = database.obj
    key = server.office_key
    file = SqliteDatabase(str(target), pragmas={"journal_mode": "off", "synchronous": "off"})
    file.connect()
    try:
        # the schema made on the file itself (not through the models' database, the server:
        # rebinding the models would move the window's other threads to the file)
        for model in peewee.sort_models([SchemaVersion, *ALL_MODELS]):  # type: ignore[attr-defined]
            SchemaManager(model, file).create_all()
        search_index.create(file)
        total = len(copied_models())
        done = [0]

        def copied(_text: str) -> None:
            done[0] += 1
            if progress is not None:
                progress(done[0], total)

        with server.atomic("DEFERRED"), file.atomic():  # one snapshot of the server
            counts = {
                m._meta.table_name: m.select().bind(server).count()  # type: ignore[attr-defined]
                for m in copied_models()
            }
            copy_rows(server, file, copied)
        if key is not None:
            conn: sqlite3.Connection = file.connection()
            sealer = make_sealer(conn, key.seal_secret)
            sealer.install(conn)
            with file.atomic():
                sealer.seal_all(conn)
        file.execute_sql("PRAGMA journal_mode = DELETE")
    finally:
        file.close()
    return counts


def pg_dump_beside(backup: Path) -> Path | None:
    """``pg_dump -Fc`` of the open server database beside ``backup`` (``….pgdump``), when
    ``pg_dump`` is installed on this PC; None when it is not. A failure of pg_dump is said
    (``RuntimeError``) but leaves the SQLite backup as it is."""
    program = shutil.which("pg_dump")
    if program is None:
        return None
    server: Any = database.obj
    target = backup.with_suffix(".pgdump")
    env = None
    password = server.connect_params.get("password")
    if password:
        import os

        env = dict(os.environ, PGPASSWORD=password)
    done = subprocess.run(
        [program, "-Fc", "--no-owner", "-f", str(target), server.address.url],
        capture_output=True,
        text=True,
        env=env,
        timeout=PG_DUMP_TIMEOUT_S,
    )
    if done.returncode != 0:
        target.unlink(missing_ok=True)
        raise RuntimeError(done.stderr.strip() or f"pg_dump berhenti dengan kode {done.returncode}")
    return target
