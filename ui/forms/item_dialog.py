"""The dialog for one information item: shows the fields the current step may edit (from the
SOP), with a read-only summary of what earlier steps recorded."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.cases.commands import save_item
from app.cases.model import ItemInfo
from app.cases.wording import legal_citations, redaction_text
from app.changes import ChangeSet
from app.fields import ITEM_FIELDS, JANGKA_JENIS, KESIMPULAN, Kind, choice_label
from app.permissions import Actor
from app.refdata import legal_references, pasal17_short_labels
from app.sop import Step
from ui.forms.discard import may_discard
from ui.forms.widgets import ChoiceField, DateField, MultilineField, TextField
from ui.messages import attempt
from ui.translation import app_text

translate = QCoreApplication.translate


class LegalBasisPicker(QTreeView):
    """Pasal 17 huruf a–j and their numbered points, as a checkable tree."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setMinimumHeight(170)
        self._model = QStandardItemModel(self)
        self._items: dict[str, QStandardItem] = {}
        short = pasal17_short_labels()
        parents: dict[str, QStandardItem] = {}
        for ref in legal_references():
            if ref.angka is None:
                item = QStandardItem(
                    self.tr("Huruf {letter}: {label}").format(
                        letter=ref.huruf, label=short.get(ref.huruf, "")
                    )
                )
                self._model.appendRow(item)
                parents[ref.huruf] = item
            else:
                item = QStandardItem(
                    self.tr("angka {number}: {text}").format(number=ref.angka, text=ref.text)
                )
                parents[ref.huruf].appendRow(item)
            item.setCheckable(True)
            item.setEditable(False)
            item.setToolTip(ref.text)
            item.setData(ref.code, Qt.ItemDataRole.UserRole)
            self._items[ref.code] = item
        self.setModel(self._model)

    def value(self) -> list[str]:
        return [
            code for code, item in self._items.items() if item.checkState() == Qt.CheckState.Checked
        ]

    def set_value(self, codes: list[str] | None) -> None:
        for code, item in self._items.items():
            checked = code in (codes or [])
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            if checked and item.parent() is not None:
                self.expand(item.parent().index())


class PeriodField(QWidget):
    """Jangka waktu: until a date, until an event, or unlimited."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        self.date = DateField()
        self.event = TextField()
        self.event.setPlaceholderText(self.tr("mis. sampai ditetapkannya Renja Perangkat Daerah"))
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for kind, label in JANGKA_JENIS:
            button = QRadioButton(app_text(label))
            self.group.addButton(button)
            self.buttons[kind] = button
            button.toggled.connect(self._sync)
        layout.addRow(self.buttons["tanggal"], self.date)
        layout.addRow(self.buttons["peristiwa"], self.event)
        layout.addRow(self.buttons["tidak_terbatas"])
        self._sync()

    def _sync(self) -> None:
        self.date.setEnabled(self.buttons["tanggal"].isChecked())
        self.event.setEnabled(self.buttons["peristiwa"].isChecked())

    def kind(self) -> str:
        return next((k for k, b in self.buttons.items() if b.isChecked()), "")

    def values(self) -> dict[str, Any]:
        kind = self.kind()
        return {
            "jangka_jenis": kind,
            "jangka_tanggal": self.date.value() if kind == "tanggal" else None,
            "jangka_peristiwa": self.event.value() if kind == "peristiwa" else "",
        }

    def set_values(self, item: dict[str, Any]) -> None:
        self.group.setExclusive(False)
        for b in self.buttons.values():
            b.setChecked(False)
        self.group.setExclusive(True)
        kind = item.get("jangka_jenis") or ""
        if kind in self.buttons:
            self.buttons[kind].setChecked(True)
        self.date.set_value(item.get("jangka_tanggal"))
        self.event.set_value(item.get("jangka_peristiwa"))
        self._sync()


class ConclusionField(QWidget):
    """Kesimpulan, and for "sebagian" what is blacked out and why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = ChoiceField(KESIMPULAN)
        self.part = MultilineField(lines=2)
        self.reason = MultilineField(lines=2)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.choice)
        layout.addRow(self.tr("Bagian yang dihitamkan"), self.part)
        layout.addRow(self.tr("Alasan penghitaman"), self.reason)
        self.choice.currentIndexChanged.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        partial = self.choice.value() == "sebagian"
        self.part.setEnabled(partial)
        self.reason.setEnabled(partial)

    def values(self) -> dict[str, Any]:
        partial = self.choice.value() == "sebagian"
        return {
            "kesimpulan": self.choice.value(),
            "bagian_dihitamkan": self.part.value() if partial else "",
            "alasan_dihitamkan": self.reason.value() if partial else "",
        }

    def set_values(self, item: dict[str, Any]) -> None:
        self.choice.set_value(item.get("kesimpulan"))
        self.part.set_value(item.get("bagian_dihitamkan"))
        self.reason.set_value(item.get("alasan_dihitamkan"))
        self._sync()


def item_summary_html(item: ItemInfo) -> str:
    """What earlier steps recorded, for the people who judge the item later."""
    rows = [(translate("ItemSummary", "Uraian informasi"), item.uraian)]
    legal = legal_citations(item)
    if item.dasar_hukum_lain:
        legal.append(item.dasar_hukum_lain)
    rows += [
        (translate("ItemSummary", "Dasar hukum"), "; ".join(legal)),
        (translate("ItemSummary", "Bila dibuka"), item.konsekuensi_dibuka),
        (translate("ItemSummary", "Bila ditutup"), item.konsekuensi_ditutup),
    ]
    if item.kesimpulan:
        rows.append(
            (
                translate("ItemSummary", "Kesimpulan uji"),
                app_text(choice_label(KESIMPULAN, item.kesimpulan)),
            )
        )
        blacked_out, why = redaction_text(item)
        rows.append((translate("ItemSummary", "Yang dihitamkan"), blacked_out))
        if why:
            rows.append((translate("ItemSummary", "Alasan dihitamkan"), why))
    if item.pertimbangan_tim:
        rows.append((translate("ItemSummary", "Pertimbangan Tim"), item.pertimbangan_tim))
    cells = "".join(
        f"<tr><td valign='top'><b>{html.escape(k)}</b></td><td>{html.escape(v or '—')}</td></tr>"
        for k, v in rows
    )
    return f"<table cellspacing='4'>{cells}</table>"  # notr: markup around the rows


class ItemDialog(QDialog):
    """Add or change one item. Saves through ``app.cases.commands.save_item`` on OK;
    ``changes`` is what it changed (None when nothing was saved)."""

    def __init__(
        self,
        actor: Actor,
        case_id: int,
        step: Step,
        item: ItemInfo | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._actor, self._case_id, self._step, self._item = actor, case_id, step, item
        self.changes: ChangeSet | None = None
        if item:
            title = self.tr("Butir {item} — tahap {number}: {title}")
        else:
            title = self.tr("Butir baru — tahap {number}: {title}")
        self.setWindowTitle(
            title.format(
                item=item.urut if item else "", number=step.number, title=app_text(step.title)
            )
        )
        self.resize(760, 640)

        body = QWidget()
        form = QFormLayout(body)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.widgets: dict[str, QWidget] = {}
        if item is not None and "uraian" not in step.item_fields:
            summary = QGroupBox(self.tr("Yang sudah dicatat"))
            summary.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
            lay = QVBoxLayout(summary)
            label = QLabel(item_summary_html(item))
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            lay.addWidget(label)
            form.addRow(summary)
        for key in step.item_fields:
            spec = ITEM_FIELDS[key]
            widget = self._make(spec.kind, spec)
            self.widgets[key] = widget
            label = app_text(spec.label) + (" *" if key in step.item_required else "")
            if spec.help:
                widget.setToolTip(app_text(spec.help))
            form.addRow(label, widget)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Simpan butir"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        note = QLabel(self.tr("Kolom bertanda * wajib diisi pada tahap ini."))
        note.setStyleSheet("color: #555;")
        bottom = QHBoxLayout()
        bottom.addWidget(note, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        if item is not None:
            self._load(item.values())
        self._opened = self.values()

    def reject(self) -> None:
        """Batal, Esc or the close button: asks first when a field was changed."""
        if self.changes is None and self.values() != self._opened:
            if self._item:
                what = self.tr("butir {number}").format(number=self._item.urut)
            else:
                what = self.tr("butir baru")
            if not may_discard(self, what):
                return
        super().reject()

    def _make(self, kind: Kind, spec) -> QWidget:
        if kind == Kind.LEGAL_BASIS:
            return LegalBasisPicker()
        if kind == Kind.PERIOD:
            return PeriodField()
        if kind == Kind.CONCLUSION:
            return ConclusionField()
        if kind == Kind.MULTILINE:
            return MultilineField(lines=3)
        if kind == Kind.CHOICE:
            return ChoiceField(spec.choices)
        widget = TextField()
        widget.setMaxLength(spec.max_len + 1)
        return widget

    def _load(self, item: dict[str, Any]) -> None:
        for key, widget in self.widgets.items():
            if isinstance(widget, PeriodField | ConclusionField):
                widget.set_values(item)
            else:
                widget.set_value(item.get(key))

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, widget in self.widgets.items():
            if isinstance(widget, PeriodField | ConclusionField):
                out.update(widget.values())
            else:
                out[key] = widget.value()
        return out

    def _field_widgets(self) -> dict[str, QWidget]:
        """Every column key a validation message may name, mapped to its widget."""
        fields = dict(self.widgets)
        period = self.widgets.get("jangka_waktu")
        if isinstance(period, PeriodField):
            fields.update(
                jangka_jenis=period, jangka_tanggal=period.date, jangka_peristiwa=period.event
            )
        conclusion = self.widgets.get("kesimpulan")
        if isinstance(conclusion, ConclusionField):
            fields.update(bagian_dihitamkan=conclusion.part, alasan_dihitamkan=conclusion.reason)
        return fields

    def accept(self) -> None:
        ok, self.changes = attempt(
            self,
            save_item,
            self._actor,
            self._case_id,
            self.values(),
            self._item.id if self._item else None,
            fields=self._field_widgets(),
        )
        if ok:
            super().accept()
