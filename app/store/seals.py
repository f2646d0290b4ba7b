"""Row seals: every row of every table but the history carries an HMAC of its content, made
with a secret only the office key gives (``app.signing.keyfile.OfficeKey.seal_secret``).

How they stay current without every service having to remember them: each connection Ujikon
opens gets TEMP triggers (they live in that connection only, never in the file) that note
the primary key of every row inserted, updated or deleted into a TEMP table; just before a
transaction commits, ``Sealer.flush`` re-seals exactly those rows (``segel_baris``) and the
per-table count and XOR of the seals (``segel_tabel``, itself sealed). A statement outside a
transaction is sealed right after it, in a transaction of its own.

An outside tool (the sqlite3 shell, a DB browser) has no such triggers and no secret, so
whatever it inserts, changes or deletes no longer matches its seal, and ``verify`` names
the row. The history (``event``) is not sealed here: its hash chain and the signed chain head
protect it, and sealing 1.5 million events would make every check slower for nothing.

What seals cannot see: a rollback of the whole file to an older state of itself (an older
backup put in place by hand). That is what the signed chain head and the manifests of the
backup folder are compared for (``app.signing.office``).
"""

from __future__ import annotations

import hashlib
import hmac
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

CHANGED = "segel_berubah"  # the TEMP table of rows to re-seal
ROW_SEALS = "segel_baris"
TABLE_SEALS = "segel_tabel"
UNSEALED = frozenset({"event", ROW_SEALS, TABLE_SEALS, "schema_version"})
CHUNK = 500  # primary keys per SELECT … IN (…) (well under SQLite's 32,766 variables)
# A table with more noted rows than this, and more than half its rows noted (a bulk fill),
# is sealed anew as a whole; fewer are sealed row by row (a calendar change moving 67,000
# of 390,000 steps: 2.3 s row by row, 9.6 s whole).
WHOLE_TABLE_ABOVE = 20_000

# What each table is called in a message to the office.
TABLE_WORDS = {
    "setting": "pengaturan",
    "sopversion": "versi SOP",
    "opd": "perangkat daerah",
    "official": "pejabat",
    "user": "akun pengguna",
    "userrole": "peran pengguna",
    "case": "kasus",
    "infoitem": "butir informasi",
    "steprecord": "tahap kasus",
    "participant": "peserta rapat",
    "holidayoverride": "hari libur",
    "legalreference": "rujukan pasal",
    "document": "dokumen final",
    "numberregister": "register nomor",
    "attachment": "pindaian",
    "dik_versi": "versi DIK",
    "dik_versi_butir": "butir versi DIK",
    "dik_tindak_lanjut": "tindak lanjut butir DIK",
    "tahun_terkunci": "tahun terkunci",
    "kunci_kantor_mitra": "kunci kantor mitra",
    "tautan_kasus": "tautan kasus antar kantor",
    "paket_kasus": "paket kasus",
    "tautan_kejadian": "asal kejadian riwayat",
}


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


@cache
def sealed_tables() -> tuple[str, ...]:
    """The tables whose rows are sealed: every table of the models but the unsealed ones."""
    from app.models import ALL_MODELS

    return tuple(m._meta.table_name for m in ALL_MODELS if m._meta.table_name not in UNSEALED)


@dataclass(frozen=True)
class TableShape:
    name: str
    key: str  # the primary key column
    columns: tuple[str, ...]
    integer_key: bool = False  # an INTEGER PRIMARY KEY (the rowid)


def table_shapes(conn: sqlite3.Connection) -> dict[str, TableShape]:
    """The sealed tables as this file has them (column order as stored)."""
    shapes: dict[str, TableShape] = {}
    for name in sealed_tables():
        info = conn.execute(f"PRAGMA main.table_info({_q(name)})").fetchall()
        if not info:
            continue
        keys = [row[1] for row in sorted(info, key=lambda r: r[5]) if row[5]]
        if len(keys) != 1:
            raise RuntimeError(f"sealed table {name} needs exactly one primary key column")
        key_type = next(row[2] for row in info if row[1] == keys[0]).upper()
        shapes[name] = TableShape(
            name, keys[0], tuple(row[1] for row in info), key_type == "INTEGER"
        )
    return shapes


def install_triggers(conn: sqlite3.Connection, shapes: dict[str, TableShape]) -> None:
    """The TEMP table and TEMP triggers of this connection (idempotent)."""
    conn.execute(
        f"CREATE TEMP TABLE IF NOT EXISTS {CHANGED} "
        "(tabel TEXT NOT NULL, kunci NOT NULL, PRIMARY KEY (tabel, kunci))"
    )
    for shape in shapes.values():
        t, k = shape.name, _q(shape.key)
        note = f"INSERT OR IGNORE INTO {CHANGED} VALUES ('{t}', "
        for event, rows in (
            ("INSERT", (f"NEW.{k}",)),
            ("UPDATE", (f"OLD.{k}", f"NEW.{k}")),
            ("DELETE", (f"OLD.{k}",)),
        ):
            body = " ".join(f"{note}{r});" for r in rows)
            conn.execute(
                f"CREATE TEMP TRIGGER IF NOT EXISTS segel_{t}_{event.lower()} "
                f"AFTER {event} ON main.{_q(t)} BEGIN {body} END"
            )


def _encode(value: str) -> bytes:
    data = value.encode("utf-8", "surrogatepass")
    return str(len(data)).encode() + b":" + data


@cache
def _prefix(shape: TableShape) -> bytes:
    return _encode(shape.name) + b"".join(_encode(c) for c in shape.columns) + b"\n"


def row_seal(secret: bytes, shape: TableShape, row: tuple[Any, ...]) -> str:
    """The HMAC of the table, its column names and the row's values. The values are written
    as Python literals (``repr`` of the tuple SQLite gives: None, int, float, str, bytes),
    which tells every type and every boundary apart and is fast enough for a million rows."""
    data = _prefix(shape) + repr(tuple(row)).encode("utf-8", "surrogatepass")
    return hmac.new(secret, data, hashlib.sha256).hexdigest()


def table_seal(secret: bytes, table: str, count: int, xor: str) -> str:
    return hmac.new(
        secret, f"segel_tabel\n{table}\n{count}\n{xor}".encode(), hashlib.sha256
    ).hexdigest()


def _xor(a: str, b: str) -> str:
    return f"{int(a, 16) ^ int(b, 16):064x}"


ZERO = "0" * 64


def _chunks(items: list[Any]) -> Iterator[list[Any]]:
    for i in range(0, len(items), CHUNK):
        yield items[i : i + CHUNK]


def _key_text(value: Any) -> str:
    return value if isinstance(value, str) else str(value)


class Sealer:
    """Keeps the seals of one database current (one per open database, shared by the
    connections of its threads)."""

    def __init__(self, secret: bytes, shapes: dict[str, TableShape]) -> None:
        self.secret = secret
        self.shapes = shapes

    def pending(self, conn: sqlite3.Connection) -> bool:
        try:
            return conn.execute(f"SELECT 1 FROM temp.{CHANGED} LIMIT 1").fetchone() is not None
        except sqlite3.OperationalError:  # no TEMP table: this connection seals nothing
            return False

    def flush(self, conn: sqlite3.Connection) -> None:
        """Re-seal the rows noted since the last flush (inside the caller's transaction). A
        table with very many noted rows (a bulk fill) is sealed anew as a whole, streaming,
        instead of row by row."""
        noted = conn.execute(
            f"SELECT tabel, count(*) FROM temp.{CHANGED} GROUP BY tabel"
        ).fetchall()
        if not noted:
            return
        for table, count in noted:
            shape = self.shapes[table]
            if count > WHOLE_TABLE_ABOVE and count * 2 > _row_count(conn, shape):
                self._seal_table(conn, shape)
                continue
            keys = [
                k
                for (k,) in conn.execute(
                    f"SELECT kunci FROM temp.{CHANGED} WHERE tabel = ?", (table,)
                ).fetchall()
            ]
            self._reseal(conn, shape, keys)
        conn.execute(f"DELETE FROM temp.{CHANGED}")

    def _reseal(self, conn: sqlite3.Connection, shape: TableShape, keys: list[Any]) -> None:
        columns = ", ".join(_q(c) for c in shape.columns)
        key_index = shape.columns.index(shape.key)
        count, xor = self._aggregate(conn, shape.name)
        upserts: list[tuple[str, str, str]] = []
        deletes: list[tuple[str, str]] = []
        for chunk in _chunks(keys):
            marks = ",".join("?" * len(chunk))
            rows = conn.execute(
                f"SELECT {columns} FROM main.{_q(shape.name)} WHERE {_q(shape.key)} IN ({marks})",
                chunk,
            ).fetchall()
            texts = [_key_text(k) for k in chunk]
            old = dict(
                conn.execute(
                    f"SELECT kunci, segel FROM {ROW_SEALS} WHERE tabel = ? AND kunci IN ({marks})",
                    [shape.name, *texts],
                ).fetchall()
            )
            present: set[str] = set()
            for row in rows:
                key = _key_text(row[key_index])
                present.add(key)
                seal = row_seal(self.secret, shape, row)
                previous = old.get(key)
                if previous == seal:
                    continue
                if previous is None:
                    count += 1
                else:
                    xor = _xor(xor, previous)
                xor = _xor(xor, seal)
                upserts.append((shape.name, key, seal))
            for key in texts:
                if key not in present and key in old:
                    count -= 1
                    xor = _xor(xor, old[key])
                    deletes.append((shape.name, key))
                    old.pop(key)
        if upserts:
            conn.executemany(
                f"INSERT OR REPLACE INTO {ROW_SEALS} (tabel, kunci, segel) VALUES (?, ?, ?)",
                upserts,
            )
        if deletes:
            conn.executemany(f"DELETE FROM {ROW_SEALS} WHERE tabel = ? AND kunci = ?", deletes)
        conn.execute(
            f"INSERT OR REPLACE INTO {TABLE_SEALS} (tabel, jumlah, xor, segel) VALUES (?,?,?,?)",
            (shape.name, count, xor, table_seal(self.secret, shape.name, count, xor)),
        )

    def _aggregate(self, conn: sqlite3.Connection, table: str) -> tuple[int, str]:
        row = conn.execute(
            f"SELECT jumlah, xor FROM {TABLE_SEALS} WHERE tabel = ?", (table,)
        ).fetchone()
        return (row[0], row[1]) if row else (0, ZERO)

    def _seal_table(self, conn: sqlite3.Connection, shape: TableShape) -> int:
        """Seal every row of one table anew; returns its row count."""
        conn.execute(f"DELETE FROM {ROW_SEALS} WHERE tabel = ?", (shape.name,))
        key_index = shape.columns.index(shape.key)
        count, xor, batch = 0, 0, []
        cursor = _all_rows(conn, shape)
        while rows := cursor.fetchmany(5000):
            for row in rows:
                seal = row_seal(self.secret, shape, row)
                batch.append((shape.name, _key_text(row[key_index]), seal))
                xor ^= int(seal, 16)
            count += len(rows)
            conn.executemany(f"INSERT INTO {ROW_SEALS} VALUES (?, ?, ?)", batch)
            batch = []
        text = f"{xor:064x}"
        conn.execute(
            f"INSERT OR REPLACE INTO {TABLE_SEALS} VALUES (?, ?, ?, ?)",
            (shape.name, count, text, table_seal(self.secret, shape.name, count, text)),
        )
        return count

    def seal_all(self, conn: sqlite3.Connection) -> int:
        """Seal every row anew (adopting a key: what is in the file now is taken as genuine).
        Returns the number of rows sealed."""
        conn.execute(f"DELETE FROM {ROW_SEALS}")
        conn.execute(f"DELETE FROM {TABLE_SEALS}")
        total = sum(self._seal_table(conn, shape) for shape in self.shapes.values())
        try:
            conn.execute(f"DELETE FROM temp.{CHANGED}")
        except sqlite3.OperationalError:
            pass
        return total


def _row_count(conn: sqlite3.Connection, shape: TableShape) -> int:
    return conn.execute(f"SELECT count(*) FROM main.{_q(shape.name)}").fetchone()[0]


def _all_rows(conn: sqlite3.Connection, shape: TableShape) -> sqlite3.Cursor:
    columns = ", ".join(_q(c) for c in shape.columns)
    return conn.execute(f"SELECT {columns} FROM main.{_q(shape.name)}")


@dataclass(frozen=True)
class SealFinding:
    table: str
    key: str
    what: str  # diubah / ditambahkan / dihapus / ringkasan

    @property
    def text(self) -> str:
        word = TABLE_WORDS.get(self.table, self.table)
        if self.what == "ringkasan":
            return (
                f"{word}: jumlah dan segel barisnya tidak cocok dengan ringkasan tabelnya "
                "(baris dihapus bersama segelnya, atau dikembalikan ke versi lama)"
            )
        return f"{word} #{self.key} {self.what}"


def verify_seals(
    conn: sqlite3.Connection, secret: bytes, *, whole_tables: bool = True
) -> tuple[int, list[SealFinding]]:
    """Every row against its seal. ``whole_tables=False`` (a yearly archive, whose rows of
    other years were deleted): rows and their seals only, not the per-table summary.
    Returns (rows checked, findings)."""
    findings: list[SealFinding] = []
    checked = 0
    for shape in table_shapes(conn).values():
        # Each row with its seal through the seal table's primary key, streaming (a million
        # rows must not be held in memory), then the seals whose row is gone.
        columns = ", ".join(f"t.{_q(c)}" for c in shape.columns)
        key = f"t.{_q(shape.key)}"
        joined = f"CAST({key} AS TEXT)" if shape.integer_key else key
        rows = conn.execute(
            f"SELECT {columns}, s.segel FROM main.{_q(shape.name)} AS t "
            f"LEFT JOIN {ROW_SEALS} AS s ON s.tabel = ? AND s.kunci = {joined}",
            (shape.name,),
        )
        key_index = shape.columns.index(shape.key)
        while batch := rows.fetchmany(5000):
            for *row, stored in batch:
                checked += 1
                if stored is None:
                    findings.append(
                        SealFinding(
                            shape.name, _key_text(row[key_index]), "ditambahkan di luar aplikasi"
                        )
                    )
                elif not hmac.compare_digest(stored, row_seal(secret, shape, tuple(row))):
                    findings.append(
                        SealFinding(
                            shape.name, _key_text(row[key_index]), "diubah di luar aplikasi"
                        )
                    )
        found = "CAST(s.kunci AS INTEGER)" if shape.integer_key else "s.kunci"
        for (orphan,) in conn.execute(
            f"SELECT s.kunci FROM {ROW_SEALS} AS s WHERE s.tabel = ? AND NOT EXISTS "
            f"(SELECT 1 FROM main.{_q(shape.name)} AS t WHERE {key} = {found}) ORDER BY s.kunci",
            (shape.name,),
        ):
            findings.append(SealFinding(shape.name, orphan, "dihapus di luar aplikasi"))
        if not whole_tables:
            continue
        count, xor = 0, 0
        for (stored,) in conn.execute(
            f"SELECT segel FROM {ROW_SEALS} WHERE tabel = ?", (shape.name,)
        ):
            count, xor = count + 1, xor ^ int(stored, 16)
        summary = conn.execute(
            f"SELECT jumlah, xor, segel FROM {TABLE_SEALS} WHERE tabel = ?", (shape.name,)
        ).fetchone()
        text = f"{xor:064x}"
        expected = table_seal(secret, shape.name, count, text)
        if summary is None:
            if count:
                findings.append(SealFinding(shape.name, "", "ringkasan"))
        elif (summary[0], summary[1]) != (count, text) or not hmac.compare_digest(
            summary[2], expected
        ):
            findings.append(SealFinding(shape.name, "", "ringkasan"))
    return checked, findings
