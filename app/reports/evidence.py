"""The evidence pack for the Komisi Informasi's monitoring of a year (*paket bukti
monitoring*): one folder or one ZIP holding what the office is judged on, with an index.

What it holds (each file under a numbered folder, so the reader meets them in this order):

- ``01 DIK/``: the latest published version of the DIK, as PDF and XLSX
  (``app.reports.dik_versions``; refused when none was published, or when the version's
  stored entries no longer match its digest);
- ``02 Surat Penetapan/``: every Surat Penetapan in force dated in the year, and
  ``03 Berita Acara/``: every Berita Acara (tingkat PPID Pembantu, and Hasil Uji) in force
  dated in the year: the finalised PDFs exactly as stored, each checked against its stored
  SHA-256 first (a document changed outside Ujikon stops the pack, naming it);
- ``04 SOP/``: the SOP new cases start under, in the SOP-AP layout;
- ``05 Laporan Tahunan/``: the annual report of the year (PDF and XLSX; a locked year's
  frozen figures);
- ``DAFTAR-ISI.csv``: every file with what it is and its SHA-256 (UTF-8, ``;``, as Excel
  reads it on an Indonesian PC).

``refusal`` imports nothing heavy (the window asks it when it draws the menu); ReportLab is
imported when a pack is written. Nothing is half-written: the pack is made under a temporary
name beside the target (``….part``) and moved into place at the very end, after the last
moment a cancel is seen; a failure or a cancel removes it. The target must not exist yet
(an empty folder is taken). Only the PPID Utama, the administrator and the command line
make it (``refusal``).
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import re
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.capabilities import session_problem
from app.documents.model import DocumentInfo
from app.errors import ConflictError, PermissionDenied, SessionExpired, UserError
from app.permissions import Action, Actor, allowed, allowed_roles_text, role_name
from app.text import format_date

if TYPE_CHECKING:  # both import ReportLab: only when a pack is written
    from app.reports.jobs import Written
    from app.reports.pdf import Cancelled, Progress

INDEX_NAME = "DAFTAR-ISI.csv"
INDEX_HEADER = ("No.", "Berkas", "Isi", "SHA-256", "Ukuran (bita)")
PENETAPAN = "penetapan"
BERITA_ACARA = ("ba_pembantu", "ba_uji")
FILE_KIND = {"ba_pembantu": "BA PPID Pembantu", "ba_uji": "BA Hasil Uji"}  # in file names
FOLDERS = {
    "dik": "01 DIK",
    "penetapan": "02 Surat Penetapan",
    "ba": "03 Berita Acara",
    "sop": "04 SOP",
    "annual": "05 Laporan Tahunan",
}


def refusal(actor: Actor) -> str:
    """Why ``actor`` may not make the evidence pack ("" when it may): the pack publishes the
    office's DIK and its documents, which is the PPID Utama's (and the administrator's, and
    the command line's): the roles that publish the DIK."""
    problem = session_problem(actor)
    if problem:
        return problem
    if allowed(actor, Action.PUBLISH_DIK):
        return ""
    return (
        f"{role_name(actor.role)} tidak berwenang membuat paket bukti monitoring. "
        f"Yang berwenang: {allowed_roles_text(Action.PUBLISH_DIK)}."
    )


def default_name(year: int) -> str:
    return f"bukti-monitoring-{year}"


@dataclass(frozen=True)
class PackFile:
    """One file of the pack: where it goes, what it is, and how to get its bytes."""

    name: str  # the path inside the pack, with "/"
    what: str  # Indonesian, one line: what the Komisi Informasi reads it as
    data: Callable[[], bytes]


def _safe(text: str) -> str:
    """A piece of a file name that Windows takes: no / \\ : * ? " < > |, no control
    characters, at most 80 characters."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", text).strip(" .-")
    return cleaned[:80] or "tanpa-nomor"


def _documents(year: int) -> tuple[list[DocumentInfo], list[DocumentInfo]]:
    """The Surat Penetapan and the Berita Acara in force dated in ``year``, by date and
    number."""
    from app.documents import read
    from app.documents.status import standings
    from app.models import Document

    start, end = date(year, 1, 1), date(year, 12, 31)
    kinds = [PENETAPAN, *BERITA_ACARA]
    docs = read.documents_where(
        Document.jenis.in_(kinds) & (Document.tanggal >= start) & (Document.tanggal <= end)
    )
    in_force = [st.document for st in standings(docs).values() if st.in_force]
    in_force.sort(key=lambda d: (d.tanggal, d.jenis, d.nomor or "", d.id))
    return (
        [d for d in in_force if d.jenis == PENETAPAN],
        [d for d in in_force if d.jenis in BERITA_ACARA],
    )


def _stored_pdf(doc: DocumentInfo) -> bytes:
    """The finalised PDF as stored, refused when it no longer matches its SHA-256."""
    from app.documents.read import get_pdf

    data = get_pdf(doc.id)
    if hashlib.sha256(data).hexdigest() != doc.sha256:
        raise ConflictError(
            f"{doc.describe} tidak cocok dengan sidik SHA-256-nya: berkasnya diubah di luar "
            "aplikasi. Paket bukti tidak dibuat; jalankan Periksa keutuhan basis data, lalu "
            "pulihkan dari cadangan."
        )
    return data


def _document_file(folder: str, doc: DocumentInfo) -> PackFile:
    nomor = _safe(doc.nomor or f"tanpa nomor {doc.id}")
    kind = f" {FILE_KIND[doc.jenis]}" if doc.jenis in FILE_KIND else ""
    name = f"{folder}/{doc.tanggal.isoformat()}{kind} {nomor} versi {doc.versi}.pdf"
    what = f"{doc.describe}, tanggal {format_date(doc.tanggal)}"
    return PackFile(name, what, lambda: _stored_pdf(doc))


def pack_files(year: int) -> list[PackFile]:
    """What the pack of ``year`` holds, in order (the bytes are made when asked for)."""
    from app.reports.annual import AnnualFigures, annual_figures, year_problem
    from app.reports.dik_versions import dik_version, latest_version, require_intact
    from app.reports.year_lock import locked_figures
    from app.sop import load_current_sop

    problem = year_problem(year)
    if problem:
        raise UserError(problem)
    last = latest_version()
    if last is None:
        raise ConflictError(
            "Belum ada versi DIK yang diterbitkan, padahal paket bukti memuat DIK yang "
            "berlaku. Terbitkan DIK dulu (Laporan → Daftar Informasi yang Dikecualikan → "
            "Terbitkan DIK), lalu buat paketnya lagi."
        )
    view = dik_version(last.nomor)
    require_intact(view)
    penetapan, berita_acara = _documents(year)
    frozen = locked_figures(year)
    sop = load_current_sop()

    def figures() -> AnnualFigures:
        return AnnualFigures.from_dict(frozen) if frozen is not None else annual_figures(year)

    def dik_pdf() -> bytes:
        from app.reports.dik_pdf import render_dik_pdf

        return render_dik_pdf(view)

    def dik_xlsx() -> bytes:
        from app.reports.export import changes_title, version_title, write_xlsx

        buffer: Any = io.BytesIO()  # openpyxl saves to a file object as to a path
        write_xlsx(view.entries, buffer, version_title(view), view.changes, changes_title(view))
        return buffer.getvalue()

    def annual_pdf() -> bytes:
        from app.reports.annual_pdf import annual_report_pdf

        return annual_report_pdf(figures())

    def annual_xlsx() -> bytes:
        from app.reports.annual_xlsx import annual_xlsx_bytes

        return annual_xlsx_bytes(figures())

    def sop_pdf() -> bytes:
        from app.reports.sop_document import sop_document_pdf

        return sop_document_pdf(sop)

    version = f"DIK versi {last.nomor}, diterbitkan {format_date(last.tanggal)}"
    locked = " (angka tahun yang dikunci)" if frozen is not None else ""
    files = [
        PackFile(f"{FOLDERS['dik']}/dik-versi-{last.nomor}.pdf", f"{version} (PDF)", dik_pdf),
        PackFile(f"{FOLDERS['dik']}/dik-versi-{last.nomor}.xlsx", f"{version} (XLSX)", dik_xlsx),
    ]
    files += [_document_file(FOLDERS["penetapan"], d) for d in penetapan]
    files += [_document_file(FOLDERS["ba"], d) for d in berita_acara]
    files.append(
        PackFile(
            f"{FOLDERS['sop']}/sop-uji-konsekuensi-{_safe(sop.version)}.pdf",
            f"SOP {sop.identity.nomor}, versi {sop.version} (susunan SOP-AP)",
            sop_pdf,
        )
    )
    files += [
        PackFile(
            f"{FOLDERS['annual']}/laporan-tahunan-{year}.pdf",
            f"Laporan tahunan uji konsekuensi {year}{locked} (PDF)",
            annual_pdf,
        ),
        PackFile(
            f"{FOLDERS['annual']}/laporan-tahunan-{year}.xlsx",
            f"Laporan tahunan uji konsekuensi {year}{locked} (XLSX)",
            annual_xlsx,
        ),
    ]
    return files


def index_csv(rows: list[tuple[str, str, str, int]]) -> bytes:
    """``DAFTAR-ISI.csv``: (name, what, sha256, size) of each file."""
    text = io.StringIO()
    writer = csv.writer(text, delimiter=";", lineterminator="\r\n")
    writer.writerow(INDEX_HEADER)
    for number, (name, what, digest, size) in enumerate(rows, start=1):
        writer.writerow((number, name, what, digest, size))
    return ("\ufeff" + text.getvalue()).encode("utf-8")


def _check_target(target: Path) -> bool:
    """Whether ``target`` is a ZIP (else a folder); refuses what cannot be written."""
    as_zip = target.suffix.lower() == ".zip"
    if not target.parent.is_dir():
        raise UserError(f"Folder {target.parent} tidak ada; pilih folder yang sudah ada.")
    if as_zip and target.exists():
        raise UserError(f"Berkas {target} sudah ada; pilih nama lain agar tidak tertimpa.")
    if not as_zip and target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise UserError(
            f"{target} sudah ada dan tidak kosong; pilih folder baru (Ujikon membuatnya) agar "
            "tidak ada berkas yang tertimpa."
        )
    return as_zip


def write_evidence_pack(
    actor: Actor,
    year: int,
    target: Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Written:
    """Write the evidence pack of ``year`` to ``target``: a ``.zip``, or else a folder."""
    from app.reports.jobs import Written
    from app.reports.pdf import Steps

    problem = refusal(actor)
    if problem:
        raise SessionExpired(problem) if session_problem(actor) else PermissionDenied(problem)
    target = Path(target)
    as_zip = _check_target(target)
    steps = Steps(progress, cancelled)
    steps(0, 1, "Mengumpulkan isi paket bukti…")
    files = pack_files(year)
    total = len(files) + 2
    part = target.with_name(f"{target.name}.{datetime.now():%H%M%S%f}.part")
    rows: list[tuple[str, str, str, int]] = []
    try:
        archive = zipfile.ZipFile(part, "w", zipfile.ZIP_DEFLATED) if as_zip else None
        try:
            if archive is None:
                part.mkdir()
            for done, item in enumerate(files, start=1):
                steps(done, total, f"Menyiapkan {item.name}…")
                data = item.data()
                rows.append((item.name, item.what, hashlib.sha256(data).hexdigest(), len(data)))
                _put(archive, part, item.name, data)
            steps(total - 1, total, "Menulis daftar isi…")
            _put(archive, part, INDEX_NAME, index_csv(rows))
        finally:
            if archive is not None:
                archive.close()
        steps(total, total, "Memindahkan paket ke tempatnya…")  # the last moment to cancel
        if not as_zip and target.is_dir():
            target.rmdir()  # empty (checked): the pack takes its place
        os.replace(part, target)
    except OSError as exc:
        _remove(part)
        raise UserError(
            f"Paket bukti tidak dapat ditulis ke {target}: {exc.strerror or exc}. Periksa "
            "ruang kosong dan apakah folder itu dapat ditulisi."
        ) from exc
    except BaseException:
        _remove(part)
        raise
    documents = sum(1 for name, *_ in rows if not name.startswith(FOLDERS["dik"]))
    return Written(
        (target,),
        f"Paket bukti monitoring {year} ditulis ke {target}: {len(rows) + 1} berkas "
        f"({documents} selain DIK), dengan {INDEX_NAME}.",
    )


def _put(archive: zipfile.ZipFile | None, folder: Path, name: str, data: bytes) -> None:
    if archive is not None:
        archive.writestr(name, data)
        return
    path = folder.joinpath(*name.split("/"))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def _remove(part: Path) -> None:
    if part.is_dir():
        shutil.rmtree(part, ignore_errors=True)
    else:
        part.unlink(missing_ok=True)
