"""Start the GUI: Qt application, database, first-run setup, login, start-up checks, the main
window, log-out and the idle screen lock; the background runner, and the quit path that waits
for its jobs before the window goes and the database closes.

The start is quick and flat as the database grows: before the login dialog only what it
needs is imported (Qt, the translations, the log; no store, no accounts: this module imports
them where they are used); on a PC that has logged in to this database before, the dialog
paints first, with the kop remembered from that login, and the database is opened behind it
(``login_before_opening``); the main window's modules are imported on a helper thread while the
dialog waits for the password (``preload``; for an unattended start, while the password is
checked); the case list reads its first page once (``CaseListPanel.start``); and what can
wait runs after the main window's first paint (``after_first_paint``): the history chain's
check on the runner, the holidays package check, and ``gc.freeze`` of what start-up made."""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from app import APP_NAME
from app.errors import DatabaseProblem, UserError
from app.paths import config_dir
from ui.crash_dialog import install_crash_hook
from ui.dialogs.login import (
    LoginDialog,
    SetupDialog,
    office_heading_text,
    require_password_change,
)
from ui.first_paint import after_first_paint
from ui.messages import log, on_session_expired, report, setup_logging
from ui.runner import GuiThreadCollector, Runner, set_runner
from ui.translation import chosen_language, install_translations

if TYPE_CHECKING:
    from app.accounts import LoggedIn
    from ui.main_window import MainWindow

# What the main window and the checks after it import: loaded by ``preload`` meanwhile.
LATER_MODULES = (
    "ui.main_window",
    "ui.dialogs.deadline_moves",
    "app.calendar_service",
    "app.history",
    "app.refdata",
)


# What opening the database and logging in import: loaded on the helper thread first when the
# login dialog painted before the database was opened (``login_before_opening``).
STORE_MODULES = ("app.workspace", "app.accounts", "app.refdata")


class StoreLoaded(QObject):
    """Says on the GUI thread that ``STORE_MODULES`` are imported (emitted by the helper
    thread: the receivers live on the GUI thread, so the call is queued to it)."""

    loaded = Signal()


def preload(store_loaded: StoreLoaded | None = None) -> threading.Thread:
    """Import ``LATER_MODULES`` on a helper thread (they define classes and functions and
    make no Qt object but a value type, so any thread may import them), then count a first
    working day when a database is open (the holidays data loads): the main thread finds
    them ready, or waits for the module being imported. Cyclic garbage collection is off
    meanwhile (``GuiThreadCollector``), so nothing is collected on that thread. With
    ``store_loaded``: ``STORE_MODULES`` first, then its signal, whatever happened (a module
    that failed is imported again where it is used, and says what is wrong there)."""

    def load() -> None:
        import importlib

        if store_loaded is not None:
            try:
                for name in STORE_MODULES:
                    importlib.import_module(name)
            except Exception:
                log.exception("Modul penyimpanan tidak dapat dimuat lebih dulu")
            finally:
                store_loaded.loaded.emit()
        from app import workspace

        for name in LATER_MODULES:
            try:
                importlib.import_module(name)
            except Exception:  # the main thread imports it again and says what is wrong
                log.exception("Modul %s tidak dapat dimuat lebih dulu", name)
                return
        if workspace.current() is None:
            return
        # The first working-day count reads the national holidays (the table shipped in
        # resources/, or the ``holidays`` package for a year outside it) and fills the
        # shared calendar object's years, so the window finds them ready.
        try:
            from app.calendar_service import current_calendar
            from app.cases.listing import Thresholds
            from app.clock import today

            Thresholds.compute(today(), current_calendar())
        except Exception:
            log.exception("Kalender kerja tidak dapat disiapkan lebih dulu")
        finally:
            workspace.end_thread()  # its own connection, closed on its own thread

    thread = threading.Thread(target=load, name="ujikon-muat", daemon=True)
    _preloaded.append(thread)
    if store_loaded is not None:
        _store_signals.append(store_loaded)  # alive until the thread has emitted it
    thread.start()
    return thread


_store_signals: list[StoreLoaded] = []


_preloaded: list[threading.Thread] = []


def _preload_once() -> None:
    if not _preloaded:
        preload()


def holiday_package_changed() -> bool:
    """Whether the ``holidays`` package differs from the one the deadlines were computed
    with (two reads: the window waits for no job when it does not, as nearly always)."""
    from app.calendar_service import DASAR_KALENDER_PAKET, holidays_version
    from app.settings import value

    return value(DASAR_KALENDER_PAKET) != holidays_version()


def check_holiday_package(report):
    """``app.calendar_service.check_holiday_package`` (imported when first needed)."""
    from app.calendar_service import check_holiday_package as check

    return check(report)


translate = QCoreApplication.translate


def settings_for(path: Path | None = None) -> QSettings:
    """Window state and the chosen role, per user (not in the database: they are not data)."""
    path = path or config_dir() / "ujikon.ini"
    return QSettings(str(path), QSettings.Format.IniFormat)


# The database this PC last logged in to, and the login dialog's heading (the kop) as it was
# then: the dialog for that database shows before the file is opened. A display only: the
# file is opened, and the heading read again from it, before any password is checked.
KNOWN_DATABASE = "masuk/basis_data"
KNOWN_HEADING = "masuk/judul"
# The server URL (no password) this user works on (Berkas → Sambungkan ke server…): opened
# at a start without --db. Here, not in that dialog's module, which imports the store: a start
# without --db reads it before the login dialog paints.
SERVER_KEY = "basis_data/server"


def last_server(settings: QSettings) -> str:
    """The server this user connected to last (``SERVER_KEY``), or "" (the file, then)."""
    return str(settings.value(SERVER_KEY, "") or "")


def _database_key(path: Path | str) -> str:
    # app.location, not app.workspace: this runs before the login dialog paints, and the
    # workspace imports the store (peewee, the models) that the dialog must not wait for
    from app.location import database_key

    return database_key(path)


def remembered_heading(settings: QSettings, path: Path) -> str | None:
    """The heading remembered for ``path`` when it is the database this PC last logged in to
    (then its login dialog may paint before it is opened); None otherwise."""
    if str(settings.value(KNOWN_DATABASE, "")) != _database_key(path):
        return None
    heading = str(settings.value(KNOWN_HEADING, ""))
    return heading or None


def remember_login(settings: QSettings, path: Path) -> None:
    """After a login to a writable ``path``: its login dialog paints first next time."""
    settings.setValue(KNOWN_DATABASE, _database_key(path))
    settings.setValue(KNOWN_HEADING, office_heading_text())


class NotReady:
    """``login_before_opening`` could not log in before asking something else (the file is in
    use, sealed with another key, read-only, or has no account yet)."""

    def __init__(self, opened: bool) -> None:
        self.opened = opened  # the database was opened (read-only, or to be set up)


def login_before_opening(
    settings: QSettings, path: Path, heading: str
) -> LoggedIn | NotReady | None:
    """The login dialog first, the database opened once it has painted (the clerk types
    meanwhile); then as ``authenticate``. None when the user gives up."""
    opened: list[bool] = []

    def prepare() -> bool:
        from app import accounts, workspace

        try:
            workspace.open(path)
        except Exception:  # the caller opens it again and says what is wrong
            log.info("Basis data %s tidak terbuka di belakang dialog masuk", path, exc_info=True)
            return False
        opened.append(True)
        if workspace.read_only() or accounts.needs_setup():
            return False
        check_sop_file()
        return True

    def when_loaded(go: Callable[[], None]) -> None:
        # After the dialog's first paint: the store's modules on the helper thread (the
        # dialog stays responsive), then ``go`` (the opening) back on the GUI thread; the
        # window's modules follow on that thread while the password is typed.
        signal = StoreLoaded()
        signal.loaded.connect(go)
        preload(store_loaded=signal)

    dialog = LoginDialog(
        username=str(settings.value("pengguna_terakhir", "")),
        heading=heading,
        prepare=prepare,
        prepare_when=when_loaded,
    )
    code = dialog.exec()
    if code == LoginDialog.NOT_READY:
        return NotReady(opened=bool(opened))
    if code != QDialog.DialogCode.Accepted or dialog.session is None:
        return None
    settings.setValue("pengguna_terakhir", dialog.session.username)
    if not require_password_change(dialog.session):
        return None
    return dialog.session


def authenticate(settings: QSettings) -> LoggedIn | None:
    """First run: create the first administrator. Then log in (and change a password the
    administrator set). None when the user gives up."""
    from app import accounts

    if accounts.needs_setup():
        setup = SetupDialog()
        after_first_paint(setup, _preload_once)
        if setup.exec() != QDialog.DialogCode.Accepted:
            return None
        if setup.session is not None:  # logged in with the password just chosen
            settings.setValue("pengguna_terakhir", setup.session.username)
            return setup.session
    dialog = LoginDialog(username=str(settings.value("pengguna_terakhir", "")))
    after_first_paint(dialog, _preload_once)  # while the password is typed
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.session is None:
        return None
    settings.setValue("pengguna_terakhir", dialog.session.username)
    if not require_password_change(dialog.session):
        return None
    return dialog.session


def _login_from_environment() -> LoggedIn | None:
    """For unattended runs (``--smoke``, ``--screenshot``): UJIKON_USER / UJIKON_PASSWORD."""
    user, password = os.environ.get("UJIKON_USER"), os.environ.get("UJIKON_PASSWORD")
    if not user or not password:
        return None
    from app import accounts
    from app.accounts import LoginFailed

    try:
        return accounts.login(user, password)
    except LoginFailed as exc:
        print(exc.message, file=sys.stderr)
        return None


def warn_admin_about_tampering(window: MainWindow, login: LoggedIn, runner: Runner) -> None:
    """The history chain is checked at start; an administrator is told if it is broken. The
    walk runs on a worker (at 100,000 cases it reads a million and a half events, tens of
    seconds) and stops when Ujikon quits."""
    from app.permissions import ADMIN

    if not any(g.role == ADMIN for g in login.roles):
        return

    def check(report):
        from app.history import verify_chain

        return verify_chain(stop=report.cancelled)

    job = runner.start(translate("Application", "Memeriksa rantai riwayat"), check)

    def ended(outcome) -> None:
        from app.history.chain import ChainCheckStopped

        if outcome.cancelled or not shiboken6.isValid(window):
            return
        if outcome.error is not None:
            if not isinstance(outcome.error, ChainCheckStopped):
                log.error("Rantai riwayat tidak dapat diperiksa", exc_info=outcome.error)
            return
        result = outcome.result
        if result is None or result.ok:
            return
        log.warning("Rantai riwayat rusak: %s", result.message)
        QMessageBox.warning(
            window,
            translate("Application", "Riwayat diubah di luar aplikasi"),
            translate(
                "Application",
                "{pesan}\n\nPeriksa Data Master → Riwayat seluruh basis "
                "data, dan pulihkan dari cadangan bila perlu.",
            ).format(pesan=result.message),
        )

    job.finished.connect(ended)


class IdleLock(QObject):
    """Locks the window after the set idle minutes (setting ``kunci_layar_menit``). Paused
    while the runner has a job: the lock (and the log-in after it) must not come up while the
    user waits for a backup or a recomputation; the idle time counts again from its end."""

    def __init__(self, window: MainWindow, runner: Runner | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._runner = runner
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._lock)
        from app.settings import KUNCI_LAYAR_MENIT, value

        minutes = value(KUNCI_LAYAR_MENIT)
        self._interval = minutes * 60_000
        if self._interval > 0:
            QApplication.instance().installEventFilter(self)
            self._restart()
            if runner is not None:
                runner.busyChanged.connect(self._busy_changed)

    def active(self) -> bool:
        """Whether the idle time is being counted."""
        return self._timer.isActive()

    def _restart(self) -> None:
        if self._runner is not None and self._runner.busy():
            self._timer.stop()
        else:
            self._timer.start(self._interval)

    @Slot(bool)
    def _busy_changed(self, busy: bool) -> None:
        if busy:
            self._timer.stop()
        else:
            self._timer.start(self._interval)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() in (
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseMove,
            QEvent.Type.Wheel,
        ):
            self._restart()
        return False

    @Slot()
    def _lock(self) -> None:
        if self._runner is not None and self._runner.busy():
            return  # counted again when the job has ended
        if self._window.isVisible():
            self._window.lock_screen()
        self._restart()


def check_holidays(window: MainWindow, runner: Runner) -> list:
    """A newer ``holidays`` package recomputes the deadline of every running step: through
    the runner (one transaction on its worker; it cannot stop midway, so no Batal)."""
    outcome = runner.run_with_progress(
        window,
        translate("Application", "Memperbarui batas waktu (data hari libur baru)"),
        lambda report: check_holiday_package(report),
        cancellable=False,
    )
    if outcome.error is not None:
        report(window, outcome.error)
    return outcome.result or []


def open_database_with_message(db_path: Path) -> bool:
    """Open the file; a file someone else has open (or that cannot be written) is offered
    read-only. Every problem is a message, never a traceback or a silent empty database."""
    from app import workspace

    try:
        if not _open_asking_password(db_path):
            return False
    except DatabaseProblem as exc:
        from ui.dialogs.backup import ask_open_read_only

        if not ask_open_read_only(None, db_path, exc):
            return False
        try:
            workspace.open(db_path, read_only=True)
        except UserError as again:
            QMessageBox.critical(None, APP_NAME, again.message)
            return False
    except UserError as exc:
        QMessageBox.critical(None, APP_NAME, exc.message)
        return False
    except Exception as exc:  # anything else: logged, explained
        log.exception("Basis data tidak dapat dibuka")
        QMessageBox.critical(
            None,
            APP_NAME,
            translate("Application", "Basis data tidak dapat dibuka:\n{path}\n\n{galat}").format(
                path=db_path, galat=exc
            ),
        )
        return False
    if not workspace.read_only():  # else nothing may be written: no SOP registration
        check_sop_file()
    return True


PASSWORD_TRIES = 3


def _open_asking_password(db_path: Path | str) -> bool:
    """Open the database; a server that asks for a password gets it typed here (never
    stored: asked at every start), at most ``PASSWORD_TRIES`` times. False: given up."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    from app import workspace

    password: str | None = None
    for attempt in range(PASSWORD_TRIES + 1):
        try:
            if password is None:
                workspace.open(db_path)
            else:
                workspace.open(db_path, password=password)
            return True
        except DatabaseProblem as exc:
            if not exc.needs_password and not (password is not None and attempt):
                raise
            if attempt == PASSWORD_TRIES:
                raise
            prompt = translate("Application", "Kata sandi server basis data {server}:").format(
                server=workspace.database_key(db_path)
            )
            if password is not None:
                prompt = exc.message + "\n\n" + prompt
            text, ok = QInputDialog.getText(None, APP_NAME, prompt, QLineEdit.EchoMode.Password)
            if not ok:
                return False
            password = text
    return False


def check_sop_file() -> None:
    """The SOP file registered (a new version once); a broken one is said, not fatal."""
    from app.refdata import current_sop

    try:
        current_sop()
    except UserError as exc:
        QMessageBox.warning(
            None,
            translate("Application", "{app}: berkas SOP").format(app=APP_NAME),
            translate(
                "Application",
                "{pesan}\n\nKasus yang sudah ada tetap dapat dikerjakan; "
                "kasus baru tidak dapat dibuat sampai berkas SOP diperbaiki.",
            ).format(pesan=exc.message),
        )


def workspace_read_only() -> bool:
    from app import workspace

    return workspace.read_only()


def read_only_login() -> LoggedIn:
    """Viewing a file opened read-only (a yearly archive, a file in use elsewhere): logging in
    would write to it, and an archive keeps no accounts, so the viewer acts as a reader that
    every permission check refuses."""
    from app.accounts import LoggedIn, RoleGrant
    from app.permissions import READER

    name = translate("Application", "Pembaca (hanya-baca)")
    return LoggedIn(0, "pembaca", name, (RoleGrant(READER),), False)


def run(
    db_path: Path | str,
    smoke: bool = False,
    screenshot: Path | None = None,
    soak: int = 0,
    remembered_server: bool = False,
) -> int:
    """The application. ``smoke``: quit once the window shows; ``screenshot``: save the
    window to that PNG and quit; ``soak``: the runner's self-test (``ui.soak``). The three
    log in as UJIKON_USER / UJIKON_PASSWORD. ``db_path``: a file or a server's URL;
    ``remembered_server``: no ``--db`` was given, so the server this user connected to
    last (Berkas → Sambungkan ke server…) is opened instead of the default file."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("PPID Kabupaten Serang")  # notr: names the settings folder
    setup_logging()  # the rotating log in the data folder (app.logs)
    install_crash_hook()  # an exception no code caught: logged, and said in a dialog
    settings = settings_for()
    if remembered_server:  # no --db: the server this user connected to last, if any
        db_path = last_server(settings) or db_path
    # The chosen language (Qt's buttons and dialogs in Indonesian too), before any widget.
    install_translations(app, chosen_language(settings))
    holder: dict[str, object] = {}
    unattended = smoke or screenshot is not None or soak > 0
    runner = Runner()  # every long job of this application; see ui.runner
    set_runner(runner)
    app.aboutToQuit.connect(runner.shutdown)
    # cyclic garbage goes on this thread only; the user's input watched from the main window
    # on (``after_start``)
    holder["collector"] = GuiThreadCollector(watch_input=False)
    holder["settings"] = settings

    def show_window(path: Path, login: LoggedIn) -> None:
        from ui.main_window import MainWindow
        from ui.session import Session

        window = MainWindow(path, settings, Session(login), reopen=reopen, logout=logout)
        holder["window"] = window
        holder["lock"] = IdleLock(window, runner)
        after_first_paint(window, lambda: after_start(window, login))
        window.show()

    def after_start(window: MainWindow, login: LoggedIn) -> None:
        """What can wait for the main window's first paint."""
        from app import workspace

        if holder.get("window") is not window:
            return  # gone already (a quick log-out)
        collector = holder.get("collector")
        if isinstance(collector, GuiThreadCollector):
            collector.freeze()  # start-up's objects: no collection walks them again
            collector.watch_input()
        changed = not workspace.read_only() and holiday_package_changed()
        moves = check_holidays(window, runner) if changed else []
        if moves:
            from ui.dialogs.deadline_moves import show_deadline_moves, write_back_moves

            write_back_moves()
            window.refresh()  # the recomputed deadlines in the list

            show_deadline_moves(
                window, moves, translate("Application", "Data hari libur nasional diperbarui.")
            )
        warn_admin_about_tampering(window, login, runner)

    def start(path: Path) -> bool:
        login = log_in_unattended(path) if unattended else log_in(settings, path)
        if login is None:
            return False
        if not workspace_read_only():
            remember_login(settings, path)
        show_window(path, login)
        return True

    def close_window() -> MainWindow | None:
        runner.stop_all()  # the window's jobs end before it goes
        window = holder.pop("window", None)
        holder.pop("lock", None)
        if window is not None:
            window.close()
            window.deleteLater()
            collector = holder.get("collector")
            if isinstance(collector, GuiThreadCollector):
                collector.unfreeze()  # its objects may go now
        return window

    def reopen(path: Path) -> None:
        old = close_window()
        if not start(path) and old is not None:
            start(old.db_path)  # back to the database that was open

    def logout(record: bool = True) -> None:
        window = holder.get("window")
        if window is not None:
            if record and not workspace_read_only():
                from app import accounts

                accounts.record_logout(window.session.login)
            path = window.db_path
            close_window()
            login = authenticate(settings)
            if login is None:
                app.quit()
                return
            show_window(path, login)

    # An account deactivated, or a role revoked, while it was logged in: its next action was
    # refused (the message was shown); it logs in again, as whoever holds the PC now.
    on_session_expired(lambda: QTimer.singleShot(0, lambda: logout(record=False)))

    if not start(db_path):
        if unattended and "window" not in holder:
            print(
                "Tidak masuk: atur UJIKON_USER dan UJIKON_PASSWORD untuk mode tanpa layar.",
                file=sys.stderr,
            )
        finish(app, runner, holder)
        return 1
    soaker = None
    if screenshot is not None:

        def grab() -> None:
            holder["window"].grab().save(str(screenshot))
            app.quit()

        QTimer.singleShot(800, grab)
    elif smoke:
        QTimer.singleShot(0, app.quit)
    elif soak > 0:
        from ui.soak import Soak

        soaker = Soak(holder["window"], runner, soak)
        QTimer.singleShot(0, soaker.run)
    code = app.exec()
    finish(app, runner, holder)
    if soaker is not None:
        code = code or soaker.result()
    return code


def log_in_unattended(path: Path) -> LoggedIn | None:
    """``--smoke``, ``--screenshot``, ``--soak``: the database opened, the login from the
    environment. The window's modules are imported on the helper thread while the password
    is checked: Argon2 lets go of the interpreter's lock for its whole 0.1 s, so the imports
    run beside it on the other core. Started before the database's opening instead, they
    would only take turns with it (both hold the lock), and the check would then wait alone."""
    from app import workspace

    if not open_database_with_message(path):
        return None
    if workspace.read_only():
        return read_only_login()
    preload()
    return _login_from_environment()


def log_in(settings: QSettings, path: Path) -> LoggedIn | None:
    """The clerk's login to ``path``: the dialog before the file is opened when this PC
    logged in to it last (``login_before_opening``); otherwise, or when that dialog could
    not go on, the file opened first (with its questions: in use elsewhere, another office
    key), then the first-run setup or the login. None: not logged in."""
    heading = remembered_heading(settings, path)
    opened = False
    if heading is not None:
        early = login_before_opening(settings, path, heading)
        if not isinstance(early, NotReady):
            return early
        opened = early.opened
    from app import workspace  # the store: not before the early dialog has painted

    if opened:
        if not workspace.read_only():
            check_sop_file()
    elif not open_database_with_message(path):
        return None
    return read_only_login() if workspace.read_only() else authenticate(settings)


def finish(app: QApplication, runner: Runner, holder: dict[str, object]) -> None:
    """The quit path, after the event loop, in this order:

    1. the runner's jobs are cancelled and waited for (done already at ``aboutToQuit``; again
       here for any path that skipped it), so no worker can report to a Qt object any more;
    2. the window and every Qt object of ours are deleted here, on the GUI thread, while
       the QApplication still exists: Qt deletes the window's tree parent before child, and
       the dialogs that were opened go with it. Left alive, they would be deleted by
       PySide's own clean-up at interpreter exit, one wrapper at a time in no particular
       order, which crashed (SIGSEGV in ``QObject::~QObject``) after a few backups;
    3. the last cyclic garbage is collected, on this thread (not when the process ends next
       without the interpreter's tear-down, ``app.quick_exit.leaving_soon``: nothing would
       collect it);
    4. the database closes (the last connection checkpoints the WAL into the file; the
       lock's heartbeat thread is stopped and joined)."""
    runner.shutdown()
    app.aboutToQuit.disconnect(runner.shutdown)
    for thread in _preloaded:
        thread.join(10.0)  # imports only: never left halfway at the interpreter's exit
    if not any(thread.is_alive() for thread in _preloaded):  # every signal emitted already
        for signal in _store_signals:
            if shiboken6.isValid(signal):
                shiboken6.delete(signal)
        _store_signals.clear()
    window = holder.pop("window", None)
    session = getattr(window, "session", None)
    if isinstance(window, QWidget) and shiboken6.isValid(window):
        window.hide()
    settings = holder.pop("settings", None)
    if isinstance(settings, QSettings) and shiboken6.isValid(settings):
        settings.sync()
    collector = holder.pop("collector", None)
    holder.clear()
    # Windows closed earlier (a log-out, another database) were given to deleteLater.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for obj in (window, session, settings, runner):
        if isinstance(obj, QObject) and shiboken6.isValid(obj):
            shiboken6.delete(obj)
    del window, session, settings
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if isinstance(collector, GuiThreadCollector):
        from app.quick_exit import leaving_soon

        collector.stop(collect=not leaving_soon())
        shiboken6.delete(collector)
    from app import workspace

    workspace.close()
    set_runner(None)
