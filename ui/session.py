"""Who is working: the logged-in account and the role it currently acts in.

A user may hold several roles (e.g. PPID Pembantu and Tim Pertimbangan); the toolbar switches
between them. A PPID Pembantu of several OPDs acts in one role for all of them (the case
list filters by OPD). Every service still checks the resulting Actor in ``app``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.accounts import LoggedIn, RoleGrant
from app.permissions import ADMIN, Actor, role_name
from ui.translation import app_text

ROLE_ORDER = ("ppid_pembantu", "ppid_utama", "tim_pertimbangan", "atasan_ppid", ADMIN)


class Session(QObject):
    actorChanged = Signal()

    def __init__(self, login: LoggedIn, role: RoleGrant | str | None = None) -> None:
        super().__init__()
        if not login.roles:
            raise ValueError("an account without roles cannot work")
        self.login = login
        wanted = role.role if isinstance(role, RoleGrant) else role
        self._role = wanted if wanted in login.acting_roles else login.acting_roles[0]

    @property
    def roles(self) -> tuple[str, ...]:
        """The roles the account acts in, each once."""
        return self.login.acting_roles

    @property
    def role(self) -> str:
        return self._role

    @property
    def actor(self) -> Actor:
        return self.login.actor_in(self._role)

    def label(self, role: str | None = None) -> str:
        """The role as the toolbar names it, in the window's language (as
        ``LoggedIn.role_label``): "PPID Pembantu — Dinkes", or with several OPDs "PPID
        Pembantu (3 perangkat daerah)"."""
        role = role or self._role
        grants = [g for g in self.login.roles if g.role == role]
        name = app_text(role_name(role))
        if role == "ppid_pembantu" and len(grants) > 1:
            return self.tr("{peran} (%n perangkat daerah)", "", len(grants)).format(peran=name)
        if role == "ppid_pembantu" and grants and grants[0].opd_id:
            return f"{name} — {grants[0].opd_label or '?'}"
        return name

    def set_role(self, role: str) -> None:
        if role not in self.roles:
            raise ValueError(role)
        if role != self._role:
            self._role = role
            self.actorChanged.emit()

    def renew(self, login: LoggedIn) -> None:
        """Take the account as it is now (after the screen lock's password, or after the
        administrator changed their own roles): its roles may have changed meanwhile. Keeps
        the acting role if the account still holds it."""
        if not login.roles:
            raise ValueError("an account without roles cannot work")
        self.login = login
        if self._role not in login.acting_roles:
            self._role = login.acting_roles[0]
        self.actorChanged.emit()
