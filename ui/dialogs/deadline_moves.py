"""Tell the user which due dates moved after a calendar change."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app import calendar_service
from app.calendar_service import DeadlineMove
from ui.formats import format_date
from ui.messages import log
from ui.runner import JobOutcome, get_runner

translate = QCoreApplication.translate

SHOWN = 30


def write_back_moves() -> None:
    """After a recomputation that moved deadlines: copy its pages from the database's log
    into the file on the runner (``calendar_service.write_back``), while the user reads what
    moved, instead of at the user's next save."""
    job = get_runner().start(
        translate("DeadlineMoves", "Merapikan berkas basis data"), calendar_service.write_back
    )
    job.finished.connect(_written_back)


def _written_back(outcome: JobOutcome) -> None:
    # Nothing to tell the user: the moves are committed, the next commit or the close copies
    # the log into the file anyway.
    if outcome.error is not None:
        log.warning("Log basis data tidak dapat dirapikan", exc_info=outcome.error)


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
