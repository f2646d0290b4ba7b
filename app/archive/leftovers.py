"""What a killed backup, yearly archive or restore leaves behind, and how the next one clears
it without touching the files of one still running.

Every half-made file is written under a ``.part`` name that this process *claims* while it
writes: it creates the file itself (never reusing one) and holds an exclusive OS lock on it
(``flock`` on POSIX; on Windows an open file cannot be deleted by another process, which is the
same guarantee). A process that is killed loses its lock with it, so at the next start a
``.part`` nobody holds is a leftover and is removed, with SQLite's ``-journal``/``-wal``/``-shm``
beside it and, for a backup or archive, a manifest that was written for it but whose file never
got its final name. A ``.part`` that another running job holds is left alone.

Where the file system cannot lock (some network shares), a ``.part`` untouched for
``STALE_AFTER`` is taken for a leftover, as a stale lock file is.
"""

from __future__ import annotations

import errno
import os
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

STALE_AFTER = 2 * 60 * 60  # seconds: a .part nobody can lock, untouched this long, is left over
SQLITE_SIDES = ("-journal", "-wal", "-shm")
# The final names of backups and yearly archives in a backup or archive folder.
PUBLISHED_NAME = re.compile(r"^ujikon-(?:\d{8}-\d{6}|arsip-\d{4})(?:-\d+)?\.sqlite$")
MANIFEST_NAME = re.compile(r"^(ujikon-(?:\d{8}-\d{6}|arsip-\d{4})(?:-\d+)?)\.manifest\.json$")


class Claim:
    """A ``.part`` file this process made and holds while it writes into it."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path, self._fd = path, fd

    def release(self) -> None:
        """Let go of the file (before renaming it on Windows, where an open file cannot be
        renamed); it stays where it is."""
        if self._fd >= 0:
            with suppress(OSError):
                os.close(self._fd)
            self._fd = -1


def claim(path: Path) -> Claim:
    """Create ``path`` (it must not exist: ``FileExistsError``) and hold it. The lock is taken
    after creating, so a cleanup may remove the file in between; then the path no longer
    names the file locked and ``FileExistsError`` is raised as well (try another name)."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o644)
    held = Claim(path, fd)
    if fcntl is not None:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError as exc:
            if exc.errno not in (errno.ENOLCK, errno.EOPNOTSUPP, errno.EINVAL):
                held.release()
                raise
        try:
            same = os.path.samestat(os.fstat(fd), os.stat(path))
        except FileNotFoundError:
            same = False
        if not same:
            held.release()
            raise FileExistsError(errno.EEXIST, "removed while being claimed", str(path))
    return held


@contextmanager
def claimed(path: Path) -> Iterator[Claim]:
    held = claim(path)
    try:
        yield held
    finally:
        held.release()


def _remove_if_abandoned(path: Path) -> bool | None:
    """Remove ``path`` when no running job holds it. True: removed (a leftover); False: held by
    a running job; None: it is not there."""
    if fcntl is None:
        try:
            path.unlink()  # fails while the job that writes it has it open
        except FileNotFoundError:
            return None
        except OSError:
            return False
        return True
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        return None
    except OSError:
        return False
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        except OSError:  # no locks on this file system: judge by age
            if time.time() - os.fstat(fd).st_mtime < STALE_AFTER:
                return False
        try:
            path.unlink()  # while holding its lock: its maker cannot be starting to use it
        except FileNotFoundError:
            return None
        except OSError:
            return False
        return True
    finally:
        os.close(fd)


def _remove_sides(path: Path) -> list[Path]:
    removed = []
    for side in SQLITE_SIDES:
        p = path.with_name(path.name + side)
        with suppress(FileNotFoundError):
            if p.is_file():
                p.unlink()
                removed.append(p)
    return removed


def clear_part(part: Path, *also: Path) -> tuple[list[Path], bool]:
    """Remove the ``.part`` file ``part`` and SQLite's files beside it if no running job holds
    it, then (when it was a leftover or is not there) each path in ``also``. Returns what was
    removed and whether ``part`` is held by a running job."""
    state = _remove_if_abandoned(part)
    if state is False:
        return [], True
    removed = [part] if state else []
    removed += _remove_sides(part)
    for p in also:
        with suppress(FileNotFoundError):
            if p.is_file():
                p.unlink()
                removed.append(p)
    return removed, False


def clean_folder(folder: Path) -> list[Path]:
    """Remove what killed backups and yearly archives left in ``folder``: ``.part`` files of
    backups, archives and manifests nobody holds, SQLite journals beside them, and manifests
    whose file never got (or no longer has) its final name. Returns what was removed; anything
    else in the folder is never touched."""
    removed: list[Path] = []
    try:
        names = sorted(p.name for p in folder.iterdir())
    except OSError:
        return removed
    stems: set[str] = set()
    for name in names:
        base = name
        for side in SQLITE_SIDES:
            base = base.removesuffix(side)
        base = base.removesuffix(".part")
        if PUBLISHED_NAME.match(base):
            stems.add(base.removesuffix(".sqlite"))
        elif m := MANIFEST_NAME.match(base):
            stems.add(m.group(1))
    for stem in sorted(stems):
        final = folder / f"{stem}.sqlite"
        part = folder / f"{stem}.sqlite.part"
        manifest = folder / f"{stem}.manifest.json"
        manifest_part = manifest.with_name(manifest.name + ".part")
        # The .part is checked before the final name: a running job renames one into the other.
        gone, running = clear_part(part, manifest_part)
        if running:
            continue
        removed += gone
        if manifest.is_file() and not final.exists():
            with suppress(FileNotFoundError):
                manifest.unlink()  # describes a file that never got (or lost) its name
                removed.append(manifest)
    return removed


def clean_restore_leftovers(db_path: Path) -> list[Path]:
    """Remove what a killed restore of ``db_path`` left beside it: the staged backup
    (``<db>.pulih.part``) and half-made copies of the replaced database
    (``<db>.sebelum-pulih-….sqlite.part``), each only when no running restore holds it."""
    removed: list[Path] = []
    pattern = re.compile(
        re.escape(db_path.name) + r"\.(?:pulih|sebelum-pulih-\d{8}-\d{6}(?:-\d+)?\.sqlite)\.part"
    )
    try:
        names = sorted(p.name for p in db_path.parent.iterdir())
    except OSError:
        return removed
    parts = set()
    for name in names:
        base = name
        for side in SQLITE_SIDES:
            base = base.removesuffix(side)
        if pattern.fullmatch(base):
            parts.add(base)
    for name in sorted(parts):
        removed += clear_part(db_path.with_name(name))[0]
    return removed
