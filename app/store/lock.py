"""One writer per database file across processes: the lock file ``<db>.lock`` and its
heartbeat.

The lock (JSON: user, host, pid, the process's start time, started_at) is created atomically
when a file is opened for writing and removed when it is closed. A second process gets
``DatabaseInUse`` naming the user and the computer, and may open the file read-only. A lock
left by a crash is taken over (see ``lock_is_stale``). While the file is open, a
``LockHandle`` touches the lock every few minutes (its heartbeat), so a lock from another
computer, whose process cannot be checked from here, counts as left over only once it has not
been touched for hours.

The holder is identified by its pid *and* its process start time (``process_start``): after a
crash the pid may be given to another program, which a pid check alone takes for the holder
(it then blocked writing for two hours, until the heartbeat counted as old). An OS lock held on
the lock file (fcntl/msvcrt) was the alternative; it is not used because over SMB/NFS shares,
where the database may live, such locks are unreliable or not shared between computers, a
POSIX fcntl lock silently goes when any descriptor of the file in the process is closed, and a
msvcrt byte lock keeps others from reading who holds the file. A lock file written by an
older Ujikon has no start time; it is judged by its pid and heartbeat as before.
"""

from __future__ import annotations

import atexit
import getpass
import json
import os
import socket
import sys
import threading
import time
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from app.errors import DatabaseInUse, DatabaseProblem

LOCK_HEARTBEAT_SECONDS = 300  # the holder touches its lock file this often
LOCK_STALE_HOURS = 2.0  # a lock not touched for this long is left over from a crash
LOCK_UNREADABLE_GRACE_SECONDS = 30  # an empty/garbled lock younger than this is being written
HEARTBEAT_THREAD_NAME = "ujikon-lock-heartbeat"
HEARTBEAT_JOIN_SECONDS = 5.0  # how long stopping waits for the heartbeat thread to end


@dataclass(frozen=True)
class LockInfo:
    user: str
    host: str
    pid: int
    started_at: str  # ISO 8601, UTC
    path: Path | None = field(default=None, compare=False)  # the lock file
    touched: float = field(default=0.0, compare=False)  # mtime: the holder's heartbeat
    # When the holder's process started (``process_start``); "" when unknown (a lock written
    # by an older Ujikon, or a platform where it cannot be read).
    process_started: str = ""

    def to_json(self) -> str:
        return json.dumps(
            {
                "user": self.user,
                "host": self.host,
                "pid": self.pid,
                "started_at": self.started_at,
                "process_started": self.process_started,
                "app": "Ujikon",
            },
            ensure_ascii=False,
        )

    @property
    def where(self) -> str:
        return f"{self.user or 'pengguna tak dikenal'} di komputer {self.host or '?'}"


def lock_path(db_path: Path | str) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".lock")


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (service account, container)
        return os.environ.get("USERNAME") or os.environ.get("USER") or ""


def _host() -> str:
    return socket.gethostname()


def my_lock(db_path: Path | None = None) -> LockInfo:
    return LockInfo(
        _user(),
        _host(),
        os.getpid(),
        datetime.now(UTC).isoformat(timespec="seconds"),
        lock_path(db_path) if db_path is not None else None,
        time.time(),
        process_start(os.getpid()) or "",
    )


def read_lock(db_path: Path | str) -> LockInfo | None:
    """The lock on ``db_path``; None when there is none. A lock file that is not valid JSON
    reads as a lock of an unknown holder (pid 0)."""
    return _read_lock_file(lock_path(db_path))


def _read_lock_file(path: Path) -> LockInfo | None:
    try:
        raw = path.read_bytes()
        touched = path.stat().st_mtime
    except FileNotFoundError:
        return None
    except OSError:
        return LockInfo("", "", 0, "", path, time.time())
    try:
        data = json.loads(raw.decode("utf-8"))
        return LockInfo(
            str(data.get("user", "")),
            str(data.get("host", "")),
            int(data.get("pid", 0)),
            str(data.get("started_at", "")),
            path,
            touched,
            str(data.get("process_started", "") or ""),
        )
    except (ValueError, TypeError, AttributeError):
        return LockInfo("", "", 0, "", path, touched)


def pid_alive(pid: int) -> bool:
    """Whether a process with ``pid`` exists on this computer.

    POSIX: ``os.kill(pid, 0)``. Windows: ``os.kill`` would *terminate* the process, so the
    check uses OpenProcess/GetExitCodeProcess through ctypes (no extra dependency)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _pid_alive_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by another user
        return True
    except OSError:
        return False
    return True


def _pid_alive_windows(pid: int) -> bool:  # pragma: no cover (Windows only)
    if sys.platform != "win32":  # ctypes.WinDLL exists only there; this also tells mypy
        raise OSError("Windows only")
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.OpenProcess.restype = wintypes.HANDLE
    kernel32.OpenProcess.argtypes = [wintypes.DWORD, wintypes.BOOL, wintypes.DWORD]
    kernel32.GetExitCodeProcess.argtypes = [wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD)]
    kernel32.CloseHandle.argtypes = [wintypes.HANDLE]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return ctypes.get_last_error() == 5  # ERROR_ACCESS_DENIED: it exists
    try:
        code = wintypes.DWORD()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def _start_from_stat(text: str) -> str | None:
    """Field 22 (``starttime``, clock ticks after boot) of a ``/proc/<pid>/stat`` line. The
    second field is the program's name in parentheses, which may itself hold spaces and
    parentheses, so the fields are counted from the last ")"."""
    _, sep, rest = text.rpartition(")")
    fields = rest.split()
    if not sep or len(fields) < 20:
        return None
    return fields[19]  # rest starts at field 3 (state): field 22 is its 20th


def _linux_boot_id() -> str:
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip()
    except OSError:
        return ""


def process_start(pid: int) -> str | None:
    """When process ``pid`` started, as an opaque text that is equal for the same process and
    differs for a later process given the same pid; None when it cannot be read here.

    - Linux: the boot's id and ``/proc/<pid>/stat`` field 22 (clock ticks since boot), so a
      process after a reboot differs even if its ticks happen to match. The raw ticks are
      kept, not seconds since 1970: boot time read from ``/proc/stat`` can shift by a second.
    - Windows: the creation time from ``GetProcessTimes`` (100 ns units since 1601), read
      with ctypes (no extra dependency); untested on Linux CI.
    - Elsewhere (macOS): None; the lock is then judged by pid and heartbeat alone."""
    if pid <= 0:
        return None
    if sys.platform == "win32":
        return _process_start_windows(pid)
    if not sys.platform.startswith("linux"):
        return None
    try:
        text = Path(f"/proc/{pid}/stat").read_text(encoding="utf-8", errors="replace")
    except OSError:  # gone, or /proc mounted with hidepid
        return None
    ticks = _start_from_stat(text)
    return None if ticks is None else f"linux:{_linux_boot_id()}:{ticks}"


def _process_start_windows(pid: int) -> str | None:  # pragma: no cover (Windows only)
    if sys.platform != "win32":
        raise OSError("Windows only")
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.OpenProcess.restype = wintypes.HANDLE
    kernel32.OpenProcess.argtypes = [wintypes.DWORD, wintypes.BOOL, wintypes.DWORD]
    kernel32.GetProcessTimes.argtypes = [wintypes.HANDLE] + [ctypes.POINTER(wintypes.FILETIME)] * 4
    kernel32.CloseHandle.argtypes = [wintypes.HANDLE]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return None  # gone, or not ours to ask: judged by pid and heartbeat
    try:
        created, exited, kernel, user = (wintypes.FILETIME() for _ in range(4))
        ok = kernel32.GetProcessTimes(
            handle,
            ctypes.byref(created),
            ctypes.byref(exited),
            ctypes.byref(kernel),
            ctypes.byref(user),
        )
        if not ok:
            return None
        return f"windows:{(created.dwHighDateTime << 32) | created.dwLowDateTime}"
    finally:
        kernel32.CloseHandle(handle)


def lock_is_stale(
    info: LockInfo,
    *,
    now: float | None = None,
    host: str | None = None,
    alive: Callable[[int], bool] = pid_alive,
    started: Callable[[int], str | None] = process_start,
    stale_hours: float = LOCK_STALE_HOURS,
) -> bool:
    """Whether ``info`` is left over and may be taken over.

    - Same computer: stale when its process is gone, or when the process now running under
      its pid started at another time than the lock records (the pid was given to another
      program after a crash). A live pid whose lock has not been touched for ``stale_hours``
      is stale too (a lock without a start time, from an older Ujikon: a running Ujikon
      touches its lock every few minutes).
    - Another computer: its process cannot be checked from here, so only the heartbeat counts:
      stale when not touched for ``stale_hours``.
    - An unreadable lock (a crash while writing it) is stale once it is a few seconds old.
    """
    now = time.time() if now is None else now
    age = now - info.touched
    if not info.host and not info.pid:
        return age > LOCK_UNREADABLE_GRACE_SECONDS
    if age > stale_hours * 3600:
        return True
    if info.host.lower() == (host or _host()).lower():
        if not alive(info.pid):
            return True
        if not info.process_started:
            return False  # an older lock: the pid is all there is to go by
        running = started(info.pid)
        return running is not None and running != info.process_started
    return False


def _create_lock(path: Path, info: LockInfo) -> bool:
    """Create ``path`` atomically with ``info``; False when it already exists.

    The content is written to a temporary file first and hard-linked to the lock name (link
    fails if the name exists), so a crash never leaves an empty lock. Where hard links are
    not supported (FAT32 flash drives), the lock is created with O_EXCL and then written."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.baru")
    try:
        with open(tmp, "wb") as f:
            f.write(info.to_json().encode("utf-8"))
            f.flush()
            os.fsync(f.fileno())
        try:
            os.link(tmp, path)
            return True
        except FileExistsError:
            return False
        except OSError:  # no hard links on this file system
            pass
    finally:
        with suppress(OSError):
            tmp.unlink()
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return False
    try:
        os.write(fd, info.to_json().encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    return True


def _remove_stale_lock(path: Path, stale: LockInfo) -> None:
    """Move the stale lock out of the way; if another process replaced it in the meantime
    (it read the same stale lock and won the race), put that one back."""
    aside = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.lama")
    try:
        os.replace(path, aside)
    except FileNotFoundError:
        return
    current = _read_lock_file(aside)
    if current is not None and current != stale:
        with suppress(OSError):
            os.link(aside, path)  # fails if yet another lock exists: then that one stands
    with suppress(OSError):
        aside.unlink()


def acquire_lock(db_path: Path | str) -> LockInfo:
    """Take the single-writer lock of ``db_path``, or raise ``DatabaseInUse``."""
    db_path = Path(db_path)
    path = lock_path(db_path)
    mine = my_lock(db_path)
    for _attempt in range(5):
        try:
            if _create_lock(path, mine):
                return mine
        except OSError as exc:
            problem = DatabaseProblem(
                f"Berkas kunci {path} tidak dapat dibuat ({exc.strerror or exc}). Folder basis "
                "data harus dapat ditulis; periksa izinnya atau buka hanya-baca (basis data di "
                "CD, flashdisk yang dikunci, atau folder bersama tanpa izin tulis hanya dapat "
                "dibuka hanya-baca)."
            )
            problem.can_open_read_only = True  # e.g. on read-only media: reading still works
            raise problem from exc
        held = read_lock(db_path)
        if held is None:
            continue  # released meanwhile
        ours = held.pid == mine.pid and held.host.lower() == mine.host.lower()
        if ours or lock_is_stale(held):
            _remove_stale_lock(path, held)
            continue
        since = _local_time_text(held.started_at)
        if held.host.lower() == mine.host.lower() and held.user == mine.user:
            raise DatabaseInUse(
                f"Basis data ini sedang dibuka di jendela Ujikon lain oleh {held.user} di "
                f"komputer ini ({held.host}){since}. Pakai jendela itu atau tutup dulu; Anda "
                "juga dapat membukanya hanya-baca.",
                holder=held,
            )
        raise DatabaseInUse(
            f"Basis data ini sedang dibuka oleh {held.where}{since}. Hanya satu orang yang "
            "boleh mengubahnya pada satu waktu. Anda dapat membukanya hanya-baca, atau minta "
            f"{held.user or 'pengguna itu'} menutup Ujikon lebih dulu.",
            holder=held,
        )
    raise DatabaseInUse("Berkas kunci basis data terus berubah; coba lagi sebentar lagi.")


def _local_time_text(iso: str) -> str:
    try:
        when = datetime.fromisoformat(iso).astimezone()
    except ValueError:
        return ""
    return f" sejak {when:%d-%m-%Y %H:%M}"


def release_lock_file(lock: LockInfo | None) -> None:
    """Remove the lock file of ``lock`` if it is still that lock (not one another process
    took over meanwhile)."""
    if lock is None or lock.path is None:
        return
    if _read_lock_file(lock.path) == lock:
        with suppress(OSError):
            lock.path.unlink()


class LockHandle:
    """The lock this process holds on an open database, kept fresh by a heartbeat thread.

    ``start()`` starts the heartbeat and makes sure the lock file is removed when the process
    ends without closing the database (a command-line task); only a killed process leaves one,
    which the next opener takes over as stale. ``release()`` stops the heartbeat (joining its
    thread) and removes the lock file if it is still ours. ``lost`` turns True when the
    heartbeat finds that another process has taken the lock over (e.g. this computer slept
    for hours and someone else opened the file)."""

    def __init__(self, info: LockInfo, interval: float | None = None) -> None:
        if info.path is None:
            raise ValueError("a lock handle needs the lock file's path")
        self.info = info
        self.interval = LOCK_HEARTBEAT_SECONDS if interval is None else interval
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._lost = False

    @property
    def lost(self) -> bool:
        return self._lost

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._beat, name=HEARTBEAT_THREAD_NAME, daemon=True)
        self._thread.start()
        atexit.register(self.release)

    def _beat(self) -> None:
        path = self.info.path
        assert path is not None
        while not self._stop.wait(self.interval):
            if _read_lock_file(path) != self.info:
                self._lost = True
                return
            with suppress(OSError):
                os.utime(path)

    def stop(self, timeout: float = HEARTBEAT_JOIN_SECONDS) -> None:
        """Stop the heartbeat and wait (up to ``timeout`` seconds) for its thread to end."""
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)

    def release(self) -> None:
        """Stop the heartbeat and remove the lock file if it is still ours."""
        self.stop()
        atexit.unregister(self.release)
        release_lock_file(self.info)
