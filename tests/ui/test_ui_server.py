"""A window on a server database sees another PC's work (issue 15): the other PC is a second
process running Ujikon's own services, or a second window (a real MainWindow in a process of its
own, driven as a clerk drives it), on the same server; its commit reaches this window as
a PostgreSQL notice, and the case list and the open case show it within two seconds, without
the list being queried again. Then the server stops answering, and the window says so."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app import accounts, clock, store
from app.accounts import AccountInput, RoleGrant
from tests.conftest import create_case_with_item
from ui.application import settings_for
from ui.main_window import MainWindow
from ui.session import Session

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "kata-sandi-uji-1"

OTHER_PC = """
import sys
sys.path.insert(0, sys.argv[1])
from app.store import open_database
from app.models import Case, database
open_database(sys.argv[2])
with database.atomic():
    Case.update(judul=sys.argv[4]).where(Case.id == int(sys.argv[3])).execute()
"""


# The other PC's window: a real MainWindow in a process of its own on the same server, where
# a clerk opens the case, types the meeting place into step 1's form and presses Simpan.
OTHER_WINDOW = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication(["ujikon-pc-lain", "-platform", "offscreen"])
from app import accounts, store
from app.cases.read import case_detail
from ui.application import settings_for
from ui.main_window import MainWindow
from ui.session import Session
url, case_id, place, ini, password = sys.argv[2:7]
store.open_database(url)
session = Session(accounts.login("uji", password))
window = MainWindow(url, settings_for(Path(ini)), session)
window.show()
window.set_role("ppid_pembantu")
window.open_case(int(case_id))
form = window.case_view.form
form.field_widgets["tempat_rapat"].setText(place)
QTest.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
assert case_detail(int(case_id)).current.data["tempat_rapat"] == place
window.close()
app.processEvents()
store.close_database()
"""


@pytest.fixture
def server_window(qtbot, pg_cluster, tmp_path, boxes):
    from datetime import date

    clock.pin_today(date(2026, 11, 25))
    url = pg_cluster.new_database()
    store.open_database(url)
    from tests.conftest import opd_id

    grants = [
        RoleGrant("ppid_utama"),
        RoleGrant("admin"),
        RoleGrant("ppid_pembantu", opd_id("Dinkes")),
    ]
    accounts.create_first_admin(AccountInput("uji", "Petugas Uji", grants), PASSWORD)
    case = create_case_with_item(judul="Judul awal di server")
    login = accounts.login("uji", PASSWORD)
    win = MainWindow(url, settings_for(tmp_path / "ui.ini"), Session(login))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win, url, case
    win.close()
    store.close_database()
    clock.pin_today(None)


def another_pc_retitles(url: str, case_id: int, title: str) -> None:
    """Another PC's Ujikon (a process of its own) gives the case a new title on the server."""
    done = subprocess.run(
        [sys.executable, "-c", OTHER_PC, str(ROOT), url, str(case_id), title],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr


def titles(window) -> list[str]:
    model = window.case_list.model
    return [
        str(model.index(row, col).data(Qt.ItemDataRole.DisplayRole))
        for row in range(model.rowCount())
        for col in range(model.columnCount())
    ]


def test_another_pcs_change_appears_in_the_list_and_the_open_case(server_window, qtbot):
    window, url, case = server_window
    assert window.server_watch is not None
    window.tabs.setCurrentWidget(window.splitter)
    window.open_case(case.id)
    qtbot.waitUntil(lambda: "Judul awal di server" in titles(window), timeout=5000)
    another_pc_retitles(url, case.id, "Judul dari PC lain")
    qtbot.waitUntil(lambda: "Judul dari PC lain" in titles(window), timeout=2000)
    qtbot.waitUntil(
        lambda: (
            window.case_view._detail is not None
            and window.case_view._detail.case.judul == "Judul dari PC lain"
        ),
        timeout=2000,
    )


def test_two_windows_on_one_server_a_save_in_one_appears_in_the_other(
    server_window, qtbot, tmp_path
):
    """Two clerks' windows on one server: the other PC's window (another process, driven as
    a clerk drives it) saves step 1's meeting place; this window, with the same case open
    and nothing typed, shows the new value in its form within two seconds."""
    window, url, case = server_window
    window.set_role("ppid_pembantu")
    window.tabs.setCurrentWidget(window.splitter)
    window.open_case(case.id)
    field = window.case_view.form.field_widgets["tempat_rapat"]
    assert field.text() != "Aula Kantor Bupati"
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            OTHER_WINDOW,
            str(ROOT),
            url,
            str(case.id),
            "Aula Kantor Bupati",
            str(tmp_path / "pc-lain.ini"),
            PASSWORD,
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(
        lambda: window.case_view.form.field_widgets["tempat_rapat"].text() == "Aula Kantor Bupati",
        timeout=2000,
    )


def test_a_server_that_stops_answering_is_said_at_the_top(server_window, qtbot):
    window, _url, _case = server_window
    window.server_watch.reachable.emit(False)  # what the watcher says when it is lost
    qtbot.waitUntil(lambda: "tidak menjawab" in window.banner.text(), timeout=2000)
    assert window.banner.isVisible()


def test_the_window_restores_a_backup_onto_its_server(server_window, qtbot, boxes, tmp_path):
    """Berkas → Pulihkan… on a server: the backup checked and shown, the question asked, the
    server's rows replaced in the background (the window painting meanwhile), the server's
    backup before it named, and the window reopened on the same server."""
    from app import archive
    from app.models import Case
    from app.permissions import SYSTEM_ACTOR
    from ui.dialogs.backup import RestoreDialog

    window, url, _case = server_window
    window.session.set_role("admin")
    made = archive.backup(SYSTEM_ACTOR, tmp_path / "cadangan", record=False)
    archive.record_backup(made, SYSTEM_ACTOR)
    create_case_with_item(judul="Kasus setelah cadangan")
    reopened: list = []
    dialog = RestoreDialog(window.session, url, reopened.append, window)
    qtbot.addWidget(dialog)
    assert "Basis data server" in dialog.findChild(type(dialog.status)).text()
    dialog.check_file(made.path)
    assert dialog.restore_button.isEnabled()
    restored = dialog.restore()
    assert restored is not None and reopened == [url]
    question = next(text for kind, _title, text in boxes.shown if kind == "question")
    assert "dicadangkan dulu ke folder cadangan" in question
    told = boxes.texts("information")
    assert "Basis data server dipulihkan" in told and str(restored.previous) in told
    assert archive.verify_backup(restored.previous).counts["case"] == 2
    assert Case.select().count() == 1
    assert Case.get_or_none(Case.judul == "Kasus setelah cadangan") is None


def test_the_window_hears_the_server_again_after_losing_its_connection(
    server_window, qtbot, pg_cluster
):
    """The connection the window listens on is cut (a network drop, a server restart): the
    banner says the server is not answering, the watcher connects again by itself, the
    banner goes, and another PC's change reaches the list again."""
    window, url, case = server_window
    name = url.split("/")[3].split("?")[0]
    window.tabs.setCurrentWidget(window.splitter)
    qtbot.waitUntil(lambda: "Judul awal di server" in titles(window), timeout=5000)

    def cut_and_look() -> bool:
        """The listening connection cut (again, until the window has said so)."""
        pg_cluster.admin(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            f"WHERE datname = '{name}' AND query LIKE 'LISTEN %'"
        )
        return "tidak menjawab" in window.banner.text()

    qtbot.waitUntil(cut_and_look, timeout=10000)
    qtbot.waitUntil(lambda: "tidak menjawab" not in window.banner.text(), timeout=10000)
    another_pc_retitles(url, case.id, "Judul setelah putus")
    qtbot.waitUntil(lambda: "Judul setelah putus" in titles(window), timeout=2000)


def test_the_connect_dialog_gives_the_address_and_it_is_remembered(qtbot, tmp_path):
    from ui.dialogs.server_connect import ServerConnectDialog

    dialog = ServerConnectDialog("postgresql://ppid@10.0.0.5:5433/ujikon_kantor")
    qtbot.addWidget(dialog)
    assert (dialog.host.text(), dialog.port.value(), dialog.dbname.text()) == (
        "10.0.0.5",
        5433,
        "ujikon_kantor",
    )
    dialog.host.setText("")
    dialog._accept()
    assert dialog.result() == 0 and "nama server" in dialog.problem.text()
    dialog.host.setText("server-ppid")
    dialog.user.setText("staf")
    dialog._accept()
    assert dialog.url == "postgresql://staf@server-ppid:5433/ujikon_kantor"


def test_a_password_the_server_asks_for_is_typed_at_the_prompt(qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from app import workspace
    from app.errors import DatabaseProblem
    from ui import application

    opened: list[str | None] = []

    def open_(path, read_only=False, password=None):
        opened.append(password)
        if password != "sandi-server":
            problem = DatabaseProblem("Server basis data itu meminta kata sandi.")
            problem.needs_password = True
            raise problem

    asked: list[str] = []
    monkeypatch.setattr(workspace, "open", open_)
    monkeypatch.setattr(
        QInputDialog,
        "getText",
        staticmethod(lambda *a, **k: (asked.append(a[2]) or "sandi-server", True)),
    )
    url = "postgresql://staf@server-ppid:5432/ujikon"
    assert application._open_asking_password(url)
    assert opened == [None, "sandi-server"] and "server-ppid" in asked[0]
