"""The pages a person signs, read back from the PDFs: no signature without the text it signs
on its page, no word cut across lines, the footer of a finalised page ("Halaman X dari Y",
number, date), every font embedded and no Helvetica, the metadata, no jangka waktu for an item
concluded terbuka, the BA's item numbers kept in the penetapan, and the Pasal 17 quotes.

Cases of 1 to 40 items (a spread, to stay fast) and one with fields at their maximum length,
every document type, on F4 and on A4."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from functools import cache
from io import BytesIO

import pytest
from pypdf import PdfReader

from app import clock, settings, store
from app.cases import commands
from app.cases.read import case_detail
from app.documents.model import Stamp
from app.documents.render import render_document
from app.documents.render.tables import syllable_points
from app.models import LegalReference
from app.settings import BUPATI_NAMA, KERTAS, KOP_INSTANSI, PENETAPAN_BENTUK
from app.settings.catalog import KUTIP_PASAL17
from app.sop import load_current_sop
from app.validation import LONG_TEXT_MAX
from tests.conftest import fill_step

SPECS = {d.kind: d for d in load_current_sop().documents}
KINDS = [k for k in SPECS if k != "bukti_batas_waktu"]  # the documents someone signs
F4_COUNTS = (1, 3, 8, 20, 40)
A4_COUNTS = (2, 5, 13, 24)
CREATED = datetime(2026, 11, 20, 3, 4, 5, tzinfo=UTC)
STAMP = Stamp("000.9.2/007/PPID/2026", date(2026, 11, 20), "UJK-7F3A-9C21", 2, created=CREATED)
# Long Indonesian words, wider than the narrow columns of the tables at 9 pt.
KONSEKUENSI = (
    "Informasi yang dipertanggungjawabkan dapat disalahgunakan sehingga mengganggu "
    "kepentingan perlindungan data pribadi masyarakat."
)
LONG = " ".join(["Dokumen pertanggungjawaban keuangan ditetapkannya diumumkannya"] * 70)[
    :LONG_TEXT_MAX
].rsplit(" ", 1)[0]


def item_values(k: int, long: bool = False) -> dict:
    return {
        "uraian": f"Dokumen {k} pertanggungjawaban keuangan daerah yang ditetapkannya",
        "dokumen_sumber": "Berkas pemeriksaan keuangan",
        "dasar_hukum": ["17.h.2"],
        "dasar_hukum_lain": "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
        "konsekuensi_dibuka": LONG if long else KONSEKUENSI,
        "konsekuensi_ditutup": LONG if long else "Melindungi kerahasiaan yang diumumkannya.",
        "jangka_jenis": "peristiwa",
        "jangka_peristiwa": f"Sampai ditetapkannya keputusan JW{k:02d} dan diumumkannya hasil",
    }


def terbuka(k: int) -> bool:
    """Every third item, from the second, is concluded terbuka (the first is always exempt)."""
    return k % 3 == 2


def make_case(case_tools, officials, n: int, long_item: int | None = None) -> int:
    case = case_tools.make_case(judul=f"Kasus {n} butir", item=item_values(1, long_item == 1))
    for k in range(2, n + 1):
        commands.save_item(
            case_tools.actors["ppid_pembantu"], case.id, item_values(k, long_item == k)
        )
    while True:  # as case_tools.advance, with a conclusion per item at the test
        detail = case_detail(case.id)
        rec, step = detail.current, detail.current_step
        if rec is None:
            return case.id
        fill_step(case.id, officials)
        if "kesimpulan" in step.item_fields:
            for item in case_detail(case.id).items:
                if terbuka(item.urut):
                    commands.save_item(
                        case_tools.actors[step.actor], case.id, {"kesimpulan": "terbuka"}, item.id
                    )
        commands.complete_step(
            case_tools.actors[step.actor],
            case.id,
            step.number,
            on=min(rec.batas_waktu, clock.today()),
        )


@pytest.fixture(scope="module")
def world(tmp_path_factory, case_tools):
    clock.pin_today(case_tools.pinned_today)
    case_tools.open_database(tmp_path_factory.mktemp("pages") / "t.db")
    officials = case_tools.officials()
    cases = {n: make_case(case_tools, officials, n) for n in sorted({*F4_COUNTS, *A4_COUNTS})}
    cases["long"] = make_case(case_tools, officials, 3, long_item=2)
    cases["mixed"] = make_case(case_tools, officials, 12, long_item=6)
    yield cases
    store.close_database()
    clock.pin_today(None)


# ----------------------------------------------------------------------------- reading back
@cache  # several tests read the same rendered PDF
def _pages_of(pdf: bytes) -> tuple[str, ...]:
    return tuple(p.extract_text() for p in PdfReader(BytesIO(pdf)).pages)


def pages_of(pdf: bytes) -> list[str]:
    return list(_pages_of(pdf))


def flat(text: str) -> str:
    return " ".join(text.split())


WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*-?")


def words_of(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(text)}


def input_words(case_id: int) -> set[str]:
    detail = case_detail(case_id)
    text = " ".join(" ".join(str(v) for v in i.values().values()) for i in detail.items)
    return words_of(text)


def cut_words(pages: list[str], vocabulary: set[str]) -> list[str]:
    """Words of the input split across two lines without a hyphen ("diteta" / "pkannya"),
    and hyphenated pieces that do not make a word of the document or the input."""
    known = words_of(" ".join(pages)) | vocabulary
    problems = []
    for page in pages:
        lines = [line.split() for line in page.splitlines() if line.split()]
        carry = ""  # the pieces of a word hyphenated over several lines, so far
        for left, right in zip(lines, lines[1:], strict=False):
            a, b = WORD.findall(left[-1]), WORD.findall(right[0])
            if not a or not b:
                carry = ""
                continue
            a_word, b_word = (carry or a[-1]).lower(), b[0].lower()
            carry = ""
            if a_word.endswith("-"):
                whole = a_word[:-1] + b_word
                if b_word.endswith("-") and len(right) == 1:
                    carry = whole  # the word goes on over the next line
                elif whole not in known and a_word + b_word not in known:
                    # The line after is another cell's: the word went on over a page break
                    # (inside a row taller than a page); its head must still be a syllable
                    # boundary of a word.
                    head = a_word[:-1]
                    if not any(
                        w.startswith(head) and len(head) in syllable_points(w) for w in known
                    ):
                        problems.append(f"{a_word}{b_word}")
            elif a_word + b_word in vocabulary:
                problems.append(f"{a_word} {b_word}")
    return problems


def joined(pages: list[str]) -> str:
    """The text with words hyphenated at line ends put back together, whitespace collapsed."""
    text = "\n".join(pages)
    return flat(re.sub(r"([A-Za-z])-\n([a-z])", r"\1\2", text))


BODY_MARKS = {
    "laporan_identifikasi": ("Dokumen", "Jumlah butir informasi"),
    "ba_pembantu": ("Dokumen", "Jumlah butir informasi"),
    "laporan_uji": ("Dokumen", "Jumlah butir informasi"),
    "ba_uji": ("Dokumen", "Jumlah butir informasi"),
    "lembar_pertimbangan": ("Dokumen",),
    "penetapan": ("Dokumen", "Lampiran yang merupakan bagian tidak terpisahkan"),
    "pemberitahuan": ("pengecualiannya",),
}
SIGNATURE_MARKS = (
    "TANDA TANGAN",
    "NIP. 19700706",
    "NIP. 19780315",  # the PPID Pembantu of the Dinas Kesehatan (tests/conftest.py)
    "Ditetapkan di",
    "(………………………)",
)


def signature_pages(pages: list[str]) -> list[int]:
    return [i for i, p in enumerate(pages) if any(m in flat(p) for m in SIGNATURE_MARKS)]


def render(kind: str, case_id: int) -> bytes:
    return render_document(kind, case_id, STAMP)


def count_cases():
    for paper, counts in (("F4", F4_COUNTS), ("A4", A4_COUNTS)):
        for n in (*counts, "long"):
            yield paper, n


@pytest.fixture(scope="module")
def rendered(world):
    """Every signed document of every case, on its paper (rendered once for the module)."""
    out: dict[tuple[str, str, object], bytes] = {}
    for paper, n in count_cases():
        with_paper(paper)
        for kind in KINDS:
            out[(kind, paper, n)] = render(kind, world[n])
    with_paper("F4")
    return out


def with_paper(paper: str) -> None:
    from app.models import Setting, database

    with database.atomic():
        Setting.insert(key=KERTAS.key, value=paper).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: paper}
        ).execute()
    assert settings.value(KERTAS) == paper


PARAMS = [(kind, paper, n) for paper, n in count_cases() for kind in KINDS]


def ids(param) -> str:
    kind, paper, n = param
    return f"{kind}-{paper}-{n}"


# ----------------------------------------------------------------------------- the rules
@pytest.mark.parametrize("key", PARAMS, ids=[ids(p) for p in PARAMS])
def test_no_signature_without_the_text_it_signs(rendered, key):
    """Every page with a signature (a block, a participants' table, "Ditetapkan di") also
    carries rows of the items table, or a paragraph of the text before the closing: the
    summary of the items, the penetapan's point on its Lampiran, the letter's request."""
    kind = key[0]
    pages = [flat(p) for p in pages_of(rendered[key])]
    signed = signature_pages(pages)
    assert signed, "no signature found"
    for i in signed:
        assert any(m in pages[i] for m in BODY_MARKS[kind]), (
            f"page {i + 1} of {len(pages)} carries only a signature"
        )


@pytest.mark.parametrize("key", PARAMS, ids=[ids(p) for p in PARAMS])
def test_no_word_is_cut_across_lines(rendered, world, key):
    pages = pages_of(rendered[key])
    assert cut_words(pages, input_words(world[key[2]])) == []


@pytest.mark.parametrize("key", PARAMS, ids=[ids(p) for p in PARAMS])
def test_footer_numbers_dates_and_counts_every_page(rendered, key):
    kind = key[0]
    pages = [flat(p) for p in pages_of(rendered[key])]
    for number, text in enumerate(pages, start=1):
        assert f"Halaman {number} dari {len(pages)}" in text
        assert "Tanggal 20 November 2026" in text
        assert "Kode verifikasi: UJK-7F3A-9C21 · versi 2" in text
        if SPECS[kind].numbered:
            assert f"Nomor {STAMP.nomor}" in text


def fonts_of(pdf: bytes) -> list[dict]:
    out = []
    for page in PdfReader(BytesIO(pdf)).pages:
        fonts = page["/Resources"].get("/Font", {})
        out += [fonts[k].get_object() for k in fonts]
    return out


@pytest.mark.parametrize("kind", [*KINDS, "bukti_batas_waktu"])
@pytest.mark.parametrize("stamp", [None, STAMP], ids=["draft", "final"])
def test_every_font_is_embedded_and_no_helvetica(world, kind, stamp):
    pdf = render_document(kind, world[3], stamp)
    fonts = fonts_of(pdf)
    assert fonts
    for font in fonts:
        assert "Helvetica" not in str(font["/BaseFont"])
        assert "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]
    assert b"Helvetica" not in pdf  # not even an unused font object


@pytest.mark.parametrize("kind", KINDS)
def test_metadata_title_author_and_creation_date(world, kind):
    reader = PdfReader(BytesIO(render(kind, world[3])))
    meta = reader.metadata
    assert meta.title == f"{SPECS[kind].title} — {case_detail(world[3]).case.nomor}"
    assert settings.value(KOP_INSTANSI) in meta.author
    assert meta.subject == "Kasus 3 butir"
    assert meta.creation_date == CREATED


def test_a_draft_is_dated_now(world):
    before = datetime.now(UTC).replace(microsecond=0)
    created = PdfReader(BytesIO(render_document("ba_uji", world[3]))).metadata.creation_date
    assert before <= created <= datetime.now(UTC)


def test_a_finalised_document_is_still_the_same_bytes_for_the_same_stamp(world):
    assert render("ba_uji", world[5]) == render("ba_uji", world[5])


@pytest.mark.parametrize("kind", ["ba_uji", "laporan_uji"])
@pytest.mark.parametrize("n", [8, 13])
def test_terbuka_items_have_no_jangka_waktu(rendered, kind, n):
    text = joined(pages_of(rendered[(kind, "F4" if n == 8 else "A4", n)]))
    opened = [k for k in range(1, n + 1) if terbuka(k)]
    for k in range(1, n + 1):
        assert (f"JW{k:02d}" in text) == (k not in opened), k
    assert text.count("Tidak dikecualikan") == len(opened)


@pytest.mark.parametrize("kind", ["ba_pembantu", "laporan_identifikasi"])
def test_before_the_test_every_item_keeps_its_proposed_jangka_waktu(rendered, kind):
    text = joined(pages_of(rendered[(kind, "F4", 8)]))
    assert all(f"JW{k:02d}" in text for k in range(1, 9))
    assert "Tidak dikecualikan" not in text


NUMBERED_ROW = re.compile(r"(\d+)\. Dokumen (\d+) ")


@pytest.mark.parametrize("form", ["surat_penetapan", "keputusan_atasan"])
@pytest.mark.parametrize("n", [2, 8, 24])
def test_penetapan_numbers_each_item_as_the_ba_does(world, setting, form, n):
    setting(PENETAPAN_BENTUK, form)
    ba = NUMBERED_ROW.findall(joined(pages_of(render("ba_uji", world[n]))))
    assert ba == [(str(k), str(k)) for k in range(1, n + 1)]
    pages = [flat(p) for p in pages_of(render("penetapan", world[n]))]
    exempt = [str(k) for k in range(1, n + 1) if not terbuka(k)]
    first = next(i for i, p in enumerate(pages) if "LAMPIRAN" in p)
    for part in (pages[:first], pages[first:]):  # the decision's table, then the Lampiran
        rows = NUMBERED_ROW.findall(" ".join(part))
        assert rows == [(k, k) for k in exempt]


@pytest.mark.parametrize("form", ["keputusan_atasan", "keputusan_sekda", "keputusan_bupati"])
@pytest.mark.parametrize("paper", ["F4", "A4"])
def test_every_keputusan_lays_out_with_text_on_its_signature_pages(world, setting, form, paper):
    """The Keputusan forms (Menimbang, Mengingat, diktum, Lampiran) at every size: each lays
    out (a layout that cannot place a kept block raises), and each signed page carries text."""
    setting(PENETAPAN_BENTUK, form)
    setting(BUPATI_NAMA, "Ratu Rachmatu Zakiyah")
    with_paper(paper)
    try:
        for n in (1, 3, 8, 13, 24, 40, "long"):
            pages = [flat(p) for p in pages_of(render("penetapan", world[n]))]
            signed = [i for i, p in enumerate(pages) if "Ratu" in p or "Susanti" in p]
            assert signed, (form, paper, n)
            for i in signed:
                assert "Dokumen" in pages[i] or "KEEMPAT" in pages[i], (form, paper, n, i)
    finally:
        with_paper("F4")


def test_pasal17_quoted_in_the_ba_when_the_office_asks(world, setting):
    quote = LegalReference.get_by_id("17.h.2").teks
    head = quote.split()[:6]
    plain = joined(pages_of(render("ba_uji", world[2])))
    assert " ".join(head) not in plain
    setting(KUTIP_PASAL17, True)
    quoted = joined(pages_of(render("ba_uji", world[2])))
    assert f"“{' '.join(head)}" in quoted
    assert quoted.count(f"“{' '.join(head)}") == 2  # under the citation of each item
    laporan = joined(pages_of(render("laporan_uji", world[2])))
    assert " ".join(head) not in laporan  # the Berita Acara only


# ----------------------------------------------------------------------------- rows
def test_a_row_taller_than_a_page_splits_inside_only_itself(rendered):
    """The long item (both konsekuensi at their maximum length) splits inside its row; the
    ordinary items before and after it stay whole on one page each, and the header opens
    every page of the table and nowhere else."""
    for paper in ("F4", "A4"):
        pages = [flat(p) for p in pages_of(rendered[("ba_uji", paper, "long")])]
        long_pages = [i for i, p in enumerate(pages) if "ditetapkannya diumumkannya" in p]
        assert len(long_pages) >= 2  # it really is longer than a page
        for k in (1, 3):
            first = [i for i, p in enumerate(pages) if f"Dokumen {k} " in p]
            last = [i for i, p in enumerate(pages) if f"JW{k:02d}" in p]
            assert len(first) == 1 and first == last, (paper, k)
        for i in long_pages:
            assert pages[i].count("BILA DIBUKA") == 1


@pytest.mark.parametrize("paper", ["F4", "A4"])
def test_beside_a_row_taller_than_a_page_ordinary_rows_stay_whole(world, paper):
    """ReportLab, once a table may split inside rows, splits any row that meets the end of a
    page; here only the long one may."""
    with_paper(paper)
    try:
        for kind in ("ba_uji", "laporan_uji", "lembar_pertimbangan"):
            pages = [joined([p]) for p in pages_of(render(kind, world["mixed"]))]
            for k in (*range(1, 6), *range(7, 13)):
                where = [i for i, p in enumerate(pages) if f"Dokumen {k} " in p]
                assert len(where) == 1, (kind, paper, k, where)
                if kind != "lembar_pertimbangan":  # its rows show no jangka waktu
                    marker = "Tidak dikecualikan" if terbuka(k) else f"JW{k:02d}"
                    assert marker in pages[where[0]], (kind, paper, k)
            if kind != "lembar_pertimbangan":  # (its table shows no konsekuensi: no long row)
                # The long row starts right after the row before it, filling that page.
                assert "Dokumen 6 " in next(p for p in pages if "Dokumen 5 " in p), (kind, paper)
    finally:
        with_paper("F4")


def test_ordinary_rows_never_split_across_pages(rendered):
    for paper, n in (("F4", 40), ("A4", 24)):
        for kind in ("ba_uji", "laporan_uji", "lembar_pertimbangan", "penetapan"):
            pages = [flat(p) for p in pages_of(rendered[(kind, paper, n)])]
            lampiran = next((i for i, p in enumerate(pages) if "LAMPIRAN" in p), len(pages))
            for part in (pages[:lampiran], pages[lampiran:]):
                for k in range(1, n + 1):
                    where = [i for i, p in enumerate(part) if f"Dokumen {k} " in p]
                    if where:
                        assert len(where) == 1, (kind, paper, k)


def test_a_table_break_leaves_two_rows_on_each_side(rendered):
    """No page of an items table holds a single row."""
    for paper, counts in (("F4", F4_COUNTS), ("A4", A4_COUNTS)):
        for n in counts:
            for kind in ("ba_uji", "ba_pembantu", "laporan_uji", "lembar_pertimbangan"):
                pages = [flat(p) for p in pages_of(rendered[(kind, paper, n)])]
                rows = [len(re.findall(r"\d+\. Dokumen \d+ ", p)) for p in pages]
                assert 1 not in rows or n == 1, (kind, paper, n, rows)


# ----------------------------------------------------------------------------- hyphenation
@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("menyelenggarakan", "me-nye-leng-ga-ra-kan"),
        ("masyarakat", "ma-sya-ra-kat"),
        ("ditetapkannya", "di-te-tap-kan-nya"),
        ("pertimbangan", "per-tim-bang-an"),
    ],
)
def test_indonesian_syllables(word, expected):
    points = syllable_points(word)
    pieces = [word[a:b] for a, b in zip([0, *points], [*points, len(word)], strict=True)]
    assert "-".join(pieces) == expected


# ----------------------------------------------------------------------------- signatures
def test_a_short_participants_table_never_breaks_and_never_stands_alone(world):
    """Whatever the length of the table before it, four participants sign on one page, and
    that page also carries rows of the table."""
    from reportlab.platypus import Paragraph

    from app.documents.render.blocks import Joined
    from app.documents.render.layout import build_pdf, page_setup
    from app.documents.render.signature import SignRow, signature_table
    from app.documents.render.styles import get_styles
    from app.documents.render.tables import grid_table

    st, setup = get_styles(), page_setup()
    people = [SignRow(f"Peserta Nomor{k}", None, "Anggota Tim") for k in range(1, 5)]
    seen = set()
    for n in range(1, 61, 3):
        data = [[Paragraph("NO", st.cell_head), Paragraph("ISI", st.cell_head)]]
        data += [
            [Paragraph(f"{k}.", st.cell), Paragraph(f"Baris isi{k} " * 30, st.cell)]
            for k in range(1, n + 1)
        ]
        story = [
            Joined(
                [
                    grid_table(data, [20, setup.frame_width - 20], max_height=setup.frame_height),
                    Paragraph("Demikian.", st.body),
                    Paragraph("Peserta:", st.heading_free),
                    signature_table(people, st, setup.frame_width, setup.frame_height),
                ]
            )
        ]
        pages = [flat(p) for p in pages_of(build_pdf(story, setup, STAMP, "uji"))]
        seen.add(len(pages))
        signed = [i for i, p in enumerate(pages) if "Peserta Nomor" in p]
        assert len(signed) == 1, n
        page = pages[signed[0]]
        assert all(f"Peserta Nomor{k}" in page for k in range(1, 5)), n
        assert "Baris isi" in page and "Demikian." in page, n
    assert len(seen) >= 3  # the table crossed several page breaks
