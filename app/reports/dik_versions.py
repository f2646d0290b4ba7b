"""Published versions of the office's DIK: "Terbitkan DIK" freezes the DIK as it stands into
a numbered version (``dik_versi`` and its entries ``dik_versi_butir``), and every version
says what changed since the one before it.

- ``publish_dik(actor, today, catatan)``: one transaction: the permission, the DIK of
  ``today``, a refusal when it is the same as the last version's, the frozen rows, a history
  event. Returns the version and its changes.
- ``dik_changes(old, new)``: the entries added, removed (with why: *dibuka kembali*, *diuji
  ulang*, or simply no longer exempted by a penetapan in force) and changed (which fields),
  matched by their item, never by their number in the list (numbers shift when one leaves).
- ``pending_changes(today)``: what publishing now would change (the window shows it before
  asking "Terbitkan?").
- ``dik_versions()`` / ``dik_version(nomor)``: the versions, and one version with its
  entries and its changes since the version before.

A version's ``sha256`` is the SHA-256 of its entries' canonical JSON (``canonical_text``):
the same entries give the same digest, so "nothing changed" is a comparison of digests, and
a version whose stored entries were edited afterwards no longer matches its digest (besides
failing its row seals): ``DikVersionView.intact``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, fields
from datetime import date, datetime
from typing import Any

from app import history
from app.capabilities import authorize
from app.changes import ChangeSet
from app.clock import now_utc
from app.errors import ConflictError, FieldProblem, NotFound, ValidationError
from app.history.kinds import EventKind
from app.models import Case, DikFollowUp, DikVersion, DikVersionItem, database
from app.permissions import SYSTEM, Action, Actor, role_name
from app.reports.dik import (
    DIBUKA_KEMBALI,
    OPENED,
    RETEST,
    DikEntry,
    decided_retests,
    dik_entries,
    penetapan_in_force,
)
from app.text import format_date
from app.validation import LONG_TEXT_MAX, as_date, as_id, as_text, check_text, clean_text

# The kinds of change between two versions.
ADDED = "ditambahkan"
REMOVED = "dikeluarkan"
CHANGED = "diubah"
REOPENED = DIBUKA_KEMBALI  # removed because the office opened it
RETESTED = "diuji ulang"  # removed because its re-test case decided
CHANGE_LABELS = {
    ADDED: "Ditambahkan",
    REMOVED: "Dikeluarkan",
    CHANGED: "Diubah",
    REOPENED: "Dibuka kembali",
    RETESTED: "Diuji ulang",
}

# What a changed field is called in the list of changes.
FIELD_LABELS = {
    "informasi": "informasi",
    "opd": "perangkat daerah",
    "klasifikasi": "klasifikasi",
    "dasar_hukum": "dasar hukum",
    "konsekuensi_dibuka": "konsekuensi bila dibuka",
    "konsekuensi_ditutup": "konsekuensi bila ditutup",
    "jangka_waktu": "jangka waktu",
    "penetapan_nomor": "nomor penetapan",
    "penetapan_tanggal": "tanggal penetapan",
    "kasus": "kasus",
    "status": "status",
    "berakhir_pada": "tanggal berakhir",
    "kasus_id": "kasus",
}
# Not compared: the number in the list (it shifts when an entry leaves) and the item itself
# (the key the entries are matched by).
_NOT_COMPARED = frozenset({"nomor", "butir_id"})
COMPARED = tuple(f.name for f in fields(DikEntry) if f.name not in _NOT_COMPARED)


# ----------------------------------------------------------------------------- values
@dataclass(frozen=True)
class DikVersionInfo:
    id: int
    nomor: int
    tanggal: date  # tanggal terbit
    terbit_pada: datetime
    penerbit_pengguna: str
    penerbit_nama: str
    penerbit_peran: str
    catatan: str
    jumlah: int
    sha256: str

    @property
    def penerbit(self) -> str:
        """ "Sari (PPID Utama)"; the command line as such."""
        role = role_name(self.penerbit_peran) if self.penerbit_peran else ""
        if self.penerbit_peran == SYSTEM:
            return self.penerbit_nama or role
        if self.penerbit_nama and role:
            return f"{self.penerbit_nama} ({role})"
        return self.penerbit_nama or role

    @property
    def title(self) -> str:
        return f"DIK versi {self.nomor} ({format_date(self.tanggal)})"


@dataclass(frozen=True)
class DikChange:
    """One entry's change between two versions. ``entry``: the entry as it is now (added,
    changed) or as it was (removed); ``previous``: the old entry of a changed one;
    ``fields``: the names of the fields that changed; ``note``: why it was removed (the
    reason it was opened, the re-test case)."""

    kind: str
    entry: DikEntry
    previous: DikEntry | None = None
    fields: tuple[str, ...] = ()
    note: str = ""

    @property
    def label(self) -> str:
        return CHANGE_LABELS[self.kind]

    @property
    def text(self) -> str:
        """One Indonesian sentence for the list of changes."""
        what = f"{self.entry.informasi} ({self.entry.opd})"
        if self.kind == CHANGED:
            changed = ", ".join(FIELD_LABELS.get(f, f) for f in self.fields)
            return f"Diubah: {what}; yang berubah: {changed}."
        if self.kind == ADDED:
            return f"Ditambahkan: {what}, {self.entry.penetapan_nomor}."
        sentence = f"{self.label}: {what}"
        return f"{sentence}; {self.note}." if self.note else f"{sentence}."


@dataclass(frozen=True)
class DikChanges:
    changes: tuple[DikChange, ...] = ()

    def of(self, *kinds: str) -> list[DikChange]:
        return [c for c in self.changes if c.kind in kinds]

    @property
    def added(self) -> list[DikChange]:
        return self.of(ADDED)

    @property
    def removed(self) -> list[DikChange]:
        """Every entry that left (opened, re-tested or no longer exempted)."""
        return self.of(REMOVED, REOPENED, RETESTED)

    @property
    def changed(self) -> list[DikChange]:
        return self.of(CHANGED)

    @property
    def empty(self) -> bool:
        return not self.changes

    @property
    def summary(self) -> str:
        """ "2 ditambahkan, 1 dibuka kembali, 1 diubah"; "tidak ada perubahan"."""
        counts = [
            f"{len(self.of(kind))} {kind}"
            for kind in (ADDED, REOPENED, RETESTED, REMOVED, CHANGED)
            if self.of(kind)
        ]
        return ", ".join(counts) if counts else "tidak ada perubahan"


@dataclass(frozen=True)
class DikVersionView:
    """One published version: its entries as frozen, the version before it, what changed
    since that one, and whether the stored entries still match the version's digest."""

    version: DikVersionInfo
    entries: tuple[DikEntry, ...]
    previous: DikVersionInfo | None
    changes: DikChanges
    intact: bool


@dataclass(frozen=True)
class PublishResult:
    version: DikVersionInfo
    changes: DikChanges  # since the version before it (everything added for version 1)
    previous: DikVersionInfo | None


# ----------------------------------------------------------------------------- content
def _jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def canonical_text(entries: Sequence[DikEntry]) -> str:
    """The entries as canonical JSON: every field, keys sorted, dates ISO, no spaces."""
    rows = [{k: _jsonable(v) for k, v in asdict(e).items()} for e in entries]
    return json.dumps(rows, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def content_sha256(entries: Sequence[DikEntry]) -> str:
    return hashlib.sha256(canonical_text(entries).encode("utf-8")).hexdigest()


def dik_changes(
    old: Sequence[DikEntry],
    new: Sequence[DikEntry],
    reasons: Mapping[int, tuple[str, str]] | None = None,
) -> DikChanges:
    """What changed from the entries ``old`` (a version) to ``new`` (the next version, or
    the DIK as it stands): matched by item. ``reasons``: item id → (kind, note) of an item
    that left for a known reason (``removal_reasons``); otherwise it is *dikeluarkan*. In
    the order of ``new`` (changed and added), then the removed in the order of ``old``."""
    reasons = reasons or {}
    before = {e.butir_id: e for e in old}
    after = {e.butir_id: e for e in new}
    changes: list[DikChange] = []
    for entry in new:
        was = before.get(entry.butir_id)
        if was is None:
            changes.append(DikChange(ADDED, entry))
            continue
        differ = tuple(f for f in COMPARED if getattr(was, f) != getattr(entry, f))
        if differ:
            changes.append(DikChange(CHANGED, entry, was, differ))
    for entry in old:
        if entry.butir_id not in after:
            kind, note = reasons.get(entry.butir_id, (REMOVED, ""))
            changes.append(DikChange(kind, entry, note=note))
    return DikChanges(tuple(changes))


def removal_reasons(item_ids: Sequence[int]) -> dict[int, tuple[str, str]]:
    """Why each of these items left the DIK, from the office's follow-ups: opened (with the
    reason given), or re-tested (naming the re-test case, once it has decided). An item with
    neither left because its penetapan is no longer in force or it is no longer exempted."""
    if not item_ids:
        return {}
    ids = sorted(set(item_ids))
    rows = list(
        DikFollowUp.select(DikFollowUp, Case.nomor.alias("kasus_baru_nomor"))
        .left_outer_join(Case, on=(DikFollowUp.kasus_baru == Case.id))
        .where(DikFollowUp.butir.in_(ids) & DikFollowUp.jenis.in_([OPENED, RETEST]))
        .order_by(DikFollowUp.id)
        .objects()
    )
    retests = {r.kasus_baru_id for r in rows if r.jenis == RETEST and r.kasus_baru_id}
    decided = decided_retests(retests, penetapan_in_force()) if retests else set()
    found: dict[int, tuple[str, str]] = {}
    for row in rows:
        if row.jenis == OPENED:
            found[row.butir_id] = (REOPENED, f"alasan: {row.alasan}" if row.alasan else "")
        elif row.kasus_baru_id in decided and found.get(row.butir_id, ("",))[0] != REOPENED:
            found[row.butir_id] = (
                RETESTED,
                f"diuji ulang dalam kasus {getattr(row, 'kasus_baru_nomor', '')}",
            )
    return found


def _changes(old: Sequence[DikEntry], new: Sequence[DikEntry]) -> DikChanges:
    gone = {e.butir_id for e in old} - {e.butir_id for e in new}
    return dik_changes(old, new, removal_reasons(sorted(gone)))


# ----------------------------------------------------------------------------- reading
def _version_info(row: DikVersion) -> DikVersionInfo:
    return DikVersionInfo(
        id=row.id,
        nomor=row.nomor,
        tanggal=row.tanggal,
        terbit_pada=row.terbit_pada,
        penerbit_pengguna=row.penerbit_pengguna or "",
        penerbit_nama=row.penerbit_nama or "",
        penerbit_peran=row.penerbit_peran or "",
        catatan=row.catatan or "",
        jumlah=row.jumlah,
        sha256=row.sha256,
    )


_ENTRY_FIELDS = tuple(f.name for f in fields(DikEntry))


def _version_entries(version_id: int) -> tuple[DikEntry, ...]:
    columns = [getattr(DikVersionItem, name) for name in _ENTRY_FIELDS]
    query = (
        DikVersionItem.select(*columns)
        .where(DikVersionItem.versi == version_id)
        .order_by(DikVersionItem.nomor)
    )
    return tuple(DikEntry(**{n: getattr(row, n) for n in _ENTRY_FIELDS}) for row in query)


def dik_versions() -> list[DikVersionInfo]:
    """Every published version, newest first."""
    return [_version_info(r) for r in DikVersion.select().order_by(DikVersion.nomor.desc())]


def latest_version() -> DikVersionInfo | None:
    row = DikVersion.select().order_by(DikVersion.nomor.desc()).first()
    return _version_info(row) if row is not None else None


def _previous_of(nomor: int) -> DikVersionInfo | None:
    row = (
        DikVersion.select()
        .where(DikVersion.nomor < nomor)
        .order_by(DikVersion.nomor.desc())
        .first()
    )
    return _version_info(row) if row is not None else None


def dik_version(nomor: int) -> DikVersionView:
    """Version ``nomor`` with its frozen entries and what changed since the version before
    it. ``NotFound`` for a number never published."""
    nomor = as_id(nomor, "versi", "Nomor versi DIK")
    row = DikVersion.get_or_none(DikVersion.nomor == nomor)
    if row is None:
        last = latest_version()
        known = f"Versi terakhir: {last.nomor}." if last else "Belum ada versi yang diterbitkan."
        raise NotFound(f"DIK versi {nomor} tidak ada. {known}")
    info = _version_info(row)
    entries = _version_entries(info.id)
    previous = _previous_of(nomor)
    before = _version_entries(previous.id) if previous is not None else ()
    return DikVersionView(
        version=info,
        entries=entries,
        previous=previous,
        changes=_changes(before, entries),
        intact=content_sha256(entries) == info.sha256 and len(entries) == info.jumlah,
    )


def require_intact(view: DikVersionView) -> None:
    """Refuse to print or export a version whose stored entries no longer match its digest
    (edited outside Ujikon): it is not what was published."""
    if not view.intact:
        raise ConflictError(
            f"Isi DIK versi {view.version.nomor} tidak cocok dengan sidik SHA-256-nya: butirnya "
            "diubah di luar aplikasi. Versi ini tidak dicetak atau diekspor; pulihkan basis "
            "data dari cadangan sebelum perubahan itu."
        )


def pending_changes(today: date) -> DikChanges:
    """What publishing the DIK of ``today`` would change since the last version."""
    last = latest_version()
    before = _version_entries(last.id) if last is not None else ()
    return _changes(before, dik_entries(today))


# ----------------------------------------------------------------------------- publishing
NOTHING_TO_PUBLISH = (
    "Belum ada butir yang dikecualikan oleh Surat Penetapan yang berlaku, sehingga belum ada "
    "DIK yang dapat diterbitkan. Finalkan Surat Penetapan sebuah kasus terlebih dahulu."
)


def _unchanged(last: DikVersionInfo) -> str:
    return (
        f"DIK tidak berubah sejak versi {last.nomor} ({format_date(last.tanggal)}), sehingga "
        "tidak diterbitkan versi baru. Terbitkan lagi setelah ada Surat Penetapan baru, butir "
        "yang dibuka kembali, atau jangka waktu yang berakhir."
    )


def _checked_date(today: object, last: DikVersionInfo | None) -> date:
    from app import clock

    day = as_date(today, "tanggal", "Tanggal terbit") or clock.today()
    problems: list[FieldProblem] = []
    if day > clock.today():
        problems.append(
            FieldProblem(
                "tanggal",
                f"Tanggal terbit ({format_date(day)}) tidak boleh setelah hari ini "
                f"({format_date(clock.today())}).",
            )
        )
    if last is not None and day < last.tanggal:
        problems.append(
            FieldProblem(
                "tanggal",
                f"Tanggal terbit ({format_date(day)}) tidak boleh sebelum tanggal terbit versi "
                f"{last.nomor} ({format_date(last.tanggal)}).",
            )
        )
    if problems:
        raise ValidationError(problems)
    return day


def _item_row(version_id: int, entry: DikEntry) -> dict[str, Any]:
    return {"versi": version_id, **{n: getattr(entry, n) for n in _ENTRY_FIELDS}}


def publish_dik(actor: Actor, today: date | None = None, catatan: str = "") -> ChangeSet:
    """Freeze the DIK of ``today`` (the office's date; default today) as the next numbered
    version. Refused (``ConflictError``) when it is the same as the last version, or empty
    before any version. ``ChangeSet.value`` is a ``PublishResult``."""
    note = clean_text(as_text(catatan, "catatan", "Catatan penerbitan"))
    problems: list[FieldProblem] = []
    check_text(
        problems, "catatan", "Catatan penerbitan", note, max_len=LONG_TEXT_MAX, multiline=True
    )
    if problems:
        raise ValidationError(problems)
    with database.atomic():
        authorize(actor, Action.PUBLISH_DIK)
        last = latest_version()
        day = _checked_date(today, last)
        entries = dik_entries(day)
        digest = content_sha256(entries)
        if last is None and not entries:
            raise ConflictError(NOTHING_TO_PUBLISH)
        if last is not None and digest == last.sha256:
            raise ConflictError(_unchanged(last))
        before = _version_entries(last.id) if last is not None else ()
        changes = _changes(before, entries)
        nomor = (last.nomor if last is not None else 0) + 1
        row = DikVersion.create(
            nomor=nomor,
            tanggal=day,
            terbit_pada=now_utc(),
            penerbit_pengguna=actor.username,
            penerbit_nama=actor.name,
            penerbit_peran=actor.role,
            catatan=note,
            jumlah=len(entries),
            sha256=digest,
        )
        for chunk_start in range(0, len(entries), 100):
            chunk = entries[chunk_start : chunk_start + 100]
            DikVersionItem.insert_many([_item_row(row.id, e) for e in chunk]).execute()
        info = _version_info(DikVersion.get_by_id(row.id))
        history.record(
            EventKind.DIK_PUBLISHED,
            f"DIK versi {nomor} diterbitkan ({len(entries)} butir): {changes.summary}",
            actor,
            None,
            {
                "versi": nomor,
                "tanggal": day.isoformat(),
                "jumlah": len(entries),
                "sha256": digest,
                "catatan": note,
                "perubahan": {
                    kind: [c.entry.butir_id for c in changes.of(kind)]
                    for kind in (ADDED, REOPENED, RETESTED, REMOVED, CHANGED)
                    if changes.of(kind)
                },
            },
        )
    return ChangeSet(history=True, value=PublishResult(info, changes, last))
