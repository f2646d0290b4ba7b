"""Surat pemberitahuan (surat dinas): the PPID Utama tells the PPID Pembantu the result
of the penetapan and asks it to update and publish its Daftar Informasi yang Dikecualikan."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.documents.render.blocks import Joined, replaces_note
from app.documents.render.common import (
    Ctx,
    atasan_ppid,
    count_text,
    date_text,
    esc,
    exempt_items,
    head_of,
    ppid_utama,
)
from app.documents.render.letterhead import kop
from app.documents.render.penetapan import current_form
from app.documents.render.signature import signature_block, signer_from

HAL = "Penyampaian Hasil Penetapan Klasifikasi Informasi yang Dikecualikan"
FORM_NAMES = {
    "surat_penetapan": "Surat Penetapan Klasifikasi Informasi yang Dikecualikan",
    "keputusan_atasan": "Keputusan Atasan PPID tentang Penetapan Klasifikasi Informasi yang "
    "Dikecualikan",
    "keputusan_sekda": "Keputusan Sekretaris Daerah tentang Penetapan Klasifikasi Informasi "
    "yang Dikecualikan",
    "keputusan_bupati": "Keputusan Bupati tentang Penetapan Klasifikasi Informasi yang "
    "Dikecualikan",
}


def _head(ctx: Ctx, letter_date: str) -> Table:
    """Nomor / Sifat / Lampiran / Hal on the left, place and date at the top right."""
    st = ctx.styles
    left = Table(
        [
            [Paragraph(k, st.body_left), Paragraph(":", st.body_left), Paragraph(v, st.body_left)]
            for k, v in (
                ("Nomor", esc(ctx.nomor)),
                ("Sifat", "Biasa"),
                ("Lampiran", "1 (satu) berkas"),
                ("Hal", esc(HAL)),
            )
        ],
        colWidths=[22 * mm, 4 * mm, 74 * mm],
    )
    left.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    right = Paragraph(letter_date, st.body_right)
    table = Table([[left, right]], colWidths=[100 * mm, ctx.width - 100 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def build(ctx: Ctx) -> list[Flowable]:
    st, case = ctx.styles, ctx.case
    opd = case.opd.nama
    day = ctx.dated  # the day of distribution (app.documents.dating)
    letter_date = f"{esc(ctx.tempat)}, {esc(date_text(day))}"
    exempt = exempt_items(ctx.items)
    seluruhnya = sum(1 for i in exempt if i.kesimpulan == "seluruhnya")
    sebagian = len(exempt) - seluruhnya
    doc = ctx.finals.get("penetapan")
    form_name = FORM_NAMES[current_form()]
    if doc is not None and doc.nomor:
        ref = f"{esc(form_name)} Nomor {esc(doc.nomor)} tanggal {esc(date_text(doc.tanggal))}"
    else:
        tanggal = ctx.date("tanggal_penetapan")
        ref = esc(form_name) + (f" tanggal {esc(date_text(tanggal))}" if tanggal else "")

    story: list[Flowable] = kop(ctx.width, ctx.kop)
    story.append(_head(ctx, letter_date))
    story += replaces_note(ctx, centred=False)
    story.append(Spacer(1, 7 * mm))
    story += [
        Paragraph(f"Yth. {esc(head_of(opd))}", st.line),
        Paragraph("selaku PPID Pembantu", st.line),
        Paragraph("di", st.line),
        Paragraph(f"&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{esc(ctx.tempat or 'Tempat')}", st.line),
        Spacer(1, 6 * mm),
    ]
    indent = st.body.clone("letter_body", firstLineIndent=12 * mm)
    story.append(
        Paragraph(
            "Dalam rangka melaksanakan Pasal 19 Undang-Undang Nomor 14 Tahun 2008 tentang "
            "Keterbukaan Informasi Publik dan Peraturan Komisi Informasi Nomor 1 Tahun 2017 "
            "tentang Pengklasifikasian Informasi Publik, PPID Utama telah melaksanakan uji "
            f"konsekuensi atas informasi publik yang diusulkan oleh PPID Pembantu {esc(opd)} "
            f"(nomor register {esc(case.nomor)}: {esc(case.judul)}).",
            indent,
        )
    )
    if exempt:
        story.append(
            Paragraph(
                f"Hasil uji konsekuensi tersebut telah ditetapkan dengan {ref}. Sebanyak "
                f"{count_text(len(exempt))} butir informasi ditetapkan sebagai informasi yang "
                f"dikecualikan, terdiri atas {count_text(seluruhnya)} butir dikecualikan "
                f"seluruhnya dan {count_text(sebagian)} butir dikecualikan sebagian "
                "(dihitamkan), sebagaimana tercantum dalam lampiran surat ini.",
                indent,
            )
        )
        story.append(
            Paragraph(
                "Sehubungan dengan hal tersebut, kami minta Saudara untuk memutakhirkan Daftar "
                "Informasi yang Dikecualikan (DIK) pada perangkat daerah Saudara sesuai dengan "
                "penetapan tersebut, mengumumkannya melalui laman dan media informasi PPID, serta "
                "memastikan informasi yang dikecualikan tidak diberikan kepada pemohon selama "
                "jangka waktu pengecualiannya.",
                indent,
            )
        )
    else:
        story.append(
            Paragraph(
                "Berdasarkan hasil uji konsekuensi tersebut, seluruh "
                f"{count_text(len(ctx.items))} butir informasi yang diuji dinyatakan sebagai "
                "informasi publik yang terbuka; tidak ada informasi yang ditetapkan sebagai "
                "informasi yang dikecualikan.",
                indent,
            )
        )
        story.append(
            Paragraph(
                "Sehubungan dengan hal tersebut, kami minta Saudara untuk memuat informasi "
                "tersebut dalam Daftar Informasi Publik (DIP) pada perangkat daerah Saudara dan "
                "memberikannya kepada pemohon sesuai ketentuan.",
                indent,
            )
        )
    closing = Paragraph(
        "Demikian disampaikan, atas perhatian dan kerja sama Saudara diucapkan terima kasih.",
        indent,
    )
    signer = signer_from(ppid_utama(ctx), "PPID Utama")
    # The last paragraph of the letter travels with the closing and the signature.
    block = signature_block(signer, st, keep=[story.pop(), closing])
    atasan = atasan_ppid()
    first = (
        f"{atasan.jabatan} selaku Atasan PPID"
        if atasan is not None and atasan.jabatan
        else "Atasan PPID"
    )
    story.append(
        Joined(
            [
                block,
                KeepTogether(
                    [
                        Spacer(1, 6 * mm),
                        Paragraph("Tembusan:", st.line),
                        Paragraph(f"1. {esc(first)};", st.line),
                        Paragraph("2. Arsip.", st.line),
                    ]
                ),
            ]
        )
    )
    return story
