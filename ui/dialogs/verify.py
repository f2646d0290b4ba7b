"""Periksa keaslian dokumen: which finalised Ujikon document is this, is it still in force, and
(for a PDF) was it altered? The same checks as ``main.py verify``.

A printed copy is checked by its verification code: typed by hand, or read by a USB barcode/QR
scanner, which types the QR code's text (``UJIKON:UJK-XXXX-XXXX``) followed by Enter into the
focused field. Enter checks the code and never presses a button of the dialog; the text stays
selected, so the next scan replaces it. The stored PDF can then be opened beside the paper."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.documents import read, store
from app.documents.store import VerifyResult
from ui import folders
from ui.messages import attempt
from ui.print_job import PrintJob
from ui.translation import app_text

translate = QCoreApplication.translate

COLOURS = {
    "asli": ("#d1e7dd", "#0f5132"),
    "digantikan": ("#ffe5d0", "#842029"),
    "dibatalkan": ("#f8d7da", "#842029"),
    "diubah": ("#f8d7da", "#842029"),
    "tidak_dikenal": ("#fff3cd", "#664d03"),
}
# Translated when shown (``translate("VerifyDialog", headline)``).
HEADLINES = {
    "asli": QT_TRANSLATE_NOOP("VerifyDialog", "ASLI — BERLAKU"),
    "digantikan": QT_TRANSLATE_NOOP("VerifyDialog", "SUDAH DIGANTIKAN — TIDAK BERLAKU LAGI"),
    "dibatalkan": QT_TRANSLATE_NOOP("VerifyDialog", "NOMOR DIBATALKAN — TIDAK BERLAKU"),
    "diubah": QT_TRANSLATE_NOOP("VerifyDialog", "TELAH DIUBAH"),
    "tidak_dikenal": QT_TRANSLATE_NOOP("VerifyDialog", "TIDAK DIKENAL"),
}
CODE_HEADLINES = {  # the paper itself is unchecked
    "asli": QT_TRANSLATE_NOOP("VerifyDialog", "KODE TERDAFTAR — DOKUMEN BERLAKU")
}


class VerifyDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Periksa keaslian dokumen"))
        self.resize(680, 420)
        self.outcome: VerifyResult | None = None
        intro = QLabel(
            self.tr(
                "Ketik kode verifikasi yang tercetak di kaki halaman, atau pindai kode QR-nya "
                "dengan pemindai, lalu tekan Enter. Untuk salinan PDF (misalnya yang dikirim "
                "lewat surel), pilih berkasnya: Ujikon membandingkannya dengan dokumen final "
                "yang tersimpan."
            )
        )
        intro.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("UJK-XXXX-XXXX atau pindai kode QR"))
        self.code.setClearButtonEnabled(True)
        self.check_button = QPushButton(self.tr("Periksa kode"))
        code_row = QHBoxLayout()
        code_row.addWidget(self.code, 1)
        code_row.addWidget(self.check_button)
        form = QFormLayout()
        form.addRow(self.tr("Kode verifikasi"), code_row)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setMinimumHeight(150)
        self.choose = QPushButton(self.tr("Pilih PDF…"))
        self.show_button = QPushButton(self.tr("Lihat dokumen tersimpan"))
        self.show_button.setToolTip(
            self.tr("Buka PDF yang tersimpan untuk dibandingkan dengan kertasnya")
        )
        self.show_button.setEnabled(False)
        close = QPushButton(self.tr("Tutup"))
        # A scanner ends with Enter: it must check the code, never click a button.
        for button in (self.check_button, self.choose, self.show_button, close):
            button.setAutoDefault(False)
            button.setDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.choose)
        row.addWidget(self.show_button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.result, 1)
        layout.addLayout(row)
        self.code.returnPressed.connect(self.check_typed)
        self.check_button.clicked.connect(self.check_typed)
        self.choose.clicked.connect(self._choose)
        self.show_button.clicked.connect(self.show_stored)
        close.clicked.connect(self.accept)
        self.code.setFocus()

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("PDF yang diperiksa"),
            str(folders.start_folder(folders.VERIFY_PDF)),
            self.tr("PDF (*.pdf);;Semua berkas (*)"),
        )
        if path:
            folders.remember(folders.VERIFY_PDF, path)
            self.check(Path(path))

    def check_typed(self) -> str:
        """Check what the code field holds; select it so the next scan replaces it."""
        outcome = store.verify_code(self.code.text())
        self._show(outcome, CODE_HEADLINES.get(outcome.status), "")
        self.code.selectAll()
        self.code.setFocus()
        return outcome.status

    def check(self, path: Path) -> str:
        outcome = store.verify_file(path)
        self._show(outcome, None, path.name)
        return outcome.status

    def _show(self, outcome: VerifyResult, headline: str | None, source: str) -> None:
        self.outcome = outcome
        bg, fg = COLOURS[outcome.status]
        self.result.setStyleSheet(f"background: {bg}; color: {fg}; padding: 10px;")
        rows = "".join(
            f"<tr><td>{html.escape(label)}</td><td>:&nbsp;<b>{html.escape(value)}</b></td></tr>"
            for label, value in outcome.details
        )
        headline = translate("VerifyDialog", headline or HEADLINES[outcome.status])
        parts = [f"<b>{html.escape(headline)}</b>"]
        if source:
            parts.append(html.escape(source))
        if rows:
            parts.append(f"<table>{rows}</table>")
        parts.append(html.escape(outcome.message))
        self.result.setText("<br>".join(parts))
        self.show_button.setEnabled(outcome.document is not None)

    def show_stored(self) -> None:
        """The stored PDF of the document found, to lay beside the paper."""
        doc = self.outcome.document if self.outcome is not None else None
        if doc is None:
            return
        ok, pdf = attempt(self, read.get_pdf, doc.id)
        if not ok:
            return
        title = " ".join(f"{doc.title} {doc.nomor or ''} {doc.case_nomor}".split())
        note = self.tr("Dokumen tersimpan versi {version}, kode {code}.").format(
            version=doc.versi, code=doc.kode
        )
        if self.outcome is not None and self.outcome.standing is not None:
            note += " " + app_text(self.outcome.standing.sentence)
        from ui.dialogs.pdf_preview import PdfPreviewDialog  # QtPdf: loaded when first shown

        PdfPreviewDialog(PrintJob(title, pdf, doc.id), note, self, None, False).exec()
