"""Print preview: the PDF exactly as it will be printed (QtPdf), with Cetak, Simpan PDF and
Buka PDF."""

from __future__ import annotations

from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.changes import NOTHING
from app.permissions import Actor
from ui.document_actions import open_in_viewer, print_jobs, save_pdf
from ui.printing import LoadedPdf, PrintJob


class PdfPreviewDialog(QDialog):
    """``actor``: who prints a finalised document from here (the history records it); None
    with ``may_print`` False when that actor may not print it."""

    def __init__(
        self,
        job: PrintJob,
        note: str = "",
        parent: QWidget | None = None,
        actor: Actor | None = None,
        may_print: bool = True,
    ) -> None:
        super().__init__(parent)
        self.job = job
        self.printed = NOTHING
        self.setWindowTitle(self.tr("Pratinjau — {title}").format(title=job.title))
        self.resize(860, 720)
        self._pdf = LoadedPdf(job.pdf)
        self.view = QPdfView()
        self.view.setDocument(self._pdf.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        info = QLabel(self.tr("%n halaman. {note}", "", self._pdf.page_count).format(note=note))
        info.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Cetak…"))
        self.save_button = QPushButton(self.tr("Simpan PDF…"))
        self.open_button = QPushButton(self.tr("Buka PDF"))
        close = QPushButton(self.tr("Tutup"))
        buttons = QHBoxLayout()
        buttons.addWidget(info, 1)
        for b in (self.print_button, self.save_button, self.open_button, close):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.print_button.setEnabled(may_print)
        self.print_button.clicked.connect(lambda: self._print(actor))
        self.save_button.clicked.connect(lambda: save_pdf(self, self.job))
        self.open_button.clicked.connect(lambda: open_in_viewer(self, self.job))
        close.clicked.connect(self.accept)

    def _print(self, actor: Actor | None) -> None:
        self.printed = self.printed | print_jobs(self, [self.job], actor)
