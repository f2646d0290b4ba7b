"""The PDF of a published DIK version, for the office's notice board and the website: the
office's paper (F4 by default, A4 as set) in landscape, the office kop on page 1, the title
with the version's number and date, the table of entries with its two header rows repeated
on every page, then what changed since the version before; on every page a footer naming
the version, its date and the first characters of its SHA-256, and "Halaman x dari y".

The same version gives the same bytes: the PDF's creation date is the version's publication
time and ReportLab writes no random document id (``invariant``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from io import BytesIO

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Spacer
from reportlab.platypus.tables import CellStyle

from app import settings
from app.documents.render.common import esc
from app.documents.render.fonts import REGULAR, register_fonts
from app.documents.render.layout import PAPERS, office_name
from app.documents.render.letterhead import kop
from app.documents.render.styles import Styles, get_styles
from app.documents.render.tables import grid_table
from app.reports.dik import BERAKHIR, DikEntry
from app.reports.dik_versions import DikVersionView, require_intact
from app.settings import KERTAS, NAMA_BADAN_PUBLIK
from app.text import format_date

SIDE = 12 * mm
TOP = 12 * mm
BOTTOM = 16 * mm  # the footer band
FOOTER_Y = 7 * mm
HEADER_ROWS = 2
# No | Informasi | OPD | Dasar hukum | Bila dibuka | Bila ditutup | Jangka | Penetapan | Status
FRACTIONS = (0.025, 0.19, 0.1, 0.135, 0.145, 0.135, 0.085, 0.125, 0.06)
CELL_SIZE, CELL_LEADING = 8, 9.8  # a size under the letters' 9: nine columns on one page


@dataclass(frozen=True)
class _Cells:
    text: ParagraphStyle
    center: ParagraphStyle
    head: ParagraphStyle


@cache
def _cells() -> _Cells:
    s = get_styles()

    def small(style: ParagraphStyle, name: str) -> ParagraphStyle:
        return ParagraphStyle(name, parent=style, fontSize=CELL_SIZE, leading=CELL_LEADING)

    return _Cells(
        small(s.cell, "dik_cell"),
        small(s.cell_center, "dik_cell_center"),
        small(s.cell_head, "dik_cell_head"),
    )


def page_size() -> tuple[float, float]:
    """The office's paper, landscape."""
    return landscape(PAPERS[settings.value(KERTAS)])


def _header(s: _Cells) -> list[list]:
    def h(text: str) -> Paragraph:
        return Paragraph(text, s.head)

    return [
        [
            h("No."),
            h("Informasi yang dikecualikan"),
            h("Perangkat daerah"),
            h("Dasar hukum"),
            h("Konsekuensi"),
            "",
            h("Jangka waktu"),
            h("Penetapan (nomor dan tanggal)"),
            h("Status"),
        ],
        ["", "", "", "", h("Bila dibuka"), h("Bila ditutup"), "", "", ""],
    ]


_SPANS = [
    ("SPAN", (4, 0), (5, 0)),
    *[("SPAN", (c, 0), (c, 1)) for c in (0, 1, 2, 3, 6, 7, 8)],
]


def _status_text(e: DikEntry) -> str:
    if e.status == BERAKHIR and e.berakhir_pada is not None:
        return f"<b>{esc(e.status_label)}</b><br/>sejak {format_date(e.berakhir_pada)}"
    return esc(e.status_label)


def _row(e: DikEntry, s: _Cells) -> list:
    def p(markup: str) -> Paragraph:
        return Paragraph(markup or "-", s.text)

    informasi = f"{esc(e.informasi)}<br/><i>{esc(e.klasifikasi)}</i>"
    penetapan = f"{esc(e.penetapan_nomor)}<br/>{format_date(e.penetapan_tanggal)}"
    return [
        Paragraph(f"{e.nomor}.", s.center),
        p(informasi),
        p(esc(e.opd)),
        p(esc(e.dasar_hukum)),
        p(esc(e.konsekuensi_dibuka)),
        p(esc(e.konsekuensi_ditutup)),
        p(esc(e.jangka_waktu)),
        p(penetapan),
        Paragraph(_status_text(e), s.center),
    ]


def _changes_section(view: DikVersionView, s: Styles) -> list[Flowable]:
    out: list[Flowable] = [Spacer(1, 5 * mm)]
    previous = view.previous
    if previous is None:
        out.append(Paragraph("Perubahan: versi pertama.", s.heading))
    else:
        out.append(
            Paragraph(
                f"Perubahan sejak versi {previous.nomor} ({format_date(previous.tanggal)}): "
                f"{esc(view.changes.summary)}.",
                s.heading,
            )
        )
        for change in view.changes.changes:
            out.append(Paragraph(f"•&nbsp;{esc(change.text)}", s.small))
    if view.version.catatan:
        out.append(Spacer(1, 3 * mm))
        out.append(Paragraph(f"<b>Catatan:</b> {esc(view.version.catatan)}", s.small))
    return out


def _story(view: DikVersionView, width: float, height: float) -> list[Flowable]:
    s = get_styles()
    version = view.version
    story: list[Flowable] = [*kop(width)]
    story.append(Paragraph("DAFTAR INFORMASI YANG DIKECUALIKAN", s.title))
    story.append(Paragraph(esc(settings.value(NAMA_BADAN_PUBLIK)), s.subtitle))
    story.append(
        Paragraph(
            f"Versi {version.nomor}, diterbitkan {format_date(version.tanggal)} "
            f"({version.jumlah} butir)",
            s.nomor,
        )
    )
    if view.entries:
        widths = [width * f for f in FRACTIONS[:-1]]
        widths.append(width - sum(widths))
        cells = _cells()
        data = _header(cells) + [_row(e, cells) for e in view.entries]
        story.append(
            grid_table(data, widths, header_rows=HEADER_ROWS, max_height=height, extra_style=_SPANS)
        )
    else:
        story.append(
            Paragraph("Tidak ada informasi yang dikecualikan pada versi ini.", s.body_left)
        )
    story += _changes_section(view, s)
    return story


class _PdfTime:
    """What ReportLab's document reads of its TimeStamp for CreationDate and ModDate (UTC)."""

    def __init__(self, when: datetime) -> None:
        when = when.astimezone(UTC)
        self.YMDhms = (when.year, when.month, when.day, when.hour, when.minute, when.second)
        self.dhh, self.dmm = 0, 0
        self.t = when.timestamp()


def _canvas_maker(footer_left: str, size: tuple[float, float], created: datetime):
    class _Canvas(Canvas):
        """Keeps every page until ``save`` and then draws the footers with the page count."""

        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._kept: list[dict] = []
            self._doc._timeStamp = _PdfTime(created)  # type: ignore[attr-defined]

        def showPage(self) -> None:
            self._kept.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]

        def save(self) -> None:
            pages = len(self._kept)
            for number, state in enumerate(self._kept, start=1):
                self.__dict__.update(state)
                self.saveState()
                self.setFont(REGULAR, 8)
                self.setFillColor(colors.Color(0.25, 0.25, 0.25))
                self.drawString(SIDE, FOOTER_Y, footer_left)
                self.drawRightString(size[0] - SIDE, FOOTER_Y, f"Halaman {number} dari {pages}")
                self.restoreState()
                super().showPage()
            super().save()

    return _Canvas


def render_dik_pdf(view: DikVersionView) -> bytes:
    """The PDF of a published version. A version whose stored entries no longer match its
    digest (edited outside Ujikon) is refused: it is not what was published."""
    require_intact(view)
    version = view.version
    register_fonts()
    CellStyle.fontname = REGULAR  # see app.documents.render.layout.build_pdf
    rl_config.useA85 = 0
    size = page_size()
    width, height = size[0] - 2 * SIDE, size[1] - TOP - BOTTOM
    buffer = BytesIO()
    title = f"Daftar Informasi yang Dikecualikan — versi {version.nomor}"
    doc = BaseDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=SIDE,
        rightMargin=SIDE,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=title,
        author=office_name(),
        subject=f"DIK versi {version.nomor}, diterbitkan {format_date(version.tanggal)}",
        creator="Ujikon (ReportLab)",
        invariant=1,
        pageCompression=1,
        initialFontName=REGULAR,
        initialFontSize=10,
    )
    frame = Frame(
        SIDE, BOTTOM, width, height, id="body", leftPadding=0, rightPadding=0, topPadding=0
    )
    frame.bottomPadding = 0
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    footer = (
        f"DIK versi {version.nomor} · diterbitkan {format_date(version.tanggal)} · "
        f"SHA-256 isi {version.sha256[:16]}…"
    )
    created = version.terbit_pada
    if created.tzinfo is None:
        created = created.replace(tzinfo=UTC)
    doc.build(_story(view, width, height), canvasmaker=_canvas_maker(footer, size, created))
    return buffer.getvalue()
