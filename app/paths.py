"""Where this user's files live on this PC (platformdirs): the database by default, the logs,
the window's own preferences. Nothing about the office is kept here; that is in the
database's settings, so it travels with the file."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_config_dir, user_data_dir

APP_DIR_NAME = "Ujikon"
APP_AUTHOR = "PPID Kabupaten Serang"
# One folder for all of this user's files instead of platformdirs' (its "data" and "config"
# inside): the bundle's self-test (``--smoke``) and a test run. On Windows platformdirs asks
# the shell for %APPDATA% / %LOCALAPPDATA% and ignores the XDG_* variables, so without this
# the self-test would write its log and window settings into the real user's folders.
PROFILE_VARIABLE = "UJIKON_PROFIL"


def _profile() -> Path | None:
    folder = os.environ.get(PROFILE_VARIABLE, "").strip()
    return Path(folder) if folder else None


def data_dir() -> Path:
    profile = _profile()
    if profile is not None:
        return profile / "data"
    return Path(user_data_dir(APP_DIR_NAME, APP_AUTHOR))


def config_dir() -> Path:
    profile = _profile()
    if profile is not None:
        return profile / "config"
    return Path(user_config_dir(APP_DIR_NAME, APP_AUTHOR))


def default_db_path() -> Path:
    return data_dir() / "ujikon.db"
