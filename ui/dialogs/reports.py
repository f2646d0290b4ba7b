"""*Laporan → Laporan tahunan… / Buku register… / Dokumen SOP…*: one dialog, a tab each.

- **Laporan tahunan**: a year from ``report_years()``, its figures in two tables (counted by
  ``app.reports.annual``, or the figures frozen when the year was locked), export to PDF
  and XLSX, and *Kunci angka* / *Buka kunci* for those allowed (``app.reports.year_lock``);
  a locked year says so, who locked it and when.
- **Buku register**: a period, then the PDF.
- **Dokumen SOP**: the SOP new cases start under, as the SOP-AP PDF.

Every export runs on the runner (``ui.runner``) with its progress and *Batal*; a cancelled
or failed export leaves no file (``app.reports.jobs``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import clock, workspace
from app.capabilities import capabilities
from app.changes import ChangeSet
from app.errors import UserError
from app.reports import year_lock as years
from app.reports.annual import LETTERS, AnnualFigures, StepFigures, annual_figures, report_years
from app.sop import load_current_sop
from ui import folders
from ui.dialogs.dik import REPORTS_FOLDER
from ui.dialogs.report_tabs import ANNUAL as ANNUAL  # the tabs, re-exported
from ui.dialogs.report_tabs import EVIDENCE as EVIDENCE
from ui.dialogs.report_tabs import REGISTER as REGISTER
from ui.dialogs.report_tabs import SOP as SOP
from ui.formats import format_date, format_number, format_timestamp
from ui.forms.widgets import DateField
from ui.messages import attempt, show_bug, show_user_error
from ui.runner import JobOutcome, run_with_progress
from ui.session import Session
from ui.table_model import Column, RecordTableModel, record_table
from ui.translation import app_text

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Figure:
    label: str
    value: str


def figure_rows(f: AnnualFigures) -> list[Figure]:
    """The annual figures as the table shows them (labels and numbers; nothing counted)."""

    def row(label: str, n: int) -> Figure:
        return Figure(label, format_number(n))

    rows = [
        row(translate("ReportsDialog", "Kasus dimulai"), f.cases_begun),
        row(translate("ReportsDialog", "Kasus selesai"), f.cases_finished),
        row(
            translate("ReportsDialog", "Kasus masih berjalan pada akhir tahun"),
            f.cases_open_at_year_end,
        ),
        row(translate("ReportsDialog", "Butir informasi diuji"), f.items_tested),
        row(translate("ReportsDialog", "Butir dikecualikan"), f.items_exempted),
        row(translate("ReportsDialog", "  dikecualikan seluruhnya"), f.items_exempted_fully),
        row(translate("ReportsDialog", "  dikecualikan sebagian"), f.items_exempted_partly),
        row(translate("ReportsDialog", "Butir dibuka (terbuka)"), f.items_opened),
    ]
    rows += [
        row(
            translate("ReportsDialog", "Pasal 17 huruf {huruf}").format(huruf=letter),
            f.by_letter.get(letter, 0),
        )
        for letter in LETTERS
    ]
    rows += [
        row(
            translate("ReportsDialog", "Butir yang memakai beberapa huruf"), f.items_several_letters
        ),
        row(translate("ReportsDialog", "Butir hanya dengan undang-undang lain"), f.items_no_letter),
    ]
    return rows


def _days(value: float | None) -> str:
    return "—" if value is None else QLocale().toString(value, "f", 1)


class ReportsDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None, tab: int = ANNUAL) -> None:
        super().__init__(parent)
        self._session = session
        self.changes: list[ChangeSet] = []
        self.figures: AnnualFigures | None = None
        self.lock: years.LockedYear | None = None
        self.setWindowTitle(self.tr("Laporan"))
        self.resize(1000, 640)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._annual_tab(), self.tr("Laporan tahunan"))
        self.tabs.addTab(self._register_tab(), self.tr("Buku register"))
        self.tabs.addTab(self._sop_tab(), self.tr("Dokumen SOP"))
        self.tabs.addTab(self._evidence_tab(), self.tr("Paket bukti monitoring"))
        self.tabs.setCurrentIndex(tab)
        close = QPushButton(self.tr("Tutup"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.show_year()

    # -- the annual report --------------------------------------------------------------------
    def _annual_tab(self) -> QWidget:
        self.year = QComboBox()
        for year in report_years():
            self.year.addItem(str(year), year)
        self.year.currentIndexChanged.connect(lambda _index: self.show_year())
        self.lock_status = QLabel()
        self.lock_status.setWordWrap(True)
        self.figures_model: RecordTableModel[Figure] = RecordTableModel(
            [
                Column(self.tr("Angka"), lambda f: f.label),
                Column(self.tr("Jumlah"), lambda f: f.value, align_right=True),
            ],
            self,
        )
        self.figures_view = record_table(self.figures_model, stretch=0)
        self.steps_model: RecordTableModel[StepFigures] = RecordTableModel(
            [
                Column(
                    self.tr("Tahap"),
                    lambda s: self.tr("{nomor}. {judul}").format(
                        nomor=s.number, judul=app_text(s.title)
                    ),
                ),
                Column(self.tr("Batas"), lambda s: s.limit, align_right=True),
                Column(self.tr("Kali"), lambda s: format_number(s.runs), align_right=True),
                Column(self.tr("Rata-rata"), lambda s: _days(s.average), align_right=True),
                Column(
                    self.tr("Terlama"),
                    lambda s: "—" if s.maximum is None else s.maximum,
                    align_right=True,
                ),
                Column(
                    self.tr("Lewat batas"),
                    lambda s: format_number(s.over_limit),
                    align_right=True,
                    foreground=lambda s: "#b02a37" if s.over_limit else None,
                ),
            ],
            self,
        )
        self.steps_view = record_table(self.steps_model, stretch=0)
        self.pdf_button = QPushButton(self.tr("Ekspor PDF…"))
        self.pdf_button.clicked.connect(lambda: self.export_annual("pdf"))
        self.xlsx_button = QPushButton(self.tr("Ekspor XLSX…"))
        self.xlsx_button.clicked.connect(lambda: self.export_annual("xlsx"))
        self.lock_button = QPushButton(self.tr("Kunci angka tahun ini…"))
        self.lock_button.clicked.connect(lambda: self.lock_year())
        self.unlock_button = QPushButton(self.tr("Buka kunci…"))
        self.unlock_button.clicked.connect(lambda: self.unlock_year())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Tahun")))
        top.addWidget(self.year)
        top.addWidget(self.lock_status, 1)
        self.figures_view.setFixedWidth(340)
        steps_note = QLabel(
            self.tr(
                "Per tahap SOP, dalam hari kerja (hk): berapa kali tahap itu selesai atau "
                "dikembalikan dalam tahun ini, rata-rata dan terlama lamanya, dan berapa kali "
                "melewati batasnya."
            )
        )
        steps_note.setWordWrap(True)
        steps_side = QVBoxLayout()
        steps_side.addWidget(self.steps_view, 1)
        steps_side.addWidget(steps_note)
        tables = QHBoxLayout()
        tables.addWidget(self.figures_view)
        tables.addLayout(steps_side, 1)
        buttons = QHBoxLayout()
        for button in (self.pdf_button, self.xlsx_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.lock_button, self.unlock_button):
            buttons.addWidget(button)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addLayout(tables, 1)
        layout.addLayout(buttons)
        return tab

    def selected_year(self) -> int | None:
        return self.year.currentData()

    def show_year(self) -> None:
        """The figures of the chosen year: the frozen ones when it is locked."""
        year = self.selected_year()
        self.figures = None
        if year is None:
            return
        try:
            self.lock = years.year_lock(year)
            frozen = years.locked_figures(year)
            figures = (
                AnnualFigures.from_dict(frozen) if frozen is not None else annual_figures(year)
            )
        except UserError as exc:
            self.lock_status.setText(exc.message)
            self.figures_model.set_rows([])
            self.steps_model.set_rows([])
            self._offer()
            return
        self.figures = figures
        self.figures_model.set_rows(figure_rows(figures))
        self.steps_model.set_rows(list(figures.steps))
        if self.lock is not None:
            self.lock_status.setText(
                self.tr(
                    "<b>Tahun {tahun} dikunci</b> sejak {waktu} oleh {oleh}: angka di bawah "
                    "adalah angka yang dibekukan saat itu."
                ).format(
                    tahun=year,
                    waktu=format_timestamp(self.lock.dikunci_pada),
                    oleh=self.lock.locked_by,
                )
            )
        elif figures.year_over:
            self.lock_status.setText(
                self.tr("Tahun {tahun} belum dikunci; angkanya dihitung per {tanggal}.").format(
                    tahun=year, tanggal=format_date(figures.computed_on)
                )
            )
        else:
            self.lock_status.setText(
                self.tr(
                    "Tahun {tahun} masih berjalan: angkanya per {tanggal} dan masih berubah."
                ).format(tahun=year, tanggal=format_date(figures.as_of))
            )
        self._offer()

    def _offer(self) -> None:
        can = capabilities(self._session.actor)
        read_only = workspace.read_only()
        ro = self.tr("Berkas ini dibuka hanya-baca; kunci tahun tidak dapat diubah di sini.")
        have = self.figures is not None
        for button in (self.pdf_button, self.xlsx_button):
            button.setEnabled(have)
        locked = self.lock is not None
        self.lock_button.setVisible(not locked)
        self.unlock_button.setVisible(locked)
        may_lock = have and not locked and can.lock_year and not read_only
        self.lock_button.setEnabled(may_lock)
        self.lock_button.setToolTip(
            self.tr("Bekukan angka tahun ini: angkanya tidak berubah lagi")
            if may_lock
            else (ro if read_only else can.why_not("lock_year"))
        )
        may_unlock = locked and can.unlock_year and not read_only
        self.unlock_button.setEnabled(may_unlock)
        self.unlock_button.setToolTip(
            self.tr("Buka kunci untuk koreksi (dicatat di riwayat)")
            if may_unlock
            else (ro if read_only else can.why_not("unlock_year"))
        )

    def lock_year(self, confirmed: bool = False) -> bool:
        year, figures = self.selected_year(), self.figures
        if year is None or figures is None:
            return False
        if not confirmed:
            answer = QMessageBox.question(
                self,
                self.tr("Kunci angka tahun {tahun}?").format(tahun=year),
                self.tr(
                    "Angka laporan tahunan {tahun} dibekukan seperti yang tampil sekarang. "
                    "Laporan tahun itu selanjutnya selalu mencetak angka ini; hanya "
                    "administrator yang dapat membuka kuncinya, dengan alasan.\n\nKunci?"
                ).format(tahun=year),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        ok, result = attempt(self, years.lock_year, self._session.actor, year, figures.to_dict())
        if ok:
            self.changes.append(result)
            self.show_year()
        return ok

    def unlock_year(self, reason: str | None = None) -> bool:
        year = self.selected_year()
        if year is None:
            return False
        if reason is None:
            reason, ok = QInputDialog.getMultiLineText(
                self,
                self.tr("Buka kunci tahun {tahun}").format(tahun=year),
                self.tr("Alasan membuka kunci (dicatat di riwayat):"),
            )
            if not ok:
                return False
        ok, result = attempt(self, years.unlock_year, self._session.actor, year, reason)
        if ok:
            self.changes.append(result)
            self.show_year()
        return ok

    def export_annual(self, kind: str, path: Path | None = None) -> Path | None:
        from app.reports.jobs import export_annual_report

        year = self.selected_year()
        if year is None or self.figures is None:
            return None
        path = path or self._ask_file(f"laporan-tahunan-{year}.{kind}", kind)
        if path is None:
            return None
        frozen = self.figures.to_dict() if self.lock is not None else None
        target = {kind: path}
        return self._run(
            self.tr("Menyusun laporan tahunan {tahun}").format(tahun=year),
            lambda report: export_annual_report(
                year,
                progress=report,
                cancelled=report.cancelled,
                frozen=frozen,
                **target,
            ),
        )

    # -- the buku register --------------------------------------------------------------------
    def _register_tab(self) -> QWidget:
        today = clock.today()
        self.start = DateField(allow_empty=False)
        self.start.set_value(date(today.year, 1, 1))
        self.end = DateField(allow_empty=False)
        self.end.set_value(today)
        self.register_button = QPushButton(self.tr("Buat PDF…"))
        self.register_button.clicked.connect(lambda: self.export_register())
        intro = QLabel(
            self.tr(
                "Buku register kertas: kasus yang didaftarkan dalam periode ini dan nomor naskah "
                "keluar yang bertanggal di dalamnya, dengan kolom Paraf dan Keterangan untuk "
                "ditulis tangan."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Dari tanggal"), self.start)
        form.addRow(self.tr("Sampai tanggal"), self.end)
        form.addRow(self.register_button)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        return tab

    def export_register(self, path: Path | None = None) -> Path | None:
        from app.reports.jobs import export_register_book

        start, end = self.start.value(), self.end.value()
        if start is None or end is None:
            return None
        path = path or self._ask_file(f"buku-register-{start.isoformat()}.pdf", "pdf")
        if path is None:
            return None
        return self._run(
            self.tr("Menyusun buku register"),
            lambda report: export_register_book(start, end, path, report, report.cancelled),
        )

    # -- the SOP document ---------------------------------------------------------------------
    def _sop_tab(self) -> QWidget:
        try:
            version = load_current_sop().version
        except UserError as exc:
            version = exc.message
        intro = QLabel(
            self.tr(
                "SOP Uji Konsekuensi versi {versi} (yang dipakai kasus baru) dalam susunan "
                "SOP-AP: halaman identitas, lalu diagram alir dengan satu kolom per pelaksana "
                "dan kolom Mutu Baku."
            ).format(versi=version)
        )
        intro.setWordWrap(True)
        self.sop_button = QPushButton(self.tr("Buat PDF…"))
        self.sop_button.clicked.connect(lambda: self.export_sop())
        row = QHBoxLayout()
        row.addWidget(self.sop_button)
        row.addStretch(1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addStretch(1)
        return tab

    def export_sop(self, path: Path | None = None) -> Path | None:
        from app.reports.jobs import export_sop_document

        path = path or self._ask_file("sop-uji-konsekuensi.pdf", "pdf")
        if path is None:
            return None
        return self._run(
            self.tr("Menyusun dokumen SOP"),
            lambda report: export_sop_document(path, None, report, report.cancelled),
        )

    # -- the evidence pack ----------------------------------------------------------------------
    def _evidence_tab(self) -> QWidget:
        from app.reports.evidence import refusal

        intro = QLabel(
            self.tr(
                "Satu folder atau satu berkas ZIP untuk monitoring Komisi Informasi: DIK versi "
                "terakhir yang diterbitkan (PDF dan XLSX), Surat Penetapan dan Berita Acara "
                "yang berlaku bertanggal tahun itu (PDF final seperti tersimpan), dokumen SOP, "
                "laporan tahunan, dan DAFTAR-ISI.csv berisi setiap berkas, isinya dan "
                "SHA-256-nya."
            )
        )
        intro.setWordWrap(True)
        self.evidence_year = QComboBox()
        for year in report_years():
            self.evidence_year.addItem(str(year), year)
        self.zip_button = QPushButton(self.tr("Simpan sebagai ZIP…"))
        self.zip_button.clicked.connect(lambda: self.export_evidence(as_zip=True))
        self.folder_button = QPushButton(self.tr("Simpan ke folder baru…"))
        self.folder_button.clicked.connect(lambda: self.export_evidence(as_zip=False))
        problem = refusal(self._session.actor)
        for button in (self.zip_button, self.folder_button):
            button.setEnabled(not problem)
            button.setToolTip(problem)
        form = QFormLayout()
        form.addRow(self.tr("Tahun"), self.evidence_year)
        row = QHBoxLayout()
        row.addWidget(self.zip_button)
        row.addWidget(self.folder_button)
        row.addStretch(1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addStretch(1)
        return tab

    def export_evidence(self, as_zip: bool = True, target: Path | None = None) -> Path | None:
        """The pack of the chosen year to ``target`` (asked for unless given)."""
        from app.reports.evidence import default_name, write_evidence_pack

        year = self.evidence_year.currentData()
        if year is None:
            return None
        if target is None:
            start = folders.start_folder(REPORTS_FOLDER)
            if as_zip:
                chosen, _ = QFileDialog.getSaveFileName(
                    self,
                    self.tr("Simpan paket bukti"),
                    str(start / f"{default_name(year)}.zip"),
                    self.tr("Arsip ZIP (*.zip)"),
                )
                if not chosen:
                    return None
                target = Path(chosen)
                if target.suffix.lower() != ".zip":
                    target = target.with_name(f"{target.name}.zip")
            else:
                chosen = QFileDialog.getExistingDirectory(
                    self, self.tr("Folder tempat paket bukti dibuat"), str(start)
                )
                if not chosen:
                    return None
                target = Path(chosen) / default_name(year)
            folders.remember(REPORTS_FOLDER, target.parent)
        actor, where = self._session.actor, target
        return self._run(
            self.tr("Menyusun paket bukti monitoring {tahun}").format(tahun=year),
            lambda report: write_evidence_pack(actor, year, where, report, report.cancelled),
        )

    # -- shared ---------------------------------------------------------------------------------
    def _ask_file(self, name: str, kind: str) -> Path | None:
        filters = {
            "pdf": self.tr("PDF (*.pdf)"),
            "xlsx": self.tr("Buku kerja Excel (*.xlsx)"),
        }
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Simpan laporan"),
            str(folders.start_folder(REPORTS_FOLDER) / name),
            filters[kind],
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(f"{path.name}.{kind}")
        folders.remember(REPORTS_FOLDER, path)
        return path

    def _run(self, title: str, work) -> Path | None:
        from app.reports.pdf import ReportCancelled

        outcome: JobOutcome = run_with_progress(self, title, work)
        if outcome.cancelled or isinstance(outcome.error, ReportCancelled):
            QMessageBox.information(
                self,
                self.tr("Dibatalkan"),
                self.tr("Pembuatan laporan dibatalkan; tidak ada berkas yang ditulis."),
            )
            return None
        if isinstance(outcome.error, UserError):
            show_user_error(self, outcome.error, self.tr("Laporan gagal"))
            return None
        if outcome.error is not None:
            show_bug(self, outcome.error)
            return None
        QMessageBox.information(self, self.tr("Laporan selesai"), outcome.result.summary)
        return outcome.result.files[0]
