"""Reading a setting as its declared type, and the one writer of the internal settings.

A stored value is JSON text in the ``setting`` table. Anyone with an SQLite tool can change
it, so a row that is not JSON, or whose value is not of the declared type, reads as the
default: a reader never crashes on it and never gets a value of another shape.

Settings a user changes (those with an ``action``) are written only by
``app.settings.service.change_settings``, which checks the permission and records the
history; ``write_internal`` refuses them, so a service cannot skip either by mistake.
"""

from __future__ import annotations

import json
from typing import Any, TypeVar

from app.models import Setting
from app.settings.spec import SettingSpec, conforms

T = TypeVar("T")


def value(spec: SettingSpec[T]) -> T:
    """The stored value of ``spec``, or its default when unset, unreadable or of another
    type."""
    try:
        row = Setting.get_or_none(Setting.key == spec.key)
    except (TypeError, ValueError):  # not JSON text: written by hand with an SQLite tool
        return spec.fresh_default()
    if row is None or not conforms(row.value, spec.type):
        return spec.fresh_default()
    return row.value


def decode(spec: SettingSpec[T], text: str | None) -> T:
    """``value`` for the JSON text of a row read over a plain sqlite3 connection (a backup,
    an archive, a file not yet opened); None = no row."""
    if text is None:
        return spec.fresh_default()
    try:
        stored: Any = json.loads(text)
    except (TypeError, ValueError):
        return spec.fresh_default()
    return stored if conforms(stored, spec.type) else spec.fresh_default()


def store(spec: SettingSpec[T], new: T) -> None:
    """Write ``new`` without any check but its type (a wrong type is a bug: ``TypeError``).
    Only this package calls it: ``write_internal`` and ``change_settings``."""
    if not conforms(new, spec.type):
        raise TypeError(f"setting {spec.key}: {new!r} is not {spec.type}")
    # An upsert (both engines): the row keeps its place and its seal is renewed.
    Setting.insert(key=spec.key, value=new).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: new}
    ).execute()


def write_internal(spec: SettingSpec[T], new: T) -> None:
    """Write a setting only services write (its ``action`` is None), inside the caller's
    transaction. A setting a user changes goes through ``change_settings``: passing one here
    is a bug (``ValueError``)."""
    if spec.action is not None:
        raise ValueError(f"setting {spec.key} is changed by users; use change_settings")
    store(spec, new)
