"""The case list: search-as-you-type, filters, sortable columns, colour-coded deadlines.

The model is SQL-backed (the Anki browser pattern): it holds only the ordered case ids of the
current filter and fetches the contents of the rows the view paints, a page at a time, so it
stays instant with 100,000 cases. Sorting and filtering are done by ``app.cases.listing`` in SQL.
"""

from __future__ import annotations

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
    fetch_rows,
    insertion_point,
    placement,
    query_case_ids,
)
from app.changes import ChangeSet
from app.clock import today
from app.masterdata import list_opd
from ui.formats import format_date_short
from ui.session import Session
from ui.translation import app_text

translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex
PAGE = 100
MY_OPDS = "saya"  # the OPD filter's entry for all the OPDs of a PPID Pembantu
MAX_ROWS_PATCHED = 50  # more changed rows than this: query the list again

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


def status_brushes(status: DeadlineStatus) -> tuple[QBrush, QBrush]:
    """(background, text) brushes of a status, made once (on the GUI thread, when painted)."""
    if status not in _BRUSHES:
        bg, fg = STATUS_COLOURS[status]
        _BRUSHES[status] = QBrush(QColor(bg)), QBrush(QColor(fg))
    return _BRUSHES[status]


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
        self._calendar = None

    # -- state -----------------------------------------------------------------------------
    def set_filter(self, f: CaseFilter) -> None:
        self._filter = f
        self.refresh()

    def refresh(self) -> None:
        """Re-run the query (after a filter, sort or data change)."""
        self._calendar = current_calendar()
        self._thresholds = Thresholds.compute(today(), self._calendar)
        self.beginResetModel()
        self._ids = query_case_ids(self._filter, self._thresholds, self._sort, self._descending)
        self._rows.clear()
        self._texts.clear()
        self.endResetModel()

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
        if len(changed) > MAX_ROWS_PATCHED or self._thresholds is None:
            self.refresh()
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
        if not index.isValid():
            return None
        row = self.case_row(index.row())
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            texts = self._texts.get(row.id)
            if texts is None:
                texts = self._texts[row.id] = cell_texts(row)
            return texts[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                self.DAYS_COLUMN: self.tr("Sisa hari kerja (hk) sampai batas waktu tahap berjalan"),
                6: row.opd,
                7: row.judul,
            }.get(col)
        if col == self.STATUS_COLUMN or (
            col == self.DAYS_COLUMN and row.status == DeadlineStatus.OVERDUE
        ):
            background, text = status_brushes(row.status)
            if role == Qt.ItemDataRole.BackgroundRole and col == self.STATUS_COLUMN:
                return background
            if role == Qt.ItemDataRole.ForegroundRole:
                return text
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.DAYS_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = self.COLUMNS[column][1]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()


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


class CaseListPanel(QWidget):
    """Search box, filters, the table and a count. Emits the chosen case id."""

    caseSelected = Signal(int)
    caseActivated = Signal(int)
    # A search or filter found no case: the open case is no longer in the list.
    foundNothing = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._silent = False
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

        filters = QHBoxLayout()
        filters.addWidget(self.status_filter)
        filters.addWidget(self.year_filter)
        filters.addWidget(self.opd_filter, 1)
        filters.addWidget(self.mine)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self.apply_filter)
        for combo in (self.status_filter, self.year_filter, self.opd_filter):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.mine.toggled.connect(self.apply_filter)
        session.actorChanged.connect(self._actor_changed)
        self.view.doubleClicked.connect(lambda idx: self._emit_activated(idx.row()))
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._update_count)
        self.reload_choices()

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
        return CaseFilter(
            text=self.search.text(),
            status=self.status_filter.currentData(),
            year=self.year_filter.currentData(),
            opd_id=opd,
            opd_ids=opd_ids,
            actor_role=actor.role if mine else None,
        )

    def apply_filter(self) -> None:
        """A new search or filter: the list starts again at its top (the selected case stays
        selected when it is still listed); when nothing is found, ``foundNothing``."""
        self._debounce.stop()
        selected = self.selected_case_id()
        self.model.set_filter(self.current_filter())
        if selected is not None:
            self.select_case(selected, emit=False, scroll=False)
        self.view.scrollToTop()
        if self.model.rowCount() == 0:
            self.foundNothing.emit()

    def refresh(self) -> None:
        selected = self.selected_case_id()
        self.model.refresh()
        if selected is not None:
            self.select_case(selected, emit=False)

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

    def _actor_changed(self) -> None:
        """Another role: its own OPDs lead the OPD filter, and "Tugas saya" is its tasks."""
        if self._session.actor.opds != self._choices_for:
            self.reload_choices()
        elif self.mine.isChecked():
            self.apply_filter()

    def _update_count(self) -> None:
        n = self.model.rowCount()
        if n:
            self.count_label.setText(self.tr("%Ln kasus", "", n))
        elif self.current_filter() != CaseFilter():
            self.count_label.setText(translate("CaseListPanel", NOT_FOUND))
        else:
            self.count_label.setText(self.tr("Belum ada kasus."))

    # -- selection -------------------------------------------------------------------------
    def selected_case_id(self) -> int | None:
        idx = self.view.currentIndex()
        if not idx.isValid() or idx.row() >= self.model.rowCount():
            return None
        return self.model.case_id(idx.row())

    def select_case(self, case_id: int, emit: bool = True, scroll: bool = True) -> bool:
        row = self.model.row_of(case_id)
        if row < 0:
            return False
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
