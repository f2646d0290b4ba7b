"""Berkas → Arsip tahunan and Periksa keutuhan basis data: both run off the GUI thread with
a progress dialog, and show their outcome plainly."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import archive, checks, settings
from app.clock import today
from app.errors import UserError
from app.settings import FOLDER_CADANGAN
from ui.messages import attempt, show_bug, show_user_error
from ui.runner import run_with_progress

translate = QCoreApplication.translate


def run_checks_dialog(parent: QWidget | None) -> list[checks.CheckResult] | None:
    """Run every check (integrity, keys, document hashes, history chain) and show them."""
    outcome = run_with_progress(
        parent,
        translate("ArchiveTools", "Memeriksa basis data"),
        lambda report: checks.run_checks(report),
    )
    if outcome.error is not None:
        show_bug(parent, outcome.error)
        return None
    if outcome.cancelled:
        return None
    results: list[checks.CheckResult] = outcome.result
    good, problem = translate("ArchiveTools", "Baik"), translate("ArchiveTools", "MASALAH")
    item = "<li><b style='color:{colour}'>{verdict}</b> — {name}: {message}</li>"  # notr: markup
    lines = "".join(
        item.format(
            colour="#0f5132" if r.ok else "#842029",
            verdict=good if r.ok else problem,
            name=html.escape(r.name),
            message=html.escape(r.message),
        )
        for r in results
    )
    ok = all(r.ok for r in results)
    box = QMessageBox(
        QMessageBox.Icon.Information if ok else QMessageBox.Icon.Warning,
        translate("ArchiveTools", "Keutuhan basis data"),
        translate("ArchiveTools", "Semua pemeriksaan baik.")
        if ok
        else translate(
            "ArchiveTools", "Ada masalah. Pulihkan dari cadangan terakhir yang baik bila perlu."
        ),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setInformativeText(f"<ul>{lines}</ul>")
    box.exec()
    return results


class YearlyArchiveDialog(QDialog):
    """A read-only archive file of one year's cases with their documents and scans."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setWindowTitle(self.tr("Arsip tahunan"))
        self.created: Path | None = None
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today().year - 1)
        self.folder = QLabel(settings.value(FOLDER_CADANGAN) or str(Path.home()))
        choose = QPushButton(self.tr("Pilih folder…"))
        make = QPushButton(self.tr("Buat arsip"))
        close = QPushButton(self.tr("Tutup"))
        note = QLabel(
            self.tr(
                "Arsip berisi kasus satu tahun beserta butir, tahapan, peserta, riwayat, "
                "dokumen final dan pindaiannya. Ujikon membukanya hanya-baca "
                "(Berkas → Buka basis data lain…)."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Tahun register"), self.year)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        form.addRow(self.tr("Folder tujuan"), folder_row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(make)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addLayout(buttons)
        choose.clicked.connect(self._choose)
        make.clicked.connect(self.make)
        close.clicked.connect(self.accept)

    def _choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder arsip"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def make(self) -> Path | None:
        year, folder = self.year.value(), Path(self.folder.text())
        actor = self._session.actor
        outcome = run_with_progress(
            self,
            self.tr("Membuat arsip {year}").format(year=year),
            lambda report: archive.yearly_archive(actor, year, folder, report, record=False),
        )
        if isinstance(outcome.error, UserError):
            show_user_error(self, outcome.error, self.tr("Arsip gagal"))
            return None
        if outcome.error is not None:
            show_bug(self, outcome.error)
            return None
        if outcome.cancelled or outcome.result is None:
            return None
        self.created = outcome.result
        attempt(self, archive.record_archive, actor, self.created)
        QMessageBox.information(
            self,
            self.tr("Arsip tahunan"),
            self.tr("Arsip {year} dibuat:\n{path}").format(year=year, path=self.created),
        )
        return self.created
