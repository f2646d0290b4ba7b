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
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

CHANGED = "segel_berubah"  # the TEMP table of rows to re-seal
ROW_SEALS = "segel_baris"
TABLE_SEALS = "segel_tabel"
UNSEALED = frozenset({"event", ROW_SEALS, TABLE_SEALS, "schema_version"})
SEAL_FUNCTION = "ujikon_segel"  # the SQL function a sealer registers on each connection
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


def table_shapes(conn: Any) -> dict[str, TableShape]:
    """The sealed tables as this file (or server: ``app.store.server_seals``) has them, in
    their column order."""
    if not isinstance(conn, sqlite3.Connection):
        from app.store import server_seals

        return server_seals.table_shapes(conn)
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

        # Not INSERT OR IGNORE: the conflict clause of the statement that fires a trigger
        # overrides the trigger's own, so an upsert (ON CONFLICT … DO UPDATE) would turn the
        # IGNORE into a failure on a row noted twice. The trigger's own upsert clause is not
        # overridden. Nor INSERT … WHERE NOT EXISTS (SELECT … FROM the noted rows): inside a
        # trigger SQLite ran that subquery as a scan, so a statement writing n rows took n²
        # (20,000 rows: 7.3 s instead of 0.04; the bulk demo of 2,000 cases 3.6 → 9.1 s).
        def note(r: str, t: str = t) -> str:
            return f"INSERT INTO {CHANGED} VALUES ('{t}', {r}) ON CONFLICT DO NOTHING;"

        for event, rows in (
            ("INSERT", (f"NEW.{k}",)),
            ("UPDATE", (f"OLD.{k}", f"NEW.{k}")),
            ("DELETE", (f"OLD.{k}",)),
        ):
            body = " ".join(note(r) for r in rows)
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


_BLOCK = 64  # SHA-256's block size, as HMAC pads its key to it


@lru_cache(maxsize=64)
def _mac(secret: bytes, prefix: bytes) -> Callable[[bytes], str]:
    """HMAC-SHA256 under ``secret`` of ``prefix`` + data, as a function of the data: the
    inner hash is fed the padded key and the prefix once, and each seal continues a copy of
    it (RFC 2104, what ``hmac.new`` computes, in about a third of its time)."""
    key = hashlib.sha256(secret).digest() if len(secret) > _BLOCK else secret
    key = key.ljust(_BLOCK, b"\0")
    inner = hashlib.sha256(bytes(b ^ 0x36 for b in key))
    outer = hashlib.sha256(bytes(b ^ 0x5C for b in key))
    inner.update(prefix)

    def mac(data: bytes) -> str:
        i = inner.copy()
        i.update(data)
        o = outer.copy()
        o.update(i.digest())
        return o.hexdigest()

    return mac


def row_seal(secret: bytes, shape: TableShape, row: tuple[Any, ...]) -> str:
    """The HMAC of the table, its column names and the row's values. The values are written
    as Python literals (``repr`` of the tuple SQLite gives: None, int, float, str, bytes),
    which tells every type and every boundary apart and is fast enough for a million rows."""
    return _mac(secret, _prefix(shape))(repr(tuple(row)).encode("utf-8", "surrogatepass"))


def table_seal(secret: bytes, table: str, count: int, xor: str) -> str:
    return hmac.new(
        secret, f"segel_tabel\n{table}\n{count}\n{xor}".encode(), hashlib.sha256
    ).hexdigest()


def _key_text(value: Any) -> str:
    return value if isinstance(value, str) else str(value)


class _Tally(threading.local):
    """What the seal function has done in the statement running on this thread: the XOR of
    the seals it replaced and of those it made (a connection runs on one thread)."""

    xor = 0


_tally = _Tally()


class Sealer:
    """Keeps the seals of one database current (one per open database, shared by the
    connections of its threads).

    The rows are sealed where they are, in a few statements per table: SQLite hands each
    noted row to the seal function (``SEAL_FUNCTION``, registered on every connection by
    ``install``) together with its old seal, and writes the new one; the function keeps the
    XOR of the old and new seals for the table's summary. No row is read into Python and
    written back one by one."""

    def __init__(self, secret: bytes, shapes: dict[str, TableShape]) -> None:
        self.secret = secret
        self.shapes = shapes
        self._macs = {name: _mac(secret, _prefix(shape)) for name, shape in shapes.items()}

    def install(self, conn: sqlite3.Connection) -> None:
        """This connection's TEMP triggers and table (``install_triggers``) and its seal
        function: ``ujikon_segel(table, old seal or NULL, column values…)`` returns the
        row's seal and adds the old and the new one to this thread's tally."""
        install_triggers(conn, self.shapes)
        macs = self._macs

        def seal(table: str, old: str | None, *row: Any) -> str:
            new = macs[table](repr(row).encode("utf-8", "surrogatepass"))
            tally = _tally.xor ^ int(new, 16)
            _tally.xor = tally if old is None else tally ^ int(old, 16)
            return new

        conn.create_function(SEAL_FUNCTION, -1, seal)

    def pending(self, conn: sqlite3.Connection) -> bool:
        try:
            return conn.execute(f"SELECT 1 FROM temp.{CHANGED} LIMIT 1").fetchone() is not None
        except sqlite3.OperationalError:  # no TEMP table: this connection seals nothing
            return False

    def flush(self, conn: sqlite3.Connection) -> None:
        """Re-seal the rows noted since the last flush (inside the caller's transaction). A
        table with very many noted rows (a bulk fill) is sealed anew as a whole instead of
        row by row."""
        noted = conn.execute(
            f"SELECT tabel, count(*) FROM temp.{CHANGED} GROUP BY tabel"
        ).fetchall()
        if not noted:
            return
        for table, count in noted:
            shape = self.shapes[table]
            if count > WHOLE_TABLE_ABOVE and count * 2 > _row_count(conn, shape):
                self._seal_table(conn, shape)
            else:
                self._reseal(conn, shape, count)
        conn.execute(f"DELETE FROM temp.{CHANGED}")

    def _reseal(self, conn: sqlite3.Connection, shape: TableShape, noted: int) -> None:
        """Seal the ``noted`` rows of one table: a new seal for each row that had one, a
        first seal for each row that had none, no seal for a row that is gone; then the
        table's count and XOR."""
        name, values = shape.name, ", ".join(f"t.{_q(c)}" for c in shape.columns)
        key = f"t.{_q(shape.key)}"
        as_seal_key = f"CAST({key} AS TEXT)" if shape.integer_key else key
        noted_keys = f"SELECT kunci FROM temp.{CHANGED} WHERE tabel = ?"
        noted_seal_keys = f"SELECT CAST(kunci AS TEXT) FROM temp.{CHANGED} WHERE tabel = ?"

        def row_of(seal_key: str) -> str:
            return f"CAST({seal_key} AS INTEGER)" if shape.integer_key else seal_key

        count, xor = self._aggregate(conn, name)
        _tally.xor = 0
        # the rows that had a seal: each seal replaced where it lies
        resealed = conn.execute(
            f"UPDATE {ROW_SEALS} AS s SET segel = {SEAL_FUNCTION}(?, s.segel, {values}) "
            f"FROM main.{_q(name)} AS t WHERE s.tabel = ? AND s.kunci IN ({noted_seal_keys}) "
            f"AND {key} = {row_of('s.kunci')}",
            (name, name, name),
        ).rowcount
        if resealed == noted:
            # Every noted row is there and had a seal (each noted key once, each joined to
            # at most one row): none to add, none gone. The two passes below would each
            # read every noted key again for nothing (about 0.1 s a table at 69,000 moves).
            self._write_table_seal(conn, name, count, xor ^ _tally.xor)
            return
        # the rows without one (new rows, or rows an outside tool added and this change kept)
        added = conn.execute(
            f"INSERT INTO {ROW_SEALS} (tabel, kunci, segel) "
            f"SELECT ?, {as_seal_key}, {SEAL_FUNCTION}(?, NULL, {values}) "
            f"FROM main.{_q(name)} AS t WHERE {key} IN ({noted_keys}) AND NOT EXISTS "
            f"(SELECT 1 FROM {ROW_SEALS} AS s WHERE s.tabel = ? AND s.kunci = {as_seal_key})",
            (name, name, name, name),
        ).rowcount
        xor ^= _tally.xor
        # the seals of rows that are gone
        gone = conn.execute(
            f"DELETE FROM {ROW_SEALS} WHERE tabel = ? AND kunci IN ({noted_seal_keys}) "
            f"AND NOT EXISTS (SELECT 1 FROM main.{_q(name)} AS t "
            f"WHERE {key} = {row_of(ROW_SEALS + '.kunci')}) RETURNING segel",
            (name, name),
        ).fetchall()
        for (old,) in gone:
            xor ^= int(old, 16)
        self._write_table_seal(conn, name, count + added - len(gone), xor)

    def _write_table_seal(self, conn: sqlite3.Connection, name: str, count: int, xor: int) -> None:
        """The table's count and XOR of its row seals, sealed (``segel_tabel``)."""
        text = f"{xor:064x}"
        conn.execute(
            f"INSERT OR REPLACE INTO {TABLE_SEALS} (tabel, jumlah, xor, segel) VALUES (?,?,?,?)",
            (name, count, text, table_seal(self.secret, name, count, text)),
        )

    def _aggregate(self, conn: sqlite3.Connection, table: str) -> tuple[int, int]:
        row = conn.execute(
            f"SELECT jumlah, xor FROM {TABLE_SEALS} WHERE tabel = ?", (table,)
        ).fetchone()
        return (row[0], int(row[1], 16)) if row else (0, 0)

    def _seal_table(self, conn: sqlite3.Connection, shape: TableShape) -> int:
        """Seal every row of one table anew; returns its row count."""
        name, values = shape.name, ", ".join(f"t.{_q(c)}" for c in shape.columns)
        key = f"t.{_q(shape.key)}"
        as_seal_key = f"CAST({key} AS TEXT)" if shape.integer_key else key
        conn.execute(f"DELETE FROM {ROW_SEALS} WHERE tabel = ?", (name,))
        _tally.xor = 0
        count = conn.execute(
            f"INSERT INTO {ROW_SEALS} (tabel, kunci, segel) "
            f"SELECT ?, {as_seal_key}, {SEAL_FUNCTION}(?, NULL, {values}) "
            f"FROM main.{_q(name)} AS t",
            (name, name),
        ).rowcount
        self._write_table_seal(conn, name, count, _tally.xor)
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


def make_sealer(conn: Any, secret: bytes) -> Any:
    """The sealer of the database ``conn`` belongs to, its triggers in place: ``Sealer`` for
    a file, ``server_seals.ServerSealer`` for a server (whose triggers live in the database:
    call this inside a transaction there)."""
    shapes = table_shapes(conn)
    if isinstance(conn, sqlite3.Connection):
        return Sealer(secret, shapes)
    from app.store import server_seals

    server_seals.install_triggers(conn, shapes)
    return server_seals.ServerSealer(secret, shapes)


def _row_count(conn: sqlite3.Connection, shape: TableShape) -> int:
    return conn.execute(f"SELECT count(*) FROM main.{_q(shape.name)}").fetchone()[0]


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
    conn: Any, secret: bytes, *, whole_tables: bool = True
) -> tuple[int, list[SealFinding]]:
    """Every row against its seal. ``whole_tables=False`` (a yearly archive, whose rows of
    other years were deleted): rows and their seals only, not the per-table summary.
    Returns (rows checked, findings)."""
    if not isinstance(conn, sqlite3.Connection):
        from app.store import server_seals

        return server_seals.verify_seals(conn, secret, whole_tables=whole_tables)
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
