"""The command-line tasks (``main.py backup|restore|check|arsip|verify|demo``): each opens the
database it is given, does one job and closes it, acting as the system actor
(``app.permissions.SYSTEM_ACTOR``, named "Baris perintah" in the history). They return what to
print and the exit code, so ``main.py`` only parses arguments and prints.

Every task may run while a window has the same file open: they read it read-only, and the
few writes they make (noting a backup, an archive) go through a short connection without the
lock file, as the window's own writes would.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app import archive, store
from app.checks import run_checks
from app.errors import UserError
from app.permissions import SYSTEM_ACTOR
from app.text import format_number

if TYPE_CHECKING:
    from app.documents.store import VerifyResult

# ``main.py verify``: 0 only for a genuine document in force; the others say why not.
VERIFY_EXIT = {"asli": 0, "diubah": 1, "tidak_dikenal": 2, "digantikan": 3, "dibatalkan": 4}


@dataclass
class TaskResult:
    code: int = 0
    out: list[str] = field(default_factory=list)  # for standard output
    err: list[str] = field(default_factory=list)  # for standard error

    def failed(self, message: str, code: int = 1) -> TaskResult:
        self.err.append(f"Gagal: {message}")
        self.code = code
        return self


def _note_in_database(
    path: Path, note: Callable[[], object], result: TaskResult, what: str
) -> None:
    """Write a note (a backup or an archive made) into the database it was made from."""
    try:
        store.open_database(path, take_lock=False)
        note()
    except UserError as exc:
        result.err.append(f"Catatan: {what} tidak dicatat di basis data: {exc.message}")
    finally:
        store.close_database()


def backup_database(path: Path, dest: Path) -> TaskResult:
    """A verified backup of ``path`` into ``dest``, noted in the database it was taken of."""
    result = TaskResult()
    if not store.exists(path):
        return result.failed(f"basis data {path} tidak ditemukan.")
    if store.is_server(path):
        return _backup_server(path, dest, result)
    try:
        info = store.inspect_file(path)
        store.check_not_newer(info, path)
        made = archive.backup(SYSTEM_ACTOR, dest, source=path, record=False)
    except UserError as exc:
        return result.failed(exc.message)
    result.out.append(made.summary())
    if not info.pending and info.archive_year is None:
        _note_in_database(
            path, lambda: archive.record_backup(made, SYSTEM_ACTOR), result, "cadangan"
        )
    return result


def restore_database(path: Path | str, backup_file: Path, override: str = "") -> TaskResult:
    result = TaskResult()
    if store.is_server(path):
        return _restore_server(str(path), backup_file, override, result)
    try:
        restored = archive.restore(SYSTEM_ACTOR, backup_file, path, override=override)
    except UserError as exc:
        return result.failed(exc.message)
    finally:
        store.close_database()
    result.out += [f"Basis data {path} dipulihkan dari {restored.backup}.", restored.check.message]
    if restored.previous is not None:
        result.out.append(f"Salinan basis data sebelumnya: {restored.previous}")
    return result


def export_dik(path: Path, target: Path) -> TaskResult:
    """The DIK as it stands today into ``target`` (.csv or .xlsx)."""
    from app import clock, settings
    from app.reports.dik import dik_entries
    from app.reports.export import write_csv, write_xlsx

    result = TaskResult()
    suffix = target.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        return result.failed("Nama berkas harus berakhiran .csv atau .xlsx, misalnya dik.xlsx.")
    try:
        store.open_for_reading(path)
        entries = dik_entries(clock.today())
        if suffix == ".csv":
            count = write_csv(entries, target)
        else:
            title = (
                f"Daftar Informasi yang Dikecualikan {settings.value(settings.NAMA_BADAN_PUBLIK)}"
            )
            count = write_xlsx(entries, target, title)
    except UserError as exc:
        return result.failed(exc.message)
    finally:
        store.close_database()
    result.out.append(f"DIK ({count} butir) ditulis ke {target}.")
    return result


def office_key(path: Path) -> TaskResult:
    """Where this PC's office key is and its fingerprint, and the key the database names."""
    from app.signing import keyfile

    result = TaskResult()
    folder = keyfile.key_folder()
    try:
        pinned = keyfile.pinned_public()
    except UserError as exc:
        return result.failed(exc.message)
    result.out.append(f"Folder kunci kantor: {folder}")
    result.out.append(
        f"Sidik jari kunci kantor PC ini: {pinned.fingerprint}"
        if pinned
        else "PC ini belum memiliki kunci kantor (dibuat saat basis data pertama dibuka)."
    )
    if store.exists(path):
        try:
            store.open_database(path, read_only=True)
            from app import settings

            note = settings.value(settings.KUNCI_KANTOR)
        except UserError as exc:
            return result.failed(exc.message)
        finally:
            store.close_database()
        result.out.append(
            f"Basis data {path} disegel dengan kunci {note['sidik_jari']}"
            + (
                " (kunci PC ini)."
                if pinned and note["publik"] == pinned.hex
                else " (BUKAN kunci PC ini)."
            )
            if note
            else f"Basis data {path} belum disegel dengan kunci kantor."
        )
    return result


def adopt_office_key(path: Path, reason: str) -> TaskResult:
    """The administrator's recorded override: seal the database with this PC's key."""
    from app.signing.office import adopt_foreign

    result = TaskResult()
    try:
        fingerprint = adopt_foreign(str(path), SYSTEM_ACTOR, reason)
    except UserError as exc:
        return result.failed(exc.message)
    finally:
        store.close_database()
    result.out.append(
        f"Basis data {path} kini disegel dengan kunci kantor {fingerprint}; alasannya dicatat "
        "di riwayat."
    )
    return result


def check_database(path: Path) -> TaskResult:
    """Every health check; exit code 1 when any fails or the file cannot be opened."""
    result = TaskResult()
    try:
        store.open_for_reading(path)
        checks = run_checks()
    except UserError as exc:
        result.out.append(f"[GAGAL] Basis data: {exc.message}")
        result.code = 1
        return result
    finally:
        store.close_database()
    result.out += [f"[{'OK' if r.ok else 'GAGAL'}] {r.name}: {r.message}" for r in checks]
    result.code = 0 if all(r.ok for r in checks) else 1
    return result


def yearly_archive(path: Path, year: int, dest: Path) -> TaskResult:
    result = TaskResult()
    try:
        # a server is opened as a window opens it: its office key seals the archive's copy
        info = store.open_database(path) if store.is_server(path) else store.open_for_reading(path)
        target = archive.yearly_archive(SYSTEM_ACTOR, year, dest, source=path, record=False)
    except UserError as exc:
        return result.failed(exc.message)
    finally:
        store.close_database()
    result.out.append(f"Arsip tahun {year}: {target}")
    if info.archive_year is None:
        _note_in_database(
            path, lambda: archive.record_archive(SYSTEM_ACTOR, target), result, "arsip"
        )
    return result


def _restore_server(url: str, backup_file: Path, override: str, result: TaskResult) -> TaskResult:
    """A backup restored onto a server database (``app.archive.server_restore``): its rows
    replaced in one checked transaction, the server backed up first."""
    from app.archive.server_restore import restore_to_server

    try:
        restored = restore_to_server(SYSTEM_ACTOR, backup_file, url, override=override)
    except UserError as exc:
        return result.failed(exc.message)
    finally:
        store.close_database()
    result.out += [
        f"Basis data {restored.db_path} dipulihkan dari {restored.backup}.",
        restored.check.message,
    ]
    if restored.migrated:
        result.out.append("Cadangan dari versi lama dimutakhirkan ke skema versi ini.")
    if restored.previous is not None:
        result.out.append(f"Cadangan basis data server sebelum dipulihkan: {restored.previous}")
    return result


def _backup_server(url: Path | str, dest: Path, result: TaskResult) -> TaskResult:
    """A server database's backup (``app.archive.server_backup``): opened as a window opens
    it (its office key seals the copy), backed up, the backup noted there."""
    try:
        store.open_database(url)
        made = archive.backup(SYSTEM_ACTOR, dest)
    except UserError as exc:
        return result.failed(exc.message)
    finally:
        store.close_database()
    result.out.append(made.summary())
    return result


def _verify(path: Path, check: Callable[[], VerifyResult]) -> TaskResult:
    """Open the database read-only (the window may have it open), run ``check``, and print
    its verdict: the message, then the document found, one "label: value" a line."""
    result = TaskResult()
    if not store.exists(path):
        result.err.append(f"Basis data {path} tidak ditemukan.")
        result.code = VERIFY_EXIT["tidak_dikenal"]
        return result
    try:
        store.open_for_reading(path)
        verdict = check()
    except UserError as exc:
        result.err.append(exc.message)
        result.code = VERIFY_EXIT["tidak_dikenal"]
        return result
    finally:
        store.close_database()
    result.out.append(verdict.message)
    result.out += [f"{label}: {value}" for label, value in verdict.details]
    result.code = VERIFY_EXIT[verdict.status]
    return result


def verify_document(path: Path, file: Path) -> TaskResult:
    """``main.py verify BERKAS``: a PDF copy against the stored documents (``VERIFY_EXIT``)."""
    from app.documents.store import verify_file

    return _verify(path, lambda: verify_file(file))


def verify_code(path: Path, code: str) -> TaskResult:
    """``main.py verify --kode KODE``: a printed copy by its verification code, typed or
    scanned (``VERIFY_EXIT``)."""
    from app.documents.store import verify_code as check_code

    return _verify(path, lambda: check_code(code))


def fill_demo_database(
    path: Path, cases: int, seed: int, progress: Callable[[int, int], None]
) -> TaskResult:
    """Demo cases (and one demo account per role) in a new, empty database."""
    from app.demo import DEMO_ACCOUNTS, DEMO_PASSWORD, DemoError, fill_demo

    result = TaskResult()
    try:
        store.open_database(path)
        count = fill_demo(cases, seed=seed, progress=progress)
    except DemoError as exc:
        return result.failed(str(exc), code=2)
    except UserError as exc:
        return result.failed(exc.message, code=2)
    finally:
        store.close_database()
    result.out.append(f"{format_number(count)} kasus contoh dibuat di {path}.")
    result.out.append(
        f"Akun demo (kata sandi semuanya: {DEMO_PASSWORD}): "
        + ", ".join(username for username, _name, _roles in DEMO_ACCOUNTS)
    )
    return result
