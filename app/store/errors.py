"""SQLite errors that concern the database *file* (a full disk, an I/O error, a corrupt or
foreign file, a file that cannot be opened, a lock held too long, a read-only file) become the
app's ``DatabaseProblem`` / ``ReadOnlyDatabase``, whose Indonesian message says what to do.
Every other SQLite error (a constraint violation, a SQL mistake) is the caller's business or a
bug, and is left as it is.

The decision is made by SQLite's result code, never by the English message text: SQLite may
word its messages differently between versions, and the code is what SQLite documents. Python
3.11's ``sqlite3.Error`` carries ``sqlite_errorcode`` (the extended code, e.g.
``SQLITE_IOERR_WRITE``); its low byte is the primary code (``SQLITE_IOERR``), which is what is
mapped, so every extended code of a primary one is covered.

peewee raises its own exception classes: its ``ExceptionWrapper`` re-raises a sqlite3 error as
``peewee.OperationalError(original, *original.args)``, and ``PeeweeException`` keeps that
original in ``orig``; the code is read from there.
"""

from __future__ import annotations

import sqlite3

from app.errors import DatabaseProblem, ReadOnlyDatabase, UserError

# Primary result code → what the user is told.
FILE_PROBLEMS: dict[int, str] = {
    sqlite3.SQLITE_FULL: (
        "Disk penyimpanan basis data penuh, sehingga perubahan terakhir tidak tersimpan. "
        "Kosongkan ruang di disk (hapus berkas yang tidak perlu), lalu ulangi."
    ),
    sqlite3.SQLITE_IOERR: (
        "Terjadi kesalahan baca/tulis disk pada berkas basis data; perubahan terakhir tidak "
        "tersimpan. Periksa disk atau sambungan ke folder jaringan, tutup Ujikon, lalu buka "
        "lagi. Bila terus terjadi, pulihkan dari cadangan (Berkas → Pulihkan)."
    ),
    sqlite3.SQLITE_CORRUPT: (
        "Berkas basis data rusak. Jangan ubah berkas itu; pulihkan dari cadangan terakhir "
        "(Berkas → Pulihkan atau main.py restore) atau pilih berkas lain."
    ),
    sqlite3.SQLITE_NOTADB: (
        "Berkas itu bukan basis data Ujikon atau sudah rusak. Pulihkan dari cadangan atau pilih"
        " berkas lain."
    ),
    sqlite3.SQLITE_CANTOPEN: (
        "Berkas basis data tidak dapat dibuka (tidak ada, tidak boleh dibaca, atau foldernya "
        "tidak dapat ditulis). Periksa letak dan izin berkasnya, atau pilih berkas lain."
    ),
    sqlite3.SQLITE_BUSY: (
        "Basis data sedang dikunci oleh proses lain terlalu lama. Tunggu sebentar lalu ulangi; "
        "bila terus terjadi, tutup Ujikon lain yang membuka berkas yang sama."
    ),
}

READ_ONLY_MESSAGE = "Basis data ini dibuka hanya-baca ({reason}); perubahan tidak dapat disimpan."
UNWRITABLE_MESSAGE = (
    "Berkas basis data tidak dapat ditulis (hanya-baca di disk, atau folder "
    "tanpa izin tulis). Periksa izin berkasnya, salin ke folder lain, atau "
    "buka hanya-baca."
)


def original_sqlite_error(exc: BaseException) -> sqlite3.Error | None:
    """The sqlite3 exception behind ``exc``: ``exc`` itself, the one a peewee exception wraps
    (``orig``), or one it was raised from (``__cause__``); None when there is none."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, sqlite3.Error):
            return current
        seen.add(id(current))
        current = getattr(current, "orig", None) or current.__cause__
    return None


def primary_code(exc: BaseException) -> int | None:
    """SQLite's primary result code of ``exc`` (``SQLITE_IOERR`` for ``SQLITE_IOERR_WRITE``),
    or None for an exception that SQLite did not report (peewee's own, a closed connection)."""
    error = original_sqlite_error(exc)
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def translate_sqlite_error(
    exc: BaseException, read_only_reason: str | None = None
) -> DatabaseProblem | None:
    """The ``DatabaseProblem`` a SQLite error means to the user, or None for errors that are
    the caller's business (constraint violations, SQL bugs).

    ``read_only_reason``: why the database was opened read-only, or None when it was opened
    for writing. A write refused by a read-only database is then ``ReadOnlyDatabase`` naming
    that reason; by a file that cannot be written, a ``DatabaseProblem`` that suggests opening
    it read-only."""
    if isinstance(exc, UserError):
        return None
    code = primary_code(exc)
    if code == sqlite3.SQLITE_READONLY:
        if read_only_reason is not None:
            return ReadOnlyDatabase(READ_ONLY_MESSAGE.format(reason=read_only_reason))
        problem = DatabaseProblem(UNWRITABLE_MESSAGE)
        problem.can_open_read_only = True
        return problem
    message = FILE_PROBLEMS.get(code) if code is not None else None
    return DatabaseProblem(message) if message is not None else None


def translate_message(exc: BaseException, read_only_reason: str | None = None) -> str:
    """The user's message for ``exc``: its translation, or the error's own text."""
    problem = translate_sqlite_error(exc, read_only_reason)
    return problem.message if problem is not None else f"{exc}."
