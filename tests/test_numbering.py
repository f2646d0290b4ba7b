"""The register of outgoing numbers: the pattern, one sequence per document type per year,
numbers never reused, cancellation, and two processes taking numbers at the same time."""

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.documents.numbering import (
    assign_number,
    cancel_number,
    format_number,
    kode_for,
    list_register,
    pattern_for,
    to_roman,
)
from app.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from app.history import case_history
from app.models import Event, NumberRegister, database
from app.permissions import Actor
from app.settings import KODE_KLASIFIKASI, NOMOR_POLA, change_settings
from app.store.engine import on_server

ADMIN = Actor("admin", "Admin")  # stores the settings a test needs, as the office would
ROOT = Path(__file__).resolve().parents[1]
ROMAN_MONTHS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def own_patterns(*doc_types: str) -> None:
    """Give each type its own pattern: with the shipped default every type would print the
    same numbers."""
    change_settings(
        ADMIN,
        {
            NOMOR_POLA: {
                "default": "{kode}/{urut:03d}/{unit}/{tahun}",
                **{t: f"{{kode}}/{{urut:03d}}/{t.upper()}/{{unit}}/{{tahun}}" for t in doc_types},
            }
        },
    )


def assign(doc_type: str, tanggal: date) -> NumberRegister:
    with database.atomic():
        return assign_number(doc_type, tanggal)


# ----------------------------------------------------------------------------- the pattern
@pytest.mark.parametrize(
    ("pattern", "kode", "urut", "unit", "tanggal", "expected"),
    [
        (
            "{kode}/{urut:03d}/{unit}/{tahun}",
            "000.9.2",
            7,
            "PPID",
            date(2026, 3, 5),
            "000.9.2/007/PPID/2026",
        ),
        # Permendagri 83/2022: KKA/nomor urut/kode unit
        ("{kode}/{urut}/{unit}", "000.8.3.3", 15, "OR", date(2026, 1, 2), "000.8.3.3/15/OR"),
        (
            "{urut:03d}/KPA.1-900/{bulan_romawi}/{tahun}",
            "",
            1,
            "",
            date(2017, 1, 9),
            "001/KPA.1-900/I/2017",
        ),
        (
            "{kode}/{urut:04d}/{unit}/{bulan_romawi}/{tahun}",
            "000.9.2",
            123,
            "PPID",
            date(2026, 12, 31),
            "000.9.2/0123/PPID/XII/2026",
        ),
        (
            "{unit}-{bulan}-{urut:02d}/{tahun}",
            "x",
            5,
            "DISKOMINFOSATIK",
            date(2026, 9, 1),
            "DISKOMINFOSATIK-09-05/2026",
        ),
        ("{urut:03d}/{{SALINAN}}", "", 1000, "", date(2026, 4, 1), "1000/{SALINAN}"),
    ],
)
def test_number_patterns(pattern, kode, urut, unit, tanggal, expected):
    assert format_number(pattern, kode=kode, urut=urut, unit=unit, tanggal=tanggal) == expected


@pytest.mark.parametrize(
    ("pattern", "named"),
    [
        ("{kode}/{nomor}/{tahun}", "{nomor}"),
        ("{kode}/{urut:03d}/{Tahun}", "{Tahun}"),
        ("{}/{urut}", "{}"),
        ("{urut[0]}", "{urut[0]}"),
        ("{kode}/{urut", "tidak berpasangan"),
        ("{kode}}/{urut}", "tidak berpasangan"),
        ("{kode:03d}/{urut}", "{kode}"),
        ("{urut:xyz}", "{urut}"),
        ("{urut!r}", "{urut!r}"),
        ("{kode}/{unit}/{tahun}", "{urut}"),
    ],
)
def test_bad_patterns_are_refused_with_the_token_named(pattern, named):
    with pytest.raises(ValidationError) as err:
        format_number(pattern, kode="000.9.2", urut=1, unit="PPID", tanggal=date(2026, 3, 5))
    assert named in err.value.message
    assert err.value.fields == ["nomor_pola"]


def test_roman_numerals():
    assert [to_roman(n) for n in range(1, 13)] == ROMAN_MONTHS
    assert (to_roman(14), to_roman(49), to_roman(2026)) == ("XIV", "XLIX", "MMXXVI")
    with pytest.raises(ValueError):
        to_roman(0)


@given(urut=st.integers(1, 9999), month=st.integers(1, 12), year=st.integers(2000, 2099))
def test_any_sequence_and_month_formats_as_expected(urut, month, year):
    nomor = format_number(
        "{kode}/{urut:03d}/{unit}/{bulan_romawi}/{bulan}/{tahun}",
        kode="000.9.2",
        urut=urut,
        unit="PPID",
        tanggal=date(year, month, 28),
    )
    kode, seq, unit, roman, bulan, tahun = nomor.split("/")
    assert (kode, unit, tahun) == ("000.9.2", "PPID", str(year))
    assert roman == ROMAN_MONTHS[month - 1]
    assert bulan == f"{month:02d}" and len(bulan) == 2
    assert int(seq) == urut
    assert len(seq) == max(3, len(str(urut)))
    assert seq == str(urut).rjust(3, "0")


def test_pattern_and_code_come_from_settings_with_a_default(db):
    assert pattern_for("ba_uji") == "{kode}/{urut:03d}/BA-UK/{unit}/{tahun}"
    assert pattern_for("pemberitahuan") == "{kode}/{urut:03d}/{unit}/{tahun}"  # the default
    assert kode_for("ba_uji") == "000.9.2"
    change_settings(
        ADMIN,
        {
            NOMOR_POLA: {
                "default": "{kode}/{urut}/{unit}",
                "ba_uji": "{kode}/{urut:03d}/BA/{tahun}",
            },
            KODE_KLASIFIKASI: {"default": "000.9.2", "penetapan": "000.9.3"},
        },
    )
    assert pattern_for("ba_uji") == "{kode}/{urut:03d}/BA/{tahun}"
    assert pattern_for("penetapan") == "{kode}/{urut}/{unit}"
    assert kode_for("penetapan") == "000.9.3"
    assert kode_for("ba_uji") == "000.9.2"


# ----------------------------------------------------------------------------- sequences
def test_each_type_has_its_own_sequence_per_year_and_a_new_year_restarts(db):
    own_patterns("ba_uji", "penetapan")
    assert [assign("ba_uji", date(2026, 3, 2)).urut for _ in range(3)] == [1, 2, 3]
    assert assign("penetapan", date(2026, 12, 30)).nomor == "000.9.2/001/PENETAPAN/PPID/2026"
    assert assign("ba_uji", date(2027, 1, 4)).nomor == "000.9.2/001/BA_UJI/PPID/2027"
    late = assign("ba_uji", date(2026, 12, 31))  # a 2026 letter registered in 2027
    assert (late.tahun, late.urut, late.nomor) == (2026, 4, "000.9.2/004/BA_UJI/PPID/2026")
    assert [r.nomor for r in list_register(2026, "ba_uji")] == [
        f"000.9.2/{n:03d}/BA_UJI/PPID/2026" for n in (1, 2, 3, 4)
    ]
    assert [(r.tahun, r.jenis, r.urut) for r in list_register()] == [
        (2026, "ba_uji", 1),
        (2026, "ba_uji", 2),
        (2026, "ba_uji", 3),
        (2026, "ba_uji", 4),
        (2026, "penetapan", 1),
        (2027, "ba_uji", 1),
    ]
    assert [r.jenis for r in list_register(doc_type="penetapan")] == ["penetapan"]
    assert {r.status for r in list_register()} == {"dipakai"}


def test_the_shipped_patterns_give_each_type_a_distinct_number(db):
    first = {
        t: assign(t, date(2026, 3, 2)).nomor
        for t in (
            "laporan_identifikasi",
            "ba_pembantu",
            "laporan_uji",
            "ba_uji",
            "lembar_pertimbangan",
            "penetapan",
            "pemberitahuan",
        )
    }
    assert len(set(first.values())) == len(first)
    assert first["ba_uji"] == "000.9.2/001/BA-UK/PPID/2026"


def test_a_pattern_that_repeats_another_types_number_is_refused(db):
    """With one pattern and one classification code for two types, they would print the
    same number; the register refuses the second one."""
    change_settings(ADMIN, {NOMOR_POLA: {"default": "{kode}/{urut:03d}/{unit}/{tahun}"}})
    assign("ba_pembantu", date(2026, 3, 2))
    with pytest.raises(ConflictError) as err:
        assign("ba_uji", date(2026, 3, 20))
    assert "000.9.2/001/PPID/2026" in err.value.message
    assert "Pengaturan" in err.value.message
    assert NumberRegister.select().count() == 1
    change_settings(ADMIN, {KODE_KLASIFIKASI: {"default": "000.9.2", "ba_uji": "000.9.2.1"}})
    assert assign("ba_uji", date(2026, 3, 20)).nomor == "000.9.2.1/001/PPID/2026"


def test_a_failure_later_in_the_transaction_gives_the_number_back(db):
    own_patterns("ba_uji")
    assign("ba_uji", date(2026, 3, 2))
    with pytest.raises(RuntimeError), database.atomic():
        assign_number("ba_uji", date(2026, 3, 3))
        raise RuntimeError("render failed")
    assert assign("ba_uji", date(2026, 3, 4)).urut == 2


# ----------------------------------------------------------------------------- cancelling
def test_a_cancelled_number_stays_in_the_register_and_is_never_reused(db, utama):
    own_patterns("ba_uji")
    first, second = assign("ba_uji", date(2026, 3, 2)), assign("ba_uji", date(2026, 3, 2))
    cancel_number(utama, second.id, "  Salah ketik perihal; surat tidak jadi dikirim.  ")
    row = NumberRegister.get_by_id(second.id)
    assert (row.status, row.alasan_batal) == (
        "batal",
        "Salah ketik perihal; surat tidak jadi dikirim.",
    )
    assert assign("ba_uji", date(2026, 3, 3)).urut == 3
    assert [(r.urut, r.status) for r in list_register(2026, "ba_uji")] == [
        (1, "dipakai"),
        (2, "batal"),
        (3, "dipakai"),
    ]
    assert NumberRegister.get_by_id(first.id).status == "dipakai"
    event = Event.select().where(Event.jenis == "nomor_dibatalkan").get()
    assert second.nomor in event.ringkasan and "Salah ketik" in event.ringkasan
    assert (event.pelaku, event.peran) == (utama.name, "ppid_utama")
    with pytest.raises(ConflictError):
        cancel_number(utama, second.id, "lagi")


def test_cancelling_needs_a_reason_and_the_right_role(db, utama, admin, tim, pembantu):
    own_patterns("ba_uji")
    row = assign("ba_uji", date(2026, 3, 2))
    with pytest.raises(ValidationError) as err:
        cancel_number(utama, row.id, "   ")
    assert err.value.fields == ["alasan_batal"]
    for who in (tim, pembantu):
        with pytest.raises(PermissionDenied) as denied:
            cancel_number(who, row.id, "Salah nomor")
        assert "membatalkan nomor naskah keluar" in denied.value.message
    assert NumberRegister.get_by_id(row.id).status == "dipakai"
    with pytest.raises(NotFound):
        cancel_number(admin, 9999, "Salah nomor")
    cancel_number(admin, row.id, "Salah nomor")
    assert NumberRegister.get_by_id(row.id).status == "batal"


def test_cancelling_the_number_of_a_document_keeps_the_document(
    db, make_case, advance, fill, utama, monkeypatch
):
    from app.documents import read, store
    from app.documents import render as renderers
    from app.models import Document

    def fake_render(doc_type, case_id, stamp=None, detail=None):
        from io import BytesIO

        from reportlab.pdfgen.canvas import Canvas

        buf = BytesIO()
        c = Canvas(buf, pageCompression=0)
        c.drawString(72, 720, f"{doc_type} {stamp.nomor} Kode verifikasi: {stamp.kode}")
        c.save()
        return buf.getvalue()

    monkeypatch.setattr(renderers, "render_document", fake_render)
    case = make_case()
    advance(case.id, 2)
    fill(case.id)
    doc = store.finalise(utama, case.id, "ba_uji").document
    pdf = read.get_pdf(doc.id)
    [row] = list_register(doc_type="ba_uji")
    assert row.document_id == doc.id
    cancel_number(utama, row.id, "Rapat diulang")
    kept = Document.get_by_id(doc.id)
    assert (kept.nomor, kept.sha256, bytes(kept.pdf)) == (doc.nomor, doc.sha256, pdf)
    assert NumberRegister.get_by_id(row.id).status == "batal"
    assert any(h.kind == "nomor_dibatalkan" for h in case_history(case.id))
    result = store.verify_pdf(pdf)
    assert result.status == "dibatalkan"
    assert "telah dibatalkan" in result.message and "Rapat diulang" in result.message


# ----------------------------------------------------------------------------- two processes
# Each worker takes one number per line it reads on stdin and answers with it. The test sends
# a line to both workers at once, so every one of the 40 rounds makes the two processes ask
# for the write lock at the same moment (left to run freely, one process would just take all
# its numbers while the other waits in SQLite's busy handler).
WORKER = """
import sys
sys.path.insert(0, sys.argv[1])
from datetime import date
from app.store import open_database
from app.models import database
from app.documents.numbering import assign_number

open_database(sys.argv[2], take_lock=False)  # two writers on purpose: SQLite serialises them
print("siap", flush=True)
for _ in range(int(sys.argv[3])):
    sys.stdin.readline()
    with database.atomic():
        print(assign_number("ba_uji", date(2026, 6, 15)).urut, flush=True)
"""


def test_two_processes_taking_numbers_at_once_never_share_one(db, tmp_path):
    """Two real processes on one database file, 40 transactions each, in 40 rounds where both
    ask at the same time."""
    # The workers open the database by what names it: the file, or the server's URL.
    path = database.obj.address.url if on_server() else db.path
    own_patterns("ba_uji", "ba_pembantu")
    assign("ba_pembantu", date(2026, 1, 5))  # another type's sequence must not interfere
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, str(ROOT), str(path), "40"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=tmp_path,
        )
        for _ in range(2)
    ]
    got: list[list[int]] = [[], []]
    try:
        for w in workers:
            assert w.stdout.readline().strip() == "siap", w.stderr.read()
        for round_no in range(1, 41):
            for w in workers:  # release both at once
                w.stdin.write("\n")
                w.stdin.flush()
            pair = []
            for i, w in enumerate(workers):
                line = w.stdout.readline()
                assert line.strip(), w.stderr.read()
                got[i].append(int(line))
                pair.append(int(line))
            assert sorted(pair) == [2 * round_no - 1, 2 * round_no]
        for w in workers:
            w.stdin.close()
            assert w.wait(timeout=30) == 0, w.stderr.read()
    finally:
        for w in workers:
            if w.poll() is None:
                w.kill()
            w.stdout.close()
            w.stderr.close()
    assert sorted(got[0] + got[1]) == list(range(1, 81))
    rows = list_register(2026, "ba_uji")
    assert [r.urut for r in rows] == list(range(1, 81))
    assert len({r.nomor for r in rows}) == 80
    assert [r.urut for r in list_register(2026, "ba_pembantu")] == [1]
