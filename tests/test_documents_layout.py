"""Page layout of the generated documents: paper, margins, kop, page numbers, draft watermark,
verification footer, escaping of user text. Read back with pypdf."""

from __future__ import annotations

import base64
from datetime import date
from io import BytesIO

import pytest
from pypdf import PdfReader

from app import clock, store
from app.documents.model import Stamp
from app.documents.render import render_document
from app.documents.render.layout import MIN_BOTTOM, page_setup
from app.documents.render.letterhead import PLACEHOLDER_LOGO
from app.models import Official
from app.settings import KERTAS, KOP_ALAMAT, KOP_INSTANSI, KOP_LOGO, MARGIN_MM

STAMP = Stamp(
    nomor="000.9.2/007/PPID/2026", tanggal=date(2026, 11, 20), kode="UJK-7F3A-9C21", versi=2
)
F4_PT = (609.45, 935.43)
A4_PT = (595.28, 841.89)


@pytest.fixture(scope="module")
def world(tmp_path_factory, case_tools):
    """One database for the module: a case at step 1 whose item text has & and <, and a
    finished case."""
    clock.pin_today(case_tools.pinned_today)
    case_tools.open_database(tmp_path_factory.mktemp("layout") / "t.db")
    officials = case_tools.officials()
    early = case_tools.make_case(
        judul="Uji A & B <draft>",
        item={
            "uraian": 'Kontrak A & B <rahasia> "lengkap"',
            "konsekuensi_dibuka": "Rugi > untung & risiko < manfaat",
        },
    )
    done = case_tools.make_case(judul="Kasus selesai")
    case_tools.advance(done.id, 7, officials)
    yield {"early": early.id, "done": done.id, "officials": officials}
    store.close_database()
    clock.pin_today(None)


def read(pdf: bytes) -> PdfReader:
    return PdfReader(BytesIO(pdf))


def texts(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in read(pdf).pages]


def text_positions(page) -> list[tuple[str, float, float]]:
    """(text, x, y) of every text run of ``page`` in page coordinates."""
    runs: list[tuple[str, float, float]] = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            runs.append((text.strip(), x, y))

    page.extract_text(visitor_text=visit)
    return runs


def test_f4_is_the_default_paper(world):
    box = read(render_document("laporan_identifikasi", world["early"])).pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(F4_PT, abs=0.01)


def test_a4_from_the_setting(world, setting):
    setting(KERTAS, "A4")
    for page in read(render_document("bukti_batas_waktu", world["done"])).pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(
            A4_PT, abs=0.01
        )


def test_draft_has_watermark_on_every_page_and_no_number(world):
    pages = texts(render_document("bukti_batas_waktu", world["done"]))
    assert len(pages) >= 2
    assert all("KONSEP" in t for t in pages)
    assert not any("Kode verifikasi" in t for t in pages)
    first = texts(render_document("ba_uji", world["done"]))[0]
    assert "(diisi saat final)" in first
    assert "NOMOR: (diisi saat final)" in first


def test_stamped_has_number_date_and_code_on_every_page(world):
    pages = texts(render_document("bukti_batas_waktu", world["done"], STAMP))
    assert len(pages) >= 2
    for t in pages:
        assert "KONSEP" not in t
        assert "Kode verifikasi: UJK-7F3A-9C21 · versi 2" in t
    first = texts(render_document("ba_uji", world["done"], STAMP))[0]
    assert "000.9.2/007/PPID/2026" in first
    assert "(diisi saat final)" not in first
    laporan = texts(render_document("laporan_uji", world["done"], STAMP))
    assert any("Serang, 20 November 2026" in t for t in laporan)


def test_footer_stays_in_the_bottom_margin(world):
    """The verification line is below the frame; no body text is."""
    pdf = render_document("bukti_batas_waktu", world["done"], STAMP)
    bottom = page_setup().bottom
    for page in read(pdf).pages:
        runs = text_positions(page)
        footer = [
            r
            for r in runs
            if r[0].startswith(("Nomor 000.9.2", "Kode verifikasi", "Keaslian", "Halaman"))
        ]
        assert footer and all(y < bottom for _, _, y in footer)
        body = [r for r in runs if r not in footer]
        assert body and all(y >= bottom - 1 for _, _, y in body)
        # The QR code is drawn as vector rectangles in the footer band.
        assert b" re" in page.get_contents().get_data()


def test_small_bottom_margin_is_widened_for_the_footer(world, setting):
    setting(MARGIN_MM, {"atas": 15, "kanan": 15, "bawah": 5, "kiri": 25})
    setup = page_setup()
    assert setup.bottom == pytest.approx(MIN_BOTTOM)
    assert setup.left == pytest.approx(25 * 72 / 25.4)


def test_page_numbers_from_page_two(world):
    pages = texts(render_document("bukti_batas_waktu", world["done"]))
    assert len(pages) >= 3
    assert "- 1 -" not in pages[0]
    for n, t in enumerate(pages[1:], start=2):
        assert f"- {n} -" in t


def test_kop_on_first_page_only(world):
    pages = texts(render_document("bukti_batas_waktu", world["done"]))
    assert "PEMERINTAH KABUPATEN SERANG" in pages[0]
    assert "DINAS KOMUNIKASI, INFORMATIKA" in pages[0]
    assert all("PEMERINTAH KABUPATEN SERANG" not in t for t in pages[1:])


def test_user_text_with_markup_characters_renders(world):
    text = " ".join(texts(render_document("ba_pembantu", world["early"])))
    flat = " ".join(text.split())
    assert 'Kontrak A & B <rahasia> "lengkap"' in flat
    assert "Rugi > untung & risiko < manfaat" in flat


def test_fonts_are_embedded_liberation_sans(world):
    reader = read(render_document("laporan_identifikasi", world["early"]))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    names = {str(fonts[k].get_object()["/BaseFont"]) for k in fonts}
    assert any("LiberationSans" in n for n in names)
    assert any("LiberationSans-Bold" in n for n in names)


def test_output_is_deterministic(world):
    assert render_document("ba_uji", world["done"], STAMP) == render_document(
        "ba_uji", world["done"], STAMP
    )


def test_office_logo_and_kop_lines_from_settings(world, setting):
    logo = base64.b64encode(PLACEHOLDER_LOGO.read_bytes()).decode()
    setting(KOP_LOGO, logo)
    setting(KOP_INSTANSI, "Dinas Contoh & Uji")
    setting(KOP_ALAMAT, ["Jalan Contoh 1 <Gedung B>"])
    first = texts(render_document("laporan_uji", world["done"]))[0]
    assert "DINAS CONTOH & UJI" in first
    assert "Jalan Contoh 1 <Gedung B>" in first
    setting(KOP_LOGO, "bukan base64 ***")  # unreadable: the placeholder is used
    assert texts(render_document("laporan_uji", world["done"]))[0]


def tiny_png(color: tuple[int, int, int, int]) -> bytes:
    from PIL import Image

    buffer = BytesIO()
    Image.new("RGBA", (60, 20), color).save(buffer, format="PNG")
    return buffer.getvalue()


def image_count(pdf: bytes) -> int:
    return sum(len(p.images) for p in read(pdf).pages)


def test_signature_status_and_scanned_images_only_when_allowed(world):
    kepala = world["officials"]["kepala"]
    Official.update(
        status_jabatan="Plt.",
        ttd_gambar=tiny_png((20, 40, 160, 255)),
        cap_gambar=tiny_png((160, 40, 160, 128)),
        boleh_ttd_gambar=False,
    ).where(Official.id == kepala.id).execute()
    try:
        without = render_document("laporan_uji", world["done"])
        assert "Plt. KEPALA DINAS KOMUNIKASI" in " ".join(" ".join(texts(without)).split())
        assert image_count(without) == 1  # the kop logo only
        Official.update(boleh_ttd_gambar=True).where(Official.id == kepala.id).execute()
        assert image_count(render_document("laporan_uji", world["done"])) == 3
    finally:
        Official.update(
            status_jabatan="", ttd_gambar=None, cap_gambar=None, boleh_ttd_gambar=False
        ).where(Official.id == kepala.id).execute()


def test_signature_block_prefix_and_officials_without_nip(world):
    from reportlab.platypus import Paragraph

    from app.documents.render.layout import build_pdf
    from app.documents.render.signature import Signer, signature_block, signer_from
    from app.documents.render.styles import get_styles

    st = get_styles()
    sekda = signer_from(world["officials"]["sekda"], "Atasan PPID", titles=False)
    ahli = signer_from(world["officials"]["tenaga_ahli"], "Tim")
    plain = Signer(
        jabatan="Kepala Dinas Kesehatan",
        nama="dr. Contoh, M.Kes.",
        nip="197007061990031002",
        pangkat="Pembina (IV/a)",
    )
    story = [
        Paragraph("Isi", st.body),
        signature_block(plain, st, prefix="a.n. BUPATI SERANG", lead=["Serang, 5 Maret 2026"]),
        signature_block(sekda, st),
        signature_block(ahli, st),
    ]
    text = " ".join(" ".join(texts(build_pdf(story, page_setup(), STAMP, "uji"))).split())
    assert (
        "Serang, 5 Maret 2026 a.n. BUPATI SERANG KEPALA DINAS KESEHATAN, "
        "dr. Contoh, M.Kes. Pembina (IV/a) NIP. 19700706 199003 1 002"
    ) in text
    assert "SEKRETARIS DAERAH, Ratna Susanti" in text
    assert "19680512" not in text  # Sekretaris Daerah: no NIP (Pasal 44 ayat (3))
    assert "TENAGA AHLI HUKUM, Dede Hidayat" in text  # no NIP line at all
    assert text.count("NIP.") == 1
