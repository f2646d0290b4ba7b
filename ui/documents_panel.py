"""The documents of a case: every document its SOP names whose draft is due, as a draft
(KONSEP, with what is still missing before it may be finalised) or finalised (number, date,
verification code), with preview, finalise, correct, print, save, open, and the scan of the
signed paper copy. Finalising renders off the GUI thread; only storing runs here."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.capabilities import Capabilities
from app.cases.model import CaseDetail
from app.documents import read, store
from app.documents.catalog import DocumentRow, case_documents
from app.documents.plan import finalisation_plan
from app.documents.store import StaleRender
from app.errors import UserError
from ui import folders
from ui.dialogs.finalise import FinaliseChoice, FinaliseDialog
from ui.formats import format_date_short
from ui.messages import attempt, log, show_bug, show_user_error
from ui.print_job import PrintJob
from ui.runner import get_runner, run_with_progress
from ui.session import Session
from ui.table_model import Column, RecordTableModel, record_table
from ui.translation import app_text

translate = QCoreApplication.translate

SCAN_FILTER = QT_TRANSLATE_NOOP(
    "DocumentsPanel", "Pindaian (*.pdf *.png *.jpg *.jpeg);;Semua berkas (*)"
)


def document_actions():
    """``ui.document_actions`` (saving, opening and printing a PDF), imported when first used:
    it loads QtPdf and QtPrintSupport, which the window's start does not need."""
    import ui.document_actions

    return ui.document_actions


_renderer_warmed = False


def warm_renderer_once() -> None:
    """The first letter of a process costs several times a warm one (ReportLab, the fonts,
    the styles, the hyphenation patterns, the logo, the QR encoder: ``app.documents.render.
    warm``). When the Dokumen tab first shows a case, the renderer is warmed on the runner,
    so the clerk's first *Pratinjau* (a draft renders on the GUI thread) is as quick as the
    next. Once a process: after that it stays warm."""
    global _renderer_warmed
    if _renderer_warmed:
        return
    _renderer_warmed = True
    job = get_runner().start(
        translate("DocumentsPanel", "Menyiapkan pembuat dokumen"), _warm_renderer
    )
    job.finished.connect(_renderer_ready)


def _warm_renderer(report) -> int:
    from app.documents.render.warm import warm_up

    return warm_up()


def _renderer_ready(outcome) -> None:
    # Nothing to show: the first letter then warms it itself, as it did before.
    if outcome.error is not None:
        log.warning("Pembuat dokumen tidak dapat disiapkan lebih dulu", exc_info=outcome.error)


def _job(row: DocumentRow, case_nomor: str) -> PrintJob:
    doc = row.final
    title = (
        f"{row.spec.title} {doc.nomor or ''} {case_nomor}"
        if doc
        else f"KONSEP {row.spec.title} {case_nomor}"  # notr: names the Indonesian document
    )
    return PrintJob(
        " ".join(title.split()), read.get_pdf(doc.id) if doc else b"", doc.id if doc else None
    )


def _status_colour(row: DocumentRow) -> str:
    if row.final is not None:
        return "#0f5132" if row.in_force else "#842029"
    return "#664d03" if row.readiness.ready else "#842029"


def _readiness_text(row: DocumentRow) -> str:
    if row.final is not None:
        text = translate(
            "DocumentsPanel",
            "Final versi {versi}, nomor {nomor}, tanggal {tanggal}, kode verifikasi {kode}.",
        ).format(
            versi=row.final.versi,
            nomor=row.final.nomor or "—",
            tanggal=format_date_short(row.final.tanggal),
            kode=row.final.kode,
        )
        if row.standing is not None and not row.standing.in_force:
            text += f"\n{app_text(row.standing.sentence)}"
            if not row.current:
                text += "\n" + translate(
                    "DocumentsPanel", "Versi lama hanya dapat dilihat dan disimpan, tidak dicetak."
                )
        return text
    if row.readiness.ready:
        return translate("DocumentsPanel", "Siap difinalkan.")
    lines = "\n".join(f"• {app_text(m)}" for m in row.readiness.missing)
    if not row.readiness.applies:
        return translate("DocumentsPanel", "Tidak diperlukan untuk kasus ini:\n{butir}").format(
            butir=lines
        )
    return translate("DocumentsPanel", "Belum dapat difinalkan; lengkapi dulu:\n{butir}").format(
        butir=lines
    )


DATE_COLUMN, CODE_COLUMN = 4, 5


class DocumentsPanel(QWidget):
    """Emits ``changed(ChangeSet)`` after finalising, correcting, attaching or printing."""

    changed = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._case_id: int | None = None
        self._case_nomor = ""
        self._can = Capabilities()
        self._current_step: int | None = None
        self.model: RecordTableModel[DocumentRow] = RecordTableModel(
            [
                Column(
                    self.tr("Dokumen"),
                    lambda r: (
                        app_text(r.spec.title)
                        if r.current
                        else "    " + self.tr("↳ versi {versi}").format(versi=r.final.versi)
                    ),
                    foreground=lambda r: None if r.current else "#6c757d",
                    tooltip=lambda r: app_text(r.spec.title),
                ),
                Column(self.tr("Tahap"), lambda r: app_text(r.step_text)),
                Column(
                    self.tr("Status"),
                    lambda r: app_text(r.status),
                    foreground=_status_colour,
                    tooltip=_readiness_text,
                ),
                Column(self.tr("Nomor"), lambda r: r.final.nomor or "—" if r.final else ""),
                Column(
                    self.tr("Tanggal"),
                    lambda r: format_date_short(r.final.tanggal) if r.final else "",
                ),
                Column(self.tr("Kode verifikasi"), lambda r: r.final.kode if r.final else ""),
            ],
            self,
        )
        self.view = record_table(self.model, stretch=0)
        # At 1366 pixels the names must be read whole: they wrap (rows grow to fit), and the
        # date and the verification code are said under the table for the selected document
        # (and shown again from the header's context menu).
        self.view.setWordWrap(True)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.setColumnHidden(DATE_COLUMN, True)
        self.view.setColumnHidden(CODE_COLUMN, True)
        header = self.view.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self.readiness = QLabel()
        self.readiness.setWordWrap(True)
        self.readiness.setStyleSheet("background: #f6f7f9; padding: 4px;")
        self.hint = QLabel(
            self.tr(
                "Konsep dapat dipratinjau kapan saja. Finalkan untuk memberi nomor "
                "dan kode verifikasi; dokumen final tidak dapat diubah (koreksi = "
                "versi baru dengan alasan)."
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        self.preview_button = QPushButton(self.tr("Pratinjau"))
        self.finalise_button = QPushButton(self.tr("Finalkan…"))
        self.correct_button = QPushButton(self.tr("Koreksi (versi baru)…"))
        self.print_button = QPushButton(self.tr("Cetak…"))
        self.save_button = QPushButton(self.tr("Simpan PDF…"))
        self.open_button = QPushButton(self.tr("Buka PDF"))
        self.scan_button = QPushButton(self.tr("Lampirkan pindaian bertanda tangan…"))
        self.print_step_button = QPushButton(self.tr("Cetak semua dokumen final tahap ini…"))
        self.print_step_button.setToolTip(
            self.tr(
                "Semua dokumen final dari tahap dokumen terpilih, sekaligus, dengan satu "
                "dialog cetak"
            )
        )
        row1, row2 = QHBoxLayout(), QHBoxLayout()
        for b in (self.preview_button, self.finalise_button, self.correct_button):
            row1.addWidget(b)
        row1.addStretch(1)
        for b in (self.print_button, self.save_button, self.open_button, self.scan_button):
            row2.addWidget(b)
        row2.addStretch(1)
        row1.addWidget(self.print_step_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.readiness)
        layout.addWidget(self.hint)
        layout.addLayout(row1)
        layout.addLayout(row2)
        self.preview_button.clicked.connect(self.preview)
        self.finalise_button.clicked.connect(self.finalise)
        self.correct_button.clicked.connect(self.correct)
        self.print_button.clicked.connect(self.print_selected)
        self.save_button.clicked.connect(
            lambda: self._with_final(lambda j: document_actions().save_pdf(self, j))
        )
        self.open_button.clicked.connect(
            lambda: self._with_final(lambda j: document_actions().open_in_viewer(self, j))
        )
        self.scan_button.clicked.connect(self.attach_scan)
        self.print_step_button.clicked.connect(self.print_all_final)
        self.view.doubleClicked.connect(lambda _i: self.preview())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._sync_buttons())

    # -- data -------------------------------------------------------------------------------
    def _column_menu(self, pos) -> None:
        menu = QMenu(self)
        menu.addSection(self.tr("Kolom yang ditampilkan"))
        for col in (DATE_COLUMN, CODE_COLUMN):
            title = self.model.headerData(col, Qt.Orientation.Horizontal)
            action = menu.addAction(str(title))
            action.setCheckable(True)
            action.setChecked(not self.view.isColumnHidden(col))
            action.toggled.connect(lambda shown, c=col: self.view.setColumnHidden(c, not shown))
        menu.exec(self.view.horizontalHeader().mapToGlobal(pos))
        menu.deleteLater()

    def show_case(self, detail: CaseDetail, can: Capabilities) -> None:
        """The documents of ``detail`` with their readiness, as ``can`` allows."""
        self._case_id, self._case_nomor = detail.case.id, detail.case.nomor
        self._can = can
        self._current_step = detail.current.tahap if detail.current else detail.sop.last_step
        selected = self.selected()
        rows = case_documents(detail.case.id, detail)
        self.model.set_rows(rows)
        warm_renderer_once()
        if selected is not None:
            same = selected.final.id if selected.final is not None else None
            for i, row in enumerate(rows):
                if row.spec.kind == selected.spec.kind and (
                    row.current if selected.current else row.final and row.final.id == same
                ):
                    self.view.selectRow(i)
                    break
        self._sync_buttons()

    def selected(self) -> DocumentRow | None:
        idx = self.view.currentIndex()
        return self.model.record(idx.row()) if idx.isValid() else None

    def _scan_step(self, row: DocumentRow) -> int:
        return row.spec.step if row.spec.step is not None else self._current_step or 1

    def _sync_buttons(self) -> None:
        row = self.selected()
        can = self._can
        final = row is not None and row.final is not None
        current = row is not None and row.current  # not an older, replaced version
        in_force = row is not None and row.in_force
        ready = row is not None and row.readiness.ready
        self.readiness.setText(
            _readiness_text(row)
            if row is not None
            else self.tr("Pilih dokumen untuk melihat kesiapannya.")
        )
        self.preview_button.setEnabled(row is not None and row.readiness.applies)
        may_finalise = row is not None and row.spec.step in can.finalise_steps
        self.finalise_button.setEnabled(not final and ready and may_finalise)
        self.finalise_button.setToolTip(
            ""
            if ready or row is None
            else self.tr("Belum siap; lihat yang masih kurang di bawah tabel.")
        )
        self.correct_button.setEnabled(final and current and ready and may_finalise)
        may_print = row is not None and row.spec.step in can.print_steps
        self.print_button.setEnabled(in_force and may_print)
        for b in (self.save_button, self.open_button):
            b.setEnabled(final)
        self.scan_button.setEnabled(
            final and current and row is not None and self._scan_step(row) in can.scan_steps
        )
        self.print_step_button.setEnabled(
            row is not None
            and row.spec.step in can.print_steps
            and any(r.in_force for r in self.model.rows())
        )

    # -- actions ----------------------------------------------------------------------------
    def _with_final(self, action) -> None:
        row = self.selected()
        if row is not None and row.final is not None:
            action(_job(row, self._case_nomor))

    def preview(self) -> None:
        row = self.selected()
        if row is None:
            return
        if row.final is not None:
            job = _job(row, self._case_nomor)
            note = self.tr("Dokumen final versi {versi}, kode {kode}.").format(
                versi=row.final.versi, kode=row.final.kode
            )
            if row.standing is not None and not row.standing.in_force:
                note += f" {app_text(row.standing.sentence)}"
        else:
            ok, pdf = attempt(self, store.preview, self._case_id, row.spec.kind)
            if not ok:
                return
            title = f"KONSEP {row.spec.title} {self._case_nomor}"  # notr: the document's name
            job = PrintJob(title, pdf)
            note = self.tr("KONSEP: belum bernomor dan belum sah; finalkan sebelum ditandatangani.")
        may_print = row.final is None or (row.in_force and row.spec.step in self._can.print_steps)
        from ui.dialogs.pdf_preview import PdfPreviewDialog

        dialog = PdfPreviewDialog(job, note, self, self._session.actor, may_print)
        dialog.exec()
        if not dialog.printed.empty:
            self.changed.emit(dialog.printed)

    def finalise(self) -> None:
        row = self.selected()
        if row is None or row.final is not None:
            return
        self._ask_and_finalise(row)

    def correct(self) -> None:
        row = self.selected()
        if row is None or row.final is None or not row.current:
            return
        self._ask_and_finalise(row)

    def _ask_and_finalise(self, row: DocumentRow) -> None:
        """The finalise dialog (date, number, reason of a correction), then finalise."""
        ok, plan = attempt(self, finalisation_plan, self._case_id, row.spec.kind)
        if not ok:
            return
        dialog = FinaliseDialog(plan, self._session.actor, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.choice is None:
            return
        self._finalise(row, dialog.choice)

    def _finalise(self, row: DocumentRow, choice: FinaliseChoice) -> None:
        """Render off the GUI thread (a busy dialog shows meanwhile), then store here in one
        short transaction; render again if the case changed in between."""
        actor, case_id, kind = self._session.actor, self._case_id, row.spec.kind
        for _attempt in range(store.STORE_ATTEMPTS):
            outcome = run_with_progress(
                self,
                self.tr("Memfinalkan {dokumen}").format(dokumen=app_text(row.spec.title)),
                lambda report: store.prepare_finalisation(
                    actor, case_id, kind, choice.tanggal, choice.reason, choice.nomor_luar
                ),
            )
            if isinstance(outcome.error, UserError):
                show_user_error(self, outcome.error)
                return
            if outcome.error is not None:
                show_bug(self, outcome.error)
                return
            if outcome.cancelled or outcome.result is None:
                return
            try:
                changes = store.store_finalisation(actor, outcome.result)
            except StaleRender:
                continue
            except UserError as exc:
                show_user_error(self, exc)
                return
            except Exception as exc:
                show_bug(self, exc)
                return
            self.changed.emit(changes)
            return
        QMessageBox.warning(
            self,
            self.tr("Finalkan dokumen"),
            self.tr("Data kasus terus berubah selama dokumen dibuat; ulangi sebentar lagi."),
        )

    def print_selected(self) -> None:
        row = self.selected()
        if row is not None and row.in_force:
            self._with_final(lambda job: self._print([job]))

    def _print(self, jobs: list[PrintJob]) -> None:
        changes = document_actions().print_jobs(self, jobs, self._session.actor)
        if changes is not None and not changes.empty:
            self.changed.emit(changes)

    def print_all_final(self) -> None:
        """Batch print: every finalised document that belongs to the selected row's step."""
        row = self.selected()
        if row is None:
            return
        jobs = [
            _job(r, self._case_nomor)
            for r in self.model.rows()
            if r.in_force and r.spec.step == row.spec.step and r.spec.step is not None
        ]  # the deadline proof is no step's output; replaced or cancelled versions stay out
        if not jobs:
            QMessageBox.information(
                self,
                self.tr("Cetak"),
                self.tr("Belum ada dokumen final yang berlaku pada tahap ini."),
            )
            return
        self._print(jobs)

    def attach_scan(self) -> None:
        row = self.selected()
        if row is None or row.final is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Pindaian dokumen bertanda tangan"),
            str(folders.start_folder(folders.SCAN)),
            translate("DocumentsPanel", SCAN_FILTER),
        )
        if not path:
            return
        folders.remember(folders.SCAN, path)
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Pindaian"),
                self.tr("Berkas tidak dapat dibaca: {alasan}.").format(alasan=exc.strerror),
            )
            return
        ok, changes = attempt(
            self,
            store.attach_scan,
            self._session.actor,
            self._case_id,
            self._scan_step(row),
            Path(path).name,
            data,
            row.final.id,
        )
        if ok:
            self.changed.emit(changes)
