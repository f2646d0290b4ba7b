"""The report exports of the command line (``main.py laporan-tahunan``, ``buku-register``,
``sop-pdf``): each opens the database read-only (a window may have it open), runs its job
(``app.reports.jobs``) and closes it. Exit codes: 0 written, 1 a problem the user can fix
(said on standard error); argparse itself exits with 2 on a usage error."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app import store
from app.errors import UserError
from app.tasks import TaskResult


def _run(path: Path, job) -> TaskResult:
    result = TaskResult()
    try:
        store.open_for_reading(path)
        written = job()
    except UserError as exc:
        return result.failed(exc.message)
    finally:
        store.close_database()
    result.out.append(written.summary)
    return result


def annual_report(path: Path, year: int, pdf: Path | None, xlsx: Path | None) -> TaskResult:
    from app.reports.jobs import export_annual_report

    return _run(path, lambda: export_annual_report(year, pdf, xlsx))


def register_book(path: Path, start: date, end: date, pdf: Path) -> TaskResult:
    from app.reports.jobs import export_register_book

    return _run(path, lambda: export_register_book(start, end, pdf))


def sop_document(path: Path, pdf: Path, version: str | None) -> TaskResult:
    from app.reports.jobs import export_sop_document

    return _run(path, lambda: export_sop_document(pdf, version))


def evidence_pack(path: Path, year: int, target: Path) -> TaskResult:
    """``main.py bukti-monitoring TAHUN --ke FOLDER_ATAU_ZIP``, as the command line (the
    system actor)."""
    from app.permissions import SYSTEM_ACTOR
    from app.reports.evidence import write_evidence_pack

    return _run(path, lambda: write_evidence_pack(SYSTEM_ACTOR, year, target))
