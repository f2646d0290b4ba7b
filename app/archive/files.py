"""File helpers shared by backups, restores and yearly archives: hashing, fsync, a free name,
removing what a failed or cancelled job made, and the progress/cancel steps of a job."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, TypeVar

from app import store
from app.archive.errors import BackupCancelled, BackupError
from app.errors import UserError

HASH_CHUNK = 1024 * 1024

Progress = Callable[[int, int, str], Any]  # (done, total, text) → False to cancel
T = TypeVar("T")
U = TypeVar("U")


def file_sha256(path: Path, progress: Callable[[int, int], None] | None = None) -> str:
    digest = hashlib.sha256()
    total = path.stat().st_size
    done = 0
    with path.open("rb") as f:
        while chunk := f.read(HASH_CHUNK):
            digest.update(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, total)
    return digest.hexdigest()


def sha256_beside(
    path: Path,
    check: Callable[[Callable[[], bool]], T],
    progress: Callable[[int, int], None] | None = None,
    then: Callable[[], None] | None = None,
) -> tuple[str, T]:
    """The SHA-256 of ``path``, read on this thread (``progress(done, total)`` after every
    chunk, which may raise to stop), while ``check(stop)`` reads the same file on a helper
    thread (``beside``). ``then()`` runs here once the hash is read, while the check may
    still run (a flush to disk, a progress text)."""

    def here() -> str:
        sha = file_sha256(path, progress)
        if then is not None:
            then()
        return sha

    return beside(here, check)


def beside(here: Callable[[], U], there: Callable[[Callable[[], bool]], T]) -> tuple[U, T]:
    """Run ``here()`` on this thread while ``there(stop)`` runs on a helper thread: the two
    take the time of the longer one instead of their sum. The long calls of both (SQLite
    steps, hashing a chunk, reading, fsync) release the GIL, so a window's thread keeps
    running. ``stop()`` turns true once this thread failed or was stopped, for ``there`` to
    end early (from a SQLite progress handler). When this returns or raises, the helper has
    ended; this thread's exception comes first, then the helper's."""
    halt = threading.Event()
    outcome: list[tuple[bool, Any]] = []

    def helper() -> None:
        try:
            outcome.append((True, there(halt.is_set)))
        except BaseException as exc:  # handed to the calling thread
            outcome.append((False, exc))

    worker = threading.Thread(target=helper, name="ujikon-periksa-berkas", daemon=True)
    worker.start()
    try:
        mine = here()
    except BaseException:
        halt.set()
        worker.join()
        raise
    worker.join()
    done, value = outcome[0]
    if not done:
        raise value
    return mine, value


def fsync_file(path: Path) -> None:
    with path.open("rb+") as f:
        os.fsync(f.fileno())


def fsync_dir(path: Path) -> None:
    """Make a rename in the folder ``path`` durable (POSIX; Windows has no directory fsync)."""
    if os.name != "posix":
        return
    with suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def unique_path(folder: Path, stem: str, suffix: str) -> Path:
    """``folder/stem+suffix``, or ``stem-2``, ``stem-3``… when that name, its ``.part`` or its
    manifest (``stem.manifest.json``) is taken."""
    candidate = folder / f"{stem}{suffix}"
    n = 2
    while (
        candidate.exists()
        or candidate.with_name(candidate.name + ".part").exists()
        or candidate.with_name(candidate.stem + ".manifest.json").exists()
    ):
        candidate = folder / f"{stem}-{n}{suffix}"
        n += 1
    return candidate


def remove(*paths: Path | None) -> None:
    for p in paths:
        if p is not None:
            with suppress(OSError):
                p.unlink()


def file_error(exc: BaseException, where: Path) -> BackupError:
    """A file-system or SQLite error while writing into ``where``, said as a ``BackupError``."""
    if isinstance(exc, OSError):
        reason = exc.strerror or str(exc)
        return BackupError(
            f"Berkas di {where} tidak dapat ditulis: {reason}. Periksa apakah diska atau "
            "flashdisk masih terpasang, tidak penuh, dan boleh ditulis; lalu ulangi."
        )
    return BackupError(f"Pencadangan gagal: {store.translate_message(exc)}")


@contextmanager
def removed_on_failure(
    created: list[Path], dest: Path, release: Callable[[], None] | None = None
) -> Iterator[None]:
    """Whatever goes wrong (or a cancel), the files made so far are removed (after
    ``release()``, which lets go of a file this job holds: Windows deletes no open file);
    file-system and SQLite errors become a BackupError that says what to check."""

    def undo() -> None:
        if release is not None:
            release()
        remove(*created)

    try:
        yield
    except UserError:
        undo()
        raise
    except (OSError, sqlite3.Error) as exc:
        undo()
        raise file_error(exc, dest) from exc
    except BaseException:
        undo()
        raise


class Steps:
    """Progress in percent, and the cancel check between (and inside) the steps."""

    def __init__(self, progress: Progress | None, cancelled: Callable[[], bool] | None):
        self.progress, self.cancelled = progress, cancelled

    def is_cancelled(self) -> bool:
        return bool(self.cancelled is not None and self.cancelled())

    def __call__(self, percent: int, text: str) -> None:
        go = self.progress(percent, 100, text) if self.progress is not None else True
        if go is False or self.is_cancelled():
            raise BackupCancelled()
