"""Application settings stored in the database (so an archived file carries them) and the
per-user paths (platformdirs)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from platformdirs import user_config_dir, user_data_dir

from app.models import Setting

APP_DIR_NAME = "Ujikon"
APP_AUTHOR = "PPID Kabupaten Serang"

DEFAULTS: dict[str, Any] = {
    # Cuti bersama stop the SOP clock (SKB 3 Menteri); an office may decide otherwise.
    "cuti_bersama_libur": True,
    # A step is "segera jatuh tempo" when at most this many working days are left.
    "hari_peringatan": 3,
    # Bumped on every holiday-calendar change; stored with each due date it computes.
    "revisi_kalender": 0,
    # The ``holidays`` package version deadlines were last computed with.
    "dasar_kalender_paket": "",
    "nomor_register_pola": "{urut:03d}/UK-PPID/{tahun}",
    "tempat_default": "Serang",
}


def data_dir() -> Path:
    return Path(user_data_dir(APP_DIR_NAME, APP_AUTHOR))


def config_dir() -> Path:
    return Path(user_config_dir(APP_DIR_NAME, APP_AUTHOR))


def default_db_path() -> Path:
    return data_dir() / "ujikon.db"


def get_setting(key: str) -> Any:
    row = Setting.get_or_none(Setting.key == key)
    if row is None:
        return DEFAULTS[key]
    return row.value


def set_setting(key: str, value: Any) -> None:
    """Store a setting. Call inside the caller's transaction."""
    if key not in DEFAULTS:
        raise KeyError(key)
    Setting.insert(key=key, value=value).on_conflict_replace().execute()
