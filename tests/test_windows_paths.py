"""The Windows-only code paths, run here with Windows simulated: ``sys.platform`` set to
"win32", the kernel32 calls made through ctypes replaced by stubs that answer as Windows does
(process handles, exit codes, FILETIMEs, drive types, last errors), Windows paths (drive
letters, UNC shares) handled with ``ntpath``. The Windows runner workflow
(``.github/workflows/windows.yml``) runs the same tests, and the real calls, on Windows."""

from __future__ import annotations

import ctypes
import importlib
import ntpath
import os
import sys
import urllib.parse
from pathlib import Path, PureWindowsPath
from types import SimpleNamespace

import pytest

from app.archive import files as archive_files
from app.paths import APP_AUTHOR, APP_DIR_NAME
from app.store import files as store_files
from app.store import lock, network

backup_module = importlib.import_module(
    "app.archive.backup"
)  # app.archive.backup is also a function

STILL_ACTIVE = 259
ERROR_ACCESS_DENIED = 5
ERROR_INVALID_PARAMETER = 87


class FakeKernel32:
    """kernel32 as ``ctypes.WinDLL("kernel32")`` gives it: functions whose ``restype`` and
    ``argtypes`` may be set, answering from ``processes`` (pid → exit code, creation time)."""

    def __init__(self, processes: dict[int, tuple[int, int]], denied: frozenset[int] = frozenset()):
        self.processes = processes
        self.denied = denied
        self.last_error = 0
        self.open_handles: set[int] = set()
        self.closed: list[int] = []
        self.exit_code_fails = False
        self.times_fail = False
        kernel = self

        def OpenProcess(access, inherit, pid):  # noqa: N802 (the Windows name)
            assert access == 0x1000  # PROCESS_QUERY_LIMITED_INFORMATION, never more
            assert inherit is False
            if pid in kernel.denied:
                kernel.last_error = ERROR_ACCESS_DENIED
                return 0
            if pid not in kernel.processes:
                kernel.last_error = ERROR_INVALID_PARAMETER
                return 0
            handle = 1000 + pid
            kernel.open_handles.add(handle)
            return handle

        def GetExitCodeProcess(handle, code):  # noqa: N802
            assert handle in kernel.open_handles
            if kernel.exit_code_fails:
                return 0
            code.value = kernel.processes[handle - 1000][0]
            return 1

        def GetProcessTimes(handle, created, exited, kernel_time, user_time):  # noqa: N802
            assert handle in kernel.open_handles
            if kernel.times_fail:
                return 0
            when = kernel.processes[handle - 1000][1]
            created.dwHighDateTime, created.dwLowDateTime = when >> 32, when & 0xFFFFFFFF
            return 1

        def CloseHandle(handle):  # noqa: N802
            kernel.open_handles.discard(handle)
            kernel.closed.append(handle)
            return 1

        for function in (OpenProcess, GetExitCodeProcess, GetProcessTimes, CloseHandle):
            setattr(self, function.__name__, function)


@pytest.fixture
def windows(monkeypatch):
    """``sys.platform`` is "win32" for the test; ``windows.kernel(processes)`` installs a fake
    kernel32 behind ``ctypes.WinDLL`` (and ``ctypes.get_last_error``, ``ctypes.byref``)."""
    monkeypatch.setattr(sys, "platform", "win32")

    def kernel(processes, denied=frozenset()) -> FakeKernel32:
        fake = FakeKernel32(processes, frozenset(denied))
        monkeypatch.setattr(
            ctypes,
            "WinDLL",
            lambda name, use_last_error=False: fake if name == "kernel32" else None,
            raising=False,
        )
        monkeypatch.setattr(ctypes, "get_last_error", lambda: fake.last_error, raising=False)
        monkeypatch.setattr(ctypes, "byref", lambda obj: obj)
        return fake

    return SimpleNamespace(kernel=kernel)


# ----------------------------------------------------------------------------- the lock
def test_a_running_process_is_alive_and_its_handle_is_closed(windows):
    kernel = windows.kernel({4242: (STILL_ACTIVE, 1)})
    assert lock.pid_alive(4242) is True
    assert kernel.closed == [5242] and not kernel.open_handles


@pytest.mark.parametrize("exit_code", [0, 1, 0xC0000005])  # ended, failed, crashed
def test_a_process_that_exited_is_not_alive(windows, exit_code):
    """A handle is still open somewhere, so the process object exists: its exit code says
    it ended (anything but STILL_ACTIVE)."""
    kernel = windows.kernel({4242: (exit_code, 1)})
    assert lock.pid_alive(4242) is False
    assert not kernel.open_handles


def test_a_process_of_another_user_is_alive(windows):
    """OpenProcess refused with ERROR_ACCESS_DENIED: the process exists (os.kill would have
    terminated it: it is never called on Windows)."""
    windows.kernel({}, denied={4})
    assert lock.pid_alive(4) is True


def test_no_such_process_is_not_alive(windows, monkeypatch):
    windows.kernel({})
    monkeypatch.setattr(os, "kill", lambda *a: pytest.fail("os.kill terminates on Windows"))
    assert lock.pid_alive(31337) is False
    assert lock.pid_alive(0) is False
    assert lock.pid_alive(-1) is False


def test_a_process_whose_exit_code_cannot_be_read_counts_as_alive(windows):
    kernel = windows.kernel({4242: (0, 1)})
    kernel.exit_code_fails = True
    assert lock.pid_alive(4242) is True
    assert not kernel.open_handles


def test_the_process_start_is_its_creation_filetime(windows):
    created = 133_780_000_000_000_000  # 100 ns units since 1601: a day in 2024
    kernel = windows.kernel({4242: (STILL_ACTIVE, created), 77: (STILL_ACTIVE, created + 1)})
    assert lock.process_start(4242) == f"windows:{created}"
    assert lock.process_start(77) == f"windows:{created + 1}"  # a later process, same pid kind
    assert lock.process_start(9) is None  # gone
    kernel.times_fail = True
    assert lock.process_start(4242) is None
    assert not kernel.open_handles


def test_a_lock_left_by_a_crash_is_stale_when_the_pid_was_reused(windows):
    """Same PC: the pid in the lock runs again, but it is another process (another creation
    time): the lock is left over. The same process: not stale."""
    created = 133_780_000_000_000_000
    windows.kernel({4242: (STILL_ACTIVE, created + 10_000_000)})
    info = lock.LockInfo("siti", "PC-PPID", 4242, "", None, lock.time.time(), f"windows:{created}")
    assert lock.lock_is_stale(info, host="PC-PPID")
    same = lock.LockInfo(
        "siti", "PC-PPID", 4242, "", None, lock.time.time(), f"windows:{created + 10_000_000}"
    )
    assert not lock.lock_is_stale(same, host="PC-PPID")


# ----------------------------------------------------------------------------- mapped drives
def test_a_mapped_network_drive_is_found_through_get_drive_type(windows, monkeypatch):
    asked: list[str] = []

    def get_drive_type(root: str) -> int:
        asked.append(root)
        return {"Z:\\": network.DRIVE_REMOTE, "C:\\": 3, "E:\\": 2}.get(root, 1)

    monkeypatch.setattr(
        ctypes,
        "windll",
        SimpleNamespace(kernel32=SimpleNamespace(GetDriveTypeW=get_drive_type)),
        raising=False,
    )
    monkeypatch.setattr(network, "os", SimpleNamespace(path=ntpath))  # Windows' abspath
    assert network.network_location(r"Z:\Ujikon\ujikon.db", platform="win32") == (
        "drive jaringan Z:"
    )
    assert network.network_location(r"z:\Ujikon\ujikon.db", platform="win32") == (
        "drive jaringan Z:"
    )
    assert network.network_location(r"C:\Users\siti\ujikon.db", platform="win32") is None
    assert network.network_location(r"E:\flashdisk\ujikon.db", platform="win32") is None
    assert asked == ["Z:\\", "Z:\\", "C:\\", "E:\\"]


@pytest.mark.parametrize(
    "path",
    [
        r"\\NAS-PPID\arsip\ujikon.db",
        r"\\nas-ppid.serangkab.local\arsip bersama\Ujikon\ujikon.db",
        "//NAS-PPID/arsip/ujikon.db",
        r"\\?\UNC\NAS-PPID\arsip\ujikon.db",
    ],
)
def test_unc_paths_are_network_folders_without_asking_the_drive_type(path):
    def never(root: str) -> int:
        raise AssertionError("a UNC path has no drive letter to ask about")

    found = network.network_location(path, platform="win32", drive_type=never)
    assert found is not None and found.startswith("folder jaringan ")


def test_the_real_drive_type_call_is_refused_off_windows():
    if sys.platform == "win32":
        pytest.skip("the real call runs on Windows")
    with pytest.raises(OSError):
        network._windows_drive_type("C:\\")


# ----------------------------------------------------------------------------- read-only URIs
@pytest.fixture
def windows_paths(windows, monkeypatch):
    """``app.store.files`` sees Windows paths: ntpath, PureWindowsPath."""
    monkeypatch.setattr(store_files, "os", SimpleNamespace(path=ntpath))
    monkeypatch.setattr(store_files, "Path", PureWindowsPath)


def test_a_local_windows_path_becomes_a_file_uri_sqlite_reads(windows_paths):
    path = r"C:\Users\Siti Rohaeti\AppData\Local\PPID Kabupaten Serang\Ujikon\ujikon.db"
    uri = store_files.read_only_uri(path)
    assert uri == (
        "file:///C:/Users/Siti%20Rohaeti/AppData/Local/PPID%20Kabupaten%20Serang/Ujikon/"
        "ujikon.db?mode=ro"
    )
    assert store_files.read_only_uri(path, immutable=True).endswith("?mode=ro&immutable=1")


def test_characters_special_in_a_uri_are_quoted(windows_paths):
    """'#', '?' and '%' in a folder name would end or garble the path part of the URI."""
    path = r"D:\Arsip #2\50% selesai?\ujikon.db"
    uri = store_files.read_only_uri(path)
    location, _, query = uri.partition("?")
    assert query == "mode=ro"
    assert "#" not in location and location.count("?") == 0
    assert urllib.parse.unquote(location.removeprefix("file:///")) == (
        "D:/Arsip #2/50% selesai?/ujikon.db"
    )


def test_a_unc_path_gets_no_uri(windows_paths):
    """SQLite's file: URIs cannot name a share: the caller opens it with query_only alone."""
    assert store_files.read_only_uri(r"\\NAS-PPID\arsip\ujikon.db") is None
    assert store_files.read_only_uri(r"\\NAS-PPID\arsip\ujikon.db", immutable=True) is None


def test_windows_asks_the_folder_by_making_a_file_there(windows, tmp_path):
    """os.access sees no drive write protection on Windows: a probe file is made and removed."""
    target = tmp_path / "ujikon.db"
    assert store_files.location_writable(target) is True
    assert list(tmp_path.iterdir()) == []  # the probe is gone
    assert store_files.location_writable(tmp_path / "tidak-ada" / "ujikon.db") is False


# ----------------------------------------------------------------------------- renames on NT
class FakeClaim:
    def __init__(self, path: Path, events: list[str]) -> None:
        self.path = path
        self.events = events

    def release(self) -> None:
        self.events.append("release")


@pytest.mark.parametrize(("os_name", "released_first"), [("nt", True), ("posix", False)])
def test_windows_releases_the_claim_before_renaming_the_copy(
    monkeypatch, tmp_path, os_name, released_first
):
    """Windows renames no file that is open: on NT the claim on the ``.part`` is released
    before the rename; elsewhere it is kept until the copy has its final name."""
    events: list[str] = []
    part = tmp_path / "ujikon-20261125-1200.sqlite.part"
    part.write_bytes(b"copy")
    final = tmp_path / "ujikon-20261125-1200.sqlite"
    manifest_file = tmp_path / "ujikon-20261125-1200.manifest.json"
    monkeypatch.setattr(
        backup_module, "write_manifest", lambda m, f: events.append(f"manifest {f.name}")
    )
    real_replace = os.replace

    def replace(src, dst):
        events.append("rename")
        real_replace(src, dst)

    monkeypatch.setattr(backup_module.os, "replace", replace)
    monkeypatch.setattr(backup_module.os, "name", os_name)
    synced: list[Path] = []
    monkeypatch.setattr(backup_module, "fsync_dir", synced.append)
    created: list[Path] = []
    backup_module.publish(FakeClaim(part, events), final, object(), manifest_file, created)
    expected = ["manifest " + manifest_file.name]
    expected += ["release", "rename"] if released_first else ["rename"]
    assert events == expected
    assert final.read_bytes() == b"copy" and created == [manifest_file, final]
    assert synced == [tmp_path]


def test_windows_has_no_directory_fsync(monkeypatch, tmp_path):
    opened: list[str] = []
    monkeypatch.setattr(archive_files.os, "name", "nt")
    monkeypatch.setattr(archive_files.os, "open", lambda *a, **k: opened.append(a[0]))
    archive_files.fsync_dir(tmp_path)
    assert opened == []


# ----------------------------------------------------------------------------- data folders
def test_the_data_folder_on_windows_is_under_local_app_data(monkeypatch):
    """Where the README says the database, the key and the log live, and where the
    uninstaller must never delete: platformdirs' Windows answer for Ujikon's names."""
    from platformdirs import windows as pd_windows

    folders = {
        "CSIDL_LOCAL_APPDATA": r"C:\Users\siti\AppData\Local",
        "CSIDL_APPDATA": r"C:\Users\siti\AppData\Roaming",
    }
    monkeypatch.setattr(pd_windows, "get_win_folder", folders.__getitem__)
    dirs = pd_windows.Windows(APP_DIR_NAME, APP_AUTHOR)
    expected = PureWindowsPath(r"C:\Users\siti\AppData\Local\PPID Kabupaten Serang\Ujikon")
    assert PureWindowsPath(dirs.user_data_dir) == expected
    assert PureWindowsPath(dirs.user_config_dir) == expected  # the window's ujikon.ini too
    nsis = (Path(__file__).resolve().parents[1] / "packaging" / "ujikon.nsi").read_text(
        encoding="utf-8"
    )
    assert r'!define DATA_FOLDER "$LOCALAPPDATA\PPID Kabupaten Serang\Ujikon"' in nsis


# ----------------------------------------------------------------------------- printing
def test_windows_prints_through_qt_never_through_lp(monkeypatch):
    """ui.printing hands a PDF to CUPS' lp on Linux; on Windows every page is drawn through
    Qt (QtPdf renders, the Windows printer driver prints), whatever lp may exist."""
    from PySide6.QtPrintSupport import QPrinter

    from ui import printing

    monkeypatch.setattr(printing.shutil, "which", lambda name: "/usr/bin/lp")
    printer = SimpleNamespace(
        outputFormat=lambda: QPrinter.OutputFormat.NativeFormat, printerName=lambda: "Kantor"
    )
    monkeypatch.setattr(sys, "platform", "linux")
    assert printing._cups_queue(printer) == "Kantor"
    monkeypatch.setattr(sys, "platform", "win32")
    assert printing._cups_queue(printer) is None
