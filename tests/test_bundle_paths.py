"""The paths an installed Ujikon depends on: resources found through ``app.resources`` in a
PyInstaller bundle as from the source checkout, the rotating log in the data folder, the
version report of ``main.py --version``, and the network guard of ``--smoke``."""

from __future__ import annotations

import json
import logging
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from app import __version__, about, logs, netguard
from app.resources import RESOURCES, resource, resources_root
from app.store.migrations import current_schema_version

ROOT = Path(__file__).resolve().parents[1]

# Run in a fresh interpreter that believes it is a PyInstaller bundle whose data folder
# (sys._MEIPASS) is the first argument: every module that reads a shipped file is imported
# and says where it reads it.
FROZEN_PROBE = """
import json, sys
sys.frozen = True
sys._MEIPASS = sys.argv[1]
sys.path.insert(0, sys.argv[2])
from app import refdata, resources, sop
from app.documents.render import fonts, letterhead
from ui import translation
print(json.dumps({
    "root": str(resources.resources_root()),
    "resource": str(resources.resource("sop", "sop-2020.toml")),
    "sop_dir": str(sop.SOP_DIR),
    "opd": str(refdata.OPD_FILE),
    "pasal17": str(refdata.PASAL17_FILE),
    "fonts": str(fonts.FONT_DIR),
    "logo": str(letterhead.PLACEHOLDER_LOGO),
    "translations": str(translation.TRANSLATIONS),
    "sop_version": sop.load_current_sop().version,
}))
"""


def test_from_source_the_resources_are_beside_app():
    assert resources_root() == ROOT / "resources" == RESOURCES
    assert resource("sop", "sop-2020.toml").is_file()


def test_in_a_bundle_every_shipped_file_is_read_from_meipass(tmp_path):
    bundle = tmp_path / "Ujikon" / "_internal"
    shutil.copytree(ROOT / "resources", bundle / "resources")
    # The bundle's SOP file says another version: it must be that one that is read.
    sop_file = bundle / "resources" / "sop" / "sop-2020.toml"
    text = sop_file.read_text(encoding="utf-8")
    sop_file.write_text(text.replace('versi = "2020.2"', 'versi = "2020.9"'), encoding="utf-8")
    assert 'versi = "2020.9"' in sop_file.read_text(encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-c", FROZEN_PROBE, str(bundle), str(ROOT)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
    )
    where = json.loads(out.stdout)
    inside = bundle / "resources"
    assert where.pop("sop_version") == "2020.9"
    for name, path in where.items():
        assert Path(path).is_relative_to(inside), (name, path)
    assert Path(where["resource"]) == inside / "sop" / "sop-2020.toml"


def test_frozen_without_meipass_falls_back_to_the_source_layout(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    assert resources_root() == ROOT / "resources"
    monkeypatch.setattr(sys, "_MEIPASS", "/opt/Ujikon/_internal", raising=False)
    assert resources_root() == Path("/opt/Ujikon/_internal/resources")


def test_the_version_in_pyproject_is_the_apps():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["version"] == __version__


# ----------------------------------------------------------------------------- the log
@pytest.fixture
def ujikon_log():
    """The ``ujikon`` logger's handlers as they were, back after the test."""
    logger = logging.getLogger(logs.LOGGER)
    handlers, level = list(logger.handlers), logger.level
    yield logger
    for handler in list(logger.handlers):
        if handler not in handlers:
            logger.removeHandler(handler)
            handler.close()
    for handler in handlers:
        if handler not in logger.handlers:
            logger.addHandler(handler)
    logger.setLevel(level)


def test_the_log_goes_to_the_data_folder(ujikon_log, tmp_path, monkeypatch):
    monkeypatch.setattr("app.paths.data_dir", lambda: tmp_path / "data")
    handler = logs.setup_logging()
    ujikon_log.info("Ujikon mulai")
    handler.flush()
    path = tmp_path / "data" / "ujikon.log"
    assert logs.log_path() == path == logs.log_file()
    line = path.read_text(encoding="utf-8").strip()
    assert line.endswith(f"INFO [{os.getpid()}] Ujikon mulai")


def test_the_log_rotates_and_keeps_a_few_files(ujikon_log, tmp_path):
    path = tmp_path / "ujikon.log"
    logs.setup_logging(path, max_bytes=2000, backups=3)
    for n in range(400):
        ujikon_log.info("baris %03d %s", n, "x" * 40)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["ujikon.log", "ujikon.log.1", "ujikon.log.2", "ujikon.log.3"]
    assert all(p.stat().st_size <= 2000 for p in tmp_path.iterdir())
    assert "baris 399" in path.read_text(encoding="utf-8")  # the newest in the live file


def test_a_refused_rotation_keeps_logging_into_the_same_file(ujikon_log, tmp_path):
    """Windows: another Ujikon process holds the file open, so it cannot be renamed. Every
    record still reaches the file; the rotation is tried again later, and succeeds once the
    other process lets go."""
    path = tmp_path / "ujikon.log"
    handler = logs.setup_logging(path, max_bytes=3000, backups=2)
    assert isinstance(handler, logs.SharedRotatingFileHandler)
    holding = [True]

    def rotate(source: str, dest: str) -> None:
        if holding[0]:
            raise PermissionError(32, "The process cannot access the file", source)
        os.replace(source, dest)

    handler.rotator = rotate
    for n in range(60):  # about 110 bytes each: 3000 bytes after 27 records
        ujikon_log.info("tertahan %02d %s", n, "y" * 40)
    handler.flush()
    text = path.read_text(encoding="utf-8")
    assert all(f"tertahan {n:02d}" in text for n in range(60))  # nothing lost
    assert handler.refused >= 1
    # Not retried at every one of the 33 records past the limit: once per 300 bytes.
    assert handler.refused <= 15
    holding[0] = False
    for n in range(40):
        ujikon_log.info("lepas %02d %s", n, "z" * 40)
    assert (tmp_path / "ujikon.log.1").exists()


def test_setting_up_twice_leaves_one_handler(ujikon_log, tmp_path):
    logs.setup_logging(tmp_path / "a.log")
    logs.setup_logging(tmp_path / "b.log")
    ours = [h for h in ujikon_log.handlers if getattr(h, "_ujikon_log_handler", False)]
    assert len(ours) == 1 and logs.log_file() == tmp_path / "b.log"


def test_a_log_folder_that_cannot_be_made_logs_to_stderr(ujikon_log, tmp_path):
    blocker = tmp_path / "berkas"
    blocker.write_text("bukan folder", encoding="utf-8")
    handler = logs.setup_logging(blocker / "ujikon.log")
    assert type(handler) is logging.StreamHandler
    assert logs.log_file() is None


def test_a_crash_is_logged_with_the_versions_and_the_traceback(ujikon_log, tmp_path):
    path = tmp_path / "ujikon.log"
    logs.setup_logging(path)

    def deep():
        raise ZeroDivisionError("pembagian dengan nol di uji")

    try:
        deep()
    except ZeroDivisionError as exc:
        details = logs.log_crash(type(exc), exc, exc.__traceback__, where="uji")
    text = path.read_text(encoding="utf-8")
    for part in (f"Ujikon {__version__}", "Versi skema basis data", "Traceback", "in deep"):
        assert part in details and part in text
    assert "ZeroDivisionError: pembagian dengan nol di uji" in text
    assert "Kesalahan tak terduga (uji)" in text


# ----------------------------------------------------------------------------- --version
@pytest.mark.sqlite_only  # about.file_schema reads the file itself, unopened
def test_the_version_report_names_versions_and_paths(tmp_path, db):
    from app.models import database

    path = Path(database.database)
    info = about.version_info(path)
    assert info.app_version == __version__
    assert info.schema_version == current_schema_version()
    assert info.sop_version == "2020.2"
    assert info.db_schema == f"skema versi {current_schema_version()}"
    lines = info.lines()
    assert lines[0] == f"Ujikon {__version__}"
    assert f"Basis data: {path} (skema versi {current_schema_version()})" in lines


def test_an_older_file_reports_its_own_schema_version_without_being_changed(tmp_path):
    path = tmp_path / "lama.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE schema_version (version INTEGER, name TEXT, applied_at TEXT)")
    conn.executemany("INSERT INTO schema_version VALUES (?, 'x', '')", [(1,), (2,)])
    conn.commit()
    conn.close()
    before = path.read_bytes()
    assert about.file_schema(path) == "skema versi 2"
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lama.db"]


def test_a_closed_wal_database_is_read_without_leaving_side_files(tmp_path):
    path = tmp_path / "ujikon.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE schema_version (version INTEGER)")
    conn.execute("INSERT INTO schema_version VALUES (6)")
    conn.commit()
    conn.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ujikon.db"]
    assert about.file_schema(path) == "skema versi 6"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ujikon.db"]


def test_a_database_being_written_is_read_with_its_wal(tmp_path):
    """Another process has it open and its last change is still in the -wal only."""
    path = tmp_path / "ujikon.db"
    writer = sqlite3.connect(path)
    writer.execute("PRAGMA journal_mode = WAL")
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("CREATE TABLE schema_version (version INTEGER)")
    writer.execute("INSERT INTO schema_version VALUES (5)")
    writer.commit()
    writer.execute("INSERT INTO schema_version VALUES (6)")
    writer.commit()
    try:
        assert (tmp_path / "ujikon.db-wal").stat().st_size > 0
        assert about.file_schema(path) == "skema versi 6"
    finally:
        writer.close()


def test_a_missing_or_foreign_file_is_said_so(tmp_path):
    assert about.file_schema(tmp_path / "belum.db").startswith("belum ada")
    assert not (tmp_path / "belum.db").exists()
    foreign = tmp_path / "catatan.db"
    foreign.write_text("bukan basis data", encoding="utf-8")
    assert about.file_schema(foreign).startswith("versi skema tidak terbaca")


def test_main_version_prints_the_report(tmp_path):
    out = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(tmp_path / "x.db"), "--version"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout.splitlines()
    assert out[0] == f"Ujikon {__version__}"
    assert out[1] == f"Versi skema basis data: {current_schema_version()}"
    assert out[2] == "Versi SOP: 2020.2"
    assert out[3].startswith(f"Basis data: {tmp_path / 'x.db'} (belum ada")
    assert not (tmp_path / "x.db").exists()  # asking the version creates nothing


def test_the_self_test_flag_is_not_the_windows_smoke_flag():
    """``main.py --smoke`` is the bundle's self-test; ``main.py gui --smoke`` only opens the
    window and quits (CI's xcb check): the two must not be taken for each other."""
    import main

    parser = main.build_parser()
    gui = parser.parse_args(["gui", "--smoke", "--db", "x.db"])
    assert gui.command == "gui" and gui.smoke and not gui.self_test
    top = parser.parse_args(["--smoke"])
    assert top.self_test and top.command is None
    assert not parser.parse_args([]).self_test


# ----------------------------------------------------------------------------- network guard
@pytest.fixture
def guard():
    netguard.attempts.clear()
    netguard.block_network()
    yield netguard
    netguard.unblock_network()
    netguard.attempts.clear()


def test_the_guard_refuses_connections_and_lookups_and_records_them(guard):
    with pytest.raises(netguard.NetworkBlocked):
        socket.create_connection(("192.0.2.1", 80), timeout=0.1)
    with pytest.raises(netguard.NetworkBlocked):
        socket.getaddrinfo("example.org", 443)
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        with pytest.raises(netguard.NetworkBlocked):
            s.connect(("192.0.2.1", 80))
        with pytest.raises(netguard.NetworkBlocked):
            s.connect_ex(("192.0.2.1", 80))
    assert len(guard.attempts) == 4 and guard.blocked()


@pytest.mark.skipif(
    not hasattr(socket, "AF_UNIX") or sys.platform == "win32", reason="no local sockets here"
)
def test_the_guard_lets_local_sockets_through(guard, tmp_path):
    """Qt and CUPS talk over local sockets on the same PC."""
    path = str(tmp_path / "s")
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(path)
        server.listen(1)
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.connect(path)
    assert guard.attempts == []


def test_unblocking_restores_what_was_there(guard):
    guarded_by_conftest = socket.create_connection
    netguard.unblock_network()
    assert not netguard.blocked()
    netguard.block_network()
    assert socket.create_connection is not guarded_by_conftest
    netguard.unblock_network()
    with pytest.raises(RuntimeError, match="network access in tests"):  # conftest's again
        socket.create_connection(("192.0.2.1", 80), timeout=0.1)
    netguard.block_network()


def test_the_environment_variable_turns_the_guard_on(monkeypatch):
    monkeypatch.setenv(netguard.ENV, "1")
    netguard.block_if_asked()
    try:
        assert netguard.blocked()
    finally:
        netguard.unblock_network()
    monkeypatch.setenv(netguard.ENV, "0")
    netguard.block_if_asked()
    assert not netguard.blocked()


# ----------------------------------------------------------------------------- check_bundle
def load_check_bundle():
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "check_bundle", ROOT / "packaging" / "check_bundle.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fake_bundle(tmp_path: Path, check) -> Path:
    """A folder laid out as the spec makes it, with everything check_bundle asks for."""
    dist = tmp_path / "Ujikon"
    internal = dist / "_internal"
    for name in check.EXECUTABLES:
        (dist / name).parent.mkdir(parents=True, exist_ok=True)
        (dist / name).write_bytes(b"exe")
    shutil.copytree(ROOT / "resources", internal / "resources")
    for relative in check.REQUIRED_FILES:
        (internal / relative).parent.mkdir(parents=True, exist_ok=True)
        (internal / relative).write_bytes(b"data")
    (internal / "holidays-0.109.dist-info").mkdir()
    ext = ".pyd" if sys.platform == "win32" else ".abi3.so"
    (internal / "psycopg_binary").mkdir()  # the server driver's compiled parts
    for stem in ("_psycopg", "pq"):
        (internal / "psycopg_binary" / f"{stem}{ext}").write_bytes(b"driver")
    (internal / "PySide6").mkdir()
    for module in check.QT_MODULES:
        (internal / "PySide6" / f"{module}{ext}").write_bytes(b"qt")
    platforms = internal / "PySide6" / "Qt" / "plugins" / "platforms"
    platforms.mkdir(parents=True)
    for stem in ("qwindows", "libqxcb", "libqoffscreen"):
        (platforms / f"{stem}.so").write_bytes(b"plugin")
    return dist


def test_check_bundle_passes_a_complete_bundle_and_names_each_problem(tmp_path, monkeypatch):
    check = load_check_bundle()
    dist = fake_bundle(tmp_path, check)
    modules = set(check.REQUIRED_MODULES)
    monkeypatch.setattr(check, "archive_modules", lambda exe: modules)
    problems, figures = check.check(dist)
    assert problems == [] and figures["files"] > 10

    internal = dist / "_internal"
    (internal / "resources" / "pasal17.toml").unlink()
    (internal / "resources" / "opd_serang.toml").write_text("diubah", encoding="utf-8")
    ext = ".pyd" if sys.platform == "win32" else ".abi3.so"
    (internal / "PySide6" / f"QtQml{ext}").write_bytes(b"qt")
    (internal / "PySide6" / "Qt" / "translations").mkdir()
    (internal / "PySide6" / "Qt" / "lib").mkdir()
    (internal / "PySide6" / "Qt" / "lib" / "libQt6Quick.so.6").write_bytes(b"qt")
    (internal / "pyphen" / "dictionaries" / "hyph_de_DE.dic").write_bytes(b"de")
    modules.discard("openpyxl")
    modules.add("pytest")
    problems, _ = check.check(dist)
    expected = [
        "resource missing: resources/pasal17.toml",
        "resource differs: resources/opd_serang.toml",
        "Qt module Ujikon does not use: PySide6.QtQml",
        "Qt's own translations: PySide6/Qt/translations",
        "unused Qt part: PySide6/Qt/lib/libQt6Quick.so.6",
        "pyphen dictionaries not trimmed: 2",
        "module missing: openpyxl",
        "module that must not be shipped: pytest",
    ]
    for problem in expected:
        assert problem in problems, (problem, problems)
    assert len(problems) == len(expected) + 1  # QtQml.abi3.so is an unused Qt part too


def test_the_self_test_keeps_every_user_file_in_its_folder_on_windows_too(tmp_path, monkeypatch):
    """platformdirs ignores XDG_* on Windows (it asks the shell for AppData): the self-test
    points the data and config folders into its own folder through UJIKON_PROFIL."""
    from app import paths
    from app.signing import keyfile
    from ui import smoke

    for name in ("UJIKON_KUNCI", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "CUPS_SERVER"):
        monkeypatch.setenv(name, os.environ.get(name, ""))  # restored after the test
    for name in ("UJIKON_PROFIL", "UJIKON_USER", "UJIKON_PASSWORD", "UJIKON_BAHASA"):
        monkeypatch.delenv(name, raising=False)
    real = tmp_path / "AppData"  # what platformdirs answers on Windows, whatever XDG_* say
    monkeypatch.setattr(paths, "user_data_dir", lambda *a: str(real / "Local" / "Ujikon"))
    monkeypatch.setattr(paths, "user_config_dir", lambda *a: str(real / "Roaming" / "Ujikon"))
    assert paths.data_dir().is_relative_to(real)  # without the self-test's folder

    folder = tmp_path / "smoke"
    smoke.isolate(folder)
    touched = [
        paths.data_dir(),
        paths.config_dir(),
        paths.default_db_path(),
        logs.log_path(),
        keyfile.key_folder(),
    ]
    assert all(p.is_relative_to(folder) for p in touched), touched
    assert not any(p.is_relative_to(real) for p in touched)


def test_an_empty_profile_variable_means_the_usual_folders(monkeypatch, tmp_path):
    from app import paths

    monkeypatch.setattr(paths, "user_data_dir", lambda *a: str(tmp_path / "usual"))
    monkeypatch.setenv("UJIKON_PROFIL", "  ")
    assert paths.data_dir() == tmp_path / "usual"
