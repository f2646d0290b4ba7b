"""What made the window crash after background jobs and on quit, each checked on its own:
signals that used up ``True`` (PySide6 6.12.0), cyclic garbage collected on a worker, and Qt
objects left to PySide's clean-up at interpreter exit."""

from __future__ import annotations

import gc
import sys
import threading
import weakref

import pytest
from PySide6.QtCore import QObject, Signal
from shiboken6 import Shiboken

from app import clock
from app.store import close_database
from tests.ui.conftest import TODAY
from tests.ui.test_ui_runner import app_environment, make_demo_database  # noqa: F401
from ui.runner import TRUE_SPARE_REFERENCES, GuiThreadCollector, keep_true_alive


class Emitter(QObject):
    ping = Signal()


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="True is immortal from Python 3.12 on")
def test_ten_thousand_signals_do_not_use_up_true(qapp):
    keep_true_alive()
    emitter = Emitter()
    for _ in range(10_000):
        emitter.ping.emit()
    assert sys.getrefcount(True) > TRUE_SPARE_REFERENCES // 2


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_a_hundred_thousand_void_qt_calls_do_not_use_up_none(qapp):
    from PySide6.QtCore import QTimer

    keep_true_alive()
    timer = QTimer()
    for _ in range(100_000):
        timer.setInterval(5)  # returns nothing: PySide 6.12 takes a reference from None
    assert sys.getrefcount(None) > TRUE_SPARE_REFERENCES // 2


def test_keep_true_alive_gives_the_spare_references_once(qapp):
    keep_true_alive()
    before = sys.getrefcount(True)
    keep_true_alive()
    assert abs(sys.getrefcount(True) - before) < 100


class Cyclic(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.me = self  # garbage only the cyclic collector can free


def test_cyclic_garbage_waits_for_the_gui_thread_and_goes_there(qapp):
    was = gc.isenabled()
    collector = GuiThreadCollector()
    try:
        assert not gc.isenabled()
        freed_on: list[int] = []
        made = Cyclic()
        weakref.finalize(made, lambda: freed_on.append(threading.get_ident()))
        del made

        def churn() -> None:  # a worker allocating a lot, as a job does
            junk = [[n] for n in range(50_000)]
            del junk
            assert collector.collect_due() == 0  # not on a worker

        worker = threading.Thread(target=churn)
        worker.start()
        worker.join()
        assert freed_on == []
        limits = gc.get_threshold()
        gc.set_threshold(1, 1, 1)  # every generation due
        try:
            collector.collect_due()
        finally:
            gc.set_threshold(*limits)
        assert freed_on == [threading.main_thread().ident]
    finally:
        collector.stop()
    assert gc.isenabled() == was


def test_quitting_leaves_no_window_or_dialog_for_pysides_clean_up_at_exit(
    tmp_path,
    app_environment,  # noqa: F811
    capsys,
):
    from ui import application

    def ours() -> dict[int, str]:
        return {
            id(w): type(w).__name__
            for w in Shiboken.getAllValidWrappers()
            if isinstance(w, QObject) and Shiboken.isValid(w) and Shiboken.ownedByPython(w)
        }

    clock.pin_today(TODAY)
    try:
        path = make_demo_database(tmp_path / "demo.db", cases=2, documents=True)
        close_database()
        before = ours()  # other tests' objects are not this run's
        code = application.run(path, soak=2)
    finally:
        clock.pin_today(None)
    assert code == 0, capsys.readouterr().err
    left = {name for key, name in ours().items() if key not in before}
    assert not left & {"MainWindow", "BackupDialog", "ProgressDialog", "QPrintDialog", "Runner"}
