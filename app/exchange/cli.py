"""``main.py paket …``: send, receive and register keys from the command line (acting as the
system actor, like every command). Exit codes: 0 done, 1 refused (the message says why and
what to do), 2 a wrong call or a database that cannot be opened."""

from __future__ import annotations

from pathlib import Path

from app import store
from app.errors import UserError
from app.tasks import TaskResult


def _choices(pairs: list[str], result: TaskResult) -> dict[str, str] | None:
    out: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or value not in ("paket", "lokal"):
            result.failed(
                f"pilihan '{pair}' tidak sah; tulis ISIAN=paket atau ISIAN=lokal "
                "(misalnya kasus.judul=paket, atau semua=lokal)",
                2,
            )
            return None
        out[name.strip()] = value
    return out


def send(db: Path, nomor: str, target: Path) -> TaskResult:
    from app.exchange import send_case
    from app.models import Case
    from app.permissions import SYSTEM_ACTOR

    result = TaskResult()
    store.open_database(db)
    try:
        case = Case.get_or_none(Case.nomor == nomor)
        if case is None:
            return result.failed(f"kasus bernomor {nomor} tidak ada di {db}.")
        try:
            path = send_case(SYSTEM_ACTOR, case.id, target)
        except UserError as exc:
            return result.failed(exc.message)
        result.out.append(f"Paket kasus {nomor} ditulis: {path}")
    finally:
        store.close_database()
    return result


def receive(db: Path, file: Path, pairs: list[str], dry_run: bool) -> TaskResult:
    from app.exchange import import_packet, inspect_packet
    from app.exchange.service import ConflictsPending
    from app.permissions import SYSTEM_ACTOR

    result = TaskResult()
    choices = _choices(pairs, result)
    if choices is None:
        return result
    store.open_database(db)
    try:
        try:
            seen = inspect_packet(file)
            result.out += seen.lines()
            if dry_run:
                return result
            done = import_packet(SYSTEM_ACTOR, file, choices)
        except ConflictsPending as exc:
            return result.failed(exc.message)
        except UserError as exc:
            return result.failed(exc.message)
        result.out.append(f"Paket diimpor: kasus {seen.nomor} (#{done.case_id}).")
    finally:
        store.close_database()
    return result


def register(db: Path, file: Path, opd_nama: str, fingerprint: str) -> TaskResult:
    """Register the key that signed the packet ``file`` (whose fingerprint the other office
    confirmed), for ``opd_nama`` ("" = the PPID Utama), with the checks the window makes
    (``app.exchange.keys.register_from_packet``)."""
    from app.exchange.keys import register_from_packet
    from app.models import Opd
    from app.permissions import SYSTEM_ACTOR

    result = TaskResult()
    store.open_database(db)
    try:
        opd_id = None
        if opd_nama:
            opd = Opd.get_or_none((Opd.nama == opd_nama) | (Opd.singkatan == opd_nama))
            if opd is None:
                return result.failed(f"perangkat daerah {opd_nama} tidak ada di Data Master.")
            opd_id = opd.id
        try:
            shown = register_from_packet(SYSTEM_ACTOR, file, opd_id, fingerprint)
        except UserError as exc:
            return result.failed(exc.message)
        result.out.append(f"Kunci bersidik jari {shown} didaftarkan.")
    finally:
        store.close_database()
    return result
