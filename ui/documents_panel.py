"""The documents of a case: every SOP output whose step has started, as a draft (KONSEP) or
finalised (number, date, verification code), with preview, finalise, correct, print, save,
open, and the scan of the signed paper copy."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import document_store
from app.documents import DocType, available_documents
from app.models import Document
from app.permissions import Action, allowed
from app.text import format_date_short
from ui.dialogs.pdf_preview import PdfPreviewDialog
from ui.document_actions import open_in_viewer, print_jobs, save_pdf
from ui.messages import attempt
from ui.printing import PrintJob
from ui.session import Session
from ui.table_model import Column, RecordTableModel, record_table

SCAN_FILTER = "Pindaian (*.pdf *.png *.jpg *.jpeg);;Semua berkas (*)"


@dataclass(frozen=True)
class DocumentRow:
    doc_type: DocType
    final: Document | None  # newest finalised version
    scans: int

    @property
    def status(self) -> str:
        if self.final is None:
            return "Konsep"
        text = f"Final v{self.final.versi}"
        return text + (", ditandatangani" if self.scans else "")


def _job(row: DocumentRow, case_nomor: str) -> PrintJob:
    doc = row.final
    title = f"{row.doc_type.title} {doc.nomor or ''} {case_nomor}" if doc else \
        f"KONSEP {row.doc_type.title} {case_nomor}"
    return PrintJob(" ".join(title.split()),
                    document_store.get_pdf(doc.id) if doc else b"", doc.id if doc else None)


class DocumentsPanel(QWidget):
    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._case_id: int | None = None
        self._case_nomor = ""
        self.model: RecordTableModel[DocumentRow] = RecordTableModel([
            Column("Dokumen", lambda r: r.doc_type.title, tooltip=lambda r: r.doc_type.title),
            Column("Tahap", lambda r: ", ".join(str(s) for s in r.doc_type.steps)
                   if len(r.doc_type.steps) < 6 else "semua"),
            Column("Status", lambda r: r.status,
                   foreground=lambda r: "#0f5132" if r.final else "#664d03"),
            Column("Nomor", lambda r: r.final.nomor or "—" if r.final else ""),
            Column("Tanggal", lambda r: format_date_short(r.final.tanggal) if r.final else ""),
            Column("Kode verifikasi", lambda r: r.final.kode if r.final else ""),
        ], self)
        self.view = record_table(self.model, stretch=0)
        self.hint = QLabel("Konsep dapat dipratinjau kapan saja. Finalkan untuk memberi nomor "
                           "dan kode verifikasi; dokumen final tidak dapat diubah (koreksi = "
                           "versi baru dengan alasan).")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        self.preview_button = QPushButton("Pratinjau")
        self.finalise_button = QPushButton("Finalkan…")
        self.correct_button = QPushButton("Koreksi (versi baru)…")
        self.print_button = QPushButton("Cetak…")
        self.save_button = QPushButton("Simpan PDF…")
        self.open_button = QPushButton("Buka PDF")
        self.scan_button = QPushButton("Lampirkan pindaian bertanda tangan…")
        self.print_step_button = QPushButton("Cetak semua dokumen final tahap ini…")
        self.print_step_button.setToolTip("Semua dokumen final dari tahap dokumen terpilih, "
                                          "sekaligus, dengan satu dialog cetak")
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
        layout.addWidget(self.hint)
        layout.addLayout(row1)
        layout.addLayout(row2)
        self.preview_button.clicked.connect(self.preview)
        self.finalise_button.clicked.connect(self.finalise)
        self.correct_button.clicked.connect(self.correct)
        self.print_button.clicked.connect(self.print_selected)
        self.save_button.clicked.connect(lambda: self._with_final(lambda j: save_pdf(self, j)))
        self.open_button.clicked.connect(
            lambda: self._with_final(lambda j: open_in_viewer(self, j)))
        self.scan_button.clicked.connect(self.attach_scan)
        self.print_step_button.clicked.connect(self.print_all_final)
        self.view.doubleClicked.connect(lambda _i: self.preview())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._sync_buttons())
        session.actorChanged.connect(self._sync_buttons)

    # -- data -------------------------------------------------------------------------------
    def show_case(self, case_id: int, case_nomor: str) -> None:
        self._case_id, self._case_nomor = case_id, case_nomor
        finals: dict[str, Document] = {}
        for doc in document_store.documents_of_case(case_id):
            finals.setdefault(doc.jenis, doc)  # newest version first
        scans: dict[int, int] = {}
        for scan in document_store.scans_of_case(case_id):
            if scan.document_id:
                scans[scan.document_id] = scans.get(scan.document_id, 0) + 1
        selected = self.selected()
        rows = [DocumentRow(t, finals.get(t.key),
                            scans.get(finals[t.key].id, 0) if t.key in finals else 0)
                for t in available_documents(case_id)]
        self.model.set_rows(rows)
        if selected is not None:
            for i, row in enumerate(rows):
                if row.doc_type.key == selected.doc_type.key:
                    self.view.selectRow(i)
        self._sync_buttons()

    def selected(self) -> DocumentRow | None:
        idx = self.view.currentIndex()
        return self.model.record(idx.row()) if idx.isValid() else None

    def _sync_buttons(self) -> None:
        row = self.selected()
        final = row is not None and row.final is not None
        may_finalise = allowed(self._session.actor, Action.FINALISE_DOCUMENT)
        self.preview_button.setEnabled(row is not None)
        self.finalise_button.setEnabled(row is not None and not final and may_finalise)
        self.correct_button.setEnabled(final and may_finalise)
        for b in (self.print_button, self.save_button, self.open_button):
            b.setEnabled(final)
        self.scan_button.setEnabled(final and allowed(self._session.actor, Action.ATTACH_SCAN))
        self.print_step_button.setEnabled(row is not None
                                          and any(r.final for r in self.model.rows()))

    def _refresh(self) -> None:
        self.show_case(self._case_id, self._case_nomor)
        self.changed.emit()

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
            note = f"Dokumen final versi {row.final.versi}, kode {row.final.kode}."
        else:
            ok, pdf = attempt(self, document_store.preview, self._case_id, row.doc_type.key)
            if not ok:
                return
            job = PrintJob(f"KONSEP {row.doc_type.title} {self._case_nomor}", pdf)
            note = "KONSEP: belum bernomor dan belum sah; finalkan sebelum ditandatangani."
        PdfPreviewDialog(job, note, self).exec()

    def finalise(self) -> None:
        row = self.selected()
        if row is None or row.final is not None:
            return
        numbered = "diberi nomor keluar berikutnya, " if row.doc_type.numbered else ""
        if QMessageBox.question(
                self, "Finalkan dokumen",
                f"Finalkan {row.doc_type.title}?\n\nDokumen akan {numbered}diberi kode "
                "verifikasi, dan disimpan tanpa dapat diubah lagi.") != \
                QMessageBox.StandardButton.Yes:
            return
        ok, _doc = attempt(self, document_store.finalise, self._session.actor, self._case_id,
                           row.doc_type.key)
        if ok:
            self._refresh()

    def correct(self) -> None:
        row = self.selected()
        if row is None or row.final is None:
            return
        reason, ok = QInputDialog.getMultiLineText(
            self, "Koreksi dokumen",
            f"{row.doc_type.title} versi {row.final.versi} tetap tersimpan. Versi baru dibuat "
            "dari data kasus saat ini, dengan nomor baru.\n\nAlasan koreksi:")
        if not ok:
            return
        done, _doc = attempt(self, document_store.finalise, self._session.actor,
                             self._case_id, row.doc_type.key, None, reason)
        if done:
            self._refresh()

    def print_selected(self) -> None:
        self._with_final(lambda job: print_jobs(self, [job], self._session.actor))

    def print_all_final(self) -> None:
        """Batch print: every finalised document that belongs to the selected row's step."""
        row = self.selected()
        if row is None:
            return
        steps = set(row.doc_type.steps)
        jobs = [_job(r, self._case_nomor) for r in self.model.rows()
                if r.final is not None and steps & set(r.doc_type.steps)
                and len(r.doc_type.steps) < 6]  # the deadline proof is not a step output
        if not jobs:
            QMessageBox.information(self, "Cetak", "Belum ada dokumen final pada tahap ini.")
            return
        print_jobs(self, jobs, self._session.actor)

    def attach_scan(self) -> None:
        row = self.selected()
        if row is None or row.final is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, "Pindaian dokumen bertanda tangan",
                                              str(Path.home()), SCAN_FILTER)
        if not path:
            return
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            QMessageBox.warning(self, "Pindaian", f"Berkas tidak dapat dibaca: {exc.strerror}.")
            return
        step = max(s for s in row.doc_type.steps if s <= self._latest_step())
        ok, _scan = attempt(self, document_store.attach_scan, self._session.actor,
                            self._case_id, step, Path(path).name, data, row.final.id)
        if ok:
            self._refresh()

    def _latest_step(self) -> int:
        from app.workflow import get_case

        return get_case(self._case_id).tahap

