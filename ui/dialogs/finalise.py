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
from ui.formats import format_date
from ui.forms.widgets import DateField, MultilineField, TextField
from ui.messages import attempt
from ui.translation import app_text

WARNING_STYLE = (
    "background: #fff3cd; color: #664d03; border: 1px solid #ffe69c; "  # notr: a style sheet
    "border-radius: 4px; padding: 6px;"
)
NOTE_STYLE = "color: #555;"  # notr: a style sheet


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
        title = app_text(plan.title)
        if plan.correction:
            verb = self.tr("Koreksi")
            self.setWindowTitle(self.tr("Koreksi {title}").format(title=title))
        else:
            verb = self.tr("Finalkan")
            self.setWindowTitle(self.tr("Finalkan {title}").format(title=title))
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
        form.addRow(self.tr("Tanggal dokumen"), self.tanggal)
        self.date_note = QLabel(self._date_note())
        self.date_note.setWordWrap(True)
        self.date_note.setStyleSheet(NOTE_STYLE)
        form.addRow("", self.date_note)

        # Made without a parent: a field the plan does not need is never placed nor shown.
        self.nomor_luar = TextField()
        self.nomor_luar.setPlaceholderText(self.tr("mis. 188.45/Kep.123-Huk/2026"))
        self.number_note = QLabel()
        self.number_note.setWordWrap(True)
        self.number_note.setStyleSheet(NOTE_STYLE)
        if plan.outside_number:
            form.addRow(self.tr("Nomor dari Bagian Hukum *"), self.nomor_luar)
        elif plan.numbered:
            form.addRow(self.tr("Nomor"), self.number_note)
        self.reason = MultilineField(lines=3)
        if plan.correction:
            form.addRow(self.tr("Alasan koreksi *"), self.reason)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(verb)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
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
            if old.nomor:
                kept = self.tr(
                    "Versi {version} nomor {number} ({date}) tetap tersimpan dan ditandai "
                    "digantikan."
                )
            else:
                kept = self.tr("Versi {version} ({date}) tetap tersimpan dan ditandai digantikan.")
            if p.numbered:
                made = self.tr(
                    "Versi {version} dibuat dari data kasus saat ini, dengan nomor baru, dan "
                    "menyebut di halaman pertama dokumen yang digantikannya."
                )
            else:
                made = self.tr(
                    "Versi {version} dibuat dari data kasus saat ini, dan menyebut di halaman "
                    "pertama dokumen yang digantikannya."
                )
            kept = kept.format(version=old.versi, number=old.nomor, date=format_date(old.tanggal))
            return " ".join((kept, made.format(version=old.versi + 1)))
        if p.numbered:
            intro = self.tr(
                "{title} akan diberi nomor, diberi kode verifikasi dan disimpan tanpa dapat "
                "diubah lagi. Periksa konsepnya lebih dulu."
            )
        else:
            intro = self.tr(
                "{title} akan diberi kode verifikasi dan disimpan tanpa dapat diubah lagi. "
                "Periksa konsepnya lebih dulu."
            )
        return intro.format(title=app_text(p.title))

    def _date_note(self) -> str:
        d = self.plan.date
        if d.fixed:
            return self.tr(
                "Tanggal {source} ({date}): dokumen ini bertanggal hari peristiwa yang "
                "dicatatnya. Bila tanggal itu salah, perbaiki {source} dulu."
            ).format(source=d.source, date=format_date(d.proposed))
        if d.source == "hari ini":  # app.documents.dating's word for "no event: today"
            return self.tr("Dokumen ini bertanggal hari dibuat.")
        return self.tr(
            "Diusulkan {source} ({date}); boleh tanggal sesudahnya bila dokumen ditandatangani "
            "kemudian, tidak boleh sebelumnya."
        ).format(source=d.source, date=format_date(d.proposed))

    def _update_number(self) -> None:
        if not self.plan.numbered or self.plan.outside_number:
            return
        tanggal = self.tanggal.value() or self.plan.date.proposed
        number = next_number_on(self.plan.case_id, self.plan.kind, tanggal)
        issuer = self.plan.issuer
        if number:
            note = self.tr("{number} (nomor berikutnya di register {issuer}, tahun {year})")
        else:
            note = self.tr("Nomor berikutnya di register {issuer}.")
        self.number_note.setText(note.format(number=number, issuer=issuer, year=tanggal.year))

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
