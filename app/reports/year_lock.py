"""Locked years of the annual report (laporan tahunan uji konsekuensi): once a year's report is
issued, its figures are frozen so they no longer change with later edits of the cases; a
correction needs the administrator, a reason, and is in the history.

- ``lock_year(actor, year, figures)`` (PPID Utama, Administrator): the figures (a JSON-able
  dict, whatever the annual report computes) are stored as canonical JSON text with its
  SHA-256, who locked them and when, and a history event carrying that SHA-256.
- ``unlock_year(actor, year, reason)`` (Administrator only, reason required): the lock row is
  closed with who, when and why (the figures stay there, as they were); a history event.
- ``locked_figures(year)``: the frozen figures, or None when the year is not locked. The
  figures are checked against their SHA-256 and against the SHA-256 the history recorded
  when they were locked: figures edited outside Ujikon raise ``ConflictError`` instead of
  being reported (the row seals catch the edit as well: ``main.py check``).

Storage: ``tahun_terkunci`` (``app.models.YearLock``), one row per lock; a year is locked
while it has a row without ``dibuka_pada``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app import history
from app.capabilities import authorize
from app.changes import ChangeSet
from app.clock import now_utc
from app.errors import ConflictError, FieldProblem, ValidationError
from app.history.kinds import EventKind
from app.models import Event, YearLock, database
from app.permissions import Action, Actor, role_name
from app.text import format_timestamp
from app.validation import required_reason

FIRST_YEAR = 2000


@dataclass(frozen=True)
class LockedYear:
    id: int
    tahun: int
    angka: Mapping[str, Any]
    sha256: str
    dikunci_oleh: str
    dikunci_peran: str
    dikunci_pada: datetime
    dibuka_oleh: str = ""
    dibuka_peran: str = ""
    dibuka_pada: datetime | None = None
    alasan_buka: str = ""

    @property
    def locked(self) -> bool:
        return self.dibuka_pada is None

    @property
    def locked_by(self) -> str:
        role = role_name(self.dikunci_peran) if self.dikunci_peran else ""
        return f"{self.dikunci_oleh} ({role})" if self.dikunci_oleh and role else self.dikunci_oleh


def canonical_figures(figures: object) -> str:
    """``figures`` as canonical JSON (keys sorted, no spaces, UTF-8 as is), or
    ``ValidationError`` for anything JSON cannot hold exactly (a date, a set, NaN)."""
    if not isinstance(figures, Mapping) or not all(isinstance(k, str) for k in figures):
        raise ValidationError(
            FieldProblem("angka", "Angka tahunan harus pasangan nama dan nilai (dict).")
        )
    if not figures:
        raise ValidationError(
            FieldProblem("angka", "Angka tahunan kosong; tidak ada yang dikunci.")
        )
    try:
        text = json.dumps(
            figures, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
        )
    except (TypeError, ValueError) as exc:
        raise ValidationError(
            FieldProblem(
                "angka",
                f"Angka tahunan tidak dapat disimpan apa adanya ({exc}); tulis tanggal sebagai "
                "teks ISO dan bilangan sebagai angka biasa.",
            )
        ) from None
    return text


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _year(year: object) -> int:
    from app import clock

    if isinstance(year, bool) or not isinstance(year, int):
        raise ValidationError(FieldProblem("tahun", "Tahun harus bilangan bulat, misalnya 2026."))
    latest = clock.today().year
    if not FIRST_YEAR <= year <= latest:
        raise ValidationError(
            FieldProblem("tahun", f"Tahun {year} tidak sah: pilih {FIRST_YEAR} sampai {latest}.")
        )
    return year


def _info(row: YearLock) -> LockedYear:
    try:
        figures = json.loads(row.angka)
    except ValueError:
        figures = {}
    return LockedYear(
        id=row.id,
        tahun=row.tahun,
        angka=figures if isinstance(figures, dict) else {},
        sha256=row.sha256,
        dikunci_oleh=row.dikunci_oleh or "",
        dikunci_peran=row.dikunci_peran or "",
        dikunci_pada=row.dikunci_pada,
        dibuka_oleh=row.dibuka_oleh or "",
        dibuka_peran=row.dibuka_peran or "",
        dibuka_pada=row.dibuka_pada,
        alasan_buka=row.alasan_buka or "",
    )


def _open_lock(year: int) -> YearLock | None:
    return (
        YearLock.select()
        .where((YearLock.tahun == year) & YearLock.dibuka_pada.is_null())
        .order_by(YearLock.id.desc())
        .first()
    )


def year_locks(year: int | None = None) -> list[LockedYear]:
    """Every lock (of ``year``, or of all years), newest first, unlocked ones included."""
    query = YearLock.select().order_by(YearLock.id.desc())
    if year is not None:
        query = query.where(YearLock.tahun == year)
    return [_info(r) for r in query]


def year_lock(year: int) -> LockedYear | None:
    """The lock in force on ``year``, or None."""
    row = _open_lock(year)
    return _info(row) if row is not None else None


def _recorded_digest(lock_id: int) -> str | None:
    """The SHA-256 the history recorded when lock ``lock_id`` was made."""
    for event in Event.select(Event.rincian).where(Event.jenis == EventKind.YEAR_LOCKED.value):
        detail = event.rincian
        if isinstance(detail, dict) and detail.get("kunci") == lock_id:
            return str(detail.get("sha256"))
    return None


def locked_figures(year: int) -> dict[str, Any] | None:
    """The frozen figures of ``year``, or None when it is not locked. ``ConflictError`` when
    they no longer match what was locked (edited outside Ujikon)."""
    row = _open_lock(year)
    if row is None:
        return None
    problem = ""
    if _digest(row.angka) != row.sha256:
        problem = "tidak cocok dengan sidik SHA-256-nya"
    elif _recorded_digest(row.id) != row.sha256:
        problem = "tidak cocok dengan yang tercatat di riwayat saat dikunci"
    if problem:
        raise ConflictError(
            f"Angka tahun {year} yang dikunci {problem}: diubah di luar aplikasi. Pulihkan basis "
            "data dari cadangan sebelum perubahan itu, atau minta administrator membuka kunci "
            "dan mengunci ulang dengan angka yang benar."
        )
    figures = json.loads(row.angka)
    assert isinstance(figures, dict)
    return figures


def lock_year(actor: Actor, year: int, figures: dict[str, Any]) -> ChangeSet:
    """Freeze ``figures`` as the annual figures of ``year``. ``ChangeSet.value``: the lock."""
    year = _year(year)
    text = canonical_figures(figures)
    digest = _digest(text)
    with database.atomic():
        authorize(actor, Action.LOCK_YEAR)
        current = _open_lock(year)
        if current is not None:
            raise ConflictError(
                f"Angka tahun {year} sudah dikunci sejak {format_timestamp(current.dikunci_pada)} "
                f"oleh {_info(current).locked_by}. Untuk mengoreksinya, administrator membuka "
                "kuncinya dulu dengan alasan."
            )
        row = YearLock.create(
            tahun=year,
            angka=text,
            sha256=digest,
            dikunci_oleh=actor.name,
            dikunci_peran=actor.role,
            dikunci_pengguna=actor.username,
            dikunci_pada=now_utc(),
        )
        history.record(
            EventKind.YEAR_LOCKED,
            f"Angka laporan tahunan {year} dikunci",
            actor,
            None,
            {"tahun": year, "kunci": row.id, "sha256": digest},
        )
        info = _info(YearLock.get_by_id(row.id))
    return ChangeSet(history=True, value=info)


def unlock_year(actor: Actor, year: int, reason: str) -> ChangeSet:
    """Open the lock of ``year`` for a correction (administrator, with a reason). The
    figures that were locked stay in the row. ``ChangeSet.value``: the closed lock."""
    year = _year(year)
    reason = required_reason(reason, "alasan", "Alasan membuka kunci")
    with database.atomic():
        authorize(actor, Action.UNLOCK_YEAR)
        row = _open_lock(year)
        if row is None:
            raise ConflictError(f"Angka tahun {year} tidak sedang dikunci.")
        YearLock.update(
            dibuka_oleh=actor.name,
            dibuka_peran=actor.role,
            dibuka_pengguna=actor.username,
            dibuka_pada=now_utc(),
            alasan_buka=reason,
        ).where(YearLock.id == row.id).execute()
        history.record(
            EventKind.YEAR_UNLOCKED,
            f"Kunci angka laporan tahunan {year} dibuka: {reason}",
            actor,
            None,
            {"tahun": year, "kunci": row.id, "sha256": row.sha256, "alasan": reason},
        )
        info = _info(YearLock.get_by_id(row.id))
    return ChangeSet(history=True, value=info)
