"""A PostgreSQL server as the store: the database object, its driver, and opening it.

Offices with several PCs share one PostgreSQL database (``--db postgresql://…``); the
single-PC SQLite file stays the default. The rest of ``app/`` sees the same peewee models and
the same ``database`` proxy; what differs is answered here and in ``app.store.engine``:

- **the driver**: psycopg 3 (``psycopg[binary]``, which bundles libpq). peewee would import
  it with itself at every start (a fifth of a second, and its memory, on a PC that never uses
  a server), so ``app`` hides it from peewee's import (``app.__init__``) and this module hands
  it to peewee's adapter when a server is opened;
- **the SQL of ``app/``** is written once, with SQLite's ``?`` and ``:name`` parameters;
  ``psycopg_sql`` turns it into psycopg's ``%s`` / ``%(name)s`` (peewee's own queries already
  use them and pass through unchanged);
- **one writer at a time**, as SQLite's ``BEGIN IMMEDIATE`` gives: every transaction takes
  the same transaction-scoped advisory lock (``WRITER_LOCK``) right after ``BEGIN``, so two
  PCs never interleave a read-then-write (the next outgoing number, the head of the history
  chain); readers never wait for it;
- **errors**: a server that cannot be reached, a refused password, a database that is not
  there become a ``DatabaseProblem`` naming the server and what to check
  (``translate_server_error``), never a traceback.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from functools import lru_cache
from typing import Any

import peewee
from peewee import PostgresqlDatabase, Psycopg3Adapter

from app.errors import DatabaseProblem, UserError
from app.location import ServerAddress, password_of, server_address

# The key of the advisory lock every write transaction holds until it ends ("Ujik").
WRITER_LOCK = 0x556A696B
# How long a write waits for another PC's write to end before it is refused with a message:
# the busy timeout of a file (``PRAGMAS["busy_timeout"]``), so a long job elsewhere (a restore,
# a calendar change) never leaves a window frozen for minutes.
WRITER_WAIT_MS = 10_000
CONNECT_TIMEOUT_S = 10  # a server that does not answer: said after this, not after minutes


def driver() -> Any:
    """psycopg, imported now (see the module's docstring and ``app.__init__``)."""
    if sys.modules.get("psycopg", False) is None:
        del sys.modules["psycopg"]
    import psycopg

    return psycopg


class UjikonPsycopgAdapter(Psycopg3Adapter):
    """peewee's psycopg 3 adapter, given the driver when a server is opened rather than when
    peewee was imported (its class constants are read from the driver here)."""

    def __init__(self) -> None:
        psycopg = driver()
        from psycopg.pq import TransactionStatus
        from psycopg.types.json import Json, Jsonb

        self._psycopg = psycopg
        self.txn_idle = TransactionStatus.IDLE
        self.txn_inerror = TransactionStatus.INERROR
        self.txn_unknown = TransactionStatus.UNKNOWN
        self._in_transaction = TransactionStatus.INTRANS
        super().__init__()
        self.json_type, self.jsonb_type = Json, Jsonb

    def check_driver(self) -> None:
        return None

    def get_binary_type(self) -> Any:
        return self._psycopg.Binary

    def connect(self, db: Any, **params: Any) -> Any:
        params.setdefault("connect_timeout", CONNECT_TIMEOUT_S)
        params.setdefault("application_name", "Ujikon")
        params.setdefault("options", "-c TimeZone=UTC")
        return self._psycopg.connect(conninfo=db.database, **params)

    def server_side_cursor(self, conn: Any) -> Any:
        import uuid

        in_txn = self.txn_status(conn) == self._in_transaction
        return conn.cursor(name=str(uuid.uuid1()), withhold=not in_txn)


# A quoted string or name, one of peewee's placeholders, or what is translated outside them.
_TOKENS = re.compile(
    r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|%s|%\([A-Za-z_]\w*\)s|%|::|\?|:[A-Za-z_]\w*"
)


@lru_cache(maxsize=4096)
def _translated(sql: str, named: bool) -> str:
    def replace(match: re.Match[str]) -> str:
        token = match.group(0)
        if token[0] in "'\"":
            return token.replace("%", "%%")  # psycopg reads a % inside a literal too
        if token == "%":
            return "%%"
        if token == "?":
            return "%s"
        if token[0] == ":" and token != "::" and named:
            return f"%({token[1:]})s"
        return token  # peewee's own placeholders, a cast, a :name without a dict

    return _TOKENS.sub(replace, sql)


def psycopg_sql(sql: str, params: Any) -> str:
    """``sql`` as psycopg wants it: SQL written the SQLite way (``?``, or ``:name`` with a
    dict of parameters) gets psycopg's placeholders and its ``%`` doubled (psycopg reads a
    ``%`` anywhere in a query as the start of one); peewee's own ``%s`` stay as they are, so
    a query that mixes both (a peewee query with a ``SQL("… ? …")`` part) is right too."""
    if "?" not in sql and "%" not in sql and (":" not in sql or not isinstance(params, dict)):
        return sql
    return _translated(sql, isinstance(params, dict))


# SQLSTATE classes and codes (PostgreSQL's appendix A) → what the office is told.
_AUTH = ("28000", "28P01")
_NO_DATABASE = "3D000"
_DISK_FULL = ("53100", "53200")
_READ_ONLY = "25006"
_LOCK_WAIT = "55P03"  # lock_not_available: the writer lock's wait ran out
FOREIGN_KEY_VIOLATION = "23503"


def sqlstate(exc: BaseException) -> str | None:
    """PostgreSQL's SQLSTATE of ``exc`` (or of the driver error it wraps), None if none."""
    return _sqlstate(exc)


def _sqlstate(exc: BaseException) -> str | None:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        state = getattr(current, "sqlstate", None)
        if state:
            return str(state)
        seen.add(id(current))
        current = getattr(current, "orig", None) or current.__cause__
    return None


def _is_driver_error(exc: BaseException, kind: str) -> bool:
    psycopg = driver()
    wanted = getattr(psycopg, kind)
    current: BaseException | None = exc
    seen: set[int] = set()
    while current is not None and id(current) not in seen:
        if isinstance(current, wanted):
            return True
        seen.add(id(current))
        current = getattr(current, "orig", None) or current.__cause__
    return False


class ServerUnreachable(DatabaseProblem):
    """The server did not answer, or the connection to it was lost."""


class ServerPasswordNeeded(DatabaseProblem):
    """The server asks for a password that was not given (the window asks for it)."""

    needs_password = True


def translate_server_error(
    exc: BaseException, address: ServerAddress, read_only_reason: str | None = None
) -> DatabaseProblem | None:
    """The ``DatabaseProblem`` a driver error means to the office, or None for the errors
    that are the caller's business (a constraint, a SQL mistake)."""
    if isinstance(exc, UserError):
        return None
    state = _sqlstate(exc)
    where = address.shown
    if state in _AUTH:
        text = str(getattr(exc, "orig", None) or exc).lower()
        if "no password" in text:
            return ServerPasswordNeeded(f"Server basis data {where} meminta kata sandi.")
        return DatabaseProblem(
            f"Server basis data {where} menolak nama pengguna atau kata sandinya. Periksa "
            "kata sandi pengguna PostgreSQL itu (tanyakan kepada pengelola server)."
        )
    if state == _NO_DATABASE:
        return DatabaseProblem(
            f"Basis data {address.dbname!r} belum ada di server {address.host}:{address.port}. "
            f"Siapkan dulu dengan: main.py server siapkan {address.url}"
        )
    if state in _DISK_FULL:
        return DatabaseProblem(
            f"Disk server basis data {where} penuh, sehingga perubahan terakhir tidak "
            "tersimpan. Minta pengelola server mengosongkan ruang disknya, lalu ulangi."
        )
    if state == _LOCK_WAIT:
        return DatabaseProblem(
            f"Basis data server {where} sedang dipakai PC lain untuk pekerjaan yang lama "
            f"(misalnya pemulihan cadangan atau perubahan kalender) lebih dari "
            f"{WRITER_WAIT_MS // 1000} detik, sehingga perubahan ini belum disimpan. Tunggu "
            "sebentar, lalu ulangi."
        )
    if state == _READ_ONLY and read_only_reason is not None:
        from app.errors import ReadOnlyDatabase
        from app.store.errors import READ_ONLY_MESSAGE

        return ReadOnlyDatabase(READ_ONLY_MESSAGE.format(reason=read_only_reason))
    no_password = "no password supplied" in str(exc)
    if no_password:
        return ServerPasswordNeeded(f"Server basis data {where} meminta kata sandi.")
    if (state is None or state.startswith(("08", "57P"))) and _is_driver_error(
        exc, "OperationalError"
    ):
        return ServerUnreachable(
            f"Server basis data {where} tidak dapat dihubungi, sehingga perubahan terakhir "
            "tidak tersimpan. Periksa sambungan jaringan kantor, apakah komputer server "
            "menyala dan layanan PostgreSQL-nya berjalan, lalu ulangi. Ujikon menyambung lagi "
            "sendiri begitu server menjawab."
        )
    return None


class ServerDatabase(PostgresqlDatabase):
    """``PostgresqlDatabase`` as Ujikon's store (see the module's docstring). It carries what
    ``UjikonDatabase`` carries (``info``, ``read_only_reason``, ``office_key``, ``sealer``,
    ``lock_handle``), so the rest of ``app/`` reads either the same way."""

    # Timestamps are stored with their zone (Ujikon writes UTC) and read back as aware UTC
    # datetimes (the session's TimeZone), as the SQLite file gives them.
    field_types = {**PostgresqlDatabase.field_types, "DATETIME": "TIMESTAMPTZ"}
    psycopg3_adapter = UjikonPsycopgAdapter
    psycopg2_adapter = UjikonPsycopgAdapter  # never psycopg2, even where it is installed
    is_server = True

    def __init__(self, url: str, *, read_only_reason: str | None = None, **kwargs: Any):
        self.address = server_address(url)
        self.read_only_reason = read_only_reason
        self.info: Any = None
        self.lock_handle: Any = None
        self.office_key: Any = None
        self.sealer: Any = None
        super().__init__(self.address.url, prefer_psycopg3=True, **kwargs)

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    @contextmanager
    def _translated(self) -> Iterator[None]:
        try:
            yield
        except Exception as exc:
            # peewee's own errors, and the driver's where a statement ran outside peewee
            if not isinstance(exc, peewee.DatabaseError) and not _is_driver_error(exc, "Error"):
                raise
            problem = translate_server_error(exc, self.address, self.read_only_reason)
            if problem is None:
                raise
            self._drop_if_lost(problem)
            raise problem from exc

    def _drop_if_lost(self, problem: DatabaseProblem) -> None:
        """A connection the server dropped (network, a restart) is let go, with whatever
        transaction it held (the server rolled it back): the next statement of this thread
        connects again, so the window goes on by itself once the server answers."""
        if not isinstance(problem, ServerUnreachable):
            return
        state: Any = self._state  # type: ignore[attr-defined]  # peewee's per-thread state
        conn = state.conn
        if conn is None:
            return
        try:
            conn.close()
        except Exception:  # noqa: BLE001 (already broken)
            pass
        # Only the connection: the transaction stack unwinds as the atomic blocks exit (their
        # rollback sees a closed database and does nothing).
        state.conn = None
        state.closed = True

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        with self._translated():
            cursor = super().execute_sql(psycopg_sql(sql, params), params)
            if self.sealer is not None and not self.in_transaction():
                head = sql.lstrip()[:6].upper()
                if head in ("INSERT", "UPDATE", "DELETE") and self.sealer.pending(
                    self.connection()
                ):
                    with self.atomic():  # a write outside a transaction: sealed in one
                        pass
            return cursor

    def executemany(self, sql: str, rows: Any) -> Any:
        """One statement for many rows (psycopg sends them in one pipeline)."""
        with self._translated():
            cursor = self.cursor()
            cursor.executemany(psycopg_sql(sql, ()), rows)
            return cursor

    def begin(self, lock_type: Any = None) -> None:
        """``BEGIN``, then what SQLite's lock types mean here: a ``DEFERRED`` transaction (a
        consistent read: ``REPEATABLE READ``, one snapshot) takes no lock; any other (a
        write) the writer lock, held until it ends, so writers queue as on SQLite."""
        with self._translated():
            cursor = self.cursor()
            if self.read_only or lock_type == "DEFERRED":
                cursor.execute("BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                if self.read_only:
                    cursor.execute("SET TRANSACTION READ ONLY")
            else:
                try:
                    # One round trip for every write transaction (no parameters: psycopg sends
                    # it as one simple query); after the lock, the server's own lock_timeout.
                    cursor.execute(
                        f"BEGIN; SET LOCAL lock_timeout = {int(WRITER_WAIT_MS)}; "
                        f"SELECT pg_advisory_xact_lock({int(WRITER_LOCK)}); "
                        "SET LOCAL lock_timeout TO DEFAULT"
                    )
                except BaseException:
                    # never leave the connection inside a failed transaction: peewee only
                    # ends the transactions whose BEGIN succeeded
                    with suppress(Exception):
                        cursor.execute("ROLLBACK")
                    raise

    def commit(self) -> None:
        with self._translated():
            if self.sealer is not None:
                self.sealer.flush(self.connection())  # the rows this transaction changed
                self._notify_others()
            super().commit()

    def _notify_others(self) -> None:
        """Tell the other PCs' windows what this transaction changed (``app.store.notify``;
        PostgreSQL delivers it at the commit, and not at all on a rollback)."""
        from app.store.notify import CHANNEL, notice_payload

        changed, self.sealer.changed = self.sealer.changed, {}
        payload = notice_payload(changed)
        if payload is not None:
            self.cursor().execute("SELECT pg_notify(%s, %s)", (CHANNEL, payload))

    def rollback_changes(self) -> None:
        if self.sealer is not None:
            self.sealer.changed = {}

    def rollback(self) -> None:
        self.rollback_changes()
        if self.is_closed():
            return
        with self._translated():
            super().rollback()

    def connect(self, reuse_if_open: bool = False) -> bool:
        try:
            with self._translated():
                return super().connect(reuse_if_open)
        except ServerUnreachable as problem:
            # A server that answered and refused (libpq's "FATAL", no SQLSTATE at connect,
            # and its text in the server's language): ask its maintenance database why.
            if "FATAL" not in str(problem.__cause__):
                raise
            raise self._refusal(problem) from problem.__cause__

    def _refusal(self, problem: DatabaseProblem) -> DatabaseProblem:
        said = str(problem.__cause__).rpartition("FATAL:")[2].strip()
        params = {k: v for k, v in self.connect_params.items() if k == "password"}
        try:
            with driver().connect(
                conninfo=self.address.url.replace(f"/{self.address.dbname}", "/postgres", 1),
                connect_timeout=CONNECT_TIMEOUT_S,
                **params,
            ) as probe:
                exists = probe.execute(
                    "SELECT 1 FROM pg_database WHERE datname = %s", (self.address.dbname,)
                ).fetchone()
        except Exception:  # noqa: BLE001 (the maintenance database refused too: the login)
            return DatabaseProblem(
                f"Server basis data {self.address.shown} menolak sambungan ({said}). Periksa "
                "nama pengguna dan kata sandinya, dan izin sambungan komputer ini di server "
                "(pg_hba.conf); tanyakan kepada pengelola server."
            )
        if exists is None:
            return DatabaseProblem(
                f"Basis data {self.address.dbname!r} belum ada di server {self.address.host}:"
                f"{self.address.port}. Buat dulu (CREATE DATABASE {self.address.dbname}), lalu "
                f"siapkan dengan: main.py server siapkan {self.address.url}"
            )
        return DatabaseProblem(
            f"Server basis data {self.address.shown} menolak membuka basis data itu ({said}). "
            "Periksa hak pengguna ini atas basis data tersebut."
        )

    def create_tables(self, models: Any, **options: Any) -> None:
        # SQLite's WITHOUT ROWID (the row seals' table) has no meaning here; PostgreSQL
        # stores every table the same way, and the option would be a syntax error.
        flagged = [m for m in models if m._meta.without_rowid]
        for model in flagged:
            model._meta.without_rowid = False
        try:
            super().create_tables(models, **options)
        finally:
            for model in flagged:
                model._meta.without_rowid = True

    def _initialize_connection(self, conn: Any) -> None:
        if self.sealer is not None:
            self.sealer.install(conn)
        if self.read_only:
            conn.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")


def server_database(
    url: str, password: str | None = None, read_only_reason: str | None = None
) -> ServerDatabase:
    """The database object of a server URL (not connected yet). ``password``: typed at the
    prompt (never remembered); a password inside the URL is used when none is given."""
    kwargs: dict[str, Any] = {}
    password = password if password is not None else password_of(url)
    if password is not None:
        kwargs["password"] = password
    return ServerDatabase(url, read_only_reason=read_only_reason, **kwargs)


# Orderings that sort text as the SQLite file does (by code point): the libc C locale (and
# its UTF-8 variant), PostgreSQL 17's built-in C providers.
C_COLLATIONS = frozenset({"c", "posix", "c.utf8", "c.utf-8", "ucs_basic", "pg_c_utf8"})


def collation_warning(db: ServerDatabase) -> str | None:
    """Why the open server database sorts text otherwise than the SQLite file does (its
    default collation is not ``C``), in Indonesian; None when it sorts alike. The case
    list's order by title or OPD, and where a changed row is placed, then differ from a
    file's; nothing is wrong with the data."""
    row = db.execute_sql(
        "SELECT datlocprovider, datcollate FROM pg_database WHERE datname = current_database()"
    ).fetchone()
    provider, collate = (str(row[0]), str(row[1])) if row else ("c", "C")
    if provider != "i" and collate.lower() in C_COLLATIONS:
        return None
    shown = "ICU" if provider == "i" else collate
    return (
        f"Basis data {db.address.shown} mengurutkan huruf menurut {shown}, bukan C: urutan "
        "daftar kasus menurut judul atau OPD dapat berbeda dengan berkas SQLite. Datanya tidak "
        "terganggu; untuk urutan yang sama, buat basis data dengan TEMPLATE template0 "
        "LC_COLLATE 'C' LC_CTYPE 'C' (README, Beberapa komputer dalam satu kantor) lalu "
        "pindahkan isinya."
    )
