"""A case's timeline: one row per SOP step with its latest record or, for a step not started
yet, the due date it would get if every earlier step took its full time; the line that says
where the case stands; and how a step's due date was counted."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.cases.listing import STATUS_LABELS, DeadlineStatus, Thresholds
from app.cases.model import CaseDetail, StepRecordInfo
from app.permissions import role_name
from app.phrases import Phrase, duration, joined, label, phrase
from app.sop import Step
from app.states import StepStatus
from app.workdays import WorkCalendar


class Tone(StrEnum):
    """How a row is coloured: the deadline statuses, plus returned and not started."""

    OVERDUE = DeadlineStatus.OVERDUE.value
    DUE_SOON = DeadlineStatus.DUE_SOON.value
    ON_TIME = DeadlineStatus.ON_TIME.value
    FINISHED = DeadlineStatus.FINISHED.value
    RETURNED = "dikembalikan"
    NOT_STARTED = "belum_mulai"


@dataclass(frozen=True)
class SendBack:
    """A step sent back: who returned it, when, why, and to which step."""

    from_step: Step
    to_step: int
    by: str  # the name recorded for the one who returned it
    role: str
    on: date
    reason: str

    @property
    def who(self) -> str:
        role = label(role_name(self.role))
        return phrase("{nama} ({peran})", nama=self.by, peran=role) if self.by else role

    def banner(self) -> Phrase:
        """The sentence on the returned step's form."""
        return phrase(
            "Tahap ini dikembalikan dari tahap {tahap} ({judul}) oleh {oleh} pada {tanggal}. "
            "Alasan: {alasan}",
            tahap=self.from_step.number,
            judul=label(self.from_step.title),
            oleh=self.who,
            tanggal=self.on,
            alasan=self.reason,
        )

    def note(self) -> Phrase:
        """The sentence on the returning step's row of the timeline."""
        return phrase(
            "Dikembalikan ke tahap {tahap} oleh {oleh} pada {tanggal}. Alasan: {alasan}",
            tahap=self.to_step,
            oleh=self.who,
            tanggal=self.on,
            alasan=self.reason,
        )


def _send_back(detail: CaseDetail, rec: StepRecordInfo) -> SendBack | None:
    """``rec`` as a send-back (None if it was not returned)."""
    if rec.status != StepStatus.SENT_BACK:
        return None
    step = detail.sop.step(rec.tahap)
    return SendBack(
        from_step=step,
        to_step=step.send_back_to or rec.tahap,
        by=rec.selesai_oleh,
        role=rec.selesai_peran,
        on=rec.tanggal_selesai or rec.tanggal_mulai,
        reason=rec.alasan_kembali,
    )


def returned_by(detail: CaseDetail, rec: StepRecordInfo | None = None) -> SendBack | None:
    """The send-back that started ``rec`` (default: the running step) again, or None when it
    started in the ordinary way. It is the record written just before it: a later step of
    the case, returned to this one."""
    rec = rec if rec is not None else detail.current
    if rec is None:
        return None
    earlier = [r for r in detail.steps if r.id < rec.id]
    if not earlier:
        return None
    back = _send_back(detail, max(earlier, key=lambda r: r.id))
    return back if back is not None and back.to_step == rec.tahap else None


@dataclass(frozen=True)
class TimelineRow:
    step: Step
    record: StepRecordInfo | None
    status: str  # in words (a phrase: the window says it in its language)
    tone: Tone
    projected_due: date | None  # for a step not started yet
    note: str = ""  # a send-back: who, when and why (the row's tooltip)

    @property
    def completed_by(self) -> str:
        rec = self.record
        if rec is None or not rec.selesai_peran:
            return ""
        return rec.selesai_oleh or role_name(rec.selesai_peran)


def timeline_rows(
    detail: CaseDetail,
    thresholds: Thresholds,
    calendar: WorkCalendar,
    signed: set[int] | frozenset[int] = frozenset(),
) -> list[TimelineRow]:
    """One row per SOP step. ``signed``: steps with a scan of a signed copy."""
    rows: list[TimelineRow] = []
    projected_start: date | None = None
    current = detail.current
    for step in detail.sop.steps:
        rec = detail.latest_record(step.number)
        if rec is not None and (current is None or rec.id <= current.id):
            note: str = ""
            status: str
            if rec.status == StepStatus.RUNNING:
                deadline = thresholds.status_of(False, rec.batas_waktu)
                back = returned_by(detail, rec)
                running: str = label("Berjalan")
                if back is not None:
                    running = phrase(
                        "Berjalan lagi (dikembalikan dari tahap {tahap})",
                        tahap=back.from_step.number,
                    )
                status = phrase(
                    "{keadaan} — {tenggat}",
                    keadaan=running,
                    tenggat=label(STATUS_LABELS[deadline], lower=True),
                )
                tone = Tone(deadline)
                note = back.banner() if back else ""
                projected_start = rec.batas_waktu
            elif rec.status == StepStatus.DONE:
                status = label("Selesai, terlambat") if rec.late else label("Selesai")
                tone = Tone.FINISHED
                projected_start = rec.tanggal_selesai
            else:
                back = _send_back(detail, rec)
                assert back is not None
                status = phrase("Dikembalikan ke tahap {tahap}", tahap=back.to_step)
                tone = Tone.RETURNED
                note = back.note()
            if step.number in signed:
                status = phrase("{keadaan} · ditandatangani", keadaan=status)
            rows.append(TimelineRow(step, rec, status, tone, None, note))
        else:
            due = None
            if projected_start is not None:
                due = calendar.add_working_days(projected_start, step.working_days)
                projected_start = due
            rows.append(TimelineRow(step, None, label("Belum mulai"), Tone.NOT_STARTED, due))
    return rows


def deadline_line(
    detail: CaseDetail, thresholds: Thresholds, calendar: WorkCalendar
) -> tuple[str, Tone]:
    """Where the case stands, in one line (a phrase), and how to colour it."""
    current = detail.current
    if current is None:
        return phrase("Selesai pada {tanggal}", tanggal=detail.case.tanggal_selesai), Tone.FINISHED
    status = thresholds.status_of(False, current.batas_waktu)
    left = calendar.working_days_until(thresholds.today, current.batas_waktu)
    left_text: str = (
        phrase("terlambat {hari} hari kerja", hari=-left, plural="hari")
        if left < 0
        else label("jatuh tempo hari ini")
        if left == 0
        else phrase("sisa {hari} hari kerja", hari=left, plural="hari")
    )
    step = detail.sop.step(current.tahap)
    from app.exchange.office import step_elsewhere_reason

    if step_elsewhere_reason(step.number, step.actor):
        # An OPD install: the step runs at the PPID Utama, which restarts it the day the
        # packet arrives; this copy's date counts from the day the case was sent on.
        return phrase(
            "Tahap {tahap} dari {jumlah}: {judul} — dikerjakan di kantor PPID Utama; batas "
            "waktu menurut salinan di sini {batas}, {sisa}",
            tahap=step.number,
            jumlah=len(detail.sop.steps),
            judul=label(step.title),
            batas=current.batas_waktu,
            sisa=left_text,
        ), Tone(status)
    return phrase(
        "Tahap {tahap} dari {jumlah}: {judul} ({peran}) — batas waktu {batas}, {sisa}",
        tahap=step.number,
        jumlah=len(detail.sop.steps),
        judul=label(step.title),
        peran=label(role_name(step.actor)),
        batas=current.batas_waktu,
        sisa=left_text,
    ), Tone(status)


def deadline_explanation(row: TimelineRow, calendar: WorkCalendar) -> str:
    """Every counted working day numbered and every skipped day named, for one step (a
    phrase: lines joined)."""
    if row.record is None:
        return phrase(
            "Tahap {tahap} belum dimulai. Batas waktunya dihitung {lama} sejak tahap "
            "sebelumnya selesai.",
            tahap=row.step.number,
            lama=duration(row.step.working_days),
        )
    rec = row.record
    explanation = calendar.explain(rec.tanggal_mulai, rec.hari_kerja)
    years = range(rec.tanggal_mulai.year, max(rec.batas_waktu, explanation.due).year + 1)
    lines: list[str] = [
        phrase("Tahap {tahap}: {judul}", tahap=row.step.number, judul=label(row.step.title)),
        explanation.as_text(),
        "",
        phrase(
            "Dasar kalender: {dasar}.",
            dasar=calendar.basis_wording(rec.dasar_kalender, years),
        ),
    ]
    if explanation.due != rec.batas_waktu:
        lines.append(
            phrase(
                "Catatan: batas waktu tersimpan {tanggal} dihitung dengan kalender lama "
                "(tahap sudah tidak berjalan).",
                tanggal=rec.batas_waktu,
            )
        )
    return joined(lines, "\n")


def next_step_text(detail: CaseDetail, calendar: WorkCalendar, on: date) -> str:
    """What completing the running step on ``on`` starts, for the confirmation."""
    step = detail.current_step
    nxt = detail.sop.next_step(step.number) if step is not None else None
    if nxt is None:
        return label("Kasus akan dinyatakan selesai.")
    due = calendar.add_working_days(on, nxt.working_days)
    return phrase(
        "Tahap {tahap} ({judul}) dimulai hari ini untuk {peran}, batas waktu {batas}.",
        tahap=nxt.number,
        judul=label(nxt.title),
        peran=label(role_name(nxt.actor)),
        batas=due,
    )
