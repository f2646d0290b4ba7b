"""The states a case, a step record and an outgoing number can be in.

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
