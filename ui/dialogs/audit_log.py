"""Riwayat seluruh basis data: every event, newest first, as readable sentences, for the
administrator. Filters by text, kind, user and date; the details of each event; the chain
check (``app.history.verify_chain``); export of the filtered rows to CSV.

The log can hold tens of thousands of rows: they are read with one query as raw values
(no per-row model objects), the sentence and search text are built once, and filtering is a
list comprehension behind a plain table model.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.capabilities import capabilities
from app.clock import today
from app.history import verify_chain
from app.history.kinds import kind_label
from app.history.log import LogRow, load_rows, write_csv
from app.history.text import detail_lines
from app.permissions import role_name
from ui import folders
from ui.formats import format_number
from ui.forms.widgets import DateField
from ui.messages import attempt
from ui.session import Session
from ui.translation import app_text

Index = QModelIndex | QPersistentModelIndex
INSTANT_FILTER_ROWS = 20_000  # above this, typing in the search box waits for a pause


class LogModel(QAbstractTableModel):
    ID, TIME, EVENT, CASE, KIND = range(5)
    TITLES = (
        "#",
        QT_TRANSLATE_NOOP("LogModel", "Waktu"),
        QT_TRANSLATE_NOOP("LogModel", "Kejadian"),
        QT_TRANSLATE_NOOP("LogModel", "Kasus"),
        QT_TRANSLATE_NOOP("LogModel", "Jenis"),
    )  # translated where shown (headerData): this is made at import, before any translator
    ROW_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[LogRow] = []
        self._times: dict[int, str] = {}  # formatted lazily: only shown rows need it

    def set_rows(self, rows: list[LogRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rows(self) -> list[LogRow]:
        return self._rows

    def row_of(self, event_id: int) -> int | None:
        for n, row in enumerate(self._rows):
            if row.id == event_id:
                return n
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.TITLES)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.TITLES[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.ID:
                return str(row.id)
            if col == self.TIME:
                text = self._times.get(row.id)
                if text is None:
                    text = self._times[row.id] = row.time_text()
                return text
            if col == self.EVENT:
                return row.sentence
            if col == self.CASE:
                return row.kasus
            return app_text(kind_label(row.jenis))
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.EVENT:
                return row.sentence
            if col == self.KIND:
                return row.jenis
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.ID:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.ROW_ROLE:
            return row
        return None


class AuditLogDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._all: list[LogRow] = []
        self.setWindowTitle(self.tr("Riwayat seluruh basis data"))
        self.resize(1200, 720)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari kejadian, nama, nomor kasus…"))
        self.search.setClearButtonEnabled(True)
        self.kind = QComboBox()
        self.user = QComboBox()
        for combo in (self.kind, self.user):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(18)
        self.date_from = DateField()
        self.date_to = DateField()
        self.clear_filters_button = QPushButton(self.tr("Hapus filter"))
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(QLabel(self.tr("Jenis")))
        filters.addWidget(self.kind, 1)
        filters.addWidget(QLabel(self.tr("Pengguna")))
        filters.addWidget(self.user, 1)
        filters.addWidget(QLabel(self.tr("Dari")))
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel(self.tr("sampai")))
        filters.addWidget(self.date_to)
        filters.addWidget(self.clear_filters_button)

        self.model = LogModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        # Fixed widths: sizing to contents would measure every one of many thousand rows.
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(LogModel.EVENT, QHeaderView.ResizeMode.Stretch)
        for col, width in (
            (LogModel.ID, 60),
            (LogModel.TIME, 120),
            (LogModel.CASE, 150),
            (LogModel.KIND, 170),
        ):
            header.resizeSection(col, width)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setPlaceholderText(self.tr("Pilih satu kejadian untuk melihat rinciannya."))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        self.count_label = QLabel()
        self.chain_label = QLabel()
        self.chain_label.setWordWrap(True)
        self.permission_note = QLabel()
        self.permission_note.setWordWrap(True)
        self.permission_note.setStyleSheet("color: #664d03;")
        self.reload_button = QPushButton(self.tr("Muat ulang"))
        self.chain_button = QPushButton(self.tr("Periksa rantai"))
        self.chain_button.setToolTip(
            self.tr(
                "Periksa apakah ada kejadian yang diubah, dihapus atau disisipkan di luar aplikasi"
            )
        )
        self.export_button = QPushButton(self.tr("Ekspor CSV…"))
        self.close_button = QPushButton(self.tr("Tutup"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label)
        buttons.addStretch(1)
        for b in (self.reload_button, self.chain_button, self.export_button, self.close_button):
            buttons.addWidget(b)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.chain_label)
        layout.addWidget(self.permission_note)
        layout.addLayout(buttons)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(300)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._search_changed)
        self.kind.currentIndexChanged.connect(self.apply_filters)
        self.user.currentIndexChanged.connect(self.apply_filters)
        self.date_from.dateChanged.connect(self.apply_filters)
        self.date_to.dateChanged.connect(self.apply_filters)
        self.clear_filters_button.clicked.connect(self.clear_filters)
        self.view.selectionModel().currentRowChanged.connect(self._show_detail)
        self.reload_button.clicked.connect(self.reload)
        self.chain_button.clicked.connect(self.check_chain)
        self.export_button.clicked.connect(self.export_csv)
        self.close_button.clicked.connect(self.accept)

        self.can_view = capabilities(session.actor).view_audit_log
        if self.can_view:
            self.reload()
        else:
            self.permission_note.setText(
                self.tr(
                    "Riwayat seluruh basis data hanya dapat dilihat oleh Administrator; {peran} "
                    "melihat riwayat setiap kasus di tab Riwayat kasus itu."
                ).format(peran=app_text(role_name(session.actor.role)))
            )
            for w in (
                self.search,
                self.kind,
                self.user,
                self.date_from,
                self.date_to,
                self.clear_filters_button,
                self.reload_button,
                self.chain_button,
                self.export_button,
                self.view,
                self.detail,
            ):
                w.setEnabled(False)
            self.count_label.setText("")

    # -- loading ------------------------------------------------------------------------------
    def reload(self) -> None:
        if not self.can_view:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            ok, rows = attempt(self, load_rows, self._session.actor)
            self._all = rows if ok else []
            self._fill_choices()
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.apply_filters()

    def _fill_choices(self) -> None:
        kind, user = self.kind.currentData(), self.user.currentData()
        kinds = sorted({r.jenis for r in self._all}, key=lambda k: app_text(kind_label(k)))
        names: dict[str, str] = {}
        for r in self._all:  # newest first: the newest name of each account
            names.setdefault(r.pengguna, r.pelaku)
        for combo in (self.kind, self.user):
            combo.blockSignals(True)
            combo.clear()
        self.kind.addItem(self.tr("Semua jenis"), None)
        for k in kinds:
            self.kind.addItem(app_text(kind_label(k)), k)
        self.user.addItem(self.tr("Semua pengguna"), None)
        for username in sorted(u for u in names if u):
            name = names[username]
            self.user.addItem(f"{username} — {name}" if name else username, username)
        if "" in names:
            self.user.addItem(self.tr("(tanpa akun: sistem, baris perintah)"), "")
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self.user.setCurrentIndex(max(self.user.findData(user), 0) if user is not None else 0)
        for combo in (self.kind, self.user):
            combo.blockSignals(False)

    # -- filtering ----------------------------------------------------------------------------
    def _search_changed(self) -> None:
        if len(self._all) <= INSTANT_FILTER_ROWS:
            self.apply_filters()
        else:
            self._search_timer.start()

    def filtered(self) -> list[LogRow]:
        rows = self._all
        needle = self.search.text().strip().lower()
        kind, user = self.kind.currentData(), self.user.currentData()
        first, last = self.date_from.value(), self.date_to.value()
        if kind is not None:
            rows = [r for r in rows if r.jenis == kind]
        if user is not None:
            rows = [r for r in rows if r.pengguna == user]
        if first is not None:
            rows = [r for r in rows if r.tanggal is not None and r.tanggal >= first]
        if last is not None:
            rows = [r for r in rows if r.tanggal is not None and r.tanggal <= last]
        if needle:
            words = needle.split()
            rows = [r for r in rows if all(w in r.haystack for w in words)]
        return rows

    def apply_filters(self) -> None:
        self._search_timer.stop()
        current = self.current_row()
        rows = self.filtered()
        self.model.set_rows(rows)
        shown, total = len(rows), len(self._all)
        self.count_label.setText(
            self.tr("{jumlah} kejadian", "", total).format(jumlah=format_number(total))
            if shown == total
            else self.tr("{tampil} dari {jumlah} kejadian", "", total).format(
                tampil=format_number(shown), jumlah=format_number(total)
            )
        )
        if current is not None and not self.select_event(current.id):
            self.detail.clear()

    def clear_filters(self) -> None:
        for w in (self.search, self.kind, self.user, self.date_from, self.date_to):
            w.blockSignals(True)
        self.search.clear()
        self.kind.setCurrentIndex(0)
        self.user.setCurrentIndex(0)
        self.date_from.set_value(None)
        self.date_to.set_value(None)
        for w in (self.search, self.kind, self.user, self.date_from, self.date_to):
            w.blockSignals(False)
        self.apply_filters()

    # -- selection and detail -----------------------------------------------------------------
    def current_row(self) -> LogRow | None:
        index = self.view.currentIndex()
        return index.data(LogModel.ROW_ROLE) if index.isValid() else None

    def select_event(self, event_id: int) -> bool:
        row = self.model.row_of(event_id)
        if row is None:
            return False
        index = self.model.index(row, LogModel.EVENT)
        self.view.setCurrentIndex(index)
        self.view.selectRow(row)
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def _show_detail(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row: LogRow | None = current.data(LogModel.ROW_ROLE) if current.isValid() else None
        if row is None:
            self.detail.clear()
            return
        lines = [
            self.tr("Kejadian #{id} — {waktu} WIB").format(id=row.id, waktu=row.time_text()),
            row.sentence,
            self.tr("Jenis: {jenis} ({kode})").format(
                jenis=app_text(kind_label(row.jenis)), kode=row.jenis
            ),
        ]
        if row.kasus:
            lines.append(self.tr("Kasus: {kasus}").format(kasus=row.kasus))
        if row.pengguna:
            lines.append(self.tr("Akun: {akun}").format(akun=row.pengguna))
        details = detail_lines(row.detail())
        if details:
            lines += ["", self.tr("Rincian:"), *details]
        self.detail.setPlainText("\n".join(lines))

    # -- chain --------------------------------------------------------------------------------
    def check_chain(self) -> None:
        """Verify the chain on the database as it is now (reloading the list first, so a
        row changed outside the app shows its current content)."""
        self.reload()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            ok, result = attempt(self, verify_chain)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if not ok:
            return
        self.chain_result = result
        if result.ok:
            self.chain_label.setStyleSheet("color: #0f5132;")
            self.chain_label.setText(f"✔ {result.message}")
            return
        self.chain_label.setStyleSheet("color: #842029; font-weight: bold;")
        text = f"✘ {result.message}"
        if result.first_bad_id is not None:
            if self.model.row_of(result.first_bad_id) is None:
                self.clear_filters()
            if self.select_event(result.first_bad_id):
                sentence = self.tr("Kejadian #{id} dipilih di daftar.")
            else:
                sentence = self.tr("Kejadian #{id} sudah tidak ada.")
            text += " " + sentence.format(id=result.first_bad_id)
        self.chain_label.setText(text)

    # -- export -------------------------------------------------------------------------------
    def export_csv(self) -> None:
        rows = self.model.rows()
        if not rows:
            QMessageBox.information(
                self, self.tr("Ekspor CSV"), self.tr("Tidak ada kejadian untuk diekspor.")
            )
            return
        start = folders.start_folder(folders.EXPORT_CSV)
        suggested = str(start / f"riwayat-ujikon-{today():%Y-%m-%d}.csv")  # notr: file name
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Ekspor riwayat ke CSV"), suggested, self.tr("Berkas CSV (*.csv)")
        )
        if not path:
            return
        folders.remember(folders.EXPORT_CSV, path)
        target = Path(path)
        if target.suffix.lower() != ".csv":
            target = target.with_name(target.name + ".csv")
        ok, count = attempt(self, write_csv, target, rows)
        if ok:
            QMessageBox.information(
                self,
                self.tr("Ekspor CSV"),
                self.tr("{jumlah} kejadian diekspor ke\n{berkas}", "", count).format(
                    jumlah=format_number(count), berkas=target
                ),
            )
