"""The buku register: the SOP's "data manual", the paper register of a period printed in the
kop style on the office's paper turned (F4 by default), with ruled empty columns (Paraf,
Keterangan) for what is written by hand.

Two registers, each a table whose header repeats on every page:

A. the cases registered in the period (by their start date, the date of their register
   number): No, nomor kasus, tanggal mulai, OPD, informasi (the title and the items), tahap
   terakhir (the step the case is at, or that it finished), hasil (the items' conclusions
   once the case is finished);
B. the outgoing numbers of the period (``app.documents.numbering``), by the date of the
   document each numbers (the day it was assigned for a number with no document), with the
   register that gave it and whether it was cancelled.

Read-only: one query per table, nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from app.clock import to_local
from app.documents.render.common import esc
from app.documents.render.fonts import REGULAR
from app.documents.render.letterhead import kop
from app.documents.render.styles import get_styles
from app.documents.render.tables import HEAD_FILL, PAD, grid_table, split_widths
from app.errors import UserError
from app.models import Case, Document, InfoItem, Opd
from app.reports.pdf import PagedTable, build_report, landscape
from app.states import CaseStatus, NumberStatus
from app.text import format_date, format_date_short

ROW_MIN = 11 * mm  # room to write by hand in Paraf and Keterangan
ITEMS_SHOWN = 3  # items named in the Informasi column; the rest are counted


@dataclass(frozen=True)
class CaseLine:
    nomor: str
    tanggal_mulai: date
    opd: str
    judul: str
    items: tuple[str, ...]  # the items' descriptions, in order
    tahap: str  # the step the case is at, or finished
    hasil: str  # "" while it runs


@dataclass(frozen=True)
class NumberLine:
    nomor: str
    tanggal: date
    jenis: str  # the document type's title
    kasus: str  # the case's number, "" for none
    penerbit: str  # which register gave it, in words
    status: str  # "Dipakai" / "Dibatalkan: <reason>"


def period_problem(start: date, end: date) -> str | None:
    if start > end:
        return (
            f"Tanggal awal periode ({format_date(start)}) sesudah tanggal akhirnya "
            f"({format_date(end)}); tukar kedua tanggal itu."
        )
    return None


def _conclusions(values: list[str]) -> str:
    full = values.count("seluruhnya")
    part = values.count("sebagian")
    opened = values.count("terbuka")
    parts = []
    if full:
        parts.append(f"{full} dikecualikan seluruhnya")
    if part:
        parts.append(f"{part} dikecualikan sebagian")
    if opened:
        parts.append(f"{opened} terbuka")
    return ", ".join(parts) or "Tanpa kesimpulan"


def case_lines(start: date, end: date) -> list[CaseLine]:
    """The cases registered from ``start`` to ``end``, by start date and register number."""
    from app.refdata import sop_for_version

    rows = list(
        Case.select(
            Case.id,
            Case.nomor,
            Case.tanggal_mulai,
            Opd.nama,
            Case.judul,
            Case.status,
            Case.tahap,
            Case.batas_waktu,
            Case.tanggal_selesai,
            Case.sop_version,
        )
        .join(Opd)
        .where(Case.tanggal_mulai.between(start, end))
        .order_by(Case.tanggal_mulai, Case.tahun, Case.urut)
        .tuples()
        .execute()
    )
    items: dict[int, list[tuple[str, str]]] = {}
    if rows:
        query = (
            InfoItem.select(InfoItem.case, InfoItem.uraian, InfoItem.kesimpulan)
            .join(Case)
            .where(Case.tanggal_mulai.between(start, end))
            .order_by(InfoItem.case, InfoItem.urut)
            .tuples()
            .execute()
        )
        for case_id, uraian, kesimpulan in query:
            items.setdefault(case_id, []).append((uraian or "", kesimpulan or ""))
    lines = []
    for case_id, nomor, mulai, opd, judul, status, tahap, due, done, version in rows:
        try:
            step = sop_for_version(version).step(tahap)
            title = f"{tahap}. {step.title}"
        except (KeyError, UserError):
            title = f"Tahap {tahap}"
        own = items.get(case_id, [])
        if status == CaseStatus.FINISHED:
            where = f"{title}; selesai {format_date(done)}"
            hasil = _conclusions([k for _u, k in own])
        else:
            where = f"{title}; berjalan, batas {format_date(due)}"
            hasil = ""
        lines.append(CaseLine(nomor, mulai, opd, judul, tuple(u for u, _k in own), where, hasil))
    return lines


def number_lines(start: date, end: date) -> list[NumberLine]:
    """The outgoing numbers dated from ``start`` to ``end`` (the date of their document, or
    the day they were assigned), by date, register, type and sequence."""
    from app.documents.numbering import list_register

    entries = [e for year in range(start.year, end.year + 1) for e in list_register(year)]
    ids = [e.document_id for e in entries if e.document_id is not None]
    docs: dict[int, tuple[date, str]] = {}
    if ids:
        query = (
            Document.select(Document.id, Document.tanggal, Case.nomor)
            .join(Case)
            .where(Document.id.in_(ids))
            .tuples()
            .execute()
        )
        docs = {doc_id: (tanggal, nomor) for doc_id, tanggal, nomor in query}
    lines = []
    for e in entries:
        tanggal, kasus = docs.get(e.document_id or 0, (to_local(e.created_at).date(), ""))
        if not start <= tanggal <= end:
            continue
        status = (
            f"Dibatalkan: {e.alasan_batal}" if e.status == NumberStatus.CANCELLED else "Dipakai"
        )
        lines.append(NumberLine(e.nomor, tanggal, e.title, kasus, e.penerbit_text, status))
    lines.sort(key=lambda n: n.tanggal)  # stable: register order within a day
    return lines


# ----------------------------------------------------------------------------- the pdf
def register_title() -> str:
    return "Buku Register Uji Konsekuensi Informasi Publik"


def period_text(start: date, end: date) -> str:
    return f"Periode {format_date(start)} s.d. {format_date(end)}"


def _informasi(line: CaseLine) -> str:
    text = f"<b>{esc(line.judul)}</b>"
    shown = line.items[:ITEMS_SHOWN]
    for n, uraian in enumerate(shown, start=1):
        text += f"<br/>{n}. {esc(uraian)}"
    if len(line.items) > ITEMS_SHOWN:
        text += f"<br/>dan {len(line.items) - ITEMS_SHOWN} butir lainnya"
    return text


class _Floor(Flowable):
    """An empty flowable that keeps a row at least ``ROW_MIN`` tall."""

    def wrap(self, availWidth, availHeight):
        return 1, ROW_MIN - 6

    def draw(self) -> None:
        pass


STYLE = [
    ("GRID", (0, 0), (-1, -1), 0.5, "black"),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), PAD),
    ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
    ("TOPPADDING", (0, 0), (-1, -1), PAD),
    ("BOTTOMPADDING", (0, 0), (-1, -1), PAD),
    ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
    ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
]


def _table(data: list[list], widths: list[float], height: float, any_lines: bool) -> Flowable:
    """The register's table, its header on every page (``PagedTable``: a year of rows is
    laid out in time proportional to them); "nothing in this period" across all columns."""
    if not any_lines:
        return grid_table(data, widths, max_height=height, extra_style=[("SPAN", (0, 1), (-1, 1))])
    return PagedTable(data[:1], data[1:], widths, STYLE, height)


def _cases_table(lines: list[CaseLine], width: float, height: float):
    st = get_styles()
    cell = ParagraphStyle("reg_cell", parent=st.cell, fontSize=8.5, leading=10.4)
    center = ParagraphStyle("reg_center", parent=cell, alignment=1)
    heads = (
        "NO",
        "NOMOR KASUS",
        "TANGGAL MULAI",
        "PERANGKAT DAERAH",
        "INFORMASI",
        "TAHAP TERAKHIR",
        "HASIL",
        "PARAF",
        "KETERANGAN",
    )
    data: list[list] = [[Paragraph(h, st.cell_head) for h in heads]]
    for n, line in enumerate(lines, start=1):
        data.append(
            [
                [Paragraph(f"{n}.", center), _Floor()],
                Paragraph(esc(line.nomor), cell),
                Paragraph(format_date_short(line.tanggal_mulai), center),
                Paragraph(esc(line.opd), cell),
                Paragraph(_informasi(line), cell),
                Paragraph(esc(line.tahap), cell),
                Paragraph(esc(line.hasil) or "—", cell),
                "",
                "",
            ]
        )
    if not lines:
        data.append([Paragraph("Tidak ada kasus pada periode ini.", cell)] + [""] * 8)
    widths = split_widths(width, 9 * mm, (0.11, 0.07, 0.13, 0.25, 0.13, 0.11, 0.07, 0.13))
    return _table(data, widths, height, bool(lines))


def _numbers_table(lines: list[NumberLine], width: float, height: float):
    st = get_styles()
    cell = ParagraphStyle("reg_cell", parent=st.cell, fontSize=8.5, leading=10.4)
    center = ParagraphStyle("reg_center", parent=cell, alignment=1)
    heads = (
        "NO",
        "NOMOR SURAT",
        "TANGGAL",
        "JENIS DOKUMEN",
        "KASUS",
        "REGISTER",
        "STATUS",
        "PARAF",
        "KETERANGAN",
    )
    data: list[list] = [[Paragraph(h, st.cell_head) for h in heads]]
    for n, line in enumerate(lines, start=1):
        data.append(
            [
                [Paragraph(f"{n}.", center), _Floor()],
                Paragraph(esc(line.nomor), cell),
                Paragraph(format_date_short(line.tanggal), center),
                Paragraph(esc(line.jenis), cell),
                Paragraph(esc(line.kasus) or "—", cell),
                Paragraph(esc(line.penerbit), cell),
                Paragraph(esc(line.status), cell),
                "",
                "",
            ]
        )
    if not lines:
        data.append([Paragraph("Tidak ada nomor surat pada periode ini.", cell)] + [""] * 8)
    widths = split_widths(width, 9 * mm, (0.19, 0.07, 0.18, 0.1, 0.15, 0.1, 0.07, 0.14))
    return _table(data, widths, height, bool(lines))


def register_story(
    cases: list[CaseLine],
    numbers: list[NumberLine],
    start: date,
    end: date,
    width: float,
    height: float,
) -> list[Flowable]:
    st = get_styles()
    heading = ParagraphStyle("reg_heading", parent=st.heading_free, spaceBefore=2)
    story: list[Flowable] = list(kop(width))
    story += [
        Paragraph(esc(register_title().upper()), st.title),
        Paragraph(esc(period_text(start, end)), st.nomor),
        Paragraph("A. Register kasus uji konsekuensi", heading),
        _cases_table(cases, width, height),
        PageBreak(),
        Paragraph("B. Register nomor surat keluar", heading),
        _numbers_table(numbers, width, height),
        Spacer(1, 3 * mm),
        Paragraph(
            "Kolom Paraf dan Keterangan diisi dengan tangan oleh petugas register.", st.small
        ),
    ]
    return story


def register_book_pdf(
    start: date, end: date, on_page: Callable[[int], None] | None = None
) -> bytes:
    problem = period_problem(start, end)
    if problem:
        raise UserError(problem)
    setup = landscape()
    cases, numbers = case_lines(start, end), number_lines(start, end)
    running = f"{register_title()} · {period_text(start, end)}"

    def heading(canvas: Canvas, _doc) -> None:  # from page 2 on, over the repeated header
        if canvas.getPageNumber() < 2:
            return
        canvas.saveState()
        canvas.setFont(REGULAR, 8)
        canvas.drawString(setup.left, setup.height - setup.top + 4 * mm, running)
        canvas.restoreState()

    story = register_story(cases, numbers, start, end, setup.frame_width, setup.frame_height)
    return build_report(
        story,
        setup,
        f"{register_title()} {period_text(start, end)}",
        on_page=on_page,
        on_each_page=heading,
    )
