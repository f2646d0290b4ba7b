"""A yearly archive passes ``check`` whole, its row seals included: cutting the copy down
to one year kept the seals of what it keeps (they were deleted with the rows of other
years, every kept row then reported as added outside Ujikon)."""

from __future__ import annotations

from app import store, tasks
from app.checks import run_checks
from app.demo import fill_demo
from tests.conftest import real_sqlite


def test_a_yearly_archive_checks_whole_with_its_seals(tmp_path):
    path = real_sqlite(tmp_path / "kantor.db")
    store.open_database(path)
    try:
        fill_demo(cases=4)
    finally:
        store.close_database()
    result = tasks.yearly_archive(path, 2026, tmp_path / "arsip")
    assert result.code == 0, result.err
    archive = real_sqlite(next((tmp_path / "arsip").glob("ujikon-arsip-2026*.sqlite")))
    store.open_database(archive, read_only=True)
    try:
        assert [(r.name, r.message) for r in run_checks() if not r.ok] == []
    finally:
        store.close_database()
