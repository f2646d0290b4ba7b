"""``main.py --smoke`` (``Ujikon --smoke`` in the bundle): the installed program's self-test,
which CI runs on the bundle ``packaging/ujikon.spec`` builds, with every network connection
refused (``app.netguard``).

1. A temporary folder holds everything (database, office key, log and window settings, on
   every system: ``UJIKON_PROFIL``, since platformdirs ignores ``XDG_*`` on Windows), so no
   user's own files are touched; it is removed at the end.
2. Two demo cases are made through the services: the second has passed step 1, so its
   documents are rendered (ReportLab, the fonts and logo of ``resources/``, the QR code, Babel's
   Indonesian dates, num2words, pyphen's Indonesian patterns) and finalised (cryptography's
   Ed25519 seal, Argon2 hashes of the demo accounts).
3. The real window starts on that database (``ui.application.run``), logged in as the demo
   PPID Utama, and ``ui.soak`` drives it for one round: a verified backup, one final document
   printed through the print dialog to a PDF file (QtPdf renders it, QPrinter writes it; no
   printer queue is asked, ``CUPS_SERVER`` points nowhere) and read back, then *Keluar* while
   one more backup runs. Any message box that comes up is a failure.
4. Exit status 0 only when all of that went well and nothing tried the network.

A module, resource or Qt plugin missing from the bundle makes one of these steps fail
loudly: an ImportError, a missing file, or a window that does not start."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

DEMO_CASES = 2  # the second case has passed step 1: it carries finalised documents
DEMO_USER, DEMO_PASSWORD = "utama", "demo-ujikon"


def isolate(folder: Path) -> None:
    """Point every per-user path of this process into ``folder``."""
    from app.paths import PROFILE_VARIABLE

    os.environ["UJIKON_KUNCI"] = str(folder / "kunci")  # never the office's real key
    os.environ[PROFILE_VARIABLE] = str(folder)  # data and config, on Windows too
    os.environ["XDG_DATA_HOME"] = str(folder / "data")
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
    os.environ["CUPS_SERVER"] = str(folder / "tanpa-cups.sock")  # no print queue: a PDF file
    os.environ.pop("UJIKON_BAHASA", None)  # notr: an environment variable
    os.environ["UJIKON_USER"], os.environ["UJIKON_PASSWORD"] = DEMO_USER, DEMO_PASSWORD


def run_smoke(keep: bool = False) -> int:
    from app import netguard, tasks

    netguard.block_network()
    folder = Path(tempfile.mkdtemp(prefix="ujikon-smoke-"))
    try:
        isolate(folder)
        db_path = folder / "smoke.db"
        print(f"smoke: folder sementara {folder}")
        made = tasks.fill_demo_database(db_path, DEMO_CASES, 2026, lambda done, total: None)
        for line in made.out + made.err:
            print(f"smoke: {line}")
        if made.code != 0:
            print("smoke: GAGAL: data contoh tidak dapat dibuat", file=sys.stderr)
            return 1
        from ui.application import run

        code = run(db_path, soak=1)
        if netguard.attempts:
            print(f"smoke: GAGAL: akses jaringan dicoba: {netguard.attempts}", file=sys.stderr)
            return 1
        print(f"smoke: {'baik' if code == 0 else f'GAGAL (kode {code})'}")
        return code
    finally:
        if not keep:
            shutil.rmtree(folder, ignore_errors=True)
