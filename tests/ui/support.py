"""Shared helpers of the Qt tests: the test account's password, the CUPS-PDF queue."""

from __future__ import annotations

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


def cups_pdf_files() -> set[Path]:
    folder = Path.home() / "PDF"  # CUPS-PDF's "Out ${HOME}/PDF"
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
