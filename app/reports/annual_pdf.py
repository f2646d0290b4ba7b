"""The annual report as a PDF (the office's paper upright, F4 by default): the kop, the
title "Laporan Tahunan Uji Konsekuensi Informasi Publik Tahun N", the tables of the figures
(``app.reports.annual``), a chart of the average working days per step against the SOP's
limits and one of the cases finished per month, and how each figure is counted."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from app import settings
from app.documents.render.common import esc
from app.documents.render.layout import PageSetup
from app.documents.render.letterhead import kop
from app.documents.render.styles import Styles, get_styles
from app.documents.render.tables import grid_table, split_widths
from app.reports.annual import LETTERS, AnnualFigures
from app.reports.charts import decimal, months_chart, steps_chart
from app.reports.pdf import build_report, portrait
from app.settings import NAMA_BADAN_PUBLIK
from app.text import format_date, format_number


def report_title(year: int) -> str:
    return f"Laporan Tahunan Uji Konsekuensi Informasi Publik Tahun {year}"


def _as_of_text(f: AnnualFigures) -> str:
    if f.year_over:
        return f"Keadaan per 31 Desember {f.year}"
    return f"Keadaan per {format_date(f.as_of)} (tahun {f.year} belum berakhir)"


def _count_table(rows: list[tuple[str, int]], st: Styles, width: float, height: float):
    data: list[list] = [[Paragraph("URAIAN", st.cell_head), Paragraph("JUMLAH", st.cell_head)]]
    for label, value in rows:
        data.append(
            [Paragraph(esc(label), st.cell), Paragraph(format_number(value), st.cell_center)]
        )
    return grid_table(data, [width - 30 * mm, 30 * mm], max_height=height)


def _letters_table(f: AnnualFigures, st: Styles, width: float, height: float):
    from app.refdata import pasal17_short_labels

    labels = pasal17_short_labels()
    data: list[list] = [
        [
            Paragraph("HURUF", st.cell_head),
            Paragraph("INFORMASI YANG DIKECUALIKAN KARENA DAPAT …", st.cell_head),
            Paragraph("JUMLAH BUTIR", st.cell_head),
        ]
    ]
    for letter in LETTERS:
        data.append(
            [
                Paragraph(letter, st.cell_center),
                Paragraph(esc(labels.get(letter, "")), st.cell),
                Paragraph(format_number(f.by_letter.get(letter, 0)), st.cell_center),
            ]
        )
    return grid_table(data, [18 * mm, width - 48 * mm, 30 * mm], max_height=height)


def _steps_table(f: AnnualFigures, st: Styles, width: float, height: float):
    heads = (
        "NO",
        "TAHAP",
        "PELAKSANA",
        "BATAS SOP",
        "JUMLAH",
        "RATA-RATA",
        "TERLAMA",
        "LEWAT BATAS",
    )
    data: list[list] = [[Paragraph(h, st.cell_head) for h in heads]]
    for s in f.steps:
        data.append(
            [
                Paragraph(f"{s.number}.", st.cell_center),
                Paragraph(esc(s.title), st.cell),
                Paragraph(esc(s.actor), st.cell),
                Paragraph(str(s.limit) if s.limit else "—", st.cell_center),
                Paragraph(format_number(s.runs), st.cell_center),
                Paragraph(decimal(s.average), st.cell_center),
                Paragraph("—" if s.maximum is None else str(s.maximum), st.cell_center),
                Paragraph(format_number(s.over_limit), st.cell_center),
            ]
        )
    widths = split_widths(width, 9 * mm, (0.28, 0.17, 0.09, 0.1, 0.13, 0.11, 0.12))
    return grid_table(data, widths, max_height=height)


def _how_counted(f: AnnualFigures) -> list[str]:
    y = f.year
    return [
        f"Kasus <b>dimulai</b> dihitung menurut tanggal mulainya (tahun nomor registernya), "
        f"kasus <b>selesai</b> menurut tanggal tahap terakhirnya diselesaikan, dan kasus "
        f"<b>berjalan</b> ialah yang dimulai paling lambat {format_date(f.as_of)} dan belum "
        "selesai pada tanggal itu.",
        "<b>Butir informasi</b> dihitung pada tahun kasusnya selesai, karena baru saat itu "
        "kesimpulannya final (Surat Penetapan ditandatangani Atasan PPID dan hasilnya "
        "disampaikan). Butir kasus yang belum selesai dihitung pada tahun kasusnya selesai.",
        "Satu butir yang dikecualikan dihitung <b>sekali pada setiap huruf</b> Pasal 17 yang "
        "dikutipnya (angka-angka dalam satu huruf dihitung satu kali), sehingga jumlah per huruf "
        "dapat melebihi jumlah butir yang dikecualikan.",
        f"<b>Waktu per tahap</b>: setiap kali suatu tahap dijalankan (tahap yang dikembalikan "
        f"lalu dikerjakan ulang dihitung dua kali) yang berakhir pada tahun {y}, dalam hari "
        "kerja sesudah tanggal mulai tahap sampai dengan tanggal selesainya, menurut kalender "
        "hari kerja kantor (libur nasional, cuti bersama dan perubahan lokal). <b>Melewati "
        "batas</b>: lebih lama daripada batas waktu tahap itu menurut SOP kasusnya.",
    ]


def annual_story(f: AnnualFigures, setup: PageSetup) -> list[Flowable]:
    st = get_styles()
    width, height = setup.frame_width, setup.frame_height
    story: list[Flowable] = list(kop(width))
    story += [
        Paragraph(esc(report_title(f.year)), st.title),
        Paragraph(esc(settings.value(NAMA_BADAN_PUBLIK)), st.subtitle),
        Paragraph(esc(_as_of_text(f)), st.nomor),
    ]
    story += [
        Paragraph("A. Kasus uji konsekuensi", st.heading),
        _count_table(
            [
                (f"Kasus dimulai pada tahun {f.year}", f.cases_begun),
                (f"Kasus selesai pada tahun {f.year}", f.cases_finished),
                (f"Kasus masih berjalan pada {format_date(f.as_of)}", f.cases_open_at_year_end),
            ],
            st,
            width,
            height,
        ),
        Paragraph(
            f"B. Butir informasi yang diuji (kasus yang selesai pada tahun {f.year})", st.heading
        ),
    ]
    rows = [
        ("Butir informasi yang diuji", f.items_tested),
        ("Dikecualikan seluruhnya", f.items_exempted_fully),
        ("Dikecualikan sebagian (bagian tertentu dihitamkan)", f.items_exempted_partly),
        ("Terbuka (dapat diberikan kepada publik)", f.items_opened),
    ]
    if f.items_without_conclusion:
        rows.append(("Tanpa kesimpulan tercatat", f.items_without_conclusion))
    story.append(_count_table(rows, st, width, height))
    story += [
        CondPageBreak(90 * mm),
        Paragraph("C. Butir yang dikecualikan menurut Pasal 17 UU 14/2008", st.heading),
        _letters_table(f, st, width, height),
        Spacer(1, 2 * mm),
        _count_table(
            [
                ("Butir yang dikecualikan (seluruhnya atau sebagian)", f.items_exempted),
                ("Butir yang mengutip lebih dari satu huruf Pasal 17", f.items_several_letters),
                ("Butir yang hanya berdasar undang-undang lain", f.items_no_letter),
            ],
            st,
            width,
            height,
        ),
        CondPageBreak(70 * mm),
        Paragraph("D. Waktu penyelesaian per tahap (hari kerja)", st.heading),
        _steps_table(f, st, width, height),
        Spacer(1, 4 * mm),
        KeepTogether(
            [
                steps_chart(
                    width,
                    62 * mm,
                    [(f"Tahap {s.number}", s.average, s.limit) for s in f.steps],
                    "Rata-rata hari kerja per tahap dan batas SOP",
                )
            ]
        ),
        CondPageBreak(75 * mm),
        Paragraph(f"E. Kasus selesai per bulan, tahun {f.year}", st.heading),
        KeepTogether(
            [
                months_chart(
                    width,
                    55 * mm,
                    f.finished_per_month,
                    f"Jumlah kasus selesai: {format_number(f.cases_finished)}",
                )
            ]
        ),
        CondPageBreak(50 * mm),
        Paragraph("Cara penghitungan", st.heading),
    ]
    note = ParagraphStyle("note", parent=st.small, spaceAfter=3)
    story += [Paragraph(text, note) for text in _how_counted(f)]
    return story


def annual_report_pdf(f: AnnualFigures) -> bytes:
    setup = portrait()
    title = report_title(f.year)
    return build_report(
        annual_story(f, setup), setup, title, subject=settings.value(NAMA_BADAN_PUBLIK)
    )
