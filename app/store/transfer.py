"""Copying a whole Ujikon database between the two engines: a SQLite file to a PostgreSQL
server (``main.py server pindahkan``), and a server to a SQLite file (the backup of a server
database is the same verified SQLite file as a file's backup: one format for every archive).

Every table is copied in the order of its foreign keys, row by row as peewee reads and
writes them (so a date is a date on both sides, a boolean a boolean, a document's PDF the
same bytes), the history with its hash chain as it is. The row seals are not copied: they
are each engine's own (``app.store.server_seals``) and are made anew on the target with the
office key, after the copy is verified.

The copy is verified before anyone is told it succeeded (``compare``): the same tables, the
same number of rows in each, and the same SHA-256 over every row's values in key order. The
caller then checks the history chain and the seals on the target (``app.checks``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import peewee
from peewee import BlobField, Model

from app.models import ALL_MODELS

# What is not copied: the seals, made anew where the copy lands.
NOT_COPIED = frozenset({"segel_baris", "segel_tabel"})
BATCH = 2000  # rows read and written at a time: a long history never sits in memory whole

Report = Callable[[str], None]


def _silent(text: str) -> None:
    return None


def copied_models() -> list[type[Model]]:
    """The models copied, parents before children; the schema versions among them."""
    from app.store.migrations import SchemaVersion

    chosen = [m for m in ALL_MODELS if m._meta.table_name not in NOT_COPIED]
    return [SchemaVersion, *peewee.sort_models(chosen)]  # type: ignore[attr-defined]


def _fields(model: type[Model]) -> list[Any]:
    return list(model._meta.sorted_fields)


def _order(model: type[Model]) -> list[Any]:
    return [f.asc() for f in model._meta.get_primary_keys()] or [f.asc() for f in _fields(model)]


def _rows(model: type[Model], db: Any) -> Iterator[tuple]:
    """The rows of ``model`` in ``db``, in key order, ``BATCH`` at a time (an integer key is
    paged by its value: a client-side cursor on PostgreSQL would hold every row at once)."""
    fields = _fields(model)
    keys = model._meta.get_primary_keys()
    if len(keys) == 1 and keys[0].field_type in ("AUTO", "INT", "BIGAUTO", "BIGINT"):
        key, last = keys[0], None
        while True:
            query = model.select(*fields).order_by(key.asc()).limit(BATCH)
            if last is not None:
                query = query.where(key > last)
            batch: list[tuple] = list(query.tuples().bind(db))  # type: ignore[arg-type]
            if not batch:
                return
            yield from batch
            last = batch[-1][fields.index(key)]
    else:
        yield from model.select(*fields).order_by(*_order(model)).tuples().bind(db)  # type: ignore[misc]


def copy_rows(source: Any, target: Any, report: Report = _silent) -> dict[str, int]:
    """Copy every row of ``source`` into the (empty) tables of ``target``, inside the
    caller's transaction on ``target``. Returns the rows copied per table."""
    counts: dict[str, int] = {}
    for model in copied_models():
        name = model._meta.table_name
        fields = _fields(model)
        count = 0
        batch: list[tuple] = []
        # A BlobField wraps bytes in the driver type of the models' database (the server's,
        # when a server is exported); a bytearray passes through it to sqlite3 unwrapped.
        blobs = (
            [i for i, f in enumerate(fields) if isinstance(f, BlobField)]
            if not getattr(target, "is_server", False)
            else []
        )
        for row in _rows(model, source):
            if blobs:
                row = tuple(
                    bytearray(v) if i in blobs and isinstance(v, bytes) else v
                    for i, v in enumerate(row)
                )
            batch.append(row)
            if len(batch) >= BATCH:
                model.insert_many(batch, fields=fields).as_rowcount().bind(target).execute()
                count += len(batch)
                batch.clear()
        if batch:
            model.insert_many(batch, fields=fields).as_rowcount().bind(target).execute()
            count += len(batch)
        counts[name] = count
        report(f"{name}: {count} baris")
    if getattr(target, "is_server", False):
        _advance_sequences(target)
    return counts


def _advance_sequences(target: Any) -> None:
    """A server's id sequences continue after the copied ids (the next case gets the next
    number, not 1)."""
    for model in copied_models():
        key: Any = model._meta.primary_key
        if not key or key.field_type not in ("AUTO", "BIGAUTO"):
            continue
        table, column = model._meta.table_name, key.column_name
        target.execute_sql(
            f"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), "
            f'COALESCE(max("{column}"), 1), max("{column}") IS NOT NULL) FROM "{table}"'
        )


@dataclass(frozen=True)
class Digest:
    counts: dict[str, int]
    hashes: dict[str, str]


def digest(db: Any) -> Digest:
    """Per copied table: its row count and the SHA-256 of its rows' values in key order."""
    counts: dict[str, int] = {}
    hashes: dict[str, str] = {}
    for model in copied_models():
        name = model._meta.table_name
        h = hashlib.sha256()
        count = 0
        for row in _rows(model, db):
            h.update(repr(_comparable(row)).encode("utf-8", "surrogatepass"))
            count += 1
        counts[name], hashes[name] = count, h.hexdigest()
    return Digest(counts, hashes)


def _comparable(row: tuple) -> tuple:
    """A row's values as both engines give them: a timestamp in UTC, bytes as bytes."""
    from datetime import UTC, datetime

    out = []
    for value in row:
        if isinstance(value, datetime) and value.tzinfo is not None:
            value = value.astimezone(UTC)
        elif isinstance(value, memoryview):
            value = bytes(value)
        out.append(value)
    return tuple(out)


def compare(source: Digest, target: Digest) -> list[str]:
    """What differs between two digests, in Indonesian (empty: the copy is whole)."""
    problems: list[str] = []
    for name, count in source.counts.items():
        theirs = target.counts.get(name)
        if theirs != count:
            problems.append(f"tabel {name}: {count} baris di asal, {theirs} di tujuan")
        elif source.hashes[name] != target.hashes.get(name):
            problems.append(f"tabel {name}: isi barisnya berbeda dari asalnya")
    return problems
