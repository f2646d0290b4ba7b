"""Ujikon's log file: ``ujikon.log`` in this user's data folder (never the install folder),
rotated at ``MAX_BYTES`` with ``BACKUPS`` older files (``ujikon.log.1`` … ``.5``), so a PC that
runs for years keeps at most about 6 MB of log.

The window and the command line (a backup run by Task Scheduler while the window is open)
write the same file. On Windows a file another process holds open cannot be renamed, so a
rotation can fail there: the log then goes on in the same file and tries again after another
tenth of ``MAX_BYTES``, instead of losing every later record as ``RotatingFileHandler`` would.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

LOGGER = "ujikon"
LOG_NAME = "ujikon.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s [%(process)d] %(message)s"

log = logging.getLogger(LOGGER)


def log_path() -> Path:
    from app.paths import data_dir

    return data_dir() / LOG_NAME


class SharedRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A ``RotatingFileHandler`` that keeps logging when the rotation is refused (Windows: the
    file is open in another Ujikon process)."""

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> None:
        super().__init__(path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8")
        self.retry_at = 0  # the size of the file at which a refused rotation is tried again
        self.refused = 0  # rotations refused so far (for the tests and the log)

    def shouldRollover(self, record: logging.LogRecord) -> bool:
        if self.retry_at and self.stream is not None:
            self.stream.seek(0, os.SEEK_END)
            if self.stream.tell() < self.retry_at:
                return False
        return bool(super().shouldRollover(record))

    def doRollover(self) -> None:
        try:
            super().doRollover()
        except OSError:
            self.refused += 1
            if self.stream is None or self.stream.closed:
                self.stream = self._open()
            self.stream.seek(0, os.SEEK_END)
            self.retry_at = self.stream.tell() + max(self.maxBytes // 10, 1)
        else:
            self.retry_at = 0


_OURS = "_ujikon_log_handler"


def setup_logging(
    path: Path | None = None, max_bytes: int = MAX_BYTES, backups: int = BACKUPS
) -> logging.Handler:
    """Send the ``ujikon`` logger (level INFO) to the rotating log file at ``path`` (by
    default ``log_path()``), replacing the handler an earlier call installed. When the folder
    cannot be made or written, to standard error instead (a windowed program on Windows has
    none: then nowhere). Returns the handler."""
    path = path or log_path()
    handler: logging.Handler
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = SharedRotatingFileHandler(path, max_bytes, backups)
    except OSError:
        handler = logging.StreamHandler(sys.stderr) if sys.stderr else logging.NullHandler()
    handler.setFormatter(logging.Formatter(FORMAT))
    setattr(handler, _OURS, True)
    for old in [h for h in log.handlers if getattr(h, _OURS, False)]:
        log.removeHandler(old)
        old.close()
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return handler


def log_file() -> Path | None:
    """The file the log goes to now, or None when it goes to no file."""
    for handler in log.handlers:
        if getattr(handler, _OURS, False) and isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename)
    return None


def crash_details(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    about: list[str] | None = None,
) -> str:
    """What a crash report says: the version lines (``app.about``), then the traceback. The
    same text goes to the log and to the clipboard of the crash dialog."""
    if about is None:
        from app.about import version_info

        try:
            about = version_info().lines()
        except Exception as problem:  # a report must come out even when this fails
            about = [f"(versi tidak terbaca: {problem!r})"]
    trace = "".join(traceback.format_exception(exc_type, exc, tb))
    return "\n".join([*about, "", trace.rstrip()])


def log_crash(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    where: str = "",
) -> str:
    """Write an unhandled exception to the log (always, before anything is shown); the
    details written."""
    details = crash_details(exc_type, exc, tb)
    log.error("Kesalahan tak terduga%s:\n%s", f" ({where})" if where else "", details)
    return details
