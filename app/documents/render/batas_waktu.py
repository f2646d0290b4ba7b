"""Bukti Perhitungan Batas Waktu: for every step record of the case, how its due date was
counted — each counted working day numbered, each skipped day named (akhir pekan, libur
nasional, cuti bersama with the SKB behind it: the local change's reference, else the SKB the
office recorded for that year) — and, in words, the calendar it was computed with (what is
stored per step is ``WorkCalendar.basis``; ``basis_wording`` reads it)."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from app.cases.model import StepRecordInfo
from app.clock import today
from app.documents.render.blocks import case_identity, title_block
from app.documents.render.common import Ctx, date_text, esc
from app.documents.render.letterhead import kop
from app.documents.render.tables import grid_table, kv_table, split_widths
from app.states import StepStatus
from app.text import format_day_date, format_duration

if TYPE_CHECKING:
    from app.workdays import WorkCalendar

SKIPPED_FILL = "#f0f0f0"
STATUS = {
    StepStatus.RUNNING: "Sedang berjalan",
    StepStatus.DONE: "Selesai",
    StepStatus.SENT_BACK: "Dikembalikan",
}
RULE = (
    "Hari kerja adalah hari Senin sampai dengan Jumat, kecuali hari libur nasional dan cuti "
    "bersama yang ditetapkan dengan Surat Keputusan Bersama (SKB) Menteri Agama, Menteri "
    "Ketenagakerjaan dan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi. "
    "Hari ke-1 suatu tahap adalah hari kerja pertama sesudah tanggal mulai tahap."
)


def _status(rec: StepRecordInfo, calendar: WorkCalendar) -> str:
    text = STATUS.get(rec.status, rec.status)
    if rec.status == StepStatus.RUNNING or not rec.tanggal_selesai:
        return text
    text += f" pada {date_text(rec.tanggal_selesai)}"
    if rec.tanggal_selesai > rec.batas_waktu:
        late = 0
        day = rec.batas_waktu
        while day < rec.tanggal_selesai:
            day = calendar.add_working_days(day, 1)
            if day <= rec.tanggal_selesai:
                late += 1
        text += f", terlambat {format_duration(late)}" if late else ", tepat waktu"
    else:
        text += ", tepat waktu"
    return text


def _years(start: date, end: date) -> range:
    return range(start.year, max(start, end).year + 1)


def _step_section(ctx: Ctx, rec: StepRecordInfo, calendar: WorkCalendar) -> list[Flowable]:
    from app.workdays import DAY_KIND_LABEL, DayKind  # (see build)

    st = ctx.styles
    sop = ctx.detail.sop
    try:
        step = sop.step(rec.tahap)
        title, actor = step.title, sop.role_name(step.actor)
    except KeyError:
        title, actor = "", ""
    heading = f"Tahap {rec.tahap}. {title}"
    if rec.putaran > 1:
        heading += f" (putaran {rec.putaran})"
    explanation = calendar.explain(rec.tanggal_mulai, rec.hari_kerja)
    years = _years(rec.tanggal_mulai, max(rec.batas_waktu, explanation.due))
    out: list[Flowable] = [CondPageBreak(60 * mm), Paragraph(esc(heading), st.heading)]
    rows = [
        ("Pelaksana", esc(actor)),
        ("Mulai", esc(format_day_date(rec.tanggal_mulai))),
        ("Waktu", esc(format_duration(rec.hari_kerja))),
        ("Batas waktu", f"<b>{esc(format_day_date(rec.batas_waktu))}</b>"),
        ("Status", esc(_status(rec, calendar))),
        ("Dasar kalender", esc(calendar.basis_wording(rec.dasar_kalender, years))),
    ]
    if rec.selesai_oleh:
        rows.insert(5, ("Diselesaikan oleh", esc(rec.selesai_oleh)))
    out.append(kv_table(rows, st, ctx.width, label_width=38 * mm, style=st.cell))
    out.append(Spacer(1, 2 * mm))
    data: list[list] = [[Paragraph(t, st.cell_head) for t in ("NO", "TANGGAL", "KETERANGAN")]]
    shade: list[tuple] = []
    for d in explanation.days:
        if d.counted is not None:
            no, note = str(d.counted), f"Hari kerja ke-{d.counted}"
            if d.day == explanation.due:
                note += " (batas waktu)"
        else:
            no, note = "—", d.skipped.label if d.skipped else ""
            shade.append(("BACKGROUND", (0, len(data)), (-1, len(data)), SKIPPED_FILL))
        data.append(
            [
                Paragraph(no, st.cell_center),
                Paragraph(esc(format_day_date(d.day)), st.cell),
                Paragraph(esc(note), st.cell),
            ]
        )
    widths = split_widths(ctx.width, 12 * mm, (0.32, 0.68))
    out.append(
        grid_table(
            data,
            widths,
            max_height=ctx.page.frame_height,
            extra_style=shade
            + [("TOPPADDING", (0, 1), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 1), (-1, -1), 1.5)],
        )
    )
    out.append(Spacer(1, 2 * mm))
    kinds = Counter(d.skipped.kind for d in explanation.days if d.skipped)
    skipped = ", ".join(f"{DAY_KIND_LABEL[k].lower()} {kinds[k]}" for k in DayKind if kinds[k])
    summary = (
        f"{format_duration(rec.hari_kerja)} dihitung dari {date_text(rec.tanggal_mulai)}; "
        f"{len(explanation.days) - explanation.working_days} hari dilewati"
        + (f" ({skipped})" if skipped else "")
        + f"; batas waktu {date_text(explanation.due)}."
    )
    out.append(Paragraph(esc(summary), st.body_left))
    if explanation.due != rec.batas_waktu:
        out.append(
            Paragraph(
                f"Catatan: batas waktu tersimpan {esc(date_text(rec.batas_waktu))} dihitung dengan "
                "kalender yang berlaku saat itu (tahap sudah tidak berjalan, sehingga batas "
                "waktunya tidak dihitung ulang); kalender saat ini menghasilkan "
                f"{esc(date_text(explanation.due))}.",
                st.body_left,
            )
        )
    return out


def build(ctx: Ctx) -> list[Flowable]:
    st = ctx.styles
    # Imported here: the working-day calendar loads the holidays package (its country data),
    # which no other document needs.
    from app.calendar_service import current_calendar

    calendar = current_calendar()
    story: list[Flowable] = []
    story += kop(ctx.width, ctx.kop)
    story += title_block(
        ctx, "BUKTI PERHITUNGAN BATAS WAKTU", ["UJI KONSEKUENSI INFORMASI PUBLIK"], numbered=False
    )
    story.append(case_identity(ctx, [("Tanggal dokumen", esc(date_text(ctx.dated)))]))
    story.append(Spacer(1, 3 * mm))
    story.append(Paragraph(esc(RULE), st.body))
    steps = ctx.detail.steps
    years = (
        _years(min(r.tanggal_mulai for r in steps), max(r.batas_waktu for r in steps))
        if steps
        else range(today().year, today().year + 1)
    )
    current = calendar.basis_wording(calendar.basis, years)
    story.append(Paragraph(f"{esc(current)} (keadaan saat dokumen ini dibuat).", st.body))
    for rec in ctx.detail.steps:
        story += _step_section(ctx, rec, calendar)
    return story
