"""Row seals on a PostgreSQL server: the same seals as ``app.store.seals`` (an HMAC of each
row's table, column names and values under the office key's secret; per table the count and
XOR of the seals, itself sealed), kept current the same way, with what PostgreSQL offers:

- **noting the changed rows**: one trigger per sealed table (``segel_<table>``, created with
  the schema, owned by the database) calls ``ujikon_catat_segel``, which notes the table and
  the row's key in the session's TEMP table ``segel_berubah``, made by every connection
  Ujikon opens. A session without that table (psql, a database tool) notes nothing, so a row
  it changes no longer matches its seal, and ``verify_seals`` names it, as with the sqlite3
  tool on a file;
- **sealing**: just before Ujikon commits, the noted rows are read, sealed in Python and
  written back ``BATCH`` seals a statement (``ServerSealer.flush``), inside the transaction.

A row's values are sealed as psycopg reads them (a date as ``datetime.date``, a timestamp as
an aware UTC datetime, a boolean as ``bool``), so a server's seals are its own: a database
moved between a file and a server is verified where it was, then sealed anew where it goes.
"""

from __future__ import annotations

import hmac
import threading
from collections.abc import Iterable
from typing import Any

from app.store.seals import (
    ROW_SEALS,
    TABLE_SEALS,
    SealFinding,
    TableShape,
    _mac,
    _prefix,
    _q,
    row_seal,
    sealed_tables,
    table_seal,
)

CHANGED = "segel_berubah"
# The tables whose rows belong to one case (a ``case_id`` column).
CASE_CHILDREN = frozenset({"steprecord", "infoitem", "participant", "document", "attachment"})
NOTE_FUNCTION = "ujikon_catat_segel"
BATCH = 5000

_NOTE_FUNCTION_SQL = f"""
CREATE OR REPLACE FUNCTION {NOTE_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
  IF to_regclass('pg_temp.{CHANGED}') IS NULL THEN
    RETURN NULL;  -- not an Ujikon session: nothing is sealed, so the change shows
  END IF;
  IF TG_OP <> 'INSERT' THEN
    INSERT INTO pg_temp.{CHANGED} VALUES (TG_TABLE_NAME, to_jsonb(OLD) ->> TG_ARGV[0])
      ON CONFLICT DO NOTHING;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO pg_temp.{CHANGED} VALUES (TG_TABLE_NAME, to_jsonb(NEW) ->> TG_ARGV[0])
      ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END
$body$
"""


def table_shapes(conn: Any) -> dict[str, TableShape]:
    """The sealed tables as the server has them (column order as created)."""
    shapes: dict[str, TableShape] = {}
    for name in sealed_tables():
        columns = conn.execute(
            "SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a "
            "WHERE a.attrelid = to_regclass(%s) AND a.attnum > 0 AND NOT a.attisdropped "
            "ORDER BY a.attnum",
            (_q(name),),
        ).fetchall()
        if not columns:
            continue
        keys = conn.execute(
            "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
            "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = to_regclass(%s) AND i.indisprimary",
            (_q(name),),
        ).fetchall()
        if len(keys) != 1:
            raise RuntimeError(f"sealed table {name} needs exactly one primary key column")
        key = keys[0][0]
        key_type = next(t for c, t in columns if c == key)
        shapes[name] = TableShape(
            name, key, tuple(c for c, _ in columns), key_type in ("integer", "bigint")
        )
    return shapes


def install_triggers(conn: Any, shapes: dict[str, TableShape]) -> None:
    """The noting function and one trigger per sealed table (once per database: a trigger
    there already is kept). Runs inside a transaction (the writer lock keeps two PCs from
    creating them at once)."""
    conn.execute(_NOTE_FUNCTION_SQL)
    present = {
        row[0]
        for row in conn.execute(
            "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgname LIKE 'segel\\_%'"
        ).fetchall()
    }
    for shape in shapes.values():
        name = f"segel_{shape.name}"
        if name in present:
            continue
        conn.execute(
            f"CREATE TRIGGER {_q(name)} AFTER INSERT OR UPDATE OR DELETE ON {_q(shape.name)} "
            f"FOR EACH ROW EXECUTE FUNCTION {NOTE_FUNCTION}('{shape.key}')"
        )


class ServerSealer:
    """``app.store.seals.Sealer`` for a server (one per open database, shared by the
    connections of its threads)."""

    def __init__(self, secret: bytes, shapes: dict[str, TableShape]) -> None:
        self.secret = secret
        self.shapes = shapes
        self._macs = {name: _mac(secret, _prefix(shape)) for name, shape in shapes.items()}
        # What the transaction being committed changed, for the other PCs' windows
        # (``app.store.notify``): filled by ``flush``, taken by the commit; per thread, as
        # each thread has its own connection and transaction.
        self._local = threading.local()

    @property
    def changed(self) -> dict[str, Any]:
        if not hasattr(self._local, "changed"):
            self._local.changed = {}
        return self._local.changed

    @changed.setter
    def changed(self, value: dict[str, Any]) -> None:
        self._local.changed = value

    def install(self, conn: Any) -> None:
        """This connection's TEMP table of noted rows (it lives as long as the session)."""
        conn.execute(
            f"CREATE TEMP TABLE IF NOT EXISTS {CHANGED} "
            "(tabel TEXT NOT NULL, kunci TEXT NOT NULL, PRIMARY KEY (tabel, kunci))"
        )

    def pending(self, conn: Any) -> bool:
        return conn.execute(f"SELECT 1 FROM pg_temp.{CHANGED} LIMIT 1").fetchone() is not None

    def _seal(self, shape: TableShape, row: Iterable[Any]) -> str:
        return self._macs[shape.name](repr(tuple(row)).encode("utf-8", "surrogatepass"))

    def flush(self, conn: Any) -> None:
        """Re-seal the rows noted since the last flush, inside the caller's transaction."""
        noted: dict[str, list[str]] = {}
        for table, key in conn.execute(f"SELECT tabel, kunci FROM pg_temp.{CHANGED}"):
            noted.setdefault(table, []).append(key)
        if not noted:
            return
        for table, keys in noted.items():
            shape = self.shapes.get(table)
            if shape is not None:
                self._reseal(conn, shape, keys)
        conn.execute(f"DELETE FROM pg_temp.{CHANGED}")
        self._note_changes(conn, noted)

    def _note_changes(self, conn: Any, noted: dict[str, list[str]]) -> None:
        """The tables and cases this transaction changed (a case's rows: its own, and the
        case of each changed step, item, participant, document or scan)."""
        changed = self.changed
        changed.setdefault("tabel", set()).update(noted)
        cases = changed.setdefault("kasus", set())
        cases.update(int(k) for k in noted.get("case", ()))
        for table in CASE_CHILDREN & noted.keys():
            for (case_id,) in conn.execute(
                f"SELECT DISTINCT case_id FROM {_q(table)} WHERE id = ANY(%s)",
                ([int(k) for k in noted[table]],),
            ):
                cases.add(case_id)

    def _rows(self, conn: Any, shape: TableShape, keys: list[str]) -> dict[str, tuple]:
        columns = ", ".join(_q(c) for c in shape.columns)
        wanted: list[Any] = [int(k) for k in keys] if shape.integer_key else keys
        index = shape.columns.index(shape.key)
        found: dict[str, tuple] = {}
        for i in range(0, len(wanted), BATCH):
            for row in conn.execute(
                f"SELECT {columns} FROM {_q(shape.name)} WHERE {_q(shape.key)} = ANY(%s)",
                (wanted[i : i + BATCH],),
            ):
                found[str(row[index])] = tuple(row)
        return found

    def _reseal(self, conn: Any, shape: TableShape, keys: list[str]) -> None:
        count, xor = _aggregate(conn, shape.name)
        old = dict(
            conn.execute(
                f"SELECT kunci, segel FROM {ROW_SEALS} WHERE tabel = %s AND kunci = ANY(%s)",
                (shape.name, keys),
            ).fetchall()
        )
        rows = self._rows(conn, shape, keys)
        new = {key: self._seal(shape, row) for key, row in rows.items()}
        for seal in old.values():
            xor ^= int(seal, 16)
        for seal in new.values():
            xor ^= int(seal, 16)
        gone = [k for k in old if k not in new]
        if gone:
            conn.execute(
                f"DELETE FROM {ROW_SEALS} WHERE tabel = %s AND kunci = ANY(%s)",
                (shape.name, gone),
            )
        # BATCH seals a statement, as two arrays: a statement per row (even pipelined) took
        # 1.9 s of a 69,412-move calendar change at 100,000 cases
        written = list(new.items())
        for i in range(0, len(written), BATCH):
            part = written[i : i + BATCH]
            conn.execute(
                f"INSERT INTO {ROW_SEALS} (tabel, kunci, segel) "
                "SELECT %s, v.kunci, v.segel "
                "FROM unnest(%s::text[], %s::text[]) AS v (kunci, segel) "
                "ON CONFLICT (tabel, kunci) DO UPDATE SET segel = EXCLUDED.segel",
                (shape.name, [k for k, _ in part], [seal for _, seal in part]),
            )
        count += len([k for k in new if k not in old]) - len(gone)
        _write_summary(conn, self.secret, shape.name, count, xor)

    def seal_all(self, conn: Any) -> int:
        """Seal every row anew (adopting a key, or a database just moved here)."""
        conn.execute(f"DELETE FROM {ROW_SEALS}")
        conn.execute(f"DELETE FROM {TABLE_SEALS}")
        total = 0
        for shape in self.shapes.values():
            columns = ", ".join(_q(c) for c in shape.columns)
            index = shape.columns.index(shape.key)
            xor, count = 0, 0
            with conn.cursor() as reader, conn.cursor() as writer:
                reader.execute(f"SELECT {columns} FROM {_q(shape.name)}")
                while batch := reader.fetchmany(BATCH):
                    sealed = [(shape.name, str(r[index]), self._seal(shape, r)) for r in batch]
                    for _, _, seal in sealed:
                        xor ^= int(seal, 16)
                    count += len(sealed)
                    writer.executemany(
                        f"INSERT INTO {ROW_SEALS} (tabel, kunci, segel) VALUES (%s, %s, %s)",
                        sealed,
                    )
            _write_summary(conn, self.secret, shape.name, count, xor)
            total += count
        conn.execute(f"DELETE FROM pg_temp.{CHANGED}")
        return total


def _aggregate(conn: Any, table: str) -> tuple[int, int]:
    row = conn.execute(
        f"SELECT jumlah, xor FROM {TABLE_SEALS} WHERE tabel = %s", (table,)
    ).fetchone()
    return (row[0], int(row[1], 16)) if row else (0, 0)


def _write_summary(conn: Any, secret: bytes, table: str, count: int, xor: int) -> None:
    text = f"{xor:064x}"
    conn.execute(
        f"INSERT INTO {TABLE_SEALS} (tabel, jumlah, xor, segel) VALUES (%s, %s, %s, %s) "
        "ON CONFLICT (tabel) DO UPDATE SET jumlah = EXCLUDED.jumlah, xor = EXCLUDED.xor, "
        "segel = EXCLUDED.segel",
        (table, count, text, table_seal(secret, table, count, text)),
    )


def verify_seals(
    conn: Any, secret: bytes, *, whole_tables: bool = True
) -> tuple[int, list[SealFinding]]:
    """Every row against its seal (``app.store.seals.verify_seals``, on the server)."""
    findings: list[SealFinding] = []
    checked = 0
    for shape in table_shapes(conn).values():
        columns = ", ".join(f"t.{_q(c)}" for c in shape.columns)
        index = shape.columns.index(shape.key)
        # Each row beside its seal, streamed from a server-side cursor: neither the table
        # nor its seals are ever in memory whole (a table of 500,000 steps is checked in
        # BATCH rows at a time). A row without a seal has NULL seal columns; a seal without
        # its row has NULL row columns (``present``).
        sql = (
            f"SELECT s.kunci, s.segel, t.{_q(shape.key)} IS NOT NULL, {columns} "
            f"FROM {_q(shape.name)} t FULL OUTER JOIN "
            f"(SELECT kunci, segel FROM {ROW_SEALS} WHERE tabel = %s) s "
            f"ON s.kunci = t.{_q(shape.key)}::text"
        )
        count, xor, orphans = 0, 0, []
        with conn.cursor(name="ujikon_periksa_segel", withhold=conn.autocommit) as reader:
            reader.itersize = BATCH
            reader.execute(sql, (shape.name,))
            for sealed_key, stored, present, *row in reader:
                if stored is not None:
                    count += 1
                    xor ^= int(stored, 16)
                if not present:
                    orphans.append(sealed_key)
                    continue
                checked += 1
                key = str(row[index])
                if stored is None:
                    findings.append(SealFinding(shape.name, key, "ditambahkan di luar aplikasi"))
                elif not hmac.compare_digest(stored, row_seal(secret, shape, tuple(row))):
                    findings.append(SealFinding(shape.name, key, "diubah di luar aplikasi"))
        for orphan in sorted(orphans):
            findings.append(SealFinding(shape.name, orphan, "dihapus di luar aplikasi"))
        if not whole_tables:
            continue
        text = f"{xor:064x}"
        summary = conn.execute(
            f"SELECT jumlah, xor, segel FROM {TABLE_SEALS} WHERE tabel = %s", (shape.name,)
        ).fetchone()
        expected = table_seal(secret, shape.name, count, text)
        if summary is None:
            if count:
                findings.append(SealFinding(shape.name, "", "ringkasan"))
        elif (summary[0], summary[1]) != (count, text) or not hmac.compare_digest(
            summary[2], expected
        ):
            findings.append(SealFinding(shape.name, "", "ringkasan"))
    return checked, findings
