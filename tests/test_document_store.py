"""Finalised documents: numbered, stamped, stored with their SHA-256, never changed; a
correction is a new version. Verification of copies, and scans of signed copies.

``app.documents.render.render_document`` is replaced by a small ReportLab fake, so these tests
do not depend on the real document layouts."""

import hashlib
import io
import re
from datetime import date

import pytest
from pypdf import PdfReader, PdfWriter

from app.cases.read import case_detail
from app.documents import render as renderers
from app.documents import store
from app.documents.kinds import DOCUMENT_KINDS
from app.documents.numbering import list_register
from app.documents.read import (
    current_document,
    documents_of_case,
    get_pdf,
    get_scan,
    scans_of_case,
    signed_steps,
)
from app.documents.readiness import DocumentNotReady
from app.documents.store import (
    CODE_ALPHABET,
    attach_scan,
    finalise,
    new_verification_code,
    preview,
    verify_file,
    verify_pdf,
)
from app.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from app.history import case_history
from app.models import Attachment, Document, Event, NumberRegister
from app.permissions import Actor
from app.settings import KODE_KLASIFIKASI, NOMOR_POLA, change_settings
from tests.pdf_support import make_pdf

ADMIN = Actor("admin", "Admin")  # stores the settings a test needs, as the office would
CODE_RE = rf"^UJK-[{CODE_ALPHABET}]{{4}}-[{CODE_ALPHABET}]{{4}}$"


class FakeRenderer:
    """Stands in for ``render_document``: records calls, writes the stamp as text."""

    def __init__(self):
        self.calls = []
        self.fail = False

    def __call__(self, doc_type, case_id, stamp=None, detail=None):
        self.calls.append((doc_type, case_id, stamp))
        if self.fail:
            raise RuntimeError("layout error")
        if stamp is None:
            return make_pdf(f"KONSEP {doc_type} kasus {case_id}")
        return make_pdf(
            f"{DOCUMENT_KINDS[doc_type]}",
            f"Nomor: {stamp.nomor or '-'}",
            f"Versi {stamp.versi}",
            "Isi: rekam medis pasien dikecualikan.",
            f"Kode verifikasi: {stamp.kode}",
            pages=2,
        )


@pytest.fixture
def render(monkeypatch):
    fake = FakeRenderer()
    monkeypatch.setattr(renderers, "render_document", fake)
    return fake


@pytest.fixture
def case_at_step2(make_case, advance, fill):
    """A case at step 2 with step 2's form filled: its documents are ready."""
    case = make_case()
    advance(case.id, 2)
    fill(case.id)
    return case


def counts() -> dict[str, int]:
    return {m.__name__: m.select().count() for m in (Document, NumberRegister, Event)}


# ----------------------------------------------------------------------------- codes
def test_verification_codes_are_short_unambiguous_and_unique(
    db, monkeypatch, render, case_at_step2, utama
):
    codes = {new_verification_code() for _ in range(200)}
    assert len(codes) == 200
    for code in codes:
        assert len(code) == 13
        assert not set(code[4:]) & set("01OIL")
        assert re.match(CODE_RE, code)
    taken = finalise(utama, case_at_step2.id, "ba_uji").document.kode
    wanted = iter(taken.replace("-", "")[3:] + "3" * 8)
    monkeypatch.setattr(store.secrets, "choice", lambda _alphabet: next(wanted))
    assert new_verification_code() == "UJK-3333-3333"  # the stored code was drawn, then skipped


# ----------------------------------------------------------------------------- finalising
def meeting_day(case_id: int, step: int = 2) -> date:
    return date.fromisoformat(case_detail(case_id).latest_record(step).data["tanggal_rapat"])


def test_finalising_stores_the_numbered_pdf_with_its_hash_and_code(
    db, today, render, case_at_step2, utama
):
    # A BA is dated by its meeting, whatever day it is finalised (app.documents.dating).
    today = meeting_day(case_at_step2.id)
    doc = finalise(utama, case_at_step2.id, "ba_uji").document
    [(doc_type, case_id, stamp)] = render.calls
    assert (doc_type, case_id) == ("ba_uji", case_at_step2.id)
    assert (stamp.nomor, stamp.tanggal, stamp.kode, stamp.versi) == (
        "000.9.2/001/BA-UK/PPID/2026",
        today,
        doc.kode,
        1,
    )
    pdf = get_pdf(doc.id)
    assert pdf.startswith(b"%PDF")
    assert doc.sha256 == hashlib.sha256(pdf).hexdigest()
    assert (doc.jenis, doc.versi, doc.nomor, doc.tanggal, doc.halaman) == (
        "ba_uji",
        1,
        "000.9.2/001/BA-UK/PPID/2026",
        today,
        2,
    )
    assert (doc.dibuat_oleh, doc.dibuat_peran, doc.menggantikan) == ("Sari", "ppid_utama", None)
    [row] = list_register(2026, "ba_uji")
    assert (row.nomor, row.status, row.document_id) == (doc.nomor, "dipakai", doc.id)
    [event] = [h for h in case_history(case_at_step2.id) if h.kind == "dokumen_difinalkan"]
    assert doc.nomor in event.summary and doc.kode in event.summary
    assert event.detail["sha256"] == doc.sha256
    assert current_document(case_at_step2.id, "ba_uji").id == doc.id
    assert current_document(case_at_step2.id, "penetapan") is None


def test_an_unnumbered_document_takes_no_number(db, today, render, case_at_step2, utama):
    doc = finalise(utama, case_at_step2.id, "bukti_batas_waktu", tanggal=date(2026, 11, 2)).document
    assert (doc.nomor, doc.tanggal) == (None, date(2026, 11, 2))
    assert render.calls[0][2].nomor is None
    assert NumberRegister.select().count() == 0


def test_a_correction_needs_a_reason_and_is_a_new_version_with_a_new_number(
    db, today, render, case_at_step2, utama
):
    first = finalise(utama, case_at_step2.id, "ba_uji").document
    first_pdf, first_sha = get_pdf(first.id), first.sha256
    before = counts()
    with pytest.raises(ValidationError) as err:
        finalise(utama, case_at_step2.id, "ba_uji", reason="   ")
    assert err.value.fields == ["alasan_koreksi"]
    assert "Alasan koreksi wajib diisi" in err.value.message
    assert counts() == before
    second = finalise(utama, case_at_step2.id, "ba_uji", reason="Nama peserta salah ketik").document
    assert (second.versi, second.menggantikan, second.alasan_koreksi) == (
        2,
        first.id,
        "Nama peserta salah ketik",
    )
    assert second.nomor == "000.9.2/002/BA-UK/PPID/2026" != first.nomor
    assert second.kode != first.kode and second.sha256 != first_sha
    assert render.calls[-1][2].versi == 2
    # the first version is untouched: same bytes, same hash, same number still "dipakai"
    again = Document.get_by_id(first.id)
    assert (get_pdf(first.id), again.sha256, again.nomor, again.versi) == (
        first_pdf,
        first_sha,
        first.nomor,
        1,
    )
    assert hashlib.sha256(bytes(again.pdf)).hexdigest() == first_sha
    assert [(r.urut, r.status, r.document_id) for r in list_register(2026, "ba_uji")] == [
        (1, "dipakai", first.id),
        (2, "dipakai", second.id),
    ]
    assert [d.id for d in documents_of_case(case_at_step2.id)] == [second.id, first.id]
    assert current_document(case_at_step2.id, "ba_uji").id == second.id
    assert not hasattr(store, "update")  # no way to change a finalised document
    old = verify_pdf(first_pdf)
    assert old.status == "digantikan" and old.document.id == first.id
    assert "digantikan oleh versi 2" in old.message and "salah ketik" in old.message


def test_documents_of_a_case_are_listed_by_type_newest_version_first(
    db, today, render, case_at_step2, pembantu, utama
):
    change_settings(ADMIN, {KODE_KLASIFIKASI: {"default": "000.9.2", "ba_pembantu": "000.9.1"}})
    ba_uji = finalise(utama, case_at_step2.id, "ba_uji").document
    ba_pembantu = finalise(utama, case_at_step2.id, "ba_pembantu").document
    ba_uji_2 = finalise(utama, case_at_step2.id, "ba_uji", reason="Tanggal rapat salah").document
    # The PPID Pembantu's BA is the OPD's: its own register and kode unit.
    assert ba_pembantu.nomor == "000.9.1/001/BA-UKP/Dinkes/2026"
    assert [(d.jenis, d.versi) for d in documents_of_case(case_at_step2.id)] == [
        ("ba_pembantu", 1),
        ("ba_uji", 2),
        ("ba_uji", 1),
    ]
    assert {d.id for d in documents_of_case(case_at_step2.id)} == {
        ba_uji.id,
        ba_pembantu.id,
        ba_uji_2.id,
    }


def test_a_render_failure_consumes_no_number_and_stores_nothing(
    db, today, render, case_at_step2, utama
):
    change_settings(ADMIN, {KODE_KLASIFIKASI: {"default": "000.9.2", "laporan_uji": "000.9.3"}})
    finalise(utama, case_at_step2.id, "ba_uji")
    before = counts()
    render.fail = True
    with pytest.raises(RuntimeError, match="layout error"):
        finalise(utama, case_at_step2.id, "ba_uji", reason="Koreksi")
    with pytest.raises(RuntimeError, match="layout error"):
        finalise(utama, case_at_step2.id, "laporan_uji")
    assert counts() == before
    render.fail = False
    assert (
        finalise(utama, case_at_step2.id, "ba_uji", reason="Koreksi").document.nomor
        == "000.9.2/002/BA-UK/PPID/2026"
    )


def test_a_number_clash_between_types_stores_nothing(
    db, today, render, case_at_step2, pembantu, utama
):
    """If the office gives two types the same pattern and code, the second type's first
    number would repeat the first type's: it is refused and nothing is stored."""
    change_settings(ADMIN, {NOMOR_POLA: {"default": "{kode}/{urut:03d}/{tahun}"}})
    finalise(utama, case_at_step2.id, "ba_pembantu")
    before = counts()
    with pytest.raises(ConflictError, match="Pengaturan"):
        finalise(utama, case_at_step2.id, "ba_uji")
    assert counts() == before


def test_who_may_finalise(db, today, render, case_at_step2, pembantu, utama, tim, atasan, admin):
    before = counts()
    for who in (tim, atasan, pembantu):
        with pytest.raises(PermissionDenied) as err:
            finalise(who, case_at_step2.id, "ba_uji")
        assert "PPID Utama" in err.value.message
    with pytest.raises(PermissionDenied, match="memfinalkan dokumen"):
        finalise(admin, case_at_step2.id, "ba_uji")
    assert counts() == before
    assert finalise(utama, case_at_step2.id, "ba_uji").document.versi == 1
    # A PPID Pembantu finalises the documents of its own step (the OPD's own, step 1), only
    # for its own OPD; those of the PPID Utama's steps stay the PPID Utama's (above).
    other_opd = Actor("ppid_pembantu", "Rina", opd_id=case_at_step2.opd_id + 1)
    with pytest.raises(PermissionDenied):
        finalise(other_opd, case_at_step2.id, "ba_pembantu")
    assert finalise(pembantu, case_at_step2.id, "ba_pembantu").document.versi == 1


def test_a_document_of_a_step_not_yet_started_cannot_be_finalised(
    db, today, render, make_case, officials, utama
):
    case = make_case()
    with pytest.raises(DocumentNotReady) as err:
        finalise(utama, case.id, "ba_uji")
    assert err.value.message.startswith(
        "Berita Acara Hasil Uji Konsekuensi belum dapat "
        "difinalkan:\n• Tahap 2 (Rapat uji konsekuensi) belum "
        "dimulai"
    )
    with pytest.raises(
        DocumentNotReady,
        match=r"Tahap 4 \(Konsep Surat Penetapan\) belum "
        "dimulai",
    ):
        finalise(utama, case.id, "penetapan")
    with pytest.raises(ValidationError, match="tidak dikenal"):
        finalise(utama, case.id, "surat_cinta")
    with pytest.raises(NotFound):
        finalise(utama, 9999, "ba_uji")
    with pytest.raises(ValidationError) as err:
        finalise(utama, case.id, "laporan_identifikasi", tanggal=date(2026, 12, 1))
    assert err.value.fields == ["tanggal"]
    with pytest.raises(ValidationError) as err:  # the day before the case started
        finalise(utama, case.id, "laporan_identifikasi", tanggal=date(2026, 3, 1))
    assert err.value.fields == ["tanggal"]
    assert render.calls == []


def test_preview_is_a_draft_that_is_never_stored(db, render, case_at_step2):
    before = counts()
    pdf = preview(case_at_step2.id, "ba_uji")
    assert "KONSEP" in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert render.calls == [("ba_uji", case_at_step2.id, None)]
    assert counts() == before


# ----------------------------------------------------------------------------- verifying
@pytest.fixture
def stored(db, today, render, case_at_step2, utama):
    return finalise(utama, case_at_step2.id, "ba_uji").document


def test_an_exact_copy_is_genuine(stored, tmp_path):
    result = verify_pdf(get_pdf(stored.id))
    assert (result.status, result.document.id) == ("asli", stored.id)
    assert result.message == (
        "Dokumen asli: Berita Acara Hasil Uji Konsekuensi nomor "
        "000.9.2/001/BA-UK/PPID/2026 versi 1, "
        "kasus 001/UK-PPID/2026, bertanggal 16 Maret 2026."
    )
    copy = tmp_path / "salinan.pdf"
    copy.write_bytes(get_pdf(stored.id))
    assert verify_file(copy).status == "asli"


def test_a_copy_with_one_byte_changed_in_its_content_is_reported_changed(stored):
    pdf = get_pdf(stored.id)
    at = pdf.index(b"rekam medis")
    changed = pdf[:at] + b"R" + pdf[at + 1 :]
    assert len(changed) == len(pdf)
    assert "Rekam medis" in PdfReader(io.BytesIO(changed)).pages[0].extract_text()
    result = verify_pdf(changed)
    assert (result.status, result.document.id) == ("diubah", stored.id)
    assert result.message.startswith(
        f"Berkas ini BUKAN berkas asli: kode verifikasi {stored.kode} "
        "milik Berita Acara Hasil Uji Konsekuensi nomor "
        "000.9.2/001/BA-UK/PPID/2026 versi 1"
    )
    assert "TELAH DIUBAH" in result.message
    # a reprint to PDF looks the same to the file check: the message says so
    assert "dicetak ulang ke PDF" in result.message


def test_a_copy_with_added_text_is_reported_changed(stored):
    reader = PdfReader(io.BytesIO(get_pdf(stored.id)))
    writer = PdfWriter(clone_from=reader)
    overlay = PdfReader(io.BytesIO(make_pdf("Dikecualikan: TIDAK")))
    writer.pages[0].merge_page(overlay.pages[0])
    out = io.BytesIO()
    writer.write(out)
    text = PdfReader(io.BytesIO(out.getvalue())).pages[0].extract_text()
    assert "TIDAK" in text and stored.kode in text
    result = verify_pdf(out.getvalue())
    assert (result.status, result.document.id) == ("diubah", stored.id)


def test_unrelated_pdfs_and_garbage_are_unknown(stored, tmp_path):
    unknown = "Bukan dokumen Ujikon yang difinalkan di basis data ini."
    other = verify_pdf(make_pdf("Surat undangan rapat", "Kode verifikasi: UJK-2345-6789"))
    assert (other.status, other.document) == ("tidak_dikenal", None)
    assert "UJK-2345-6789 tidak terdaftar" in other.message and unknown in other.message
    assert verify_pdf(make_pdf("Surat lain")).message == unknown
    pdf = get_pdf(stored.id)
    for data in (
        b"",
        b"\x00\xff" * 500,
        b"MZ\x90\x00" + bytes(range(256)) * 4,
        pdf[:300],
        b"%PDF-1.4\n" + b"garbage" * 100,
        pdf[: len(pdf) // 2],
    ):
        result = verify_pdf(data)
        assert result.status == "tidak_dikenal" and unknown in result.message, data[:20]
    missing = verify_file(tmp_path / "tidak-ada.pdf")
    assert missing.status == "tidak_dikenal" and "tidak dapat dibaca" in missing.message
    assert verify_file(tmp_path).status == "tidak_dikenal"  # a folder


# ----------------------------------------------------------------------------- scans
PNG = b"\x89PNG\r\n\x1a\n" + bytes(200)
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(200)


def test_scans_of_signed_copies_are_stored_by_content_type(
    db, today, render, case_at_step2, pembantu, utama
):
    doc = finalise(utama, case_at_step2.id, "ba_uji").document
    signed_pdf = make_pdf("BA ditandatangani")
    a = attach_scan(
        utama,
        case_at_step2.id,
        2,
        r"C:\Pindai\ba-uji.pdf",
        signed_pdf,
        document_id=doc.id,
        note="Ditandatangani semua peserta",
    ).value
    b = attach_scan(pembantu, case_at_step2.id, 1, "ba_pembantu.PNG", PNG).value
    c = attach_scan(utama, case_at_step2.id, 2, "halaman2.jpg", JPEG).value
    assert (a.nama_berkas, a.mime, a.document_id, a.keterangan) == (
        "ba-uji.pdf",
        "application/pdf",
        doc.id,
        "Ditandatangani semua peserta",
    )
    assert (b.mime, c.mime) == ("image/png", "image/jpeg")
    assert a.sha256 == hashlib.sha256(signed_pdf).hexdigest()
    listed = scans_of_case(case_at_step2.id)
    assert [s.id for s in listed] == [b.id, a.id, c.id]
    assert get_scan(a.id) == signed_pdf and get_scan(b.id) == PNG
    assert signed_steps(case_at_step2.id) == {1, 2}
    kinds = [h.kind for h in case_history(case_at_step2.id)]
    assert kinds.count("pindaian_dilampirkan") == 3


def test_bad_scans_are_refused(db, today, render, case_at_step2, utama, tim):
    before = Attachment.select().count()
    exe = b"MZ\x90\x00\x03\x00\x00\x00" + bytes(500)
    with pytest.raises(ValidationError, match="bukan PDF, PNG, atau JPEG") as err:
        attach_scan(utama, case_at_step2.id, 2, "surat.pdf", exe)
    assert err.value.fields == ["berkas"]
    with pytest.raises(ValidationError, match="kosong"):
        attach_scan(utama, case_at_step2.id, 2, "kosong.pdf", b"")
    with pytest.raises(ValidationError, match="terlalu besar"):
        attach_scan(
            utama, case_at_step2.id, 2, "besar.pdf", b"%PDF-1.7\n" + bytes(25 * 1024 * 1024)
        )
    with pytest.raises(ValidationError) as err:
        attach_scan(utama, case_at_step2.id, 2, "  ", PNG)
    assert err.value.fields == ["nama_berkas"]
    with pytest.raises(ConflictError, match="tahap 3 belum dimulai"):
        attach_scan(utama, case_at_step2.id, 3, "pertimbangan.pdf", PNG)
    with pytest.raises(PermissionDenied):
        attach_scan(tim, case_at_step2.id, 2, "ba.png", PNG)
    doc = finalise(utama, case_at_step2.id, "ba_uji").document
    with pytest.raises(ValidationError, match="bukan keluaran tahap 1"):
        attach_scan(utama, case_at_step2.id, 1, "ba.png", PNG, document_id=doc.id)
    with pytest.raises(NotFound):
        attach_scan(utama, case_at_step2.id, 2, "ba.png", PNG, document_id=9999)
    assert Attachment.select().count() == before
    assert signed_steps(case_at_step2.id) == set()
