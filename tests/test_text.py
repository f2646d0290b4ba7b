"""Indonesian wording of dates, numbers and durations, as printed in letters."""

from datetime import UTC, date, datetime

from app.text import (
    date_in_words,
    format_date,
    format_date_short,
    format_day_date,
    format_duration,
    format_timestamp,
    terbilang,
)


def test_a_date_is_written_day_month_name_year_without_leading_zero():
    assert format_date(date(2026, 3, 5)) == "5 Maret 2026"


def test_a_missing_date_is_written_as_a_dash():
    assert format_date(None) == "—"
    assert format_date_short(None) == "—"


def test_a_short_date_has_day_month_year_with_zeros():
    assert format_date_short(date(2026, 3, 5)) == "05-03-2026"


def test_a_date_with_its_day_name_is_indonesian():
    assert format_day_date(date(2026, 3, 5)) == "Kamis, 5 Maret 2026"


def test_a_duration_is_written_in_figures_and_words():
    assert format_duration(10) == "10 (sepuluh) hari kerja"
    assert format_duration(30) == "30 (tiga puluh) hari kerja"


def test_numbers_are_spelled_in_indonesian():
    assert terbilang(19) == "sembilan belas"
    assert terbilang(2026) == "dua ribu dua puluh enam"


def test_the_berita_acara_opening_spells_day_date_month_and_year():
    words = date_in_words(date(2026, 3, 17))
    assert f"Pada hari ini {words}".startswith("Pada hari ini Selasa tanggal tujuh belas")
    assert "Selasa" in words
    assert "tujuh belas" in words
    assert "Maret" in words
    assert "dua ribu dua puluh enam" in words
    assert words == ("Selasa tanggal tujuh belas bulan Maret tahun dua ribu dua puluh enam")


def test_a_timestamp_is_shown_in_western_indonesia_time():
    # 18:30 UTC is 01:30 WIB on the next day
    assert format_timestamp(datetime(2026, 3, 4, 18, 30, tzinfo=UTC)) == "05-03-2026 01.30"
    assert format_timestamp(None) == "—"
