"""A document may be finalised only when the SOP file says its step is ready; each refusal
names every missing thing; documents read their data by field key, so a revised SOP that
renumbers the steps changes nothing."""

from __future__ import annotations

import re
from datetime import date

import pytest

from app import sop as sop_module
from app.cases import commands
from app.cases.read import case_detail
from app.documents import catalog, read
from app.documents import render as renderers
from app.documents.readiness import DocumentNotReady, readiness
from app.documents.store import finalise
from app.errors import ConflictError
from app.models import Document, NumberRegister
from app.sop import SOP_DIR
from tests.pdf_support import make_pdf


@pytest.fixture
def render(monkeypatch):
    """The layouts are tested elsewhere; here a small stand-in keeps the tests quick."""
    monkeypatch.setattr(
        renderers, "render_document", lambda kind, case_id, stamp=None, detail=None: make_pdf(kind)
    )


def refused(utama, case_id: int, kind: str) -> str:
    before = (Document.select().count(), NumberRegister.select().count())
    with pytest.raises(DocumentNotReady) as err:
        finalise(utama, case_id, kind)
    assert (Document.select().count(), NumberRegister.select().count()) == before
    return err.value.message


def test_the_laporan_needs_complete_items(db, today, render, pembantu, utama):
    case = commands.create_case(
        pembantu,
        commands.NewCase(
            opd_id=commands.Opd.get(commands.Opd.singkatan == "Dinkes").id,
            pemicu="sebelum_permohonan",
            judul="Tanpa butir",
            tanggal_mulai=date(2026, 3, 2),
        ),
    ).case
    message = refused(utama, case.id, "laporan_identifikasi")
    assert "Belum ada butir informasi" in message


def test_the_ba_of_step_1_needs_its_meeting_day_place_and_attendance(
    make_case, officials, render, utama
):
    case = make_case()
    message = refused(utama, case.id, "ba_pembantu")
    assert message.startswith(
        "Berita Acara Uji Konsekuensi Tingkat PPID Pembantu belum dapat difinalkan:\n• "
    )
    for missing in (
        "Tanggal rapat tahap 1 (Identifikasi dan usulan) belum diisi",
        "Tempat rapat tahap 1 (Identifikasi dan usulan) belum diisi",
        "Belum ada peserta rapat tahap 1 (Identifikasi dan usulan) yang dicatat hadir",
    ):
        assert f"• {missing}" in message
    # The laporan of the same step only needs the items, which are complete.
    assert finalise(utama, case.id, "laporan_identifikasi").document.versi == 1


def test_the_ba_hasil_uji_needs_a_date_place_conclusions_and_attendance(
    make_case, advance, render, utama
):
    case = make_case()
    advance(case.id, 2)
    message = refused(utama, case.id, "ba_uji")
    for missing in (
        "Butir 1: Kesimpulan uji wajib dipilih.",
        "Tanggal rapat tahap 2 (Rapat uji konsekuensi) belum diisi",
        "Tempat rapat tahap 2 (Rapat uji konsekuensi) belum diisi",
        "Belum ada peserta rapat tahap 2 (Rapat uji konsekuensi) yang dicatat hadir",
    ):
        assert missing in message
    assert "Tanggal rapat wajib diisi." in refused(utama, case.id, "laporan_uji")


def test_a_blank_lembar_pertimbangan_is_not_numbered(make_case, advance, render, utama):
    case = make_case()
    advance(case.id, 3)
    message = refused(utama, case.id, "lembar_pertimbangan")
    assert "Tanggal pertimbangan wajib diisi." in message
    assert "Butir 1: Klasifikasi menurut Tim wajib dipilih." in message


def test_the_penetapan_waits_for_the_atasan_s_approval(
    make_case, advance, fill, render, utama, atasan
):
    case = make_case()
    advance(case.id, 4)
    assert "Tahap 5 (Persetujuan Atasan PPID) belum dimulai" in refused(utama, case.id, "penetapan")
    advance(case.id, 5)
    fill(case.id)  # the Atasan has written the reasons, but not approved yet
    assert "Tahap 5 (Persetujuan Atasan PPID) belum diselesaikan oleh Atasan PPID" in refused(
        utama, case.id, "penetapan"
    )
    advance(case.id, 6)
    assert finalise(utama, case.id, "penetapan").document.nomor.startswith("000.9.2/001/PEN/")


def test_the_pemberitahuan_cites_a_finalised_penetapan(make_case, advance, fill, render, utama):
    case = make_case()
    advance(case.id, 6)
    fill(case.id)
    assert "Surat Penetapan Klasifikasi Informasi yang Dikecualikan belum difinalkan" in refused(
        utama, case.id, "pemberitahuan"
    )
    finalise(utama, case.id, "penetapan")
    assert finalise(utama, case.id, "pemberitahuan").document.versi == 1


def test_a_case_whose_items_are_all_open_needs_no_penetapan(
    make_case, advance, fill, render, utama
):
    case = make_case()
    advance(case.id, 6, "terbuka")
    fill(case.id, "terbuka")
    with pytest.raises(
        ConflictError,
        match="tidak diperlukan untuk kasus ini: tidak ada butir informasi yang dikecualikan",
    ):
        finalise(utama, case.id, "penetapan")
    rows = {r.spec.kind: r for r in catalog.case_documents(case.id)}
    assert rows["penetapan"].status == "Tidak diperlukan"
    # The pemberitahuan then says that everything is open, and needs no penetapan.
    assert rows["pemberitahuan"].readiness.ready
    assert finalise(utama, case.id, "pemberitahuan").document.versi == 1


def test_the_deadline_proof_is_always_ready(make_case, render, utama):
    case = make_case()
    assert finalise(utama, case.id, "bukti_batas_waktu").document.nomor is None


def test_every_document_of_a_finished_case_is_ready(make_case, advance, render, utama):
    case = make_case()
    detail = advance(case.id, 7)
    finals = read.finals_of(case.id)
    assert {d.kind: readiness(detail, d, finals).ready for d in detail.sop.documents} == {
        d.kind: d.kind != "pemberitahuan" for d in detail.sop.documents
    }
    for kind in (
        "laporan_identifikasi",
        "ba_pembantu",
        "laporan_uji",
        "ba_uji",
        "lembar_pertimbangan",
        "penetapan",
        "pemberitahuan",
        "bukti_batas_waktu",
    ):
        finalise(utama, case.id, kind)
    assert Document.select().count() == 8


# ----------------------------------------------------------------------------- SOP as data
def renumbered_sop(shipped: str) -> str:
    """The shipped SOP with a new first step (a preparation by the PPID Pembantu): every
    other step moves one number up, and the file's references with them."""
    text = re.sub(
        r"^nomor = (\d+)$", lambda m: f"nomor = {int(m.group(1)) + 1}", shipped, flags=re.M
    )
    text = re.sub(
        r"^dapat_dikembalikan_ke = (\d+)$",
        lambda m: f"dapat_dikembalikan_ke = {int(m.group(1)) + 1}",
        text,
        flags=re.M,
    )
    text = text.replace("tampil_sejak = 4", "tampil_sejak = 5")
    text = text.replace('versi = "2020.2"', 'versi = "2026.9"')
    first = text.index("[[tahap]]")
    prepared = (
        '[[tahap]]\nnomor = 1\njudul = "Persiapan"\npelaksana = "ppid_pembantu"\n'
        'hari_kerja = 5\nkeluaran = []\nisian = ["catatan"]\nwajib = []\n'
        'butir_tambah_hapus = true\nbutir_isian = ["uraian"]\nbutir_wajib = ["uraian"]\n'
        "peserta = false\n\n"
    )
    return text[:first] + prepared + text[first:]


def test_documents_follow_their_steps_when_a_revised_sop_renumbers_them(
    make_case, advance, fill, tmp_path, monkeypatch, utama, pembantu
):
    """No step number is written in the documents' code: with the meeting now in step 3,
    the BA Hasil Uji reads step 3's meeting, and its readiness asks for step 3's fields."""
    folder = tmp_path / "sop"
    folder.mkdir()
    shipped = (SOP_DIR / "sop-2020.toml").read_text(encoding="utf-8")
    (folder / "sop-2026.toml").write_text(renumbered_sop(shipped), encoding="utf-8")
    monkeypatch.setattr(sop_module, "SOP_DIR", folder)
    case = commands.create_case(
        pembantu,
        commands.NewCase(
            opd_id=commands.Opd.get(commands.Opd.singkatan == "Dinkes").id,
            pemicu="sebelum_permohonan",
            judul="SOP revisi",
            tanggal_mulai=date(2026, 3, 2),
        ),
    ).case
    assert case.sop_version == "2026.9"
    from tests.conftest import STEP1_ITEM

    item = commands.save_item(pembantu, case.id, {"uraian": STEP1_ITEM["uraian"]}).item
    commands.complete_step(pembantu, case.id, 1, on=date(2026, 3, 3))
    commands.save_item(pembantu, case.id, STEP1_ITEM, item.id)
    advance(case.id, 3)
    detail = case_detail(case.id)
    assert detail.current_step.title == "Rapat uji konsekuensi"
    message = refused(utama, case.id, "ba_uji")
    assert "Tanggal rapat tahap 3 (Rapat uji konsekuensi) belum diisi" in message
    fill(case.id)
    text = renderers.render_document("ba_uji", case.id)
    from io import BytesIO

    from pypdf import PdfReader

    words = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(BytesIO(text)).pages)
    assert "bertempat di Ruang Rapat Diskominfosatik" in words
    # the PPID Pembantu's own BA, now in step 2, reads step 2's meeting
    bap = renderers.render_document("ba_pembantu", case.id)
    words = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(BytesIO(bap)).pages)
    assert "bertempat di Ruang Rapat Diskominfosatik" in words
    assert finalise(utama, case.id, "ba_uji").document.step == 3
