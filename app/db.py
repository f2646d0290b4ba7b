"""Open the SQLite database: pragmas, schema migrations, first-run reference data.

SQLite settings and why:
- WAL: readers (the case list) never block the writer.
- synchronous=FULL: office PCs lose power; a committed case must survive it.
- foreign_keys=ON: no orphan rows.
- BEGIN IMMEDIATE for every transaction: two processes never interleave a read-then-write
  (register numbers are read and incremented inside one transaction).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from peewee import IntegerField, IntegrityError, Model, SqliteDatabase, TextField
from playhouse.migrate import SqliteMigrator

from app.migrations import MIGRATIONS
from app.models import ALL_MODELS, database

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "full",
    "busy_timeout": 10000,
    "cache_size": -32000,
}


class SchemaVersion(Model):
    version = IntegerField(primary_key=True)
    name = TextField()
    applied_at = TextField()

    class Meta:
        database = database
        table_name = "schema_version"


def current_schema_version() -> int:
    return max(m.version for m in MIGRATIONS)


def _record(version: int, name: str) -> None:
    SchemaVersion.create(
        version=version, name=name, applied_at=datetime.now(UTC).isoformat()
    )


def migrate_schema(db: SqliteDatabase) -> list[int]:
    """Bring the schema up to date. Returns the migration versions applied now."""
    with db.atomic():
        if not db.table_exists("schema_version"):
            existing = [t for t in db.get_tables() if not t.startswith("sqlite_")]
            SchemaVersion.create_table()
            if not existing:
                db.create_tables(ALL_MODELS)
                for m in MIGRATIONS:
                    _record(m.version, m.name)
                return []
            _record(1, MIGRATIONS[0].name)
    applied = {row.version for row in SchemaVersion.select()}
    done: list[int] = []
    migrator = SqliteMigrator(db)
    for m in MIGRATIONS:
        if m.version in applied:
            continue
        # SQLite rebuilds a table for many changes (add_column NOT NULL, drop_column, …):
        # copy, DROP, rename. With foreign keys on, the DROP deletes the rows that refer to
        # the table (ON DELETE CASCADE: every item, step and event of a case) or fails. So
        # keys are off during a migration (the pragma is ignored inside a transaction) and
        # checked before commit, as the SQLite documentation prescribes.
        db.pragma("foreign_keys", 0)
        try:
            with db.atomic():
                m.apply(migrator, db)
                broken = db.execute_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise IntegrityError(
                        f"Migrasi {m.version} ({m.name}) merusak kunci asing: {broken[:5]}")
                _record(m.version, m.name)
        finally:
            db.pragma("foreign_keys", 1)
        done.append(m.version)
    return done


def open_database(path: Path | str) -> SqliteDatabase:
    """Open (creating if needed) the database at ``path`` and make it the active one.

    Also loads the first-run reference data (OPD list, Pasal 17, settings) and registers the
    current SOP file. Raises ``sqlite3``/peewee errors for unreadable files.
    """
    from app import refdata

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    close_database()
    db = SqliteDatabase(str(path), pragmas=PRAGMAS, lock_type="IMMEDIATE")
    database.initialize(db)
    db.connect(reuse_if_open=True)
    migrate_schema(db)
    refdata.ensure_reference_data()
    return db


def close_database() -> None:
    if database.obj is not None and not database.is_closed():
        database.close()
