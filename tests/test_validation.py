"""Shared field checks: required, length, one line, printable Latin text, date limits."""

from datetime import date

import pytest

from app.validation import (
    SHORT_TEXT_MAX,
    check_date,
    check_text,
    clean_text,
    parse_iso_date,
)


def problems_of(value: str, **kwargs) -> list[str]:
    problems = []
    check_text(problems, "uraian", "Uraian informasi", value, **kwargs)
    return [p.message for p in problems]


def test_an_empty_required_text_is_refused_with_wajib_diisi():
    assert problems_of("", required=True) == ["Uraian informasi wajib diisi."]


def test_an_empty_optional_text_is_accepted():
    assert problems_of("") == []


def test_a_text_over_the_limit_is_refused_with_both_lengths():
    [message] = problems_of("a" * (SHORT_TEXT_MAX + 1))
    assert "terlalu panjang" in message and "301" in message and "300" in message


def test_a_long_limit_is_written_with_indonesian_thousands_separator():
    [message] = problems_of("a" * 10_000, max_len=4000, multiline=True)
    assert "10.000 karakter" in message and "4.000" in message


def test_a_one_line_field_refuses_a_line_break():
    assert problems_of("baris satu\nbaris dua") == ["Uraian informasi harus satu baris."]
    assert problems_of("baris satu\nbaris dua", multiline=True) == []


@pytest.mark.parametrize("text", ["数据", "سجل طبي", "Данные", "😀", "ঔ"])
def test_non_latin_text_is_refused_because_the_letter_font_cannot_print_it(text):
    [message] = problems_of(f"Rekam medis {text}")
    assert "huruf Latin" in message
    assert text[0] in message


@pytest.mark.parametrize(
    "text",
    [
        "Rekam medis pasien (Pasal 17 huruf h) — “rahasia”…",
        "Straße, café, naïve, Łódź, Çay",
        "Nilai ≥ 10 × 2 ± 1 °C; Rp 5.000,00; € 3; No. 1/2026 → selesai",
    ],
)
def test_latin_text_with_diacritics_and_legal_punctuation_is_accepted(text):
    assert problems_of(text) == []


def test_clean_text_normalises_line_ends_composition_and_surrounding_blanks():
    assert clean_text("  a\r\nb\rc  ") == "a\nb\nc"
    assert clean_text("Cafe\u0301") == "Café"
    assert clean_text(None) == ""


def test_a_date_outside_its_limits_names_the_limit():
    problems = []
    check_date(
        problems,
        "tanggal",
        "Tanggal rapat",
        date(2026, 1, 5),
        not_before=date(2026, 3, 2),
        not_before_label="tanggal mulai kasus",
    )
    check_date(
        problems,
        "tanggal",
        "Tanggal rapat",
        date(2026, 12, 1),
        not_after=date(2026, 11, 25),
        not_after_label="hari ini",
    )
    check_date(problems, "tanggal", "Tanggal rapat", None, required=True)
    assert [p.message for p in problems] == [
        "Tanggal rapat (5 Januari 2026) tidak boleh sebelum tanggal mulai kasus (2 Maret 2026).",
        "Tanggal rapat (1 Desember 2026) tidak boleh setelah hari ini (25 November 2026).",
        "Tanggal rapat wajib diisi.",
    ]


def test_dates_arrive_as_date_or_iso_text():
    assert parse_iso_date("2026-03-05") == date(2026, 3, 5)
    assert parse_iso_date(date(2026, 3, 5)) == date(2026, 3, 5)
    assert parse_iso_date("") is None and parse_iso_date(None) is None
    with pytest.raises(ValueError):
        parse_iso_date("05-03-2026")
