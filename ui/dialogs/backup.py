"""Cadangkan and Pulihkan: a verified backup to a chosen folder, off the GUI thread with a
progress bar and cancel; a restore that shows what the backup holds and asks first. Plus the
pieces the main window uses: the reminder text, the backup on exit, and the question asked
when the database cannot be opened for writing.

Wiring (done by the main window and ``ui.application``):

- ``BackupDialog(session, parent).exec()`` for Berkas → Cadangkan… (and the toolbar).
- ``RestoreDialog(session, db_path, reopen, parent).exec()`` for Berkas → Pulihkan…;
  ``reopen(db_path)`` is called after the file was replaced (rebuild the window on it).
- ``backup_reminder_text()`` for a banner: None when no reminder is due (from
  ``ui.backup_reminder``, where the first screen imports it from).
- ``backup_on_exit(session, parent)`` from ``closeEvent``: False means "do not close".
- ``ask_open_read_only(parent, path, exc)`` when ``open_database`` raised a
  ``DatabaseProblem`` whose ``can_open_read_only`` is True (another user has the file, or it
  is not writable): True when the user chose to view it read-only.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
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
from app.backup_reminder import backup_on_exit_wanted
from app.capabilities import capabilities
from app.errors import DatabaseProblem, UserError
from app.permissions import SYSTEM_ACTOR
from app.settings import (
    CADANGAN_SAAT_KELUAR,
    FOLDER_CADANGAN,
    HARI_PENGINGAT_CADANGAN,
    SIMPAN_CADANGAN,
)
from ui.backup_reminder import backup_reminder_text as backup_reminder_text  # re-exported
from ui.backup_reminder import last_backup_text
from ui.formats import format_number, format_timestamp
from ui.messages import attempt, show_bug, show_user_error
from ui.runner import run_with_progress
from ui.session import Session
from ui.translation import app_text

translate = QCoreApplication.translate

OK_STYLE = "background: #d1e7dd; color: #0f5132; padding: 8px;"  # notr: style sheet
BAD_STYLE = "background: #f8d7da; color: #842029; padding: 8px;"  # notr: style sheet


def _remember_folder(actor, folder: Path) -> None:
    try:
        archive.remember_backup_folder(actor, folder)
    except UserError:
        pass  # remembering the folder is a convenience; the backup itself went fine


def _run_backup(
    parent: QWidget | None,
    folder: Path,
    session: Session | None,
    title: str | None = None,
) -> archive.BackupResult | None:
    """Back up into ``folder`` off the GUI thread; note it in the database on this thread.
    Problems are shown; returns None when nothing was made (failure or cancel)."""
    actor = session.actor if session is not None else SYSTEM_ACTOR
    outcome = run_with_progress(
        parent,
        title or translate("Backup", "Mencadangkan basis data"),
        lambda report: archive.backup(
            actor, folder, progress=report, cancelled=report.cancelled, record=False
        ),
    )
    if outcome.cancelled or isinstance(outcome.error, archive.BackupCancelled):
        QMessageBox.information(
            parent, translate("Backup", "Dibatalkan"), archive.BackupCancelled().message
        )
        return None
    if isinstance(outcome.error, UserError):
        show_user_error(parent, outcome.error, translate("Backup", "Cadangan gagal"))
        return None
    if outcome.error is not None:
        show_bug(parent, outcome.error)
        return None
    result: archive.BackupResult = outcome.result
    attempt(parent, archive.record_backup, result, actor)
    _remember_folder(actor, folder)
    return result


def backup_on_exit(session: Session | None, parent: QWidget | None = None) -> bool:
    """Back up to the remembered folder when the setting ``cadangan_saat_keluar`` is on.
    Returns False when the user would rather not close after a failed or cancelled backup.
    A role that may not back up quits without it (the reminder asks whoever may)."""
    if not backup_on_exit_wanted(session.actor if session is not None else None):
        return True
    folder = settings.value(FOLDER_CADANGAN)
    result = None
    if folder:
        result = _run_backup(
            parent, Path(folder), session, translate("Backup", "Mencadangkan sebelum keluar")
        )
    if result is not None:
        return True
    question = (
        translate("Backup", "Cadangan saat keluar tidak dibuat.\n\nTetap keluar dari Ujikon?")
        if folder
        else translate(
            "Backup",
            "Cadangan saat keluar aktif, tetapi folder cadangan belum dipilih "
            "(Berkas → Cadangkan…).\n\nTetap keluar dari Ujikon?",
        )
    )
    return (
        QMessageBox.question(
            parent,
            translate("Backup", "Cadangan saat keluar"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        == QMessageBox.StandardButton.Yes
    )


def ask_open_read_only(parent: QWidget | None, path: Path, exc: DatabaseProblem) -> bool:
    """Explain why ``path`` cannot be opened for writing and offer to view it read-only."""
    if not exc.can_open_read_only:
        show_user_error(parent, exc, translate("Backup", "Basis data tidak dapat dibuka"))
        return False
    return (
        QMessageBox.question(
            parent,
            getattr(exc, "read_only_title", None)
            or translate("Backup", "Basis data sedang dipakai"),
            translate(
                "Backup",
                "{message}\n\nBerkas: {path}\n\nBuka hanya-baca (melihat saja, tanpa mengubah)?",
            ).format(message=app_text(exc.message), path=path),
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
        self.setWindowTitle(self.tr("Cadangkan basis data"))
        self.resize(720, 520)
        intro = QLabel(
            self.tr(
                "Ujikon menyalin basis data lewat SQLite, aman walaupun aplikasi sedang dipakai. "
                "Salinannya lalu diperiksa (keutuhan dan jumlah baris), dan manifes berisi "
                "SHA-256 ditulis di sampingnya. Flashdisk dan folder jaringan boleh dipakai."
            )
        )
        intro.setWordWrap(True)
        self.last = QLabel(last_backup_text())
        self.last.setWordWrap(True)
        self.folder = QLineEdit(settings.value(FOLDER_CADANGAN))
        self.folder.setPlaceholderText(self.tr("Folder tujuan, misalnya E:\\Cadangan Ujikon"))
        choose = QPushButton(self.tr("Pilih folder…"))
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(choose)

        self.remind_days = QSpinBox()
        self.remind_days.setRange(0, 365)
        self.remind_days.setSpecialValueText(self.tr("tidak diingatkan"))
        self.remind_days.valueChanged.connect(self._days_suffix)
        self.remind_days.setValue(settings.value(HARI_PENGINGAT_CADANGAN))
        self._days_suffix(self.remind_days.value())
        self.keep = QSpinBox()
        self.keep.setRange(1, 1000)
        self.keep.setValue(settings.value(SIMPAN_CADANGAN))
        self.on_exit = QCheckBox(self.tr("Cadangkan ke folder di atas setiap kali Ujikon ditutup"))
        self.on_exit.setChecked(settings.value(CADANGAN_SAAT_KELUAR))
        self.save_settings_button = QPushButton(self.tr("Simpan pengaturan"))
        self.save_settings_button.clicked.connect(self.save_settings)
        settings_box = QGroupBox(self.tr("Pengaturan cadangan"))
        form = QFormLayout(settings_box)
        form.addRow(self.tr("Ingatkan bila cadangan terakhir lebih dari"), self.remind_days)
        form.addRow(self.tr("Simpan cadangan terakhir sebanyak"), self.keep)
        form.addRow(self.on_exit)
        form.addRow(self.save_settings_button)
        can = capabilities(session.actor)
        may_configure = can.manage_settings and not workspace.read_only()
        settings_box.setEnabled(may_configure)
        if not may_configure:
            settings_box.setToolTip(
                self.tr("Hanya Administrator yang dapat mengubah pengaturan ini.")
            )

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(self.tr("Hasil pencadangan tampil di sini."))
        self.backup_button = QPushButton(self.tr("Cadangkan"))
        self.backup_button.setDefault(True)
        self.backup_button.clicked.connect(lambda: self.run_backup())
        self.backup_button.setEnabled(can.backup)
        close = QPushButton(self.tr("Tutup"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.backup_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.last)
        layout.addWidget(QLabel(self.tr("Folder tujuan")))
        layout.addLayout(row)
        layout.addWidget(settings_box)
        layout.addWidget(self.status)
        layout.addWidget(self.details, 1)
        layout.addLayout(buttons)

    def _days_suffix(self, days: int) -> None:
        """ " hari" after the number, in the plural English needs."""
        self.remind_days.setSuffix(self.tr(" hari", "", days))

    def _choose(self) -> None:
        start = self.folder.text().strip() or str(Path.home())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder cadangan"), start)
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
            self.status.setText(self.tr("Pengaturan cadangan disimpan."))
        return ok

    def run_backup(self) -> archive.BackupResult | None:
        text = self.folder.text().strip()
        if not text:
            QMessageBox.warning(
                self,
                self.tr("Folder belum dipilih"),
                self.tr("Pilih folder tujuan cadangan lebih dulu."),
            )
            return None
        self.backup_button.setEnabled(False)
        try:
            result = _run_backup(self, Path(text), self._session)
        finally:
            self.backup_button.setEnabled(capabilities(self._session.actor).backup)
        if result is None:
            self.status.setStyleSheet(BAD_STYLE)
            self.status.setText(self.tr("Tidak ada cadangan yang dibuat."))
            return None
        self.result_backup = result
        self.status.setStyleSheet(OK_STYLE)
        self.status.setText(
            self.tr("<b>Cadangan terverifikasi.</b> {name}").format(
                name=html.escape(result.path.name)
            )
        )
        self.details.setPlainText(
            self.tr("{summary}\n\nManifes: {manifest}").format(
                summary=result.summary(), manifest=result.manifest_path
            )
        )
        self.last.setText(last_backup_text())
        return result


def backup_time(check: archive.BackupCheck) -> str:
    """When the backup was made, in WIB and saying so (``02-12-2026 14.15 WIB``)."""
    return translate("Backup", "{time} WIB").format(time=format_timestamp(check.created_at))


class RestoreDialog(QDialog):
    """Berkas → Pulihkan…: pick a backup, see whether it is sound and what it holds, confirm,
    restore (the current database is copied first), then ``reopen(db_path)``."""

    def __init__(
        self, session: Session, db_path: Path, reopen, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        # a server's URL as it is (a Path would fold its "//"); a file as a Path
        self._server = workspace.is_server(db_path)
        self._db_path: Path | str = db_path if self._server else Path(db_path)
        info = workspace.current()
        # a server as a message names it (never its password); a file by its path as given
        self._where = info.where if self._server and info is not None else str(db_path)
        self._reopen = reopen
        self.check: archive.BackupCheck | None = None
        self.restored: archive.RestoreResult | None = None
        self.setWindowTitle(self.tr("Pulihkan dari cadangan"))
        self.resize(720, 520)
        if self._server:
            text = self.tr(
                "Basis data server <b>{path}</b> akan diganti dengan isi berkas cadangan. Ujikon "
                "memeriksa cadangan lebih dulu (keutuhan, SHA-256 di manifes, versi), lalu "
                "mencadangkan basis data server yang sekarang ke folder cadangan sebelum "
                "mengganti seluruh isinya dalam satu transaksi."
            )
        else:
            text = self.tr(
                "Basis data <b>{path}</b> akan diganti dengan isi berkas cadangan. Ujikon "
                "memeriksa cadangan lebih dulu (keutuhan, SHA-256 di manifes, versi), lalu "
                "menyimpan salinan basis data yang sekarang di sampingnya sebelum menggantinya."
            )
        intro = QLabel(text.format(path=html.escape(self._where)))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        self.file = QLineEdit()
        self.file.setPlaceholderText(self.tr("Berkas cadangan ujikon-….sqlite"))
        self.file.setReadOnly(True)
        choose = QPushButton(self.tr("Pilih berkas…"))
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(choose)
        self.status = QLabel(self.tr("Belum ada berkas yang dipilih."))
        self.status.setWordWrap(True)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.restore_button = QPushButton(self.tr("Pulihkan…"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(lambda: self.restore())
        self._may_restore = capabilities(session.actor).restore and not workspace.read_only()
        if not self._may_restore:
            self.restore_button.setToolTip(
                self.tr(
                    "Hanya Administrator yang dapat memulihkan basis data, dan tidak dari "
                    "jendela hanya-baca."
                )
            )
        close = QPushButton(self.tr("Tutup"))
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
            self,
            self.tr("Berkas cadangan"),
            start,
            self.tr("Cadangan Ujikon (ujikon-*.sqlite);;Semua berkas (*)"),
        )
        if path:
            self.check_file(Path(path))

    def check_file(self, path: Path) -> archive.BackupCheck | None:
        """Verify ``path`` off the GUI thread and show the outcome."""
        self.file.setText(str(path))
        outcome = run_with_progress(
            self, self.tr("Memeriksa cadangan"), lambda report: archive.verify_backup(path, report)
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
                self.tr(
                    "{name} adalah arsip tahunan {year}, bukan cadangan lengkap; bukalah "
                    "hanya-baca."
                ).format(name=check.path.name, year=check.archive_year)
            )
        elif check.ok:  # the time in WIB, as everywhere in this dialog (not the PC's zone)
            counts = archive.counts_text(check.counts)
            if check.created_at:
                text = self.tr("Cadangan {name} utuh dibuat {time}: {counts}.").format(
                    name=check.path.name, time=backup_time(check), counts=counts
                )
            else:
                text = self.tr("Cadangan {name} utuh: {counts}.").format(
                    name=check.path.name, counts=counts
                )
            self.status.setText(text)
        else:
            self.status.setText(check.message)
        lines = []
        if check.manifest is not None:
            m = check.manifest
            lines += [
                self.tr("Dibuat: {time}").format(time=backup_time(check)),
                self.tr("Oleh Ujikon versi {version}, skema versi {schema}").format(
                    version=m.app_version or "?", schema=m.schema_version
                ),
                self.tr("Dari basis data: {source}").format(source=m.source),
            ]
        lines += [
            self.tr("Ukuran: {size} bita").format(size=format_number(check.size)),
            self.tr("SHA-256: {sha256}").format(sha256=check.sha256),
        ]
        if check.counts:
            lines.append(self.tr("Isi: {counts}").format(counts=archive.counts_text(check.counts)))
            lines += [
                self.tr("  {table}: {rows} baris", "", n).format(table=table, rows=format_number(n))
                for table, n in sorted(check.counts.items())
            ]
        self.details.setPlainText("\n".join(lines))
        self.restore_button.setEnabled(usable and self._may_restore)

    def _prepare(self, backup: Path, override: str):
        actor = self._session.actor
        if self._server:
            return run_with_progress(
                self,
                self.tr("Menyiapkan pemulihan"),
                lambda report: archive.prepare_server_restore(actor, backup, report, override),
            )
        return run_with_progress(
            self,
            self.tr("Menyiapkan pemulihan"),
            lambda report: archive.prepare_restore(actor, backup, self._db_path, report, override),
        )

    def _finish(self, prepared) -> tuple[bool, archive.RestoreResult | None]:
        """The swap: a file's on this thread (it owns the connection); a server's rows
        replaced by the background runner (one transaction, on a connection of its own),
        the window meanwhile reading the rows as they were."""
        actor = self._session.actor
        if not self._server:
            return attempt(self, archive.finish_restore, actor, prepared)
        tables = len(archive.copied_tables())

        def work(report):
            done = [0]

            def copied(text: str) -> None:
                done[0] += 1
                report(done[0], tables, text)

            return archive.finish_server_restore(actor, prepared, copied, report)

        outcome = run_with_progress(
            self, self.tr("Memulihkan basis data server"), work, cancellable=False
        )
        if isinstance(outcome.error, UserError):
            show_user_error(self, outcome.error, self.tr("Tidak dapat dipulihkan"))
            return False, None
        if outcome.error is not None:
            show_bug(self, outcome.error)
            return False, None
        return True, outcome.result

    def _copied_first(self) -> str:
        if self._server:
            return self.tr("Basis data server yang sekarang dicadangkan dulu ke folder cadangan.")
        return self.tr("Basis data yang sekarang disalin dulu ke folder yang sama.")

    def restore(self) -> archive.RestoreResult | None:
        check = self.check
        if check is None:
            return None
        if not check.ok or check.archive_year is not None or not self._may_restore:
            QMessageBox.warning(
                self,
                self.tr("Tidak dapat dipulihkan"),
                self.tr("{reason}\n\nBasis data tidak diubah.").format(reason=self.status.text()),
            )
            return None
        when = backup_time(check) if check.created_at else "?"
        if (
            QMessageBox.question(
                self,
                self.tr("Pulihkan basis data?"),
                self.tr(
                    "Basis data {path} akan diganti dengan cadangan tanggal {when} "
                    "({counts}).\n\nSemua perubahan setelah tanggal itu tidak ada di cadangan. "
                    "{copied}\n\nLanjutkan?"
                ).format(
                    path=self._where,
                    when=when,
                    counts=archive.counts_text(check.counts),
                    copied=self._copied_first(),
                ),
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
                self.tr("Cadangan tidak dikenal"),
                self.tr("{message}\n\nAlasan tetap memulihkan cadangan ini:").format(
                    message=outcome.error.message
                ),
            )
            if not ok or not reason.strip():
                return None
            outcome = self._prepare(check.path, reason)
        if isinstance(outcome.error, UserError):
            show_user_error(self, outcome.error, self.tr("Tidak dapat dipulihkan"))
            return None
        if outcome.error is not None:
            show_bug(self, outcome.error)
            return None
        ok, result = self._finish(outcome.result)
        if not ok or result is None:
            return None
        self.restored = result
        if result.previous and self._server:
            text = self.tr(
                "Basis data server dipulihkan dari {name}.\n\nCadangan basis data server "
                "sebelum dipulihkan:\n{previous}\n\nPengguna di PC lain perlu masuk lagi."
            ).format(name=result.backup.name, previous=result.previous)
        elif result.previous:
            text = self.tr(
                "Basis data dipulihkan dari {name}.\n\nSalinan basis data sebelumnya:\n{previous}"
            ).format(name=result.backup.name, previous=result.previous)
        else:
            text = self.tr("Basis data dipulihkan dari {name}.").format(name=result.backup.name)
        QMessageBox.information(self, self.tr("Dipulihkan"), text)
        self.accept()
        if self._reopen is not None:
            self._reopen(self._db_path)
        return result
