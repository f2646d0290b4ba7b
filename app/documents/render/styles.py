"""Paragraph styles of the documents: one body size for running text (11 pt, close to the
Arial 11–12 of naskah dinas on F4), smaller sizes for tables and footers."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from app.documents.render.fonts import BOLD, REGULAR, register_fonts

BODY_SIZE = 11
BODY_LEADING = 15
CELL_SIZE = 9
CELL_LEADING = 11.2


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle  # justified running text
    body_left: ParagraphStyle
    body_right: ParagraphStyle
    line: ParagraphStyle  # left, no space after (addresses, lists)
    title: ParagraphStyle  # "BERITA ACARA"
    subtitle: ParagraphStyle  # bold centred lines under the title
    nomor: ParagraphStyle  # "NOMOR: …" under the title
    heading: ParagraphStyle  # bold left heading of a section, kept with what follows
    heading_free: ParagraphStyle  # the same over a long table (see blocks.table_heading)
    signature: ParagraphStyle  # lines of a signature block (centred in the block)
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    cell_head: ParagraphStyle  # bold centred table header
    small: ParagraphStyle


@cache
def get_styles() -> Styles:
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=REGULAR,
        fontSize=BODY_SIZE,
        leading=BODY_LEADING,
        alignment=TA_JUSTIFY,
        spaceAfter=6,
    )
    cell = ParagraphStyle(
        "cell", fontName=REGULAR, fontSize=CELL_SIZE, leading=CELL_LEADING, alignment=TA_LEFT
    )
    return Styles(
        body=body,
        body_left=ParagraphStyle("body_left", parent=body, alignment=TA_LEFT),
        body_right=ParagraphStyle("body_right", parent=body, alignment=TA_RIGHT),
        line=ParagraphStyle("line", parent=body, alignment=TA_LEFT, spaceAfter=0),
        title=ParagraphStyle(
            "title",
            parent=body,
            fontName=BOLD,
            fontSize=13,
            leading=17,
            alignment=TA_CENTER,
            spaceAfter=2,
        ),
        subtitle=ParagraphStyle(
            "subtitle", parent=body, fontName=BOLD, alignment=TA_CENTER, spaceAfter=2
        ),
        nomor=ParagraphStyle("nomor", parent=body, alignment=TA_CENTER, spaceAfter=12),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=BOLD,
            alignment=TA_LEFT,
            spaceBefore=6,
            spaceAfter=4,
            keepWithNext=1,
        ),
        heading_free=ParagraphStyle(
            "heading_free",
            parent=body,
            fontName=BOLD,
            alignment=TA_LEFT,
            spaceBefore=6,
            spaceAfter=4,
        ),
        signature=ParagraphStyle(
            "signature", parent=body, alignment=TA_CENTER, spaceAfter=0, leading=14
        ),
        cell=cell,
        cell_center=ParagraphStyle("cell_center", parent=cell, alignment=TA_CENTER),
        cell_head=ParagraphStyle(
            "cell_head", parent=cell, fontName=BOLD, fontSize=8.5, leading=10.5, alignment=TA_CENTER
        ),
        small=ParagraphStyle(
            "small", parent=body, fontSize=8, leading=10, spaceAfter=0, alignment=TA_LEFT
        ),
    )
