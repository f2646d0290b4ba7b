"""Tell the user which due dates moved after a calendar change."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.calendar_service import DeadlineMove
from ui.formats import format_date

translate = QCoreApplication.translate

SHOWN = 30


def show_deadline_moves(
    parent: QWidget | None, moves: list[DeadlineMove], reason: str | None = None
) -> None:
    """``reason``: why the due dates were computed again, in the window's language (by
    default "Kalender hari kerja berubah.")."""
    if reason is None:
        reason = translate("DeadlineMoves", "Kalender hari kerja berubah.")
    if not moves:
        QMessageBox.information(
            parent,
            translate("DeadlineMoves", "Batas waktu"),
            translate(
                "DeadlineMoves", "{reason}\n\nTidak ada batas waktu tahap berjalan yang bergeser."
            ).format(reason=reason),
        )
        return
    line = translate("DeadlineMoves", "• {case}, tahap {step}: {old} → {new}")
    lines = [
        line.format(
            case=m.nomor, step=m.tahap, old=format_date(m.old_due), new=format_date(m.new_due)
        )
        for m in moves[:SHOWN]
    ]
    if len(moves) > SHOWN:
        lines.append(
            translate(
                "DeadlineMoves",
                "… dan %n lainnya (lihat riwayat tiap kasus).",
                "",
                len(moves) - SHOWN,
            )
        )
    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("DeadlineMoves", "Batas waktu bergeser"),
        translate(
            "DeadlineMoves", "{reason}\n\n%n batas waktu tahap berjalan bergeser:", "", len(moves)
        ).format(reason=reason),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setInformativeText("\n".join(lines))
    box.exec()
