"""What a command changed, so the window redraws exactly that (Anki's ``OpChanges``).

Every state-changing service returns a ``ChangeSet``: which case, which parts of it (its row
in the case list, its steps, items, participants, documents), whether history was written,
whether master data, settings or accounts changed, and the new values a caller usually wants
next (the case, the new running step record, the saved item, the finalised document). A
command that changed nothing returns ``NOTHING`` and writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any


@dataclass(frozen=True)
class ChangeSet:
    case_id: int | None = None  # the case the command worked on
    case_row: bool = False  # what the case list shows of it (step, due date, title, search)
    case_created: bool = False  # a new row in the case list
    steps: bool = False  # step records: the timeline, the running step's form
    items: bool = False
    participants: bool = False
    documents: bool = False  # finalised documents, scans
    history: bool = False  # events were written
    other_cases: frozenset[int] = frozenset()  # the rows of these cases changed too
    master_data: bool = False  # OPD, officials
    settings: bool = False
    calendar: bool = False
    accounts: bool = False
    # The values a caller usually wants next (None when the command has none).
    case: Any = None  # app.cases.model.CaseInfo after the change
    record: Any = None  # the step record now running (None when the case finished)
    item: Any = None  # the item saved
    document: Any = None  # the document finalised
    value: Any = None  # anything else a command made or changed (an OPD, an official, …)

    @property
    def empty(self) -> bool:
        """Nothing changed (a value may still be given back, e.g. an unchanged record)."""
        return not any(
            getattr(self, f.name)
            for f in fields(self)
            if f.name not in PAYLOAD and f.name != "case_id"
        )

    @property
    def cases(self) -> frozenset[int]:
        """Every case whose row in the case list changed."""
        mine = (
            {self.case_id}
            if self.case_id is not None and (self.case_row or self.case_created)
            else set()
        )
        return frozenset(mine) | self.other_cases

    def __or__(self, other: ChangeSet) -> ChangeSet:
        """Both changes (the later one's values win where both have one)."""
        if self.case_id is not None and other.case_id not in (None, self.case_id):
            raise ValueError("a ChangeSet describes one case; put the others in other_cases")
        values: dict[str, Any] = {}
        for f in fields(self):
            mine, theirs = getattr(self, f.name), getattr(other, f.name)
            if isinstance(mine, bool):
                values[f.name] = mine or theirs
            elif isinstance(mine, frozenset):
                values[f.name] = mine | theirs
            else:
                values[f.name] = theirs if theirs is not None else mine
        return ChangeSet(**values)


PAYLOAD = frozenset({"case", "record", "item", "document", "value"})
NOTHING = ChangeSet()
