"""Which documents a case can have, and what each document type says."""

from __future__ import annotations

from datetime import date, datetime
from io import BytesIO

import pytest
from pypdf import PdfReader

from app import clock, store
from app.cases.read import case_detail
from app.documents.catalog import listed
from app.documents.model import Stamp
from app.documents.render import render_document
from app.errors import ConflictError, NotFound
from app.masterdata import OfficialInput, save_official
from app.models import Document, Official, Opd
from app.settings import BUPATI_NAMA, PENETAPAN_BENTUK
from app.sop import load_current_sop

SPECS = {d.kind: d for d in load_current_sop().documents}

STAMP = Stamp(nomor="000.9.2/011/PPID/2026", tanggal=date(2026, 11, 20), kode="UJK-0001-ABCD")
KEPALA_TITLED = "H. Anas Dwi Satya Prasadya, S.Sos., M.Si"
KEPALA_NIP = "19700706 199003 1 002"
SEKDA_NIP = "19680512 199203 2 001"


@pytest.fixture(scope="module")
def world(tmp_path_factory, case_tools):
    clock.pin_today(case_tools.pinned_today)
    case_tools.open_database(tmp_path_factory.mktemp("types") / "t.db")
    officials = case_tools.officials()
    early = case_tools.make_case(judul="Kasus tahap satu")
    done = case_tools.make_case(
        judul="Kasus selesai",
        item={
            "jangka_jenis": "peristiwa",
            "jangka_peristiwa": "Sampai berakhirnya masa perawatan pasien",
            "dasar_hukum": ["17.h.2", "17.h.3"],
        },
    )
    case_tools.advance(done.id, 7, officials, "sebagian")
    step4 = case_tools.make_case(judul="Kasus tahap empat")
    case_tools.advance(step4.id, 4, officials)
    yield {"early": early.id, "done": done.id, "step4": step4.id, "officials": officials}
    store.close_database()
    clock.pin_today(None)


def text_of(pdf: bytes) -> str:
    """All pages, whitespace collapsed (table cells wrap lines anywhere)."""
    pages = PdfReader(BytesIO(pdf)).pages
    return " ".join(" ".join(p.extract_text().split()) for p in pages)


def pages_of(pdf: bytes) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(BytesIO(pdf)).pages]


# ----------------------------------------------------------------------------- availability
def available(case_id: int) -> list[str]:
    return [d.kind for d in listed(case_detail(case_id))]


def test_available_documents_follow_the_started_steps(world):
    assert available(world["early"]) == ["laporan_identifikasi", "ba_pembantu", "bukti_batas_waktu"]
    assert available(world["step4"]) == [
        "laporan_identifikasi",
        "ba_pembantu",
        "laporan_uji",
        "ba_uji",
        "lembar_pertimbangan",
        "penetapan",
        "bukti_batas_waktu",
    ]
    assert available(world["done"]) == list(SPECS)


def test_a_document_whose_step_has_not_started_is_refused(world):
    with pytest.raises(ConflictError, match="belum dapat dibuat: tahap 4"):
        render_document("penetapan", world["early"])
    with pytest.raises(ConflictError, match="tahap 2"):
        render_document("ba_uji", world["early"], STAMP)
    with pytest.raises(ConflictError, match="tidak mengenal dokumen"):
        render_document("surat_cinta", world["early"])
    with pytest.raises(NotFound):
        render_document("ba_uji", 999_999)
    with pytest.raises(NotFound):
        available(999_999)


@pytest.mark.parametrize("doc_type", list(SPECS))
def test_every_type_renders_as_draft_and_final(world, doc_type):
    draft = text_of(render_document(doc_type, world["done"]))
    final = text_of(render_document(doc_type, world["done"], STAMP))
    assert "KONSEP" in draft and "KONSEP" not in final
    assert "Kode verifikasi: UJK-0001-ABCD · versi 1" in final
    if SPECS[doc_type].numbered:
        assert "(diisi saat final)" in draft
        assert STAMP.nomor in final
    assert "PEMERINTAH KABUPATEN SERANG" in final or doc_type == "penetapan"


# ----------------------------------------------------------------------------- laporan
def test_laporan_identifikasi(world):
    text = text_of(render_document("laporan_identifikasi", world["early"], STAMP))
    for expected in (
        "LAPORAN HASIL IDENTIFIKASI",
        "001/UK-PPID/2026",
        "Dinas Kesehatan",
        "Sebelum ada permohonan informasi",
        "2 Maret 2026",
        "Rekam medis pasien rawat inap",
        "Pasal 17 huruf h angka 2",
        "Tidak terbatas",
        "Jumlah butir informasi: 1 (satu)",
        "Serang, 20 November 2026",
    ):
        assert expected in text, expected
    # Nobody is PPID Pembantu of Dinkes: an empty block, no NIP.
    assert "(………………………)" in text
    assert "NIP." not in text


def test_laporan_identifikasi_signed_by_the_opds_ppid_pembantu(world, case_tools):
    official = save_official(
        case_tools.admin,
        OfficialInput(
            nama="Siti Rohaeti",
            nip="198001012005012003",
            gelar_belakang="S.K.M.",
            golongan="III/d",
            jabatan="Sekretaris Dinas Kesehatan",
            opd_id=Opd.get(Opd.singkatan == "Dinkes").id,
            peran="ppid_pembantu",
        ),
    ).value
    try:
        text = text_of(render_document("laporan_identifikasi", world["early"]))
        assert "SEKRETARIS DINAS KESEHATAN," in text
        assert "Siti Rohaeti, S.K.M." in text
        assert "Penata Tingkat I (III/d)" in text
        assert "NIP. 19800101 200501 2 003" in text
    finally:
        Official.delete_by_id(official.id)


def test_laporan_uji_signed_by_the_pejabat_penetap_with_grouped_nip(world):
    text = text_of(render_document("laporan_uji", world["done"]))
    assert "LAPORAN HASIL UJI KONSEKUENSI" in text
    assert "Dikecualikan sebagian" in text
    assert "dikecualikan sebagian 1 (satu)" in text
    assert KEPALA_TITLED in text
    assert f"NIP. {KEPALA_NIP}" in text
    assert "Pembina Utama Muda (IV/c)" in text


# ----------------------------------------------------------------------------- pertimbangan
def test_lembar_pertimbangan(world):
    text = text_of(render_document("lembar_pertimbangan", world["done"], STAMP))
    assert "LEMBAR PERTIMBANGAN" in text
    assert "Tim sependapat dengan hasil uji." in text
    assert "Elektronik" in text
    assert "Dede Hidayat" in text  # the Tim member (no NIP)
    assert "Tenaga Ahli Hukum" in text
    assert "TANDA TANGAN" in text


# ----------------------------------------------------------------------------- penetapan
def six_contents(text: str) -> None:
    """Perki 1/2017 Pasal 4 ayat (4) huruf a–f."""
    assert "Dikecualikan sebagian" in text or "Dikecualikan seluruhnya" in text  # a
    assert KEPALA_TITLED in text and KEPALA_NIP in text  # b: the PPID official
    assert "Kepala Dinas Komunikasi, Informatika, Persandian dan Statistik" in text  # b
    assert "Pemerintah Kabupaten Serang" in text  # c: badan publik
    assert "Unit kerja" in text and "Dinas Kesehatan" in text  # c: unit
    assert "Sampai berakhirnya masa perawatan pasien" in text  # d
    assert "Akibat pembukaannya lebih besar daripada manfaatnya." in text  # e
    assert "Ditetapkan di Serang" in text  # f
    assert "pada tanggal" in text


def test_surat_penetapan(world, setting):
    setting(PENETAPAN_BENTUK, "surat_penetapan")
    pdf = render_document("penetapan", world["done"], STAMP)
    text = text_of(pdf)
    six_contents(text)
    assert "SURAT PENETAPAN" in text
    assert f"NIP. {KEPALA_NIP}" in text  # signed with titles and NIP
    pages = pages_of(pdf)
    lampiran = [p for p in pages if "LAMPIRAN" in p]
    assert lampiran and "DAFTAR INFORMASI YANG DIKECUALIKAN" in lampiran[0]
    assert "LAMPIRAN" not in pages[0]
    assert "SURAT PENETAPAN KLASIFIKASI" in lampiran[0]
    assert STAMP.nomor in lampiran[0]
    assert "ALASAN PENGECUALIAN" in lampiran[0]
    # Step 5's tanggal_penetapan dates the penetapan, not the stamp.
    step5 = [p for p in pages if "Ditetapkan di" in p][0]
    assert "pada tanggal 20 November 2026" not in step5  # (the footer dates the stamp)


def test_keputusan_atasan_without_titles(world, setting):
    setting(PENETAPAN_BENTUK, "keputusan_atasan")
    sekda = world["officials"]["sekda"]
    Official.update(gelar_depan="Dr.", gelar_belakang="S.H., M.Si.").where(
        Official.id == sekda.id
    ).execute()
    try:
        pdf = render_document("penetapan", world["done"], STAMP)
    finally:
        Official.update(gelar_depan="", gelar_belakang="").where(Official.id == sekda.id).execute()
    text = text_of(pdf)
    six_contents(text)
    for expected in (
        "KEPUTUSAN SEKRETARIS DAERAH",
        "TENTANG",
        "Menimbang",
        "Mengingat",
        "Undang-Undang Nomor 14 Tahun 2008",
        "Peraturan Pemerintah Nomor 61 Tahun 2010",
        "Nomor 1 Tahun 2017",
        "Nomor 1 Tahun 2021",
        "MEMUTUSKAN:",
        "Menetapkan",
        "KESATU",
        "KEDUA",
        "KETIGA",
        "KEEMPAT",
        "Keputusan ini mulai berlaku pada tanggal ditetapkan.",
        "SEKRETARIS DAERAH,",
        "Ratna Susanti",
        "LAMPIRAN",
    ):
        assert expected in text, expected
    assert "Dr. Ratna Susanti" not in text and "Ratna Susanti, S.H." not in text
    # Pasal 44 ayat (3): the Sekretaris Daerah writes no NIP and no pangkat.
    assert SEKDA_NIP not in text
    assert "Pembina Utama (IV/e)" not in text


def test_keputusan_bupati(world, setting):
    setting(PENETAPAN_BENTUK, "keputusan_bupati")
    setting(BUPATI_NAMA, "Ratu Rachmatuzakiyah")
    text = text_of(render_document("penetapan", world["done"]))
    six_contents(text)
    assert "KEPUTUSAN BUPATI SERANG" in text
    assert "DENGAN RAHMAT TUHAN YANG MAHA ESA" in text
    assert "BUPATI SERANG," in text
    assert "Ratu Rachmatuzakiyah" in text
    assert "KONSEP" in text


def test_penetapan_without_exempt_items_is_refused(world, case_tools):
    case = case_tools.make_case(judul="Semua terbuka")
    case_tools.advance(case.id, 5, world["officials"], "terbuka")
    with pytest.raises(ConflictError, match="tidak ada butir informasi yang dikecualikan"):
        render_document("penetapan", case.id)


def test_penetapan_date_unknown_before_step_5(world):
    text = text_of(render_document("penetapan", world["step4"]))
    assert "pada tanggal ……" in text


# ----------------------------------------------------------------------------- pemberitahuan
def test_pemberitahuan_refers_to_the_finalised_penetapan(world):
    text = text_of(render_document("pemberitahuan", world["done"], STAMP))
    for expected in (
        "Serang, 20 November 2026",
        "Sifat : Biasa",
        "1 (satu) berkas",
        "Penyampaian Hasil Penetapan Klasifikasi Informasi yang Dikecualikan",
        "Yth. Kepala Dinas Kesehatan",
        "selaku PPID Pembantu",
        "Tembusan:",
        "Sekretaris Daerah selaku Atasan PPID",
        "2. Arsip.",
        KEPALA_TITLED,
    ):
        assert expected in text, expected
    Document.create(
        case=world["done"],
        jenis="penetapan",
        versi=1,
        nomor="000.9.2/099/PPID/2026",
        tanggal=date(2026, 11, 2),
        kode="UJK-TEST-0001",
        sha256="0" * 64,
        pdf=b"%PDF",
        created_at=datetime(2026, 11, 2),
    )
    try:
        text = text_of(render_document("pemberitahuan", world["done"]))
        assert "Nomor 000.9.2/099/PPID/2026 tanggal 2 November 2026" in text
    finally:
        Document.delete().where(Document.kode == "UJK-TEST-0001").execute()


# ----------------------------------------------------------------------------- batas waktu
def test_bukti_batas_waktu_explains_every_day(world):
    pdf = render_document(
        "bukti_batas_waktu", world["done"], Stamp(None, date(2026, 11, 20), "UJK-0002-BBBB")
    )
    text = text_of(pdf)
    assert "BUKTI PERHITUNGAN BATAS WAKTU" in text
    assert "NOMOR" not in text.split("BUKTI PERHITUNGAN BATAS WAKTU")[1][:200]
    for step_no in range(1, 7):
        assert f"Tahap {step_no}." in text
    for expected in (
        "Senin, 2 Maret 2026",
        "10 (sepuluh) hari kerja",
        "Hari kerja ke-10",
        "Akhir pekan: Sabtu",
        "Libur nasional: Hari Suci Nyepi",
        "Cuti bersama",
        "holidays ",
        "revisi lokal 0",
        "Selesai pada",
        "30 (tiga puluh) hari kerja",
    ):
        assert expected in text, expected


def test_pemberitahuan_when_nothing_is_exempt(world, case_tools):
    case = case_tools.make_case(judul="Semua terbuka, sampai akhir")
    case_tools.advance(case.id, 6, world["officials"], "terbuka")
    text = text_of(render_document("pemberitahuan", case.id))
    assert "dinyatakan sebagai informasi publik yang terbuka" in text
    assert "Daftar Informasi Publik (DIP)" in text
