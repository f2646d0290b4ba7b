"""Berita Acara / Lembar Pengujian Konsekuensi: at PPID Pembantu level (step 1) and the
Berita Acara Hasil Uji Konsekuensi of the PPID Utama's meeting (step 2), signed by everyone
who attended."""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable, Paragraph

from app.documents.blocks import items_summary, lead_into, table_heading, title_block
from app.documents.common import Ctx, esc, ppid_pembantu
from app.documents.letterhead import kop
from app.documents.signature import sign_rows, signature_block, signature_table, signer_from
from app.documents.tables import ba_items_table
from app.text import date_in_words

CLOSING = ("Demikian Berita Acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana "
           "mestinya.")
BLANK_DAY = "…………… tanggal …………… bulan …………… tahun ……………"


def opening(ctx: Ctx, day: date | None, place: str) -> Paragraph:
    when = date_in_words(day) if day else BLANK_DAY
    return Paragraph(
        f"Pada hari ini {esc(when)} bertempat di {esc(place or '……………')} telah dilakukan "
        "Pengujian Konsekuensi terhadap Informasi Publik sebagaimana tersebut pada tabel di "
        "bawah ini:", ctx.styles.body)


def build_pembantu(ctx: Ctx) -> list[Flowable]:
    st, opd = ctx.styles, ctx.case.opd.nama
    rec = ctx.record(1)
    day = (rec.tanggal_selesai if rec and rec.status == "selesai" else None) or \
        (ctx.stamp.tanggal if ctx.stamp else None)
    story: list[Flowable] = kop(ctx.width)
    story += title_block(ctx, "BERITA ACARA", [
        "UJI KONSEKUENSI INFORMASI PUBLIK", f"TINGKAT PPID PEMBANTU {opd.upper()}"])
    story += lead_into(ctx, [opening(ctx, day, ctx.tempat)], ba_items_table(
        ctx.items, st, ctx.width, ctx.page.frame_height, conclusion=False))
    story.append(Paragraph("", st.body))
    story.append(items_summary(ctx, conclusion=False))
    story.append(Paragraph(
        f"Informasi tersebut diusulkan oleh PPID Pembantu {esc(opd)} kepada PPID Utama untuk "
        "diuji dalam rapat uji konsekuensi.", st.body))
    signer = signer_from(ppid_pembantu(ctx), f"PPID Pembantu {opd}")
    story.append(signature_block(signer, st, keep=[Paragraph(CLOSING, st.body)],
                                 lead=[f"PPID Pembantu {esc(opd)}"]))
    return story


def build_uji(ctx: Ctx) -> list[Flowable]:
    st, opd = ctx.styles, ctx.case.opd.nama
    story: list[Flowable] = kop(ctx.width)
    story += title_block(ctx, "BERITA ACARA", [
        "HASIL UJI KONSEKUENSI INFORMASI PUBLIK", f"PADA {opd.upper()}"])
    story += lead_into(ctx, [opening(ctx, ctx.data_date(2, "tanggal_rapat"),
                                     ctx.data(2).get("tempat_rapat") or "")],
                       ba_items_table(ctx.items, st, ctx.width, ctx.page.frame_height,
                                      conclusion=True))
    story.append(Paragraph("", st.body))
    story.append(items_summary(ctx, conclusion=True))
    story.append(Paragraph(CLOSING, st.body))
    attended = [p.official for p in ctx.detail.participants.get(2, []) if p.hadir]
    story += table_heading(ctx, "Peserta rapat uji konsekuensi yang hadir:",
                           signature_table(sign_rows(attended), st, ctx.width))
    return story
