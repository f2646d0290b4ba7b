"""NIP (Nomor Induk Pegawai, 18 digits) of a civil servant: validation and grouping.

Structure (Perka BKN 22/2007): ``YYYYMMDD`` birth date, ``YYYYMM`` month of CPNS appointment,
one sex digit (1 male, 2 female), three-digit sequence. Printed grouped:
``19700706 199003 1 002``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app import clock

MIN_AGE_AT_CPNS = 17  # earliest plausible appointment age (vocational school graduates)


@dataclass(frozen=True)
class NipInfo:
    birth_date: date
    cpns_year: int
    cpns_month: int
    sex: str  # "L" or "P"
    sequence: int


def normalize_nip(value: str) -> str:
    """Strip the spaces and dots people type between the groups."""
    return "".join(ch for ch in value if ch not in " .\t")


def nip_problem(value: str, today: date | None = None) -> str | None:
    """``None`` if ``value`` is a valid NIP, else an Indonesian sentence saying what is wrong."""
    nip = normalize_nip(value)
    if not nip.isdigit() or not nip.isascii():
        return "NIP hanya boleh berisi angka."
    if len(nip) != 18:
        return f"NIP harus 18 angka; yang diisi {len(nip)} angka."
    try:
        birth = date(int(nip[0:4]), int(nip[4:6]), int(nip[6:8]))
    except ValueError:
        return "Delapan angka pertama NIP harus tanggal lahir yang sah (TTTTBBHH)."
    today = today or clock.today()
    if birth.year < 1930 or birth > today:
        return "Tanggal lahir pada NIP tidak masuk akal."
    cpns_year, cpns_month = int(nip[8:12]), int(nip[12:14])
    if not 1 <= cpns_month <= 12:
        return "Angka ke-13 dan ke-14 NIP harus bulan pengangkatan CPNS (01–12)."
    if cpns_year < birth.year + MIN_AGE_AT_CPNS:
        return "Tahun pengangkatan CPNS pada NIP terlalu dekat dengan tahun lahir."
    if (cpns_year, cpns_month) > (today.year, today.month):
        return "Bulan pengangkatan CPNS pada NIP belum lewat."
    if nip[14] not in "12":
        return "Angka ke-15 NIP (jenis kelamin) harus 1 (laki-laki) atau 2 (perempuan)."
    if nip[15:] == "000":
        return "Tiga angka terakhir NIP (nomor urut) tidak boleh 000."
    return None


def parse_nip(value: str) -> NipInfo:
    problem = nip_problem(value)
    if problem:
        raise ValueError(problem)
    nip = normalize_nip(value)
    return NipInfo(
        birth_date=date(int(nip[0:4]), int(nip[4:6]), int(nip[6:8])),
        cpns_year=int(nip[8:12]),
        cpns_month=int(nip[12:14]),
        sex="L" if nip[14] == "1" else "P",
        sequence=int(nip[15:]),
    )


def format_nip(value: str) -> str:
    """``197007061990031002`` → ``19700706 199003 1 002``; other text is returned as is."""
    nip = normalize_nip(value)
    if len(nip) != 18 or not nip.isdigit():
        return value
    return f"{nip[0:8]} {nip[8:14]} {nip[14]} {nip[15:18]}"
