"""Where a file dialog opens: the folder last used for the same purpose (a scan, a logo, a
saved PDF, a CSV export, …), else the user's Documents folder. Remembered per purpose in
the window's QSettings (``folder/<purpose>``): which folder a clerk likes is not data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

SCAN = "pindaian"
LOGO = "logo"
SIGNATURE_IMAGE = "gambar_pejabat"
VERIFY_PDF = "periksa_pdf"
SAVE_PDF = "simpan_pdf"
EXPORT_CSV = "ekspor_csv"
PACKET = "paket_kasus"  # case packets sent and received (ui.dialogs.packets)

_settings: list[QSettings] = []


def use_settings(settings: QSettings) -> None:
    """The window's settings (``MainWindow`` calls this when it is built)."""
    _settings[:] = [settings]


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path = Path(found) if found else Path.home()
    return path if path.is_dir() else Path.home()


def start_folder(purpose: str) -> Path:
    """The folder last used for ``purpose`` while it still exists, else Documents."""
    if _settings:
        value = _settings[0].value(f"folder/{purpose}")
        if value and Path(str(value)).is_dir():
            return Path(str(value))
    return documents_folder()


def remember(purpose: str, chosen: str | Path) -> None:
    """The folder of the file (or the folder) the clerk just chose for ``purpose``."""
    if not chosen or not _settings:
        return
    path = Path(chosen)
    folder = path if path.is_dir() else path.parent
    _settings[0].setValue(f"folder/{purpose}", str(folder))
