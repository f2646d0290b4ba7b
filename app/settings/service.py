"""The one service for the settings a user changes.

``change_settings(actor, {SETTING: value, ...})`` is behind every user-facing write: the office
profile (``app.office``), whether cuti bersama are holidays (``app.calendar_service``), the
backup settings and the remembered backup folder (``app.archive.backup_settings``). In one
transaction it checks the actor's right to each setting (the setting's ``action``), validates
every value (nothing is written when one is wrong), writes only what changed, and records one
history event with each change's old and new value, which the history shows as
"Ukuran kertas: F4 → A4".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from app import history
from app.capabilities import authorize
from app.changes import NOTHING, ChangeSet
from app.errors import FieldProblem, ValidationError
from app.history.kinds import EventKind
from app.models import database
from app.permissions import Actor
from app.settings.spec import SettingSpec
from app.settings.stored import store, value


def change_settings(
    actor: Actor,
    changes: Mapping[SettingSpec, Any],
    *,
    summary: str = "Pengaturan diubah: {labels}",
    kind: EventKind = EventKind.SETTINGS_CHANGED,
    related_problems: Iterable[FieldProblem] = (),
) -> ChangeSet:
    """Change these settings as ``actor``, in one transaction.

    - ``authorize(actor, setting.action)`` for every setting given, changed or not (a
      ``SessionExpired`` or ``PermissionDenied`` writes nothing);
    - a ``ValidationError`` naming each wrong setting by its key (and ``related_problems``,
      what the caller found wrong in the values taken together) writes nothing;
    - only the settings whose value differs are written, and one event of ``kind`` is
      recorded: ``summary`` with ``{labels}`` replaced by the changed settings' labels, and
      ``{"perubahan": {key: [old, new]}}``;
    - nothing changed: nothing is written or recorded, and ``NOTHING`` is returned; otherwise
      the ChangeSet's ``value`` is the tuple of the settings that changed.

    A setting without an action (the history chain head, the calendar revision, …) is written
    only by the service that owns it; passing one here is a bug (``ValueError``), not a
    missing right: no role may change it, so there is nobody to ask instead.
    """
    internal = [spec.key for spec in changes if spec.action is None]
    if internal:
        raise ValueError(
            f"{', '.join(internal)}: written only by its own service, never through change_settings"
        )
    related = list(related_problems)
    with database.atomic():
        for action in dict.fromkeys(spec.action for spec in changes):
            assert action is not None
            authorize(actor, action)
        problems = [
            FieldProblem(spec.key, text)
            for spec, new in changes.items()
            if (text := spec.problem(new)) is not None
        ]
        if problems or related:
            raise ValidationError(problems + related)
        old = {spec: value(spec) for spec in changes}
        changed = [spec for spec, new in changes.items() if new != old[spec]]
        if not changed:
            return NOTHING
        for spec in changed:
            store(spec, changes[spec])
        labels = ", ".join(spec.label for spec in changed)
        history.record(
            kind,
            summary.replace("{labels}", labels),
            actor,
            None,
            {
                "perubahan": {
                    spec.key: [spec.for_history(old[spec]), spec.for_history(changes[spec])]
                    for spec in changed
                }
            },
        )
    return ChangeSet(settings=True, history=True, value=tuple(changed))
