"""Health checks of the active database (``main.py check``): the file's integrity, foreign
keys, the SHA-256 of every finalised document and scan, the history chain, and documents
finalised before their step was ready (so an office can correct them).

On a PostgreSQL server the file's integrity is the server's own business (its pages, its
WAL); what Ujikon checks there instead is that the schema is the one it made (nothing
foreign in it, nothing of its own missing, every index valid). Foreign keys are enforced by
the server, but a session with ``session_replication_role = replica`` (or triggers
disabled) skips them: each model's references are looked up, as SQLite's
``foreign_key_check`` does."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from peewee import ForeignKeyField

from app import history, settings, store
from app.errors import DatabaseProblem
from app.models import ALL_MODELS, Attachment, Document, database
from app.settings import ARSIP_TAHUNAN
from app.signing import verification
from app.store.engine import on_server

SHOWN_PROBLEMS = 5


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    message: str


@dataclass(frozen=True)
class Check:
    """One health check: its name (shown to the user) and what it finds (ok, message)."""

    name: str
    run: Callable[[], tuple[bool, str]]

    def __call__(self) -> CheckResult:
        ok, message = self.run()
        return CheckResult(self.name, ok, message)


def _integrity() -> tuple[bool, str]:
    if on_server():
        return _server_integrity()
    rows = [r[0] for r in database.execute_sql("PRAGMA integrity_check").fetchall()]
    if rows == ["ok"]:
        return True, "integrity_check: ok"
    return False, (
        "Berkas basis data rusak: "
        + "; ".join(map(str, rows[:SHOWN_PROBLEMS]))
        + ". Pulihkan dari cadangan terakhir."
    )


def _server_integrity() -> tuple[bool, str]:
    from app.store.schema_check import foreign_objects, missing_objects

    conn = database.connection()
    problems = [f"{o.text} tidak dibuat oleh Ujikon" for o in foreign_objects(conn)]
    problems += [f"{o.text} tidak ada" for o in missing_objects(conn)]
    problems += [
        f"indeks {name} tidak sah"
        for (name,) in database.execute_sql(
            "SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
            "WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = "
            "current_schema()) AND NOT (i.indisvalid AND i.indisready AND i.indislive) "
            "ORDER BY 1"
        )
    ]
    if not problems:
        return True, "Skema basis data di server sesuai Ujikon; setiap indeksnya sah."
    more = " …" if len(problems) > SHOWN_PROBLEMS else ""
    return False, (
        "Skema basis data di server tidak utuh: "
        + "; ".join(problems[:SHOWN_PROBLEMS])
        + f"{more}. Minta pengelola server memeriksanya, atau pulihkan dari cadangan terakhir."
    )


def _broken_references() -> list[tuple[str, object, str]]:
    """(table, key of the row, referred table) of each row whose reference finds no row: on
    SQLite its ``foreign_key_check``; on a server, each model's foreign keys looked up."""
    if not on_server():
        return [
            (table, rowid, parent)
            for table, rowid, parent, _fk in database.execute_sql("PRAGMA foreign_key_check")
        ]
    found: list[tuple[str, object, str]] = []
    for model in ALL_MODELS:
        for field in model._meta.sorted_fields:
            if not isinstance(field, ForeignKeyField):
                continue
            child, parent = model._meta.table_name, field.rel_model._meta.table_name
            key = model._meta.primary_key.column_name  # type: ignore[union-attr]
            column, referred = field.column_name, field.rel_field.column_name
            sql = (
                f'SELECT c."{key}" FROM "{child}" c WHERE c."{column}" IS NOT NULL AND NOT '
                f'EXISTS (SELECT 1 FROM "{parent}" p WHERE p."{referred}" = c."{column}") '
                "ORDER BY 1"
            )
            found += [(child, row[0], parent) for row in database.execute_sql(sql)]
    return found


def _foreign_keys() -> tuple[bool, str]:
    rows = _broken_references()
    if not rows:
        return True, "Tidak ada rujukan yang putus."
    shown = ", ".join(
        f"{table} baris {rowid} → {parent}" for table, rowid, parent in rows[:SHOWN_PROBLEMS]
    )
    return False, f"{len(rows)} rujukan putus: {shown}."


def _hashes(model, label: str, blob) -> tuple[bool, str]:
    bad: list[str] = []
    count = 0
    query = model.select(model.id, model.sha256, blob).order_by(model.id)
    for row in query.iterator():
        count += 1
        data = getattr(row, blob.name)
        if hashlib.sha256(bytes(data or b"")).hexdigest() != row.sha256:
            bad.append(f"#{row.id}")
    if not bad:
        return True, f"{count} {label}: SHA-256 cocok."
    shown = ", ".join(bad[:SHOWN_PROBLEMS]) + (" …" if len(bad) > SHOWN_PROBLEMS else "")
    return False, (
        f"{len(bad)} dari {count} {label} tidak cocok dengan SHA-256-nya "
        f"(isinya diubah di luar aplikasi): {shown}."
    )


def _hash_check(model, label: str, blob) -> Check:
    return Check(f"Sidik {label}", lambda: _hashes(model, label, blob))


def _chain() -> tuple[bool, str]:
    if settings.value(ARSIP_TAHUNAN) is not None:
        return True, "Tidak berlaku untuk arsip tahunan (riwayatnya disaring per tahun)."
    result = history.verify_chain()
    return result.ok, result.message


def _readiness() -> tuple[bool, str]:
    from app.documents.readiness import premature_documents

    found = premature_documents()
    if not found:
        return True, "Tidak ada dokumen yang difinalkan sebelum tahapnya siap."
    shown = "; ".join(
        f"{p.document.describe} ({', '.join(p.reasons)})" for p in found[:SHOWN_PROBLEMS]
    )
    more = " …" if len(found) > SHOWN_PROBLEMS else ""
    return False, (
        f"{len(found)} dokumen difinalisasi sebelum tahapnya siap: {shown}{more}. "
        "Buat versi koreksi setelah tahapnya lengkap."
    )


def _finalisations() -> tuple[bool, str]:
    """Every document against the history event that finalised it (``app.documents.
    integrity``): a PDF replaced together with its stored hash matches itself, not its
    event."""
    from app.documents.integrity import disagreements

    found = disagreements(require_event=settings.value(ARSIP_TAHUNAN) is None)
    if not found:
        return True, "Setiap dokumen final cocok dengan catatan finalisasinya di riwayat."
    shown = "; ".join(f"{d.document.describe}: {d.reason}" for d in found[:SHOWN_PROBLEMS])
    more = " …" if len(found) > SHOWN_PROBLEMS else ""
    return False, (
        f"{len(found)} dokumen final tidak cocok dengan catatan finalisasinya (diubah di luar "
        f"aplikasi): {shown}{more}. Pulihkan dari cadangan sebelum perubahan itu."
    )


def _register() -> tuple[bool, str]:
    from app.documents.integrity import register_problems

    found = register_problems()
    if not found:
        return True, "Setiap nomor di register dijelaskan oleh riwayatnya."
    shown = "; ".join(found[:SHOWN_PROBLEMS]) + (" …" if len(found) > SHOWN_PROBLEMS else "")
    return False, f"{len(found)} catatan register nomor diubah di luar aplikasi: {shown}."


def _accounts() -> tuple[bool, str]:
    from app.accounts import unexplained_accounts

    if settings.value(ARSIP_TAHUNAN) is not None:
        return True, "Tidak berlaku untuk arsip tahunan (tanpa akun)."
    found = unexplained_accounts()
    if not found:
        return True, "Setiap akun dibuat oleh kejadian yang tercatat di riwayat."
    shown = ", ".join(found[:SHOWN_PROBLEMS]) + (" …" if len(found) > SHOWN_PROBLEMS else "")
    return False, (
        f"{len(found)} akun tidak tercatat pembuatannya di riwayat (ditambahkan di luar "
        f"aplikasi): {shown}."
    )


def _backup_heads() -> tuple[bool, str]:
    info = store.current()
    if info is None:
        return verification.backup_heads_state(None)
    # as a manifest names its source: the file, or the server's URL (``info.path`` there is
    # only the database's name)
    return verification.backup_heads_state(
        info.server.url if info.server is not None else info.path
    )


CHECKS: tuple[Check, ...] = (
    Check("Keutuhan berkas", _integrity),
    Check("Kunci asing", _foreign_keys),
    _hash_check(Document, "dokumen final", Document.pdf),
    _hash_check(Attachment, "pindaian", Attachment.data),
    Check("Rantai riwayat", _chain),
    Check("Kunci kantor", verification.office_key_state),
    Check("Tanda tangan riwayat", verification.signed_head_state),
    Check("Segel baris", verification.row_seal_state),
    Check("Tanda tangan dokumen", verification.document_signature_state),
    Check("Cadangan di folder cadangan", _backup_heads),
    Check("Catatan finalisasi dokumen", _finalisations),
    Check("Register nomor", _register),
    Check("Akun pengguna", _accounts),
    Check("Kesiapan dokumen", _readiness),
)


def run_checks(progress: Callable[[int, int, str], object] | None = None) -> list[CheckResult]:
    """Run every check on the active database. A check that cannot run at all (a damaged
    file) is reported as failed with its reason; nothing is raised for the data's state."""
    results: list[CheckResult] = []
    for i, check in enumerate(CHECKS):
        if progress is not None:
            progress(i, len(CHECKS), "Memeriksa…")
        try:
            results.append(check())
        except DatabaseProblem as exc:
            results.append(CheckResult(check.name, False, exc.message))
        except Exception as exc:  # noqa: BLE001 (a check must report, not crash the report)
            problem = store.translate_sqlite_error(exc, _read_only_reason())
            results.append(
                CheckResult(check.name, False, problem.message if problem else f"Gagal: {exc}")
            )
    return results


def _read_only_reason() -> str | None:
    info = store.current()
    return info.read_only_reason if info is not None and info.read_only else None
