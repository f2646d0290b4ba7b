"""One case: header, the timeline of the SOP's steps with deadlines (and how each due date
was counted), the running step's form, and the history."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.calendar_service import current_calendar
from app.caselist import STATUS_LABELS, DeadlineStatus, Thresholds
from app.clock import today
from app.document_store import signed_steps
from app.history import HistoryEntry, case_history
from app.history_text import detail_lines, history_sentence
from app.models import StepRecord
from app.permissions import role_name
from app.sop import Step
from app.text import format_date, format_date_short, format_timestamp
from app.workflow import TRIGGER_LABELS, CaseDetail, Trigger, case_detail
from ui.case_list import STATUS_COLOURS
from ui.documents_panel import DocumentsPanel
from ui.forms.step_form import StepForm
from ui.session import Session
from ui.table_model import Column, RecordTableModel, record_table


@dataclass(frozen=True)
class TimelineRow:
    step: Step
    record: StepRecord | None
    status: str
    projected_due: date | None  # for steps not started yet
    colour: tuple[str, str] | None


STEP_STATUS = {"selesai": "Selesai", "dikembalikan": "Dikembalikan", "berjalan": "Berjalan"}


def timeline_rows(detail: CaseDetail, thresholds: Thresholds,
                  signed: set[int] = frozenset()) -> list[TimelineRow]:
    """One row per SOP step: its latest record, or a projected due date if not started.
    ``signed``: steps with a scan of a signed document ("ditandatangani")."""
    calendar = current_calendar()
    rows: list[TimelineRow] = []
    projected_start: date | None = None
    current = detail.current
    for step in detail.sop.steps:
        rec = detail.latest_record(step.number)
        if rec is not None and (current is None or rec.id <= current.id):
            if rec.status == "berjalan":
                status = thresholds.status_of(False, rec.batas_waktu)
                label = f"Berjalan — {STATUS_LABELS[status].lower()}"
                colour = STATUS_COLOURS[status]
                projected_start = rec.batas_waktu
            elif rec.status == "selesai":
                late = rec.tanggal_selesai and rec.tanggal_selesai > rec.batas_waktu
                label = "Selesai, terlambat" if late else "Selesai"
                colour = STATUS_COLOURS[DeadlineStatus.FINISHED]
                projected_start = rec.tanggal_selesai
            else:
                label, colour = "Dikembalikan", ("#e2e3f3", "#3d3f8f")
            if step.number in signed:
                label += " · ditandatangani"
            rows.append(TimelineRow(step, rec, label, None, colour))
        else:
            due = None
            if projected_start is not None:
                due = calendar.add_working_days(projected_start, step.working_days)
                projected_start = due
            rows.append(TimelineRow(step, None, "Belum mulai", due, None))
    return rows


class CaseView(QWidget):
    """Emits ``caseChanged(case_id)`` after the user changed the case."""

    caseChanged = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._detail: CaseDetail | None = None

        self.placeholder = QLabel(
            "Pilih kasus di daftar sebelah kiri,\natau buat kasus baru (Ctrl+N).")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: #666; font-size: 14px;")

        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_line = QLabel()
        self.status_line.setStyleSheet("padding: 4px 8px; font-weight: bold;")

        self.timeline_model: RecordTableModel[TimelineRow] = RecordTableModel(
            self._timeline_columns(), self)
        self.timeline = record_table(self.timeline_model)
        self.explanation = QPlainTextEdit()
        self.explanation.setReadOnly(True)
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.explanation.setFont(mono)
        self.explanation.setPlaceholderText(
            "Pilih tahap untuk melihat perhitungan batas waktunya hari demi hari.")
        timeline_split = QSplitter(Qt.Orientation.Vertical)
        timeline_split.addWidget(self.timeline)
        timeline_split.addWidget(self.explanation)
        timeline_split.setSizes([230, 260])

        self.form = StepForm(session)
        self.finished_label = QLabel()
        self.finished_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.form_stack = QStackedWidget()
        self.form_stack.addWidget(self.form)
        self.form_stack.addWidget(self.finished_label)

        self.history_model: RecordTableModel[HistoryEntry] = RecordTableModel([
            Column("Waktu", lambda e: format_timestamp(e.when)),
            Column("Kejadian", history_sentence,
                   tooltip=lambda e: "\n".join([history_sentence(e), *detail_lines(e.detail)])),
        ], self)
        self.history_proxy = QSortFilterProxyModel(self)
        self.history_proxy.setSourceModel(self.history_model)
        self.history_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.history_proxy.setFilterKeyColumn(-1)
        self.history = record_table(self.history_proxy, stretch=1)
        self.history_filter = QLineEdit()
        self.history_filter.setPlaceholderText("Saring riwayat (nama, tahap, kata)…")
        self.history_filter.setClearButtonEnabled(True)
        self.history_filter.textChanged.connect(self.history_proxy.setFilterFixedString)
        history_tab = QWidget()
        history_layout = QVBoxLayout(history_tab)
        history_layout.setContentsMargins(0, 4, 0, 0)
        history_layout.addWidget(self.history_filter)
        history_layout.addWidget(self.history, 1)

        self.documents = DocumentsPanel(session)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.form_stack, "Formulir tahap berjalan")
        self.tabs.addTab(timeline_split, "Linimasa tahapan")
        self.tabs.addTab(self.documents, "Dokumen")
        self.tabs.addTab(history_tab, "Riwayat")

        self.body = QWidget()
        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.header)
        body_layout.addWidget(self.status_line)
        body_layout.addWidget(self.tabs, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.timeline.selectionModel().currentRowChanged.connect(self._explain)
        self.form.changed.connect(self._form_changed)
        self.documents.changed.connect(self._documents_changed)

    @staticmethod
    def _timeline_columns() -> list[Column[TimelineRow]]:
        def dates(r: TimelineRow, attr: str) -> str:
            return format_date_short(getattr(r.record, attr), "") if r.record else ""

        def due(r: TimelineRow) -> str:
            if r.record:
                return format_date_short(r.record.batas_waktu)
            return f"({format_date_short(r.projected_due)})" if r.projected_due else ""

        def who(r: TimelineRow) -> str:
            if not r.record or not r.record.selesai_peran:
                return ""
            return r.record.selesai_oleh or role_name(r.record.selesai_peran)

        # Status right after the activity: the timeline is read on a narrow pane.
        return [
            Column("Tahap", lambda r: r.step.number),
            Column("Kegiatan", lambda r: r.step.title, tooltip=lambda r: r.step.activity),
            Column("Status", lambda r: r.status,
                   background=lambda r: r.colour[0] if r.colour else None,
                   foreground=lambda r: r.colour[1] if r.colour else "#777"),
            Column("Pelaksana", lambda r: role_name(r.step.actor)),
            Column("Waktu", lambda r: r.step.duration_text),
            Column("Mulai", lambda r: dates(r, "tanggal_mulai")),
            Column("Batas waktu", due,
                   tooltip=lambda r: "" if r.record else "Perkiraan bila tahap sebelumnya "
                                                         "selesai tepat pada batas waktunya"),
            Column("Selesai", lambda r: dates(r, "tanggal_selesai")),
            Column("Oleh", who),
        ]

    # -- showing ----------------------------------------------------------------------------
    @property
    def case_id(self) -> int | None:
        return self._detail.case.id if self._detail else None

    def clear(self) -> None:
        self._detail = None
        self.stack.setCurrentWidget(self.placeholder)

    def show_case(self, case_id: int) -> None:
        detail = case_detail(case_id)
        self._detail = detail
        case = detail.case
        thresholds = Thresholds.compute(today(), current_calendar())
        trigger = TRIGGER_LABELS.get(Trigger(case.pemicu), case.pemicu)
        if case.pemicu_rujukan:
            trigger += f" ({case.pemicu_rujukan})"
        self.header.setText(
            f"<span style='font-size:15px; font-weight:bold'>{html.escape(case.nomor)} — "
            f"{html.escape(case.judul)}</span><br>"
            f"{html.escape(case.opd.nama)} · {html.escape(trigger)} · mulai "
            f"{format_date(case.tanggal_mulai)} · SOP versi {html.escape(case.sop_version_id)}")
        rows = timeline_rows(detail, thresholds, signed_steps(case.id))
        self.timeline_model.set_rows(rows)
        current = detail.current
        if current is None:
            colours = STATUS_COLOURS[DeadlineStatus.FINISHED]
            self.status_line.setText(f"Selesai pada {format_date(case.tanggal_selesai)}")
            self.finished_label.setText("Kasus ini sudah selesai; semua tahap telah dikerjakan."
                                        "\nLihat linimasa dan riwayatnya.")
            self.form_stack.setCurrentWidget(self.finished_label)
        else:
            status = thresholds.status_of(False, current.batas_waktu)
            colours = STATUS_COLOURS[status]
            left = current_calendar().working_days_until(today(), current.batas_waktu)
            left_text = (f"terlambat {-left} hari kerja" if left < 0 else
                         "jatuh tempo hari ini" if left == 0 else f"sisa {left} hari kerja")
            step = detail.sop.step(current.tahap)
            self.status_line.setText(
                f"Tahap {step.number} dari {len(detail.sop.steps)}: {step.title} "
                f"({role_name(step.actor)}) — batas waktu {format_date(current.batas_waktu)}, "
                f"{left_text}")
            self.form.show_case(detail)
            self.form_stack.setCurrentWidget(self.form)
        self.status_line.setStyleSheet(
            f"padding: 4px 8px; font-weight: bold; background: {colours[0]}; "
            f"color: {colours[1]};")
        self.documents.show_case(case.id, case.nomor)
        self.history_model.set_rows(case_history(case.id))
        self.history.scrollToBottom()
        focus_row = next((i for i, r in enumerate(rows) if r.record is current and current),
                         None)
        if focus_row is not None:
            self.timeline.selectRow(focus_row)
        else:
            self.explanation.clear()
        self.stack.setCurrentWidget(self.body)

    def _explain(self, current, _previous) -> None:
        if not current.isValid():
            return
        row = self.timeline_model.record(current.row())
        if row.record is None:
            self.explanation.setPlainText(
                f"Tahap {row.step.number} belum dimulai. Batas waktunya dihitung "
                f"{row.step.duration_text} sejak tahap sebelumnya selesai.")
            return
        rec = row.record
        explanation = current_calendar().explain(rec.tanggal_mulai, rec.hari_kerja)
        text = f"Tahap {row.step.number}: {row.step.title}\n" + explanation.as_text()
        text += f"\n\nDihitung dengan: {rec.dasar_kalender}."
        if explanation.due != rec.batas_waktu:
            text += (f"\nCatatan: batas waktu tersimpan {format_date(rec.batas_waktu)} dihitung "
                     "dengan kalender lama (tahap sudah tidak berjalan).")
        self.explanation.setPlainText(text)

    def _documents_changed(self) -> None:
        if self._detail is not None:
            self.show_case(self._detail.case.id)
            self.tabs.setCurrentWidget(self.documents)

    def _form_changed(self) -> None:
        if self._detail is not None:
            case_id = self._detail.case.id
            self.show_case(case_id)
            self.caseChanged.emit(case_id)
