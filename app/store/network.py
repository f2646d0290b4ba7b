"""Whether a database file lies on a network folder, and the warning the window shows then.

A file on a network folder (UNC path, mapped network drive, NFS/CIFS mount) is opened with
journal_mode=DELETE instead of WAL: WAL needs shared memory between the processes that open
the file, which network file systems do not provide.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from pathlib import Path, PureWindowsPath

NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "9p",
        "ceph",
        "glusterfs",
        "lustre",
        "gpfs",
        "davfs",
        "fuse.sshfs",
        "fuse.glusterfs",
        "fuse.davfs2",
        "fuse.s3fs",
        "fuse.rclone",
        "fuse.smbnetfs",
    }
)
DRIVE_REMOTE = 4  # GetDriveTypeW


def network_warning(location: str) -> str:
    """The window's warning for a database at ``location`` (from ``network_location``)."""
    return (
        f"Basis data berada di {location}. Folder jaringan tidak mendukung mode WAL, "
        "jadi Ujikon memakai jurnal biasa (DELETE): lebih lambat, dan sambungan yang "
        "terputus saat menyimpan dapat merusak berkas. Sebaiknya simpan basis data di "
        "disk lokal komputer ini dan cadangkan ke folder jaringan."
    )


def _windows_drive_type(root: str) -> int:  # pragma: no cover (Windows only)
    if sys.platform != "win32":  # ctypes.windll exists only there; this also tells mypy
        raise OSError("Windows only")
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))


def _unescape_mount(text: str) -> str:
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), text)


def network_location(
    path: Path | str,
    *,
    platform: str | None = None,
    mounts: str | None = None,
    drive_type: Callable[[str], int] | None = None,
) -> str | None:
    """Describe where ``path`` is when that is a network folder, else None.

    Windows: a UNC path (``\\\\server\\share\\…``) or a drive letter whose type is
    DRIVE_REMOTE (a mapped network drive). Linux: the mount holding the path has a network
    file system type (``/proc/mounts``). ``platform``, ``mounts`` and ``drive_type`` are
    injectable for tests."""
    platform = platform or sys.platform
    text = str(path)
    if platform == sys.platform:  # the real thing: a relative path is on the current drive
        text = os.path.abspath(text)
    if platform == "win32":
        win = PureWindowsPath(text)
        if text.startswith(("\\\\?\\UNC\\", "//?/UNC/")):
            return f"folder jaringan {text}"
        if text.startswith(("\\\\?\\", "\\\\.\\", "//?/", "//./")):
            win = PureWindowsPath(text[4:])
        elif text.startswith(("\\\\", "//")):
            return f"folder jaringan {win.anchor.rstrip(chr(92)) or text}"
        drive = win.drive
        if len(drive) == 2 and drive[1] == ":":
            kind = (drive_type or _windows_drive_type)(drive.upper() + "\\")
            if kind == DRIVE_REMOTE:
                return f"drive jaringan {drive.upper()}"
        return None
    if not platform.startswith("linux"):
        return None
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    target = text
    best: tuple[str, str] | None = None
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point, fstype = _unescape_mount(parts[1]), parts[2]
        inside = target == point or point == "/" or target.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) > len(best[0])):
            best = (point, fstype)
    if best is not None and best[1].lower() in NETWORK_FILESYSTEMS:
        return f"folder jaringan {best[0]} ({best[1]})"
    return None
