"""The form of a case's running step, built from the SOP: the step's own fields, its items
with the columns that matter at that step, participants where the step records a meeting,
and the actions (save, complete, send back). Read-only for a role that is not the step's actor.
"""

from __future__ import annotations

import dataclasses
import html
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.calendar_service import current_calendar
from app.capabilities import Capabilities, session_problem
from app.cases import commands, rules
from app.cases.model import CaseDetail, ItemInfo
from app.cases.timeline import next_step_text, returned_by
from app.cases.wording import legal_summary, period_text, redaction_text
from app.clock import now_utc, to_local, today
from app.documents.readiness import drafts_left_at_finish, drafts_warning
from app.fields import BENTUK_INFORMASI, KESIMPULAN, STEP_FIELDS, choice_label
from app.permissions import role_name
from app.sop import Step
from ui.formats import format_date, terbilang
from ui.forms.item_dialog import ItemDialog, item_summary_html
from ui.forms.participants import ParticipantsEditor
from ui.forms.reason_dialog import ReasonDialog
from ui.forms.widgets import DateField, make_field
from ui.messages import attempt
from ui.session import Session
from ui.table_model import Column, RecordTableModel, record_table
from ui.translation import app_text

translate = QCoreApplication.translate

# Item-table columns shown for each item field a step edits (titles translated when shown).
_ITEM_COLUMNS: dict[str, Column[ItemInfo]] = {
    "dasar_hukum": Column(QT_TRANSLATE_NOOP("StepForm", "Dasar hukum"), legal_summary),
    "konsekuensi_dibuka": Column(
        QT_TRANSLATE_NOOP("StepForm", "Bila dibuka"), lambda i: i.konsekuensi_dibuka
    ),
    "jangka_waktu": Column(QT_TRANSLATE_NOOP("StepForm", "Jangka waktu"), period_text),
    "kesimpulan": Column(
        QT_TRANSLATE_NOOP("StepForm", "Kesimpulan"),
        lambda i: app_text(choice_label(KESIMPULAN, i.kesimpulan)),
    ),
    "klasifikasi_tim": Column(
        QT_TRANSLATE_NOOP("StepForm", "Klasifikasi Tim"),
        lambda i: app_text(choice_label(KESIMPULAN, i.klasifikasi_tim)),
    ),
    "bentuk_informasi": Column(
        QT_TRANSLATE_NOOP("StepForm", "Bentuk"),
        lambda i: app_text(choice_label(BENTUK_INFORMASI, i.bentuk_informasi)),
    ),
    "alasan_pengecualian": Column(
        QT_TRANSLATE_NOOP("StepForm", "Alasan pengecualian"), lambda i: i.alasan_pengecualian
    ),
}


def _item_column(key: str) -> Column[ItemInfo]:
    column = _ITEM_COLUMNS[key]
    return dataclasses.replace(column, title=translate("StepForm", column.title))


class StepForm(QWidget):
    """Emits ``changed(ChangeSet)`` after a command changed something, so the case view and
    the case list redraw what it changed."""

    changed = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._detail: CaseDetail | None = None
        self._step: Step | None = None
        self._can = Capabilities()
        self.field_widgets: dict[str, QWidget] = {}

        self.title = QLabel()
        self.title.setStyleSheet("font-size: 14px; font-weight: bold;")
        self.title.setWordWrap(True)
        self.activity = QLabel()
        self.activity.setWordWrap(True)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff3cd; color: #664d03; padding: 6px;")

        # A step sent back to this one: who returned it, when and why (timeline.returned_by).
        self.returned_banner = QLabel()
        self.returned_banner.setWordWrap(True)
        self.returned_banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.returned_banner.setStyleSheet(
            "background: #e2e3f3; color: #3d3f8f; border-left: 4px solid #3d3f8f; padding: 6px;"
        )
        self.returned_banner.setVisible(False)

        self.warnings = QLabel()  # rules.step_warnings: worth knowing, never a refusal
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(
            "background: #fff3cd; color: #664d03; border-left: 4px solid #ffc107; padding: 6px;"
        )
        self.warnings.setVisible(False)

        self.fields_box = QGroupBox(self.tr("Isian tahap"))
        self.fields_layout = QFormLayout(self.fields_box)

        self.items_box = QGroupBox(self.tr("Butir informasi"))
        self.items_model: RecordTableModel[ItemInfo] = RecordTableModel([], self)
        self.items_view = record_table(self.items_model)
        self.items_view.setMinimumHeight(140)
        self.items_view.setWordWrap(True)
        self.items_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.add_item_button = QPushButton(self.tr("Tambah butir…"))
        self.edit_item_button = QPushButton(self.tr("Isi / ubah butir…"))
        self.remove_item_button = QPushButton(self.tr("Hapus butir"))
        item_buttons = QHBoxLayout()
        item_buttons.addWidget(self.add_item_button)
        item_buttons.addWidget(self.edit_item_button)
        item_buttons.addWidget(self.remove_item_button)
        item_buttons.addStretch(1)
        self.item_detail = QLabel(self.tr("Pilih butir untuk melihat isinya."))
        self.item_detail.setWordWrap(True)
        self.item_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.item_detail.setStyleSheet("background: #f6f7f9; padding: 4px;")
        items_layout = QVBoxLayout(self.items_box)
        items_layout.addWidget(self.items_view)
        items_layout.addWidget(self.item_detail)
        items_layout.addLayout(item_buttons)

        self.participants_box = QGroupBox(self.tr("Peserta rapat"))
        self.participants = ParticipantsEditor()
        QVBoxLayout(self.participants_box).addWidget(self.participants)

        self.save_button = QPushButton(self.tr("Simpan isian"))
        self.complete_button = QPushButton(self.tr("Selesaikan tahap…"))
        self.complete_button.setStyleSheet("font-weight: bold;")
        self.send_back_button = QPushButton()
        # What the last Simpan isian did ("Isian tahap 1 tersimpan pukul 09.41."), until the
        # fields are built again for another case or step.
        self.save_note = QLabel()
        self.save_note.setWordWrap(True)
        self.save_note.setStyleSheet("color: #0f5132;")
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.save_note)
        actions.addStretch(1)
        actions.addWidget(self.send_back_button)
        actions.addWidget(self.complete_button)

        content = QWidget()
        inner = QVBoxLayout(content)
        inner.addWidget(self.title)
        inner.addWidget(self.activity)
        inner.addWidget(self.returned_banner)
        inner.addWidget(self.banner)
        inner.addWidget(self.warnings)
        inner.addWidget(self.items_box, 2)
        inner.addWidget(self.participants_box, 1)
        inner.addWidget(self.fields_box)
        inner.addStretch(0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(actions)

        self.add_item_button.clicked.connect(lambda: self._edit_item(None))
        self.edit_item_button.clicked.connect(self._edit_selected)
        self.items_view.doubleClicked.connect(lambda _i: self._edit_selected())
        self.remove_item_button.clicked.connect(self._remove_selected)
        self.participants.changed.connect(self._save_participants)
        self.save_button.clicked.connect(self.save_fields)
        self.complete_button.clicked.connect(self.complete)
        self.send_back_button.clicked.connect(self.send_back)

    # -- building ---------------------------------------------------------------------------
    def show_case(self, detail: CaseDetail, can: Capabilities) -> None:
        """Show the running step of ``detail`` as ``can`` (``app.capabilities``) allows.

        The step's fields are filled from the stored record only when the step shown is
        another one or its stored fields changed: after an item or the participants were
        saved, what the clerk typed into the fields and has not saved yet stays."""
        previous = self._detail.current if self._detail is not None else None
        self._detail = detail
        self._can = can
        rec = detail.current
        self._step = step = detail.current_step
        if rec is None or step is None:
            self.setVisible(False)
            return
        self.setVisible(True)
        due = format_date(rec.batas_waktu)
        self.title.setText(
            self.tr("Tahap {number}: {title} — {role}").format(
                number=step.number, title=app_text(step.title), role=app_text(role_name(step.actor))
            )
        )
        outputs = "".join(f"<li>{html.escape(o)}</li>" for o in step.outputs)
        self.activity.setText(
            self.tr(
                "{activity}<br>Waktu: {duration}, batas waktu <b>{due}</b>. "
                "Keluaran:<ul style='margin:0'>{outputs}</ul>"
            ).format(
                activity=html.escape(step.activity),
                duration=self._duration(step.working_days),
                due=due,
                outputs=outputs,
            )
        )
        if previous is None or previous.id != rec.id or previous.data != rec.data:
            self._build_fields(step, dict(rec.data))
        columns: list[Column[ItemInfo]] = [
            Column(self.tr("No"), lambda i: i.urut),
            Column(self.tr("Uraian informasi"), lambda i: i.uraian.replace("\n", " ")),
        ]
        columns += [_item_column(k) for k in step.item_fields if k in _ITEM_COLUMNS]
        if "kesimpulan" not in step.item_fields and any(i.kesimpulan for i in detail.items):
            # Decided at the consequence test, shown to those who judge it later (the
            # Atasan before approving): what each item loses when given out, and why.
            columns += [
                Column(self.tr("Dihitamkan"), lambda i: redaction_text(i)[0]),
                Column(self.tr("Alasan dihitamkan"), lambda i: redaction_text(i)[1]),
            ]
        columns.append(
            Column(
                self.tr("Kelengkapan"),
                self._completeness,
                foreground=lambda i: "#842029" if self._item_missing(i) else "#0f5132",
                tooltip=lambda i: "\n".join(self._item_missing(i)),
            )
        )
        self.items_model = RecordTableModel(columns, self)
        self.items_model.set_rows(detail.items)
        self.items_view.setModel(self.items_model)
        self.items_view.selectionModel().currentRowChanged.connect(self._show_item_detail)
        self.item_detail.setText(
            self.tr("Pilih butir untuk melihat isinya.")
            if detail.items
            else self.tr("Belum ada butir informasi.")
        )
        header = self.items_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.items_view.setColumnWidth(0, 36)
        # The other columns as wide as their heading (at least 90 px, at most 130); their text
        # wraps and the rows grow, so what will be blacked out and why is read whole at 1366
        # pixels, beside an uraian that keeps most of the width.
        metrics = header.fontMetrics()
        for col in range(2, len(columns)):
            width = metrics.horizontalAdvance(columns[col].title) + 16
            self.items_view.setColumnWidth(col, min(130, max(90, width)))
        self.add_item_button.setVisible(step.items_add_remove)
        self.remove_item_button.setVisible(step.items_add_remove)
        self.edit_item_button.setVisible(bool(step.item_fields))
        self.participants_box.setVisible(step.participants)
        if step.participants:
            self.participants.set_participants(detail.participants.get(step.number, []))
        self.send_back_button.setVisible(step.send_back_to is not None)
        if step.send_back_to is not None:
            self.send_back_button.setText(
                self.tr("Kembalikan ke tahap {number}…").format(number=step.send_back_to)
            )
        self.fields_box.setVisible(bool(step.fields))
        back = returned_by(detail)
        self.returned_banner.setText(f"↩ {app_text(back.banner())}" if back else "")
        self.returned_banner.setVisible(back is not None)
        self._show_warnings()
        self._apply_permissions()

    def _show_warnings(self) -> None:
        warnings = rules.step_warnings(self._detail, self._step)
        drafts = drafts_left_at_finish(self._detail)
        if drafts:
            warnings = [*warnings, drafts_warning(drafts)]
        self.warnings.setText("<br>".join(f"⚠ {html.escape(app_text(w))}" for w in warnings))
        self.warnings.setVisible(bool(warnings))

    def _build_fields(self, step: Step, data: dict[str, Any]) -> None:
        self.save_note.clear()
        while self.fields_layout.rowCount():
            self.fields_layout.removeRow(0)
        self.field_widgets = {}
        for key in step.fields:
            spec = STEP_FIELDS[key]
            widget = make_field(spec)
            if isinstance(widget, DateField):
                widget.set_latest(rules.latest_step_date())
            widget.set_value(data.get(key))
            self.field_widgets[key] = widget
            label = app_text(spec.label) + (" *" if key in step.required else "")
            self.fields_layout.addRow(label, widget)

    def _show_item_detail(self, current, _previous) -> None:
        if current.isValid():
            self.item_detail.setText(item_summary_html(self.items_model.record(current.row())))

    def _item_missing(self, item: ItemInfo) -> list[str]:
        detail, step = self._detail, self._step
        return [
            app_text(p.message)
            for p in rules.item_problems(item.values(), step, detail.case.tanggal_mulai)
        ]

    def _completeness(self, item: ItemInfo) -> str:
        missing = self._item_missing(item)
        if not missing:
            return self.tr("Lengkap")
        return self.tr("Kurang %n isian", "", len(missing))

    def _duration(self, days: int) -> str:
        """``10 (sepuluh) hari kerja`` (``app.text.format_duration``); in English "10 working
        days" (the number in words is Indonesian's)."""
        return self.tr("{days} ({words}) hari kerja", "", days).format(
            days=days, words=terbilang(days)
        )

    def can_edit(self) -> bool:
        return self._step is not None and self._can.work_step

    def _apply_permissions(self) -> None:
        if self._step is None:
            return
        can = self._can
        editable = can.work_step
        self.banner.setVisible(not editable)
        self.banner.setText(app_text(can.read_only_reason))
        for w in (*self.field_widgets.values(), self.save_button, self.complete_button):
            w.setEnabled(editable)
        # Actions that are not this role's are not shown at all (e.g. step 5's approval to
        # anyone but the Atasan PPID); the banner says who works the step.
        self.save_button.setVisible(editable)
        self.complete_button.setVisible(editable)
        self.send_back_button.setVisible(can.send_back)
        self.send_back_button.setEnabled(can.send_back)
        self.add_item_button.setEnabled(can.add_remove_items)
        self.remove_item_button.setEnabled(can.add_remove_items)
        self.edit_item_button.setEnabled(can.edit_items)
        self.participants.set_editable(editable)

    # -- actions ----------------------------------------------------------------------------
    def _run(self, action, *args, **kwargs) -> bool:
        """Call one ``app`` command; show fixable errors, log bugs; hand its change set on.
        True on success."""
        ok, changes = attempt(self, lambda: action(*args, **kwargs), fields=self.field_widgets)
        if ok and not changes.empty:
            self.changed.emit(changes)
        return ok

    def field_values(self) -> dict[str, Any]:
        return {k: w.value() for k, w in self.field_widgets.items()}

    def unsaved_fields(self) -> list[str]:
        """The labels of the step's fields typed and not saved ([] when the form is
        read-only: nothing could have been typed)."""
        rec, step = self._detail.current if self._detail else None, self._step
        if rec is None or step is None or not self.can_edit() or not self.field_widgets:
            return []
        changed = rules.unsaved_step_fields(step, rec.data, self.field_values())
        if changed and session_problem(self._session.actor):
            return []  # the account may no longer save: asking would only fail again
        return changed

    def settle_unsaved(self, doing: str) -> bool:
        """Before the form is left (another case, another role, logging out, quitting): if
        something typed is not saved, ask Simpan / Buang / Batal. True when the clerk may go
        on (nothing unsaved, saved, or thrown away); False for Batal or a refused save, and
        the form keeps what was typed."""
        changed = self.unsaved_fields()
        if not changed:
            return True
        step, case = self._step, self._detail.case
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Isian belum disimpan"))
        box.setText(
            self.tr("Isian tahap {number} ({title}) kasus {case} belum disimpan: {fields}.").format(
                number=step.number,
                title=app_text(step.title),
                case=case.nomor,
                fields=", ".join(app_text(label) for label in changed),
            )
        )
        box.setInformativeText(self.tr("Simpan dulu sebelum {doing}?").format(doing=doing))
        save = box.addButton(self.tr("Simpan"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Buang"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            return self.save_fields() and not self.unsaved_fields()
        if clicked is discard:
            self.discard_typing()
            return True
        return False

    def _rebase(self) -> None:
        """After a refused save: what is stored now becomes what this form compares with,
        the clerk's typing kept. A save refused because another PC saved the same field
        meanwhile then goes through when the clerk, having seen it, saves again."""
        from app.cases.read import case_detail

        if self._detail is None or self._step is None:
            return
        fresh = case_detail(self._detail.case.id)
        if fresh.current is not None and fresh.current.tahap == self._step.number:
            self._detail = fresh

    def discard_typing(self) -> None:
        """Put the stored values back into the step's fields."""
        rec = self._detail.current if self._detail else None
        if rec is not None and self._step is not None:
            self._build_fields(self._step, dict(rec.data))
            self._apply_permissions()

    def save_fields(self) -> bool:
        """Simpan isian. Says what it did, beside the button and in the status bar: saved
        (with the time), or nothing changed and so nothing recorded."""
        if not self.field_widgets:
            return True
        step = self._step
        rec = self._detail.current
        ok, changes = attempt(
            self,
            commands.save_step,
            self._session.actor,
            self._detail.case.id,
            step.number,
            self.field_values(),
            dict(rec.data) if rec is not None else None,  # what this form was loaded with
            fields=self.field_widgets,
        )
        if not ok:
            self.save_note.clear()
            self._rebase()
            return False
        if changes.empty:
            note = self.tr(
                "Isian tahap {number} tidak berubah; tidak ada yang perlu disimpan."
            ).format(number=step.number)
        else:
            self.changed.emit(changes)  # redraws the form first: the note comes after it
            time = to_local(now_utc()).strftime("%H.%M")
            note = self.tr("Isian tahap {number} tersimpan pukul {time} WIB.").format(
                number=step.number, time=time
            )
        self.save_note.setText(note)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(note, 8000)
        return True

    def _selected_item(self) -> ItemInfo | None:
        idx = self.items_view.currentIndex()
        return self.items_model.record(idx.row()) if idx.isValid() else None

    def _edit_item(self, item: ItemInfo | None) -> None:
        if not self.can_edit():
            return
        dialog = ItemDialog(self._session.actor, self._detail.case.id, self._step, item, self)
        if dialog.exec() and dialog.changes is not None and not dialog.changes.empty:
            self.changed.emit(dialog.changes)

    def _edit_selected(self) -> None:
        item = self._selected_item()
        if item is None:
            QMessageBox.information(
                self, self.tr("Pilih butir"), self.tr("Pilih butir informasi di tabel dulu.")
            )
            return
        self._edit_item(item)

    def _remove_selected(self) -> None:
        item = self._selected_item()
        if item is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Hapus butir"),
            self.tr("Hapus butir {number}?\n\n{description}").format(
                number=item.urut, description=item.uraian[:200]
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(commands.remove_item, self._session.actor, self._detail.case.id, item.id)

    def _save_participants(self, participants: list) -> None:
        self._run(
            commands.set_participants,
            self._session.actor,
            self._detail.case.id,
            self._step.number,
            participants,
        )

    def complete(self) -> None:
        """Selesaikan tahap: the step is checked first (``commands.check_completion``: every
        missing field named, nothing saved), then confirmed, then one command saves the form
        and completes the step."""
        step, detail = self._step, self._detail
        checked, _ = attempt(
            self,
            lambda: commands.check_completion(
                self._session.actor, detail.case.id, step.number, data=self.field_values()
            ),
            fields=self.field_widgets,
        )
        if not checked:
            return
        next_text = app_text(next_step_text(detail, current_calendar(), today()))
        warnings = "".join(
            "\n\n" + self.tr("Perhatian: {warning}").format(warning=app_text(w))
            for w in rules.step_warnings(detail, step)
        )
        drafts = drafts_left_at_finish(detail)
        if drafts:
            # Finishing the case with drafts left: each named, and the default is not to.
            listed = "\n".join(f"• {app_text(title)}" for title in drafts)
            question = self.tr(
                "Tahap {number} ({title}) adalah tahap terakhir: menyelesaikannya menutup kasus "
                "{case}. Dokumen berikut masih konsep (belum difinalkan):\n\n{drafts}\n\n"
                "Setelah kasus selesai, dokumen itu tetap konsep tanpa nomor dan kode "
                "verifikasi. Finalkan dulu di tab Dokumen (pilih Tidak), atau tetap selesaikan "
                "kasus dengan dokumen konsep (pilih Ya)?"
            ).format(
                number=step.number,
                title=app_text(step.title),
                case=detail.case.nomor,
                drafts=listed,
            )
            answer = QMessageBox.question(
                self,
                self.tr("Selesaikan kasus dengan dokumen konsep?"),
                question + warnings,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
        else:
            answer = QMessageBox.question(
                self,
                self.tr("Selesaikan tahap"),
                self.tr("Selesaikan tahap {number} ({title}) hari ini?").format(
                    number=step.number, title=app_text(step.title)
                )
                + f"\n\n{next_text}{warnings}",
            )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._run(
            commands.complete_step,
            self._session.actor,
            detail.case.id,
            step.number,
            data=self.field_values(),
        )

    def send_back(self) -> None:
        """Kembalikan: the reason box stays open while ``app`` refuses the reason."""
        step, case_id = self._step, self._detail.case.id
        back_to = self.tr("Kembalikan ke tahap {number}").format(number=step.send_back_to)
        dialog = ReasonDialog(
            back_to,
            self.tr(
                "Alasan pengembalian (akan tercatat di riwayat dan ditampilkan pada tahap "
                "{number}):"
            ).format(number=step.send_back_to),
            back_to,
            "alasan_kembali",
            lambda reason: commands.send_back(self._session.actor, case_id, step.number, reason),
            self,
        )
        try:
            if dialog.exec() and dialog.outcome is not None and not dialog.outcome.empty:
                self.changed.emit(dialog.outcome)
        finally:
            dialog.deleteLater()
