"""*Laporan → Daftar Informasi yang Dikecualikan…*: the office's DIK as it stands today and
"Terbitkan DIK" (the pending changes shown, asked, published), the published versions with
what each changed and their export to PDF, XLSX and CSV (on the runner, with progress and
*Batal*), and the expiry queue with its three actions: *Uji ulang*, *Tandai dibuka*,
*Catat tinjauan*.

Each button is offered as ``app.capabilities`` says (its tooltip says why not, and who
may); every action is one ``app.reports`` service call. ``changes`` collects what they
changed, for the main window to redraw (a re-test is a new case in the list), and
``open_case_id`` is a case the clerk asked to open (the re-test just started).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import clock, workspace
from app.capabilities import Capabilities, capabilities
from app.changes import ChangeSet
from app.errors import UserError
from app.reports.dik import STATUS_LABELS, DikEntry, dik_entries
from app.reports.dik_versions import (
    DikChanges,
    DikVersionInfo,
    dik_version,
    dik_versions,
    pending_changes,
    publish_dik,
)
from app.reports.expiry import (
    DEFAULT_REVIEW_MONTHS,
    DEFAULT_WORKING_DAYS,
    REASON_LABELS,
    REVIEW,
    QueueRow,
    expiry_queue,
    mark_opened,
    record_review,
    start_retest,
)
from ui import folders
from ui.formats import format_date, format_date_short, format_number
from ui.messages import attempt, show_bug, show_user_error
from ui.runner import run_with_progress
from ui.session import Session
from ui.table_model import Column, RecordTableModel, record_table
from ui.translation import app_text

translate = QCoreApplication.translate

REPORTS_FOLDER = "laporan"  # where the report file dialogs open (ui.folders)
EXPORT_KINDS = ("pdf", "xlsx", "csv")


def export_filter(kind: str) -> str:
    return {
        "pdf": translate("DikDialog", "PDF (*.pdf)"),
        "xlsx": translate("DikDialog", "Buku kerja Excel (*.xlsx)"),
        "csv": translate("DikDialog", "CSV untuk situs web (*.csv)"),
    }[kind]


def changes_text(changes: DikChanges) -> str:
    """The changes as the list the office reads: one app sentence a line."""
    if changes.empty:
        return translate("DikDialog", "Tidak ada perubahan.")
    return "\n".join(f"• {c.text}" for c in changes.changes)


def fixed_widths(view, widths: dict[int, int]) -> None:
    """Columns of long text at a set width the clerk can drag (the others fit their
    contents): a long OPD name or legal basis must not squeeze the information away."""
    header = view.horizontalHeader()
    for column, width in widths.items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)


class PublishDialog(QDialog):
    """What publishing today would change, a note, and *Terbitkan*."""

    def __init__(self, changes: DikChanges, last: DikVersionInfo | None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Terbitkan DIK"))
        self.resize(680, 460)
        if last is None:
            lead = self.tr("Versi pertama DIK akan diterbitkan dengan tanggal hari ini.")
        else:
            lead = self.tr(
                "DIK versi {nomor} akan diterbitkan dengan tanggal hari ini. Perubahan sejak "
                "versi {lama} ({tanggal}):"
            ).format(nomor=last.nomor + 1, lama=last.nomor, tanggal=format_date(last.tanggal))
        intro = QLabel(lead)
        intro.setWordWrap(True)
        self.list = QPlainTextEdit(changes_text(changes))
        self.list.setReadOnly(True)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("misalnya Pemutakhiran semester II"))
        form = QFormLayout()
        form.addRow(self.tr("Catatan versi"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.publish_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.publish_button.setText(self.tr("Terbitkan"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addWidget(buttons)


class DikDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.changes: list[ChangeSet] = []
        self.open_case_id: int | None = None
        self.setWindowTitle(self.tr("Daftar Informasi yang Dikecualikan"))
        self.resize(1240, 680)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._register_tab(), self.tr("DIK hari ini"))
        self.tabs.addTab(self._versions_tab(), self.tr("Versi terbit"))
        self.tabs.addTab(self._queue_tab(), self.tr("Antrean jangka waktu"))
        close = QPushButton(self.tr("Tutup"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.reload()

    # -- the register today -----------------------------------------------------------------
    def _register_tab(self) -> QWidget:
        self.entries_model: RecordTableModel[DikEntry] = RecordTableModel(
            [
                Column(self.tr("No."), lambda e: e.nomor, align_right=True),
                Column(self.tr("Informasi"), lambda e: e.informasi, tooltip=lambda e: e.informasi),
                Column(self.tr("Perangkat daerah"), lambda e: e.opd),
                Column(self.tr("Klasifikasi"), lambda e: e.klasifikasi),
                Column(self.tr("Dasar hukum"), lambda e: e.dasar_hukum),
                Column(self.tr("Jangka waktu"), lambda e: e.jangka_waktu),
                Column(
                    self.tr("Penetapan"),
                    lambda e: self.tr("{nomor}, {tanggal}").format(
                        nomor=e.penetapan_nomor, tanggal=format_date_short(e.penetapan_tanggal)
                    ),
                ),
                Column(self.tr("Kasus"), lambda e: e.kasus),
                Column(
                    self.tr("Status"), lambda e: app_text(STATUS_LABELS.get(e.status, e.status))
                ),
            ],
            self,
        )
        self.entries_view = record_table(self.entries_model, stretch=1)
        fixed_widths(self.entries_view, {2: 190, 4: 240, 5: 170, 6: 210})
        self.entries_summary = QLabel()
        self.entries_summary.setWordWrap(True)
        self.publish_button = QPushButton(self.tr("Terbitkan DIK…"))
        self.publish_button.clicked.connect(lambda: self.publish())
        top = QHBoxLayout()
        top.addWidget(self.entries_summary, 1)
        top.addWidget(self.publish_button)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.entries_view, 1)
        return tab

    # -- the versions -------------------------------------------------------------------------
    def _versions_tab(self) -> QWidget:
        self.versions_model: RecordTableModel[DikVersionInfo] = RecordTableModel(
            [
                Column(self.tr("Versi"), lambda v: v.nomor, align_right=True),
                Column(self.tr("Tanggal terbit"), lambda v: format_date(v.tanggal)),
                Column(self.tr("Butir"), lambda v: format_number(v.jumlah), align_right=True),
                Column(self.tr("Penerbit"), lambda v: v.penerbit),
                Column(self.tr("Catatan"), lambda v: v.catatan),
            ],
            self,
        )
        self.versions_view = record_table(self.versions_model, stretch=4)
        self.versions_view.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self._show_version()
        )
        self.version_changes = QPlainTextEdit()
        self.version_changes.setReadOnly(True)
        self.version_changes.setPlaceholderText(
            self.tr("Pilih sebuah versi untuk melihat perubahannya.")
        )
        self.version_title = QLabel()
        self.version_title.setWordWrap(True)
        self.export_buttons: dict[str, QPushButton] = {}
        buttons = QHBoxLayout()
        for kind, text in (
            ("pdf", self.tr("Ekspor PDF…")),
            ("xlsx", self.tr("Ekspor XLSX…")),
            ("csv", self.tr("Ekspor CSV…")),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, k=kind: self.export_version(k))
            buttons.addWidget(button)
            self.export_buttons[kind] = button
        buttons.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.version_title)
        right_layout.addWidget(self.version_changes, 1)
        right_layout.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.versions_view)
        split.addWidget(right)
        split.setSizes([560, 640])
        self.no_versions = QLabel(self.tr("Belum ada versi DIK yang diterbitkan."))
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.no_versions)
        layout.addWidget(split, 1)
        return tab

    # -- the expiry queue ---------------------------------------------------------------------
    def _queue_tab(self) -> QWidget:
        self.queue_model: RecordTableModel[QueueRow] = RecordTableModel(
            [
                Column(self.tr("Batas"), lambda r: format_date_short(r.batas)),
                Column(
                    self.tr("Alasan"),
                    lambda r: app_text(REASON_LABELS.get(r.alasan, r.alasan)),
                ),
                Column(self.tr("Sisa hk"), lambda r: r.sisa_hari_kerja, align_right=True),
                Column(self.tr("Informasi"), lambda r: r.entry.informasi),
                Column(self.tr("Perangkat daerah"), lambda r: r.entry.opd),
                Column(self.tr("Kasus"), lambda r: r.entry.kasus),
                Column(self.tr("Uji ulang"), lambda r: r.uji_ulang_nomor),
                Column(
                    self.tr("Keterangan"), lambda r: r.keterangan, tooltip=lambda r: r.keterangan
                ),
            ],
            self,
        )
        self.queue_view = record_table(self.queue_model, stretch=7)
        fixed_widths(self.queue_view, {3: 300, 4: 190})
        self.queue_view.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self._offer_actions()
        )
        self.days = QSpinBox()
        self.days.setRange(0, 250)
        self.days.setValue(DEFAULT_WORKING_DAYS)
        self.days.setSuffix(self.tr(" hari kerja"))
        self.months = QSpinBox()
        self.months.setRange(1, 120)
        self.months.setValue(DEFAULT_REVIEW_MONTHS)
        self.months.setSuffix(self.tr(" bulan"))
        for box in (self.days, self.months):
            box.valueChanged.connect(lambda _value: self._fill_queue())
        self.queue_summary = QLabel()
        self.queue_summary.setWordWrap(True)
        self.retest_button = QPushButton(self.tr("Uji ulang"))
        self.retest_button.clicked.connect(lambda: self.retest())
        self.opened_button = QPushButton(self.tr("Tandai dibuka…"))
        self.opened_button.clicked.connect(lambda: self.mark_opened())
        self.review_button = QPushButton(self.tr("Catat tinjauan…"))
        self.review_button.clicked.connect(lambda: self.record_review())
        options = QHBoxLayout()
        options.addWidget(QLabel(self.tr("Berakhir dalam")))
        options.addWidget(self.days)
        options.addWidget(QLabel(self.tr("Tinjau jangka waktu peristiwa setiap")))
        options.addWidget(self.months)
        options.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.queue_summary, 1)
        for button in (self.retest_button, self.opened_button, self.review_button):
            actions.addWidget(button)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(options)
        layout.addWidget(self.queue_view, 1)
        layout.addLayout(actions)
        return tab

    # -- reading ------------------------------------------------------------------------------
    def reload(self) -> None:
        today = clock.today()
        entries = dik_entries(today, with_opened=True)
        self.entries_model.set_rows(entries)
        self.entries_summary.setText(
            self.tr("%n butir pada DIK per {tanggal}.", "", len(entries)).format(
                tanggal=format_date(today)
            )
            if entries
            else self.tr("Belum ada butir yang dikecualikan oleh Surat Penetapan yang berlaku.")
        )
        versions = dik_versions()
        selected = self.selected_version()
        self.versions_model.set_rows(versions)
        self.no_versions.setVisible(not versions)
        if versions:
            numbers = [v.nomor for v in versions]
            row = numbers.index(selected.nomor) if selected and selected.nomor in numbers else 0
            self.versions_view.selectRow(row)
        self._show_version()
        self._fill_queue()
        self._offer_actions()

    def _fill_queue(self) -> None:
        try:
            rows = expiry_queue(clock.today(), self.days.value(), self.months.value())
        except UserError as exc:
            show_user_error(self, exc)
            return
        self.queue_model.set_rows(rows)
        self.queue_summary.setText(
            self.tr("%n butir perlu diputuskan.", "", len(rows))
            if rows
            else self.tr("Tidak ada butir dalam antrean.")
        )
        if rows:
            self.queue_view.selectRow(0)
        self._offer_actions()

    def selected_version(self) -> DikVersionInfo | None:
        index = self.versions_view.currentIndex()
        if not index.isValid():
            return None
        return self.versions_model.record(index.row())

    def selected_row(self) -> QueueRow | None:
        index = self.queue_view.currentIndex()
        if not index.isValid() or index.row() >= self.queue_model.rowCount():
            return None
        return self.queue_model.record(index.row())

    def _show_version(self) -> None:
        version = self.selected_version()
        for button in self.export_buttons.values():
            button.setEnabled(version is not None)
        if version is None:
            self.version_title.clear()
            self.version_changes.clear()
            return
        try:
            view = dik_version(version.nomor)
        except UserError as exc:
            self.version_changes.setPlainText(exc.message)
            return
        if view.previous is None:
            title = self.tr("DIK versi {nomor}, {tanggal}: versi pertama ({butir}).").format(
                nomor=version.nomor,
                tanggal=format_date(version.tanggal),
                butir=self.tr("%n butir", "", version.jumlah),
            )
        else:
            title = self.tr(
                "DIK versi {nomor}, {tanggal}: perubahan sejak versi {lama} ({ringkas})."
            ).format(
                nomor=version.nomor,
                tanggal=format_date(version.tanggal),
                lama=view.previous.nomor,
                ringkas=view.changes.summary,
            )
        if not view.intact:
            title += " " + self.tr(
                "Isi versi ini tidak cocok dengan sidik SHA-256-nya (diubah di luar aplikasi): "
                "tidak dapat diekspor."
            )
        self.version_title.setText(title)
        self.version_changes.setPlainText(changes_text(view.changes))
        for button in self.export_buttons.values():
            button.setEnabled(view.intact)

    # -- what may be done ---------------------------------------------------------------------
    def _capabilities(self) -> Capabilities:
        return capabilities(self._session.actor)

    def _offer(self, button: QPushButton, allowed: bool, why: str, tip: str) -> None:
        button.setEnabled(allowed)
        button.setToolTip(tip if allowed else why)

    def _offer_actions(self) -> None:
        can = self._capabilities()
        read_only = workspace.read_only()
        ro_reason = self.tr("Berkas ini dibuka hanya-baca; DIK tidak dapat diubah di sini.")

        def why(name: str) -> str:
            return ro_reason if read_only else can.why_not(name)

        self._offer(
            self.publish_button,
            can.publish_dik and not read_only,
            why("publish_dik"),
            self.tr("Bekukan DIK hari ini menjadi versi bernomor berikutnya"),
        )
        row = self.selected_row()
        if row is None:
            for button in (self.retest_button, self.opened_button, self.review_button):
                self._offer(button, False, self.tr("Pilih sebuah butir di antrean."), "")
            return
        if row.retest_running:
            self._offer(
                self.retest_button,
                False,
                self.tr("Butir ini sedang diuji ulang dalam kasus {nomor}.").format(
                    nomor=row.uji_ulang_nomor
                ),
                "",
            )
        else:
            self._offer(
                self.retest_button,
                can.create_case and not read_only,
                why("create_case"),
                self.tr("Daftarkan kasus uji ulang berisi butir ini"),
            )
        self._offer(
            self.opened_button,
            can.follow_up_dik and not read_only,
            why("follow_up_dik"),
            self.tr("Tandai butir ini dibuka: keluar dari DIK pada versi berikutnya"),
        )
        if row.alasan != REVIEW:
            self._offer(
                self.review_button,
                False,
                self.tr(
                    "Hanya jangka waktu sampai suatu peristiwa yang ditinjau; jangka waktu "
                    "bertanggal diuji ulang atau dibuka."
                ),
                "",
            )
        else:
            self._offer(
                self.review_button,
                can.follow_up_dik and not read_only,
                why("follow_up_dik"),
                self.tr("Catat bahwa peristiwanya belum terjadi: tinjauan berikutnya setahun lagi"),
            )

    # -- actions ------------------------------------------------------------------------------
    def _done(self, changes: ChangeSet, message: str) -> None:
        self.changes.append(changes)
        self.reload()
        QMessageBox.information(self, self.tr("Daftar Informasi yang Dikecualikan"), message)

    def publish(self, note: str | None = None) -> bool:
        """*Terbitkan DIK*: the pending changes shown and asked about (``note`` given: not
        asked, as the tests and a scripted run do)."""
        today = clock.today()
        pending = pending_changes(today)
        versions = dik_versions()
        last = versions[0] if versions else None
        if note is None:
            dialog = PublishDialog(pending, last, self)
            if not dialog.exec():
                return False
            note = dialog.note.text()
        ok, result = attempt(self, publish_dik, self._session.actor, today, note)
        if not ok:
            return False
        published = result.value
        self._done(
            result,
            self.tr("DIK versi {nomor} diterbitkan ({butir}): {ringkas}.").format(
                nomor=published.version.nomor,
                butir=self.tr("%n butir", "", published.version.jumlah),
                ringkas=published.changes.summary,
            ),
        )
        return True

    def export_version(self, kind: str, path: Path | None = None) -> Path | None:
        """The selected version to a ``kind`` file (asked for unless ``path``), on the
        runner; the file written, or None."""
        from app.reports.dik_jobs import export_dik_version

        version = self.selected_version()
        if version is None or kind not in EXPORT_KINDS:
            return None
        if path is None:
            start = folders.start_folder(REPORTS_FOLDER) / f"dik-versi-{version.nomor}.{kind}"
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Ekspor DIK versi {nomor}").format(nomor=version.nomor),
                str(start),
                export_filter(kind),
            )
            if not chosen:
                return None
            path = Path(chosen)
            if path.suffix.lower() != f".{kind}":
                path = path.with_name(f"{path.name}.{kind}")
            folders.remember(REPORTS_FOLDER, path)
        target = path
        outcome = run_with_progress(
            self,
            self.tr("Mengekspor DIK versi {nomor}").format(nomor=version.nomor),
            lambda report: export_dik_version(
                version.nomor,
                **{kind: target},
                progress=report,
                cancelled=report.cancelled,
            ),
        )
        return self._exported(outcome)

    def _exported(self, outcome) -> Path | None:
        if outcome.cancelled:
            QMessageBox.information(
                self,
                self.tr("Dibatalkan"),
                self.tr("Ekspor dibatalkan; tidak ada berkas yang ditulis."),
            )
            return None
        if isinstance(outcome.error, UserError):
            show_user_error(self, outcome.error, self.tr("Ekspor gagal"))
            return None
        if outcome.error is not None:
            show_bug(self, outcome.error)
            return None
        QMessageBox.information(self, self.tr("Ekspor selesai"), outcome.result.summary)
        return outcome.result.files[0]

    def retest(self) -> int | None:
        """*Uji ulang*: a re-test case for the selected item; asks whether to open it."""
        row = self.selected_row()
        if row is None:
            return None
        ok, result = attempt(self, start_retest, self._session.actor, row.entry.butir_id)
        if not ok:
            return None
        case = result.case
        self.changes.append(result)
        self.reload()
        answer = QMessageBox.question(
            self,
            self.tr("Uji ulang dimulai"),
            self.tr(
                "Kasus uji ulang {nomor} didaftarkan dengan butir ini. Buka kasusnya sekarang?"
            ).format(nomor=case.nomor),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.open_case_id = case.id
            self.accept()
        return case.id

    def mark_opened(self, reason: str | None = None) -> bool:
        row = self.selected_row()
        if row is None:
            return False
        if reason is None:
            reason, ok = QInputDialog.getMultiLineText(
                self,
                self.tr("Tandai dibuka"),
                self.tr(
                    "Butir \u201c{informasi}\u201d keluar dari DIK pada versi berikutnya. "
                    "Alasan membukanya:"
                ).format(informasi=row.entry.informasi),
            )
            if not ok:
                return False
        ok, result = attempt(self, mark_opened, self._session.actor, row.entry.butir_id, reason)
        if ok:
            self._done(
                result,
                self.tr(
                    "Butir ditandai dibuka kembali; butir itu keluar dari DIK pada versi "
                    "berikutnya."
                ),
            )
        return ok

    def record_review(self, note: str | None = None) -> bool:
        row = self.selected_row()
        if row is None:
            return False
        if note is None:
            note, ok = QInputDialog.getMultiLineText(
                self,
                self.tr("Catat tinjauan"),
                self.tr(
                    "Jangka waktu \u201c{jangka}\u201d: apa yang diperiksa, dan mengapa "
                    "pengecualian masih berlaku?"
                ).format(jangka=row.entry.jangka_waktu),
            )
            if not ok:
                return False
        ok, result = attempt(self, record_review, self._session.actor, row.entry.butir_id, note)
        if ok:
            self._done(result, self.tr("Tinjauan dicatat."))
        return ok
