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
