"""Who is working: the role chosen in the toolbar. Issue-level login comes later; until then
the clerk picks the role (and name) they act as, and every service checks it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.permissions import ADMIN, ROLE_NAMES, Actor

ROLE_ORDER = ("ppid_pembantu", "ppid_utama", "tim_pertimbangan", "atasan_ppid", ADMIN)


class Session(QObject):
    actorChanged = Signal()

    def __init__(self, role: str = "ppid_utama", name: str = "") -> None:
        super().__init__()
        self._actor = Actor(role, name)

    @property
    def actor(self) -> Actor:
        return self._actor

    def set_actor(self, role: str, name: str = "") -> None:
        if role not in ROLE_NAMES:
            raise ValueError(role)
        new = Actor(role, name)
        if new != self._actor:
            self._actor = new
            self.actorChanged.emit()
