"""One case: header, the timeline of the SOP's steps with deadlines (and how each due date
was counted), the running step's form, and the history."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.calendar_service import current_calendar
from app.capabilities import Capabilities, capabilities
from app.cases.listing import Thresholds
from app.cases.model import CaseDetail
from app.cases.read import case_detail
from app.cases.timeline import (
    TimelineRow,
    Tone,
    deadline_explanation,
    deadline_line,
    timeline_rows,
)
from app.changes import ChangeSet
from app.clock import today
from app.documents.read import signed_steps
from app.history import HistoryEntry, case_history
from app.history.text import detail_lines, history_sentence
from app.permissions import role_name
from app.phrases import duration
from ui.case_list import STATUS_COLOURS
from ui.documents_panel import DocumentsPanel
from ui.formats import format_date, format_date_short, format_timestamp
from ui.forms.step_form import StepForm
from ui.session import Session
from ui.table_model import Column, RecordTableModel, record_table
from ui.translation import app_text

translate = QCoreApplication.translate

# (background, text) per tone of a timeline row or the status line.
TONE_COLOURS: dict[Tone, tuple[str, str] | None] = {
    **{Tone(status.value): colours for status, colours in STATUS_COLOURS.items()},
    Tone.RETURNED: ("#e2e3f3", "#3d3f8f"),
    Tone.NOT_STARTED: None,
}


class CaseView(QWidget):
    """One case. Emits ``changed(ChangeSet)`` with what its forms changed; the main window
    hands every change set back to ``apply_changes`` (and to the case list)."""

    changed = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._detail: CaseDetail | None = None
        self._rows: list[TimelineRow] = []

        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setMargin(24)
        self.placeholder.setStyleSheet("color: #666; font-size: 14px;")

        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_line = QLabel()
        # Wrapped: a long line (step title, overdue days) must not widen the pane and push
        # the splitter between the list and the case (it keeps the clerk's position).
        self.status_line.setWordWrap(True)
        self.status_line.setStyleSheet("padding: 4px 8px; font-weight: bold;")
        # The case to the other office as a signed packet (app.exchange): from an OPD install
        # after step 1, from the PPID Utama with the result or a send-back.
        self.send_button = QPushButton()
        self.send_button.clicked.connect(self.send_packet)

        self.timeline_model: RecordTableModel[TimelineRow] = RecordTableModel(
            self._timeline_columns(), self
        )
        self.timeline = record_table(self.timeline_model)
        self.explanation = QPlainTextEdit()
        self.explanation.setReadOnly(True)
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.explanation.setFont(mono)
        self.explanation.setPlaceholderText(
            self.tr("Pilih tahap untuk melihat perhitungan batas waktunya hari demi hari.")
        )
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

        self.history_model: RecordTableModel[HistoryEntry] = RecordTableModel(
            [
                Column(self.tr("Waktu"), lambda e: format_timestamp(e.when)),
                Column(
                    self.tr("Kejadian"),
                    history_sentence,
                    tooltip=lambda e: "\n".join([history_sentence(e), *detail_lines(e.detail)]),
                ),
            ],
            self,
        )
        self.history_proxy = QSortFilterProxyModel(self)
        self.history_proxy.setSourceModel(self.history_model)
        self.history_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.history_proxy.setFilterKeyColumn(-1)
        self.history = record_table(self.history_proxy, stretch=1)
        self.history_filter = QLineEdit()
        self.history_filter.setPlaceholderText(self.tr("Saring riwayat (nama, tahap, kata)…"))
        self.history_filter.setClearButtonEnabled(True)
        self.history_filter.textChanged.connect(self.history_proxy.setFilterFixedString)
        history_tab = QWidget()
        history_layout = QVBoxLayout(history_tab)
        history_layout.setContentsMargins(0, 4, 0, 0)
        history_layout.addWidget(self.history_filter)
        history_layout.addWidget(self.history, 1)

        self.documents = DocumentsPanel(session)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.form_stack, self.tr("Formulir tahap berjalan"))
        self.tabs.addTab(timeline_split, self.tr("Linimasa tahapan"))
        self.tabs.addTab(self.documents, self.tr("Dokumen"))
        self.tabs.addTab(history_tab, self.tr("Riwayat"))
        # Each tab is drawn when it is shown; a change marks the tabs it touched as stale.
        self._tab_parts = {
            self.form_stack: "form",
            timeline_split: "timeline",
            self.documents: "documents",
            history_tab: "history",
        }
        self._stale: set[str] = set()
        self.tabs.currentChanged.connect(lambda _index: self._draw_stale())

        self.body = QWidget()
        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        header_row = QHBoxLayout()
        header_row.addWidget(self.header, 1)
        header_row.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignTop)
        body_layout.addLayout(header_row)
        body_layout.addWidget(self.status_line)
        body_layout.addWidget(self.tabs, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.timeline.selectionModel().currentRowChanged.connect(self._explain)
        self.form.changed.connect(self.changed)
        self.documents.changed.connect(self.changed)
        session.actorChanged.connect(self._apply_capabilities)
        self._show_placeholder_text()

    def _timeline_columns(self) -> list[Column[TimelineRow]]:
        def dates(r: TimelineRow, attr: str) -> str:
            return format_date_short(getattr(r.record, attr), "") if r.record else ""

        def due(r: TimelineRow) -> str:
            if r.record:
                return format_date_short(r.record.batas_waktu)
            return f"({format_date_short(r.projected_due)})" if r.projected_due else ""

        # Status right after the activity: the timeline is read on a narrow pane.
        return [
            Column(self.tr("Tahap"), lambda r: r.step.number),
            Column(
                self.tr("Kegiatan"),
                lambda r: app_text(r.step.title),
                tooltip=lambda r: r.step.activity,
            ),
            Column(
                self.tr("Status"),
                lambda r: app_text(r.status),
                background=lambda r: _colour(r.tone, 0),
                foreground=lambda r: _colour(r.tone, 1) or "#777",
                tooltip=lambda r: app_text(r.note),
            ),
            Column(self.tr("Pelaksana"), lambda r: app_text(role_name(r.step.actor))),
            # The time a step is given ("5 hari kerja"): a context of its own, apart from the
            # history's "Waktu" (when).
            Column(
                translate("CaseTimeline", "Waktu"),
                lambda r: app_text(duration(r.step.working_days)),
            ),
            Column(self.tr("Mulai"), lambda r: dates(r, "tanggal_mulai")),
            Column(
                self.tr("Batas waktu"),
                due,
                tooltip=lambda r: (
                    ""
                    if r.record
                    else self.tr(
                        "Perkiraan bila tahap sebelumnya selesai tepat pada batas waktunya"
                    )
                ),
            ),
            Column(self.tr("Selesai"), lambda r: dates(r, "tanggal_selesai")),
            Column(self.tr("Oleh"), lambda r: app_text(r.completed_by)),
        ]

    # -- showing ----------------------------------------------------------------------------
    @property
    def case_id(self) -> int | None:
        return self._detail.case.id if self._detail else None

    def settle_unsaved(self, doing: str) -> bool:
        """Ask about typing not saved in the running step's form before ``doing`` (see
        ``StepForm.settle_unsaved``); True when the clerk may go on."""
        if self._detail is None or self._detail.current is None:
            return True
        return self.form.settle_unsaved(doing)

    def clear(self, text: str = "") -> None:
        """No case shown; ``text`` says why in the empty pane (else what to do)."""
        self._detail = None
        if text:
            self.placeholder.setText(text)
        else:
            self._show_placeholder_text()
        self.stack.setCurrentWidget(self.placeholder)

    def show_case(self, case_id: int) -> None:
        self._detail = case_detail(case_id)
        self._stale = {"header", *self._tab_parts.values()}
        self._draw_stale()
        self.stack.setCurrentWidget(self.body)

    def apply_remote_changes(self, changes: ChangeSet) -> None:
        """Another PC changed the shown case (a server database): redrawn as after a local
        command, except the running step's form while it holds typing not saved yet (saving
        it then meets the other PC's change as a conflict, said there)."""
        keep = self._detail is not None and bool(self.form.unsaved_fields())
        self.apply_changes(changes, keep_form=keep)

    def apply_changes(self, changes: ChangeSet, keep_form: bool = False) -> None:
        """Redraw the parts of the shown case that ``changes`` touched."""
        case_id = self.case_id
        if case_id is None:
            return
        mine = changes.case_id == case_id or case_id in changes.other_cases
        if not (mine or changes.master_data or changes.calendar or changes.settings):
            return
        self._detail = case_detail(case_id)
        every = changes.master_data or changes.calendar
        touched = {
            "header": every or changes.case_row or changes.steps,
            "timeline": every or changes.steps or changes.documents,
            # the form names the drafts left when its step finishes the case
            "form": every
            or changes.steps
            or changes.items
            or changes.participants
            or changes.documents,
            "documents": True,  # readiness follows the steps, items and participants
            "history": changes.history or changes.calendar,
        }
        if keep_form:
            touched["form"] = False
        self._stale |= {part for part, stale in touched.items() if stale}
        self._draw_stale()

    def _draw_stale(self) -> None:
        """Draw the header and the tab shown, if stale; the other tabs wait until shown."""
        if self._detail is None:
            return
        visible = {"header", self._tab_parts.get(self.tabs.currentWidget(), "")}
        now = self._stale & visible
        if not now:
            return
        self._stale -= now
        self._render(**{part: part in now for part in ("header", *self._tab_parts.values())})

    def _render(
        self, *, header: bool, timeline: bool, form: bool, documents: bool, history: bool
    ) -> None:
        detail = self._detail
        assert detail is not None
        case = detail.case
        calendar = current_calendar()
        thresholds = Thresholds.compute(today(), calendar)
        can = capabilities(self._session.actor, detail)
        if header:
            self.header.setText(
                self.tr(
                    "<span style='font-size:15px; font-weight:bold'>{nomor} — {judul}</span><br>"
                    "{opd} · {pemicu} · mulai {mulai} · SOP versi {versi}"
                ).format(
                    nomor=html.escape(case.nomor),
                    judul=html.escape(case.judul),
                    opd=html.escape(case.opd.nama),
                    pemicu=html.escape(app_text(case.trigger_text)),
                    mulai=format_date(case.tanggal_mulai),
                    versi=html.escape(case.sop_version),
                )
            )
            line, tone = deadline_line(detail, thresholds, calendar)
            self.status_line.setText(app_text(line))
            bg, fg = TONE_COLOURS[tone] or ("#ffffff", "#000000")
            self.status_line.setStyleSheet(
                f"padding: 4px 8px; font-weight: bold; background: {bg}; color: {fg};"
            )
            self._show_send_button(can)
        if timeline:
            self._rows = timeline_rows(detail, thresholds, calendar, signed_steps(case.id))
            self.timeline_model.set_rows(self._rows)
            current = detail.current
            focus = next(
                (
                    i
                    for i, r in enumerate(self._rows)
                    if current is not None and r.record == current
                ),
                None,
            )
            if focus is not None:
                self.timeline.selectRow(focus)
            else:
                self.explanation.clear()
        if form:
            if detail.current is None:
                self.finished_label.setText(
                    self.tr(
                        "Kasus ini sudah selesai; semua tahap telah "
                        "dikerjakan.\nLihat linimasa dan riwayatnya."
                    )
                )
                self.form_stack.setCurrentWidget(self.finished_label)
            else:
                self.form.show_case(detail, can)
                self.form_stack.setCurrentWidget(self.form)
        if documents:
            self.documents.show_case(detail, can)
        if history:
            self.history_model.set_rows(case_history(case.id))
            self.history.scrollToBottom()

    def _show_placeholder_text(self) -> None:
        """What the empty pane invites to do: a new case only when this role may make one;
        otherwise why it may not, and who may."""
        can = capabilities(self._session.actor)
        if can.create_case:
            self.placeholder.setText(
                self.tr("Pilih kasus di daftar sebelah kiri,\natau buat kasus baru (Ctrl+N).")
            )
        else:
            self.placeholder.setText(
                self.tr("Pilih kasus di daftar sebelah kiri.\n\n{alasan}").format(
                    alasan=app_text(can.why_not("create_case"))
                )
            )

    def _apply_capabilities(self) -> None:
        """The role changed in the toolbar: what may be done here changes, nothing else."""
        self._show_placeholder_text()
        if self._detail is None:
            return
        self._stale |= {"header", "form", "documents"}  # the header holds the send button
        self._draw_stale()

    def _show_send_button(self, can: Capabilities) -> None:
        """*Kirim ke PPID Utama…* at an OPD install, *Kirim hasil ke perangkat daerah…* at
        the PPID Utama: offered as ``app.capabilities`` says, else why not in its tooltip."""
        from app.exchange.office import is_opd_install

        if is_opd_install():
            self.send_button.setText(self.tr("Kirim ke PPID &Utama…"))
            tip = self.tr("Kirim kasus ini ke PPID Utama sebagai satu berkas paket bertanda tangan")
        else:
            self.send_button.setText(self.tr("Kirim hasil ke &perangkat daerah…"))
            tip = self.tr(
                "Kirim hasil kasus ini ke kantor perangkat daerahnya sebagai satu berkas paket "
                "bertanda tangan"
            )
        self.send_button.setEnabled(can.send_case)
        self.send_button.setToolTip(tip if can.send_case else app_text(can.send_case_reason))

    def send_packet(self) -> None:
        """The send button: the case's packet written where the clerk chooses
        (``ui.dialogs.packets``); its history event redrawn."""
        detail = self._detail
        if detail is None or not self.send_button.isEnabled():
            return
        if not self.settle_unsaved(self.tr("mengirim kasus", "Simpan dulu sebelum …?")):
            return
        from ui.dialogs.packets import send_case_packet

        changes = send_case_packet(self, self._session, detail.case.id, detail.case.nomor)
        if changes is not None:
            self.changed.emit(changes)

    def _explain(self, current, _previous) -> None:
        if not current.isValid():
            return
        row = self.timeline_model.record(current.row())
        self.explanation.setPlainText(app_text(deadline_explanation(row, current_calendar())))


def _colour(tone: Tone, which: int) -> str | None:
    colours = TONE_COLOURS[tone]
    return colours[which] if colours else None
