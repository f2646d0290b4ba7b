"""Bordered tables of the documents, above all the items tables.

Every table repeats its header rows on each page and never splits a row across pages — unless
one row alone is taller than a page (a very long user text), which is then allowed to split
rather than making the document impossible to print.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from app.cases.model import ItemInfo
from app.documents.render.common import (
    BLANK,
    esc,
    jangka_text,
    kesimpulan_text,
    klasifikasi_text,
    legal_lines,
)
from app.documents.render.styles import Styles
from app.fields import BENTUK_INFORMASI, KESIMPULAN, choice_label

PAD = 3  # cell padding, points
HEAD_FILL = "#e6e6e6"


def _cell_height(cell, width: float) -> float:
    if isinstance(cell, Flowable):
        return cell.wrap(width - 2 * PAD, 1e6)[1] + 2 * PAD
    if isinstance(cell, list | tuple):
        return sum(_cell_height(c, width) - 2 * PAD for c in cell) + 2 * PAD
    return 0.0


def _needs_row_split(
    data: list[list], widths: Sequence[float], header_rows: int, max_height: float
) -> bool:
    """True if one body row is taller than what a page offers below the header."""
    header = sum(
        max(_cell_height(c, w) for c, w in zip(row, widths, strict=False))
        for row in data[:header_rows]
    )
    room = max_height - header - 2 * mm
    return any(
        max(_cell_height(c, w) for c, w in zip(row, widths, strict=False)) > room
        for row in data[header_rows:]
    )


def grid_table(
    data: list[list],
    widths: Sequence[float],
    *,
    header_rows: int = 1,
    max_height: float,
    extra_style: Sequence[tuple] = (),
) -> Table:
    """A bordered table with a grey header of ``header_rows`` rows repeated on every page."""
    split_in_row = 1 if _needs_row_split(data, widths, header_rows, max_height) else 0
    if split_in_row:  # ReportLab splits inside a row only cells holding lists of flowables
        data = data[:header_rows] + [
            [[c] if isinstance(c, Flowable) else c for c in row] for row in data[header_rows:]
        ]
    table = Table(
        data, colWidths=list(widths), repeatRows=header_rows, hAlign="LEFT", splitInRow=split_in_row
    )
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), PAD),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD),
    ]
    if header_rows:
        style += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_FILL),
            ("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE"),
        ]
    table.setStyle(TableStyle(style + list(extra_style)))
    return table


def split_widths(width: float, first: float, fractions: Sequence[float]) -> list[float]:
    """A narrow first column (the number) and the rest shared by ``fractions``."""
    rest = width - first
    widths = [first] + [rest * f for f in fractions[:-1]]
    widths.append(width - sum(widths))
    return widths


def _p(markup: str, styles: Styles) -> Paragraph:
    return Paragraph(markup or BLANK, styles.cell)


def _no(n: int, styles: Styles) -> Paragraph:
    return Paragraph(f"{n}.", styles.cell_center)


def _heads(titles: Sequence[str], styles: Styles) -> list[Paragraph]:
    return [Paragraph(t, styles.cell_head) for t in titles]


def informasi_markup(item: ItemInfo, conclusion: bool = False) -> str:
    lines = [esc(item.uraian) or BLANK]
    if item.dokumen_sumber:
        lines.append(f"<i>Sumber: {esc(item.dokumen_sumber)}</i>")
    if conclusion:
        if item.kesimpulan == "sebagian":
            lines.append(f"<b>Dikecualikan sebagian:</b> {esc(item.bagian_dihitamkan)}")
            if item.alasan_dihitamkan:
                lines.append(f"Alasan penghitaman: {esc(item.alasan_dihitamkan)}")
        else:
            lines.append(f"<b>Kesimpulan: {esc(kesimpulan_text(item))}</b>")
        if item.catatan_uji:
            lines.append(f"Catatan: {esc(item.catatan_uji)}")
    return "<br/>".join(lines)


def konsekuensi_markup(item: ItemInfo) -> str:
    return (
        f"<b>Bila dibuka:</b> {esc(item.konsekuensi_dibuka) or BLANK}<br/>"
        f"<b>Bila ditutup:</b> {esc(item.konsekuensi_ditutup) or BLANK}"
    )


# ----------------------------------------------------------------------------- BA table
BA_HEADER_ROWS = 3


def ba_items_table(
    items: Sequence[ItemInfo], styles: Styles, width: float, max_height: float, conclusion: bool
) -> Table:
    """The Berita Acara table (Lembar Pengujian Konsekuensi): a two-level header
    NO | INFORMASI | DASAR HUKUM PENGECUALIAN | KONSEKUENSI/PERTIMBANGAN (BILA DIBUKA |
    BILA DITUTUP) | JANGKA WAKTU, then the column numbers 1–6; all three rows repeat."""
    widths = split_widths(width, 9 * mm, (0.25, 0.2, 0.19, 0.19, 0.17))
    head1: list[Paragraph | str] = list(
        _heads(
            (
                "NO",
                "INFORMASI",
                "DASAR HUKUM PENGECUALIAN",
                "KONSEKUENSI/PERTIMBANGAN",
                "",
                "JANGKA WAKTU",
            ),
            styles,
        )
    )
    head1[4] = ""
    head2 = ["", "", "", *_heads(("BILA DIBUKA", "BILA DITUTUP"), styles), ""]
    numbers = [Paragraph(str(n), styles.cell_head) for n in range(1, 7)]
    data: list[list] = [head1, head2, numbers]
    for n, item in enumerate(items, start=1):
        data.append(
            [
                _no(n, styles),
                _p(informasi_markup(item, conclusion), styles),
                _p("<br/>".join(legal_lines(item)), styles),
                _p(esc(item.konsekuensi_dibuka), styles),
                _p(esc(item.konsekuensi_ditutup), styles),
                _p(esc(jangka_text(item)), styles),
            ]
        )
    if not items:
        data.append([_p("", styles)] * 6)
    spans = [("SPAN", (c, 0), (c, 1)) for c in (0, 1, 2, 5)] + [("SPAN", (3, 0), (4, 0))]
    return grid_table(
        data,
        widths,
        header_rows=BA_HEADER_ROWS,
        max_height=max_height,
        extra_style=spans
        + [("TOPPADDING", (0, 2), (-1, 2), 1), ("BOTTOMPADDING", (0, 2), (-1, 2), 1)],
    )


# ----------------------------------------------------------------------------- reports
def report_items_table(
    items: Sequence[ItemInfo], styles: Styles, width: float, max_height: float, conclusion: bool
) -> Table:
    """Laporan: No | Informasi | Dasar hukum | Konsekuensi | Jangka waktu [| Kesimpulan]."""
    titles = ["NO", "INFORMASI", "DASAR HUKUM", "KONSEKUENSI", "JANGKA WAKTU"]
    fractions = [0.27, 0.23, 0.32, 0.18]
    if conclusion:
        titles.append("KESIMPULAN")
        fractions = [0.24, 0.2, 0.28, 0.13, 0.15]
    data: list[list] = [_heads(titles, styles)]
    for n, item in enumerate(items, start=1):
        row = [
            _no(n, styles),
            _p(informasi_markup(item), styles),
            _p("<br/>".join(legal_lines(item)), styles),
            _p(konsekuensi_markup(item), styles),
            _p(esc(jangka_text(item)), styles),
        ]
        if conclusion:
            text = esc(kesimpulan_text(item))
            if item.kesimpulan == "sebagian" and item.bagian_dihitamkan:
                text += f"<br/>Dihitamkan: {esc(item.bagian_dihitamkan)}"
            if item.catatan_uji:
                text += f"<br/>Catatan: {esc(item.catatan_uji)}"
            row.append(_p(text, styles))
        data.append(row)
    if not items:
        data.append([_p("", styles)] * len(titles))
    return grid_table(data, split_widths(width, 9 * mm, fractions), max_height=max_height)


def pertimbangan_table(
    items: Sequence[ItemInfo], styles: Styles, width: float, max_height: float
) -> Table:
    """Lembar Pertimbangan: No | Informasi | Klasifikasi | Bentuk | Pertimbangan Tim."""
    data: list[list] = [
        _heads(
            ("NO", "INFORMASI", "KLASIFIKASI MENURUT TIM", "BENTUK INFORMASI", "PERTIMBANGAN TIM"),
            styles,
        )
    ]
    for n, item in enumerate(items, start=1):
        data.append(
            [
                _no(n, styles),
                _p(informasi_markup(item, conclusion=True), styles),
                _p(esc(choice_label(KESIMPULAN, item.klasifikasi_tim)), styles),
                _p(esc(choice_label(BENTUK_INFORMASI, item.bentuk_informasi)), styles),
                _p(esc(item.pertimbangan_tim), styles),
            ]
        )
    if not items:
        data.append([_p("", styles)] * 5)
    return grid_table(
        data, split_widths(width, 9 * mm, (0.33, 0.17, 0.15, 0.35)), max_height=max_height
    )


# ----------------------------------------------------------------------------- penetapan
def alasan_markup(item: ItemInfo) -> str:
    text = esc(item.alasan_pengecualian) or BLANK
    if item.kesimpulan == "sebagian" and item.alasan_dihitamkan:
        text += (
            f"<br/>Bagian yang dihitamkan: {esc(item.bagian_dihitamkan) or BLANK}; "
            f"alasan: {esc(item.alasan_dihitamkan)}"
        )
    return text


def klasifikasi_table(
    items: Sequence[ItemInfo], styles: Styles, width: float, max_height: float
) -> Table:
    """The body of a penetapan: No | Informasi | Jenis klasifikasi | Jangka waktu | Alasan."""
    data: list[list] = [
        _heads(
            (
                "NO",
                "INFORMASI YANG DIKECUALIKAN",
                "JENIS KLASIFIKASI",
                "JANGKA WAKTU",
                "ALASAN PENGECUALIAN",
            ),
            styles,
        )
    ]
    for n, item in enumerate(items, start=1):
        klas = esc(klasifikasi_text(item))
        if item.kesimpulan == "sebagian" and item.bagian_dihitamkan:
            klas += f"<br/>Bagian yang dihitamkan: {esc(item.bagian_dihitamkan)}"
        data.append(
            [
                _no(n, styles),
                _p(esc(item.uraian), styles),
                _p(klas, styles),
                _p(esc(jangka_text(item)), styles),
                _p(esc(item.alasan_pengecualian), styles),
            ]
        )
    return grid_table(
        data, split_widths(width, 9 * mm, (0.3, 0.18, 0.18, 0.34)), max_height=max_height
    )


def dik_table(items: Sequence[ItemInfo], styles: Styles, width: float, max_height: float) -> Table:
    """The Lampiran (Daftar Informasi yang Dikecualikan): No | Informasi yang dikecualikan |
    Dasar hukum | Alasan pengecualian | Konsekuensi bila dibuka / bila ditutup | Jangka waktu."""
    data: list[list] = [
        _heads(
            (
                "NO",
                "INFORMASI YANG DIKECUALIKAN",
                "DASAR HUKUM",
                "ALASAN PENGECUALIAN",
                "KONSEKUENSI BILA DIBUKA / BILA DITUTUP",
                "JANGKA WAKTU",
            ),
            styles,
        )
    ]
    for n, item in enumerate(items, start=1):
        info = esc(item.uraian) or BLANK
        info += f"<br/><b>{esc(klasifikasi_text(item))}</b>"
        data.append(
            [
                _no(n, styles),
                _p(info, styles),
                _p("<br/>".join(legal_lines(item)), styles),
                _p(alasan_markup(item), styles),
                _p(konsekuensi_markup(item), styles),
                _p(esc(jangka_text(item)), styles),
            ]
        )
    return grid_table(
        data, split_widths(width, 9 * mm, (0.2, 0.2, 0.21, 0.25, 0.14)), max_height=max_height
    )


def kv_table(
    rows: Sequence[tuple[str, str]],
    styles: Styles,
    width: float,
    label_width: float = 45 * mm,
    style=None,
    h_align: Literal["LEFT", "CENTER", "RIGHT"] = "LEFT",
) -> Table:
    """Label : value lines without borders (identity blocks). Values are markup."""
    st = style or styles.body_left
    data = [
        [Paragraph(label, st), Paragraph(":", st), Paragraph(value or BLANK, st)]
        for label, value in rows
    ]
    table = Table(
        data, colWidths=[label_width, 4 * mm, width - label_width - 4 * mm], hAlign=h_align
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table
