"""Bordered tables of the documents, above all the items tables.

Every table repeats its header rows on each page and never splits a row across pages — unless
one row alone is taller than a page (a very long user text), which then splits inside itself
rather than making the document impossible to print. A table that breaks leaves at least two
body rows on each side of the break (``NOSPLIT`` over its first two and last two rows), so no
single row stands alone at the top or the bottom of a page.

Words in narrow columns are hyphenated, never cut: see ``_Hyphenator``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from app.cases.model import ItemInfo
from app.documents.render.common import (
    BLANK,
    esc,
    jangka_text,
    kesimpulan_text,
    klasifikasi_text,
    legal_lines,
    pasal17_quotes,
)
from app.documents.render.fonts import BOLD
from app.documents.render.hyphenation import positions
from app.documents.render.styles import Styles
from app.fields import BENTUK_INFORMASI, KESIMPULAN, choice_label

PAD = 3  # cell padding, points
HEAD_FILL = "#e6e6e6"


# ----------------------------------------------------------------------------- hyphenation
# The columns of the items tables are narrow (six columns on F4 or A4, and the office chooses
# the margins), so widening them cannot make every Indonesian word fit: "dipertanggungjawabkan"
# needs about 100 pt at 9 pt, a column can have 55. ReportLab would then cut the word anywhere
# ("diteta pkannya"). Instead a word wider than its column is hyphenated at a syllable boundary
# with a visible hyphen, from pyphen's Indonesian patterns (LibreOffice's hyph_id_ID, read by
# ``hyphenation``). Only such words: a word that fits a line of its own moves to the next line
# whole, as in naskah dinas typed without hyphenation. A "word" that is no word (a long URL)
# may still break where it must.
VOWELS = frozenset("aeiouAEIOU")


def syllable_points(word: str) -> list[int]:
    """Where ``word`` may be hyphenated. The Indonesian patterns leave a lone consonant as a
    syllable of its own ("ra-k-an", "ma-sya-ra-k-at"); in Indonesian spelling a consonant
    between two vowels begins the next syllable ("ra-kan", "ra-kat"), so the point after it is
    dropped."""
    points = positions(word)
    bounds = [0, *points, len(word)]
    return [
        point
        for k, point in enumerate(bounds[1:-1], start=1)
        if not (point - bounds[k - 1] == 1 and word[point - 1] not in VOWELS)
    ]


class _Hyphenator:
    """``hyphenationLang`` of the cells of one column: (head, tail) pairs for ReportLab, the
    longest head first, for words wider than the column only."""

    def __init__(self, limit: float, size: float) -> None:
        self.limit, self.size = limit, size

    def __call__(self, word: str) -> list[tuple[str, str]]:
        # Measured in bold, the wider face, so a bold word is never left to be cut.
        if stringWidth(word, BOLD, self.size) <= self.limit:
            return []
        return [(word[:p], word[p:]) for p in reversed(syllable_points(word))]


_column_styles: dict[tuple[str, int], ParagraphStyle] = {}


def _column_style(style: ParagraphStyle, limit: float) -> ParagraphStyle:
    key = (style.name, round(limit * 10))
    found = _column_styles.get(key)
    if found is None:
        found = style.clone(
            f"{style.name}-{key[1]}",
            hyphenationLang=_Hyphenator(limit, style.fontSize),
            # 2: a word too wide for what is left of a line is first tried at the start of
            # the next line, where a head of it fits, instead of being cut where it stands.
            embeddedHyphenation=2,
            hyphenationMinWordLength=5,
        )
        _column_styles[key] = found
    return found


def _hyphenate_cells(data: list[list], widths: Sequence[float]) -> None:
    for row in data:
        for cell, width in zip(row, widths, strict=False):
            for p in cell if isinstance(cell, list | tuple) else [cell]:
                if isinstance(p, Paragraph):
                    p.style = _column_style(p.style, width - 2 * PAD)


# ----------------------------------------------------------------------------- the grid
def _cell_height(cell, width: float) -> float:
    if isinstance(cell, Flowable):
        return cell.wrap(width - 2 * PAD, 1e6)[1] + 2 * PAD
    if isinstance(cell, list | tuple):
        return sum(_cell_height(c, width) - 2 * PAD for c in cell) + 2 * PAD
    return 0.0


def row_heights(data: list[list], widths: Sequence[float]) -> list[float]:
    return [max(_cell_height(c, w) for c, w in zip(row, widths, strict=False)) for row in data]


def keep_rows(heights: Sequence[float], header_rows: int, room: float) -> list[tuple]:
    """``NOSPLIT`` over the first two and the last two body rows, so a break leaves at least
    two rows on each side; left out where those rows alone do not fit ``room`` (a page below
    the header), since an unsplittable block taller than a page could not be printed."""
    body = len(heights) - header_rows
    if body < 2:
        return []
    first = (header_rows, header_rows + 1)
    last = (len(heights) - 2, len(heights) - 1)
    if first[1] >= last[0]:  # three rows or fewer: any break leaves one alone
        blocks = [(header_rows, len(heights) - 1)]
    else:
        blocks = [first, last]
    return [("NOSPLIT", (0, a), (-1, b)) for a, b in blocks if sum(heights[a : b + 1]) <= room]


class GridTable(Table):
    """A table that splits inside a row only when that row is taller than a whole page below
    the header; an ordinary row that does not fit what is left of a page moves to the next
    page whole (ReportLab, once ``splitInRow`` is on, would split any row at a page end)."""

    room: float = 0.0  # a page's height below the header; set by grid_table, kept by splits

    def split(self, availWidth, availHeight):
        in_row = self.splitInRow
        parts: list = []
        if in_row:
            # A row taller than a page starts where it is, filling this page, instead of
            # leaving the rest of the page empty. (Private in ReportLab and in the stubs.)
            self._calc(availWidth, availHeight)  # type: ignore[attr-defined]
            if self._next_row_is_huge(availHeight):
                parts = self._splitRows(availHeight, doInRowSplit=1)  # type: ignore[attr-defined]
        if not parts:
            self.splitInRow = 0
            try:
                parts = super().split(availWidth, availHeight)
            finally:
                self.splitInRow = in_row
        for part in parts:  # made by ReportLab with self.__class__ and the flag as it was
            part.room = self.room  # type: ignore[attr-defined,union-attr]
            part.splitInRow = in_row  # type: ignore[attr-defined,union-attr]
        return parts

    def _next_row_is_huge(self, avail: float) -> bool:
        # Valid after _calc(). Private in ReportLab and in the stubs.
        heights: list[float] = self._rowHeights  # type: ignore[attr-defined]
        used = 0.0
        for n, h in enumerate(heights):
            if used + h > avail:
                return n >= self.repeatRows and h > self.room
            used += h
        return False


def grid_table(
    data: list[list],
    widths: Sequence[float],
    *,
    header_rows: int = 1,
    max_height: float,
    extra_style: Sequence[tuple] = (),
) -> Table:
    """A bordered table with a grey header of ``header_rows`` rows repeated on every page."""
    _hyphenate_cells(data, widths)
    heights = row_heights(data, widths)
    room = max_height - sum(heights[:header_rows]) - 2 * mm
    split_in_row = 1 if any(h > room for h in heights[header_rows:]) else 0
    if split_in_row:  # ReportLab splits inside a row only cells holding lists of flowables
        data = data[:header_rows] + [
            [[c] if isinstance(c, Flowable) else c for c in row] for row in data[header_rows:]
        ]
    table = GridTable(
        data, colWidths=list(widths), repeatRows=header_rows, hAlign="LEFT", splitInRow=split_in_row
    )
    table.room = room
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
    style += keep_rows(heights, header_rows, room)
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


def _no(item: ItemInfo, styles: Styles) -> Paragraph:
    """The item's number in the case (``urut``: 1, 2, … in order, renumbered when one is
    removed), so an item keeps its number from the BA to the penetapan and its Lampiran,
    which list only the exempt ones."""
    return Paragraph(f"{item.urut}.", styles.cell_center)


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
    quotes = pasal17_quotes()  # the office may have the Pasal 17 text quoted here
    data: list[list] = [head1, head2, numbers]
    for item in items:
        data.append(
            [
                _no(item, styles),
                _p(informasi_markup(item, conclusion), styles),
                _p("<br/>".join(legal_lines(item, quotes)), styles),
                _p(esc(item.konsekuensi_dibuka), styles),
                _p(esc(item.konsekuensi_ditutup), styles),
                _p(esc(jangka_text(item, conclusion)), styles),
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
    for item in items:
        row = [
            _no(item, styles),
            _p(informasi_markup(item), styles),
            _p("<br/>".join(legal_lines(item)), styles),
            _p(konsekuensi_markup(item), styles),
            _p(esc(jangka_text(item, conclusion)), styles),
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
    for item in items:
        data.append(
            [
                _no(item, styles),
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
    for item in items:
        klas = esc(klasifikasi_text(item))
        if item.kesimpulan == "sebagian" and item.bagian_dihitamkan:
            klas += f"<br/>Bagian yang dihitamkan: {esc(item.bagian_dihitamkan)}"
        data.append(
            [
                _no(item, styles),
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
    for item in items:
        info = esc(item.uraian) or BLANK
        info += f"<br/><b>{esc(klasifikasi_text(item))}</b>"
        data.append(
            [
                _no(item, styles),
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
