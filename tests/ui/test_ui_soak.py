"""A backup, a print or quitting never takes the application down: fifty backups and fifty
prints in a row through the real window's actions (*Cadangkan*, *Cetak…* in the Dokumen
tab, the print dialog accepted, the job to the CUPS queue ``PDF`` or, without CUPS, to a PDF
file), then *Keluar* while one more backup runs: in a process of its own, under the xcb
platform on an Xvfb server this test starts, and offscreen. The process must end with exit
status 0, say nothing about Qt objects, timers or repaints on stderr, and have recorded
every backup and every print in the history (``ui/soak.py`` drives the window)."""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app import clock, demo
from app.history.kinds import EventKind
from app.models import Event
from app.store import close_database, lock_path, open_database
from tests.ui.conftest import TODAY
from tests.ui.support import cups_pdf_files, cups_pdf_out_dir, cups_queue

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 50
BAD_WORDS = (
    "QObject",
    "Timers cannot",
    "Recursive repaint",
    "QBasicTimer",
    "QThread",
    "Fatal Python error",
    "Segmentation",
    "Traceback",
)


@pytest.fixture(scope="module")
def soak_template(tmp_path_factory) -> Path:
    """A small demo database whose cases carry finalised documents (one is printed)."""
    path = tmp_path_factory.mktemp("soak") / "demo.db"
    clock.pin_today(TODAY)
    try:
        open_database(path)
        demo.fill_demo(4)
    finally:
        close_database()
        clock.pin_today(None)
    return path


@pytest.fixture
def xvfb_display():
    """An Xvfb server of this test's own (1366×768, as the clerk's screen); skipped only
    where Xvfb is not installed."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb tidak terpasang: uji platform xcb dilewati (apt install xvfb)")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        # Xvfb writes its display number once it accepts clients (an outside process).
        ready, _, _ = select.select([read_end], [], [], 30)
        number = os.read(read_end, 64).decode().strip() if ready else ""
        if not number:
            pytest.fail("Xvfb did not start within 30 s")
        yield f":{number}"
    finally:
        os.close(read_end)
        server.terminate()
        server.wait(10)


def run_soak(
    db: Path, home: Path, platform: str, display: str | None
) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": platform,
        "UJIKON_USER": "admin",
        "UJIKON_PASSWORD": demo.DEMO_PASSWORD,
        "HOME": str(home),  # a private HOME, as a clean account has
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
    }
    env.pop("DISPLAY", None)
    if display is not None:
        env["DISPLAY"] = display
    return subprocess.run(
        [sys.executable, "main.py", "gui", "--db", str(db), "--soak", str(ROUNDS)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def recorded(db: Path, kind: EventKind) -> int:
    open_database(db)
    try:
        return Event.select().where(Event.jenis == kind.value).count()
    finally:
        close_database()


def wait_for_new_files(before: set[Path], count: int, deadline_s: float = 180) -> int:
    """CUPS-PDF writes the jobs after ``lp`` has returned (an outside process): wait until
    ``count`` new files are there, at most ``deadline_s``; how many there are."""
    end = time.monotonic() + deadline_s
    while True:
        new = len(cups_pdf_files() - before)
        if new >= count or time.monotonic() > end:
            return new
        time.sleep(0.5)


@pytest.mark.parametrize("platform", ["xcb", "offscreen"])
def test_fifty_backups_and_prints_then_quit_leave_exit_status_0_and_a_quiet_stderr(
    platform, soak_template, tmp_path, request
):
    display = request.getfixturevalue("xvfb_display") if platform == "xcb" else None
    db = tmp_path / "demo.db"
    shutil.copy(soak_template, db)
    printed_before, backups_before = (
        recorded(db, EventKind.DOCUMENT_PRINTED),
        recorded(db, EventKind.BACKUP_MADE),
    )
    queue = cups_queue()
    files_before = cups_pdf_files() if queue else set()

    done = run_soak(db, tmp_path / "home", platform, display)

    report = f"exit {done.returncode}\n--- stdout\n{done.stdout[-3000:]}\n--- stderr\n{done.stderr}"
    assert done.returncode == 0, report
    assert f"soak: {ROUNDS} cadangan, {ROUNDS} cetak: baik" in done.stdout, report
    assert "keluar saat cadangan berjalan: dibatalkan dan ditunggu" in done.stdout, report
    for word in BAD_WORDS:
        assert word not in done.stderr, report
    assert not lock_path(db).exists()
    assert recorded(db, EventKind.BACKUP_MADE) - backups_before == ROUNDS
    assert recorded(db, EventKind.DOCUMENT_PRINTED) - printed_before == ROUNDS
    if queue:  # the jobs went through the CUPS queue and CUPS-PDF wrote them
        assert done.stdout.count("antrean PDF") == ROUNDS
        new = wait_for_new_files(files_before, ROUNDS)
        assert new >= ROUNDS, f"{new} berkas baru di {cups_pdf_out_dir()}"
    else:
        assert done.stdout.count(" halaman") == ROUNDS
