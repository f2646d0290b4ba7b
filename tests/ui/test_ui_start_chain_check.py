"""The administrator's start-up check of the history chain runs on a worker: at 100,000 cases
it reads a million and a half events, which held the window frozen for tens of seconds right
after *Masuk* and kept Ujikon's process alive after quitting. It still warns when the chain
was changed outside the app, and it stops when asked."""

from __future__ import annotations

import pytest

from app.history import verify_chain
from app.history.chain import ChainCheckStopped
from app.models import Event, database
from ui.application import warn_admin_about_tampering
from ui.runner import get_runner


def test_a_chain_changed_outside_is_reported_from_the_worker(window, login, boxes, qtbot):
    target = Event.select().order_by(Event.id).first()
    database.execute_sql(
        f'UPDATE "{Event._meta.table_name}" SET ringkasan = ? WHERE id = ?',
        ("diubah dengan sqlite3", target.id),
    )
    runner = get_runner()
    warn_admin_about_tampering(window, login, runner)
    assert runner.busy()  # the walk is on a worker, the window keeps working
    qtbot.waitUntil(lambda: "diubah di luar aplikasi" in boxes.texts("warning"), timeout=10000)
    assert f"#{target.id}" in boxes.texts("warning")


def test_an_intact_chain_says_nothing(window, login, boxes, qtbot):
    runner = get_runner()
    warn_admin_about_tampering(window, login, runner)
    qtbot.waitUntil(lambda: not runner.busy(), timeout=10000)
    assert boxes.texts("warning") == ""


def test_the_walk_stops_when_asked(ui_db):
    with pytest.raises(ChainCheckStopped):
        verify_chain(stop=lambda: True)
    assert verify_chain(stop=lambda: False).ok
