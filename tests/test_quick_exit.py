"""``app.quick_exit.leave``: the process ends with its code after the exit handlers, the
log and the streams, without the interpreter's tear-down; and waits as before while a
thread that is not a daemon still runs."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(script: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script), str(ROOT), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_leave_runs_the_exit_handlers_flushes_the_log_and_skips_the_tear_down(tmp_path):
    done = run(
        """
        import atexit, logging, sys
        from pathlib import Path
        sys.path.insert(0, sys.argv[1])
        folder = Path(sys.argv[2])
        from app.quick_exit import leave
        logging.basicConfig(filename=folder / "log.txt", level=logging.INFO)
        logging.info("baris terakhir log")
        atexit.register(lambda: (folder / "atexit.txt").write_text("jalan"))

        class TornDown:  # a module-level object: the interpreter's tear-down would delete it
            def __del__(self):
                (folder / "teardown.txt").write_text("dihapus")

        kept = TornDown()
        print("keluaran", end="")  # unflushed: a pipe is block-buffered
        leave(3)
        """,
        tmp_path,
    )
    assert done.returncode == 3, done.stderr
    assert done.stdout == "keluaran"
    assert (tmp_path / "atexit.txt").read_text() == "jalan"
    assert "baris terakhir log" in (tmp_path / "log.txt").read_text()
    assert not (tmp_path / "teardown.txt").exists()  # the tear-down was skipped


def test_leave_waits_for_a_thread_that_is_not_a_daemon(tmp_path):
    done = run(
        """
        import sys, threading, time
        from pathlib import Path
        sys.path.insert(0, sys.argv[1])
        folder = Path(sys.argv[2])
        from app.quick_exit import leave
        started = threading.Event()

        def write_later():
            started.set()
            time.sleep(0.3)  # still writing when leave() is called
            (folder / "thread.txt").write_text("selesai")

        threading.Thread(target=write_later, daemon=False).start()
        started.wait()
        leave(4)
        """,
        tmp_path,
    )
    assert done.returncode == 4, done.stderr
    assert (tmp_path / "thread.txt").read_text() == "selesai"


def test_leaving_soon_only_once_armed_and_while_no_other_thread_runs(monkeypatch):
    import threading

    from app import quick_exit

    monkeypatch.setattr(quick_exit, "_armed", [])
    assert not quick_exit.leaving_soon()  # a test, a bench: the ordinary exit follows
    quick_exit.arm()
    assert quick_exit.leaving_soon()
    release = threading.Event()
    worker = threading.Thread(target=release.wait, daemon=False)
    worker.start()
    try:
        assert not quick_exit.leaving_soon()  # the ordinary exit would wait for it
    finally:
        release.set()
        worker.join()
    assert quick_exit.leaving_soon()
