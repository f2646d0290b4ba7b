"""The untyped ``get_setting(key)`` / ``set_setting(key, value)`` of before the declarations,
kept only while ``ui/`` still calls them (it is being rewritten; its replacements are the
typed ``value(SETTING)`` and the services ``change_settings``,
``app.archive.save_backup_settings`` and ``app.archive.remember_backup_folder``). Nothing in
``app/`` uses them (a test checks). Delete this module once ``ui/`` no longer imports it.
"""

from __future__ import annotations

from typing import Any

from app.settings.catalog import declared
from app.settings.stored import store, value


def get_setting(key: str) -> Any:
    """``value(declared(key))``: the declared type, the default for a wrong one."""
    return value(declared(key))


def set_setting(key: str, new: Any) -> None:
    """Deprecated: writes without a permission check or history (as it always did)."""
    store(declared(key), new)
