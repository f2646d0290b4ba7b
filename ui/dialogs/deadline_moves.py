"""Tell the user which due dates moved after a calendar change."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from app.calendar_service import DeadlineMove
from app.text import format_date

SHOWN = 30


def show_deadline_moves(
    parent: QWidget | None, moves: list[DeadlineMove], reason: str = "Kalender hari kerja berubah."
) -> None:
    if not moves:
        QMessageBox.information(
            parent,
            "Batas waktu",
            f"{reason}\n\nTidak ada batas waktu tahap berjalan yang bergeser.",
        )
        return
    lines = [
        f"• {m.nomor}, tahap {m.tahap}: {format_date(m.old_due)} → {format_date(m.new_due)}"
        for m in moves[:SHOWN]
    ]
    if len(moves) > SHOWN:
        lines.append(f"… dan {len(moves) - SHOWN} lainnya (lihat riwayat tiap kasus).")
    box = QMessageBox(
        QMessageBox.Icon.Information,
        "Batas waktu bergeser",
        f"{reason}\n\n{len(moves)} batas waktu tahap berjalan bergeser:",
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setInformativeText("\n".join(lines))
    box.exec()
