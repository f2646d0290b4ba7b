"""Cadangkan and Pulihkan: a verified backup to a chosen folder, off the GUI thread with a
progress bar and cancel; a restore that shows what the backup holds and asks first. Plus the
pieces the main window uses: the reminder text, the backup on exit, and the question asked
when the database cannot be opened for writing.

Wiring (done by the main window and ``ui.application``):

- ``BackupDialog(session, parent).exec()`` for Berkas → Cadangkan… (and the toolbar).
- ``RestoreDialog(session, db_path, reopen, parent).exec()`` for Berkas → Pulihkan…;
  ``reopen(db_path)`` is called after the file was replaced (rebuild the window on it).
- ``backup_reminder_text()`` for a banner: None when no reminder is due.
- ``backup_on_exit(session, parent)`` from ``closeEvent``: False means "do not close".
- ``ask_open_read_only(parent, path, exc)`` when ``open_database`` raised a
  ``DatabaseProblem`` whose ``can_open_read_only`` is True (another user has the file, or it
  is not writable): True when the user chose to view it read-only.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import archive, settings, workspace
from app.capabilities import capabilities
from app.errors import DatabaseProblem, UserError
from app.permissions import SYSTEM_ACTOR
from app.settings import (
    CADANGAN_SAAT_KELUAR,
    FOLDER_CADANGAN,
    HARI_PENGINGAT_CADANGAN,
    SIMPAN_CADANGAN,
)
from app.text import format_number, format_timestamp
from ui.messages import attempt, show_bug, show_user_error
from ui.runner import run_with_progress
from ui.session import Session

OK_STYLE = "background: #d1e7dd; color: #0f5132; padding: 8px;"
BAD_STYLE = "background: #f8d7da; color: #842029; padding: 8px;"


def _remember_folder(actor, folder: Path) -> None:
    try:
        archive.remember_backup_folder(actor, folder)
    except UserError:
        pass  # remembering the folder is a convenience; the backup itself went fine


def _run_backup(
    parent: QWidget | None,
    folder: Path,
    session: Session | None,
    title: str = "Mencadangkan basis data",
) -> archive.BackupResult | None:
    """Back up into ``folder`` off the GUI thread; note it in the database on this thread.
    Problems are shown; returns None when nothing was made (failure or cancel)."""
    actor = session.actor if session is not None else SYSTEM_ACTOR
    outcome = run_with_progress(
        parent,
        title,
        lambda report: archive.backup(
            actor, folder, progress=report, cancelled=report.cancelled, record=False
        ),
    )
    if outcome.cancelled or isinstance(outcome.error, archive.BackupCancelled):
        QMessageBox.information(parent, "Dibatalkan", archive.BackupCancelled().message)
        return None
    if isinstance(outcome.error, UserError):
        show_user_error(parent, outcome.error, "Cadangan gagal")
        return None
    if outcome.error is not None:
        show_bug(parent, outcome.error)
        return None
    result: archive.BackupResult = outcome.result
    attempt(parent, archive.record_backup, result, actor)
    _remember_folder(actor, folder)
    return result


def last_backup_text() -> str:
    last = archive.last_backup()
    if last is None:
        return "Basis data ini belum pernah dicadangkan."
    return f"Cadangan terakhir: {format_timestamp(last.when)} — {last.path}"


def backup_reminder_text(now: datetime | None = None) -> str | None:
    """The banner text when a backup is due (setting ``hari_pengingat_cadangan``), else None."""
    if not archive.backup_due(now=now):
        return None
    last = archive.last_backup()
    action = "Cadangkan sekarang: Berkas → Cadangkan…"
    if last is None:
        return f"Basis data ini belum pernah dicadangkan. {action}"
    days = ((now or datetime.now(UTC)) - last.when).days
    return (
        f"Cadangan terakhir dibuat {days} hari yang lalu ({format_timestamp(last.when)}). {action}"
    )


def backup_on_exit(session: Session | None, parent: QWidget | None = None) -> bool:
    """Back up to the remembered folder when the setting ``cadangan_saat_keluar`` is on.
    Returns False when the user would rather not close after a failed or cancelled backup."""
    if workspace.current() is None or workspace.read_only():
        return True
    if not settings.value(CADANGAN_SAAT_KELUAR):
        return True
    if session is not None and not capabilities(session.actor).backup:
        return True  # this role may not back up; the reminder asks whoever may
    folder = settings.value(FOLDER_CADANGAN)
    result = None
    if folder:
        result = _run_backup(parent, Path(folder), session, "Mencadangkan sebelum keluar")
    if result is not None:
        return True
    reason = (
        "Cadangan saat keluar tidak dibuat."
        if folder
        else "Cadangan saat keluar aktif, tetapi folder cadangan belum dipilih "
        "(Berkas → Cadangkan…)."
    )
    return (
        QMessageBox.question(
            parent,
            "Cadangan saat keluar",
            f"{reason}\n\nTetap keluar dari Ujikon?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        == QMessageBox.StandardButton.Yes
    )


def ask_open_read_only(parent: QWidget | None, path: Path, exc: DatabaseProblem) -> bool:
    """Explain why ``path`` cannot be opened for writing and offer to view it read-only."""
    if not exc.can_open_read_only:
        show_user_error(parent, exc, "Basis data tidak dapat dibuka")
        return False
    return (
        QMessageBox.question(
            parent,
            getattr(exc, "read_only_title", "Basis data sedang dipakai"),
            f"{exc.message}\n\nBerkas: {path}\n\nBuka hanya-baca (melihat saja, tanpa mengubah)?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        == QMessageBox.StandardButton.Yes
    )


class BackupDialog(QDialog):
    """Berkas → Cadangkan…: choose a folder (remembered), back up, show the verified result."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.result_backup: archive.BackupResult | None = None
        # Gone once closed: opened from the window, a dialog left behind would live as the
        # window's child until the window goes (fifty backups, fifty hidden dialogs).
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle("Cadangkan basis data")
        self.resize(720, 520)
        intro = QLabel(
            "Ujikon menyalin basis data lewat SQLite, aman walaupun aplikasi sedang dipakai. "
            "Salinannya lalu diperiksa (keutuhan dan jumlah baris), dan manifes berisi SHA-256 "
            "ditulis di sampingnya. Flashdisk dan folder jaringan boleh dipakai."
        )
        intro.setWordWrap(True)
        self.last = QLabel(last_backup_text())
        self.last.setWordWrap(True)
        self.folder = QLineEdit(settings.value(FOLDER_CADANGAN))
        self.folder.setPlaceholderText("Folder tujuan, misalnya E:\\Cadangan Ujikon")
        choose = QPushButton("Pilih folder…")
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(choose)

        self.remind_days = QSpinBox()
        self.remind_days.setRange(0, 365)
        self.remind_days.setSuffix(" hari")
        self.remind_days.setSpecialValueText("tidak diingatkan")
        self.remind_days.setValue(settings.value(HARI_PENGINGAT_CADANGAN))
        self.keep = QSpinBox()
        self.keep.setRange(1, 1000)
        self.keep.setValue(settings.value(SIMPAN_CADANGAN))
        self.on_exit = QCheckBox("Cadangkan ke folder di atas setiap kali Ujikon ditutup")
        self.on_exit.setChecked(settings.value(CADANGAN_SAAT_KELUAR))
        self.save_settings_button = QPushButton("Simpan pengaturan")
        self.save_settings_button.clicked.connect(self.save_settings)
        settings_box = QGroupBox("Pengaturan cadangan")
        form = QFormLayout(settings_box)
        form.addRow("Ingatkan bila cadangan terakhir lebih dari", self.remind_days)
        form.addRow("Simpan cadangan terakhir sebanyak", self.keep)
        form.addRow(self.on_exit)
        form.addRow(self.save_settings_button)
        can = capabilities(session.actor)
        may_configure = can.manage_settings and not workspace.read_only()
        settings_box.setEnabled(may_configure)
        if not may_configure:
            settings_box.setToolTip("Hanya Administrator yang dapat mengubah pengaturan ini.")

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setPlaceholderText("Hasil pencadangan tampil di sini.")
        self.backup_button = QPushButton("Cadangkan")
        self.backup_button.setDefault(True)
        self.backup_button.clicked.connect(lambda: self.run_backup())
        self.backup_button.setEnabled(can.backup)
        close = QPushButton("Tutup")
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.backup_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.last)
        layout.addWidget(QLabel("Folder tujuan"))
        layout.addLayout(row)
        layout.addWidget(settings_box)
        layout.addWidget(self.status)
        layout.addWidget(self.details, 1)
        layout.addLayout(buttons)

    def _choose(self) -> None:
        start = self.folder.text().strip() or str(Path.home())
        chosen = QFileDialog.getExistingDirectory(self, "Folder cadangan", start)
        if chosen:
            self.folder.setText(chosen)

    def save_settings(self) -> bool:
        ok, _ = attempt(
            self,
            archive.save_backup_settings,
            self._session.actor,
            self.remind_days.value(),
            self.keep.value(),
            self.on_exit.isChecked(),
            self.folder.text().strip(),
            fields={
                "hari_pengingat_cadangan": self.remind_days,
                "simpan_cadangan": self.keep,
                "folder_cadangan": self.folder,
            },
        )
        if ok:
            self.status.setStyleSheet("")
            self.status.setText("Pengaturan cadangan disimpan.")
        return ok

    def run_backup(self) -> archive.BackupResult | None:
        text = self.folder.text().strip()
        if not text:
            QMessageBox.warning(
                self, "Folder belum dipilih", "Pilih folder tujuan cadangan lebih dulu."
            )
            return None
        self.backup_button.setEnabled(False)
        try:
            result = _run_backup(self, Path(text), self._session)
        finally:
            self.backup_button.setEnabled(capabilities(self._session.actor).backup)
        if result is None:
            self.status.setStyleSheet(BAD_STYLE)
            self.status.setText("Tidak ada cadangan yang dibuat.")
            return None
        self.result_backup = result
        self.status.setStyleSheet(OK_STYLE)
        self.status.setText(f"<b>Cadangan terverifikasi.</b> {html.escape(result.path.name)}")
        self.details.setPlainText(result.summary() + "\n\nManifes: " + str(result.manifest_path))
        self.last.setText(last_backup_text())
        return result


def backup_time(check: archive.BackupCheck) -> str:
    """When the backup was made, in WIB and saying so (``02-12-2026 14.15 WIB``)."""
    return f"{format_timestamp(check.created_at)} WIB"


class RestoreDialog(QDialog):
    """Berkas → Pulihkan…: pick a backup, see whether it is sound and what it holds, confirm,
    restore (the current database is copied first), then ``reopen(db_path)``."""

    def __init__(
        self, session: Session, db_path: Path, reopen, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._db_path = Path(db_path)
        self._reopen = reopen
        self.check: archive.BackupCheck | None = None
        self.restored: archive.RestoreResult | None = None
        self.setWindowTitle("Pulihkan dari cadangan")
        self.resize(720, 520)
        intro = QLabel(
            f"Basis data <b>{html.escape(str(self._db_path))}</b> akan diganti dengan isi "
            "berkas cadangan. Ujikon memeriksa cadangan lebih dulu (keutuhan, SHA-256 di "
            "manifes, versi), lalu menyimpan salinan basis data yang sekarang di sampingnya "
            "sebelum menggantinya."
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        self.file = QLineEdit()
        self.file.setPlaceholderText("Berkas cadangan ujikon-….sqlite")
        self.file.setReadOnly(True)
        choose = QPushButton("Pilih berkas…")
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(choose)
        self.status = QLabel("Belum ada berkas yang dipilih.")
        self.status.setWordWrap(True)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.restore_button = QPushButton("Pulihkan…")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(lambda: self.restore())
        self._may_restore = capabilities(session.actor).restore and not workspace.read_only()
        if not self._may_restore:
            self.restore_button.setToolTip(
                "Hanya Administrator yang dapat memulihkan basis "
                "data, dan tidak dari jendela hanya-baca."
            )
        close = QPushButton("Tutup")
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.details, 1)
        layout.addLayout(buttons)

    def _choose(self) -> None:
        start = settings.value(FOLDER_CADANGAN) or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self, "Berkas cadangan", start, "Cadangan Ujikon (ujikon-*.sqlite);;Semua berkas (*)"
        )
        if path:
            self.check_file(Path(path))

    def check_file(self, path: Path) -> archive.BackupCheck | None:
        """Verify ``path`` off the GUI thread and show the outcome."""
        self.file.setText(str(path))
        outcome = run_with_progress(
            self, "Memeriksa cadangan", lambda report: archive.verify_backup(path, report)
        )
        if outcome.error is not None:
            show_bug(self, outcome.error)
            return None
        check: archive.BackupCheck = outcome.result
        self.check = check
        self._show(check)
        return check

    def _show(self, check: archive.BackupCheck) -> None:
        usable = check.ok and check.archive_year is None
        self.status.setStyleSheet(OK_STYLE if usable else BAD_STYLE)
        if check.ok and check.archive_year is not None:
            self.status.setText(
                f"{check.path.name} adalah arsip tahunan {check.archive_year}, "
                "bukan cadangan lengkap; bukalah hanya-baca."
            )
        elif check.ok:  # the time in WIB, as everywhere in this dialog (not the PC's zone)
            made = f" dibuat {backup_time(check)}" if check.created_at else ""
            self.status.setText(
                f"Cadangan {check.path.name} utuh{made}: {archive.counts_text(check.counts)}."
            )
        else:
            self.status.setText(check.message)
        lines = []
        if check.manifest is not None:
            m = check.manifest
            lines += [
                f"Dibuat: {backup_time(check)}",
                f"Oleh Ujikon versi {m.app_version or '?'}, skema versi {m.schema_version}",
                f"Dari basis data: {m.source}",
            ]
        lines += [f"Ukuran: {format_number(check.size)} bita", f"SHA-256: {check.sha256}"]
        if check.counts:
            lines.append("Isi: " + archive.counts_text(check.counts))
            lines += [
                f"  {table}: {format_number(n)} baris" for table, n in sorted(check.counts.items())
            ]
        self.details.setPlainText("\n".join(lines))
        self.restore_button.setEnabled(usable and self._may_restore)

    def _prepare(self, backup: Path, override: str):
        return run_with_progress(
            self,
            "Menyiapkan pemulihan",
            lambda report: archive.prepare_restore(
                self._session.actor, backup, self._db_path, report, override
            ),
        )

    def restore(self) -> archive.RestoreResult | None:
        check = self.check
        if check is None:
            return None
        if not check.ok or check.archive_year is not None or not self._may_restore:
            QMessageBox.warning(
                self, "Tidak dapat dipulihkan", self.status.text() + "\n\nBasis data tidak diubah."
            )
            return None
        when = backup_time(check) if check.created_at else "?"
        if (
            QMessageBox.question(
                self,
                "Pulihkan basis data?",
                f"Basis data {self._db_path} akan diganti dengan cadangan tanggal {when} "
                f"({archive.counts_text(check.counts)}).\n\nSemua perubahan setelah tanggal itu "
                "tidak ada di cadangan. Basis data yang sekarang disalin dulu ke folder yang "
                "sama.\n\nLanjutkan?",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            != QMessageBox.StandardButton.Yes
        ):
            return None
        outcome = self._prepare(check.path, "")
        if isinstance(outcome.error, archive.BackupUnknown):
            # Only an administrator restores at all; a backup this database never made needs
            # a reason too, recorded in the history of the restored database.
            reason, ok = QInputDialog.getMultiLineText(
                self,
                "Cadangan tidak dikenal",
                f"{outcome.error.message}\n\nAlasan tetap memulihkan cadangan ini:",
            )
            if not ok or not reason.strip():
                return None
            outcome = self._prepare(check.path, reason)
        if isinstance(outcome.error, UserError):
            show_user_error(self, outcome.error, "Tidak dapat dipulihkan")
            return None
        if outcome.error is not None:
            show_bug(self, outcome.error)
            return None
        ok, result = attempt(self, archive.finish_restore, self._session.actor, outcome.result)
        if not ok:
            return None
        self.restored = result
        where = f"\n\nSalinan basis data sebelumnya:\n{result.previous}" if result.previous else ""
        QMessageBox.information(
            self, "Dipulihkan", f"Basis data dipulihkan dari {result.backup.name}.{where}"
        )
        self.accept()
        if self._reopen is not None:
            self._reopen(self._db_path)
        return result
