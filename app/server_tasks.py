"""The server commands (``main.py server siapkan|pindahkan``): preparing a PostgreSQL database
for the office, and moving an existing SQLite file onto it. Like ``app.tasks`` they return
what to print and the exit code.

- ``siapkan URL``: a new (empty) database gets the schema of this version, the reference
  data and this PC's office key (its rows sealed with it); a database Ujikon already set up
  is only connected to (its pending migrations run). The first administrator and the office
  profile are made with the same first-run data as the window's setup (``first``), or by
  that setup dialog when the window first opens the server.
- ``pindahkan --dari FILE --ke URL``: the file is checked first (every check of ``main.py
  check`` must pass: a move must not turn an outside change into a sealed one), then every
  table is copied in one transaction on the server, verified inside it (``transfer.compare``:
  counts and the SHA-256 of every table's rows), sealed with the office key and checked
  there (chain, seals, documents: every check), still inside it, then committed. A failure
  rolls the transaction back, schema and all. The file is only read.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

# Light at import: main.py reads --db through db_target before any command runs (the window's
# start among them); the store and the tasks are imported by the commands themselves.
if TYPE_CHECKING:
    from app.tasks import TaskResult


def db_target(text: str) -> Path | str:
    """``--db`` as typed: a file path, or a server's ``postgresql://`` URL as it is."""
    from app.location import is_server  # light: outside the store package

    return text if is_server(text) else Path(text)


def first_admin(username: str, nama: str, password: str) -> object:
    """The first administrator of ``server siapkan --admin``, with the kop the first-run
    setup proposes (changed later in Profil kantor)."""
    from app.settings import KOP_INSTANSI, KOP_PEMERINTAH
    from app.setup import FirstRun

    return FirstRun(
        username=username,
        nama_lengkap=nama or username,
        password=password,
        kop_pemerintah=str(KOP_PEMERINTAH.default),
        kop_instansi=str(KOP_INSTANSI.default),
        kop_alamat=[],
    )


def prepare_server(url: str, password: str | None = None, first: object = None) -> TaskResult:
    """Set up (or connect to) the server database at ``url``."""
    from app import accounts, setup, store
    from app.errors import UserError
    from app.location import is_server
    from app.models import Case
    from app.store.server import collation_warning
    from app.tasks import TaskResult
    from app.text import format_number

    result = TaskResult()
    if not is_server(url):
        return result.failed(f"{url} bukan alamat server (postgresql://PENGGUNA@HOST/NAMA).", 2)
    try:
        info = store.open_database(url, password=password)
        new = accounts.needs_setup()
        if new and isinstance(first, setup.FirstRun):
            setup.first_run(first)
            result.out.append(f"Administrator pertama dibuat: {first.username}.")
        cases = Case.select().count()
        warning = collation_warning(store_database())
    except UserError as exc:
        return result.failed(exc.message, 2)
    finally:
        store.close_database()
    assert info.server is not None
    if new:
        result.out.insert(
            0, f"Basis data {info.server.shown} siap (skema versi {info.schema_version})."
        )
        if first is None:
            result.out.append(
                f"Buka Ujikon dengan --db {info.server.url} untuk membuat akun Administrator "
                "pertama dan profil kantor."
            )
    else:
        migrated = (
            f"; dimutakhirkan: versi {', '.join(map(str, info.migrated))}" if info.migrated else ""
        )
        result.out.append(
            f"Tersambung ke basis data {info.server.shown}: {format_number(cases)} kasus{migrated}."
        )
    if warning is not None:
        result.out.append(f"Peringatan: {warning}")
    return result


def move_to_server(source: Path, url: str, password: str | None = None, report=print) -> TaskResult:
    """Copy the SQLite file ``source`` onto the empty server database ``url``, verified."""
    from app import store
    from app.checks import run_checks
    from app.errors import UserError
    from app.location import is_server, server_address
    from app.tasks import TaskResult
    from app.text import format_number

    result = TaskResult()
    if not is_server(url):
        return result.failed(f"{url} bukan alamat server (postgresql://PENGGUNA@HOST/NAMA).", 2)
    if not Path(source).is_file():
        return result.failed(f"basis data {source} tidak ditemukan.", 2)
    shown = server_address(url).shown
    try:
        # 1. the file: opened read-only, every check must pass, its digest taken
        store.open_database(source, read_only=True)
        failed = [r for r in run_checks() if not r.ok]
        if failed:
            lines = "; ".join(f"{r.name}: {r.message}" for r in failed)
            return result.failed(
                f"berkas {source} tidak lolos pemeriksaan ({lines}). Perbaiki atau pulihkan dari "
                "cadangan dulu; tidak ada yang dipindahkan.",
                1,
            )
        report(f"Berkas {source} lolos pemeriksaan; menyalin ke {shown}…")
        from app.store.transfer import digest

        before = digest(store_database())
        store.close_database()
        counts, warning = _copy_to_server(source, url, password, before, report)
    except UserError as exc:
        return result.failed(exc.message, 1)
    finally:
        store.close_database()
    total = sum(counts.values())
    result.out.append(
        f"Basis data {source} dipindahkan ke {shown}: {format_number(total)} baris dalam "
        f"{len(counts)} tabel, {format_number(counts.get('case', 0))} kasus, "
        f"{format_number(counts.get('event', 0))} kejadian riwayat; jumlah, isi setiap tabel, "
        "rantai riwayat dan segel diperiksa. Berkas aslinya tidak diubah."
    )
    if warning is not None:
        result.out.append(f"Peringatan: {warning}")
    return result


def _check_before_commit(target) -> None:
    """``main.py check`` on the copy inside its transaction (``UserError`` when one fails)."""
    from app.checks import run_checks
    from app.errors import UserError
    from app.store import server_info

    target.info = server_info(target)
    try:
        failed = [r for r in run_checks() if not r.ok]
    finally:
        target.info = None
    if failed:
        lines = "; ".join(f"{r.name}: {r.message}" for r in failed)
        raise UserError(
            f"Salinan di server tidak lolos pemeriksaan ({lines}). Tidak ada yang disimpan di "
            "server."
        )


def store_database():
    from app.models import database

    return database.obj


def _copy_to_server(
    source: Path, url: str, password: str | None, before, report
) -> tuple[dict, str | None]:
    """2. the server database: empty, given this version's schema, every row copied, the
    copy compared with the file's digest and sealed, all in one transaction. Returns the
    rows copied per table, and whether the server sorts text otherwise than the file."""
    from peewee import SqliteDatabase

    from app.errors import UserError
    from app.models import database
    from app.signing.office import attach, before_migrations
    from app.store.files import readable_uri
    from app.store.migrations import SchemaVersion, migrate_schema
    from app.store.server import collation_warning, server_database
    from app.store.transfer import compare, copy_rows, digest
    from app.text import format_number

    target = server_database(url, password)
    database.initialize(target)
    target.connect()
    try:
        if target.get_tables():
            raise UserError(
                f"Basis data {target.address.shown} tidak kosong. Pindahkan hanya ke basis data "
                "baru yang kosong (CREATE DATABASE …), agar tidak ada yang tertimpa."
            )
        uri = readable_uri(Path(source))
        reader = SqliteDatabase(uri or str(source), uri=uri is not None, pragmas={"query_only": 1})
        reader.connect()
        try:
            with target.atomic():
                migrate_schema(target)
                SchemaVersion.delete().execute()  # the file's own versions come with it
                counts = copy_rows(reader, target, report)
                problems = compare(before, digest(target))
                if problems:
                    raise UserError(
                        "Salinan di server tidak sama dengan berkasnya: "
                        + "; ".join(problems)
                        + ". Tidak ada yang disimpan di server."
                    )
                keys = before_migrations(target, target.address.shown, False)
                attach(target, target.address.shown, keys)
                assert target.sealer is not None
                rows = target.sealer.seal_all(target.connection())
                report(f"{format_number(rows)} baris disegel dengan kunci kantor.")
                # 3. every check, still inside the transaction: a copy that fails one is
                # rolled back with its schema, and the server database stays empty
                _check_before_commit(target)
        finally:
            reader.close()
        # The planner's statistics of the tables just filled (autovacuum would take its
        # time): without them the case list's first query reads whole tables.
        target.execute_sql("ANALYZE")
        warning = collation_warning(target)
    finally:
        target.sealer = None
        if not target.is_closed():
            target.close()
    return counts, warning
