"""The dashboard: the first tab of the main window. What is open at each step, what is
overdue and due this week (each figure a button to those cases in the list), two charts
(cases finished per month; average working days per step against the SOP's limit), the top
of the DIK's expiry queue and the backup reminder.

Every figure is counted by ``app.reports.dashboard``; this widget only shows them. The three
totals are read at once (index counts, milliseconds at 100,000 cases); the per-step table and
the charts are read on the runner's workers (``ui.runner``) and drawn when they arrive, so
the tab opens at once on a large database too.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app import clock, workspace
from app.cases.listing import DeadlineStatus, interrupter
from app.reports.dashboard import (
    DashboardCharts,
    DashboardTotals,
    StepCount,
    dashboard_charts,
    dashboard_totals,
    step_counts,
)
from app.reports.expiry import REASON_LABELS, QueueRow
from ui.backup_reminder import backup_reminder_text, last_backup_text
from ui.case_list import STATUS_COLOURS, CaseListModel, CaseListPanel
from ui.charts import Bar, ColumnChart, LimitBarChart
from ui.formats import format_date, format_date_short, format_number
from ui.messages import log
from ui.runner import Job, JobOutcome, get_runner
from ui.table_model import Column, RecordTableModel, record_table
from ui.translation import app_text

translate = QCoreApplication.translate

CARD_STYLE = (
    "QPushButton {{ background: {bg}; color: {fg}; border: 1px solid {border}; "  # notr: style
    "border-radius: 6px; padding: 8px 12px; text-align: left; }}"
    "QPushButton:hover {{ border: 2px solid {fg}; }}"
    "QPushButton:disabled {{ color: {fg}; }}"
)
LINK_STYLE = (
    "QPushButton { border: none; color: #0b5ed7; text-decoration: underline; "  # notr: style
    "padding: 0 4px; text-align: right; }"
    "QPushButton:disabled { color: #6c757d; text-decoration: none; }"
)
NEUTRAL = ("#e7f1ff", "#084298")
WARNING = ("#fff3cd", "#664d03")
CALM = ("#e9ecef", "#495057")


# ------------------------------------------------------------------ the case list, filtered
@dataclass(frozen=True)
class CasesWanted:
    """Which cases a figure stands for, as case-list filters: status, step (running cases
    at it), the due-this-week range, and the column the list is sorted by."""

    status: DeadlineStatus | None
    sort_column: int
    step: int | None = None
    due_this_week: bool = False


def wanted_open() -> CasesWanted:
    return CasesWanted(None, CaseListModel.STATUS_COLUMN)


def wanted_overdue() -> CasesWanted:
    return CasesWanted(DeadlineStatus.OVERDUE, CaseListModel.STATUS_COLUMN)


DAYS_COLUMN = CaseListModel.DAYS_COLUMN  # ordered by the due date, finished cases last


def wanted_at_step(step: int, status: DeadlineStatus | None = None) -> CasesWanted:
    """The open cases at ``step`` (``status``: only the overdue ones), most urgent first."""
    return CasesWanted(status, CaseListModel.STATUS_COLUMN, step=step)


def wanted_this_week(step: int | None = None) -> CasesWanted:
    """The running cases due today … this Sunday (``step``: at that step only), by due
    date."""
    return CasesWanted(None, DAYS_COLUMN, step=step, due_this_week=True)


def show_in_case_list(panel: CaseListPanel, wanted: CasesWanted) -> int | None:
    """Show ``wanted`` in the case list: every other filter cleared (search, year, OPD,
    "Tugas saya"), its status, step and due-date filters and its sort set, and the first
    listed case selected (the list opens it). Returns that case's id, or None.

    Only the panel's public widgets and methods are used."""
    panel.choose_filters(wanted.status, wanted.step, wanted.due_this_week)
    header = panel.view.horizontalHeader()
    ascending = Qt.SortOrder.AscendingOrder
    if header.sortIndicatorSection() != wanted.sort_column or header.sortIndicatorOrder() != (
        ascending
    ):
        panel.view.sortByColumn(wanted.sort_column, ascending)
    panel.apply_filter()
    model = panel.model
    if model.rowCount() == 0:
        return None
    case_id = model.case_id(0)
    panel.select_case(case_id)
    panel.view.scrollToTop()
    return case_id


# ----------------------------------------------------------------------------- the widget
class Dashboard(QWidget):
    """The dashboard tab. ``showCases(CasesWanted)`` when a figure is clicked; ``openDik``
    for the DIK dialog; ``backupRequested`` for *Cadangkan…*. ``refresh()`` reads the
    figures again (done on first show, and on the next show after ``mark_stale``)."""

    showCases = Signal(object)
    openDik = Signal()
    backupRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self._stale = True
        self._generation = 0  # the refresh whose jobs' outcomes are wanted
        self.totals: DashboardTotals | None = None
        self.steps: tuple[StepCount, ...] = ()
        self.charts: DashboardCharts | None = None
        self.jobs: list[Job] = []

        # The three totals, each a card that shows its cases.
        self.open_card = self._card()
        self.overdue_card = self._card()
        self.week_card = self._card()
        self.open_card.clicked.connect(lambda: self.showCases.emit(wanted_open()))
        self.overdue_card.clicked.connect(lambda: self.showCases.emit(wanted_overdue()))
        self.week_card.clicked.connect(self._show_week)
        self.backup_label = QLabel()
        self.backup_label.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("Cadangkan…"))
        self.backup_button.clicked.connect(self.backupRequested)
        backup_box = QFrame()
        backup_box.setObjectName("backup_box")
        backup_layout = QVBoxLayout(backup_box)
        backup_layout.setContentsMargins(8, 4, 8, 4)
        backup_layout.addWidget(self.backup_label, 1)
        backup_layout.addWidget(self.backup_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.backup_box = backup_box
        cards = QHBoxLayout()
        for card in (self.open_card, self.overdue_card, self.week_card):
            cards.addWidget(card, 2)
        cards.addWidget(backup_box, 3)

        # Open cases per step.
        self.steps_box = QGroupBox(self.tr("Kasus berjalan per tahap"))
        self.steps_grid = QGridLayout(self.steps_box)
        self.steps_grid.setHorizontalSpacing(10)
        self.steps_grid.setVerticalSpacing(2)
        self.step_rows: dict[int, tuple[QPushButton, QPushButton, QLabel]] = {}
        self._row_widgets: list[QWidget] = []
        self.steps_note = QLabel(self.tr("Menghitung…"))
        self.steps_note.setStyleSheet("color: #6c757d;")  # notr: style sheet
        self._header_row()
        hint = QLabel(self.tr("Klik sebuah angka untuk melihat kasusnya di tab Kasus."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #6c757d;")  # notr: style sheet
        self.steps_grid.addWidget(hint, 99, 0, 1, 6)

        # The charts.
        self.months_chart = ColumnChart()
        self.steps_chart = LimitBarChart()
        months_box = QGroupBox(self.tr("Kasus selesai per bulan (12 bulan terakhir)"))
        QVBoxLayout(months_box).addWidget(self.months_chart)
        durations_box = QGroupBox(self.tr("Rata-rata hari kerja per tahap dan batas SOP"))
        durations_layout = QVBoxLayout(durations_box)
        durations_layout.addWidget(self.steps_chart, 1)
        self.durations_note = QLabel()
        self.durations_note.setWordWrap(True)
        self.durations_note.setStyleSheet("color: #6c757d;")  # notr: style sheet
        durations_layout.addWidget(self.durations_note)
        for chart in (self.months_chart, self.steps_chart):
            chart.set_values([], self.tr("Menghitung…"))

        # The expiry queue.
        self.queue_model: RecordTableModel[QueueRow] = RecordTableModel(
            [
                Column(self.tr("Batas"), lambda r: format_date_short(r.batas)),
                Column(
                    self.tr("Alasan"),
                    lambda r: app_text(REASON_LABELS.get(r.alasan, r.alasan)),
                    tooltip=lambda r: r.keterangan,
                ),
                Column(self.tr("Sisa hk"), lambda r: r.sisa_hari_kerja, align_right=True),
                Column(self.tr("Informasi"), lambda r: r.entry.informasi),
                Column(self.tr("Perangkat daerah"), lambda r: r.entry.opd),
                Column(self.tr("Kasus"), lambda r: r.entry.kasus),
            ],
            self,
        )
        self.queue_view = record_table(self.queue_model, stretch=3)
        self.queue_view.setMaximumHeight(150)
        self.queue_summary = QLabel(self.tr("Menghitung…"))
        self.queue_summary.setWordWrap(True)
        self.dik_button = QPushButton(self.tr("Daftar Informasi yang Dikecualikan…"))
        self.dik_button.clicked.connect(self.openDik)
        queue_box = QGroupBox(self.tr("Antrean jangka waktu DIK"))
        queue_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        queue_layout = QVBoxLayout(queue_box)
        queue_top = QHBoxLayout()
        queue_top.addWidget(self.queue_summary, 1)
        queue_top.addWidget(self.dik_button)
        queue_layout.addLayout(queue_top)
        queue_layout.addWidget(self.queue_view)

        middle = QHBoxLayout()
        middle.addWidget(self.steps_box, 6)
        middle.addWidget(months_box, 3)
        middle.addWidget(durations_box, 5)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(cards)
        layout.addLayout(middle, 1)
        layout.addWidget(queue_box, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # -- construction helpers ---------------------------------------------------------------
    def _card(self) -> QPushButton:
        card = QPushButton()
        card.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        card.setMinimumHeight(64)
        card.setCursor(Qt.CursorShape.PointingHandCursor)
        return card

    def _header_row(self) -> None:
        titles = (
            self.tr("Tahap"),
            self.tr("Pelaksana"),
            self.tr("Batas"),
            self.tr("Berjalan"),
            self.tr("Terlambat"),
            self.tr("Minggu ini"),
        )
        for col, title in enumerate(titles):
            label = QLabel(f"<b>{title}</b>")
            align = Qt.AlignmentFlag.AlignRight if col >= 2 else Qt.AlignmentFlag.AlignLeft
            self.steps_grid.addWidget(label, 0, col, align)
        self.steps_grid.setColumnStretch(0, 1)
        self.steps_grid.addWidget(self.steps_note, 1, 0, 1, len(titles))

    @staticmethod
    def _link(text: str) -> QPushButton:
        button = QPushButton(text)
        button.setFlat(True)
        button.setStyleSheet(LINK_STYLE)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        return button

    # -- reading ----------------------------------------------------------------------------
    def mark_stale(self) -> None:
        """The data changed: read again now if shown, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """The totals now; the per-step counts and the charts from two background jobs (a
        refresh before they end drops their outcome)."""
        self._stale = False
        self._generation += 1
        for job in self.jobs:
            job.cancel()
        self.jobs = []
        today = clock.today()
        self.show_totals(dashboard_totals(today))
        self.show_backup()
        generation = self._generation
        runner = get_runner()
        # A cancel (a refresh, quitting) interrupts the running statement: at 100,000 cases a
        # pass takes seconds, and quitting must not wait for it.
        steps = runner.start(
            self.tr("Dasbor: kasus per tahap"),
            lambda report: _interruptible(report, lambda: step_counts(today)),
        )
        steps.finished.connect(lambda outcome: self._steps_done(generation, outcome))
        charts = runner.start(
            self.tr("Dasbor: grafik dan antrean"),
            lambda report: _interruptible(
                report, lambda: dashboard_charts(today, cancelled=report.cancelled)
            ),
        )
        charts.finished.connect(lambda outcome: self._charts_done(generation, outcome))
        self.jobs = [steps, charts]

    def busy(self) -> bool:
        return any(job.running() for job in self.jobs)

    def _steps_done(self, generation: int, outcome: JobOutcome) -> None:
        if generation != self._generation or outcome.cancelled:
            return
        if outcome.error is not None:
            self._failed(self.steps_note, outcome.error)
            return
        self.show_steps(outcome.result)

    def _charts_done(self, generation: int, outcome: JobOutcome) -> None:
        if generation != self._generation or outcome.cancelled:
            return
        if outcome.error is not None:
            self._failed(self.queue_summary, outcome.error)
            for chart in (self.months_chart, self.steps_chart):
                chart.set_values([], self.tr("Grafik tidak dapat dihitung."))
            return
        self.show_charts(outcome.result)

    def _failed(self, label: QLabel, error: BaseException) -> None:
        """A figure that could not be read is said in place, never in a box over the tab."""
        log.error("Dasbor tidak dapat dihitung", exc_info=error)
        label.setText(self.tr("Tidak dapat dihitung; rinciannya ada di log aplikasi."))
        label.show()

    # -- showing ----------------------------------------------------------------------------
    def show_totals(self, totals: DashboardTotals) -> None:
        self.totals = totals
        self._set_card(
            self.open_card,
            totals.open,
            self.tr("kasus berjalan"),
            NEUTRAL,
            self.tr("Semua kasus yang belum selesai, paling mendesak dahulu"),
        )
        overdue_colours = STATUS_COLOURS[DeadlineStatus.OVERDUE] if totals.overdue else CALM
        self._set_card(
            self.overdue_card,
            totals.overdue,
            self.tr("terlambat"),
            overdue_colours,
            self.tr("Kasus yang batas waktu tahap berjalannya sudah lewat"),
        )
        week_colours = STATUS_COLOURS[DeadlineStatus.DUE_SOON] if totals.due_this_week else CALM
        self._set_card(
            self.week_card,
            totals.due_this_week,
            self.tr("jatuh tempo minggu ini (s.d. {tanggal})").format(
                tanggal=format_date_short(totals.week_end)
            ),
            week_colours,
            self.tr("Kasus yang batas waktunya hari ini sampai {tanggal}").format(
                tanggal=format_date(totals.week_end)
            ),
        )

    @staticmethod
    def _set_card(
        card: QPushButton, n: int, caption: str, colours: tuple[str, str], tip: str
    ) -> None:
        bg, fg = colours
        card.setText(f"{format_number(n)}\n{caption}")
        font = card.font()
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.15)
        font.setBold(True)
        card.setFont(font)
        card.setStyleSheet(CARD_STYLE.format(bg=bg, fg=fg, border=fg))
        card.setToolTip(tip)
        card.setEnabled(n > 0)

    def show_backup(self) -> None:
        reminder = None if workspace.read_only() else backup_reminder_text()
        self.backup_label.setText(reminder or last_backup_text())
        bg, fg = WARNING if reminder else CALM
        self.backup_box.setStyleSheet(
            f"QFrame#backup_box {{ background: {bg}; color: {fg}; border-radius: 6px; }}"  # notr
        )
        self.backup_button.setVisible(not workspace.read_only())

    def show_steps(self, steps: tuple[StepCount, ...]) -> None:
        self.steps = steps
        for widget in self._row_widgets:
            self.steps_grid.removeWidget(widget)
            widget.deleteLater()
        self._row_widgets = []
        self.step_rows = {}
        self.steps_note.hide()
        right = Qt.AlignmentFlag.AlignRight
        for index, step in enumerate(steps, start=2):
            title = QLabel(
                self.tr("{nomor}. {judul}").format(nomor=step.number, judul=app_text(step.title))
            )
            self.steps_grid.addWidget(title, index, 0)
            actor = QLabel(app_text(step.actor))
            self.steps_grid.addWidget(actor, index, 1)
            limit = QLabel(self.tr("%n hk", "", step.limit) if step.limit else "")
            limit.setToolTip(self.tr("Batas waktu tahap ini menurut SOP, dalam hari kerja"))
            self.steps_grid.addWidget(limit, index, 2, right)
            open_button = self._link(format_number(step.open))
            open_button.setEnabled(step.open > 0)
            open_button.setToolTip(self.tr("Tampilkan kasus di tahap ini"))
            open_button.clicked.connect(
                lambda _=False, n=step.number: self.showCases.emit(wanted_at_step(n))
            )
            late_button = self._link(format_number(step.overdue))
            late_button.setEnabled(step.overdue > 0)
            late_button.setToolTip(self.tr("Tampilkan kasus terlambat di tahap ini"))
            late_button.clicked.connect(
                lambda _=False, n=step.number: self.showCases.emit(
                    wanted_at_step(n, DeadlineStatus.OVERDUE)
                )
            )
            if step.overdue:
                late_button.setStyleSheet(LINK_STYLE.replace("#0b5ed7", "#b02a37"))  # notr
            week = self._link(format_number(step.due_this_week))
            week.setEnabled(step.due_this_week > 0)
            week.setToolTip(self.tr("Tampilkan kasus di tahap ini yang batas waktunya minggu ini"))
            week.clicked.connect(
                lambda _=False, n=step.number: self.showCases.emit(wanted_this_week(n))
            )
            self.steps_grid.addWidget(open_button, index, 3, right)
            self.steps_grid.addWidget(late_button, index, 4, right)
            self.steps_grid.addWidget(week, index, 5, right)
            self.step_rows[step.number] = (open_button, late_button, week)
            self._row_widgets += [title, actor, limit, open_button, late_button, week]
        for row in range(self.steps_grid.rowCount()):
            self.steps_grid.setRowStretch(row, 0)
        self.steps_grid.setRowStretch(len(steps) + 2, 1)  # the rows at the top

    def show_charts(self, charts: DashboardCharts) -> None:
        self.charts = charts
        locale = QLocale()
        self.months_chart.set_values(
            [
                Bar(
                    locale.monthName(m.month, QLocale.FormatType.ShortFormat),
                    m.finished,
                    format_number(m.finished),
                    tooltip=self.tr("%n kasus selesai pada {bulan} {tahun}", "", m.finished).format(
                        bulan=locale.monthName(m.month), tahun=m.year
                    ),
                )
                for m in charts.months
            ],
            self.tr("Belum ada kasus yang selesai."),
        )
        bars = []
        for d in charts.durations:
            text = (
                self.tr("{rata} / {batas} hk").format(
                    rata=locale.toString(d.average, "f", 1), batas=d.limit
                )
                if d.average is not None
                else self.tr("— / {batas} hk").format(batas=d.limit)
            )
            bars.append(
                Bar(
                    self.tr("{nomor}. {judul}").format(nomor=d.number, judul=app_text(d.title)),
                    d.average,
                    text,
                    limit=float(d.limit) if d.limit else None,
                    tooltip=self.tr(
                        "%n kali selesai atau dikembalikan; terlama {terlama} hk, {lewat} kali "
                        "melewati batas {batas} hk",
                        "",
                        d.runs,
                    ).format(terlama=d.maximum or 0, lewat=d.over_limit, batas=d.limit),
                )
            )
        self.steps_chart.set_values(bars, self.tr("Belum ada tahap yang selesai."))
        runs = sum(d.runs for d in charts.durations)
        over = sum(d.over_limit for d in charts.durations)
        self.durations_note.setText(
            self.tr(
                "{runs} tahap selesai sejak {sejak}; {lewat} melewati batasnya. Garis: batas SOP."
            ).format(
                runs=format_number(runs), sejak=format_date(charts.since), lewat=format_number(over)
            )
        )
        self.queue_model.set_rows(charts.expiry)
        if charts.expiry_total:
            sentences = [
                self.tr(
                    "%n butir DIK perlu diputuskan: diuji ulang atau dibuka.",
                    "",
                    charts.expiry_total,
                )
            ]
            if charts.expiry_ended:
                sentences.append(self.tr("%n sudah berakhir.", "", charts.expiry_ended))
            self.queue_summary.setText(" ".join(sentences))
        else:
            self.queue_summary.setText(
                self.tr("Tidak ada butir DIK yang jangka waktunya segera berakhir.")
            )
        self.queue_view.setVisible(bool(charts.expiry))

    def _show_week(self) -> None:
        if self.totals is not None:
            self.showCases.emit(wanted_this_week())


def _interruptible(report, work):
    """Run ``work`` on this worker with its SQLite statement stopped by a cancel."""
    report.on_cancel(interrupter())
    return work()
