"""Benchmark: the window's memory, beside a bare PySide6 window, on an empty database and on a
big one.

    uv run python bench/memory.py [--db FILE] [--runs 3] [--settle 2.0]

Each figure is a fresh process that shows its window, lets its event loop run idle for
``--settle`` seconds, then reads its own ``VmRSS`` (steady) and ``VmHWM`` (peak) from
``/proc/self/status`` and quits:

- **bare window** (the yardstick): ``QApplication``, a ``QMainWindow`` holding a
  ``QTableView`` over an empty model, a menu bar and a status bar;
- **Ujikon, empty database**: ``main.py gui --smoke`` on a database that went through the first
  run (an administrator, the office's kop, no case), logged in unattended (``UJIKON_USER`` /
  ``UJIKON_PASSWORD``, as ``.ci/run`` does), the quit of ``--smoke`` held back by
  ``--settle``;
- **Ujikon, FILE** (``--db``, e.g. the 100,000-case demo; its office key is ``FILE.kunci``
  when that folder exists): the same on a fresh copy of it, logged in as the demo's ``admin``.

Bytecode is cached (``PYTHONPYCACHEPREFIX`` in the temporary folder, one warm-up run of
each first), as on an office PC after its first start. Prints medians (min–max) in MiB, the
ratios the issue sets (empty database at most 1.5× the bare window; the big database at most
40 MiB more than the empty one), and the packages the Ujikon process has imported by then
that the bare window has not, largest first by their number of modules.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "demo-ujikon"

MEASURE = r"""
import json, os, sys, time

def status():
    out = {}
    with open("/proc/self/status") as f:
        for line in f:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                out[key] = int(value.split()[0]) / 1024
    out["modules"] = sorted(sys.modules)
    return out

SHOWN = []

def report():
    out = status()
    out["shown_s"] = (SHOWN[0] if SHOWN else time.time()) - float(os.environ["BENCH_SPAWNED"])
    with open(os.environ["BENCH_OUT"], "w") as f:
        json.dump(out, f)
"""

BARE = (
    MEASURE
    + r"""
from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv)
window = QMainWindow()
view = QTableView()
view.setModel(QStandardItemModel(0, 8))
window.setCentralWidget(view)
window.menuBar().addMenu("Berkas")
window.statusBar().showMessage("Siap")
window.resize(1280, 720)
window.show()
SHOWN.append(time.time())
QTimer.singleShot(int(float(os.environ["BENCH_SETTLE"]) * 1000), lambda: (report(), app.quit()))
sys.exit(app.exec())
"""
)

# The window as main.py starts it; the quit of --smoke (a zero-delay single shot of the
# application's quit) is held back for the settle time and preceded by the measurement.
UJIKON = (
    MEASURE
    + r"""
sys.path.insert(0, os.environ["BENCH_ROOT"])
from PySide6.QtCore import QTimer
real_single_shot = QTimer.singleShot

def single_shot(ms, *args):
    if ms == 0 and len(args) == 1 and getattr(args[0], "__name__", "") == "quit":
        SHOWN.append(time.time())  # --smoke quits here: the window is shown
        quit_app = args[0]
        settle = int(float(os.environ["BENCH_SETTLE"]) * 1000)
        return real_single_shot(settle, lambda: (report(), quit_app()))
    return real_single_shot(ms, *args)

QTimer.singleShot = single_shot
import main
sys.exit(main.main(["gui", "--smoke", "--db", os.environ["BENCH_DB"]]))
"""
)


def make_empty(path: Path) -> None:
    """A database after the first run: the administrator and the office's kop, no case."""
    code = (
        "import sys; sys.path.insert(0, sys.argv[1])\n"
        "from app import setup, store\n"
        "store.open_database(sys.argv[2])\n"
        "setup.first_run(setup.FirstRun(username='admin', nama_lengkap='Administrator Uji', "
        f"password={PASSWORD!r}, kop_pemerintah='PEMERINTAH KABUPATEN SERANG', "
        "kop_instansi='DINAS KOMUNIKASI, INFORMATIKA, PERSANDIAN DAN STATISTIK', "
        "kop_alamat=['Jl. Veteran No. 1, Serang']))\n"
        "store.close_database()\n"
    )
    subprocess.run([sys.executable, "-c", code, str(ROOT), str(path)], check=True)


def measure(script: str, env: dict[str, str], out: Path) -> dict:
    """Run ``script`` in a fresh process; what it reported (VmRSS, VmHWM in MiB, its
    modules, ``shown_s``: seconds from the process's start to its window shown)."""
    out.unlink(missing_ok=True)
    import time

    subprocess.run(
        [sys.executable, "-c", script],
        env=dict(env, BENCH_SPAWNED=repr(time.time())),
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        timeout=300,
    )
    return json.loads(out.read_text())


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):.0f} ({min(values):.0f}–{max(values):.0f})"


def packages(modules: list[str]) -> dict[str, int]:
    counted: dict[str, int] = {}
    for name in modules:
        top = name.split(".")[0]
        counted[top] = counted.get(top, 0) + 1
    return counted


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, help="a big database (e.g. the 100,000-case demo)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--settle", type=float, default=2.0)
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout to measure")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="ujikon-memori-"))
    out = scratch / "hasil.json"
    base = dict(os.environ)
    # Bytecode cached, as on an office PC after the first start (this environment may turn
    # caching off; a module compiled from source at every start costs memory too).
    base.pop("PYTHONDONTWRITEBYTECODE", None)
    base.update(
        PYTHONPYCACHEPREFIX=str(Path(tempfile.gettempdir()) / "ujikon-bench-pycache"),
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        BENCH_OUT=str(out),
        BENCH_SETTLE=str(args.settle),
        BENCH_ROOT=str(args.root.resolve()),
        XDG_CONFIG_HOME=str(scratch / "config"),
        XDG_DATA_HOME=str(scratch / "data"),
        UJIKON_USER="admin",
        UJIKON_PASSWORD=PASSWORD,
    )
    empty = scratch / "kosong.db"
    empty_env = dict(base, UJIKON_KUNCI=str(scratch / "kunci-kosong"), BENCH_DB=str(empty))
    os.environ["UJIKON_KUNCI"] = empty_env["UJIKON_KUNCI"]  # the empty database's own key
    make_empty(empty)

    measure(BARE, base, out)  # warm-up: bytecode written, shared libraries in the page cache
    measure(UJIKON, empty_env, out)
    rows: dict[str, list[dict]] = {"bare": [], "empty": [], "big": []}
    for run in range(args.runs):
        rows["bare"].append(measure(BARE, base, out))
        rows["empty"].append(measure(UJIKON, empty_env, out))
        if args.db is not None:
            copy = scratch / "besar.db"
            for suffix in ("", "-wal", "-shm"):
                Path(str(copy) + suffix).unlink(missing_ok=True)
            shutil.copyfile(args.db, copy)
            key = args.db.with_name(args.db.name + ".kunci")
            big_env = dict(base, BENCH_DB=str(copy))
            if key.is_dir():
                big_env["UJIKON_KUNCI"] = str(key)
            rows["big"].append(measure(UJIKON, big_env, out))
        last = {k: v[-1]["VmRSS"] for k, v in rows.items() if v}
        print(
            f"run {run + 1}: " + ", ".join(f"{k} {v:.0f} MiB" for k, v in last.items()), flush=True
        )

    def med(key: str, field: str) -> float:
        return statistics.median(r[field] for r in rows[key])

    labels = {
        "bare": "bare PySide6 window (QMainWindow + QTableView)",
        "empty": "Ujikon, empty database (first run done, no case)",
        "big": f"Ujikon, {args.db.name if args.db else ''}",
    }
    print()
    print(f"Medians of {args.runs} fresh processes, idle {args.settle:g} s after showing, MiB")
    print()
    print(
        "| process | steady RSS | peak RSS (VmHWM) | steady ÷ bare window "
        "| process start to window shown, s |"
    )
    print("|---|---:|---:|---:|---:|")
    for key, label in labels.items():
        if not rows[key]:
            continue
        rss = [r["VmRSS"] for r in rows[key]]
        hwm = [r["VmHWM"] for r in rows[key]]
        shown = [r["shown_s"] for r in rows[key]]
        print(
            f"| {label} | {spread(rss)} | {spread(hwm)} "
            f"| {med(key, 'VmRSS') / med('bare', 'VmRSS'):.2f}× "
            f"| {statistics.median(shown):.2f} ({min(shown):.2f}–{max(shown):.2f}) |"
        )
    if rows["big"]:
        print(
            f"\n{labels['big']} adds {med('big', 'VmRSS') - med('empty', 'VmRSS'):.0f} MiB "
            "steady to the empty database (the issue: at most 40)."
        )
    bare_pkgs = packages(rows["bare"][-1]["modules"])
    mine = packages(rows["empty"][-1]["modules"])
    extra = sorted(
        ((n, c) for n, c in mine.items() if n not in bare_pkgs), key=lambda x: (-x[1], x[0])
    )
    print(
        f"\nModules imported: bare window {len(rows['bare'][-1]['modules'])}, Ujikon "
        f"{len(rows['empty'][-1]['modules'])}; packages only Ujikon has loaded (modules):"
    )
    print(", ".join(f"{n} ({c})" for n, c in extra[:40]))
    if rows["big"]:
        more = sorted(set(rows["big"][-1]["modules"]) - set(rows["empty"][-1]["modules"]))
        print(f"\nModules only the big database's process loaded ({len(more)}):")
        print(", ".join(more[:60]))
    shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
