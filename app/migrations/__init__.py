"""Numbered schema migrations, applied in order by ``app.db``.

A new database is created from the current models and marked as up to date; an existing one
gets every migration newer than its recorded version, each in its own transaction, using
peewee's ``playhouse.migrate`` (add_column, add_index, …). To change the schema: change
``app.models``, then append a ``Migration`` here that brings an older file to the same shape.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from peewee import Database
from playhouse.migrate import SchemaMigrator


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[SchemaMigrator, Database], None]


def _baseline(migrator: SchemaMigrator, db: Database) -> None:
    """Version 1 is the first released schema: created from the models directly."""


MIGRATIONS: list[Migration] = [
    Migration(1, "skema awal", _baseline),
]
