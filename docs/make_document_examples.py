"""Regenerate the example document images in ``docs/documents/``: a demo database (today pinned
to 25 November 2026) whose documents are finalised for real (numbers from the registers,
dates of the events they record, verification codes), converted with poppler's
``pdftoppm``::

    uv run python docs/make_document_examples.py            # needs poppler-utils

Writes ``<doc_type>.png`` (first page) of each type from a finished demo case, and from a
case of 24 items worked through every step: ``ba_uji-24.png`` / ``ba_uji-24-2.png`` /
``ba_uji-24-last.png`` (a Berita Acara of 24 items: its first page, the repeated table header,
the page the participants sign), ``penetapan-24.png`` / ``penetapan-lampiran.png`` /
``penetapan-lampiran-last.png`` (a multi-page Surat Penetapan, its Lampiran and the Lampiran's
signature page) and ``penetapan-keputusan.png`` (its correction as a Keputusan Sekretaris
Daerah numbered by the Bagian Hukum, saying what it replaces). With ``--pdf DIR`` the PDFs are
kept in DIR as well.
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pypdf import PdfReader  # noqa: E402

from app import clock  # noqa: E402
from app.calendar_service import current_calendar  # noqa: E402
from app.cases import commands  # noqa: E402
from app.demo import (  # noqa: E402
    SAMPLE_ITEMS,
    _actors,
    _demo_officials,
    _fill_step,
    _item_values,
    _pembantu_by_opd,
    fill_demo,
    finalise_documents,
)
from app.documents.read import finals_of, get_pdf  # noqa: E402
from app.documents.store import finalise  # noqa: E402
from app.models import Case, Opd  # noqa: E402
from app.permissions import ADMIN, Actor  # noqa: E402
from app.refdata import current_sop  # noqa: E402
from app.settings import PENETAPAN_BENTUK, change_settings  # noqa: E402
from app.store import close_database, open_database  # noqa: E402

TODAY = date(2026, 11, 25)
RESOLUTION = 70
BIG = 24  # items of the large example case


def many_items_case(count: int = BIG) -> int:
    """A case of the Dinas Kesehatan with ``count`` items, worked through every step by the
    demo's officials (each step completed two working days after it started), its documents
    finalised as the demo finalises them."""
    rng = random.Random(24)
    officials = _demo_officials(rng)
    dinkes = Opd.get(Opd.singkatan == "Dinkes")
    pembantu = _pembantu_by_opd().get(dinkes.id)
    actors = _actors(officials)
    calendar = current_calendar()
    start = date(2026, 5, 4)
    case = commands.create_case(
        actors["ppid_pembantu"],
        commands.NewCase(
            opd_id=dinkes.id,
            pemicu="sebelum_permohonan",
            judul="Pemutakhiran DIK Dinas Kesehatan Tahun 2026",
            tanggal_mulai=start,
        ),
    ).case
    for n in range(count):
        sample = SAMPLE_ITEMS[n % len(SAMPLE_ITEMS)]
        commands.save_item(actors["ppid_pembantu"], case.id, _item_values(sample, start))
    day = start
    for step in current_sop().steps:
        day = calendar.add_working_days(day, 2)
        _fill_step(case.id, step.number, actors, officials, rng, day, pembantu)
        commands.complete_step(actors[step.actor], case.id, step.number, on=day)
    finalise_documents([case.id], actors)
    return case.id


def to_png(pdf: Path, page: int, target: Path) -> None:
    prefix = target.with_suffix("")
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            str(RESOLUTION),
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            str(pdf),
            str(prefix),
        ],
        check=True,
    )


def pages_of(pdf: Path) -> list[str]:
    return [p.extract_text() for p in PdfReader(pdf).pages]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pdf", type=Path, help="also keep the PDFs in this folder")
    args = parser.parse_args()
    if shutil.which("pdftoppm") is None:
        sys.exit("pdftoppm (poppler-utils) tidak ditemukan.")
    out = ROOT / "docs" / "documents"
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.png"):
        old.unlink()
    tmp = Path(tempfile.mkdtemp())
    pdf_dir = args.pdf or tmp
    pdf_dir.mkdir(parents=True, exist_ok=True)
    clock.pin_today(TODAY)
    open_database(tmp / "demo.db")

    def save(case_id: int, kind: str, name: str) -> Path:
        pdf = pdf_dir / f"{name}.pdf"
        pdf.write_bytes(get_pdf(finals_of(case_id)[kind].id))
        return pdf

    try:
        fill_demo(14)
        finished = Case.select().where(Case.status == "selesai").order_by(Case.id).first()
        finals = finals_of(finished.id)
        utama = Actor("ppid_utama", "Contoh")
        if "bukti_batas_waktu" not in finals:
            finalise(utama, finished.id, "bukti_batas_waktu")
        for spec in current_sop().documents:
            to_png(save(finished.id, spec.kind, spec.kind), 1, out / f"{spec.kind}.png")
        big = many_items_case()
        ba = save(big, "ba_uji", "ba_uji-24")
        count = len(pages_of(ba))
        for page, name in ((1, "ba_uji-24"), (2, "ba_uji-24-2"), (count, "ba_uji-24-last")):
            to_png(ba, page, out / f"{name}.png")
        penetapan = save(big, "penetapan", "penetapan-24")
        texts = pages_of(penetapan)
        lampiran = next(i for i, t in enumerate(texts) if "LAMPIRAN" in t) + 1
        to_png(penetapan, 1, out / "penetapan-24.png")
        to_png(penetapan, lampiran, out / "penetapan-lampiran.png")
        to_png(penetapan, len(texts), out / "penetapan-lampiran-last.png")
        change_settings(Actor(ADMIN, "Contoh"), {PENETAPAN_BENTUK: "keputusan_sekda"})
        year = finals_of(big)["penetapan"].tanggal.year
        finalise(
            utama,
            big,
            "penetapan",
            reason="Ditetapkan dengan Keputusan Sekretaris Daerah.",
            nomor_luar=f"100.3.3.2/Kep.45-Huk/{year}",
        )
        to_png(save(big, "penetapan", "penetapan-keputusan"), 1, out / "penetapan-keputusan.png")
    finally:
        close_database()
        clock.pin_today(None)
    for png in sorted(out.glob("*.png")):
        print(f"{png.relative_to(ROOT)}  {png.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
