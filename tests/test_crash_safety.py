"""Crash safety: a child process that commits numbered changes is killed with SIGKILL at
random moments; after every kill the file passes integrity_check and holds every change the
child reported as committed. The soak with hundreds of kills is bench/crash_soak.py."""

from __future__ import annotations

import os
import signal
import sys

import pytest

from app import store
from app.checks import run_checks
from app.store import close_database
from bench import crash_soak

pytestmark = [
    pytest.mark.skipif(
        sys.platform == "win32" or not hasattr(signal, "SIGKILL") or not hasattr(os, "fork"),
        reason="SIGKILL and fork are POSIX",
    ),
    # the SQLite file under killed writers (bench/crash_soak.py writes a file); a server's
    # durability is the server's own
    pytest.mark.sqlite_only,
]

KILLS = 40


def test_killed_writers_never_lose_a_committed_change_nor_corrupt_the_file(tmp_path):
    path = tmp_path / "crash.db"
    result = crash_soak.run_soak(path, KILLS, seed=2026)
    assert result.problems == []
    assert result.kills == KILLS
    assert result.committed > KILLS  # most kills land after some commits
    # a kill between COMMIT and the report leaves one unreported row, never more
    assert result.committed <= result.stored <= result.committed + KILLS
    store.open_database(path)  # the next start takes over the lock the last child left
    try:
        assert all(r.ok for r in run_checks()), run_checks()
    finally:
        close_database()


def test_the_harness_catches_a_change_reported_before_its_commit(tmp_path, monkeypatch):
    """The check is not vacuous: a child that reports inside its transaction is caught."""
    early = crash_soak.ZYGOTE.replace(
        '        os.write(1, f"{n}\\n".encode())\n        n += 1',
        '            os.write(1, f"{n}\\n".encode())\n        n += 1',
    )
    assert early != crash_soak.ZYGOTE
    monkeypatch.setattr(crash_soak, "ZYGOTE", early)
    result = crash_soak.run_soak(tmp_path / "crash.db", 10, seed=1, max_lines=5)
    assert result.problems and "committed but missing" in result.problems[0]
