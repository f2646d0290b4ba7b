"""The README's picture of the dashboard: the 36-case demo (with its documents, so the DIK has
entries), the main window at 1366×768 on its first tab, the background figures drawn. Run
under Xvfb::

    xvfb-run -a -s "-screen 0 1366x768x24" uv run python docs/make_dashboard_screenshot.py
    (add --bahasa en for docs/dashboard-en.png)

``--db DEMO.db`` uses a demo database made before (``main.py demo --db DEMO.db``) instead of
making one (about 20 s)."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from app import accounts  # noqa: E402
from app.demo import DEMO_PASSWORD, fill_demo  # noqa: E402
from app.store import open_database  # noqa: E402
from ui.application import settings_for  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.session import Session  # noqa: E402
from ui.translation import install_translations  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bahasa", default="id", choices=("id", "en"))
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    suffix = "" if args.bahasa == "id" else f"-{args.bahasa}"
    tmp = Path(tempfile.mkdtemp())
    if args.db is not None:
        open_database(args.db)
    else:
        open_database(tmp / "demo.db")
        fill_demo()
    app = QApplication.instance() or QApplication(sys.argv)
    install_translations(app, args.bahasa)
    window = MainWindow(
        args.db or tmp / "demo.db",
        settings_for(tmp / "ui.ini"),
        Session(accounts.login("admin", DEMO_PASSWORD)),
    )
    window.resize(1366, 740)
    window.show()
    deadline = time.monotonic() + 60
    while window.dashboard.busy() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    for _ in range(10):  # the layouts the drawn figures asked for
        app.processEvents()
        time.sleep(0.02)
    out = ROOT / "docs" / f"dashboard{suffix}.png"
    window.grab().save(str(out))
    print(out)


if __name__ == "__main__":
    main()
