"""Berita Acara: the opening with the date in words, the two-level items table repeated on
every page with rows never split, the participants' signatures, and signature blocks that are
never split across pages."""

from __future__ import annotations

from datetime import date
from io import BytesIO

import pytest
from pypdf import PdfReader

from app import clock, store
from app.cases import commands
from app.cases.read import case_detail
from app.documents.model import Stamp
from app.documents.render import render_document
from app.masterdata import OfficialInput, save_official
from app.models import Official, Opd
from app.text import date_in_words

N_ITEMS = 40


@pytest.fixture(scope="module")
def world(tmp_path_factory, case_tools):
    clock.pin_today(case_tools.pinned_today)
    case_tools.open_database(tmp_path_factory.mktemp("ba") / "t.db")
    officials = case_tools.officials()
    pembantu = save_official(
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
    # Siti signs for the Dinas Kesehatan here, not the PPID Pembantu of the shared fixtures.
    Official.update(aktif=False).where(Official.id == officials["pembantu"].id).execute()
    big = case_tools.make_case(
        judul="Banyak butir",
        item={"uraian": "Informasi nomor 1", "konsekuensi_ditutup": "Penutup nomor 1."},
    )
    actor = case_tools.actors["ppid_pembantu"]
    for n in range(2, N_ITEMS + 1):
        commands.save_item(
            actor,
            big.id,
            {
                "uraian": f"Informasi nomor {n}",
                "dokumen_sumber": "Berkas rekam medis RSUD",
                "dasar_hukum": ["17.h.2"],
                "dasar_hukum_lain": "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
                "konsekuensi_dibuka": "Mengungkap riwayat kesehatan seseorang.",
                "konsekuensi_ditutup": f"Penutup nomor {n}.",
                "jangka_jenis": "tidak_terbatas",
            },
        )
    case_tools.advance(big.id, 3, officials, "sebagian")
    growing = case_tools.make_case(judul="Butir bertambah")
    yield {"big": big.id, "growing": growing.id, "officials": officials, "pembantu": pembantu}
    store.close_database()
    clock.pin_today(None)


def pages_of(pdf: bytes) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(BytesIO(pdf)).pages]


@pytest.fixture(scope="module")
def big_ba(world):
    return pages_of(
        render_document(
            "ba_uji",
            world["big"],
            Stamp("000.9.2/003/PPID/2026", date(2026, 11, 20), "UJK-BA00-0040"),
        )
    )


def test_many_items_give_pages_each_with_the_table_header(big_ba):
    assert len(big_ba) >= 3
    for page in big_ba:
        assert "DASAR HUKUM" in page
        assert "BILA DIBUKA" in page and "BILA DITUTUP" in page
        assert "JANGKA WAKTU" in page


def test_rows_are_never_split_across_pages(big_ba):
    for n in range(1, N_ITEMS + 1):
        first = [i for i, p in enumerate(big_ba) if f"Informasi nomor {n} " in p + " "]
        last = [i for i, p in enumerate(big_ba) if f"Penutup nomor {n}." in p]
        assert len(first) == 1 and first == last, n


def test_opening_states_the_meeting_day_and_place_in_words(world, big_ba):
    rapat = case_detail(world["big"]).latest_record(2).tanggal_mulai
    expected = f"Pada hari ini {date_in_words(rapat)} bertempat di Ruang Rapat Diskominfosatik"
    assert expected in big_ba[0]
    assert "telah dilakukan Pengujian Konsekuensi terhadap Informasi Publik" in big_ba[0]
    assert "BERITA ACARA" in big_ba[0] and "NOMOR: 000.9.2/003/PPID/2026" in big_ba[0]


def test_conclusion_per_item_and_closing(big_ba):
    text = " ".join(big_ba)
    assert text.count("Dikecualikan sebagian: Nama dan alamat pasien") == N_ITEMS
    assert "Pasal 17 huruf h angka 2" in text
    assert (
        "Demikian Berita Acara ini dibuat dengan sebenarnya untuk dipergunakan "
        "sebagaimana mestinya." in text
    )


def test_signed_by_the_participants_who_attended(big_ba):
    last = big_ba[-1]
    assert "NAMA / NIP" in last and "TANDA TANGAN" in last
    assert "H. Anas Dwi Satya Prasadya, S.Sos., M.Si" in last
    assert "NIP. 19700706 199003 1 002" in last
    assert "Dede Hidayat" not in " ".join(big_ba)  # listed but did not attend


def test_ba_pembantu_signed_by_the_ppid_pembantu(world):
    pages = pages_of(render_document("ba_pembantu", world["growing"]))
    text = " ".join(pages)
    assert "TINGKAT PPID PEMBANTU DINAS KESEHATAN" in text
    # Its meeting is not recorded yet: the day and the place are left to fill in.
    assert "Pada hari ini …………… tanggal" in text
    assert "bertempat di ……………" in text
    assert "Siti Rohaeti, S.K.M." in text and "NIP. 19800101 200501 2 003" in text


def test_ba_pembantu_records_the_day_place_and_attendance_of_its_meeting(world):
    """The BA of step 1 is dated by the PPID Pembantu's meeting, held where it was held, and
    signed by those who attended (field keys of its own step, whatever its number)."""
    text = " ".join(pages_of(render_document("ba_pembantu", world["big"])))
    assert f"Pada hari ini {date_in_words(date(2026, 3, 2))}" in text
    assert "bertempat di Ruang Rapat Diskominfosatik" in text
    assert "Peserta rapat uji konsekuensi yang hadir:" in text
    assert "H. Anas Dwi Satya Prasadya, S.Sos., M.Si" in text


def test_signature_block_is_never_split(world, case_tools):
    """Add items one by one: wherever the page breaks, jabatan, name, rank and NIP of the
    PPID Pembantu stay on one page."""
    actor = case_tools.actors["ppid_pembantu"]
    seen_pages = set()
    for n in range(2, 14):
        commands.save_item(
            actor,
            world["growing"],
            {
                "uraian": f"Butir tambahan {n} " + "dengan uraian yang cukup panjang " * 3,
                "dasar_hukum": ["17.h.1"],
                "konsekuensi_dibuka": "Merugikan. " * 4,
                "konsekuensi_ditutup": "Melindungi. " * 4,
                "jangka_jenis": "tidak_terbatas",
            },
        )
        pages = pages_of(render_document("ba_pembantu", world["growing"]))
        seen_pages.add(len(pages))
        holders = [
            i
            for i, p in enumerate(pages)
            if "SEKRETARIS DINAS KESEHATAN," in p
            and "Siti Rohaeti, S.K.M." in p
            and "Penata Tingkat I (III/d)" in p
            and "NIP. 19800101 200501 2 003" in p
        ]
        assert len(holders) == 1, n
    assert len(seen_pages) >= 2  # the signature really crossed a page break


# ----------------------------------------------------------------------------- date in words
MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


def words(n: int) -> str:
    """1–31 in Indonesian, written independently of num2words."""
    units = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]
    if n < 10:
        return units[n]
    if n == 10:
        return "sepuluh"
    if n == 11:
        return "sebelas"
    if n < 20:
        return f"{units[n - 10]} belas"
    tens = f"{units[n // 10]} puluh"
    return tens if n % 10 == 0 else f"{tens} {units[n % 10]}"


@pytest.mark.parametrize("month", range(1, 13))
def test_date_in_words_every_month_and_day(month):
    day = date(2026, month, 1)
    while day.month == month:
        assert date_in_words(day) == (
            f"{DAYS[day.weekday()]} tanggal {words(day.day)} bulan {MONTHS[month - 1]} "
            "tahun dua ribu dua puluh enam"
        )
        day = date.fromordinal(day.toordinal() + 1)
    for n in range(29, 32):  # day counts up to 31 in the months that have them
        try:
            d = date(2024, month, n)
        except ValueError:
            continue
        assert f"tanggal {words(n)} bulan" in date_in_words(d)


def test_date_in_words_example_from_the_ba_format():
    assert date_in_words(date(2026, 3, 17)) == (
        "Selasa tanggal tujuh belas bulan Maret tahun dua ribu dua puluh enam"
    )


def test_a_row_taller_than_a_page_still_prints(world, case_tools):
    """Very long user text: the row may then split (instead of failing the document)."""
    long_text = ("Konsekuensi yang sangat panjang & rinci <bagian> " * 80).strip()
    case = case_tools.make_case(
        judul="Teks panjang",
        item={
            "uraian": "Uraian panjang " * 120,
            "konsekuensi_dibuka": long_text,
            "konsekuensi_ditutup": long_text,
        },
    )
    pages = pages_of(render_document("ba_pembantu", case.id))
    assert len(pages) >= 2
    assert all("DASAR HUKUM" in p for p in pages[:2])
