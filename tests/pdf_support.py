"""A plain PDF for tests that need one but not a real Ujikon document."""

import io

from reportlab.pdfgen.canvas import Canvas


def make_pdf(*lines: str, pages: int = 1) -> bytes:
    """Uncompressed content streams, so a test can change one byte of the text."""
    buf = io.BytesIO()
    c = Canvas(buf, pageCompression=0, invariant=1)
    for _ in range(pages):
        for i, line in enumerate(lines):
            c.drawString(72, 760 - 16 * i, line)
        c.showPage()
    c.save()
    return buf.getvalue()
