"""Periksa keaslian dokumen: is this PDF a finalised Ujikon document, which one, and was it
altered? The same check as ``main.py verify``."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.documents import store

COLOURS = {
    "asli": ("#d1e7dd", "#0f5132"),
    "diubah": ("#f8d7da", "#842029"),
    "tidak_dikenal": ("#fff3cd", "#664d03"),
}
HEADLINES = {"asli": "ASLI", "diubah": "TELAH DIUBAH", "tidak_dikenal": "TIDAK DIKENAL"}


class VerifyDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Periksa keaslian dokumen")
        self.resize(620, 260)
        intro = QLabel(
            "Pilih berkas PDF dokumen Ujikon (misalnya salinan yang dikirim lewat "
            "surel). Ujikon membandingkannya dengan dokumen final yang tersimpan."
        )
        intro.setWordWrap(True)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setMinimumHeight(110)
        self.choose = QPushButton("Pilih PDF…")
        close = QPushButton("Tutup")
        row = QHBoxLayout()
        row.addWidget(self.choose)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.result, 1)
        layout.addLayout(row)
        self.choose.clicked.connect(self._choose)
        close.clicked.connect(self.accept)

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "PDF yang diperiksa", str(Path.home()), "PDF (*.pdf);;Semua berkas (*)"
        )
        if path:
            self.check(Path(path))

    def check(self, path: Path) -> str:
        outcome = store.verify_file(path)
        bg, fg = COLOURS[outcome.status]
        self.result.setStyleSheet(f"background: {bg}; color: {fg}; padding: 10px;")
        self.result.setText(
            f"<b>{HEADLINES[outcome.status]}</b><br>{html.escape(path.name)}"
            f"<br><br>{html.escape(outcome.message)}"
        )
        return outcome.status
