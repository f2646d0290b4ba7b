"""Warming the renderer before the first letter of a process.

The first letter a process renders pays for what every later one finds ready: importing
ReportLab and the renderers, parsing the four TrueType faces, building the styles, reading the
hyphenation patterns, decoding the kop's logo and loading the QR encoder (about 250 ms of a
first Berita Acara, against about 50 ms warm: ``bench/letter_first_render.py``). ``warm_up``
pays it in advance, off the GUI thread, by laying out one throwaway page that touches each of
them; nothing is stored and the PDF is dropped. The window starts it when the Dokumen tab
first shows a case (``ui.documents_panel``), so the clerk's first *Pratinjau* costs what a warm
one does.
"""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Paragraph

from app.documents.model import Stamp
from app.documents.render import BUILDERS  # every renderer module, imported here
from app.documents.render.fonts import register_fonts
from app.documents.render.layout import build_pdf, page_setup
from app.documents.render.letterhead import kop
from app.documents.render.styles import get_styles
from app.documents.render.tables import grid_table

# A word wider than the narrow first column (it is hyphenated there, as a long word in a
# table cell is), and running text for the justified paragraph and the wide column.
_LONG_WORD = "Pertanggungjawaban"
_TEXT = (
    "Pertimbangan pengecualian informasi berdasarkan pengujian konsekuensi dengan "
    "memperhatikan kepentingan publik yang lebih besar dan pertanggungjawaban administrasi."
)


def warm_up() -> int:
    """Lay out one page through every stage a letter uses (kop with the logo, justified and
    hyphenated text, a grid table, the footer with its QR code and page count). Returns the
    size of the dropped PDF (so a test can tell it was built). Reads the settings (paper,
    margins, kop): the database must be open on this thread."""
    assert BUILDERS  # imported for its side effect: the renderers' modules are loaded
    register_fonts()
    styles = get_styles()
    page = page_setup()
    width = page.frame_width
    story = kop(width)
    story.append(Paragraph(_TEXT, styles.body))
    cells = [
        [Paragraph("No.", styles.cell_head), Paragraph("Uraian", styles.cell_head)],
        [Paragraph(_LONG_WORD, styles.cell_center), Paragraph(_TEXT, styles.cell)],
    ]
    story.append(grid_table(cells, [width * 0.12, width * 0.88], max_height=page.frame_height))
    stamp = Stamp(nomor="000/000/PPID/0000", tanggal=date(2000, 1, 1), kode="UJK-0000-0000")
    return len(build_pdf(story, page, stamp, title="Ujikon"))
