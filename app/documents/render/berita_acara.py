"""Berita Acara / Lembar Pengujian Konsekuensi: at PPID Pembantu level and the Berita Acara
Hasil Uji Konsekuensi of the PPID Utama's meeting, signed by everyone who attended.

Each opens with the day and place of its step's meeting (fields ``tanggal_rapat`` and
``tempat_rapat``). A step without those fields (the first SOP's step 1) dates its BA by the day
the step was completed, at the office's place."""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable, Paragraph

from app.documents.render.blocks import (
    Joined,
    Seam,
    items_summary,
    lead_into,
    table_heading,
    title_block,
)
from app.documents.render.common import Ctx, esc, ppid_pembantu
from app.documents.render.letterhead import kop
from app.documents.render.signature import sign_rows, signature_block, signature_table, signer_from
from app.documents.render.tables import ba_items_table
from app.text import date_in_words

CLOSING = (
    "Demikian Berita Acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya."
)
BLANK_DAY = "…………… tanggal …………… bulan …………… tahun ……………"


def opening(ctx: Ctx, day: date | None, place: str) -> Paragraph:
    when = date_in_words(day) if day else BLANK_DAY
    return Paragraph(
        f"Pada hari ini {esc(when)} bertempat di {esc(place or '……………')} telah dilakukan "
        "Pengujian Konsekuensi terhadap Informasi Publik sebagaimana tersebut pada tabel di "
        "bawah ini:",
        ctx.styles.body,
    )


def meeting(ctx: Ctx) -> tuple[date | None, str]:
    """The day and place the BA records."""
    if ctx.has_field("tanggal_rapat"):
        return ctx.date("tanggal_rapat"), ctx.text("tempat_rapat")
    return ctx.dated, ctx.tempat  # the day the step was completed (app.documents.dating)


def attendance(ctx: Ctx) -> list[Flowable]:
    """The signatures of those who attended, where the step records a meeting."""
    step = ctx.own_step
    if step is None or not step.participants:
        return []
    return table_heading(
        ctx,
        "Peserta rapat uji konsekuensi yang hadir:",
        signature_table(sign_rows(ctx.attended), ctx.styles, ctx.width, ctx.page.frame_height),
    )


def build_pembantu(ctx: Ctx) -> list[Flowable]:
    st, opd = ctx.styles, ctx.case.opd.nama
    day, place = meeting(ctx)
    story: list[Flowable] = kop(ctx.width, ctx.kop)
    story += title_block(
        ctx,
        "BERITA ACARA",
        ["UJI KONSEKUENSI INFORMASI PUBLIK", f"TINGKAT PPID PEMBANTU {opd.upper()}"],
    )
    start = len(story)  # from the opening to the last signature: see _signed
    story += lead_into(
        ctx,
        [opening(ctx, day, place)],
        ba_items_table(ctx.items, st, ctx.width, ctx.page.frame_height, conclusion=False),
    )
    story.append(Seam())
    story.append(Paragraph("", st.body))
    story.append(items_summary(ctx, conclusion=False))
    story.append(
        Paragraph(
            f"Informasi tersebut diusulkan oleh PPID Pembantu {esc(opd)} kepada PPID Utama untuk "
            "diuji dalam rapat uji konsekuensi.",
            st.body,
        )
    )
    signer = signer_from(ppid_pembantu(ctx), f"PPID Pembantu {opd}")
    story.append(
        signature_block(
            signer, st, keep=[Paragraph(CLOSING, st.body)], lead=[f"PPID Pembantu {esc(opd)}"]
        )
    )
    story += attendance(ctx)
    return _signed(story, start)


def _signed(story: list[Flowable], start: int) -> list[Flowable]:
    """No page break between the items table and the signatures after it: the last page
    carries the table's last rows with the closing and the signatures (``Joined``)."""
    return [*story[:start], Joined(story[start:])]


def build_uji(ctx: Ctx) -> list[Flowable]:
    st, opd = ctx.styles, ctx.case.opd.nama
    story: list[Flowable] = kop(ctx.width, ctx.kop)
    story += title_block(
        ctx, "BERITA ACARA", ["HASIL UJI KONSEKUENSI INFORMASI PUBLIK", f"PADA {opd.upper()}"]
    )
    day, place = meeting(ctx)
    start = len(story)
    story += lead_into(
        ctx,
        [opening(ctx, day, place)],
        ba_items_table(ctx.items, st, ctx.width, ctx.page.frame_height, conclusion=True),
    )
    story.append(Seam())
    story.append(Paragraph("", st.body))
    story.append(items_summary(ctx, conclusion=True))
    story.append(Paragraph(CLOSING, st.body))
    story += attendance(ctx)
    return _signed(story, start)
