"""The case list: search-as-you-type, filters, sortable columns, colour-coded deadlines.

The model is SQL-backed (the Anki browser pattern): it holds only the ordered case ids of the
current filter and fetches the contents of the rows the view paints, a page at a time, so it
stays instant with 100,000 cases. Sorting and filtering are done by ``app.cases.listing`` in SQL.

Off the GUI thread: every search keystroke, filter and column sort is a job on the runner's
lane ``LANE`` (``ui.runner.Lane``), on its own database connection. The job sends the first
page (ids and row contents) as soon as it has it, then reads the whole id list; the window
shows the page, then adds the other rows below it. A newer request cancels the older one,
interrupting its SQLite statement, and a generation number drops whatever an older one still
delivers. A database of at most ``SYNC_UP_TO`` cases is listed on the GUI thread (a few
milliseconds: no round trip, no rows that arrive later). At start (``CaseListPanel.start``)
the first page is read on the GUI thread, once, after the columns and the sort are restored:
a page read in index order, as quick at 300,000 cases as at 300.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.calendar_service import current_calendar
from app.cases.listing import (
    STATUS_LABELS,
    CaseFilter,
    CaseRow,
    DeadlineStatus,
    Placement,
    SortKey,
    Thresholds,
    available_years,
    due_this_week,
    fetch_rows,
    few_cases,
    insertion_point,
    interrupted,
    interrupter,
    placement,
    query_case_ids,
    step_choices,
    stoppable,
)
from app.changes import ChangeSet
from app.clock import today
from app.masterdata import list_opd
from app.workdays import WorkCalendar
from ui.formats import format_date_short
from ui.messages import report
from ui.runner import Job, JobOutcome, Report, get_runner
from ui.session import Session
from ui.translation import app_text

translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex
PAGE = 100
MY_OPDS = "saya"  # the OPD filter's entry for all the OPDs of a PPID Pembantu
MAX_ROWS_PATCHED = 50  # more changed rows than this: query the list again
SYNC_UP_TO = 2000  # a database of at most this many cases is listed on the GUI thread
LANE = "daftar-kasus"  # the runner's lane of the list's queries
DEBOUNCE_MS = 50  # the search waits this long after a keystroke for the next one
DUE_THIS_WEEK = "minggu-ini"  # notr: the due filter's item data
PAINT_WAIT_S = 0.2  # the whole list waits at most this long for the first page's paint

# (background, text) per status: colour plus words, never colour alone.
STATUS_COLOURS = {
    DeadlineStatus.OVERDUE: ("#f8d7da", "#842029"),
    DeadlineStatus.DUE_SOON: ("#fff3cd", "#664d03"),
    DeadlineStatus.ON_TIME: ("#d1e7dd", "#0f5132"),
    DeadlineStatus.FINISHED: ("#e9ecef", "#495057"),
}


def days_left_text(row: CaseRow) -> str:
    if row.sisa_hari_kerja is None:
        return ""
    if row.sisa_hari_kerja < 0:
        return translate("CaseList", "lewat {n} hk").format(n=-row.sisa_hari_kerja)
    if row.sisa_hari_kerja == 0:
        return translate("CaseList", "hari ini")
    return translate("CaseList", "{n} hk").format(n=row.sisa_hari_kerja)


def cell_texts(row: CaseRow) -> tuple[str, ...]:
    """What the columns of ``row`` show, in column order."""
    return (
        row.nomor,
        app_text(STATUS_LABELS[row.status]),
        days_left_text(row),
        format_date_short(row.batas_waktu, ""),
        f"{row.tahap}. {app_text(row.tahap_judul)}"
        if row.status != DeadlineStatus.FINISHED
        else translate("CaseList", "Selesai"),
        app_text(row.pelaksana),
        row.opd_singkat,
        row.judul,
    )


_BRUSHES: dict[DeadlineStatus, tuple[QBrush, QBrush]] = {}


@dataclass(frozen=True)
class Loaded:
    """What a load gives the model: the ids (the first page, or all of them when
    ``complete``), the contents of the rows it read already, and the day and calendar the
    statuses were computed with."""

    generation: int
    ids: list[int]
    rows: list[CaseRow]
    complete: bool
    thresholds: Thresholds
    calendar: WorkCalendar
    # Set once the window has painted this first page: the lane reads the whole list only
    # then (or after ``PAINT_WAIT_S``). Read at once, its Python work took the GIL from the
    # paint's thousand calls into the model: 20-30 ms of paint instead of 8-10.
    painted: threading.Event | None = None


def read_list(
    f: CaseFilter,
    sort: SortKey,
    descending: bool,
    generation: int,
    report_to: Report | None = None,
    page_first: bool = True,
) -> Loaded | None:
    """The list for a filter and sort (on the lane's worker, or on the GUI thread): the first
    page and its rows, handed over with ``report_to.send`` as soon as read, then the whole
    id list, returned. None when the job was cancelled meanwhile (its statement
    interrupted)."""
    with contextlib.ExitStack() as stop:
        if report_to is not None:
            report_to.on_cancel(interrupter())  # the running statement, at once
            stop.enter_context(stoppable(report_to.cancelled))  # and one just starting
        return _read_list(f, sort, descending, generation, report_to, page_first)


def _read_list(
    f: CaseFilter,
    sort: SortKey,
    descending: bool,
    generation: int,
    report_to: Report | None,
    page_first: bool,
) -> Loaded | None:
    calendar = current_calendar()
    t = Thresholds.compute(today(), calendar)
    try:
        if page_first:
            first = query_case_ids(f, t, sort, descending, limit=PAGE + 1)
            complete = len(first) <= PAGE
            shown = first[:PAGE]
            page = Loaded(generation, shown, fetch_rows(shown, t, calendar), complete, t, calendar)
            if complete or report_to is None:
                return page
            if report_to.cancelled():
                return None
            painted = threading.Event()
            report_to.on_cancel(painted.set)
            report_to.send(dataclasses.replace(page, painted=painted))
            painted.wait(PAINT_WAIT_S)
            if report_to.cancelled():
                return None
        ids = query_case_ids(f, t, sort, descending)
    except Exception as exc:
        if interrupted(exc):
            return None
        raise
    return Loaded(generation, ids, [], True, t, calendar)


def status_brushes(status: DeadlineStatus) -> tuple[QBrush, QBrush]:
    """(background, text) brushes of a status, made once (on the GUI thread, when painted)."""
    if status not in _BRUSHES:
        bg, fg = STATUS_COLOURS[status]
        _BRUSHES[status] = QBrush(QColor(bg)), QBrush(QColor(fg))
    return _BRUSHES[status]


_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_ANSWERED = frozenset({_DISPLAY, _TOOLTIP, _BACKGROUND, _FOREGROUND, _ALIGNMENT})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class CaseListModel(QAbstractTableModel):
    # Deadline columns come first: on a 1366-pixel screen they must never be scrolled away.
    COLUMNS: tuple[tuple[str, SortKey], ...] = (
        (QT_TRANSLATE_NOOP("CaseListModel", "Nomor"), SortKey.NUMBER),
        (QT_TRANSLATE_NOOP("CaseListModel", "Status"), SortKey.STATUS),
        (QT_TRANSLATE_NOOP("CaseListModel", "Sisa"), SortKey.DAYS_LEFT),
        (QT_TRANSLATE_NOOP("CaseListModel", "Batas waktu"), SortKey.DUE),
        (QT_TRANSLATE_NOOP("CaseListModel", "Tahap"), SortKey.STEP),
        (QT_TRANSLATE_NOOP("CaseListModel", "Pelaksana"), SortKey.ACTOR),
        (QT_TRANSLATE_NOOP("CaseListModel", "Perangkat daerah"), SortKey.OPD),
        (QT_TRANSLATE_NOOP("CaseListModel", "Judul"), SortKey.TITLE),
    )
    STATUS_COLUMN = 1
    DAYS_COLUMN = 2
    WIDTHS = (118, 132, 76, 84, 140, 108, 110, 160)
    TITLE_COLUMN = 7
    # Hidden until the clerk shows them from the header's context menu: at 1366 pixels the
    # title must fit beside the deadline columns without scrolling sideways.
    HIDDEN_BY_DEFAULT = (3, 5, 6)  # Batas waktu, Pelaksana, Perangkat daerah

    # Rows are shown: the first page (False) or the whole list (True).
    loaded = Signal(bool)
    failed = Signal(object)  # the exception a query on the lane raised

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids: list[int] = []
        self._rows: dict[int, CaseRow] = {}
        # The texts of a row's cells, made once: a repaint asks for each cell several times.
        self._texts: dict[int, tuple[str, ...]] = {}
        self._filter = CaseFilter()
        self._sort = SortKey.STATUS
        self._descending = False
        self._thresholds: Thresholds | None = None
        self._calendar: WorkCalendar | None = None
        self._started = False  # no query before ``start``: the sort is being restored
        self._generation = 0  # of the newest request; an older one's rows are dropped
        self._job: Job | None = None  # the request on the lane, until its list has arrived
        self._complete = True  # whether ``_ids`` is the whole list
        self._paint_awaited: threading.Event | None = None  # of the page shown last

    # -- state -----------------------------------------------------------------------------
    def start(self) -> None:
        """The first load: the first page here, the rest on the lane."""
        self._started = True
        self.refresh(page_here=True)

    def loading(self) -> bool:
        """Whether the rows of the newest request are still coming."""
        return not self._complete

    def set_filter(self, f: CaseFilter) -> None:
        self._filter = f
        self.refresh()

    def refresh(self, page_here: bool = False) -> None:
        """Query the list again (after a filter, sort or data change): here for a small
        database, else on the lane (``page_here``: its first page here)."""
        if not self._started:
            return
        self._generation += 1
        if self._job is not None:
            self._job.cancel()
            self._job = None
        request = (self._filter, self._sort, self._descending, self._generation)
        if few_cases(SYNC_UP_TO):
            loaded = read_list(*request, page_first=False)
            if loaded is not None:
                self._show(loaded)
            return
        self._complete = False
        if page_here:
            first = read_list(*request)
            if first is None:
                return
            self._show(first)
            if first.complete:
                return
        job = (
            get_runner()
            .lane(LANE)
            .submit(
                translate("CaseList", "Memuat daftar kasus"),
                functools.partial(_read_on_lane, request, not page_here),
            )
        )
        # Bound methods, no partial holding the job: a connection that refers to its own
        # job kept every job, and the id list it read, alive for good.
        job.delivered.connect(self._deliver)
        job.finished.connect(self._job_ended)
        self._job = job

    def _deliver(self, loaded: object) -> None:
        if isinstance(loaded, Loaded):
            self._show(loaded)

    def _job_ended(self, outcome: JobOutcome) -> None:
        if self._job is None or self._job.outcome is not outcome:
            return  # an older request's
        self._job = None
        if outcome.error is not None:
            self._complete = True
            self.failed.emit(outcome.error)
        elif isinstance(outcome.result, Loaded):
            self._show(outcome.result)

    def _show(self, loaded: Loaded) -> None:
        """Show what a load gave, if it is the newest request's: the first page replaces the
        rows; the whole list after it adds the rows below the page, or replaces them when
        the data changed in between."""
        if loaded.generation != self._generation:
            return
        self._thresholds, self._calendar = loaded.thresholds, loaded.calendar
        shown = len(self._ids)
        if (
            not loaded.rows
            and not self._complete
            and shown <= len(loaded.ids)
            and loaded.ids[:shown] == self._ids
        ):
            if len(loaded.ids) > shown:
                self.beginInsertRows(QModelIndex(), shown, len(loaded.ids) - 1)
                self._ids = loaded.ids
                self.endInsertRows()
        else:
            self.beginResetModel()
            self._ids = list(loaded.ids)
            self._rows = {r.id: r for r in loaded.rows}
            self._texts.clear()
            self.endResetModel()
        self._complete = loaded.complete
        self._paint_awaited = loaded.painted
        self.loaded.emit(loaded.complete)

    def painted(self) -> None:
        """The view paints its rows (the panel says so): once that paint is over, the lane
        may read the whole list."""
        if self._paint_awaited is not None:
            QTimer.singleShot(0, self._paint_awaited.set)  # after this paint
            self._paint_awaited = None

    def apply_changes(self, changes: ChangeSet) -> None:
        """Redraw the rows of the cases a command changed, without querying the ids of the
        list again: a row that keeps its place is fetched again alone; one that leaves the
        filter is removed; one that moves in the order (or enters the filter) is put in its
        new place by a binary search over the rows already listed. Only a new case, or many
        changed rows at once, query the list again."""
        if changes.case_created:
            self.refresh()
            return
        changed = changes.cases
        if not changed:
            return
        if len(changed) > MAX_ROWS_PATCHED or self._thresholds is None or self.loading():
            self.refresh()  # one query (on the lane at 100,000 cases), the old rows shown meanwhile
            return
        for case_id in changed:
            row = self.row_of(case_id)
            previous = self._ids[row - 1] if row > 0 else None
            following = self._ids[row + 1] if 0 <= row < len(self._ids) - 1 else None
            where = placement(
                case_id,
                previous,
                following,
                row >= 0,
                self._filter,
                self._thresholds,
                self._sort,
                self._descending,
            )
            self._rows.pop(case_id, None)
            self._texts.pop(case_id, None)
            if where == Placement.LEAVES:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._ids[row]
                self.endRemoveRows()
            elif where == Placement.MOVES:
                self._place(case_id, row)
            elif row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def _place(self, case_id: int, row: int) -> None:
        """Put ``case_id`` (now at ``row``, or -1 when not listed) where it belongs."""
        others = self._ids[:row] + self._ids[row + 1 :] if row >= 0 else self._ids
        target = insertion_point(
            others, case_id, self._filter, self._thresholds, self._sort, self._descending
        )
        if row < 0:
            self.beginInsertRows(QModelIndex(), target, target)
            self._ids.insert(target, case_id)
            self.endInsertRows()
            return
        destination = target if target <= row else target + 1  # Qt counts before the move
        if destination in (row, row + 1):
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
            return
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._ids = others
        self._ids.insert(target, case_id)
        self.endMoveRows()

    def case_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, case_id: int) -> int:
        try:
            return self._ids.index(case_id)
        except ValueError:
            return -1

    def case_row(self, row: int) -> CaseRow:
        case_id = self._ids[row]
        if case_id not in self._rows:
            start = row - row % PAGE
            for r in fetch_rows(self._ids[start : start + PAGE], self._thresholds, self._calendar):
                self._rows[r.id] = r
                self._texts.pop(r.id, None)
        return self._rows[case_id]

    # -- Qt model --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("CaseListModel", self.COLUMNS[section][0])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Asked some 1,000 times a repaint (each visible cell, each role): the roles this
        # model never answers return at once, and the others compare plain ints.
        role = int(role)
        if role not in _ANSWERED or not index.isValid():
            return None
        row = self.case_row(index.row())
        col = index.column()
        if role == _DISPLAY:
            texts = self._texts.get(row.id)
            if texts is None:
                texts = self._texts[row.id] = cell_texts(row)
            return texts[col]
        if role == _TOOLTIP:
            return {
                self.DAYS_COLUMN: self.tr("Sisa hari kerja (hk) sampai batas waktu tahap berjalan"),
                6: row.opd,
                7: row.judul,
            }.get(col)
        if role == _ALIGNMENT:
            return _RIGHT if col == self.DAYS_COLUMN else None
        if col == self.STATUS_COLUMN or (
            col == self.DAYS_COLUMN and row.status == DeadlineStatus.OVERDUE
        ):
            background, text = status_brushes(row.status)
            if role == _BACKGROUND and col == self.STATUS_COLUMN:
                return background
            if role == _FOREGROUND:
                return text
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = self.COLUMNS[column][1]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()


def _read_on_lane(
    request: tuple[CaseFilter, SortKey, bool, int], page_first: bool, report_to: Report
) -> Loaded | None:
    return read_list(*request, report_to=report_to, page_first=page_first)


class _Painting(QObject):
    """Tells the model when the table's viewport paints."""

    def __init__(self, model: CaseListModel) -> None:
        super().__init__()
        self._model = model

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._model.painted()
        return False


class _EnterOpens(QObject):
    """Enter/Return on the table opens the selected case (``activated`` is not reliable
    across platforms)."""

    def __init__(self, on_enter) -> None:
        super().__init__()
        self._on_enter = on_enter

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._on_enter()
            return True
        return False


NOT_FOUND = QT_TRANSLATE_NOOP(
    "CaseListPanel",
    "Kasus tidak ditemukan: tidak ada kasus yang cocok dengan pencarian dan saringan ini.",
)


@dataclass
class _Selection:
    """A case to select once the list being loaded has it: without the signal, scrolled
    to or not, and what to do then (``then(case_id)``)."""

    case_id: int
    scroll: bool
    then: Callable[[int], None] | None = None


class CaseListPanel(QWidget):
    """Search box, filters, the table and a count. Emits the chosen case id.

    Nothing is listed before ``start`` (the window restores the columns and the sort first:
    one query at start). While a list loads (``CaseListModel.loading``), a case to select
    waits for it (``select_case``), and the count and ``foundNothing`` wait for the whole
    list."""

    caseSelected = Signal(int)
    caseActivated = Signal(int)
    # A search or filter found no case: the open case is no longer in the list.
    foundNothing = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._silent = False
        self._waiting: _Selection | None = None  # selected once the loading list has it
        self._to_top = False  # the list being loaded starts at its top (a new filter)
        self._say_nothing_found = False  # and says when it is empty (``foundNothing``)
        self._choices_for: frozenset[int] = frozenset()  # the OPDs the OPD filter leads with
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Cari nomor, judul, perangkat daerah, uraian… (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Semua status"), None)
        for status in DeadlineStatus:
            self.status_filter.addItem(app_text(STATUS_LABELS[status]), status)
        self.year_filter = QComboBox()
        self.opd_filter = QComboBox()
        self.opd_filter.setMinimumContentsLength(14)
        self.opd_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        # The running cases at one step, and those due this week (the dashboard's figures
        # set these two; a clerk can too).
        self.step_filter = QComboBox()
        self.step_filter.addItem(self.tr("Semua tahap"), None)
        for number, title in step_choices():
            self.step_filter.addItem(
                self.tr("Tahap %1: %2").replace("%1", str(number)).replace("%2", app_text(title)),
                number,
            )
        self.step_filter.setMinimumContentsLength(10)
        self.step_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.due_filter = QComboBox()
        self.due_filter.addItem(self.tr("Semua batas waktu"), None)
        self.due_filter.addItem(self.tr("Batas waktu minggu ini"), DUE_THIS_WEEK)
        self.due_filter.setToolTip(
            self.tr("Kasus berjalan yang batas waktunya hari ini sampai hari Minggu ini")
        )
        self.clear_button = QPushButton(self.tr("Hapus saringan"))
        self.clear_button.setToolTip(
            self.tr("Tampilkan semua kasus: pencarian dan saringan dikosongkan")
        )
        self.clear_button.setEnabled(False)
        self.clear_button.clicked.connect(self.clear_filters)
        self.mine = QCheckBox(self.tr("Tugas saya"))
        self.mine.setToolTip(
            self.tr("Hanya kasus yang tahap berjalannya dikerjakan oleh peran Anda")
        )
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)

        self.model = CaseListModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(24)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate(CaseListModel.WIDTHS):
            self.view.setColumnWidth(col, width)
        for col in CaseListModel.HIDDEN_BY_DEFAULT:
            header.setSectionHidden(col, True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # setSortingEnabled sorts by column 0 at once; then the default order: most urgent first.
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(CaseListModel.STATUS_COLUMN, Qt.SortOrder.AscendingOrder)
        self._enter = _EnterOpens(self._open_current)
        self.view.installEventFilter(self._enter)
        self._painting = _Painting(self.model)
        self.view.viewport().installEventFilter(self._painting)

        filters = QHBoxLayout()
        filters.addWidget(self.status_filter)
        filters.addWidget(self.year_filter)
        filters.addWidget(self.opd_filter, 1)
        filters.addWidget(self.mine)
        more_filters = QHBoxLayout()
        more_filters.addWidget(self.step_filter, 1)
        more_filters.addWidget(self.due_filter)
        more_filters.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addLayout(more_filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self.apply_filter)
        for combo in self.filter_combos():
            combo.currentIndexChanged.connect(self.apply_filter)
        self.mine.toggled.connect(self.apply_filter)
        session.actorChanged.connect(self._actor_changed)
        self.view.doubleClicked.connect(lambda idx: self._emit_activated(idx.row()))
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(lambda exc: report(self, exc))
        self.reload_choices()

    def start(self, select: int | None = None, then: Callable[[int], None] | None = None) -> None:
        """List the cases (once, after the window restored the sort); ``select`` that case
        once listed, and ``then(select)``."""
        self._waiting = _Selection(select, True, then) if select is not None else None
        self._to_top = self._say_nothing_found = False  # the filters' filling asked for them
        self.model.start()

    # -- columns ---------------------------------------------------------------------------
    def column_menu(self) -> QMenu:
        """The header's context menu: a tick per column (Nomor and Judul always shown)."""
        header = self.view.horizontalHeader()
        menu = QMenu(self)
        menu.addSection(self.tr("Kolom yang ditampilkan"))
        for col, (title, _key) in enumerate(CaseListModel.COLUMNS):
            action = menu.addAction(translate("CaseListModel", title))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(col))
            if col in (0, CaseListModel.TITLE_COLUMN):
                action.setEnabled(False)
            action.toggled.connect(lambda shown, c=col: self.show_column(c, shown))
        return menu

    def _column_menu(self, pos) -> None:
        menu = self.column_menu()
        menu.exec(self.view.horizontalHeader().mapToGlobal(pos))
        menu.deleteLater()

    def show_column(self, col: int, shown: bool) -> None:
        header = self.view.horizontalHeader()
        header.setSectionHidden(col, not shown)
        if shown and header.sectionSize(col) < 30:
            self.view.setColumnWidth(col, CaseListModel.WIDTHS[col])

    # -- filters ---------------------------------------------------------------------------
    def reload_choices(self) -> None:
        """Refill the year and OPD filters (after master data or new cases)."""
        for combo in (self.year_filter, self.opd_filter):
            combo.blockSignals(True)
        year, opd = self.year_filter.currentData(), self.opd_filter.currentData()
        self.year_filter.clear()
        self.year_filter.addItem(self.tr("Semua tahun"), None)
        for y in available_years():
            self.year_filter.addItem(str(y), y)
        self.opd_filter.clear()
        self.opd_filter.addItem(self.tr("Semua perangkat daerah"), None)
        # A PPID Pembantu's own OPDs come first, with one entry for all of them.
        mine = self._session.actor.opds
        everything = list_opd()
        ordered = [o for o in everything if o.id in mine] + [
            o for o in everything if o.id not in mine
        ]
        if len(mine) > 1:
            self.opd_filter.addItem(
                self.tr("Perangkat daerah saya ({n})").format(n=len(mine)), MY_OPDS
            )
        for o in ordered:
            if (
                mine
                and o.id not in mine
                and self.opd_filter.itemData(self.opd_filter.count() - 1) in (mine | {MY_OPDS})
            ):
                self.opd_filter.insertSeparator(self.opd_filter.count())
            self.opd_filter.addItem(o.singkatan or o.nama, o.id)
            self.opd_filter.setItemData(
                self.opd_filter.count() - 1, o.nama, Qt.ItemDataRole.ToolTipRole
            )
        self._choices_for = mine
        for combo, value in ((self.year_filter, year), (self.opd_filter, opd)):
            idx = combo.findData(value)
            combo.setCurrentIndex(max(idx, 0))
            combo.blockSignals(False)
        self.apply_filter()

    def filter_combos(self) -> tuple[QComboBox, ...]:
        return (
            self.status_filter,
            self.year_filter,
            self.opd_filter,
            self.step_filter,
            self.due_filter,
        )

    def current_filter(self) -> CaseFilter:
        actor = self._session.actor
        mine = self.mine.isChecked()
        opd = self.opd_filter.currentData()
        opd_ids = None
        if opd == MY_OPDS:
            opd, opd_ids = None, actor.opds
        # "Tugas saya" of a PPID Pembantu: the steps of its own OPDs only.
        if mine and opd is None and actor.opds:
            opd_ids = actor.opds
        due_from = due_to = None
        if self.due_filter.currentData() == DUE_THIS_WEEK:
            due_from, due_to = due_this_week(today())
        return CaseFilter(
            text=self.search.text(),
            status=self.status_filter.currentData(),
            year=self.year_filter.currentData(),
            opd_id=opd,
            opd_ids=opd_ids,
            actor_role=actor.role if mine else None,
            tahap=self.step_filter.currentData(),
            batas_dari=due_from,
            batas_sampai=due_to,
        )

    def choose_filters(
        self,
        status: DeadlineStatus | None = None,
        step: int | None = None,
        due_this_week: bool = False,
    ) -> None:
        """Set the filters to these (the search, "Tugas saya" and every other filter
        emptied) without listing yet: the caller lists once, with ``apply_filter``."""
        widgets = (self.search, self.mine, *self.filter_combos())
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.search.clear()
            self.mine.setChecked(False)
            for combo in self.filter_combos():
                combo.setCurrentIndex(0)
            self.status_filter.setCurrentIndex(max(self.status_filter.findData(status), 0))
            self.step_filter.setCurrentIndex(max(self.step_filter.findData(step), 0))
            if due_this_week:
                self.due_filter.setCurrentIndex(max(self.due_filter.findData(DUE_THIS_WEEK), 0))
        finally:
            for widget in widgets:
                widget.blockSignals(False)

    def clear_filters(self) -> None:
        """*Hapus saringan*: every case listed again (one query, not one per filter)."""
        self.choose_filters()
        self.apply_filter()

    def apply_filter(self) -> None:
        """A new search or filter: the list starts again at its top (the selected case stays
        selected when it is still listed); when nothing is found, ``foundNothing``."""
        self._debounce.stop()
        self._keep_selected(scroll=False)
        self._to_top = self._say_nothing_found = True
        chosen = self.current_filter()
        self.clear_button.setEnabled(chosen != CaseFilter())
        self.model.set_filter(chosen)

    def refresh(self) -> None:
        self._keep_selected(scroll=True)
        self.model.refresh()

    def apply_changes(self, changes: ChangeSet) -> None:
        selected = self.selected_case_id()
        if changes.master_data or changes.case_created:
            self.reload_choices()  # new years and OPDs in the filters; the list again
        else:
            self.model.apply_changes(changes)
        target = changes.case_id if changes.case_created else selected
        if target is not None and self.selected_case_id() != target:
            self.select_case(target, emit=False)
        self._update_count()

    def _keep_selected(self, scroll: bool) -> None:
        """The case selected now is selected again in the list about to load."""
        if self._waiting is None:
            selected = self.selected_case_id()
            if selected is not None:
                self._waiting = _Selection(selected, scroll)

    def _loaded(self, complete: bool) -> None:
        """Rows arrived (the first page, or the whole list)."""
        waiting = self._waiting
        if waiting is not None and self.model.row_of(waiting.case_id) >= 0:
            self._waiting = None
            self.select_case(waiting.case_id, emit=False, scroll=waiting.scroll)
            if waiting.then is not None:
                waiting.then(waiting.case_id)
        if self._to_top:
            self.view.scrollToTop()
        if not complete:
            return
        self._waiting = None
        self._to_top = False
        self._update_count()
        if self._say_nothing_found:
            self._say_nothing_found = False
            if self.model.rowCount() == 0:
                self.foundNothing.emit()

    def _actor_changed(self) -> None:
        """Another role: its own OPDs lead the OPD filter, and "Tugas saya" is its tasks."""
        if self._session.actor.opds != self._choices_for:
            self.reload_choices()
        elif self.mine.isChecked():
            self.apply_filter()

    def _update_count(self) -> None:
        if self.model.loading():
            return  # the count of the list before, until the whole new one is there
        n = self.model.rowCount()
        if n:
            self.count_label.setText(self.tr("%Ln kasus", "", n))
        elif self.current_filter() != CaseFilter():
            self.count_label.setText(translate("CaseListPanel", NOT_FOUND))
        else:
            self.count_label.setText(self.tr("Belum ada kasus."))

    # -- selection -------------------------------------------------------------------------
    def selected_case_id(self) -> int | None:
        """The selected case; while a list loads, the one it will select."""
        idx = self.view.currentIndex()
        if not idx.isValid() or idx.row() >= self.model.rowCount():
            return self._waiting.case_id if self._waiting is not None else None
        return self.model.case_id(idx.row())

    def select_case(self, case_id: int, emit: bool = True, scroll: bool = True) -> bool:
        """Select ``case_id`` if listed (True). While the list loads, a case not among the
        rows there yet is selected once they have it (without the signal)."""
        row = self.model.row_of(case_id)
        if row < 0:
            if self.model.loading():
                self._waiting = _Selection(case_id, scroll)
            return False
        if self._waiting is not None and self._waiting.case_id != case_id:
            self._waiting = None  # the user chose another
        self._silent = not emit
        try:
            self.view.selectRow(row)
            self.view.setCurrentIndex(self.model.index(row, 0))
            if scroll:
                self.view.scrollTo(self.model.index(row, 0))
        finally:
            self._silent = False
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._silent:
            # The user's choice, not the one waiting for the list; chosen in the rows shown
            # while another list loads, it is the one to select in that list.
            chosen = self.model.case_id(current.row())
            self._waiting = _Selection(chosen, False) if self.model.loading() else None
            self.caseSelected.emit(self.model.case_id(current.row()))

    def _emit_activated(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.caseActivated.emit(self.model.case_id(row))

    def _open_current(self) -> None:
        idx = self.view.currentIndex()
        if idx.isValid():
            self._emit_activated(idx.row())

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
