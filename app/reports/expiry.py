"""The expiry queue of the DIK (UU 14/2008 Pasal 20: an exemption is not permanent; before it
lapses the office tests it again or opens the information), and what the office does from
it: start a re-test case pre-filled with the item, mark the item opened, or record that an
event-based period was reviewed.

An item is in the queue (``expiry_queue``) when
- its period is a date that ends within ``within_working_days`` working days of today, or
  has ended already (counted with the office's working-day calendar: weekends, libur
  nasional and cuti bersama do not count), or
- its period is an event ("sampai ditetapkannya Renja") whose review falls due within the
  same window: ``review_interval_months`` after the penetapan, or after the last review or
  re-test started for it.
Each row says why and by when. An item whose re-test case is still running stays in the queue
with that case named (a second re-test is refused).

Each action is one service call, one transaction, with a history event on the item's case:
- ``start_retest(actor, item_id)``: a new case (the new-case service and its permission:
  PPID Utama, or the PPID Pembantu of the item's OPD) whose one item is a copy of this one,
  with a reference to the original case and penetapan in step 1's *catatan*; the item leaves
  the DIK once that case has decided (``app.reports.dik``).
- ``mark_opened(actor, item_id, reason)`` (PPID Utama, Administrator): the item leaves the DIK
  at the next published version, where the changes list it as *dibuka kembali*.
- ``record_review(actor, item_id, note)`` (the same): the event has not happened yet; the
  next review is due an interval later.
"""

from __future__ import annotations

import calendar as month_calendar
from dataclasses import dataclass
from datetime import date
from typing import Any

from app import history
from app.calendar_service import current_calendar
from app.capabilities import authorize
from app.cases import commands, records, rules
from app.cases.model import Trigger
from app.cases.read import get_case, item_info
from app.changes import ChangeSet
from app.clock import now_utc
from app.errors import ConflictError, FieldProblem, NotFound, ValidationError
from app.history.kinds import EventKind
from app.models import Case, DikFollowUp, InfoItem, database
from app.permissions import Action, Actor
from app.refdata import current_sop
from app.reports.dik import (
    OPENED,
    RETEST,
    REVIEWED,
    DikEntry,
    dik_entries,
    follow_ups,
)
from app.text import format_date
from app.validation import as_date, as_id, required_reason

DEFAULT_WORKING_DAYS = 30  # Perki practice: a month of working days ahead
DEFAULT_REVIEW_MONTHS = 12

# Why an item is in the queue.
ENDING = "segera_berakhir"
ENDED = "sudah_berakhir"
REVIEW = "perlu_ditinjau"
REASON_LABELS = {
    ENDING: "Segera berakhir",
    ENDED: "Sudah berakhir",
    REVIEW: "Perlu ditinjau",
}


@dataclass(frozen=True)
class QueueRow:
    """One item of the expiry queue: the item as the DIK shows it, why it is here
    (``alasan``: ENDING / ENDED / REVIEW) and by when (``batas``: the end of its period, or
    the day its review is due), the working days left until then (0: today, negative: past),
    a sentence saying all that, and a re-test case already running for it."""

    entry: DikEntry
    alasan: str
    batas: date
    sisa_hari_kerja: int
    keterangan: str
    terakhir_ditinjau: date | None = None  # the penetapan, or the last review / re-test
    uji_ulang_id: int | None = None
    uji_ulang_nomor: str = ""

    @property
    def alasan_label(self) -> str:
        return REASON_LABELS[self.alasan]

    @property
    def retest_running(self) -> bool:
        return self.uji_ulang_id is not None


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (the month's last day where it is shorter)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, month_calendar.monthrange(year, month)[1]))


def _left_text(left: int) -> str:
    if left > 0:
        return f"{left} hari kerja lagi"
    if left == 0:
        return "hari ini"
    return f"{-left} hari kerja yang lalu"


def _event_items() -> set[int]:
    """The items whose period is an event (few: read as ids, never by a list of ids)."""
    return {
        row.id for row in InfoItem.select(InfoItem.id).where(InfoItem.jangka_jenis == "peristiwa")
    }


def expiry_queue(
    today: date | None = None,
    within_working_days: int = DEFAULT_WORKING_DAYS,
    review_interval_months: int = DEFAULT_REVIEW_MONTHS,
) -> list[QueueRow]:
    """The items on the DIK of ``today`` that need the office's decision soon, the most
    urgent first (by ``batas``)."""
    from app import clock

    day = as_date(today, "tanggal", "Tanggal") or clock.today()
    if within_working_days < 0 or review_interval_months < 1:
        raise ValidationError(
            FieldProblem(
                "antrean",
                "Jumlah hari kerja tidak boleh negatif dan selang peninjauan paling sedikit "
                "1 bulan.",
            )
        )
    cal = current_calendar()
    entries = dik_entries(day)
    done = follow_ups()
    # An item whose newest re-test has decided is no longer on the DIK: a re-test of an
    # item still there is running.
    running = done.retests
    numbers = _case_numbers({running[e.butir_id] for e in entries if e.butir_id in running})
    events = _event_items()
    rows: list[QueueRow] = []
    for e in entries:
        retest = running.get(e.butir_id)
        nomor = numbers.get(retest, "") if retest is not None else ""
        if e.berakhir_pada is not None:
            left = cal.working_days_until(day, e.berakhir_pada)
            if left > within_working_days:
                continue
            kind = ENDED if e.berakhir_pada < day else ENDING
            text = f"Jangka waktu berakhir {format_date(e.berakhir_pada)} ({_left_text(left)})"
            if kind == ENDED:
                text += ": uji ulang atau buka informasinya (Pasal 20 UU 14/2008)"
            rows.append(QueueRow(e, kind, e.berakhir_pada, left, text + ".", None, retest, nomor))
        elif e.butir_id in events:
            since = max(e.penetapan_tanggal, done.reviewed.get(e.butir_id, e.penetapan_tanggal))
            due = add_months(since, review_interval_months)
            left = cal.working_days_until(day, due)
            if left > within_working_days:
                continue
            what = "penetapan" if since == e.penetapan_tanggal else "tinjauan terakhir"
            text = (
                f"Jangka waktu sampai peristiwa ({e.jangka_waktu}) belum ditinjau sejak "
                f"{format_date(since)} ({what}); tinjau paling lambat {format_date(due)} "
                f"({_left_text(left)})."
            )
            rows.append(QueueRow(e, REVIEW, due, left, text, since, retest, nomor))
    rows.sort(key=lambda r: (r.batas, r.entry.nomor))
    return rows


def _case_numbers(case_ids: set[int]) -> dict[int, str]:
    if not case_ids:
        return {}
    return {c.id: c.nomor for c in Case.select(Case.id, Case.nomor).where(Case.id.in_(case_ids))}


# ----------------------------------------------------------------------------- actions
def _on_dik(item_id: int, day: date) -> DikEntry:
    """The item as the DIK of ``day`` shows it, or why it is not there."""
    for e in dik_entries(day, with_opened=True):
        if e.butir_id == item_id:
            if e.status == "dibuka kembali":
                opened = follow_ups().opened[item_id]
                raise ConflictError(
                    f"Butir ini sudah ditandai dibuka kembali pada {format_date(opened)}; "
                    "butir itu keluar dari DIK pada versi berikutnya."
                )
            return e
    if InfoItem.get_or_none(InfoItem.id == item_id) is None:
        raise NotFound("Butir informasi itu tidak ditemukan.")
    raise ConflictError(
        "Butir ini tidak ada di DIK: butir itu tidak dikecualikan oleh Surat Penetapan yang "
        "berlaku, atau sudah diuji ulang."
    )


def _follow_up(
    actor: Actor, item_id: int, kind: str, day: date, reason: str, new_case: int | None = None
) -> None:
    DikFollowUp.create(
        butir=item_id,
        jenis=kind,
        tanggal=day,
        alasan=reason,
        kasus_baru=new_case,
        pelaku=actor.name,
        peran=actor.role,
        pengguna=actor.username,
        created_at=now_utc(),
    )


def _day(today: object) -> date:
    from app import clock

    day = as_date(today, "tanggal", "Tanggal") or clock.today()
    if day > clock.today():
        raise ValidationError(
            FieldProblem("tanggal", f"Tanggal ({format_date(day)}) tidak boleh setelah hari ini.")
        )
    return day


def _urut(item_id: int) -> int:
    return InfoItem.get_by_id(item_id).urut


def mark_opened(actor: Actor, item_id: int, reason: str, today: date | None = None) -> ChangeSet:
    """Mark an item on the DIK opened (*dibuka kembali*) with the reason: it leaves the DIK
    at the next published version. ``ChangeSet.value``: the entry as it stood."""
    item_id = as_id(item_id, "butir", "Butir informasi")
    reason = required_reason(reason, "alasan", "Alasan dibuka kembali")
    with database.atomic():
        authorize(actor, Action.FOLLOW_UP_DIK)
        day = _day(today)
        entry = _on_dik(item_id, day)
        _follow_up(actor, item_id, OPENED, day, reason)
        history.record(
            EventKind.DIK_ITEM_OPENED,
            f"Butir {_urut(item_id)} dibuka kembali (keluar dari DIK pada versi berikutnya): "
            f"{reason}",
            actor,
            entry.kasus_id,
            {"butir": item_id, "tanggal": day.isoformat(), "alasan": reason},
        )
    return ChangeSet(case_id=entry.kasus_id, history=True, value=entry)


def record_review(actor: Actor, item_id: int, note: str, today: date | None = None) -> ChangeSet:
    """Record that the event ending an item's exemption has not happened yet (what was
    checked, in ``note``): its next review is due an interval from ``today``."""
    item_id = as_id(item_id, "butir", "Butir informasi")
    note = required_reason(note, "catatan", "Catatan peninjauan")
    with database.atomic():
        authorize(actor, Action.FOLLOW_UP_DIK)
        day = _day(today)
        entry = _on_dik(item_id, day)
        if InfoItem.get_by_id(item_id).jangka_jenis != "peristiwa":
            raise ConflictError(
                "Hanya jangka waktu sampai suatu peristiwa yang ditinjau; jangka waktu bertanggal "
                "diuji ulang atau dibuka sebelum tanggalnya."
            )
        _follow_up(actor, item_id, REVIEWED, day, note)
        history.record(
            EventKind.DIK_ITEM_REVIEWED,
            f"Jangka waktu butir {_urut(item_id)} ditinjau pada {format_date(day)}: {note}",
            actor,
            entry.kasus_id,
            {"butir": item_id, "tanggal": day.isoformat(), "catatan": note},
        )
    return ChangeSet(case_id=entry.kasus_id, history=True, value=entry)


RETEST_ITEM_COLUMNS = (
    "uraian",
    "dokumen_sumber",
    "dasar_hukum",
    "dasar_hukum_lain",
    "konsekuensi_dibuka",
    "konsekuensi_ditutup",
    "jangka_jenis",
    "jangka_tanggal",
    "jangka_peristiwa",
)


def retest_reference(entry: DikEntry) -> str:
    """What the re-test case's step 1 says of where it comes from."""
    return (
        f"Uji ulang butir DIK dari kasus {entry.kasus}: Surat Penetapan nomor "
        f"{entry.penetapan_nomor} tanggal {format_date(entry.penetapan_tanggal)}, jangka "
        f"waktu {entry.jangka_waktu} (UU 14/2008 Pasal 20)."
    )


def _retest_title(entry: DikEntry) -> str:
    first = entry.informasi.splitlines()[0] if entry.informasi else "butir DIK"
    title = f"Uji ulang: {first}"
    return title if len(title) <= 200 else title[:199].rstrip() + "…"


def _item_values(item_id: int, start: date) -> dict[str, Any]:
    """The step-1 columns of the item, as the re-test case's item: a period date already
    past is left empty (the re-test sets a new one)."""
    item = item_info(InfoItem.get_by_id(item_id)).values()
    values = {k: item[k] for k in RETEST_ITEM_COLUMNS}
    if values["jangka_tanggal"] is not None and values["jangka_tanggal"] < start:
        values["jangka_tanggal"] = None
    return rules.clean_item_values(values, current_sop().steps[0])


def start_retest(actor: Actor, item_id: int, today: date | None = None) -> ChangeSet:
    """Register a re-test case for an item on the DIK, starting today: its OPD, its one item
    a copy of this one, step 1's *catatan* naming the original case and penetapan. The
    new-case service checks the permission. Refused while an earlier re-test of the item
    is still running. ``ChangeSet.case``: the new case."""
    item_id = as_id(item_id, "butir", "Butir informasi")
    with database.atomic():
        day = _day(today)
        entry = _on_dik(item_id, day)
        running = follow_ups().retests.get(item_id)  # on the DIK: not decided yet
        if running is not None:
            raise ConflictError(
                f"Butir ini sedang diuji ulang dalam kasus {get_case(running).nomor}; "
                "selesaikan kasus itu terlebih dahulu."
            )
        old_case = get_case(entry.kasus_id)
        reference = retest_reference(entry)
        created = commands.create_case(
            actor,
            commands.NewCase(
                opd_id=old_case.opd_id,
                pemicu=Trigger.BEFORE_REQUEST.value,
                judul=_retest_title(entry),
                tanggal_mulai=day,
            ),
        )
        new_id = created.case_id
        assert new_id is not None
        values = _item_values(item_id, day)
        InfoItem.create(**records.new_item(new_id, 1, values))
        records.refresh_search_text([new_id])
        added = records.item_added(1, values)
        history.record(added.kind, added.summary, actor, new_id, added.detail)
        first = current_sop().steps[0]
        if "catatan" in first.fields:
            commands.save_step(actor, new_id, first.number, {"catatan": reference})
        new_case = get_case(new_id)
        _follow_up(actor, item_id, RETEST, day, reference, new_case=new_id)
        history.record(
            EventKind.DIK_RETEST_STARTED,
            f"Uji ulang butir {_urut(item_id)} dimulai: kasus {new_case.nomor}",
            actor,
            entry.kasus_id,
            {"butir": item_id, "kasus_baru": new_id, "nomor": new_case.nomor},
        )
    return ChangeSet(
        case_id=new_id,
        case_created=True,
        case_row=True,
        steps=True,
        items=True,
        history=True,
        other_cases=frozenset({entry.kasus_id}),
        case=new_case,
        record=created.record,
        value=entry,
    )
