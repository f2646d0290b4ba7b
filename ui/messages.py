"""How errors reach the user: fixable ones as their Indonesian message, bugs as an apology
that names the log file (the traceback goes to the log, never to a dialog)."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import SessionExpired, UserError, ValidationError
from app.logs import log_path, setup_logging  # noqa: F401  (the window's log)
from ui.translation import app_text

log = logging.getLogger("ujikon")
_session_expired: list[Callable[[], None]] = []
translate = QCoreApplication.translate


def on_session_expired(callback: Callable[[], None]) -> None:
    """What to do after a ``SessionExpired`` was shown (the application: back to the login)."""
    _session_expired[:] = [callback]


def show_user_error(parent: QWidget | None, exc: UserError, title: str = "") -> None:
    if isinstance(exc, SessionExpired):
        QMessageBox.warning(parent, translate("Messages", "Sesi berakhir"), app_text(exc.message))
        for callback in _session_expired:
            callback()
        return
    if isinstance(exc, ValidationError):
        title = title or translate("Messages", "Isian belum benar")
        text = translate(
            "Messages", "Perbaiki isian berikut; belum ada yang disimpan:\n\n{masalah}"
        ).format(masalah="\n".join(f"• {app_text(p.message)}" for p in exc.problems))
    else:
        title = title or translate("Messages", "Tidak dapat dilakukan")
        text = app_text(exc.message)
    QMessageBox.warning(parent, title, text)


def show_bug(parent: QWidget | None, exc: BaseException) -> None:
    log.error(
        "Kesalahan tak terduga:\n%s",
        "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)),
    )
    QMessageBox.critical(
        parent,
        translate("Messages", "Terjadi kesalahan"),
        translate(
            "Messages",
            "Maaf, terjadi kesalahan di dalam aplikasi. Data yang sudah tersimpan tetap aman.\n\n"
            "Rincian teknis dicatat di:\n{path}\n\nMohon sampaikan berkas itu kepada "
            "pengelola aplikasi.",
        ).format(path=log_path()),
    )


def report(parent: QWidget | None, exc: BaseException) -> None:
    if isinstance(exc, UserError):
        show_user_error(parent, exc)
    else:
        show_bug(parent, exc)


def attempt(
    parent: QWidget | None,
    action: Callable[..., Any],
    *args: Any,
    fields: Mapping[str, QWidget] | None = None,
) -> tuple[bool, Any]:
    """Run one ``app`` action for a form. ``fields`` maps field keys to the form's widgets:
    their earlier marks are cleared, and on a ``ValidationError`` the named ones get a red
    border with the message. Fixable errors are shown as their message; a bug is logged and
    apologised for. Returns ``(True, result)``, or ``(False, None)`` when nothing was saved."""
    from ui.forms.widgets import mark_invalid

    fields = fields or {}
    for widget in fields.values():
        mark_invalid(widget, False)
    try:
        return True, action(*args)
    except ValidationError as exc:
        for p in exc.problems:
            if p.field in fields:
                mark_invalid(fields[p.field], True, app_text(p.message))
        show_user_error(parent, exc)
    except UserError as exc:
        show_user_error(parent, exc)
    except Exception as exc:
        show_bug(parent, exc)
    return False, None
