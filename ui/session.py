"""Who is working: the logged-in account and the role it currently acts in.

A user may hold several roles (e.g. PPID Pembantu of one OPD and Tim Pertimbangan); the
toolbar switches between them. Every service still checks the resulting Actor in ``app``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.accounts import LoggedIn, RoleGrant
from app.permissions import ADMIN, Actor

ROLE_ORDER = ("ppid_pembantu", "ppid_utama", "tim_pertimbangan", "atasan_ppid", ADMIN)


class Session(QObject):
    actorChanged = Signal()

    def __init__(self, login: LoggedIn, grant: RoleGrant | None = None) -> None:
        super().__init__()
        if not login.roles:
            raise ValueError("an account without roles cannot work")
        self.login = login
        self._grant = grant if grant in login.roles else login.roles[0]

    @property
    def grants(self) -> tuple[RoleGrant, ...]:
        return self.login.roles

    @property
    def grant(self) -> RoleGrant:
        return self._grant

    @property
    def actor(self) -> Actor:
        return self.login.actor(self._grant)

    def set_grant(self, grant: RoleGrant) -> None:
        if grant not in self.login.roles:
            raise ValueError(grant)
        if grant != self._grant:
            self._grant = grant
            self.actorChanged.emit()

    def renew(self, login: LoggedIn) -> None:
        """Take the account as it is now (after the screen lock's password): its roles may
        have been changed meanwhile. Keeps the acting grant if the account still holds it."""
        if not login.roles:
            raise ValueError("an account without roles cannot work")
        self.login = login
        if self._grant not in login.roles:
            self._grant = login.roles[0]
        self.actorChanged.emit()

    def set_role(self, role: str) -> None:
        """Act in the first of the user's grants with this role."""
        self.set_grant(next(g for g in self.login.roles if g.role == role))
