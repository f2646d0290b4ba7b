"""The states a case, a step record, an outgoing number and a finalised document can be in.

Stored as their string values (the columns are plain text, readable in any SQLite browser);
code compares against these enums, never against string literals.
"""

from __future__ import annotations

from enum import StrEnum


class CaseStatus(StrEnum):
    RUNNING = "berjalan"
    FINISHED = "selesai"


class StepStatus(StrEnum):
    RUNNING = "berjalan"
    DONE = "selesai"
    SENT_BACK = "dikembalikan"  # returned to an earlier step; the step restarts later


class NumberStatus(StrEnum):
    USED = "dipakai"
    CANCELLED = "batal"


class DocumentStatus(StrEnum):
    """Whether a finalised document is in force (``app.documents.status``)."""

    ORIGINAL = "asli"  # in force
    REPLACED = "digantikan"  # a newer version of the same kind in the same case replaces it
    CANCELLED = "dibatalkan"  # its outgoing number was cancelled in the register
