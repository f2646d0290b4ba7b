"""Laporan hasil identifikasi (PPID Pembantu, step 1) and laporan hasil uji (PPID Utama,
step 2)."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from app.documents.render.blocks import (
    Joined,
    Seam,
    case_identity,
    items_summary,
    steps_dates,
    table_heading,
    title_block,
)
from app.documents.render.common import (
    Ctx,
    count_text,
    date_text,
    esc,
    ppid_pembantu,
    ppid_utama,
)
from app.documents.render.letterhead import kop
from app.documents.render.signature import signature_block, signer_from
from app.documents.render.tables import report_items_table

CLOSING = "Demikian laporan ini dibuat untuk dipergunakan sebagaimana mestinya."


def _place_date(ctx: Ctx) -> str:
    return f"{esc(ctx.tempat)}, {esc(date_text(ctx.dated))}"


def _note(ctx: Ctx) -> list[Flowable]:
    note = ctx.text("catatan") if ctx.has_field("catatan") else ""
    if not note:
        return []
    return [Paragraph(f"Catatan: {esc(note)}", ctx.styles.body)]


def build_identifikasi(ctx: Ctx) -> list[Flowable]:
    st, case = ctx.styles, ctx.case
    opd = case.opd.nama
    story: list[Flowable] = kop(ctx.width, ctx.kop)
    story += title_block(
        ctx,
        "LAPORAN HASIL IDENTIFIKASI",
        ["INFORMASI PUBLIK YANG DIUSULKAN UNTUK DIKECUALIKAN", f"PPID PEMBANTU {opd.upper()}"],
    )
    story.append(
        Paragraph(
            "Berdasarkan Pasal 19 Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi "
            "Publik dan Pasal 4 Peraturan Komisi Informasi Nomor 1 Tahun 2017 tentang "
            f"Pengklasifikasian Informasi Publik, PPID Pembantu {esc(opd)} telah mengidentifikasi "
            "informasi publik yang diduga termasuk informasi yang dikecualikan, dengan keterangan "
            "sebagai berikut:",
            st.body,
        )
    )
    story.append(Paragraph("A. Identitas", st.heading))
    story.append(case_identity(ctx, steps_dates(ctx)))
    start = len(story)  # from the table to the signature: see _signed
    story += table_heading(
        ctx,
        "B. Hasil identifikasi",
        report_items_table(ctx.items, st, ctx.width, ctx.page.frame_height, conclusion=False),
    )
    story.append(Seam())
    story.append(Paragraph("", st.body))
    story.append(items_summary(ctx, conclusion=False))
    story.append(Paragraph("C. Usulan", st.heading))
    story.append(
        Paragraph(
            f"Butir informasi sebanyak {count_text(len(ctx.items))} tersebut diusulkan kepada "
            "PPID Utama untuk dilakukan uji konsekuensi sebelum ditetapkan sebagai informasi yang "
            "dikecualikan.",
            st.body,
        )
    )
    story += _note(ctx)
    signer = signer_from(ppid_pembantu(ctx), f"PPID Pembantu {opd}")
    story.append(
        signature_block(
            signer,
            st,
            keep=[Paragraph(CLOSING, st.body)],
            lead=[_place_date(ctx)],
        )
    )
    return _signed(story, start)


def _signed(story: list[Flowable], start: int) -> list[Flowable]:
    """No page break between the items table and the signature: the signature's page
    carries the table's last rows or the last paragraphs (``Joined``)."""
    return [*story[:start], Joined(story[start:])]


def build_uji(ctx: Ctx) -> list[Flowable]:
    st, case = ctx.styles, ctx.case
    opd = case.opd.nama
    rapat = ctx.date("tanggal_rapat")
    tempat = ctx.text("tempat_rapat")
    attended = ctx.attended
    story: list[Flowable] = kop(ctx.width, ctx.kop)
    story += title_block(
        ctx,
        "LAPORAN HASIL UJI KONSEKUENSI",
        [f"INFORMASI PUBLIK PADA {opd.upper()}", "OLEH PPID UTAMA"],
    )
    story.append(
        Paragraph(
            "PPID Utama telah melaksanakan uji konsekuensi atas informasi publik yang diusulkan "
            f"oleh PPID Pembantu {esc(opd)} dalam rapat uji konsekuensi pada "
            f"{esc(date_text(rapat))} bertempat di {esc(tempat or '……………')}, dengan hasil "
            "sebagai berikut:",
            st.body,
        )
    )
    story.append(Paragraph("A. Identitas", st.heading))
    story.append(
        case_identity(
            ctx,
            [
                *steps_dates(ctx),
                ("Rapat uji konsekuensi", f"{esc(date_text(rapat))}, {esc(tempat or '……………')}"),
                ("Peserta hadir", f"{count_text(len(attended))} orang"),
            ],
        )
    )
    start = len(story)
    story += table_heading(
        ctx,
        "B. Hasil uji konsekuensi",
        report_items_table(ctx.items, st, ctx.width, ctx.page.frame_height, conclusion=True),
    )
    story.append(Seam())
    story.append(Paragraph("", st.body))
    story.append(items_summary(ctx, conclusion=True))
    story.append(Paragraph("C. Tindak lanjut", st.heading))
    story.append(
        Paragraph(
            "Hasil uji konsekuensi ini disampaikan kepada Tim Pertimbangan untuk diberikan "
            "pertimbangan tertulis, dan selanjutnya menjadi dasar penyusunan Surat Penetapan "
            "Klasifikasi Informasi yang Dikecualikan.",
            st.body,
        )
    )
    story += _note(ctx)
    signer = signer_from(ppid_utama(ctx), "PPID Utama")
    story.append(
        signature_block(
            signer,
            st,
            keep=[Paragraph(CLOSING, st.body)],
            lead=[_place_date(ctx)],
        )
    )
    return _signed(story, start)
