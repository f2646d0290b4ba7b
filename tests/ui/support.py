"""Shared helpers of the Qt tests: the test account's password, the CUPS-PDF queue and where
CUPS-PDF writes its files."""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import time
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinterInfo

UI_PASSWORD = "sandi-uji-123"


def cups_queue() -> str | None:
    if shutil.which("lpstat") is None:
        return None
    state = subprocess.run(["lpstat", "-r"], capture_output=True, text=True, check=False)
    if "is running" not in state.stdout or "not running" in state.stdout:
        return None
    return "PDF" if "PDF" in QPrinterInfo.availablePrinterNames() else None


CUPS_PDF_CONF = Path("/etc/cups")
CUPS_PDF_DEFAULT_OUT = "/var/spool/cups-pdf/${USER}"  # cups-pdf's own default


def cups_pdf_device_name(queue: str = "PDF") -> str:
    """The name after ``cups-pdf:/`` in the queue's device URI ("" for plain cups-pdf:/):
    CUPS-PDF then reads ``cups-pdf-NAME.conf`` instead of ``cups-pdf.conf``."""
    shown = subprocess.run(["lpstat", "-v", queue], capture_output=True, text=True, check=False)
    uri = shown.stdout.rsplit(" ", 1)[-1].strip() if shown.returncode == 0 else ""
    return uri.split("cups-pdf:/", 1)[1].strip("/") if uri.startswith("cups-pdf:/") else ""


def cups_pdf_out_dir(
    queue: str = "PDF", conf_dir: Path = CUPS_PDF_CONF, user: pwd.struct_passwd | None = None
) -> Path:
    """Where CUPS-PDF writes this user's jobs, decided as CUPS-PDF decides it: the last
    ``Out`` line of its configuration file (``cups-pdf.conf``, or ``cups-pdf-NAME.conf`` for
    a queue on ``cups-pdf:/NAME``), else its default; ``${HOME}`` is the job owner's home
    directory from the password database (CUPS-PDF runs as root and never sees our
    ``$HOME``, so a test with a private HOME still finds the files), ``${USER}`` the user's
    name (lower-cased, CUPS-PDF's default ``LowerCase``)."""
    name = cups_pdf_device_name(queue) if conf_dir == CUPS_PDF_CONF else ""
    conf = conf_dir / (f"cups-pdf-{name}.conf" if name else "cups-pdf.conf")
    out = CUPS_PDF_DEFAULT_OUT
    try:
        lines = conf.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        lines = []
    for line in lines:
        words = line.strip().split(None, 1)
        if len(words) == 2 and words[0] == "Out":
            out = words[1].strip()
    owner = user or pwd.getpwuid(os.getuid())
    out = out.replace("${HOME}", owner.pw_dir).replace("${USER}", owner.pw_name.lower())
    return Path(out)


def cups_pdf_files(queue: str = "PDF") -> set[Path]:
    folder = cups_pdf_out_dir(queue)
    return set(folder.glob("*.pdf")) if folder.exists() else set()


def wait_for_output(folder: Path, before: set[Path], title: str, deadline_s: float = 60):
    """Wait for CUPS-PDF to write the job (an external process: poll until a deadline)."""
    end = time.monotonic() + deadline_s
    while time.monotonic() < end:
        new = [p for p in folder.glob("*.pdf") if p not in before and title in p.name]
        if new and new[0].stat().st_size > 0:
            try:
                return PdfReader(new[0])
            except Exception:  # still being written
                pass
        time.sleep(0.2)
    raise AssertionError(f"CUPS-PDF wrote no file for {title} in {folder}")


def answer_reason(monkeypatch, reason: str) -> None:
    """The send-back reason box (``ui.forms.reason_dialog``) as the clerk answers it: the
    reason typed, then its Kembalikan button pressed."""
    from PySide6.QtWidgets import QPushButton

    from ui.forms.reason_dialog import ReasonDialog

    def exec_(dialog: ReasonDialog) -> int:
        dialog.text.set_value(reason)
        button = next(
            b for b in dialog.findChildren(QPushButton) if b.text().startswith("Kembalikan")
        )
        button.click()
        return dialog.result()

    monkeypatch.setattr(ReasonDialog, "exec", exec_)
