"""Small building blocks shared by the documents: the title with its number, what a
correction replaces, the identity of the case, the summary of the items."""

from __future__ import annotations

from collections import Counter

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table

from app.documents.render.common import Ctx, count_text, date_text, esc
from app.documents.render.tables import kv_table
from app.states import StepStatus


def title_block(
    ctx: Ctx,
    title: str,
    subtitles: list[str] | tuple = (),
    numbered: bool = True,
    label: str = "NOMOR",
) -> list[Flowable]:
    st = ctx.styles
    out: list[Flowable] = [Paragraph(esc(title), st.title)]
    out += [Paragraph(esc(s), st.subtitle) for s in subtitles]
    if numbered:
        out.append(Paragraph(f"{label}: {esc(ctx.nomor)}", st.nomor))
    else:
        out.append(Spacer(1, 4 * mm))
    return out + replaces_note(ctx)


def replaces_note(ctx: Ctx, centred: bool = True) -> list[Flowable]:
    """Under the title and number of a correction (a finalised version after the first):
    "Menggantikan <title> Nomor <nomor> tanggal <date> (versi N)" and "Alasan koreksi: …",
    so that the paper itself says what it replaces. ``ctx.finals`` holds, at render time,
    the newest finalised version of each kind: the one this correction replaces. Nothing for
    a first version or a draft. ``centred``: under a centred title (else left, under a
    letter's head)."""
    stamp = ctx.stamp
    if stamp is None or stamp.versi <= 1:
        return []
    old = ctx.finals.get(ctx.spec.kind)
    if old is not None and old.versi < stamp.versi:
        nomor = f" Nomor {esc(old.nomor)}" if old.nomor else ""
        what = f"{esc(old.title)}{nomor} tanggal {esc(date_text(old.tanggal))} (versi {old.versi})"
    else:  # not expected: a correction is rendered while the version it replaces is stored
        what = f"{esc(ctx.spec.title)} versi {stamp.versi - 1}"
    style = ctx.styles.nomor.clone(
        "replaces", fontSize=9.5, leading=12, spaceAfter=2, alignment=1 if centred else 0
    )
    out: list[Flowable] = [Paragraph(f"Menggantikan {what}", style)]
    if stamp.alasan:
        out.append(Paragraph(f"Alasan koreksi: {esc(stamp.alasan)}", style))
    out.append(Spacer(1, 3 * mm))
    return out


def lead_into(
    ctx: Ctx, head: list[Flowable], table: Table, header_rows: int | None = None
) -> list[Flowable]:
    """``head`` (a heading, an opening sentence) followed by ``table``: both move to the next
    page when the head, the table header and the first row do not fit on this one. (A plain
    keep-with-next would push a table shorter than a page to the next page whole.)"""
    width = ctx.width
    need = 0.0
    for f in head:
        need += f.wrap(width, ctx.page.frame_height)[1] + f.getSpaceBefore() + f.getSpaceAfter()
    table.wrap(width, ctx.page.frame_height)
    header = table.repeatRows if header_rows is None else header_rows
    # No public accessor in ReportLab: wrap() sets this, and the stubs leave private names out.
    heights: list[float] = table._rowHeights  # type: ignore[attr-defined]
    first_row = heights[header] if len(heights) > header else 0
    need += sum(heights[:header])
    if need + first_row < ctx.page.frame_height:
        need += first_row
    else:  # a row taller than a page splits anyway: only ask for a few lines of it
        need += 30 * mm
    return [CondPageBreak(need + 2), *head, table]


def table_heading(ctx: Ctx, text: str, table: Table) -> list[Flowable]:
    return lead_into(ctx, [Paragraph(text, ctx.styles.heading_free)], table)


def case_identity(ctx: Ctx, extra: list[tuple[str, str]] | tuple = ()) -> Flowable:
    """Nomor register, perangkat daerah, judul, pemicu and the case's dates."""
    case = ctx.case
    rows = [
        ("Nomor register", esc(case.nomor)),
        ("Perangkat daerah", esc(case.opd.nama)),
        ("Judul", esc(case.judul)),
        ("Pemicu uji konsekuensi", esc(case.trigger_text)),
        ("Tanggal mulai", esc(date_text(case.tanggal_mulai))),
        *extra,
    ]
    return kv_table(rows, ctx.styles, ctx.width)


def step_dates(ctx: Ctx, step_no: int) -> tuple[str, str]:
    """("Tahap 2", "Rapat …: mulai 2 Maret 2026, batas waktu …, selesai …") for the
    identity."""
    rec = ctx.detail.latest_record(step_no)
    if rec is None:
        return (f"Tahap {step_no}", "belum dimulai")
    text = f"mulai {date_text(rec.tanggal_mulai)}, batas waktu {date_text(rec.batas_waktu)}"
    if rec.tanggal_selesai and rec.status == StepStatus.DONE:
        text += f", selesai {date_text(rec.tanggal_selesai)}"
    elif rec.status == StepStatus.RUNNING:
        text += ", sedang berjalan"
    step = ctx.detail.sop.step(step_no)
    return (f"Tahap {step_no}", esc(f"{step.title}: {text}"))


def steps_dates(ctx: Ctx) -> list[tuple[str, str]]:
    """The dates of every step up to the document's own."""
    return [step_dates(ctx, s.number) for s in ctx.steps_through_own()]


def items_summary(ctx: Ctx, conclusion: bool) -> Paragraph:
    items = ctx.items
    text = f"Jumlah butir informasi: {count_text(len(items))}"
    if conclusion and items:
        counts = Counter(i.kesimpulan or "" for i in items)
        parts = [
            f"dikecualikan seluruhnya {count_text(counts['seluruhnya'])}",
            f"dikecualikan sebagian {count_text(counts['sebagian'])}",
            f"terbuka {count_text(counts['terbuka'])}",
        ]
        if counts[""]:
            parts.append(f"belum diuji {count_text(counts[''])}")
        text += "; " + ", ".join(parts)
    return Paragraph(esc(text) + ".", ctx.styles.body)
