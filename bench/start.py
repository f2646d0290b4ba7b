"""Benchmark: starting Ujikon, beside a bare PySide6 window and one Argon2 check.

    uv run python bench/start.py --db FILE [--db FILE …] [--runs 5] [--code DIR]

Each FILE is a demo database (``main.py demo --db FILE --cases N``; the demo accounts log in
with ``demo-ujikon``), its office key in ``FILE.kunci`` when the demo was made with
``UJIKON_KUNCI=FILE.kunci`` (without its key a sealed file opens only read-only, and the run
would wait on that question). Every run is a fresh process; the times are taken from the moment the
process is launched:

- *login dialog painted*: ``main.py gui`` until the login dialog's first paint, beside a
  **bare window** process (``import PySide6.QtWidgets``, a QMainWindow with a QTableView,
  shown, until its first paint);
- *Masuk → main window painted*: from pressing *Masuk* (the dialog filled in 1.5 s after it
  painted: a quick clerk's typing) to the end of the main window's first paint with the case
  list's rows, beside **one Argon2 check** of the same account's hash with its own
  parameters (``argon2-cffi``);
- *unattended start*: ``main.py gui --smoke`` with UJIKON_USER / UJIKON_PASSWORD, the
  whole process, beside the bare window process plus one Argon2 check.

Ujikon is started as ``main.py gui --db FILE``; with ``--as-installed``, FILE is copied to the
default path (in the bench's own data folder) and Ujikon is started without ``--db``, as the
installed shortcut and the quick start start it.

Medians of ``--runs`` (after one unmeasured start that compiles the modules, as an installed
Ujikon has them), with min–max, and the ratios the issue asks for.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "demo-ujikon"
TYPING_MS = 1500  # from the login dialog's paint to Masuk: typing a name and a password

BARE = r"""
import sys, time, json
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QTableView())
window.resize(1340, 720)
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, lambda: (print(json.dumps({"painted": time.time()})), app.quit()))
            obj.removeEventFilter(self)
        return False
watch = Painted()
window.installEventFilter(watch)
window.show()
app.exec()
"""

# The login, driven from inside the real application: the dialog is filled in and Masuk
# pressed once it has painted; the main window's first paint with rows ends the run.
DRIVER = r"""
import json, os, sys, time
sys.path.insert(0, os.environ["BENCH_CODE"])
marks = {}
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
import ui.dialogs.login as login
import ui.application as application

class Watch(QObject):
    def __init__(self, name, then=None):
        super().__init__()
        self.name, self.then = name, then
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and self.name not in marks:
            def done():
                marks[self.name] = time.time()
                if self.then:
                    self.then(obj)
            QTimer.singleShot(0, done)
        return False

class MainPainted(QObject):
    # The main window's first paint with rows, watched application-wide: importing
    # ui.main_window here to wrap it would load the window's modules before the login dialog,
    # which the application itself does not do.
    def eventFilter(self, obj, event):
        if (event.type() == QEvent.Type.Paint and "main_painted_pending" not in marks
                and type(obj).__name__ == "MainWindow"):
            window = obj
            def done():
                marks["main_painted"] = time.time()
                marks["rows"] = window.case_list.model.rowCount()
                QApplication.instance().quit()
            marks["main_painted_pending"] = 1
            QTimer.singleShot(0, done)
        return False

real_exec = login.LoginDialog.exec
def exec_(dialog):
    def typed():
        dialog.username.setText("admin")
        dialog.password.setText(os.environ["BENCH_PASSWORD"])
        marks["masuk"] = time.time()
        dialog.accept()
    def press(obj):  # a clerk types a name and a password first
        QTimer.singleShot(int(os.environ["BENCH_TYPING_MS"]), typed)
    dialog._bench_watch = Watch("login_painted", press)
    dialog.installEventFilter(dialog._bench_watch)
    if not hasattr(login, "_bench_main"):
        login._bench_main = MainPainted()
        QApplication.instance().installEventFilter(login._bench_main)
    return real_exec(dialog)
login.LoginDialog.exec = exec_

import main  # started as main.py starts it: with --db FILE, or without (the default path)
code = main.main(json.loads(os.environ["BENCH_ARGV"]))
print(json.dumps(marks))
"""


def median_spread(values: list[float], digits: int = 0) -> str:
    med = statistics.median(values)
    if len(values) == 1:
        return f"{med:,.{digits}f}"
    return f"{med:,.{digits}f} ({min(values):,.{digits}f}–{max(values):,.{digits}f})"


def last_json(out: str) -> dict:
    for line in reversed(out.splitlines()):
        line = line.strip()
        if line.startswith("{"):
            return json.loads(line)
    raise RuntimeError(f"no result in: {out[-2000:]}")


def environment(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # An installed Ujikon has its modules compiled (.pyc); without that every start would
    # compile peewee and the rest again. They go to a folder of this bench, not the checkout.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(home / "pycache")
    env["XDG_CONFIG_HOME"] = str(home / "config")  # a fresh window layout every run
    env["XDG_DATA_HOME"] = str(home / "data")
    return env


def bare_window(env: dict[str, str]) -> float:
    started = time.time()
    out = subprocess.run(
        [sys.executable, "-c", BARE], env=env, capture_output=True, text=True, check=True
    ).stdout
    return (last_json(out)["painted"] - started) * 1000


def bare_window_process(env: dict[str, str]) -> float:
    """The whole bare-window process: start, paint, quit."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", BARE], env=env, capture_output=True, check=True)
    return (time.perf_counter() - started) * 1000


def with_key(db: Path, env: dict[str, str]) -> dict[str, str]:
    """The database's office key, ``FILE.kunci`` beside it, when there is one."""
    key = db.with_name(db.name + ".kunci")
    return dict(env, UJIKON_KUNCI=str(key)) if key.is_dir() else env


def gui_arguments(db: Path | None) -> list[str]:
    """``main.py gui --db FILE``, or ``main.py gui`` (None: the database at the default path,
    as the installed shortcut starts it)."""
    return ["gui", "--db", str(db)] if db is not None else ["gui"]


def ujikon_login(
    code: Path, db: Path, env: dict[str, str], as_installed: bool = False
) -> tuple[float, float, int]:
    env = dict(
        with_key(db, env),
        BENCH_CODE=str(code),
        BENCH_ARGV=json.dumps(gui_arguments(None if as_installed else db)),
        BENCH_PASSWORD=PASSWORD,
        BENCH_TYPING_MS=str(TYPING_MS),
    )
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-c", DRIVER],
        env=env,
        capture_output=True,
        text=True,
        cwd=code,
        timeout=120,  # a question nobody answers (a missing office key) would wait forever
    )
    marks = last_json(done.stdout)
    login_ms = (marks["login_painted"] - started) * 1000
    masuk_ms = (marks["main_painted"] - marks["masuk"]) * 1000
    return login_ms, masuk_ms, int(marks.get("rows", 0))


def unattended(code: Path, db: Path, env: dict[str, str], as_installed: bool = False) -> float:
    env = dict(with_key(db, env), UJIKON_USER="admin", UJIKON_PASSWORD=PASSWORD)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, str(code / "main.py"), *gui_arguments(None if as_installed else db)]
        + ["--smoke"],
        env=env,
        capture_output=True,
        check=True,
        cwd=code,
    )
    return (time.perf_counter() - started) * 1000


def argon2_check(db: Path) -> float:
    """One verification of the admin's stored hash, its own parameters (argon2-cffi)."""
    from argon2 import PasswordHasher
    from argon2.exceptions import VerifyMismatchError

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    columns = [r[1] for r in conn.execute('PRAGMA table_info("user")')]
    column = next(c for c in columns if "hash" in c or "sandi" in c)
    stored = conn.execute(f'SELECT "{column}" FROM "user" WHERE username = ?', ("admin",))
    hashed = stored.fetchone()[0]
    conn.close()
    started = time.perf_counter()
    try:
        PasswordHasher().verify(hashed, PASSWORD)
    except VerifyMismatchError:
        pass
    return (time.perf_counter() - started) * 1000


def copied_to_default_path(code: Path, db: Path, env: dict[str, str]) -> Path:
    """A copy of ``db`` (and its WAL) at the default path of ``code`` in the bench's data
    folder, its office key beside it as ``FILE.kunci`` (``with_key``)."""
    ask = "import sys; sys.path.insert(0, sys.argv[1]); from app.paths import default_db_path; "
    ask += "print(default_db_path())"
    where = subprocess.run(
        [sys.executable, "-c", ask, str(code)], env=env, capture_output=True, text=True, check=True
    )
    target = Path(where.stdout.strip())
    target.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal"):
        source = Path(str(db) + suffix)
        if source.exists():
            shutil.copyfile(source, str(target) + suffix)
    key = db.with_name(db.name + ".kunci")
    if key.is_dir():
        shutil.copytree(key, target.with_name(target.name + ".kunci"), dirs_exist_ok=True)
    return target


def cases_in(db: Path) -> int:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute('SELECT count(*) FROM "case"').fetchone()[0]
    finally:
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, action="append", required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--code", type=Path, default=ROOT)
    parser.add_argument(
        "--as-installed",
        action="store_true",
        help="each FILE copied to the default path and Ujikon started without --db",
    )
    args = parser.parse_args()
    code = args.code.resolve()
    home = Path(tempfile.mkdtemp(prefix="ujikon-mulai-"))
    env = environment(home)
    print(f"code of {code}, {args.runs} runs\n")
    print(
        "| cases | bare window painted | login dialog painted | ratio | Argon2 check "
        "| Masuk → main window painted | beyond the check | bare process + check "
        "| unattended start | ratio |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    installed = args.as_installed
    for db in args.db:
        db = db.resolve()
        if installed:
            db = copied_to_default_path(code, db, env)
        bare, login, masuk, check, bare_proc, smoke = [], [], [], [], [], []
        rows = 0
        bare_window(env)  # once, unmeasured: the compiled modules written, files cached
        ujikon_login(code, db, env, installed)
        for _ in range(args.runs):  # interleaved: the machine's load falls on both
            bare.append(bare_window(env))
            login_ms, masuk_ms, rows = ujikon_login(code, db, env, installed)
            login.append(login_ms)
            masuk.append(masuk_ms)
            check.append(argon2_check(db))
            bare_proc.append(bare_window_process(env))
            smoke.append(unattended(code, db, env, installed))
        yard = statistics.median(bare_proc) + statistics.median(check)
        print(
            f"| {cases_in(db):,} | {median_spread(bare)} | {median_spread(login)} "
            f"| {statistics.median(login) / statistics.median(bare):.2f}× "
            f"| {median_spread(check)} | {median_spread(masuk)} "
            f"| {statistics.median(masuk) - statistics.median(check):,.0f} "
            f"| {yard:,.0f} | {median_spread(smoke)} | {statistics.median(smoke) / yard:.2f}× |",
            flush=True,
        )
        if rows == 0:
            print(f"  (the main window showed no rows for {db})")


if __name__ == "__main__":
    main()
