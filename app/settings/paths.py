"""Where this user's files live on this PC (platformdirs): the database by default, the logs,
the window's own preferences. Nothing about the office is kept here; that is in the
database's settings, so it travels with the file."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_config_dir, user_data_dir

APP_DIR_NAME = "Ujikon"
APP_AUTHOR = "PPID Kabupaten Serang"


def data_dir() -> Path:
    return Path(user_data_dir(APP_DIR_NAME, APP_AUTHOR))


def config_dir() -> Path:
    return Path(user_config_dir(APP_DIR_NAME, APP_AUTHOR))


def default_db_path() -> Path:
    return data_dir() / "ujikon.db"
