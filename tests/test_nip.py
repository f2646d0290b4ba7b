"""NIP (18 digits): birth date, month of CPNS appointment, sex digit, sequence."""

from datetime import date

import pytest

from app.nip import format_nip, nip_problem, normalize_nip, parse_nip

VALID = "197007061990031002"


def test_a_valid_nip_has_no_problem_and_is_parsed_into_its_parts():
    assert nip_problem(VALID) is None
    info = parse_nip(VALID)
    assert info.birth_date == date(1970, 7, 6)
    assert (info.cpns_year, info.cpns_month) == (1990, 3)
    assert info.sex == "L" and info.sequence == 2


def test_a_nip_is_printed_in_four_groups():
    assert format_nip(VALID) == "19700706 199003 1 002"


def test_text_that_is_not_a_nip_is_printed_unchanged():
    assert format_nip("—") == "—"


@pytest.mark.parametrize(
    "typed", ["19700706 199003 1 002", "19700706.199003.1.002", " 197007061990031002 "]
)
def test_spaces_and_dots_between_the_groups_are_tolerated(typed):
    assert normalize_nip(typed) == VALID
    assert nip_problem(typed) is None


@pytest.mark.parametrize(
    ("nip", "expected"),
    [
        pytest.param(
            "19700706199003100", "NIP harus 18 angka; yang diisi 17 angka", id="17-digits"
        ),
        pytest.param("1970070619900310021", "yang diisi 19 angka", id="19-digits"),
        pytest.param("19700706199003100A", "hanya boleh berisi angka", id="letter"),
        pytest.param("١٩٧٠٠٧٠٦١٩٩٠٠٣١٠٠٢", "hanya boleh berisi angka", id="arabic-digits"),
        pytest.param("197002311990031002", "tanggal lahir yang sah", id="31-february"),
        pytest.param("197013061990031002", "tanggal lahir yang sah", id="birth-month-13"),
        pytest.param("197007061990131002", "bulan pengangkatan CPNS (01–12)", id="cpns-month-13"),
        pytest.param("197007061990001002", "bulan pengangkatan CPNS (01–12)", id="cpns-month-00"),
        pytest.param("197007061990033002", "jenis kelamin", id="sex-digit-3"),
        pytest.param("197007061986031002", "terlalu dekat dengan tahun lahir", id="cpns-at-16"),
        pytest.param("197007061990031000", "tidak boleh 000", id="sequence-000"),
        pytest.param("192007061990031002", "tidak masuk akal", id="born-before-1930"),
    ],
)
def test_an_invalid_nip_is_refused_saying_what_is_wrong(nip, expected):
    problem = nip_problem(nip, today=date(2026, 11, 25))
    assert problem is not None and expected in problem


def test_cpns_at_seventeen_is_accepted():
    assert nip_problem("197007061987031002", today=date(2026, 11, 25)) is None


def test_a_cpns_month_in_the_future_is_refused():
    assert "belum lewat" in nip_problem("199801012026121001", today=date(2026, 11, 25))
    assert nip_problem("199801012026111001", today=date(2026, 11, 25)) is None


def test_parse_nip_raises_with_the_problem():
    with pytest.raises(ValueError, match="18 angka"):
        parse_nip("12345")


def test_nip_check_uses_the_office_date(today):
    # today is pinned to 25 Nov 2026: a CPNS appointment in December 2026 has not happened.
    assert "belum lewat" in nip_problem("199801012026121001")
    assert nip_problem("199801012026111001") is None
