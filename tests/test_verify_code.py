"""A printed copy is checked by its verification code, typed by hand or read by a USB
barcode/QR scanner (``verify_code``): every form a reader or a scanner produces is accepted,
anything else is refused with a message saying what to fix, and the answer gives the document
(type, number, date, case, version) and its status (asli / digantikan / dibatalkan).

And a correction says on its face what it replaces: the line under its title, read back from
the real PDF."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from app.documents import render as renderers
from app.documents.numbering import cancel_number, list_register
from app.documents.read import get_pdf
from app.documents.store import CODE_ALPHABET, CodeProblem, finalise, parse_code, verify_code
from app.models import database
from app.settings import PENETAPAN_BENTUK
from app.states import DocumentStatus
from app.text import format_date
from tests.pdf_support import make_pdf

CODE = "UJK-7F3A-9C2K"


# ----------------------------------------------------------------------------- reading a code
@pytest.mark.parametrize(
    "typed",
    [
        "UJIKON:UJK-7F3A-9C2K",  # what the QR code holds, as a scanner types it
        "UJIKON:UJK-7F3A-9C2K\r\n",  # ... with the scanner's Enter
        "ujikon:ujk-7f3a-9c2k",  # Caps Lock on
        "UJIKON;UJK_7F3A_9C2K",  # a scanner with Shift inverted types ; for : and _ for -
        "UJK-7F3A-9C2K",
        "ujk-7f3a-9c2k",
        "  UJK 7F3A 9C2K \n",
        "UJK7F3A9C2K",
        "ujk 7f3a9c2k",
        "7F3A-9C2K",  # without the prefix
        "7f3a9c2k",
        "UJK–7F3A—9C2K",  # en and em dashes from a word processor
        "ＵＪＫ－７Ｆ３Ａ－９Ｃ２Ｋ",  # full-width, from an input method
        "UJK-7F3A-\t9C2K",
        "UJIKON UJK 7F3A 9C2K",
    ],
)
def test_every_form_of_the_code_a_reader_or_scanner_gives_is_accepted(typed):
    assert parse_code(typed) == CODE


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("", "Kode verifikasi kosong"),
        ("   \n", "Kode verifikasi kosong"),
        ("---", "Kode verifikasi kosong"),
        ("UJK-7F3A-9C2", "yang terbaca 7"),
        ("UJK-7F3A-9C2KK", "yang terbaca 9"),
        ("UJK-____-____", "yang terbaca 0"),
        ("UJIKON:", "Bukan kode verifikasi Ujikon"),  # a QR text without its code
        ("UJIKON:UJK-", "yang terbaca 0"),
        ("ABC-7F3A-9C2K", "Bukan kode verifikasi Ujikon"),
        ("https://contoh.go.id/UJK-7F3A-9C2K", "Bukan kode verifikasi Ujikon"),
        # characters the alphabet leaves out: each could be more than one allowed character
        ("UJK-7F3A-9C20", 'memuat "0" (karakter ke-8 setelah UJK-)'),
        ("UJK-7F3A-9COK", "biasanya huruf D atau Q"),
        ("UJK-7F3A-9C1K", "biasanya angka 7 atau huruf J atau T"),
        ("ujk-7f3a-9cik", "biasanya angka 7 atau huruf J atau T"),
        ("UJK-7F3A-9CLK", "biasanya angka 7 atau huruf J atau T"),
        ("UJK-7F3A-9CUK", "biasanya huruf V"),
        # SQL wildcards and injection never reach the database
        ("UJK-7F3A-9C2%", 'karakter yang tidak dipakai: "%"'),
        ("UJK-%%%%-%%%%", 'karakter yang tidak dipakai: "%"'),
        ("UJK-7F3A-9C2K' OR '1'='1", 'karakter yang tidak dipakai: "\'", "="'),
        ("UJK-7F3A-9C2K\x00", "U+0000"),
        ("UJK-7F3A-\ud8009C2K", "U+D800"),
        ("UJK-7F3A-\udcff9C2K", "U+DCFF"),  # an undecodable byte of a command line
        ("UJK-7F3A-9C2K\x1b[2J", "U+001B"),
        ("Ü" * 8, '"Ü"'),
        ("x" * 10_000, "terlalu panjang untuk kode verifikasi (10000 karakter)"),
        (None, "harus berupa teks"),
        (b"UJK-7F3A-9C2K", "harus berupa teks"),
    ],
)
def test_anything_else_is_refused_saying_what_to_fix(typed, says):
    with pytest.raises(CodeProblem) as err:
        parse_code(typed)
    message = str(err.value)
    assert says in message
    message.encode("utf-8")  # printable on any console: no lone surrogate echoed
    assert len(message) < 400  # the input is never echoed whole
    result = verify_code(typed)
    assert (result.status, result.document, result.message) == ("tidak_dikenal", None, message)


def test_no_excluded_character_is_silently_mapped():
    """0 and 1 are not in the alphabet either, so O→0 and I/L→1 (Crockford's own mapping)
    have nowhere to go; every excluded character stands for several allowed ones."""
    assert not set("01ILOU") & set(CODE_ALPHABET)
    for char in "01ILOUoilu":
        with pytest.raises(CodeProblem, match="tidak pernah memakai"):
            parse_code(f"UJK-7F3A-9C2{char}")


# ----------------------------------------------------------------------------- the lookup
def fake_render(doc_type, case_id, stamp=None, detail=None):
    if stamp is None:
        return make_pdf(f"KONSEP {doc_type}")
    return make_pdf(f"{doc_type} {stamp.nomor} versi {stamp.versi}", f"Kode: {stamp.kode}")


@pytest.fixture
def docs(db, today, make_case, advance, fill, utama, monkeypatch):
    """A Berita Acara in two versions, and an unnumbered deadline proof."""
    monkeypatch.setattr(renderers, "render_document", fake_render)
    case = make_case()
    advance(case.id, 2)
    fill(case.id)
    first = finalise(utama, case.id, "ba_uji").document
    second = finalise(utama, case.id, "ba_uji", reason="Tempat rapat salah").document
    proof = finalise(utama, case.id, "bukti_batas_waktu").document
    return case, first, second, proof


def test_a_code_in_force_gives_its_document_and_asli(docs):
    case, _first, second, _proof = docs
    result = verify_code(f"UJIKON:{second.kode}\n")
    assert (result.status, result.document.id) == ("asli", second.id)
    assert result.standing.status == DocumentStatus.ORIGINAL
    assert result.details == [
        ("Jenis dokumen", "Berita Acara Hasil Uji Konsekuensi"),
        ("Nomor", second.nomor),
        ("Tanggal", format_date(second.tanggal)),
        ("Kasus", case.nomor),
        ("Versi", "2"),
        ("Kode verifikasi", second.kode),
        ("Status", "asli (berlaku)"),
    ]
    assert result.message.startswith(f"Kode {second.kode} terdaftar: Berita Acara")
    assert "Bandingkan isi kertas dengan dokumen yang tersimpan" in result.message
    assert get_pdf(result.document.id).startswith(b"%PDF")  # what the window shows beside it


def test_a_replaced_version_names_the_version_in_force(docs):
    _case, first, second, _proof = docs
    result = verify_code(first.kode.lower().replace("-", " "))
    assert (result.status, result.document.id) == ("digantikan", first.id)
    assert result.standing.newest.id == second.id
    text = f"versi 2 nomor {second.nomor} tanggal {format_date(second.tanggal)}"
    assert text in result.message and "Tempat rapat salah" in result.message
    assert dict(result.details)["Status"] == f"digantikan oleh {text}"
    assert dict(result.details)["Tanggal"] == format_date(first.tanggal)


def test_a_cancelled_number_gives_dibatalkan(docs, utama):
    _case, _first, second, _proof = docs
    [entry] = [r for r in list_register(2026, "ba_uji") if r.nomor == second.nomor]
    cancel_number(utama, entry.id, "Dikirim ke alamat yang salah")
    result = verify_code(second.kode)
    assert (result.status, result.document.id) == ("dibatalkan", second.id)
    assert "Dikirim ke alamat yang salah" in result.message
    assert dict(result.details)["Status"] == "dibatalkan (Dikirim ke alamat yang salah)"


def test_an_unnumbered_document_says_so(docs):
    _case, _first, _second, proof = docs
    result = verify_code(proof.kode)
    assert result.status == "asli"
    assert dict(result.details)["Nomor"] == "tanpa nomor"


def test_an_unknown_code_is_unknown_and_only_an_exact_code_matches(docs):
    _case, first, second, _proof = docs
    unknown = verify_code("UJK-2345-6789")
    assert (unknown.status, unknown.document) == ("tidak_dikenal", None)
    assert "UJK-2345-6789 tidak terdaftar" in unknown.message
    # one character off, or the stored code's parts: never a match
    near = first.kode[:-1] + ("2" if first.kode[-1] != "2" else "3")
    for typed in (near, first.kode[4:8], first.kode[:8] + "-", second.kode + "2"):
        assert verify_code(typed).document is None, typed


def test_the_lookup_uses_the_unique_index_on_the_code(docs, monkeypatch, engine):
    _case, first, _second, _proof = docs
    statements: list[tuple[str, tuple]] = []
    real_db = database.obj  # the proxy's database
    real = real_db.execute_sql

    def recording(sql, params=None, *args, **kwargs):
        statements.append((sql, tuple(params or ())))
        return real(sql, params, *args, **kwargs)

    monkeypatch.setattr(real_db, "execute_sql", recording)
    assert verify_code(first.kode).document.id == first.id
    monkeypatch.undo()
    [lookup] = [(s, p) for s, p in statements if first.kode in p]
    if engine == "postgresql":
        # A handful of rows: the planner would rather read them all, so a scan is ruled out
        # to see whether the index can serve the lookup at all (with 100,000 it would).
        with database.atomic():
            database.execute_sql("SET LOCAL enable_seqscan = off")
            plan = " | ".join(
                row[0] for row in database.execute_sql(f"EXPLAIN {lookup[0]}", lookup[1])
            )
        assert "Index Scan using document_kode on document" in plan, plan
        assert "Index Cond: ((kode)::text = " in plan and "Filter" not in plan, plan
        placeholder = "%s"  # peewee's own on the server
    else:
        plan = " | ".join(
            row[-1] for row in database.execute_sql(f"EXPLAIN QUERY PLAN {lookup[0]}", lookup[1])
        )
        assert "USING INDEX document_kode (kode=?)" in plan, plan
        assert "SCAN" not in plan, plan
        placeholder = "?"
    assert f'"kode" = {placeholder}' in lookup[0]  # bound, compared with =
    assert "LIKE" not in lookup[0].upper()


# ----------------------------------------------------------------------------- the paper itself
def text_of(pdf: bytes) -> str:
    """All pages, whitespace collapsed (a long line wraps anywhere)."""
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def finished(db, today, make_case, advance):
    case = make_case()
    advance(case.id, 7)
    return case


def test_a_correction_says_under_its_title_what_it_replaces_and_why(finished, utama, setting):
    case = finished
    first = finalise(utama, case.id, "ba_uji").document
    assert "Menggantikan" not in text_of(get_pdf(first.id))
    second = finalise(utama, case.id, "ba_uji", reason="Tempat rapat salah ketik").document
    text = text_of(get_pdf(second.id))
    assert (
        "BERITA ACARA HASIL UJI KONSEKUENSI" in text.upper()
        and f"Menggantikan Berita Acara Hasil Uji Konsekuensi Nomor {first.nomor} tanggal "
        f"{format_date(first.tanggal)} (versi 1) Alasan koreksi: Tempat rapat salah ketik"
        in text
    )
    # the line sits under the title and number, before the body
    assert text.index(second.nomor) < text.index("Menggantikan") < text.index("Pada hari ini")
    # an unnumbered kind names no number
    proof1 = finalise(utama, case.id, "bukti_batas_waktu", tanggal=date(2026, 11, 20)).document
    proof2 = finalise(utama, case.id, "bukti_batas_waktu", reason="Libur baru dicatat").document
    text = text_of(get_pdf(proof2.id))
    assert (
        "Menggantikan Bukti Perhitungan Batas Waktu tanggal 20 November 2026 (versi 1) "
        "Alasan koreksi: Libur baru dicatat" in text
    )
    assert proof1.nomor is None


def test_the_penetapan_in_each_form_and_the_letter_say_what_they_replace(finished, utama, setting):
    case = finished
    setting(PENETAPAN_BENTUK, "surat_penetapan")
    p1 = finalise(utama, case.id, "penetapan").document
    p2 = finalise(utama, case.id, "penetapan", reason="Jangka waktu salah").document
    text = text_of(get_pdf(p2.id))
    line = (
        f"Menggantikan Surat Penetapan Klasifikasi Informasi yang Dikecualikan Nomor {p1.nomor} "
        f"tanggal {format_date(p1.tanggal)} (versi 1) Alasan koreksi: Jangka waktu salah"
    )
    assert line in text
    assert (
        text.index(f"NOMOR: {p2.nomor}")
        < text.index("Menggantikan")
        < text.index("Berdasarkan Pasal 4")
    )
    setting(PENETAPAN_BENTUK, "keputusan_atasan")
    p3 = finalise(utama, case.id, "penetapan", reason="Bentuk keputusan").document
    text = text_of(get_pdf(p3.id))
    assert f"Nomor {p2.nomor} tanggal {format_date(p2.tanggal)} (versi 2)" in text
    assert text.index(f"NOMOR {p3.nomor}") < text.index("Menggantikan") < text.index("TENTANG")
    l1 = finalise(utama, case.id, "pemberitahuan").document
    l2 = finalise(utama, case.id, "pemberitahuan", reason="Lampiran kurang").document
    text = text_of(get_pdf(l2.id))
    assert (
        f"Menggantikan Surat Pemberitahuan kepada PPID Pembantu Nomor {l1.nomor} tanggal "
        f"{format_date(l1.tanggal)} (versi 1) Alasan koreksi: Lampiran kurang" in text
    )
    assert text.index("Hal") < text.index("Menggantikan") < text.index("Yth.")
    assert "Menggantikan" not in text_of(get_pdf(l1.id))
