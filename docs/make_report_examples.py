"""Regenerate the report images in ``docs/``: the annual report (both pages side by side) and
the SOP document's flowchart page, at about 70 dpi, from a demo database::

    uv run main.py demo --db /tmp/x.db --cases 36
    uv run python docs/make_report_examples.py --db /tmp/x.db     # needs poppler-utils

Writes ``docs/laporan-tahunan.png`` and ``docs/sop-dokumen.png`` (with ``--pdf DIR`` the PDFs,
and the buku register's, are kept in DIR as well).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402

from app import clock, store  # noqa: E402
from app.reports.jobs import (  # noqa: E402
    export_annual_report,
    export_register_book,
    export_sop_document,
)

DPI = 70


def pages(pdf: Path, folder: Path, first: int, last: int) -> list[Path]:
    stem = folder / pdf.stem
    subprocess.run(
        ["pdftoppm", "-r", str(DPI), "-f", str(first), "-l", str(last), "-png", pdf, stem],
        check=True,
    )
    return sorted(folder.glob(f"{pdf.stem}-*.png"))


def side_by_side(images: list[Path], target: Path) -> None:
    opened = [Image.open(p) for p in images]
    gap = 12
    width = sum(i.width for i in opened) + gap * (len(opened) - 1)
    sheet = Image.new("RGB", (width, max(i.height for i in opened)), (200, 200, 200))
    x = 0
    for image in opened:
        sheet.paste(image, (x, 0))
        x += image.width + gap
    sheet.quantize(colors=64).save(target, optimize=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, required=True, help="a demo database")
    parser.add_argument("--pdf", type=Path, help="keep the PDFs in this folder")
    args = parser.parse_args()
    store.open_for_reading(args.db)
    year = clock.today().year
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.pdf or tmp)
        folder.mkdir(parents=True, exist_ok=True)
        annual, sop = folder / "laporan-tahunan.pdf", folder / "sop-dokumen.pdf"
        export_annual_report(year, pdf=annual)
        export_sop_document(sop)
        export_register_book(date(year, 1, 1), date(year, 12, 31), folder / "buku-register.pdf")
        work = Path(tmp) / "png"
        work.mkdir()
        side_by_side(pages(annual, work, 1, 2), ROOT / "docs" / "laporan-tahunan.png")
        flow = pages(sop, work, 2, 2)
        Image.open(flow[0]).quantize(colors=64).save(ROOT / "docs" / "sop-dokumen.png")
    store.close_database()
    print("docs/laporan-tahunan.png, docs/sop-dokumen.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
