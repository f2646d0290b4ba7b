"""Kop surat (page 1 only): the logo at the left, the lines centred on the page, a double rule
under them.

Type sizes keep the 2 : 3 : 1 ratio of pemda kop rules (government : office : address) only
approximately: 13 / 19 / 8 pt. An exact 13 / 19.5 / 6.5 makes the address unreadable on paper,
so the address is set a little larger than the ratio asks.
"""

from __future__ import annotations

from io import BytesIO

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from app import settings
from app.documents.issuer import Kop, office_kop
from app.documents.render.common import esc
from app.documents.render.fonts import BOLD, REGULAR
from app.documents.render.images import Picture, opaque_reader
from app.resources import resource
from app.settings import KOP_LOGO
from app.settings.catalog import logo_data

PLACEHOLDER_LOGO = resource("logo-placeholder.png")

GOV_SIZE, OFFICE_SIZE, ADDRESS_SIZE = 13, 19, 8
LOGO_HEIGHT = 26 * mm
LOGO_COLUMN = 27 * mm

_GOV = ParagraphStyle(
    "kop_gov", fontName=BOLD, fontSize=GOV_SIZE, leading=GOV_SIZE * 1.2, alignment=TA_CENTER
)
_OFFICE = ParagraphStyle(
    "kop_office",
    fontName=BOLD,
    fontSize=OFFICE_SIZE,
    leading=OFFICE_SIZE * 1.12,
    alignment=TA_CENTER,
    spaceBefore=1,
)
_ADDRESS = ParagraphStyle(
    "kop_address",
    fontName=REGULAR,
    fontSize=ADDRESS_SIZE,
    leading=ADDRESS_SIZE * 1.3,
    alignment=TA_CENTER,
)


class DoubleRule(Flowable):
    """The kop's closing rule: a thick line over a thin one."""

    def __init__(
        self, width: float, thick: float = 2.2, thin: float = 0.6, gap: float = 1.6
    ) -> None:
        super().__init__()
        self.width = width
        self.thick, self.thin, self.gap = thick, thin, gap
        self.height = thick + gap + thin

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setLineWidth(self.thick)
        y = self.height - self.thick / 2
        c.line(0, y, self.width, y)
        c.setLineWidth(self.thin)
        y = self.thin / 2
        c.line(0, y, self.width, y)


def logo_bytes() -> bytes:
    """The office logo (setting ``kop_logo``, base64 PNG), or the neutral placeholder when it
    is unset or unreadable."""
    data = logo_data(settings.value(KOP_LOGO))
    if data is not None:
        try:
            ImageReader(BytesIO(data)).getSize()
            return data
        except (ValueError, OSError):
            pass
    return PLACEHOLDER_LOGO.read_bytes()


def logo_image(height: float) -> Picture:
    reader = opaque_reader(logo_bytes())
    w, h = reader.getSize()
    width = height * w / h if h else height
    return Picture(reader, width, height)


def kop(width: float, data: Kop | None = None) -> list[Flowable]:
    """The letterhead ``data`` (``app.documents.issuer``: the office's from the settings, or
    a perangkat daerah's own from Data Master)."""
    data = data or office_kop()
    lines = [
        Paragraph(esc(data.pemerintah).upper(), _GOV),
        Paragraph(esc(data.instansi).upper(), _OFFICE),
    ]
    lines += [Paragraph(esc(line), _ADDRESS) for line in data.alamat if line.strip()]
    # The lines are centred in the room right of the logo (as most pemda kops are): centring
    # them on the page would leave the office name three lines of 19 pt.
    table = Table([[logo_image(LOGO_HEIGHT), lines]], colWidths=[LOGO_COLUMN, width - LOGO_COLUMN])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (0, 0), (0, 0), "LEFT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return [table, Spacer(1, 2 * mm), DoubleRule(width), Spacer(1, 6 * mm)]


def kop_kepala_daerah(width: float, heading: str) -> list[Flowable]:
    """The head of a Keputusan of the Kepala Daerah: the emblem centred over the title of the
    office in capitals (e.g. "BUPATI SERANG"), no address."""
    logo = logo_image(22 * mm)
    logo.hAlign = "CENTER"
    style = ParagraphStyle("kop_kdh", parent=_GOV, fontSize=14, leading=18, spaceBefore=3 * mm)
    return [logo, Paragraph(esc(heading).upper(), style), Spacer(1, 6 * mm)]
