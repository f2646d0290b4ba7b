"""Regenerate the example document images in ``docs/documents/``: a demo database (today pinned
to 25 November 2026), one finalised copy of every document type with a fake stamp, converted
with poppler's ``pdftoppm``::

    uv run python docs/make_document_examples.py            # needs poppler-utils

Writes ``<doc_type>.png`` (first page) for each type, ``ba_uji-2.png`` (page 2 of a Berita
Acara with many items: the table header repeats), ``penetapan-lampiran.png`` (the Lampiran
page) and ``penetapan-keputusan.png`` (the Keputusan Atasan PPID form). With ``--pdf DIR``
the PDFs are kept in DIR as well.
"""

from __future__ import annotations

import argparse
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
from app.cases import commands  # noqa: E402
from app.cases.read import case_detail  # noqa: E402
from app.demo import SAMPLE_ITEMS, _item_values, fill_demo  # noqa: E402
from app.documents.model import Stamp  # noqa: E402
from app.documents.render import render_document  # noqa: E402
from app.models import Case, Official, Opd  # noqa: E402
from app.permissions import ADMIN, Actor  # noqa: E402
from app.refdata import current_sop  # noqa: E402
from app.settings import PENETAPAN_BENTUK, change_settings  # noqa: E402
from app.store import close_database, open_database  # noqa: E402

TODAY = date(2026, 11, 25)
RESOLUTION = 70


def stamp(n: int, numbered: bool) -> Stamp:
    return Stamp(
        nomor=f"000.9.2/{n:03d}/PPID/2026" if numbered else None,
        tanggal=date(2026, 11, 20),
        kode=f"UJK-7F3A-{n:04d}",
        versi=1,
    )


def many_items_case(count: int = 12) -> int:
    """A case of the Dinas Kesehatan with ``count`` items, taken through the meeting (step 2)
    so that its Berita Acara Hasil Uji fills more than one page."""
    officials = {o.peran: o for o in Official.select().order_by(Official.id.desc())}
    names = {role: Actor(role, o.full_name) for role, o in officials.items()}
    start = date(2026, 10, 1)
    case = commands.create_case(
        names["ppid_pembantu"],
        commands.NewCase(
            opd_id=Opd.get(Opd.singkatan == "Dinkes").id,
            pemicu="sebelum_permohonan",
            judul="Pemutakhiran DIK Dinas Kesehatan Tahun 2026",
            tanggal_mulai=start,
        ),
    ).case
    for n in range(count):
        sample = SAMPLE_ITEMS[n % len(SAMPLE_ITEMS)]
        commands.save_item(names["ppid_pembantu"], case.id, _item_values(sample, start))
    commands.set_participants(
        names["ppid_pembantu"],
        case.id,
        1,
        [
            (o.id, True)
            for o in Official.select()
            .where(Official.peran == "ppid_pembantu")
            .order_by(Official.id)
        ][:3],
    )
    commands.complete_step(
        names["ppid_pembantu"],
        case.id,
        1,
        on=date(2026, 10, 9),
        data={
            "tanggal_rapat": date(2026, 10, 7),
            "tempat_rapat": "Ruang Rapat Dinas Kesehatan Kabupaten Serang",
        },
    )
    detail = case_detail(case.id)
    for i, item in enumerate(detail.items):
        values = {"kesimpulan": "seluruhnya"}
        if i % 3 == 1:
            values = {
                "kesimpulan": "sebagian",
                "bagian_dihitamkan": "Nama, NIK dan alamat orang perseorangan",
                "alasan_dihitamkan": "Data pribadi (Pasal 17 huruf h UU 14/2008).",
            }
        commands.save_item(names["ppid_utama"], case.id, values, item.id)
    commands.save_step(
        names["ppid_utama"],
        case.id,
        2,
        {
            "tanggal_rapat": date(2026, 10, 15),
            "tempat_rapat": "Ruang Rapat Diskominfosatik, Pusat Pemerintahan Kabupaten Serang",
        },
    )
    people = [
        o.id
        for o in Official.select()
        .where(Official.peran.in_(["ppid_utama", "tim_pertimbangan"]))
        .order_by(Official.id)
    ][:5]
    commands.set_participants(names["ppid_utama"], case.id, 2, [(p, True) for p in people])
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pdf", type=Path, help="also keep the PDFs in this folder")
    args = parser.parse_args()
    if shutil.which("pdftoppm") is None:
        sys.exit("pdftoppm (poppler-utils) tidak ditemukan.")
    out = ROOT / "docs" / "documents"
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    pdf_dir = args.pdf or tmp
    pdf_dir.mkdir(parents=True, exist_ok=True)
    clock.pin_today(TODAY)
    open_database(tmp / "demo.db")
    try:
        fill_demo(14)
        big = many_items_case()
        finished = Case.select().where(Case.status == "selesai").order_by(Case.id).first()
        for n, spec in enumerate(current_sop().documents, start=1):
            key = spec.kind
            case_id = big if key == "ba_uji" else finished.id
            pdf = pdf_dir / f"{key}.pdf"
            pdf.write_bytes(render_document(key, case_id, stamp(n, spec.numbered)))
            to_png(pdf, 1, out / f"{key}.png")
            if key == "ba_uji":
                to_png(pdf, 2, out / "ba_uji-2.png")
            if key == "penetapan":
                texts = [p.extract_text() for p in PdfReader(pdf).pages]
                lampiran = next(i for i, t in enumerate(texts) if "LAMPIRAN" in t) + 1
                to_png(pdf, lampiran, out / "penetapan-lampiran.png")
        change_settings(Actor(ADMIN, "Contoh"), {PENETAPAN_BENTUK: "keputusan_atasan"})
        pdf = pdf_dir / "penetapan-keputusan.pdf"
        pdf.write_bytes(render_document("penetapan", finished.id, stamp(9, True)))
        to_png(pdf, 1, out / "penetapan-keputusan.png")
    finally:
        close_database()
        clock.pin_today(None)
    for png in sorted(out.glob("*.png")):
        print(f"{png.relative_to(ROOT)}  {png.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
