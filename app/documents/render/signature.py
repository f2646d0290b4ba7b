"""Signature blocks (Permendagri 1/2023 Pasal 44) and the participants' signature table.

A block reads, centred in the right half of the page::

    Serang, 5 Maret 2026                (optional place and date)
    a.n. BUPATI SERANG                  (optional prefix)
    Plt. KEPALA DINAS …,                (status jabatan + jabatan in capitals + comma)
    <22 mm for the wet signature and the stamp>
    H. Anas Dwi Satya Prasadya, S.Sos., M.Si   (bold, underlined; no titles on a Keputusan)
    Pembina Utama Muda (IV/c)
    NIP. 19700706 199003 1 002

and is never split across pages (one unsplittable table). It is ``Joined`` to the flowables
it is given to keep (the closing sentence) and, at the call sites, to the content before it,
so it never stands alone on a page. Officials without NIP get no NIP
line; Kepala Daerah and Sekretaris Daerah write neither NIP nor pangkat (Pasal 44 ayat (3)).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from app.cases.model import OfficialInfo
from app.documents.render.blocks import Joined
from app.documents.render.common import esc
from app.documents.render.images import WHITE_KEY, opaque_reader
from app.documents.render.styles import Styles
from app.documents.render.tables import keep_rows, row_heights
from app.masterdata import signature_images
from app.nip import format_nip

SIGN_SPACE = 22 * mm
BLOCK_WIDTH = 88 * mm
BLANK_NAME = "(………………………)"


@dataclass(frozen=True)
class Signer:
    jabatan: str  # as stored; printed in capitals with a trailing comma
    nama: str  # as printed (with or without academic titles)
    nip: str | None = None
    pangkat: str = ""  # "Pembina Utama Muda (IV/c)"
    status_jabatan: str = ""  # "Plt." / "Plh."
    ttd_gambar: bytes | None = None
    cap_gambar: bytes | None = None

    @property
    def blank(self) -> bool:
        return self.nama == BLANK_NAME


def no_nip_rank(jabatan: str) -> bool:
    """Pasal 44 ayat (3): only officials other than the Kepala Daerah, its deputy and the
    Sekretaris Daerah write NIP and pangkat."""
    j = " ".join(jabatan.lower().split())
    return j.startswith(
        ("bupati", "wakil bupati", "wali kota", "walikota", "wakil wali kota", "sekretaris daerah")
    ) and not j.startswith("sekretaris daerah provinsi")


def pangkat_text(official: OfficialInfo) -> str:
    if official.pangkat and official.golongan:
        return f"{official.pangkat} ({official.golongan})"
    return official.pangkat or (official.golongan and f"Golongan {official.golongan}") or ""


def signer_from(
    official: OfficialInfo | None,
    fallback_jabatan: str,
    titles: bool = True,
    jabatan: str | None = None,
) -> Signer:
    """The signer for ``official``; without one, an empty block to be filled by hand."""
    if official is None:
        return Signer(jabatan=jabatan or fallback_jabatan, nama=BLANK_NAME)
    the_jabatan = jabatan or official.jabatan or fallback_jabatan
    plain = no_nip_rank(the_jabatan)
    ttd, cap = signature_images(official.id) if official.boleh_ttd_gambar else (None, None)
    return Signer(
        jabatan=the_jabatan,
        nama=official.full_name if titles else official.nama,
        nip=None if plain else official.nip,
        pangkat="" if plain else pangkat_text(official),
        status_jabatan=official.status_jabatan or "",
        ttd_gambar=ttd,
        cap_gambar=cap,
    )


def jabatan_line(signer: Signer) -> str:
    text = signer.jabatan.strip().rstrip(",").upper()
    if signer.status_jabatan:
        text = f"{signer.status_jabatan.strip()} {text}"
    return text + ","


class SignSpace(Flowable):
    """The room for the wet signature, or the official's scanned stamp and signature (only
    when the official allows printing them)."""

    def __init__(
        self, width: float, height: float, ttd: bytes | None = None, cap: bytes | None = None
    ) -> None:
        super().__init__()
        self.width, self.height = width, height
        self.ttd, self.cap = ttd, cap

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def _draw_image(self, data: bytes, x: float, max_w: float, max_h: float) -> None:
        try:
            reader = opaque_reader(data)
            w, h = reader.getSize()
        except Exception:  # an unreadable scan prints nothing rather than failing the letter
            return
        scale = min(max_w / w, max_h / h)
        dw, dh = w * scale, h * scale
        self.canv.drawImage(reader, x - dw / 2, (self.height - dh) / 2, dw, dh, mask=WHITE_KEY)

    def draw(self) -> None:
        if self.cap:
            self._draw_image(self.cap, self.width * 0.32, self.height, self.height)
        if self.ttd:
            self._draw_image(self.ttd, self.width * 0.5, self.width * 0.6, self.height * 0.9)


def signature_block(
    signer: Signer,
    styles: Styles,
    *,
    lead: Sequence[str] = (),
    prefix: str | None = None,
    width: float = BLOCK_WIDTH,
    keep: Sequence[Flowable] = (),
) -> Joined:
    """The block, right-aligned in the frame. ``lead``: lines above the jabatan (e.g. the place
    and date, "Ditetapkan di …"), as markup. ``keep``: flowables before the block with no page
    break between them and it (the closing sentence, the last paragraph of the text)."""
    st = styles.signature
    rows: list[list] = [[Paragraph(line, st)] for line in lead]
    if prefix:
        rows.append([Paragraph(esc(prefix), st)])
    rows.append([Paragraph(esc(jabatan_line(signer)), st)])
    rows.append([SignSpace(width, SIGN_SPACE, signer.ttd_gambar, signer.cap_gambar)])
    if signer.blank:
        rows.append([Paragraph(esc(signer.nama), st)])
    else:
        rows.append([Paragraph(f"<u><b>{esc(signer.nama)}</b></u>", st)])
        if signer.pangkat:
            rows.append([Paragraph(esc(signer.pangkat), st)])
        if signer.nip:
            rows.append([Paragraph(f"NIP. {esc(format_nip(signer.nip))}", st)])
    table = Table(rows, colWidths=[width], hAlign="RIGHT")
    table.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("NOSPLIT", (0, 0), (-1, -1)),
            ]
        )
    )
    return Joined([*keep, Spacer(1, 6 * mm), table])


# ----------------------------------------------------------------------------- table
def _dots(n: int, width: float, styles: Styles) -> str:
    """``"3. ........"`` as wide as ``width`` allows."""
    st = styles.cell
    label = f"{n}. "
    dot = stringWidth(".", st.fontName, st.fontSize)
    count = max(3, int((width - stringWidth(label, st.fontName, st.fontSize)) / dot) - 1)
    return label + "." * count


@dataclass(frozen=True)
class SignRow:
    nama: str
    nip: str | None
    jabatan: str


def sign_rows(officials: list[OfficialInfo] | tuple[OfficialInfo, ...]) -> list[SignRow]:
    return [SignRow(o.full_name, o.nip, o.jabatan_text) for o in officials]


def signature_table(
    rows: list[SignRow],
    styles: Styles,
    width: float,
    page_height: float | None = None,
    blank_rows: int = 3,
) -> Table:
    """No | Nama / NIP | Jabatan | Tanda tangan, one row per person, the signature places
    alternating left and right as on Indonesian attendance sheets. Rows are never split, a
    page break leaves at least two people on each side, and the header repeats on every page.
    Without people, ``blank_rows`` empty rows to fill in. A table up to half of
    ``page_height`` never breaks: its continuation would be a page of signatures only, so the
    page breaks earlier instead (in the items table before it, see ``blocks.Joined``)."""
    head = [Paragraph(t, styles.cell_head) for t in ("NO", "NAMA / NIP", "JABATAN", "TANDA TANGAN")]
    widths = [10 * mm, 0.36 * (width - 10 * mm), 0.34 * (width - 10 * mm)]
    widths.append(width - sum(widths))
    shift = widths[3] * 0.4  # even rows sign in the right part of the cell
    dots_width = widths[3] - shift - 2 * 3
    data: list[list] = [head]
    people: list[SignRow | None] = list(rows) or [None] * blank_rows
    for n, person in enumerate(people, start=1):
        if person is None:
            name_cell = Paragraph("……………………………<br/>NIP. ……………………", styles.cell)
            jabatan_cell = Paragraph("……………………………", styles.cell)
        else:
            lines = [f"<b>{esc(person.nama)}</b>"]
            if person.nip:
                lines.append(f"NIP. {esc(format_nip(person.nip))}")
            name_cell = Paragraph("<br/>".join(lines), styles.cell)
            jabatan_cell = Paragraph(esc(person.jabatan), styles.cell)
        data.append(
            [
                Paragraph(str(n), styles.cell_center),
                name_cell,
                jabatan_cell,
                Paragraph(_dots(n, dots_width, styles), styles.cell),
            ]
        )
    table = Table(
        data,
        colWidths=widths,
        repeatRows=1,
        hAlign="LEFT",
        minRowHeights=[0] + [16 * mm] * (len(data) - 1),
    )
    style = TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.5, "black"),
            ("BACKGROUND", (0, 0), (-1, 0), "#e6e6e6"),
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
            ("VALIGN", (0, 1), (2, -1), "TOP"),
            ("VALIGN", (3, 1), (3, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
    )
    heights = [max(h, 16 * mm) for h in row_heights(data, widths)]
    heights[0] = row_heights(data[:1], widths)[0]
    if page_height is not None and sum(heights) <= page_height / 2:
        style.add("NOSPLIT", (0, 0), (-1, -1))
    else:  # a long list of people: a break leaves two of them on each side
        for cmd in keep_rows(heights, 1, page_height or 1e9):
            style.add(*cmd)
    # Even rows sign on the right part of the cell, odd rows on the left.
    for r in range(2, len(data), 2):
        style.add("LEFTPADDING", (3, r), (3, r), shift)
    table.setStyle(style)
    return table
