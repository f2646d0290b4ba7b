"""Every setting, declared once: key, type, default, validator, label, and who may change it.

Who may change a setting is an ``Action`` of the permission table (``app.permissions``), so
"who may change the kop" is answered in the same place as "who may finalise a document":

- the office profile, the letter layout, numbering, the lock-out and the backup settings:
  ``MANAGE_SETTINGS`` (the administrator);
- whether cuti bersama stop the SOP clock: ``MANAGE_CALENDAR``, as the rest of the calendar;
- the folder last used for backups: ``BACKUP``, since whoever may back up chooses where;
- ``None``: written only by the service that owns it (the history chain head, the calendar
  revision and basis, the last backup, the yearly-archive mark), never by a user.

The settings live in the database, not in a file per PC, so an archived or restored
database prints its letters exactly as the office had them.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import string
from datetime import date
from typing import Literal, TypedDict, TypeVar, get_args

from app.errors import FieldProblem, ValidationError
from app.permissions import Action
from app.settings.spec import SettingSpec
from app.validation import SHORT_TEXT_MAX, check_text

T = TypeVar("T")

SETTINGS: dict[str, SettingSpec] = {}  # every declared setting, by key, in declaration order


def _declare(spec: SettingSpec[T]) -> SettingSpec[T]:
    if spec.key in SETTINGS:
        raise ValueError(f"setting {spec.key} is declared twice")
    SETTINGS[spec.key] = spec
    return spec


def declared(key: str) -> SettingSpec:
    """The declaration of ``key`` (``KeyError`` for a key nobody declared)."""
    return SETTINGS[key]


# ----------------------------------------------------------------------------- value shapes
Paper = Literal["F4", "A4"]  # F4 (215 × 330 mm) or A4
# Who sets the classification (Perki 1/2017 Pasal 4(4)): the PPID Utama by a Surat Penetapan,
# the Atasan PPID by a Keputusan, the Sekretaris Daerah by a Keputusan Sekretaris Daerah, or
# the Bupati by a Keputusan Bupati (the last two numbered by the Bagian Hukum).
PenetapanForm = Literal[
    "surat_penetapan", "keputusan_atasan", "keputusan_sekda", "keputusan_bupati"
]


class Margins(TypedDict):
    atas: int
    kanan: int
    bawah: int
    kiri: int


MarginKey = Literal["atas", "kanan", "bawah", "kiri"]  # the keys of Margins, in its order


class ChainHead(TypedDict):
    """The newest event of the history chain (``app.history.chain``)."""

    jumlah: int
    hash: str


class SignedHead(TypedDict):
    """The chain head as the office key signed it (``app.signing.office``)."""

    jumlah: int
    hash: str
    tanda_tangan: str


class OfficeKeyNote(TypedDict):
    """The office key this database is sealed and signed with (its public half, hex), and
    the keys it was signed with before a recorded change of key."""

    publik: str
    sidik_jari: str
    sebelumnya: list[str]


class BackupNote(TypedDict):
    """The last verified backup of this database (``app.archive.backup.record_backup``)."""

    waktu: str  # ISO timestamp, UTC
    path: str
    sha256: str
    ukuran: int


MARGIN_KEYS: tuple[MarginKey, ...] = get_args(MarginKey)
MAX_LOGO_BYTES = 2 * 1024 * 1024


# ----------------------------------------------------------------------------- validators
def _joined(messages: list[str]) -> str | None:
    return "\n".join(messages) or None


def _text_problems(
    label: str, value: str, *, required: bool = False, max_len: int = SHORT_TEXT_MAX
) -> list[str]:
    problems: list[FieldProblem] = []
    check_text(problems, "", label, value, required=required, max_len=max_len)
    return [p.message for p in problems]


def _text(
    key: str, default: str, label: str, *, required: bool = False, max_len: int = SHORT_TEXT_MAX
) -> SettingSpec[str]:
    """A one-line text the office sets, printed on its letters (printable Latin)."""
    return _declare(
        SettingSpec(
            key,
            str,
            default,
            label,
            Action.MANAGE_SETTINGS,
            lambda v: _joined(_text_problems(label, v, required=required, max_len=max_len)),
        )
    )


def _whole(
    key: str, default: int, label: str, action: Action, low: int, high: int, message: str
) -> SettingSpec[int]:
    return _declare(
        SettingSpec(
            key, int, default, label, action, lambda v: None if low <= v <= high else message
        )
    )


def _internal(key: str, type_: object, default: T, label: str) -> SettingSpec[T]:
    return _declare(SettingSpec(key, type_, default, label, None))


def image_kind(data: bytes) -> str | None:
    """ "PNG" or "JPEG" from the file's first bytes; None for anything else."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if data.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    return None


def logo_data(value: str | None) -> bytes | None:
    """The bytes of the stored logo (base64 text), or None when unset or not base64."""
    if not value:
        return None
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None


def _logo_problem(value: str | None) -> str | None:
    if value is None:
        return None
    data = logo_data(value)
    if data is None or image_kind(data) is None:
        return "Logo harus berkas PNG atau JPEG."
    if len(data) > MAX_LOGO_BYTES:
        return "Logo terlalu besar (paling besar 2 MB)."
    return None


def _logo_for_history(value: str | None) -> str | None:
    """The history notes which image, not its megabytes of base64."""
    data = logo_data(value)
    if data is None:
        return None
    size = f"{len(data):,}".replace(",", ".")
    return (
        f"{image_kind(data) or 'berkas'} {size} bita, "
        f"SHA-256 {hashlib.sha256(data).hexdigest()[:16]}…"
    )


def _address_problem(lines: list[str]) -> str | None:
    problems = ["Alamat pada kop paling banyak 3 baris."] if len(lines) > 3 else []
    for line in lines:
        problems += _text_problems("Alamat pada kop", line, max_len=160)
    return _joined(problems)


def _margins_problem(margins: Margins) -> str | None:
    return _joined(
        [f"Margin {key} harus 5–60 mm." for key in MARGIN_KEYS if not 5 <= margins[key] <= 60]
    )


def _number_patterns_problem(patterns: dict[str, str]) -> str | None:
    from app.documents.numbering import format_number  # a pattern must produce a number

    problems = [] if "default" in patterns else ["Pola nomor bawaan (default) wajib ada."]
    for doc_type, pattern in patterns.items():
        try:
            format_number(pattern, kode="000.9.2", urut=1, unit="PPID", tanggal=date(2026, 1, 1))
        except ValidationError as exc:
            problems += [f"Pola nomor {doc_type}: {q.message}" for q in exc.problems]
    return _joined(problems)


def _codes_problem(codes: dict[str, str]) -> str | None:
    problems: list[str] = []
    for doc_type, code in codes.items():
        problems += _text_problems(f"Kode klasifikasi {doc_type}", code, max_len=60)
    return _joined(problems)


def _register_pattern_problem(pattern: str) -> str | None:
    from app.cases.records import format_register_number
    from app.documents.numbering import NUMBER_MAX, number_problem

    if "{urut" not in pattern:
        return (
            "Pola nomor register harus memuat {urut} (nomor urut), misalnya "
            "{urut:03d}/UK-PPID/{tahun} untuk nomor 001/UK-PPID/2026."
        )
    invalid = (
        "Pola nomor register tidak sah; token yang dikenal hanya {urut} dan {tahun}, "
        "misalnya {urut:03d}/UK-PPID/{tahun}."
    )
    try:  # a width such as {urut:999999999d} would build a huge string before any check
        specs = [spec for _, name, spec, _ in string.Formatter().parse(pattern) if spec]
    except ValueError:
        return invalid
    if any(int(n) > NUMBER_MAX for spec in specs for n in re.findall(r"\d+", spec)):
        return f"Lebar format pada pola nomor register terlalu besar (paling banyak {NUMBER_MAX})."
    try:
        number = format_register_number(pattern, 1, 2026)
    except (KeyError, IndexError, ValueError):
        return invalid
    problem = number_problem(number)
    return problem.replace("Pola nomor", "Pola nomor register", 1) if problem else None


def _folder_problem(folder: str) -> str | None:
    if "\n" in folder or "\r" in folder:
        return "Folder cadangan harus satu baris."
    if len(folder) > 1000:
        return "Folder cadangan terlalu panjang (paling banyak 1.000 karakter)."
    return None


# ----------------------------------------------------------------------------- the calendar
# Cuti bersama stop the SOP clock (SKB 3 Menteri); an office may decide otherwise.
CUTI_BERSAMA_LIBUR = _declare(
    SettingSpec(
        "cuti_bersama_libur",
        bool,
        True,
        "Cuti bersama dihitung sebagai hari libur",
        Action.MANAGE_CALENDAR,
    )
)
# The SKB 3 Menteri (Menteri Agama, Menteri Ketenagakerjaan, Menteri PANRB) behind each
# year's libur nasional and cuti bersama, by year ("2026" → its reference): the deadline proof
# names it on every skipped holiday. It changes no date (the dates are the ``holidays``
# package's plus the local changes). Seeded only where the number could be checked against
# the published SKB (../shared/reference/domain-research.md §4.1–4.2):
# - 2025: SKB Nomor 1017 Tahun 2024, Nomor 2 Tahun 2024, Nomor 2 Tahun 2024, amended on
#   7 August 2025 by Nomor 933 Tahun 2025, Nomor 1 Tahun 2025, Nomor 3 Tahun 2025 (adding
#   18 August 2025 as cuti bersama);
# - 2026: SKB Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025, Nomor 5 Tahun 2025.
# Not seeded: 2027 (the package's dates cite a setneg.go.id page on the SKB 2027, but its
# numbers were not verified) and every earlier year; the proof says "SKB belum dicatat untuk
# tahun …" there until the administrator records it in the calendar dialog.
SKB_VERIFIED: dict[str, str] = {
    "2025": "SKB 3 Menteri Nomor 1017 Tahun 2024, Nomor 2 Tahun 2024, Nomor 2 Tahun 2024, "
    "diubah dengan SKB Nomor 933 Tahun 2025, Nomor 1 Tahun 2025, Nomor 3 Tahun 2025",
    "2026": "SKB 3 Menteri Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025, Nomor 5 Tahun 2025",
}
SKB_YEARS = (1946, 2100)  # the years the holiday data covers
SKB_MAX_LEN = 300


def _skb_problem(references: dict[str, str]) -> str | None:
    problems: list[str] = []
    for year, text in references.items():
        if not (year.isdigit() and SKB_YEARS[0] <= int(year) <= SKB_YEARS[1]):
            problems.append(f"Tahun rujukan SKB tidak sah: {year}.")
            continue
        problems += _text_problems(
            f"Rujukan SKB tahun {year}", text, required=True, max_len=SKB_MAX_LEN
        )
    return _joined(problems)


RUJUKAN_SKB = _declare(
    SettingSpec(
        "rujukan_skb",
        dict[str, str],
        SKB_VERIFIED,
        "Rujukan SKB libur nasional dan cuti bersama",
        Action.MANAGE_CALENDAR,
        _skb_problem,
    )
)
# Bumped on every holiday-calendar change; stored with each due date it computes.
REVISI_KALENDER = _internal("revisi_kalender", int, 0, "Revisi kalender")
# The ``holidays`` package version deadlines were last computed with ("" = never).
DASAR_KALENDER_PAKET = _internal(
    "dasar_kalender_paket", str, "", "Versi data hari libur (paket holidays)"
)

# ----------------------------------------------------------------------------- the case list
# A step is "segera jatuh tempo" when at most this many working days are left.
HARI_PERINGATAN = _whole(
    "hari_peringatan",
    3,
    "Segera jatuh tempo bila sisa hari kerja",
    Action.MANAGE_SETTINGS,
    0,
    30,
    "Batas segera jatuh tempo: 0 sampai 30 hari kerja.",
)
NOMOR_REGISTER_POLA = _declare(
    SettingSpec(
        "nomor_register_pola",
        str,
        "{urut:03d}/UK-PPID/{tahun}",
        "Pola nomor register",
        Action.MANAGE_SETTINGS,
        _register_pattern_problem,
    )
)

# ----------------------------------------------------------------------------- office profile
# The kop surat, paper and numbering every document uses (Pengaturan > Profil kantor).
KOP_PEMERINTAH = _text(
    "kop_pemerintah",
    "PEMERINTAH KABUPATEN SERANG",
    "Baris kop pemerintah",
    required=True,
    max_len=120,
)
KOP_INSTANSI = _text(
    "kop_instansi",
    "DINAS KOMUNIKASI, INFORMATIKA, PERSANDIAN DAN STATISTIK",
    "Nama instansi pada kop",
    required=True,
    max_len=160,
)
KOP_ALAMAT = _declare(
    SettingSpec(
        "kop_alamat",
        list[str],
        [
            "Pusat Pemerintahan Kabupaten Serang, Jalan Veteran Nomor 1, Serang, Banten 42112",
            "Laman ppid.serangkab.go.id, Pos-el ppid@serangkab.go.id",
        ],
        "Alamat pada kop",
        Action.MANAGE_SETTINGS,
        _address_problem,
    )
)
# PNG or JPEG bytes as base64 text; None = the neutral placeholder.
KOP_LOGO: SettingSpec[str | None] = _declare(
    SettingSpec(
        "kop_logo",
        str | None,
        None,
        "Logo kop",
        Action.MANAGE_SETTINGS,
        _logo_problem,
        invalid="Logo harus berkas PNG atau JPEG.",
        recorded=_logo_for_history,
    )
)
NAMA_BADAN_PUBLIK = _text(
    "nama_badan_publik",
    "Pemerintah Kabupaten Serang",
    "Nama badan publik",
    required=True,
    max_len=160,
)
TEMPAT_DEFAULT = _text("tempat_default", "Serang", "Tempat", required=True, max_len=60)
KERTAS: SettingSpec[Paper] = _declare(
    SettingSpec(
        "kertas",
        Paper,
        "F4",
        "Ukuran kertas",
        Action.MANAGE_SETTINGS,
        invalid="Ukuran kertas harus F4 atau A4.",
    )
)
MARGIN_MM = _declare(
    SettingSpec(
        "margin_mm",
        Margins,
        Margins(atas=20, kanan=20, bawah=20, kiri=30),
        "Margin (mm)",
        Action.MANAGE_SETTINGS,
        _margins_problem,
        invalid="Margin atas, kanan, bawah dan kiri harus diisi dalam milimeter (5–60).",
    )
)
PENETAPAN_BENTUK: SettingSpec[PenetapanForm] = _declare(
    SettingSpec(
        "penetapan_bentuk",
        PenetapanForm,
        "surat_penetapan",
        "Bentuk penetapan",
        Action.MANAGE_SETTINGS,
        invalid="Bentuk penetapan tidak dikenal.",
    )
)
# Quote the text of each cited Pasal 17 huruf or angka under its citation in the dasar hukum
# column of the Berita Acara tables, as Kab. Cilacap's Lembar Pengujian Konsekuensi does.
KUTIP_PASAL17 = _declare(
    SettingSpec(
        "kutip_pasal17",
        bool,
        False,
        "Kutip bunyi Pasal 17 pada tabel Berita Acara",
        Action.MANAGE_SETTINGS,
    )
)
# The Bupati's name for a Keputusan Bupati (no titles); required when that is the form.
BUPATI_NAMA = _text("bupati_nama", "", "Nama Bupati", max_len=120)


def _mengingat_problem(lines: list[str]) -> str | None:
    problems = [] if lines else ["Dasar hukum (Mengingat) wajib memuat paling sedikit satu baris."]
    if len(lines) > 20:
        problems.append("Dasar hukum (Mengingat) paling banyak 20 baris.")
    for line in lines:
        problems += _text_problems("Baris dasar hukum (Mengingat)", line, max_len=600)
    return _joined(problems)


# The "Mengingat" of a Keputusan, one instrument per line, in the order of the hierarchy of
# laws. Sources: UU 14/1950 formed Kabupaten Serang (ulp.serangkab.go.id "Visi dan Misi");
# UU 23/2000 (Provinsi Banten) heads the Mengingat of Perbup Serang 2/2021
# (peraturan.bpk.go.id); Perbup 24/2019 is in the SOP itself. The titles of Permendagri 3/2017
# and the wording of each line were not checked against the gazette: the office should.
MENGINGAT = _declare(
    SettingSpec(
        "mengingat",
        list[str],
        [
            "Undang-Undang Nomor 14 Tahun 1950 tentang Pembentukan Daerah-daerah Kabupaten "
            "dalam Lingkungan Propinsi Djawa Barat",
            "Undang-Undang Nomor 23 Tahun 2000 tentang Pembentukan Provinsi Banten",
            "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
            "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah",
            "Peraturan Pemerintah Nomor 61 Tahun 2010 tentang Pelaksanaan Undang-Undang Nomor 14 "
            "Tahun 2008 tentang Keterbukaan Informasi Publik",
            "Peraturan Menteri Dalam Negeri Nomor 3 Tahun 2017 tentang Pedoman Pengelolaan "
            "Pelayanan Informasi dan Dokumentasi Kementerian Dalam Negeri dan Pemerintahan Daerah",
            "Peraturan Komisi Informasi Nomor 1 Tahun 2017 tentang Pengklasifikasian Informasi "
            "Publik",
            "Peraturan Bupati Serang Nomor 24 Tahun 2019 tentang Pedoman Pengelolaan Pelayanan "
            "Informasi Publik dan Dokumentasi di Lingkungan Pemerintah Kabupaten Serang",
        ],
        "Dasar hukum Keputusan (Mengingat)",
        Action.MANAGE_SETTINGS,
        _mengingat_problem,
    )
)
# Outgoing numbers: a pattern per document type; tokens {kode} {urut} {unit} {bulan_romawi}
# {bulan} {tahun}; "default" applies to types without their own pattern. Each type has its
# own sequence, so each needs its own marker: otherwise BA no. 1 and Laporan no. 1 would
# print the same number.
NOMOR_POLA = _declare(
    SettingSpec(
        "nomor_pola",
        dict[str, str],
        {
            "default": "{kode}/{urut:03d}/{unit}/{tahun}",
            "laporan_identifikasi": "{kode}/{urut:03d}/LAP-ID/{unit}/{tahun}",
            "ba_pembantu": "{kode}/{urut:03d}/BA-UKP/{unit}/{tahun}",
            "laporan_uji": "{kode}/{urut:03d}/LAP-UK/{unit}/{tahun}",
            "ba_uji": "{kode}/{urut:03d}/BA-UK/{unit}/{tahun}",
            "lembar_pertimbangan": "{kode}/{urut:03d}/PERT/{unit}/{tahun}",
            "penetapan": "{kode}/{urut:03d}/PEN/{unit}/{tahun}",
        },
        "Pola nomor naskah",
        Action.MANAGE_SETTINGS,
        _number_patterns_problem,
    )
)
KODE_KLASIFIKASI = _declare(
    SettingSpec(
        "kode_klasifikasi",
        dict[str, str],
        {"default": "000.9.2"},
        "Kode klasifikasi arsip",
        Action.MANAGE_SETTINGS,
        _codes_problem,
    )
)
KODE_UNIT = _text("kode_unit", "PPID", "Kode unit", required=True, max_len=30)

# ----------------------------------------------------------------------------- accounts
RANTAI_RIWAYAT = _internal(
    "rantai_riwayat", ChainHead, ChainHead(jumlah=0, hash=""), "Ujung rantai riwayat"
)
KUNCI_LAYAR_MENIT = _whole(
    "kunci_layar_menit",
    15,
    "Kunci layar setelah menganggur (menit)",
    Action.MANAGE_SETTINGS,
    0,
    240,
    "Kunci layar: 0 (tidak pernah) sampai 240 menit.",
)
GAGAL_LOGIN_MAKS = _whole(
    "gagal_login_maks",
    5,
    "Gagal masuk sebelum akun dikunci",
    Action.MANAGE_SETTINGS,
    1,
    100,
    "Batas gagal masuk: 1 sampai 100 kali.",
)
KUNCI_LOGIN_MENIT = _whole(
    "kunci_login_menit",
    5,
    "Lama akun dikunci (menit)",
    Action.MANAGE_SETTINGS,
    1,
    1440,
    "Lama akun dikunci: 1 sampai 1.440 menit.",
)

# ----------------------------------------------------------------------------- backups
HARI_PENGINGAT_CADANGAN = _whole(
    "hari_pengingat_cadangan",
    7,
    "Ingatkan bila cadangan terakhir lebih dari (hari)",
    Action.MANAGE_SETTINGS,
    0,
    365,
    "Pengingat cadangan: 0 (tidak diingatkan) sampai 365 hari.",
)
CADANGAN_SAAT_KELUAR = _declare(
    SettingSpec(
        "cadangan_saat_keluar",
        bool,
        False,
        "Cadangkan setiap kali Ujikon ditutup",
        Action.MANAGE_SETTINGS,
    )
)
FOLDER_CADANGAN = _declare(
    SettingSpec("folder_cadangan", str, "", "Folder cadangan", Action.BACKUP, _folder_problem)
)
SIMPAN_CADANGAN = _whole(
    "simpan_cadangan",
    30,
    "Jumlah cadangan yang disimpan",
    Action.MANAGE_SETTINGS,
    1,
    1000,
    "Jumlah cadangan yang disimpan: 1 sampai 1.000.",
)
CADANGAN_TERAKHIR: SettingSpec[BackupNote | None] = _internal(
    "cadangan_terakhir", BackupNote | None, None, "Cadangan terakhir"
)
KEPALA_BERTANDA: SettingSpec[SignedHead | None] = _internal(
    "kepala_bertanda", SignedHead | None, None, "Ujung rantai riwayat, ditandatangani"
)
KUNCI_KANTOR: SettingSpec[OfficeKeyNote | None] = _internal(
    "kunci_kantor", OfficeKeyNote | None, None, "Kunci kantor basis data ini"
)
# The year, in a read-only yearly archive (app.archive.yearly); None in a working database.
ARSIP_TAHUNAN: SettingSpec[int | None] = _internal(
    "arsip_tahunan", int | None, None, "Arsip tahunan"
)
