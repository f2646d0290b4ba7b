"""The catalogue of form fields a SOP step may ask for.

The SOP file names fields by key; this module says what each key means (label, kind, limits),
so a revised SOP can move a field to another step without code changes. Item fields are
columns of ``InfoItem``; step fields live in the step record's ``data``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.validation import LONG_TEXT_MAX, SHORT_TEXT_MAX


class Kind(StrEnum):
    TEXT = "text"  # one line
    MULTILINE = "multiline"
    DATE = "date"
    OFFICIAL = "official"  # id of an Official
    CHOICE = "choice"
    LEGAL_BASIS = "legal_basis"  # list of Pasal 17 reference codes
    PERIOD = "period"  # jangka waktu: jenis + tanggal / peristiwa
    CONCLUSION = "conclusion"  # kesimpulan + bagian dihitamkan + alasan


@dataclass(frozen=True)
class FieldDef:
    key: str
    label: str
    kind: Kind
    max_len: int = SHORT_TEXT_MAX
    choices: tuple[tuple[str, str], ...] = ()  # (stored value, label)
    help: str = ""


KESIMPULAN = (
    ("seluruhnya", "Dikecualikan seluruhnya"),
    ("sebagian", "Dikecualikan sebagian (dihitamkan)"),
    ("terbuka", "Terbuka"),
)
BENTUK_INFORMASI = (
    ("tercetak", "Tercetak"),
    ("elektronik", "Elektronik"),
    ("tercetak_elektronik", "Tercetak dan elektronik"),
)

JANGKA_JENIS = (
    ("tanggal", "Sampai tanggal"),
    ("peristiwa", "Sampai peristiwa tertentu"),
    ("tidak_terbatas", "Tidak terbatas"),
)

STEP_FIELDS: dict[str, FieldDef] = {
    f.key: f
    for f in (
        FieldDef("catatan", "Catatan", Kind.MULTILINE, LONG_TEXT_MAX),
        FieldDef("tanggal_rapat", "Tanggal rapat", Kind.DATE),
        FieldDef("tempat_rapat", "Tempat rapat", Kind.TEXT),
        FieldDef("tanggal_pertimbangan", "Tanggal pertimbangan", Kind.DATE),
        FieldDef("perihal_penetapan", "Perihal penetapan", Kind.TEXT),
        FieldDef("tempat_penetapan", "Tempat penetapan", Kind.TEXT),
        FieldDef("pejabat_penetap", "Pejabat yang menetapkan", Kind.OFFICIAL),
        FieldDef("tanggal_penetapan", "Tanggal penetapan", Kind.DATE),
        FieldDef("tanggal_distribusi", "Tanggal distribusi", Kind.DATE),
        FieldDef("penerima_distribusi", "Penerima distribusi", Kind.MULTILINE, 2000),
        FieldDef("tanggal_publikasi", "Tanggal publikasi DIK", Kind.DATE),
        FieldDef("media_publikasi", "Media publikasi", Kind.TEXT),
    )
}

ITEM_FIELDS: dict[str, FieldDef] = {
    f.key: f
    for f in (
        FieldDef(
            "uraian",
            "Uraian informasi",
            Kind.MULTILINE,
            2000,
            help="Dokumen apa dan bagian mana yang diuji.",
        ),
        FieldDef("dokumen_sumber", "Dokumen sumber", Kind.TEXT, 500),
        FieldDef(
            "dasar_hukum",
            "Dasar hukum pengecualian",
            Kind.LEGAL_BASIS,
            help="Pasal 17 UU 14/2008 dan/atau undang-undang lain.",
        ),
        FieldDef("dasar_hukum_lain", "Dasar hukum lain", Kind.MULTILINE, 2000),
        FieldDef("konsekuensi_dibuka", "Konsekuensi bila dibuka", Kind.MULTILINE, LONG_TEXT_MAX),
        FieldDef(
            "konsekuensi_ditutup",
            "Pertimbangan bila ditutup",
            Kind.MULTILINE,
            LONG_TEXT_MAX,
            help="Kepentingan yang dilindungi (Pasal 2 ayat (4) UU 14/2008).",
        ),
        FieldDef("jangka_waktu", "Jangka waktu pengecualian", Kind.PERIOD),
        FieldDef("kesimpulan", "Kesimpulan uji", Kind.CONCLUSION, choices=KESIMPULAN),
        FieldDef("catatan_uji", "Catatan hasil uji", Kind.MULTILINE, LONG_TEXT_MAX),
        FieldDef("klasifikasi_tim", "Klasifikasi menurut Tim", Kind.CHOICE, choices=KESIMPULAN),
        FieldDef("bentuk_informasi", "Bentuk informasi", Kind.CHOICE, choices=BENTUK_INFORMASI),
        FieldDef("pertimbangan_tim", "Pertimbangan Tim", Kind.MULTILINE, LONG_TEXT_MAX),
        FieldDef("alasan_pengecualian", "Alasan pengecualian", Kind.MULTILINE, LONG_TEXT_MAX),
    )
}

# Item fields that only matter for items the test exempts (kesimpulan seluruhnya/sebagian):
# an item found "terbuka" needs no period and no reason for exemption.
ONLY_FOR_EXEMPT = frozenset({"jangka_waktu", "alasan_pengecualian"})


def choice_label(choices: tuple[tuple[str, str], ...], value: str | None) -> str:
    for stored, label in choices:
        if stored == value:
            return label
    return value or ""
