"""Health checks of the active database (``main.py check``): the file's integrity, foreign
keys, the SHA-256 of every finalised document and scan, and the history chain."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from app import store
from app.errors import DatabaseProblem
from app.models import Attachment, Document, database
from app.settings import get_setting

SHOWN_PROBLEMS = 5


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    message: str


def _integrity() -> CheckResult:
    rows = [r[0] for r in database.execute_sql("PRAGMA integrity_check").fetchall()]
    if rows == ["ok"]:
        return CheckResult("Keutuhan berkas", True, "integrity_check: ok")
    return CheckResult("Keutuhan berkas", False,
                       "Berkas basis data rusak: " + "; ".join(map(str, rows[:SHOWN_PROBLEMS]))
                       + ". Pulihkan dari cadangan terakhir.")


def _foreign_keys() -> CheckResult:
    rows = database.execute_sql("PRAGMA foreign_key_check").fetchall()
    if not rows:
        return CheckResult("Kunci asing", True, "Tidak ada rujukan yang putus.")
    shown = ", ".join(f"{table} baris {rowid} → {parent}"
                      for table, rowid, parent, _fk in rows[:SHOWN_PROBLEMS])
    return CheckResult("Kunci asing", False,
                       f"{len(rows)} rujukan putus: {shown}.")


def _hashes(model, label: str, blob, describe: Callable) -> CheckResult:
    bad: list[str] = []
    count = 0
    query = model.select(model.id, model.sha256, blob).order_by(model.id)
    for row in query.iterator():
        count += 1
        data = getattr(row, blob.name)
        if hashlib.sha256(bytes(data or b"")).hexdigest() != row.sha256:
            bad.append(describe(row))
    name = f"Sidik {label}"
    if not bad:
        return CheckResult(name, True, f"{count} {label}: SHA-256 cocok.")
    shown = ", ".join(bad[:SHOWN_PROBLEMS]) + (" …" if len(bad) > SHOWN_PROBLEMS else "")
    return CheckResult(name, False,
                       f"{len(bad)} dari {count} {label} tidak cocok dengan SHA-256-nya "
                       f"(isinya diubah di luar aplikasi): {shown}.")


def _chain() -> CheckResult:
    from app import history

    name = "Rantai riwayat"
    verify = getattr(history, "verify_chain", None)
    if verify is None:
        return CheckResult(name, True, "Pemeriksaan rantai riwayat belum tersedia.")
    if get_setting("arsip_tahunan") is not None:
        return CheckResult(name, True, "Tidak berlaku untuk arsip tahunan (riwayatnya disaring "
                                       "per tahun).")
    result = verify()
    if isinstance(result, bool):
        return CheckResult(name, result, "Rantai riwayat utuh." if result
                           else "Rantai riwayat putus.")
    ok = bool(getattr(result, "ok", False))
    message = str(getattr(result, "message", "")) or ("Rantai riwayat utuh." if ok
                                                      else "Rantai riwayat putus.")
    return CheckResult(name, ok, message)


CHECKS: tuple[Callable[[], CheckResult], ...] = (
    _integrity,
    _foreign_keys,
    lambda: _hashes(Document, "dokumen final", Document.pdf,
                    lambda d: f"#{d.id}"),
    lambda: _hashes(Attachment, "pindaian", Attachment.data, lambda a: f"#{a.id}"),
    _chain,
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
            results.append(CheckResult(_check_name(i), False, exc.message))
        except Exception as exc:  # noqa: BLE001 (a check must report, not crash the report)
            problem = store.translate_sqlite_error(exc, _read_only_reason())
            results.append(CheckResult(_check_name(i), False,
                                       problem.message if problem else f"Gagal: {exc}"))
    return results


def _check_name(index: int) -> str:
    return ("Keutuhan berkas", "Kunci asing", "Sidik dokumen final", "Sidik pindaian",
            "Rantai riwayat")[index]


def _read_only_reason() -> str | None:
    info = store.current()
    return info.read_only_reason if info is not None and info.read_only else None
