"""Case packets in the window (``app.exchange``): the open case sent to the other office as one
signed file, and a packet received looked into before anything is imported.

- ``send_case_packet(parent, session, case_id, nomor)``: the case's *Kirim ke PPID Utama…* /
  *Kirim hasil ke perangkat daerah…* button. Asks where to write the packet, writes it on the
  runner, and says where it is and how it travels; the ``ChangeSet`` of the send (its history
  event), or None when nothing was written.
- ``ask_packet_file(parent)``: *Berkas → Terima paket kasus…*, the packet chosen (None:
  cancelled).
- ``ReceivePacketDialog(session, path, parent)``: what the packet brings (inspected on the
  runner), the fields changed at both offices side by side to choose from, and *Impor*. After
  ``exec`` accepts, ``case_id`` is the case imported and ``changes`` what the window redraws.
- ``packet_path_from_mime(mime)``: the packet a drop onto the window brings, or None.

The services are imported where they are used: ``app.exchange`` loads its packet code, the
signing and the history on first use, not with the window.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.changes import NOTHING, ChangeSet
from app.errors import UserError
from ui import folders
from ui.formats import format_date
from ui.messages import show_bug, show_user_error
from ui.runner import JobOutcome, get_runner, run_with_progress
from ui.session import Session
from ui.translation import app_text

if TYPE_CHECKING:
    from app.exchange import Conflict, ImportResult, Inspection

translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex
PACKET, LOCAL = "paket", "lokal"  # the choices import_packet takes (app.exchange.service)
ERROR_STYLE = "color: #842029;"  # notr: style sheet (as ui.dialogs.login's _Form.show_error)
UNCHOSEN_BACKGROUND = "#fff3cd"


def packet_filter() -> str:
    return translate("Packets", "Paket kasus Ujikon (*.ujikon-kasus)")


def _suffix() -> str:
    from app.exchange import PACKET_SUFFIX

    return str(PACKET_SUFFIX)


def packet_path_from_mime(mime: QMimeData | None) -> Path | None:
    """The packet file a drag brings: exactly one local file whose name ends with
    ``app.exchange.PACKET_SUFFIX`` (None for anything else)."""
    if mime is None or not mime.hasUrls():
        return None
    urls = mime.urls()
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    if not path.name.lower().endswith(_suffix()) or path.is_dir():
        return None
    return path


def ask_packet_file(parent: QWidget | None, title: str = "") -> Path | None:
    """A packet chosen in a file dialog that opens where the last one was (``title``: the
    dialog's, *Terima paket kasus* unless given)."""
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        title or translate("Packets", "Terima paket kasus"),
        str(folders.start_folder(folders.PACKET)),
        packet_filter(),
    )
    if not chosen:
        return None
    folders.remember(folders.PACKET, chosen)
    return Path(chosen)


# ----------------------------------------------------------------------------- sending
def send_case_packet(
    parent: QWidget | None, session: Session, case_id: int, nomor: str
) -> ChangeSet | None:
    """Write the packet of case ``case_id`` (numbered ``nomor``) where the clerk chooses, on
    the runner, and say where it is and how it travels on. Refusals are shown as their
    message; returns the change (a history event) or None when nothing was written."""
    from app.exchange import send_case
    from app.exchange.office import is_opd_install
    from app.exchange.packet import file_name
    from app.signing.office import active_key

    title = translate("Packets", "Kirim kasus {nomor}").format(nomor=nomor)
    start = folders.start_folder(folders.PACKET) / file_name(nomor)
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(start), packet_filter())
    if not chosen:
        return None
    target = Path(chosen)
    if not target.name.lower().endswith(_suffix()):
        target = target.with_name(target.name + _suffix())
    folders.remember(folders.PACKET, target)
    actor = session.actor
    outcome = run_with_progress(
        parent,
        translate("Packets", "Menulis paket kasus {nomor}").format(nomor=nomor),
        lambda _report: send_case(actor, case_id, target),
        cancellable=False,  # one transaction and one file: it cannot stop midway
    )
    if isinstance(outcome.error, UserError):
        show_user_error(parent, outcome.error, translate("Packets", "Paket tidak dikirim"))
        return None
    if outcome.error is not None:
        show_bug(parent, outcome.error)
        return None
    if outcome.result is None:  # the application is quitting
        return None
    written = Path(outcome.result)
    key = active_key()
    receiver = (
        translate("Packets", "kantor PPID Utama")
        if is_opd_install()
        else translate("Packets", "kantor perangkat daerah pemilik kasus")
    )
    QMessageBox.information(
        parent,
        translate("Packets", "Paket kasus ditulis"),
        translate(
            "Packets",
            "Paket kasus {nomor} ditulis:\n{berkas}\n\n"
            "Bawa berkas itu ke {penerima} lewat flashdisk, surel, atau aplikasi pesan; di "
            "sana diterima dengan Berkas → Terima paket kasus.\n\n"
            "Kantor penerima harus sudah mendaftarkan kunci kantor ini di Data Master → "
            "Kunci kantor mitra. Sidik jari kunci kantor ini:\n{sidik}\n"
            "Bacakan sidik jari itu kepada kantor penerima (lewat telepon) bila kuncinya "
            "belum terdaftar di sana.",
        ).format(
            nomor=nomor,
            berkas=written,
            penerima=receiver,
            sidik=key.public.fingerprint if key is not None else "?",
        ),
    )
    return ChangeSet(case_id=case_id, history=True, value=written)


# ----------------------------------------------------------------------------- values
# The case's own fields a conflict may name (app.exchange.service.CASE_FIELDS).
CASE_FIELD_LABELS = {
    "judul": QT_TRANSLATE_NOOP("Packets", "Judul"),
    "pemicu": QT_TRANSLATE_NOOP("Packets", "Pemicu pengujian"),
    "pemicu_rujukan": QT_TRANSLATE_NOOP("Packets", "Rujukan pemicu"),
    "tanggal_mulai": QT_TRANSLATE_NOOP("Packets", "Tanggal mulai"),
}


def _field_def(path: str):
    """The catalogue's definition of the field a conflict's path names (None: not in it)."""
    from app.fields import ITEM_FIELDS, STEP_FIELDS

    parts = path.split(".")
    if parts[0] == "butir" and len(parts) == 3:
        return ITEM_FIELDS.get(parts[2])
    if parts[0] == "tahap" and len(parts) == 4:
        return STEP_FIELDS.get(parts[3])
    return None


def field_label(path: str, fallback: str = "") -> str:
    """A conflict's field as the clerk knows it: "Butir 1: Uraian informasi", "Tahap 2:
    Tempat rapat", "Kasus: Judul" (``fallback``, the service's label, for anything else)."""
    parts = path.split(".")
    found = _field_def(path)
    name = app_text(found.label) if found is not None else parts[-1].replace("_", " ")
    if parts[0] == "kasus" and len(parts) == 2:
        known = CASE_FIELD_LABELS.get(parts[1])
        return translate("Packets", "Kasus: {isian}").format(
            isian=translate("Packets", str(known)) if known else name
        )
    if parts[0] == "butir" and len(parts) == 3:
        return translate("Packets", "Butir {urut}: {isian}").format(urut=parts[1], isian=name)
    if parts[0] == "tahap" and len(parts) == 4:
        if parts[2] == "1":
            return translate("Packets", "Tahap {tahap}: {isian}").format(tahap=parts[1], isian=name)
        return translate("Packets", "Tahap {tahap} (putaran {putaran}): {isian}").format(
            tahap=parts[1], putaran=parts[2], isian=name
        )
    return app_text(fallback) if fallback else path


def shown_value(value: Any, path: str = "") -> str:
    """A field's value as the conflict table shows it (dates in words, a choice by its
    label, lists joined); ``path`` names the field (its choices)."""
    if value is None or value == "" or value == [] or value == {}:
        return translate("Packets", "(kosong)")
    if isinstance(value, bool):
        return translate("Packets", "Ya") if value else translate("Packets", "Tidak")
    if isinstance(value, list | tuple):
        return ", ".join(shown_value(v) for v in value)
    if isinstance(value, dict):
        if "$pejabat" in value:
            return translate("Packets", "(pejabat)")
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    found = _field_def(path) if path else None
    if found is not None and found.choices and isinstance(value, str):
        from app.fields import choice_label

        return app_text(choice_label(found.choices, value))
    if isinstance(value, str) and len(value) == 10 and value[4:5] == "-":
        try:
            return format_date(date.fromisoformat(value))
        except ValueError:
            return value
    return str(value)


def choice_labels() -> list[tuple[str, str]]:
    """(code, label) of the two choices of a conflicting field."""
    return [
        (PACKET, translate("Packets", "Dari paket")),
        (LOCAL, translate("Packets", "Tetap di sini")),
    ]


# ----------------------------------------------------------------------------- conflicts
class ConflictModel(QAbstractTableModel):
    """The fields changed at both offices: the value here, the packet's, and the choice
    (``paket`` or ``lokal``), editable in the last column."""

    FIELD, LOCAL_VALUE, INCOMING_VALUE, CHOICE = range(4)
    choicesChanged = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Conflict] = []
        self._chosen: dict[str, str] = {}

    def set_conflicts(self, conflicts: tuple[Conflict, ...] | list[Conflict]) -> None:
        """Show ``conflicts``; a choice made for a field still listed is kept."""
        self.beginResetModel()
        self._rows = list(conflicts)
        paths = {c.path for c in self._rows}
        self._chosen = {p: v for p, v in self._chosen.items() if p in paths}
        self.endResetModel()
        self.choicesChanged.emit()

    def conflict(self, row: int) -> Conflict:
        return self._rows[row]

    def choices(self) -> dict[str, str]:
        """Each field's choice, for ``import_packet`` (only those chosen)."""
        return dict(self._chosen)

    def missing(self) -> int:
        """How many fields have no choice yet."""
        return sum(1 for c in self._rows if c.path not in self._chosen)

    def choose(self, row: int, choice: str) -> None:
        self.setData(self.index(row, self.CHOICE), choice, Qt.ItemDataRole.EditRole)

    def choose_all(self, choice: str) -> None:
        if not self._rows or choice not in (PACKET, LOCAL):
            return
        self._chosen = {c.path: choice for c in self._rows}
        self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.CHOICE))
        self.choicesChanged.emit()

    # -- Qt's model -----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return (
            self.tr("Isian"),
            self.tr("Di kantor ini"),
            self.tr("Di paket"),
            self.tr("Pilihan"),
        )[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.CHOICE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = self._rows[index.row()]
        column = index.column()
        chosen = self._chosen.get(c.path)
        if role == Qt.ItemDataRole.EditRole:
            return chosen if column == self.CHOICE else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.FIELD:
                return field_label(c.path, c.label)
            if column == self.LOCAL_VALUE:
                return shown_value(c.local, c.path)
            if column == self.INCOMING_VALUE:
                return shown_value(c.incoming, c.path)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Klik dua kali atau tekan F2 untuk memilih")
            labels = dict(choice_labels())
            return labels.get(chosen or "", self.tr("Belum dipilih"))
        if role == Qt.ItemDataRole.FontRole:
            kept = (column == self.LOCAL_VALUE and chosen == LOCAL) or (
                column == self.INCOMING_VALUE and chosen == PACKET
            )
            if kept:
                font = QFont()
                font.setBold(True)
                return font
        if role == Qt.ItemDataRole.BackgroundRole and column == self.CHOICE and chosen is None:
            return QBrush(QColor(UNCHOSEN_BACKGROUND))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or index.column() != self.CHOICE
            or role != Qt.ItemDataRole.EditRole
            or value not in (PACKET, LOCAL)
        ):
            return False
        self._chosen[self._rows[index.row()].path] = str(value)
        row = index.row()
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.CHOICE))
        self.choicesChanged.emit()
        return True


class ChoiceDelegate(QStyledItemDelegate):
    """The *Pilihan* column's editor: a list of the two choices, committed when picked."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index):
        combo = QComboBox(parent)
        for code, text in choice_labels():
            combo.addItem(text, code)
        combo.activated.connect(lambda _i, c=combo: self._picked(c))
        return combo

    def _picked(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        code = editor.currentData()
        if code:
            model.setData(index, code, Qt.ItemDataRole.EditRole)


# ----------------------------------------------------------------------------- receiving
class ReceivePacketDialog(QDialog):
    """A packet received: what it brings (inspected on the runner, nothing written), the
    fields changed at both offices to choose from, and *Impor* (on the runner, one
    transaction). A packet that cannot be accepted says why and offers only *Tutup*.

    After ``exec`` accepted: ``case_id`` (the case imported), ``imported`` (the service's
    ``ImportResult``) and ``changes`` (what the window redraws)."""

    inspected = Signal()  # the inspection (or the refusal) is shown

    def __init__(self, session: Session, path: Path | str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.path = Path(path)
        self.inspection: Inspection | None = None
        self.problem = ""  # why the packet is refused ("" while it is not)
        self.imported: ImportResult | None = None
        self.case_id: int | None = None
        self.changes: ChangeSet = NOTHING
        self.setWindowTitle(self.tr("Terima paket kasus"))
        self.setMinimumWidth(820)

        self.status = QLabel(self.tr("Memeriksa paket {berkas}…").format(berkas=self.path.name))
        self.status.setWordWrap(True)
        self.status.setToolTip(str(self.path))

        self.facts = QWidget()
        self.form = QFormLayout(self.facts)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.case_label = self._fact(self.tr("Kasus"))
        self.opd_label = self._fact(self.tr("Perangkat daerah"))
        self.sender_label = self._fact(self.tr("Pengirim"))
        self.fingerprint_label = self._fact(self.tr("Sidik jari kunci pengirim"))
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.fingerprint_label.setFont(mono)
        self.here_label = self._fact(self.tr("Di kantor ini"))
        self.contents_label = self._fact(self.tr("Isi paket"))
        self.running_label = self._fact(self.tr("Setelah impor"))
        self.changes_model = QStringListModel(self)
        self.changes_view = QListView()
        self.changes_view.setModel(self.changes_model)
        self.changes_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changes_view.setMaximumHeight(96)
        self.form.addRow(self.tr("Isian yang berubah"), self.changes_view)
        self.facts.hide()

        self.conflict_model = ConflictModel(self)
        self.conflict_table = QTableView()
        self.conflict_table.setModel(self.conflict_model)
        self.conflict_table.setItemDelegateForColumn(ConflictModel.CHOICE, ChoiceDelegate(self))
        self.conflict_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.conflict_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflict_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.conflict_table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.conflict_table.setWordWrap(False)
        self.conflict_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.conflict_table.verticalHeader().setVisible(False)
        header = self.conflict_table.horizontalHeader()
        header.setSectionResizeMode(ConflictModel.FIELD, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ConflictModel.LOCAL_VALUE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ConflictModel.INCOMING_VALUE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ConflictModel.CHOICE, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(ConflictModel.FIELD, 220)
        header.resizeSection(ConflictModel.CHOICE, 130)
        self.conflict_table.setMinimumHeight(160)
        self.conflict_note = QLabel()
        self.conflict_note.setWordWrap(True)
        self.missing_label = QLabel()
        self.all_packet_button = QPushButton(self.tr("Semua dari &paket"))
        self.all_local_button = QPushButton(self.tr("Semua &tetap di sini"))
        self.all_packet_button.clicked.connect(lambda: self.conflict_model.choose_all(PACKET))
        self.all_local_button.clicked.connect(lambda: self.conflict_model.choose_all(LOCAL))
        choose_row = QHBoxLayout()
        choose_row.addWidget(self.missing_label, 1)
        choose_row.addWidget(self.all_packet_button)
        choose_row.addWidget(self.all_local_button)
        self.conflicts_box = QGroupBox(self.tr("Diubah di kedua kantor"))
        conflicts_layout = QVBoxLayout(self.conflicts_box)
        conflicts_layout.addWidget(self.conflict_note)
        conflicts_layout.addWidget(self.conflict_table, 1)
        conflicts_layout.addLayout(choose_row)
        self.conflicts_box.hide()
        self.conflict_model.choicesChanged.connect(self._update_buttons)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("&Impor"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(
            self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.import_packet)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.facts)
        layout.addWidget(self.conflicts_box, 1)
        layout.addWidget(self.error)
        layout.addStretch(0)
        layout.addWidget(self.buttons)

        from app.exchange import inspect_packet

        path_ = self.path
        self._job = get_runner().start(
            self.tr("Memeriksa paket kasus"), lambda _report: inspect_packet(path_)
        )
        self._job.finished.connect(self._inspected)

    def _fact(self, title: str) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow(title, label)
        return label

    # -- what the packet brings -------------------------------------------------------------
    def inspecting(self) -> bool:
        return self.inspection is None and not self.problem

    def _inspected(self, outcome: JobOutcome) -> None:
        if isinstance(outcome.error, UserError):  # a PacketProblem among them
            self._refuse(outcome.error.message)
        elif outcome.error is not None:
            self._refuse(self.tr("Paket tidak dapat diperiksa; tidak ada yang diimpor."))
            show_bug(self, outcome.error)
        elif outcome.result is None:
            self._refuse(self.tr("Pemeriksaan paket dihentikan; tidak ada yang diimpor."))
        else:
            self._show(outcome.result)
        self.inspected.emit()

    def _show(self, seen: Inspection) -> None:
        self.inspection = seen
        self.status.setText(
            self.tr("Paket {berkas} utuh dan ditandatangani kantor pengirim.").format(
                berkas=self.path.name
            )
        )
        self.case_label.setText(f"{seen.nomor} — {seen.judul}")
        self.opd_label.setText(seen.opd)
        self.sender_label.setText(
            self.tr("{kantor}, paket ke-{urutan} kasus ini").format(
                kantor=app_text(seen.sender_office), urutan=seen.sequence
            )
        )
        self.fingerprint_label.setText(seen.sender)
        self.here_label.setText(
            self.tr("Kasus baru di kantor ini")
            if seen.new_case
            else self.tr("Memperbarui kasus yang sudah ada di kantor ini")
        )
        self.contents_label.setText(
            ", ".join(
                (
                    self.tr("%n butir informasi", "", seen.items),
                    self.tr("%n kejadian riwayat baru", "", seen.new_events),
                    self.tr("%n dokumen baru", "", seen.new_documents),
                    self.tr("%n pindaian baru", "", seen.new_scans),
                )
            )
        )
        self.running_label.setText(app_text(seen.running))
        self.changes_model.setStringList([field_label(p) for p in seen.changed_paths])
        self.form.setRowVisible(self.changes_view, bool(seen.changes))
        self.facts.show()
        self._show_conflicts(seen)
        self._update_buttons()
        self.adjustSize()  # what arrived fits (the dialog was shown while it was looked into)

    def _show_conflicts(self, seen: Inspection) -> None:
        self.conflict_model.set_conflicts(seen.conflicts)
        self.conflicts_box.setVisible(bool(seen.conflicts))
        if not seen.conflicts:
            return
        self.conflict_note.setText(
            self.tr(
                "Kasus {nomor} telah diubah di kantor ini sejak paket terakhir, dan %n isian "
                "berbeda dengan paket. Pilih untuk setiap isian nilai yang dipakai: dari paket, "
                "atau yang ada di sini. Pilihan dicatat di riwayat kasus; susunan tahap "
                "(tahap berjalan, penyelesaian, pengembalian) selalu mengikuti paket.",
                "",
                len(seen.conflicts),
            ).format(nomor=seen.nomor)
        )
        self.conflict_table.resizeRowsToContents()
        self.conflict_table.setCurrentIndex(self.conflict_model.index(0, ConflictModel.CHOICE))

    def _refuse(self, message: str) -> None:
        """The packet cannot be accepted: why, in red, and only *Tutup*."""
        self.problem = message
        self.inspection = None
        # (A key not registered here: the message says where to register it, Data Master
        # → Kunci kantor mitra.)
        shown = app_text(message)
        self.status.setText(
            self.tr("Paket {berkas} tidak dapat diterima.").format(berkas=self.path.name)
        )
        self.error.setText(shown)
        self.error.show()
        self.facts.hide()
        self.conflicts_box.hide()
        self.import_button.hide()
        self.close_button.setText(self.tr("Tutup"))
        self._update_buttons()
        self.adjustSize()

    def _update_buttons(self) -> None:
        missing = self.conflict_model.missing()
        total = self.conflict_model.rowCount()
        self.missing_label.setText(
            self.tr("Belum dipilih: {belum} dari {semua} isian").format(belum=missing, semua=total)
            if missing
            else self.tr("Semua isian sudah dipilih.")
        )
        ready = self.inspection is not None and not self.problem and missing == 0
        self.import_button.setEnabled(ready)
        if self.inspection is not None and missing:
            self.import_button.setToolTip(
                self.tr("Pilih dulu untuk setiap isian yang berbeda (kolom Pilihan).")
            )
        else:
            self.import_button.setToolTip("")

    # -- importing ----------------------------------------------------------------------------
    def import_packet(self) -> bool:
        """*Impor*: the packet with the choices made, on the runner; accepts when imported
        (True)."""
        from app.exchange import PacketProblem, import_packet
        from app.exchange.service import ConflictsPending

        seen = self.inspection
        if seen is None or self.problem or self.conflict_model.missing():
            return False
        actor = self._session.actor
        path, choices = self.path, self.conflict_model.choices()
        outcome = run_with_progress(
            self,
            self.tr("Mengimpor paket kasus {nomor}").format(nomor=seen.nomor),
            lambda _report: import_packet(actor, path, choices),
            cancellable=False,  # one transaction: it cannot stop midway
        )
        error = outcome.error
        if isinstance(error, ConflictsPending):
            # Changed here again since the packet was looked into: the new fields to choose.
            self.inspection = error.inspection
            self._show_conflicts(error.inspection)
            self._update_buttons()
            self.error.setText(
                self.tr(
                    "Kasus ini berubah lagi di kantor ini sejak paket diperiksa. Tinjau "
                    "pilihannya, lalu tekan Impor lagi; belum ada yang diimpor."
                )
            )
            self.error.show()
            return False
        if isinstance(error, PacketProblem):
            self._refuse(error.message)
            return False
        if isinstance(error, UserError):
            show_user_error(self, error, self.tr("Paket tidak diimpor"))
            return False
        if error is not None:
            show_bug(self, error)
            return False
        if outcome.result is None:  # the application is quitting
            return False
        result: ImportResult = outcome.result
        self.imported = result
        self.case_id = result.case_id
        self.changes = ChangeSet(
            case_id=result.case_id,
            case_row=True,
            case_created=result.inspection.new_case,
            steps=True,
            items=True,
            participants=True,
            documents=True,
            history=True,
        )
        self.accept()
        return True
