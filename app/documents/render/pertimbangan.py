"""Lembar Pertimbangan of the Tim Pertimbangan: its written consideration,
classification and form of each item, signed by the active members of the Tim."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from app.documents.render.blocks import Joined, table_heading, title_block
from app.documents.render.common import Ctx, date_text, esc, tim_pertimbangan
from app.documents.render.letterhead import kop
from app.documents.render.signature import sign_rows, signature_table
from app.documents.render.tables import pertimbangan_table


def build(ctx: Ctx) -> list[Flowable]:
    st, case = ctx.styles, ctx.case
    opd = case.opd.nama
    story: list[Flowable] = kop(ctx.width, ctx.kop)
    story += title_block(
        ctx,
        "LEMBAR PERTIMBANGAN",
        [
            "TIM PERTIMBANGAN PELAYANAN INFORMASI",
            "ATAS HASIL UJI KONSEKUENSI INFORMASI PUBLIK",
            f"PADA {opd.upper()}",
        ],
    )
    # The opening, the table and the signatures: no page break between them, and no Seam
    # after the table either (only the closing would then stand with the signatures).
    start = len(story)
    story.append(
        Paragraph(
            "Berdasarkan hasil uji konsekuensi PPID Utama atas informasi publik pada "
            f"{esc(opd)} (nomor register {esc(case.nomor)}: {esc(case.judul)}), Tim Pertimbangan "
            "memberikan pertimbangan tertulis atas setiap butir informasi berdasarkan objek dan "
            "subjek informasinya sebagai berikut:",
            st.body,
        )
    )
    story.append(pertimbangan_table(ctx.items, st, ctx.width, ctx.page.frame_height))
    story.append(Paragraph("", st.body))
    note = ctx.text("catatan") if ctx.has_field("catatan") else ""
    if note:
        story.append(Paragraph(f"Catatan: {esc(note)}", st.body))
    story.append(
        Paragraph(
            "Demikian pertimbangan ini disampaikan sebagai bahan penetapan klasifikasi informasi "
            "yang dikecualikan.",
            st.body,
        )
    )
    story.append(Paragraph(f"{esc(ctx.tempat)}, {esc(date_text(ctx.dated))}", st.body_right))
    story += table_heading(
        ctx,
        "Tim Pertimbangan Pelayanan Informasi:",
        signature_table(sign_rows(tim_pertimbangan()), st, ctx.width, ctx.page.frame_height),
    )
    return [*story[:start], Joined(story[start:])]
