"""A backup copy read straight from the database file, hashed as it is written.

SQLite's online backup API copies a snapshot page by page and rewrites page 1 once it is
done, so the copy can only be hashed after it is whole. A database in WAL mode whose WAL is
fully checkpointed holds its snapshot in the file itself, and keeps it there while a reader
holds it: a checkpoint never copies a frame into the file while a reader still reads the file
alone (it needs SQLite's read lock 0, which that reader holds shared). So:

1. a connection takes the write lock (``BEGIN IMMEDIATE``), so that nobody commits meanwhile;
2. the WAL is checkpointed (``PASSIVE``): only when every frame reached the file (no reader
   of an older snapshot held some back) does this way go on, else the caller falls back to
   the backup API;
3. the reading connection begins its read transaction: it sees the file's content, and the
   file stays so until it commits;
4. the write lock is let go: the window's writes go on into the WAL, untouched by the copy;
5. the first ``page_count × page_size`` bytes of the file are copied into the backup and
   hashed as they are written (``_copier``), then the read transaction ends.

The copy's page 1 is marked as a rollback-journal database (header bytes 18 and 19 set to
1, what ``PRAGMA journal_mode = DELETE`` writes), so the backup is a standalone file that
opens without a -wal. A database not in WAL mode (one on a network folder) takes the backup
API.

How the file is read: closing any descriptor of a file drops every POSIX lock the process
holds on it, SQLite's included (https://www.sqlite.org/howtocorrupt.html, 2.2). So on POSIX
the descriptor this module opens on a database file is never closed while that file is the
database (``_source_fd``; it is closed once another file took its name, after a restore);
Windows locks belong to a handle, so there the file is opened and closed as usual. On Linux
the bytes are copied inside the kernel and hashed as read back from the copy
(``_copy_in_kernel``); elsewhere they pass through two buffers that a second thread hashes.
"""

from __future__ import annotations

import hashlib
import io
import os
import sqlite3
import sys
import threading
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from app.archive.errors import BackupError

if TYPE_CHECKING:
    from concurrent.futures import Future


def frozen_reader(source: Path, timeout: float = 10.0) -> sqlite3.Connection | None:
    """A connection to ``source`` inside a read transaction whose snapshot is the database
    file's own bytes (steps 1 to 4 above), or None when that cannot be had: not in WAL mode,
    a reader of an older snapshot keeps frames out of the file, the file cannot be written
    (the checkpoint writes it), the write lock stays taken past ``timeout``. The caller ends
    the transaction (``COMMIT``) and closes the connection."""
    try:
        reader = sqlite3.connect(
            str(source), timeout=timeout, isolation_level=None, check_same_thread=False
        )
    except sqlite3.Error:
        return None
    writer: sqlite3.Connection | None = None
    try:
        reader.execute("PRAGMA query_only = 1")
        if str(reader.execute("PRAGMA journal_mode").fetchone()[0]).lower() != "wal":
            reader.close()
            return None
        writer = sqlite3.connect(str(source), timeout=timeout, isolation_level=None)
        writer.execute("BEGIN IMMEDIATE")
        try:
            busy, frames, copied = reader.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            if busy or frames != copied:
                reader.close()
                return None
            reader.execute("BEGIN")
            reader.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            writer.execute("ROLLBACK")
    except sqlite3.Error:
        reader.close()
        return None
    finally:
        if writer is not None:
            writer.close()
    return reader


# POSIX: the descriptor kept open on each database file read so far, by its path
_KEPT: dict[str, tuple[tuple[int, int], int]] = {}  # path → ((device, inode), descriptor)


def _source_fd(path: Path) -> int:
    """A descriptor to read the database file at ``path`` with, that this process keeps (see
    the module doc). The one kept for a file that no longer has that name (a restore put
    another file there) is closed: SQLite has no connection to that file any more."""
    name = str(Path(path).resolve())
    here = os.stat(name)
    key = (here.st_dev, here.st_ino)
    kept = _KEPT.get(name)
    if kept is not None and kept[0] == key:
        return kept[1]
    fd = os.open(name, os.O_RDONLY)
    opened = os.fstat(fd)
    if kept is not None:
        with suppress(OSError):
            os.close(kept[1])
    _KEPT[name] = ((opened.st_dev, opened.st_ino), fd)
    return fd


HEADER_FORMAT = slice(18, 20)  # file format write and read version: 1 rollback, 2 WAL
IN_KERNEL = sys.platform.startswith("linux")  # sendfile between two files (``cp``'s way)


def copy_file(
    source: Path, target: Path, size: int, chunk: int, report: Callable[[int], None]
) -> str:
    """Copy the first ``size`` bytes of ``source`` into ``target`` (a new, empty file),
    ``chunk`` bytes at a time, page 1 marked as a rollback-journal database, and return the
    SHA-256 of what was written. ``report(bytes done)`` after every chunk; it may raise to
    stop. A chunk is hashed on a second thread while the next one is read and written
    (hashing releases the GIL), so the copy takes about the time of the slower of the two;
    two buffers take turns, so no memory is allocated per chunk. Raises ``BackupError`` when
    the source is shorter than ``size``, ``OSError`` when a file cannot be read or written."""
    if os.name == "nt":
        with open(source, "rb", buffering=0) as src:
            return _copy(lambda view, at: _read_at(src, view, at), target, size, chunk, report)
    fd = _source_fd(source)
    if IN_KERNEL:
        return _copy_in_kernel(fd, target, size, chunk, report)
    return _copy(lambda view, at: os.preadv(fd, [view], at), target, size, chunk, report)


def _copy_in_kernel(
    fd: int, target: Path, size: int, chunk: int, report: Callable[[int], None]
) -> str:
    """Linux: the bytes go from file to file inside the kernel (``sendfile``, as ``cp``
    does: a third of the system time of reading them into Python and writing them out), and
    a second thread hashes the copy as it lands, reading it back a chunk behind (from
    memory: the pages were just written), so the SHA-256 is that of the file as stored."""
    from concurrent.futures import ThreadPoolExecutor  # not at start: only a backup needs it

    digest = hashlib.sha256()
    with (
        open(target, "r+b", buffering=0) as dst,
        open(target, "rb", buffering=0) as back,
        ThreadPoolExecutor(1, thread_name_prefix="ujikon-sha256") as hasher,
    ):
        buffer = bytearray(chunk)

        def hash_chunk(at: int, length: int) -> None:
            view = memoryview(buffer)[:length]
            got = 0
            while got < length:
                n = os.preadv(back.fileno(), [view[got:]], at + got)
                if not n:
                    raise BackupError("Salinan cadangan terpotong saat dibaca kembali.")
                got += n
            digest.update(view)

        hashed: list[Future[None]] = []
        done = 0
        try:
            while done < size:
                want = min(chunk, size - done)
                got = 0
                while got < want:
                    n = os.sendfile(dst.fileno(), fd, done + got, want - got)
                    if not n:
                        raise BackupError(
                            f"Basis data tidak dapat disalin utuh: berkasnya hanya "
                            f"{done + got} bita, bukan {size}."
                        )
                    got += n
                if done == 0 and want >= HEADER_FORMAT.stop:
                    os.pwrite(dst.fileno(), b"\x01\x01", HEADER_FORMAT.start)
                hashed.append(hasher.submit(hash_chunk, done, want))
                done += want
                report(done)
            for job in hashed:
                job.result()  # in order; the first failure is raised
        except BaseException:
            hasher.shutdown(cancel_futures=True)
            raise
    return digest.hexdigest()


def _read_at(file: io.FileIO, view: memoryview, at: int) -> int:
    file.seek(at)
    return file.readinto(view) or 0


def _copy(
    read_at: Callable[[memoryview, int], int],
    target: Path,
    size: int,
    chunk: int,
    report: Callable[[int], None],
) -> str:
    digest = hashlib.sha256()
    buffers = (bytearray(chunk), bytearray(chunk))
    hashing: threading.Thread | None = None
    done = 0
    try:
        with open(target, "r+b", buffering=0) as dst:
            while done < size:
                want = min(chunk, size - done)
                view = memoryview(buffers[(done // chunk) % 2])[:want]
                got = 0
                while got < want:  # a read may return less than asked
                    n = read_at(view[got:], done + got)
                    if not n:
                        raise BackupError(
                            f"Basis data tidak dapat disalin utuh: berkasnya hanya "
                            f"{done + got} bita, bukan {size}."
                        )
                    got += n
                if done == 0 and want >= HEADER_FORMAT.stop:
                    view[HEADER_FORMAT] = b"\x01\x01"
                written = 0
                while written < want:
                    written += dst.write(view[written:]) or 0
                if hashing is not None:
                    hashing.join()  # the other buffer is free again once it is hashed
                hashing = threading.Thread(target=digest.update, args=(view,))
                hashing.start()
                done += want
                report(done)
            dst.truncate(size)
    finally:
        if hashing is not None:
            hashing.join()
    return digest.hexdigest()
