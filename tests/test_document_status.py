"""The status of a finalised document (asli / digantikan / dibatalkan) is one answer
(``app.documents.status``), and the verification, the Dokumen tab and the register all give
it. Seen in the field: one case holding four live-looking numbers of the same document.

``render_document`` is replaced by a small fake: these tests are about the status, not the
layout (the correction line on the real documents is tested in test_verify_code.py)."""

import pytest

from app.documents import render as renderers
from app.documents.catalog import case_documents
from app.documents.numbering import cancel_number, list_register
from app.documents.read import get_pdf
from app.documents.status import register_rows, standing, standings
from app.documents.store import finalise, verify_pdf
from app.states import DocumentStatus
from tests.pdf_support import make_pdf


def fake_render(doc_type, case_id, stamp=None, detail=None):
    if stamp is None:
        return make_pdf(f"KONSEP {doc_type}")
    return make_pdf(f"{doc_type} {stamp.nomor} versi {stamp.versi}", f"Kode: {stamp.kode}")


@pytest.fixture
def four(db, today, make_case, advance, fill, utama, monkeypatch):
    """One case with four versions of its Berita Acara (three corrections), a Berita Acara
    of the PPID Pembantu, and another case with its own Berita Acara."""
    monkeypatch.setattr(renderers, "render_document", fake_render)
    case = make_case()
    advance(case.id, 2)
    fill(case.id)
    versions = [finalise(utama, case.id, "ba_uji").document]
    for n in (2, 3, 4):  # each dated, as a BA is, by the meeting it records
        versions.append(finalise(utama, case.id, "ba_uji", reason=f"Koreksi ke-{n - 1}").document)
    pembantu = finalise(utama, case.id, "ba_pembantu").document
    other = make_case(judul="Kasus lain")
    advance(other.id, 2)
    fill(other.id)
    other_doc = finalise(utama, other.id, "ba_uji").document
    return case, versions, pembantu, other_doc


def test_older_versions_are_replaced_by_the_newest_which_is_named(four):
    _case, versions, pembantu, other_doc = four
    status = standings([*versions, pembantu, other_doc])
    newest = versions[-1]
    for old in versions[:-1]:
        st = status[old.id]
        assert st.status == DocumentStatus.REPLACED and not st.in_force
        assert st.newest.id == newest.id
        assert st.replacement_text == (f"versi 4 nomor {newest.nomor} tanggal 16 Maret 2026")
        assert "Koreksi ke-3" in st.sentence and "Yang berlaku adalah versi 4" in st.sentence
    assert status[newest.id].status == DocumentStatus.ORIGINAL and status[newest.id].in_force
    # another kind of the same case, and the same kind of another case, are not replaced
    assert status[pembantu.id].status == DocumentStatus.ORIGINAL
    assert status[other_doc.id].status == DocumentStatus.ORIGINAL
    assert standing(versions[0]) == status[versions[0].id]


def test_a_cancelled_number_makes_the_document_void_even_when_it_was_also_replaced(four, utama):
    _case, versions, _pembantu, _other = four
    register = {r.nomor: r for r in list_register(2026, "ba_uji")}
    cancel_number(utama, register[versions[-1].nomor].id, "Surat tidak jadi dikirim")
    cancel_number(utama, register[versions[1].nomor].id, "Salah kirim")
    newest = standing(versions[-1])
    assert (newest.status, newest.alasan_batal) == (
        DocumentStatus.CANCELLED,
        "Surat tidak jadi dikirim",
    )
    assert "tidak berlaku" in newest.sentence and "Surat tidak jadi dikirim" in newest.sentence
    both = standing(versions[1])
    assert both.status == DocumentStatus.CANCELLED and both.newest.id == versions[-1].id
    assert "DIBATALKAN" in both.sentence and "DIGANTIKAN" in both.sentence
    assert standing(versions[0]).status == DocumentStatus.REPLACED


def test_verifying_a_genuine_copy_of_a_replaced_version_says_which_one_is_in_force(four):
    _case, versions, _pembantu, _other = four
    old = verify_pdf(get_pdf(versions[0].id))
    assert (old.status, old.document.id, old.standing.status) == (
        "digantikan",
        versions[0].id,
        DocumentStatus.REPLACED,
    )
    assert old.message.startswith("Salinan asli dari Berita Acara Hasil Uji Konsekuensi")
    assert f"versi 4 nomor {versions[-1].nomor} tanggal 16 Maret 2026" in old.message
    assert dict(old.details)["Status"].startswith("digantikan oleh versi 4")
    new = verify_pdf(get_pdf(versions[-1].id))
    assert (new.status, dict(new.details)["Status"]) == ("asli", "asli (berlaku)")
    assert new.message.startswith("Dokumen asli: ")


def test_the_register_shows_replaced_numbers_as_replaced_not_in_use(four, utama):
    case, versions, _pembantu, other_doc = four
    rows = register_rows(2026, "ba_uji")
    by_nomor = {r.entry.nomor: r for r in rows}
    assert [by_nomor[v.nomor].status for v in versions] == [
        "Digantikan",
        "Digantikan",
        "Digantikan",
        "Dipakai",
    ]
    assert by_nomor[other_doc.nomor].status == "Dipakai"
    assert by_nomor[versions[0].nomor].document.case_nomor == case.nomor
    assert by_nomor[versions[0].nomor].note == (
        f"Digantikan oleh versi 4 nomor {versions[-1].nomor} tanggal 16 Maret 2026"
    )
    assert [r.live for r in rows].count(True) == 2  # one per case, not four for one case
    cancel_number(utama, by_nomor[versions[0].nomor].entry.id, "Salah nomor")
    again = {r.entry.nomor: r for r in register_rows(2026, "ba_uji")}[versions[0].nomor]
    assert again.status == "Batal" and again.note.startswith("Salah nomor; Digantikan oleh")


def test_the_dokumen_tab_lists_older_versions_under_the_newest_as_replaced(four, utama):
    case, versions, pembantu, _other = four
    rows = [r for r in case_documents(case.id) if r.spec.kind == "ba_uji"]
    assert [(r.final.versi, r.current, r.in_force) for r in rows] == [
        (4, True, True),
        (3, False, False),
        (2, False, False),
        (1, False, False),
    ]
    assert [r.status for r in rows] == [
        "Final v4",
        "v3 digantikan v4",
        "v2 digantikan v4",
        "v1 digantikan v4",
    ]
    live = [r for r in case_documents(case.id) if r.in_force]
    assert {r.final.id for r in live} == {versions[-1].id, pembantu.id}
    nomor = {r.nomor: r.id for r in list_register(2026, "ba_uji")}
    cancel_number(utama, nomor[versions[-1].nomor], "Rapat diulang")
    [top] = [r for r in case_documents(case.id) if r.spec.kind == "ba_uji" and r.current]
    assert (top.status, top.in_force) == ("Final v4, nomor dibatalkan", False)
