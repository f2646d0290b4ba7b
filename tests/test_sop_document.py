"""The SOP printed in the SOP-AP layout: its text and paper read back with pypdf, and where
the flowchart's symbols and arrows were drawn (``Trace``): each symbol in its actor's column,
each arrow from one symbol's edge to the next one's, no two arrows crossing, and the
off-page connectors where a page breaks between two steps."""

from __future__ import annotations

import io
import itertools
import re

import pytest
from pypdf import PdfReader

from app.reports.sop_document import (
    DECISION,
    PROCESS,
    TERMINATOR,
    Trace,
    kelengkapan,
    sop_document_pdf,
)
from app.sop import SOP_DIR, load_current_sop, parse_sop

F4_LANDSCAPE = (330 / 25.4 * 72, 215 / 25.4 * 72)


def _pdf(sop) -> tuple[PdfReader, list[str], Trace]:
    trace = Trace()
    reader = PdfReader(io.BytesIO(sop_document_pdf(sop, trace)))
    return reader, [" ".join(p.extract_text().split()) for p in reader.pages], trace


def _long_sop(extra: int = 8):
    """The shipped SOP with ``extra`` more steps (some able to send back): the flowchart
    needs more than one page."""
    text = (SOP_DIR / "sop-2020.toml").read_text(encoding="utf-8")
    roles = ["ppid_utama", "tim_pertimbangan", "ppid_pembantu", "atasan_ppid"]
    for n in range(7, 7 + extra):
        text += (
            f'\n[[tahap]]\nnomor = {n}\njudul = "Tambahan {n}"\n'
            f'kegiatan = "Kegiatan tambahan nomor {n} yang cukup panjang untuk dua baris teks."\n'
            f'pelaksana = "{roles[n % 4]}"\nhari_kerja = 2\nkeluaran = ["Hasil {n}"]\n'
        )
        if n % 3 == 0:
            text += f"dapat_dikembalikan_ke = {n - 1}\n"
    return parse_sop(text.replace('versi = "2020.2"', 'versi = "uji-panjang"'))


@pytest.fixture
def sop(db):
    return load_current_sop()


def test_identity_page_and_flowchart_text_on_f4_turned(sop):
    reader, pages, _trace = _pdf(sop)
    for page in reader.pages:
        box = page.mediabox
        assert (float(box.width), float(box.height)) == pytest.approx(F4_LANDSCAPE, abs=0.5)
    first = pages[0]
    for text in (
        "STANDAR OPERASIONAL PROSEDUR",
        "Nomor SOP 01/SOP-PPID/DISKOMINFOSATIK/2020",
        "Tanggal Pembuatan 1 September 2018",
        "Tanggal Revisi 5 Maret 2020",
        "Tanggal Pengesahan September 2020",
        "H. Anas Dwi Satya Prasadya, S.Sos., M.Si",
        "NIP. 19700706 199003 1 002",
        "UJI KONSEKUENSI INFORMASI PUBLIK",
        "Dasar Hukum",
        "Undang-Undang Nomor 25 Tahun 2009",
        "Kualifikasi Pelaksana",
        "Keterkaitan",
        "Peralatan / Perlengkapan",
        "File organizer",
        "Peringatan",
        "Pencatatan dan Pendataan",
        "data manual dan data elektronik",
    ):
        assert text in first, text
    flow = " ".join(pages[1:])
    for text in ("PELAKSANA", "MUTU BAKU", "KELENGKAPAN", "WAKTU", "OUTPUT", "KETERANGAN"):
        assert text in flow
    for role in ("PPID Pembantu", "PPID Utama", "Tim Pertimbangan", "Atasan PPID"):
        assert role in flow
    assert "10 (sepuluh) hari kerja" in flow and "30 (tiga puluh) hari kerja" in flow
    assert re.search(r"70 \(tujuh puluh\)\s*hari kerja", flow)
    assert "dikembalikan ke tahap 4 (Konsep Surat Penetapan)" in flow
    assert "Dapat juga dikerjakan oleh PPID Utama" in flow  # step 1's juga_oleh
    assert "Halaman 1 dari" in first


def _inside(box, column) -> bool:
    x0, _y0, x1, _y1 = box
    return column[0] < x0 and x1 < column[1]


def test_each_symbol_stands_in_its_actors_column_as_the_right_shape(sop):
    _reader, _pages, trace = _pdf(sop)
    order = [r.code for r in sop.roles]
    assert sorted(trace.symbols) == [s.number for s in sop.steps]
    for step in sop.steps:
        drawn = trace.symbols[step.number]
        assert drawn["column"] == order.index(step.actor)
        assert _inside(drawn["box"], trace.columns[drawn["column"]])
    kinds = {n: d["kind"] for n, d in trace.symbols.items()}
    assert kinds == {
        1: TERMINATOR,
        2: DECISION,
        3: DECISION,
        4: PROCESS,
        5: DECISION,
        6: TERMINATOR,
    }
    # The shipped SOP's flowchart fits one page after the identity page.
    assert {d["page"] for d in trace.symbols.values()} == {2}


def _bottom(box):
    return ((box[0] + box[2]) / 2, box[1])


def _top(box):
    return ((box[0] + box[2]) / 2, box[3])


def _near(p, q, tol: float = 0.6) -> bool:
    return abs(p[0] - q[0]) <= tol and abs(p[1] - q[1]) <= tol


def _segments(points):
    return list(zip(points, points[1:], strict=False))


def _cross(s, t) -> bool:
    """Whether two axis-parallel segments cross, overlap or touch."""
    (a, b), (c, d) = s, t
    ax0, ax1 = sorted((a[0], b[0]))
    ay0, ay1 = sorted((a[1], b[1]))
    cx0, cx1 = sorted((c[0], d[0]))
    cy0, cy1 = sorted((c[1], d[1]))
    return ax0 <= cx1 and cx0 <= ax1 and ay0 <= cy1 and cy0 <= ay1


def _crossings(trace: Trace) -> list:
    return [
        (one["what"], other["what"])
        for one, other in itertools.combinations(trace.arrows, 2)
        if one["page"] == other["page"]
        for s in _segments(one["points"])
        for t in _segments(other["points"])
        if _cross(s, t)
    ]


def test_arrows_join_each_step_to_the_next_and_returns_to_their_target(sop):
    _reader, _pages, trace = _pdf(sop)
    boxes = {n: d["box"] for n, d in trace.symbols.items()}
    arrows = {a["what"]: a["points"] for a in trace.arrows}
    for a, b in itertools.pairwise(range(1, 7)):
        points = arrows[f"{a}->{b}"]
        assert _near(points[0], _bottom(boxes[a])) and _near(points[-1], _top(boxes[b]))
        assert all(p[0] == q[0] or p[1] == q[1] for p, q in _segments(points))  # square
    for source, target in ((2, 1), (3, 2), (5, 4)):
        points = arrows[f"{source}->{target} kembali"]
        sx0, sy0, sx1, sy1 = boxes[source]
        tx0, ty0, tx1, ty1 = boxes[target]
        assert points[0][0] in (sx0, sx1) and _near((0, points[0][1]), (0, (sy0 + sy1) / 2))
        assert points[-1][0] in (tx0, tx1) and _near((0, points[-1][1]), (0, (ty0 + ty1) / 2))
    assert not trace.connectors
    assert _crossings(trace) == []  # no two arrows cross or touch


def test_a_long_flowchart_breaks_with_off_page_connectors(db):
    sop = _long_sop()
    reader, pages, trace = _pdf(sop)
    assert len(reader.pages) >= 3
    assert "PELAKSANA" in pages[-1] or "PELAKSANA" in pages[-2]  # the header repeats
    on_pages = {d["page"] for d in trace.symbols.values()}
    assert len(on_pages) >= 2
    breaks = [
        (a, b)
        for a, b in itertools.pairwise(sorted(trace.symbols))
        if trace.symbols[a]["page"] != trace.symbols[b]["page"]
    ]
    assert breaks
    for a, b in breaks:
        ends = [c for c in trace.connectors if c["what"] == f"{a}->{b}"]
        assert [c["page"] for c in ends] == [trace.symbols[a]["page"], trace.symbols[b]["page"]]
        assert {c["label"] for c in ends} == {str(b)}
    order = [r.code for r in sop.roles]
    for step in sop.steps:
        drawn = trace.symbols[step.number]
        assert drawn["column"] == order.index(step.actor)
        assert _inside(drawn["box"], trace.columns[drawn["column"]])
    assert _crossings(trace) == []


def test_kelengkapan_from_the_file_or_from_the_step_before(db):
    sop = load_current_sop()
    assert kelengkapan(sop, sop.step(3)) == sop.step(2).outputs
    assert "Daftar Informasi Publik" in kelengkapan(sop, sop.step(1))[0]
    text = sop.source_text.replace(
        "nomor = 3\n", 'nomor = 3\nkelengkapan = ["Undangan rapat Tim", "Berkas usulan"]\n'
    ).replace('versi = "2020.2"', 'versi = "uji-kelengkapan"')
    revised = parse_sop(text)
    assert kelengkapan(revised, revised.step(3)) == ("Undangan rapat Tim", "Berkas usulan")
    _reader, pages, _trace = _pdf(revised)
    assert "Undangan rapat Tim" in " ".join(pages)


def test_the_job_writes_the_current_or_a_stored_version(db, tmp_path):
    from app.errors import UserError
    from app.refdata import current_sop
    from app.reports.jobs import export_sop_document
    from app.reports.pdf import ReportCancelled

    target = tmp_path / "sop.pdf"
    done = export_sop_document(target)
    assert done.files == (target,) and "versi 2020.2" in done.summary
    assert target.read_bytes().startswith(b"%PDF")
    stored = current_sop().version  # registered in the database
    export_sop_document(target, version=stored)
    with pytest.raises(UserError, match="tidak tersimpan"):
        export_sop_document(target, version="1999.1")
    with pytest.raises(ReportCancelled):
        export_sop_document(tmp_path / "batal.pdf", cancelled=lambda: True)
    assert not (tmp_path / "batal.pdf").exists()
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".part"]
