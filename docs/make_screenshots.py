"""Regenerate the README screenshots: a demo database, the main window at 1366×768 with a
case open on each tab. Run under Xvfb (see README, "Screenshots")::

    xvfb-run -a -s "-screen 0 1366x768x24" uv run python docs/make_screenshots.py
    xvfb-run -a -s "-screen 0 1366x768x24" uv run python docs/make_screenshots.py --bahasa en

With ``--bahasa en`` the window is built in English and each file name ends in ``-en``
(``main-window-en.png``); the Indonesian shots keep their names.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from app import accounts  # noqa: E402
from app.demo import DEMO_PASSWORD, fill_demo  # noqa: E402
from app.models import Case  # noqa: E402
from app.store import open_database  # noqa: E402
from ui.application import settings_for  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.session import Session  # noqa: E402
from ui.translation import install_translations  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bahasa", default="id", choices=("id", "en"))
    language = parser.parse_args().bahasa
    suffix = "" if language == "id" else f"-{language}"
    out = ROOT / "docs"
    tmp = Path(tempfile.mkdtemp())
    db = tmp / "demo.db"
    open_database(db)
    fill_demo()
    app = QApplication.instance() or QApplication(sys.argv)
    install_translations(app, language)
    # fill_demo made the demo accounts; "admin" acts as PPID Utama first.
    window = MainWindow(
        db, settings_for(tmp / "ui.ini"), Session(accounts.login("admin", DEMO_PASSWORD))
    )
    window.resize(1366, 740)
    window.show()
    case = Case.select().where((Case.tahap == 2) & (Case.status == "berjalan")).first()
    window.case_list.select_case(case.id)
    window.open_case(case.id)
    shots = [
        (window.case_view.form_stack, f"main-window{suffix}.png"),
        (window.case_view.timeline.parent(), f"timeline{suffix}.png"),
    ]
    for tab, name in shots:
        window.case_view.tabs.setCurrentWidget(tab)
        app.processEvents()
        window.grab().save(str(out / name))
        print(out / name)
    # A case at step 6, its earlier steps' documents finalised by the demo, for the Dokumen tab.
    late = Case.select().where((Case.tahap == 6) & (Case.status == "berjalan")).first()
    window.case_list.select_case(late.id)
    window.open_case(late.id)
    window.case_view.tabs.setCurrentWidget(window.case_view.documents)
    window.case_view.documents.view.selectRow(6)  # the Surat pemberitahuan: not ready yet
    app.processEvents()
    window.grab().save(str(out / f"documents-tab{suffix}.png"))
    print(out / f"documents-tab{suffix}.png")
    # The finalise dialog of its Laporan hasil uji (a correction: the demo finalised it).
    from app.documents.plan import finalisation_plan
    from ui.dialogs.finalise import FinaliseDialog
    from ui.dialogs.master_data import OpdDialog

    dialog = FinaliseDialog(finalisation_plan(late.id, "laporan_uji"), window.session.actor, window)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(out / f"finalise-dialog{suffix}.png"))
    print(out / f"finalise-dialog{suffix}.png")
    dialog.close()
    opd = OpdDialog(window.session, window)
    opd.resize(1100, 560)
    opd.show()
    opd.view.selectRow(10)
    app.processEvents()
    opd.grab().save(str(out / f"opd-kop{suffix}.png"))
    print(out / f"opd-kop{suffix}.png")
    opd.close()


if __name__ == "__main__":
    main()
