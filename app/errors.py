"""The errors a user can fix. Their messages are Indonesian and say what to do.

Anything else raised from ``app`` is a bug and is shown as such.
"""

from __future__ import annotations

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


class ConflictError(UserError):
    """The data changed in a way that makes this action impossible (e.g. step already done)."""


class NotFound(UserError):
    """The record no longer exists."""


class DatabaseProblem(UserError):
    """The database file cannot be used as asked: corrupt, not a database, missing, not
    writable, disk full, newer than this app, a failed migration. Nothing was changed."""

    # True when opening the same file read-only is a sensible way out (the UI may offer it).
    can_open_read_only = False


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
