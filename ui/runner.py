"""The background runner: one way to run long work off the GUI thread.

``get_runner()`` is the application's ``Runner``, a QObject on the GUI thread. ``start(title,
work)`` runs ``work(report)`` on a worker thread of its own and returns a ``Job``;
``run_with_progress(parent, title, work)`` does the same behind a modal progress dialog with
*Batal* and returns the ``JobOutcome`` once the job has ended (the window keeps repainting
meanwhile).

``report(done, total, text)`` sends progress and returns False once the job was cancelled;
``report.cancelled()`` only asks. Progress, the result and the error travel to the GUI thread
only as queued signals whose receiver is the job's QObject, which lives on the GUI thread: so
every slot connected to a ``Job`` runs on the GUI thread, and no widget, dialog or timer is
touched by a worker. When a job ends, whatever happened, its worker closes its own database
connection (``workspace.end_thread``: peewee keeps one per thread).

Quitting (``shutdown``, connected to ``QApplication.aboutToQuit``) cancels the running jobs and
waits for their threads, at most ``QUIT_WAIT_SECONDS`` (then it says so in the log); only then
may the window's Qt objects go and the database close.

Why plain ``threading.Thread`` workers: they are joinable with a timeout, and they are what
``threading.enumerate()`` shows. A QThread that runs Python code stays in that list as a
``_DummyThread`` for ever once anything in it asks for ``threading.current_thread()`` (logging
does), so "no thread is left" could not be checked. Qt objects a job makes itself (QtPdf while
printing) are made, used and dropped on its worker; Qt adopts the thread for them.
"""

from __future__ import annotations

import ctypes
import gc
import itertools
import sys
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# ``Qt`` (the namespace) is read as ``QtCore.Qt`` where it is used, not imported here: PySide
# builds all of its enums on the first access (13 ms), and this module is imported before
# the login dialog paints (tests/test_render_reuse.py).
from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.messages import log

QUIT_WAIT_SECONDS = 5.0  # how long quitting waits for running jobs
SHOW_AFTER_MS = 300  # a job the user waits for shows its dialog only if it takes longer
PROGRESS_INTERVAL_S = 0.04  # progress with the same text reaches the GUI at most this often

_abandoned: list[Job] = []  # jobs still running after the quit wait: kept until the process ends
_gc_holds = [0, True]  # how many runners have jobs; whether the collector ran before the first
COLLECT_INTERVAL_MS = 1000  # how often the GUI thread looks whether a collection is due


def _hold_gc(hold: bool) -> None:
    """Python's cyclic garbage collector runs on whichever thread happens to allocate: on a
    worker it could destroy a widget or another GUI-thread QObject caught in a reference
    cycle. While jobs run it is off; it is back on (and collects, here on the GUI thread)
    when the last one has ended. (The application goes further: ``GuiThreadCollector``.)"""
    if hold:
        if _gc_holds[0] == 0:
            _gc_holds[1] = gc.isenabled()
            gc.disable()
        _gc_holds[0] += 1
        return
    _gc_holds[0] -= 1
    if _gc_holds[0] == 0 and _gc_holds[1]:
        gc.enable()
        # The young generations only, what the jobs left behind: a full collection here
        # stalled the window 150-250 ms at 100,000 cases after every job. The older ones
        # are collected when Python's thresholds say, as always.
        gc.collect(1)


class GuiThreadCollector(QObject):
    """Cyclic garbage is collected on the GUI thread only, for the application's whole life.

    Holding the collector while jobs run is not enough: other Python threads allocate too
    (the database lock's heartbeat, a job's last lines after its hold ended), and a
    collection they start destroys whatever Qt objects sit in the garbage (a closed dialog
    and its lambdas) on their thread: "Timers cannot be stopped from another thread",
    "Recursive repaint detected", then a crash. So the automatic collector is off
    (``gc.disable``), and a timer on the GUI thread runs the generations that are due by
    Python's own thresholds (Anki does the same, ``aqt/main.py``). ``stop`` collects one
    last time and gives the collector back as it was.

    Without a stall: a full collection walks every object Python tracks (the modules,
    Qt's wrappers, peewee's models: 150-250 ms on the 2-core office PC), so the young
    generations are collected when due, and the oldest one only once the user has left the
    window alone for ``FULL_WHEN_IDLE_S`` (no key, click or wheel), and not more often than
    every ``FULL_EVERY_S``. ``freeze`` (after the main window's first paint) moves what
    start-up made into Python's permanent generation (``gc.freeze``), which no collection
    walks: a later full collection only walks what came after. ``unfreeze`` gives them back
    when the window goes (log-out, another database), so the old window's objects can go."""

    FULL_WHEN_IDLE_S = 2.0
    FULL_EVERY_S = 60.0
    INPUT = frozenset(
        {
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseMove,
            QEvent.Type.Wheel,
        }
    )

    def __init__(self, parent: QObject | None = None, *, watch_input: bool = True) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._last_input = time.monotonic()
        self._last_full = time.monotonic()
        self._watching = False
        if watch_input:
            self.watch_input()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start(COLLECT_INTERVAL_MS)

    def watch_input(self) -> None:
        """See the user's input from now on (an application-wide event filter), and with it
        allow full collections while the window is left alone. The application calls it
        after the main window's first paint: the filter's first call for an object of one of
        Qt's private classes (a rich-text label's text control) costs PySide about 25 ms
        once, which would otherwise fall before the login dialog's first paint."""
        app = QCoreApplication.instance()
        if app is not None and not self._watching:
            app.installEventFilter(self)
            self._watching = True
            self._last_input = time.monotonic()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() in self.INPUT:
            self._last_input = time.monotonic()
        return False

    @Slot()
    def collect_due(self) -> int:
        """Collect the generations whose thresholds are passed (the oldest only while the
        window is left alone); how many objects were found."""
        if threading.get_ident() != threading.main_thread().ident:
            return 0
        counts, limits = gc.get_count(), gc.get_threshold()
        now = time.monotonic()
        if (
            self._watching  # else there is no telling whether the user is typing
            and limits[2]
            and counts[2] >= limits[2]
            and now - self._last_input >= self.FULL_WHEN_IDLE_S
            and now - self._last_full >= self.FULL_EVERY_S
        ):
            self._last_full = now
            return gc.collect(2)
        for generation in (1, 0):
            if limits[generation] and counts[generation] >= limits[generation]:
                return gc.collect(generation)
        return 0

    def freeze(self) -> None:
        """What exists now is kept for good: no collection walks it any more."""
        gc.collect(1)  # the young garbage first, not to keep it
        gc.freeze()

    def unfreeze(self) -> None:
        """Collections walk everything again (the window that held them is going)."""
        gc.unfreeze()
        self._last_full = 0.0  # the next idle moment collects it all

    def stop(self, collect: bool = True) -> None:
        """No more collections from here; the last one now, on this thread, unless
        ``collect`` is False (the process ends next without the interpreter's tear-down,
        which is what the last collection prepares for: ``app.quick_exit``)."""
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None and self._watching:
            app.removeEventFilter(self)
            self._watching = False
        if not collect:
            return
        gc.unfreeze()
        gc.collect()
        if self._was_enabled and _gc_holds[0] == 0:
            gc.enable()


TRUE_SPARE_REFERENCES = 1 << 40


def keep_true_alive() -> None:
    """PySide6 6.12.0 on Python 3.11 returns two objects without a reference of its own:
    ``True`` from ``SignalInstance.emit``, and ``None`` from every method of a Qt class that
    returns nothing (``setText``, ``setInterval``, ``processEvents``, …): each call takes one
    reference away from it (``sys.getrefcount`` falls by one a call). Where they are not yet
    immortal, a session reaches zero: "Fatal Python error: bool_dealloc" after a few
    thousand signals (fifty backups), "none_dealloc" after some ten thousand void calls
    (typing and sorting in the case list at 100,000 cases did it in a minute), or memory
    corrupted before. Both are given 2**40 references more, once; on Python 3.12 and later
    they are immortal and nothing is done."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for singleton in (True, None):
        if sys.getrefcount(singleton) > TRUE_SPARE_REFERENCES // 2:
            continue  # done already
        before = sys.getrefcount(singleton)
        count = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt, the first field
        count.value += TRUE_SPARE_REFERENCES
        if sys.getrefcount(singleton) != before + TRUE_SPARE_REFERENCES:  # not that layout
            count.value -= TRUE_SPARE_REFERENCES


keep_true_alive()  # before any window code emits a signal or calls Qt


@dataclass(frozen=True)
class JobOutcome:
    """How a job ended: its result, or the exception it raised; ``cancelled`` when Batal was
    pressed (or the application quit) while it ran."""

    result: Any
    error: BaseException | None
    cancelled: bool


class Report:
    """What a job is given: ``report(done, total, text="") -> bool`` (False: cancelled)."""

    def __init__(self, job: Job, cancel: threading.Event) -> None:
        self._job: Job | None = job  # cut when the job has ended
        self._cancel = cancel
        self._lock = threading.Lock()
        self._last: tuple[str, float] | None = None  # text and time of the last one sent
        self._held: tuple[int, int, str] | None = None  # a newer one not sent yet
        self._hooks: list[Callable[[], None]] | None = []  # ``on_cancel``; None once ended

    def __call__(self, done: int, total: int, text: str = "") -> bool:
        update = (int(done), int(total), str(text))
        now = time.monotonic()
        with self._lock:
            send = (
                self._last is None
                or self._last[0] != update[2]
                or now - self._last[1] >= PROGRESS_INTERVAL_S
                or update[0] >= update[1] > 0
            )
            if send:
                self._last, self._held = (update[2], now), None
            else:
                self._held = update
        if send:
            self._post(update)
        return not self._cancel.is_set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def wait(self, timeout_s: float) -> bool:
        """Wait until the job is cancelled, at most ``timeout_s``; whether it was (for a job
        that waits on something outside, such as a printer)."""
        return self._cancel.wait(timeout_s)

    def flush(self) -> None:
        """Send the newest progress that was held back (the job's last word)."""
        with self._lock:
            held, self._held = self._held, None
        if held is not None:
            self._post(held)

    def send(self, value: Any) -> None:
        """Hand ``value`` to the GUI thread before the job ends (a first page, while the
        rest is read): the job's ``delivered`` signal brings it there, in the order sent and
        before ``finished``."""
        job = self._job
        if job is not None and not job.detached:
            job._posted_value.emit(value)

    def on_cancel(self, hook: Callable[[], None]) -> None:
        """Call ``hook`` when the job is cancelled while its work runs (at once if it was
        already), from the thread that cancels it: for work that waits inside a call that
        can be stopped from another thread, such as an SQLite statement (the connection's
        ``interrupt``). The hooks are dropped when the work returns, so they never reach
        what the thread does next."""
        with self._lock:
            if self._hooks is not None and not self._cancel.is_set():
                self._hooks.append(hook)
                return
            due = self._hooks is not None
        if due:
            hook()

    def _cancelled_now(self) -> None:
        with self._lock:
            hooks, self._hooks = self._hooks, ([] if self._hooks is not None else None)
            for hook in hooks or ():
                try:
                    hook()
                except Exception:  # a hook must not stop the cancel
                    log.exception("Pembatalan pekerjaan tidak dapat diteruskan")

    def _work_ended(self) -> None:
        with self._lock:
            self._hooks = None

    def _post(self, update: tuple[int, int, str]) -> None:
        job = self._job
        if job is not None and not job.detached:
            job._posted_progress.emit(*update)


class Job(QObject):
    """One job. Made by the runner on the GUI thread; its signals are emitted there."""

    progressed = Signal(int, int, str)  # done, total, text
    delivered = Signal(object)  # what the work handed over with ``report.send``
    finished = Signal(object)  # the JobOutcome, once the worker thread has ended

    _posted_progress = Signal(int, int, str)  # emitted on the worker, queued to this object
    _posted_value = Signal(object)
    _posted_end = Signal()

    _numbers = itertools.count(1)

    def __init__(
        self,
        title: str,
        work: Callable[[Report], Any],
        on_end: Callable[[Job], None],
        lane: Lane | None = None,
    ) -> None:
        super().__init__()
        self.title = title
        self.outcome: JobOutcome | None = None
        self.detached = False  # still running after the quit wait: it reports nothing more
        self._work: Callable[[Report], Any] | None = work
        self._on_end = on_end
        self._cancel = threading.Event()
        self._report = Report(self, self._cancel)
        self._result: Any = None
        self._error: BaseException | None = None
        queued = QtCore.Qt.ConnectionType.QueuedConnection
        self._posted_progress.connect(self._deliver_progress, queued)
        self._posted_value.connect(self._deliver_value, queued)
        self._posted_end.connect(self._deliver_end, queued)
        self.lane = lane
        self._worked = threading.Event()  # the work has returned (or will never run)
        if lane is None:
            self.thread_name = f"ujikon-job-{next(self._numbers)}"
            self._thread: threading.Thread | None = threading.Thread(
                target=self._run, name=self.thread_name, daemon=False
            )
        else:
            self.thread_name, self._thread = lane.thread_name, None

    def running(self) -> bool:
        return self.outcome is None

    @Slot()
    def cancel(self) -> None:
        """Ask the job to stop; it does at its next ``report`` (or never, if it cannot), or
        at once where its work asked for it (``Report.on_cancel``)."""
        self._cancel.set()
        self._report._cancelled_now()

    def _still_working(self) -> bool:
        if self._thread is not None:
            return self._thread.is_alive()
        return self.lane is not None and self.lane.running(self)

    # -- on the worker thread ------------------------------------------------------------------
    def _run(self) -> None:
        """The whole life of a job on a thread of its own: the work, then the connection
        that thread opened is closed."""
        try:
            self._work_here()
        finally:
            try:
                end_thread()
            except Exception:  # closing the connection must not hide the job's outcome
                log.exception("Koneksi basis data pekerjaan %r tidak dapat ditutup", self.title)
            self._report_end()

    def _work_here(self) -> None:
        work, report = self._work, self._report
        try:
            if work is not None:
                self._result = work(report)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, shown there
            # The traceback keeps the text; the frames' locals (Qt objects the job made on
            # this thread among them) are dropped here, on their own thread.
            traceback.clear_frames(exc.__traceback__)
            self._error = exc
        finally:
            report._work_ended()
        del work

    def _report_end(self) -> None:
        self._report.flush()
        self._worked.set()
        if not self.detached:
            self._posted_end.emit()

    # -- on the GUI thread ---------------------------------------------------------------------
    @Slot(int, int, str)
    def _deliver_progress(self, done: int, total: int, text: str) -> None:
        if self.outcome is None:
            self.progressed.emit(done, total, text)

    @Slot(object)
    def _deliver_value(self, value: object) -> None:
        if self.outcome is None:
            self.delivered.emit(value)

    @Slot()
    def _deliver_end(self) -> None:
        self._end()

    def _end(self) -> None:
        if self.outcome is not None:
            return
        if self._thread is not None:
            self._thread.join()  # it has sent its last signal and is returning
        else:
            self._worked.wait()  # (set before the end is posted; at once for a dropped job)
        self.outcome = JobOutcome(self._result, self._error, self._cancel.is_set())
        self._result = self._error = self._work = None
        self._report._job = None
        self._on_end(self)
        self.finished.emit(self.outcome)

    def _detach(self) -> None:
        self.detached = True
        _abandoned.append(self)  # never dropped on its worker thread


class Runner(QObject):
    """Runs every long job of the application (see the module's text)."""

    busyChanged = Signal(bool)  # True when a job starts while none ran, False after the last
    jobStarted = Signal(object)  # the Job

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: list[Job] = []
        self._lanes: dict[str, Lane] = {}
        self._closed = False

    def busy(self) -> bool:
        return bool(self._jobs)

    def jobs(self) -> tuple[Job, ...]:
        return tuple(self._jobs)

    def start(self, title: str, work: Callable[[Report], Any]) -> Job:
        """Run ``work(report)`` on a new worker thread. Connect to the Job's signals right
        away: nothing reaches them before control is back in the event loop."""
        job = self._new_job(title, work, None)
        assert job._thread is not None
        job._thread.start()
        self.jobStarted.emit(job)
        return job

    def lane(self, name: str) -> Lane:
        """The lane ``name`` (made on first use): see ``Lane``."""
        if name not in self._lanes:
            self._lanes[name] = Lane(self, name)
        return self._lanes[name]

    def _new_job(self, title: str, work: Callable[[Report], Any], lane: Lane | None) -> Job:
        if threading.get_ident() != threading.main_thread().ident:
            raise RuntimeError("jobs are started from the GUI thread")
        if self._closed:
            raise RuntimeError("the application is quitting; no new job is started")
        job = Job(title, work, self._ended, lane)
        self._jobs.append(job)
        if len(self._jobs) == 1:
            self._set_busy(True)
        return job

    def run_with_progress(
        self,
        parent: QWidget | None,
        title: str,
        work: Callable[[Report], Any],
        *,
        cancellable: bool = True,
    ) -> JobOutcome:
        """Run ``work`` behind a modal progress dialog (with *Batal* unless ``cancellable`` is
        False: work that cannot stop midway) and return how it ended. User input to the other
        windows is held back from the start; they keep repainting."""
        job = self.start(title, work)
        dialog = ProgressDialog(parent, title, cancellable)
        job.progressed.connect(dialog.set_progress)
        dialog.canceled.connect(job.cancel)
        app = QCoreApplication.instance()
        hold = _HoldInput(dialog)
        app.installEventFilter(hold)
        loop = QEventLoop()
        job.finished.connect(loop.quit)
        try:
            if job.running():
                loop.exec()
        finally:
            app.removeEventFilter(hold)
            job.finished.disconnect(loop.quit)
            job.progressed.disconnect(dialog.set_progress)
            dialog.finish()
            dialog.deleteLater()
        if job.outcome is None:  # the event loop was stopped: the application is quitting
            job.cancel()  # ``shutdown`` waits for it
            return JobOutcome(None, None, True)
        return job.outcome

    def stop_all(self, timeout_s: float = QUIT_WAIT_SECONDS) -> bool:
        """Cancel every running job and wait for its thread, at most ``timeout_s`` in all;
        the jobs that ended deliver their outcome now. False (and a log entry) when some still
        run: they report nothing more, and the process waits for them before it ends."""
        jobs = list(self._jobs)
        lanes = list(self._lanes.values())
        for lane in lanes:
            lane.stop()  # no job starts there any more; its thread ends after the running one
        if not jobs:
            deadline = time.monotonic() + timeout_s
            return all(lane.join(max(0.0, deadline - time.monotonic())) for lane in lanes)
        log.info(
            "Menunggu %d pekerjaan latar belakang selesai: %s",
            len(jobs),
            ", ".join(j.title for j in jobs),
        )
        for job in jobs:
            job.cancel()
        deadline = time.monotonic() + timeout_s
        for job in jobs:
            if job._thread is not None:
                job._thread.join(max(0.0, deadline - time.monotonic()))
        for lane in lanes:
            lane.join(max(0.0, deadline - time.monotonic()))
        still = [job for job in jobs if job._still_working()]
        for job in jobs:
            if job in still:
                job._detach()
                self._ended(job)
            else:
                job._end()
        if still:
            log.warning(
                "Pekerjaan latar belakang masih berjalan setelah %.0f detik: %s. "
                "Basis data tetap ditutup; proses berakhir setelah pekerjaan itu "
                "selesai.",
                timeout_s,
                ", ".join(j.title for j in still),
            )
        return not still

    @Slot()
    def shutdown(self) -> None:
        """The quit path: no new job, the running ones cancelled and waited for."""
        self._closed = True
        self.stop_all()

    def _ended(self, job: Job) -> None:
        if job in self._jobs:
            self._jobs.remove(job)
            if not self._jobs:
                self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        _hold_gc(busy)
        self.busyChanged.emit(busy)


LANE_LINGER_S = 0.5  # how long a lane's thread waits for its next job before it ends


class Lane:
    """A worker thread of the runner for short jobs that follow the user's typing (the case
    list's queries): one job at a time, the newest first. ``submit`` drops the jobs still
    waiting and cancels the running one (which its ``Report.on_cancel`` hooks can stop at
    once: the case list interrupts its SQLite statement), so a newer keystroke never waits
    for an older query. Jobs report like any other (``Job``); the runner counts them.

    The thread, and its database connection, stay for the next job for ``LANE_LINGER_S``
    (a burst of keystrokes reuses them) and then end, the connection closed on its own
    thread: no connection stays open while nothing is asked (a restore replaces the file
    under the connections of the GUI thread only)."""

    def __init__(self, runner: Runner, name: str) -> None:
        self._runner = runner
        self.name = name
        self.thread_name = f"ujikon-lane-{name}"
        self._cond = threading.Condition()
        self._waiting: list[Job] = []
        self._current: Job | None = None
        self._threads: list[threading.Thread] = []  # the serving one, and any still ending
        self._serving = False  # whether a thread takes the next job
        self._stopping = False

    def submit(self, title: str, work: Callable[[Report], Any]) -> Job:
        """Run ``work(report)`` on this lane once the job before it has stopped."""
        job = self._runner._new_job(title, work, self)
        with self._cond:
            dropped, self._waiting = self._waiting, [job]
            if self._current is not None:
                self._current.cancel()
            self._stopping = False
            if not self._serving:
                self._serving = True
                thread = threading.Thread(target=self._serve, name=self.thread_name, daemon=False)
                self._threads = [t for t in self._threads if t.is_alive()] + [thread]
                thread.start()
            self._cond.notify()
        for old in dropped:
            old.cancel()
            old._report._work_ended()
            old._report_end()  # it never ran: it ends, cancelled, from the event loop
        self._runner.jobStarted.emit(job)
        return job

    def running(self, job: Job) -> bool:
        """Whether ``job`` is the one this lane's thread is working on."""
        with self._cond:
            return self._current is job

    def stop(self) -> None:
        """No waiting job starts any more (they end, cancelled); the thread ends after the
        job it runs (``join``)."""
        with self._cond:
            dropped, self._waiting = self._waiting, []
            self._stopping = True
            self._cond.notify()
        for old in dropped:
            old.cancel()
            old._report._work_ended()
            old._report_end()

    def join(self, timeout_s: float) -> bool:
        """Wait for the lane's threads to end (after ``stop``), at most ``timeout_s``;
        whether they did."""
        deadline = time.monotonic() + timeout_s
        for thread in list(self._threads):
            thread.join(max(0.0, deadline - time.monotonic()))
        self._threads = [t for t in self._threads if t.is_alive()]
        return not self._threads

    def _serve(self) -> None:
        try:
            while True:
                with self._cond:
                    if not self._waiting and not self._stopping:
                        self._cond.wait(LANE_LINGER_S)
                    if not self._waiting or self._stopping:
                        self._serving = False
                        return
                    job = self._current = self._waiting.pop(0)
                try:
                    job._work_here()
                finally:
                    with self._cond:
                        self._current = None
                    job._report_end()
                del job
        finally:
            try:
                end_thread()
            except Exception:
                log.exception("Koneksi basis data jalur %r tidak dapat ditutup", self.name)


class ProgressDialog(QDialog):
    """The dialog of a job the user waits for: what it does, a bar, *Batal*. Shown after
    ``SHOW_AFTER_MS``; Esc and the window's close button mean *Batal* too."""

    canceled = Signal()

    def __init__(self, parent: QWidget | None, title: str, cancellable: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(QtCore.Qt.WindowModality.ApplicationModal)
        self.setMinimumWidth(420)
        self._cancellable = cancellable
        self._cancelling = False
        self.label = QLabel(title)
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the first report
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.cancel_button.clicked.connect(self._cancel)
        self.cancel_button.setVisible(cancellable)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addLayout(buttons)
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.timeout.connect(self.show)
        self._show_timer.start(SHOW_AFTER_MS)

    @Slot(int, int, str)
    def set_progress(self, done: int, total: int, text: str) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(max(0, min(done, total)))
        else:
            self.bar.setRange(0, 0)
        if text and not self._cancelling:
            self.label.setText(text)

    def reject(self) -> None:
        self._cancel()  # the dialog stays until the job has ended

    @Slot()
    def _cancel(self) -> None:
        if not self._cancellable or self._cancelling:
            return
        self._cancelling = True
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Membatalkan…"))
        self.canceled.emit()

    def finish(self) -> None:
        self._show_timer.stop()
        self.hide()


class _HoldInput(QObject):
    """While a job the user waits for runs, user input to every window but its progress
    dialog is dropped, also before the dialog shows (Qt's modality starts when it does)."""

    HELD = frozenset(
        {
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
            QEvent.Type.KeyPress,
            QEvent.Type.KeyRelease,
            QEvent.Type.Wheel,
            QEvent.Type.ShortcutOverride,
            QEvent.Type.Close,
        }
    )

    def __init__(self, dialog: ProgressDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() not in self.HELD or not event.spontaneous():
            return False
        if isinstance(obj, QWidget) and obj.window() is self._dialog:
            return False
        if isinstance(obj, QWindow) and obj is self._dialog.windowHandle():
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # an accepted override: no shortcut fires
        return True


_runner: Runner | None = None


def end_thread() -> None:
    """``app.workspace.end_thread``: this worker's database connection closed. Imported when
    a job ends, not with this module: the runner is made before the database is opened, and
    the login screen does not load the store."""
    from app import workspace

    workspace.end_thread()


def get_runner() -> Runner:
    """The application's runner (``ui.application`` sets it; made on first use otherwise)."""
    global _runner
    if _runner is None:
        _runner = Runner()
    return _runner


def set_runner(runner: Runner | None) -> None:
    global _runner
    _runner = runner


def run_with_progress(
    parent: QWidget | None, title: str, work: Callable[[Report], Any], *, cancellable: bool = True
) -> JobOutcome:
    """``get_runner().run_with_progress(...)``: the way every call site runs long work."""
    return get_runner().run_with_progress(parent, title, work, cancellable=cancellable)
