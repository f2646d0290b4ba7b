"""Regenerate the screenshots of "Antar kantor tanpa jaringan": an OPD install's window with
a case whose step 1 is done (the *Kirim ke PPID Utama…* button), and the PPID Utama's
*Terima paket kasus* dialog for the packet it sent. Two offices in one process, each with its
own database and office key (made with the test suite's helpers). Run under Xvfb::

    xvfb-run -a -s "-screen 0 1366x768x24" uv run python docs/make_exchange_screenshots.py
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox  # noqa: E402

from app import accounts, clock, setup, store  # noqa: E402
from app.exchange import register_office_key  # noqa: E402
from app.exchange.office import PEMBANTU  # noqa: E402
from app.models import Opd  # noqa: E402
from app.signing import keyfile  # noqa: E402
from tests.conftest import (  # noqa: E402
    ADMIN,
    advance_case,
    create_case_with_item,
    create_officials,
    open_test_database,
)
from ui import runner  # noqa: E402
from ui.application import settings_for  # noqa: E402
from ui.dialogs.packets import ReceivePacketDialog  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.session import Session  # noqa: E402

PASSWORD = "sandi-kantor-1"
PACKET = "001-UK-DINKES-2026.ujikon-kasus"


def settle(app: QApplication, rounds: int = 30) -> None:
    for _ in range(rounds):
        app.processEvents()


def main() -> None:
    app = QApplication(sys.argv)
    tmp = Path(tempfile.mkdtemp())
    out = ROOT / "docs"
    clock.pin_today(date(2026, 11, 25))
    keys = {name: keyfile.create_key(tmp / f"kunci-{name}") for name in ("opd", "utama")}

    def open_office(name: str) -> None:
        store.close_database()
        os.environ[keyfile.ENV_FOLDER] = str(tmp / f"kunci-{name}")
        open_test_database(tmp / f"{name}.db")

    def first_run(name: str, kop: str, **office) -> None:
        setup.first_run(
            setup.FirstRun(
                "admin", name, PASSWORD, "PEMERINTAH KABUPATEN SERANG", kop, [], **office
            )
        )

    def window(ini: str) -> MainWindow:
        login = accounts.login("admin", PASSWORD)
        win = MainWindow(Path("ujikon.db"), settings_for(tmp / ini), Session(login))
        win.resize(1366, 740)
        win.show()
        settle(app)
        return win

    # The PPID Utama knows the OPD's key; the OPD install knows the PPID Utama's.
    open_office("utama")
    first_run("Sari Wulandari", "DINAS KOMUNIKASI, INFORMATIKA, PERSANDIAN DAN STATISTIK")
    create_officials()
    dinkes = Opd.get(Opd.singkatan == "Dinkes")
    register_office_key(ADMIN, dinkes.id, keys["opd"].public.hex, keys["opd"].public.fingerprint)
    open_office("opd")
    first_run("Budi Santoso", "DINAS KESEHATAN", kantor=PEMBANTU, opd_id=dinkes.id)
    officials = create_officials()
    register_office_key(ADMIN, None, keys["utama"].public.hex, keys["utama"].public.fingerprint)
    case = create_case_with_item(start=date(2026, 11, 16))
    advance_case(case.id, 2, officials)

    runner.set_runner(runner.Runner())
    QMessageBox.information = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok)
    QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (str(tmp / PACKET), ""))
    win = window("opd.ini")
    win.tabs.setCurrentWidget(win.splitter)
    win.open_case(case.id)
    settle(app)
    win.grab().save(str(out / "kirim-paket.png"))
    win.case_view.send_packet()
    settle(app)
    win.close()

    open_office("utama")
    win = window("utama.ini")
    dialog = ReceivePacketDialog(win.session, tmp / PACKET, win)
    dialog.show()
    deadline = time.monotonic() + 20
    while dialog.inspecting() and time.monotonic() < deadline:
        app.processEvents()
    settle(app, 10)
    dialog.grab().save(str(out / "terima-paket.png"))
    dialog.close()
    win.close()
    runner.get_runner().shutdown()
    store.close_database()
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
