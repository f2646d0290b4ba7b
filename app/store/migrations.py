"""The migration runner: which schema version a file has, and bringing it up to date.

The versions applied to a file are rows of the ``schema_version`` table. A new (empty)
database is created from the current models and recorded as having every version; an
existing one gets the pending migrations of ``app.store.schema_versions``, all of them in
ONE transaction with one savepoint each, so a failure in any of them leaves the file exactly
as it was (``open_database`` also copies the file beside itself first). A file from before
versioning counts as version 1.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from peewee import IntegerField, IntegrityError, Model, TextField
from playhouse.migrate import SchemaMigrator

from app.models import ALL_MODELS, database
from app.store import schema_versions, search_index


class SchemaVersion(Model):
    version = IntegerField(primary_key=True)
    name = TextField()
    applied_at = TextField()

    class Meta:
        database = database
        table_name = "schema_version"


def current_schema_version() -> int:
    """The newest schema version this app knows."""
    return max(m.version for m in schema_versions.MIGRATIONS)


def pending_versions(applied: Iterable[int]) -> list[int]:
    """The migration versions a file with the ``applied`` versions still needs, in order."""
    done = set(applied)
    return [m.version for m in schema_versions.MIGRATIONS if m.version not in done]


def _record(version: int, name: str) -> None:
    SchemaVersion.create(version=version, name=name, applied_at=datetime.now(UTC).isoformat())


def migrate_schema(db: Any) -> list[int]:
    """Bring the schema up to date. Returns the migration versions applied now.

    Every pending migration runs inside one transaction (each in its own savepoint), so a
    failure in any of them leaves the file exactly as it was."""
    migrations = schema_versions.MIGRATIONS
    with db.atomic():
        if not db.table_exists("schema_version"):
            existing = [t for t in db.get_tables() if not t.startswith("sqlite_")]
            SchemaVersion.create_table()
            if not existing:  # a new database (a file or an empty server database)
                db.create_tables(ALL_MODELS)
                search_index.create(db)
                for m in migrations:
                    _record(m.version, m.name)
                return []
            _record(1, migrations[0].name)
    applied = {row.version for row in SchemaVersion.select()}
    pending = [m for m in migrations if m.version not in applied]
    if not pending:
        return []
    done: list[int] = []
    migrator = SchemaMigrator.from_database(db)
    if getattr(db, "is_server", False):
        # PostgreSQL alters a table in place and checks its foreign keys as it goes.
        with db.atomic():
            for m in pending:
                with db.atomic():
                    m.apply(migrator, db)
                    _record(m.version, m.name)
                done.append(m.version)
        return done
    # SQLite rebuilds a table for many changes (add_column NOT NULL, drop_column, …): copy,
    # DROP, rename. With foreign keys on, the DROP deletes the rows that refer to the table
    # (ON DELETE CASCADE: every item, step and event of a case) or fails. So keys are off
    # during a migration (the pragma is ignored inside a transaction) and checked before
    # commit, as the SQLite documentation prescribes.
    db.pragma("foreign_keys", 0)
    try:
        with db.atomic():
            for m in pending:
                with db.atomic():
                    m.apply(migrator, db)
                    broken = db.execute_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise IntegrityError(
                            f"Migrasi {m.version} ({m.name}) merusak kunci asing: {broken[:5]}"
                        )
                    _record(m.version, m.name)
                done.append(m.version)
    finally:
        db.pragma("foreign_keys", 1)
    return done
