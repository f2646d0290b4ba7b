"""The errors a user can fix. Their messages are Indonesian and say what to do.

Anything else raised from ``app`` is a bug and is shown as such.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass


class UserError(Exception):
    """Base of every error whose message is meant for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class FieldProblem:
    field: str  # key of the field, e.g. "uraian" or "butir[2].uraian"
    message: str  # Indonesian, names the field and what to fix


class ValidationError(UserError):
    """One or more fields are wrong. Nothing was saved."""

    def __init__(self, problems: list[FieldProblem] | FieldProblem) -> None:
        if isinstance(problems, FieldProblem):
            problems = [problems]
        self.problems = list(problems)
        super().__init__("\n".join(p.message for p in self.problems))

    @property
    def fields(self) -> list[str]:
        return [p.field for p in self.problems]


class PermissionDenied(UserError):
    """The acting role may not do this."""


class SessionExpired(PermissionDenied):
    """The logged-in account was deactivated or deleted, or lost the role it acts in, since
    the session began: nothing was done, and the window returns to the login."""


class ConflictError(UserError):
    """The data changed in a way that makes this action impossible (e.g. step already done)."""


class NotFound(UserError):
    """The record no longer exists."""


class DatabaseProblem(UserError):
    """The database file cannot be used as asked: corrupt, not a database, missing, not
    writable, disk full, newer than this app, a failed migration. Nothing was changed."""

    # True when opening the same file read-only is a sensible way out (the UI may offer it).
    can_open_read_only = False
    # True when a server asks for a password that was not given (the UI asks for it).
    needs_password = False


class DatabaseInUse(DatabaseProblem):
    """Another Ujikon has the file open for writing (its lock file names who and where)."""

    can_open_read_only = True

    def __init__(self, message: str, holder=None) -> None:
        super().__init__(message)
        self.holder = holder  # app.store.LockInfo


class ReadOnlyDatabase(DatabaseProblem):
    """A write was attempted on a database opened read-only (a yearly archive, or a file
    another user has open)."""


class MigrationFailed(DatabaseProblem):
    """A schema migration failed; the file was left at its old version."""

    def __init__(self, message: str, copy=None) -> None:
        super().__init__(message)
        self.copy = copy  # Path of the copy made before migrating


def _short_path(name: object, limit: int = 120) -> str:
    text = str(name)
    return text if len(text) <= limit else f"{text[:70]}…{text[-40:]} ({len(text)} karakter)"


def os_error_message(exc: OSError) -> str:
    """An operating-system error about a file, in Indonesian: what and where, and what to
    do. For the boundaries (the command line) where an ``OSError`` no service turned into a
    ``UserError`` would otherwise end as a traceback."""
    where = f" {_short_path(exc.filename)}" if exc.filename else ""
    if exc.errno == errno.ENAMETOOLONG:
        return (
            f"Nama atau jalur berkas{where} terlalu panjang untuk sistem berkas ini. "
            "Pilih folder dan nama berkas yang lebih pendek."
        )
    if exc.errno in (errno.EACCES, errno.EPERM):
        return f"Tidak ada izin membuka berkas{where}. Pilih folder lain atau minta izin."
    if exc.errno == errno.ENOSPC:
        return f"Diska penuh saat menulis{where}. Kosongkan ruang lalu ulangi."
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return f"Berkas atau folder{where} tidak ditemukan. Periksa jalurnya."
    reason = exc.strerror or exc.__class__.__name__
    return f"Berkas{where} tidak dapat dipakai ({reason}). Periksa jalurnya lalu ulangi."
