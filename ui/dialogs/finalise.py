"""Finalkan dokumen: the date the document will carry (proposed from the event it records,
fixed where the document *is* that event), the number it will get or the number the Bagian
Hukum gave, the reason of a correction, and the warnings of ``app.documents.plan``. It asks
``app.documents.store.check_finalisation`` before it closes, so a wrong field is marked while
the dialog is still open; the render and the store happen after it (``DocumentsPanel``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.documents import store
from app.documents.plan import FinalisationPlan, next_number_on
from app.permissions import Actor
from app.text import format_date
from ui.forms.widgets import DateField, MultilineField, TextField
from ui.messages import attempt

WARNING_STYLE = (
    "background: #fff3cd; color: #664d03; border: 1px solid #ffe69c; border-radius: 4px; "
    "padding: 6px;"
)
NOTE_STYLE = "color: #555;"


@dataclass(frozen=True)
class FinaliseChoice:
    tanggal: date
    reason: str
    nomor_luar: str


class FinaliseDialog(QDialog):
    def __init__(self, plan: FinalisationPlan, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.plan, self.actor = plan, actor
        self.choice: FinaliseChoice | None = None
        verb = "Koreksi" if plan.correction else "Finalkan"
        self.setWindowTitle(f"{verb} {plan.title}")
        layout = QVBoxLayout(self)
        intro = QLabel(self._intro())
        intro.setWordWrap(True)
        layout.addWidget(intro)
        for text in plan.warnings:
            warning = QLabel("⚠ " + text)
            warning.setWordWrap(True)
            warning.setStyleSheet(WARNING_STYLE)
            layout.addWidget(warning)

        form = QFormLayout()
        self.tanggal = DateField(self, allow_empty=False)
        self.tanggal.set_value(plan.date.proposed)
        self.tanggal.setMaximumDate(QDate.currentDate())
        if plan.date.earliest is not None:
            e = plan.date.earliest
            self.tanggal.setMinimumDate(QDate(e.year, e.month, e.day))
        self.tanggal.setEnabled(not plan.date.fixed)
        form.addRow("Tanggal dokumen", self.tanggal)
        self.date_note = QLabel(self._date_note())
        self.date_note.setWordWrap(True)
        self.date_note.setStyleSheet(NOTE_STYLE)
        form.addRow("", self.date_note)

        # Made without a parent: a field the plan does not need is never placed nor shown.
        self.nomor_luar = TextField()
        self.nomor_luar.setPlaceholderText("mis. 188.45/Kep.123-Huk/2026")
        self.number_note = QLabel()
        self.number_note.setWordWrap(True)
        self.number_note.setStyleSheet(NOTE_STYLE)
        if plan.outside_number:
            form.addRow("Nomor dari Bagian Hukum *", self.nomor_luar)
        elif plan.numbered:
            form.addRow("Nomor", self.number_note)
        self.reason = MultilineField(lines=3)
        if plan.correction:
            form.addRow("Alasan koreksi *", self.reason)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(verb)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Batal")
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.tanggal.dateChanged.connect(self._update_number)
        self._update_number()
        self.setMinimumWidth(520)

    def _intro(self) -> str:
        p = self.plan
        if p.correction and p.previous is not None:
            old = p.previous
            nomor = f" nomor {old.nomor}" if old.nomor else ""
            return (
                f"Versi {old.versi}{nomor} ({format_date(old.tanggal)}) tetap tersimpan dan "
                f"ditandai digantikan. Versi {old.versi + 1} dibuat dari data kasus saat ini"
                + (", dengan nomor baru" if p.numbered else "")
                + ", dan menyebut di halaman pertama dokumen yang digantikannya."
            )
        numbered = "diberi nomor, " if p.numbered else ""
        return (
            f"{p.title} akan {numbered}diberi kode verifikasi dan disimpan tanpa dapat diubah "
            "lagi. Periksa konsepnya lebih dulu."
        )

    def _date_note(self) -> str:
        d = self.plan.date
        if d.fixed:
            return (
                f"Tanggal {d.source} ({format_date(d.proposed)}): dokumen ini bertanggal hari "
                f"peristiwa yang dicatatnya. Bila tanggal itu salah, perbaiki {d.source} dulu."
            )
        if d.source == "hari ini":
            return "Dokumen ini bertanggal hari dibuat."
        return (
            f"Diusulkan {d.source} ({format_date(d.proposed)}); boleh tanggal sesudahnya bila "
            "dokumen ditandatangani kemudian, tidak boleh sebelumnya."
        )

    def _update_number(self) -> None:
        if not self.plan.numbered or self.plan.outside_number:
            return
        tanggal = self.tanggal.value() or self.plan.date.proposed
        number = next_number_on(self.plan.case_id, self.plan.kind, tanggal)
        where = f"register {self.plan.issuer}"
        self.number_note.setText(
            f"{number} (nomor berikutnya di {where}, tahun {tanggal.year})"
            if number
            else f"Nomor berikutnya di {where}."
        )

    def _accept(self) -> None:
        choice = FinaliseChoice(
            self.tanggal.value() or self.plan.date.proposed,
            self.reason.value(),
            self.nomor_luar.value(),
        )
        ok, _ = attempt(
            self,
            store.check_finalisation,
            self.actor,
            self.plan.case_id,
            self.plan.kind,
            choice.tanggal,
            choice.reason,
            choice.nomor_luar,
            fields={
                "tanggal": self.tanggal,
                "nomor_luar": self.nomor_luar,
                "alasan_koreksi": self.reason,
            },
        )
        if ok:
            self.choice = choice
            self.accept()
