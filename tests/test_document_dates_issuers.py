"""Documents dated by the events they record, numbered in the register of whoever issues
them, on the issuer's kop, signed by an official who exists. Real renders, read back."""

from __future__ import annotations

from datetime import date
from io import BytesIO

import pytest
from pypdf import PdfReader

from app.cases.read import case_detail
from app.documents.numbering import OUTSIDE_REGISTER, list_register, opd_register
from app.documents.plan import finalisation_plan
from app.documents.read import get_pdf
from app.documents.readiness import DocumentNotReady
from app.documents.store import check_finalisation, finalise
from app.errors import ValidationError
from app.masterdata import OpdKop, find_opd, save_opd
from app.models import Official, Opd, StepRecord
from app.office import PLACEHOLDER_LOGO_WARNING, load_profile, profile_warnings
from app.settings import BUPATI_NAMA, KOP_LOGO, MENGINGAT, PENETAPAN_BENTUK
from app.text import format_date
from tests.conftest import ADMIN, advance_case, create_case_with_item, create_officials


def text_of(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(BytesIO(pdf)).pages)


def field_day(case_id: int, step: int, key: str) -> date:
    return date.fromisoformat(case_detail(case_id).latest_record(step).data[key])


@pytest.fixture
def world(db, today):
    return create_officials()


@pytest.fixture
def finished(world):
    """A case begun in August 2025 and worked to the end: its penetapan was set in 2025,
    and it is finalised today, on 25 November 2026."""
    case = create_case_with_item(judul="Kasus tahun lalu", start=date(2025, 8, 1))
    advance_case(case.id, 7, world)
    return case


# ----------------------------------------------------------------------------- dates
def test_a_ba_is_dated_by_its_meeting_and_refuses_another_day(world, utama, today):
    case = create_case_with_item()
    advance_case(case.id, 3, world)
    meeting = field_day(case.id, 2, "tanggal_rapat")
    assert meeting < today
    plan = finalisation_plan(case.id, "ba_uji")
    assert (plan.date.proposed, plan.date.fixed) == (meeting, True)
    assert "tanggal rapat tahap 2" in plan.date.source
    with pytest.raises(ValidationError) as err:
        finalise(utama, case.id, "ba_uji", tanggal=today)
    assert err.value.fields == ["tanggal"]
    assert f"bertanggal {format_date(meeting)}, tanggal rapat tahap 2" in err.value.message
    doc = finalise(utama, case.id, "ba_uji").document
    assert doc.tanggal == meeting
    text = text_of(get_pdf(doc.id))
    assert format_date(today) not in text  # nothing in it is dated by the finalising day


def test_a_laporan_may_be_signed_after_its_meeting_but_not_before(world, utama, today):
    case = create_case_with_item()
    advance_case(case.id, 3, world)
    meeting = field_day(case.id, 2, "tanggal_rapat")
    plan = finalisation_plan(case.id, "laporan_uji")
    assert (plan.date.proposed, plan.date.fixed) == (meeting, False)
    with pytest.raises(ValidationError, match="sebelum tanggal rapat tahap 2"):
        check_finalisation(utama, case.id, "laporan_uji", date(meeting.year, 3, 2))
    with pytest.raises(ValidationError, match="sesudah hari ini"):
        check_finalisation(utama, case.id, "laporan_uji", date(2026, 11, 26))
    later = date(2026, 4, 1)
    doc = finalise(utama, case.id, "laporan_uji", tanggal=later).document
    assert doc.tanggal == later
    assert f"Serang, {format_date(later)}" in text_of(get_pdf(doc.id))


def test_a_penetapan_of_last_year_is_numbered_and_dated_in_last_year(finished, utama, today):
    ba = finalise(utama, finished.id, "ba_uji").document
    penetapan = finalise(utama, finished.id, "penetapan").document
    set_on = field_day(finished.id, 5, "tanggal_penetapan")
    assert set_on.year == 2025 and penetapan.tanggal == set_on
    assert ba.nomor.endswith("/2025") and penetapan.nomor.endswith("/2025")
    text = text_of(get_pdf(penetapan.id))
    assert f"pada tanggal {format_date(set_on)}" in text
    # It cites the BA by the BA's own number and date, which come before it.
    assert f"Nomor {ba.nomor} tanggal {format_date(ba.tanggal)}" in text
    assert ba.tanggal <= penetapan.tanggal
    assert "2026" not in penetapan.nomor and format_date(today) not in text


def test_no_document_is_dated_before_a_document_it_cites(finished, utama):
    penetapan = finalise(utama, finished.id, "penetapan").document
    # Someone edits step 6 with an outside tool: distribution before the penetapan.
    rec = StepRecord.get((StepRecord.case == finished.id) & (StepRecord.tahap == 6))
    data = dict(rec.data)
    data["tanggal_distribusi"] = date(penetapan.tanggal.year, 8, 4).isoformat()
    StepRecord.update(data=data).where(StepRecord.id == rec.id).execute()
    with pytest.raises(ValidationError) as err:
        finalise(utama, finished.id, "pemberitahuan")
    message = err.value.message
    assert "sebelum Surat Penetapan Klasifikasi Informasi yang Dikecualikan Nomor " in message
    assert f"{penetapan.nomor} tanggal {format_date(penetapan.tanggal)} yang dirujuknya" in message
    assert "Perbaiki tanggal distribusi tahap 6" in message


# ----------------------------------------------------------------------------- issuers
def test_the_ppid_pembantu_documents_are_the_opds_own(world, utama):
    dinkes = create_case_with_item()
    dinsos = create_case_with_item(judul="Data penerima bantuan", opd="Dinsos")
    dinsos_opd = find_opd(nama="Dinas Sosial")
    save_opd(
        ADMIN,
        dinsos_opd.nama,
        dinsos_opd.singkatan,
        opd_id=dinsos_opd.id,
        kop=OpdKop(
            kop_alamat="Jalan Ki Mas Jong Nomor 5, Serang\nPos-el dinsos@serangkab.go.id",
            kode_unit="DINSOS",
            nomor_pola="{kode}/{urut:03d}/LAP/{unit}/{tahun}",
        ),
    )
    Official.create(
        nama="Euis Komariah", peran="ppid_pembantu", opd=dinsos_opd.id, jabatan="Sekretaris"
    )
    a = finalise(utama, dinkes.id, "laporan_identifikasi").document
    b = finalise(utama, dinsos.id, "laporan_identifikasi").document
    # Each OPD its own sequence, pattern and unit: both are number 1.
    assert a.nomor == "000.9.2/001/LAP-ID/Dinkes/2026"
    assert b.nomor == "000.9.2/001/LAP/DINSOS/2026"
    registers = {(r.penerbit, r.nomor) for r in list_register(2026)}
    assert (opd_register(dinkes.opd.id), a.nomor) in registers
    assert (opd_register(dinsos_opd.id), b.nomor) in registers
    text = text_of(get_pdf(b.id))
    assert text.startswith("PEMERINTAH KABUPATEN SERANG DINAS SOSIAL Jalan Ki Mas Jong")
    assert "DINAS KOMUNIKASI" not in text and "Euis Komariah" in text
    # The PPID Utama's own documents keep the office register.
    assert [r.penerbit for r in list_register(2026) if r.nomor == a.nomor] == [
        opd_register(dinkes.opd.id)
    ]


def test_a_document_nobody_would_sign_or_without_a_kop_address_is_refused(db, today, utama):
    case = create_case_with_item()
    with pytest.raises(DocumentNotReady) as err:
        finalise(utama, case.id, "laporan_identifikasi")
    message = err.value.message
    assert "Penanda tangan belum ada: tambahkan PPID Pembantu Dinas Kesehatan" in message
    assert "Data Master → Pejabat dan peserta" in message
    assert "Kop surat Dinas Kesehatan belum memuat alamat" in message
    assert "Data Master → Perangkat daerah → Dinas Kesehatan" in message
    assert "(………………………)" not in message


def test_a_keputusan_bupati_takes_the_number_of_the_bagian_hukum(finished, utama, setting):
    setting(PENETAPAN_BENTUK, "keputusan_bupati")
    setting(BUPATI_NAMA, "")
    with pytest.raises(DocumentNotReady, match="isi nama Bupati di Pengaturan"):
        finalise(utama, finished.id, "penetapan")
    setting(BUPATI_NAMA, "Ratu Rachmatu Zakiyah")
    plan = finalisation_plan(finished.id, "penetapan")
    assert plan.outside_number and plan.number is None
    with pytest.raises(ValidationError) as err:
        finalise(utama, finished.id, "penetapan")
    assert err.value.fields == ["nomor_luar"]
    with pytest.raises(ValidationError, match="tahun pada nomor harus tahun tanggal dokumen"):
        finalise(utama, finished.id, "penetapan", nomor_luar="188.45/Kep.123-Huk/2026")
    with pytest.raises(ValidationError, match="tidak memuat angka"):
        finalise(utama, finished.id, "penetapan", nomor_luar="Kep-Huk")
    doc = finalise(utama, finished.id, "penetapan", nomor_luar=" 188.45/Kep.123-Huk/2025 ")
    assert doc.document.nomor == "188.45/Kep.123-Huk/2025"
    [entry] = [r for r in list_register() if r.nomor == doc.document.nomor]
    assert (entry.penerbit, entry.urut, entry.document_id) == (
        OUTSIDE_REGISTER,
        None,
        doc.document.id,
    )
    assert "Bagian Hukum" in entry.penerbit_text
    text = text_of(get_pdf(doc.document.id))
    assert "KEPUTUSAN BUPATI SERANG NOMOR 188.45/Kep.123-Huk/2025" in text
    # One number, one document: a correction cannot reuse it, whatever its case.
    with pytest.raises(ValidationError, match="sudah tercatat di register"):
        finalise(
            utama,
            finished.id,
            "penetapan",
            reason="Salah ketik",
            nomor_luar="188.45/KEP.123-HUK/2025",
        )


def test_a_keputusan_sekda_is_on_the_setda_kop_and_signed_without_nip(finished, utama, setting):
    setting(PENETAPAN_BENTUK, "keputusan_sekda")
    doc = finalise(utama, finished.id, "penetapan", nomor_luar="100.3.3/45/Huk/2025").document
    text = text_of(get_pdf(doc.id))
    assert text.startswith("PEMERINTAH KABUPATEN SERANG SEKRETARIAT DAERAH Jalan Veteran Nomor 1")
    assert "KEPUTUSAN SEKRETARIS DAERAH KABUPATEN SERANG" in text
    assert "SEKRETARIS DAERAH KABUPATEN SERANG, Ratna Susanti" in text
    assert "19680512 199203 2 001" not in text.split("Ditetapkan di")[1]  # no NIP when signing
    assert "ppid.serangkab.go.id" not in text


def test_the_letter_names_the_keputusan_sekda_it_passes_on(finished, utama, setting):
    setting(PENETAPAN_BENTUK, "keputusan_sekda")
    doc = finalise(utama, finished.id, "penetapan", nomor_luar="100.3.3/46/Huk/2025").document
    letter = text_of(get_pdf(finalise(utama, finished.id, "pemberitahuan").document.id))
    assert (
        "Keputusan Sekretaris Daerah tentang Penetapan Klasifikasi Informasi yang "
        f"Dikecualikan Nomor {doc.nomor} tanggal {format_date(doc.tanggal)}" in letter
    )


def test_the_mengingat_is_the_offices_list(finished, utama, setting):
    setting(PENETAPAN_BENTUK, "keputusan_atasan")
    setting(
        MENGINGAT,
        [
            "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
            "Peraturan Daerah Kabupaten Serang Nomor 9 Tahun 2099 tentang Contoh",
        ],
    )
    text = text_of(get_pdf(finalise(utama, finished.id, "penetapan").document.id))
    assert "1. Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik;" in text
    assert "2. Peraturan Daerah Kabupaten Serang Nomor 9 Tahun 2099 tentang Contoh." in text
    assert "Nomor 61 Tahun 2010" not in text.split("MEMUTUSKAN")[0]


def test_a_plt_signs_as_such_in_the_identity_rows_too(finished, utama, world):
    Official.update(status_jabatan="Plt.").where(Official.id == world["kepala"].id).execute()
    text = text_of(get_pdf(finalise(utama, finished.id, "penetapan").document.id))
    assert (
        "Jabatan : Plt. Kepala Dinas Komunikasi, Informatika, Persandian dan Statistik selaku "
        "PPID Utama" in text
    )
    assert "Plt. KEPALA DINAS KOMUNIKASI" in text


def test_the_placeholder_logo_is_warned_about_until_the_office_sets_its_emblem(finished, setting):
    assert PLACEHOLDER_LOGO_WARNING in finalisation_plan(finished.id, "ba_uji").warnings
    assert PLACEHOLDER_LOGO_WARNING in profile_warnings(load_profile())
    import base64

    from app.documents.render.letterhead import PLACEHOLDER_LOGO

    setting(KOP_LOGO, base64.b64encode(PLACEHOLDER_LOGO.read_bytes()).decode())
    assert finalisation_plan(finished.id, "ba_uji").warnings == ()
    assert profile_warnings(load_profile()) == []


def test_an_opd_kop_is_validated_and_recorded(world):
    opd = Opd.get(Opd.singkatan == "Dinkes")
    with pytest.raises(ValidationError) as err:
        save_opd(
            ADMIN,
            opd.nama,
            opd.singkatan,
            opd_id=opd.id,
            kop=OpdKop(kop_alamat="\n".join(f"Baris {n}" for n in range(6)), nomor_pola="{x}"),
        )
    assert set(err.value.fields) == {"kop_alamat", "nomor_pola"}
    saved = save_opd(
        ADMIN,
        opd.nama,
        opd.singkatan,
        opd_id=opd.id,
        kop=OpdKop(kop_instansi="Dinas Kesehatan Kabupaten", kop_alamat=" Jalan A \n\n Telp 1 "),
    ).value
    assert (saved.kop_line, saved.kop_alamat) == (
        "DINAS KESEHATAN KABUPATEN",
        ("Jalan A", "Telp 1"),
    )
