"""The office profile that every document uses: kop surat, logo, paper, margins, who sets the
classification, and the outgoing-number patterns. Stored as settings in the database, so an
archived database prints its letters exactly as the office had them."""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from typing import Any

from app import settings
from app.changes import ChangeSet
from app.errors import FieldProblem
from app.permissions import Actor
from app.phrases import label
from app.settings import (
    BUPATI_NAMA,
    KERTAS,
    KODE_KLASIFIKASI,
    KODE_UNIT,
    KOP_ALAMAT,
    KOP_INSTANSI,
    KOP_LOGO,
    KOP_PEMERINTAH,
    KUNCI_LAYAR_MENIT,
    MARGIN_MM,
    MENGINGAT,
    NAMA_BADAN_PUBLIK,
    NOMOR_POLA,
    PENETAPAN_BENTUK,
    TEMPAT_DEFAULT,
    SettingSpec,
    change_settings,
)
from app.settings.catalog import KUTIP_PASAL17, logo_data
from app.settings.catalog import MARGIN_KEYS as MARGIN_KEYS  # the dialog's margin fields
from app.settings.spec import conforms
from app.validation import clean_text

# The forms of the penetapan (the values of PenetapanForm) as the dialog offers them.
PENETAPAN_FORMS = {
    "surat_penetapan": "Surat Penetapan PPID Utama",
    "keputusan_atasan": "Keputusan Atasan PPID",
    "keputusan_sekda": "Keputusan Sekretaris Daerah (nomor dari Bagian Hukum)",
    "keputusan_bupati": "Keputusan Bupati (nomor dari Bagian Hukum)",
}


@dataclass
class OfficeProfile:
    """The profile as the office settings dialog edits it; each field is the setting of the
    same name (``PROFILE_SETTINGS``), the logo as bytes instead of base64 text."""

    kop_pemerintah: str
    kop_instansi: str
    kop_alamat: list[str]
    nama_badan_publik: str
    tempat_default: str
    kertas: str
    margin_mm: dict[str, int]
    penetapan_bentuk: str
    bupati_nama: str
    kode_unit: str
    nomor_pola: dict[str, str]
    kode_klasifikasi: dict[str, str]
    mengingat: list[str] = field(default_factory=lambda: list(MENGINGAT.default))
    kop_logo: bytes | None = field(default=None, repr=False)  # PNG/JPEG; None = placeholder
    # Idle minutes before the window locks; 0 = never.
    kunci_layar_menit: int = KUNCI_LAYAR_MENIT.default
    # The Berita Acara quotes the text of the Pasal 17 it cites.
    kutip_pasal17: bool = KUTIP_PASAL17.default


PROFILE_SETTINGS: tuple[SettingSpec, ...] = (
    KOP_PEMERINTAH,
    KOP_INSTANSI,
    KOP_ALAMAT,
    NAMA_BADAN_PUBLIK,
    TEMPAT_DEFAULT,
    KERTAS,
    MARGIN_MM,
    PENETAPAN_BENTUK,
    BUPATI_NAMA,
    KODE_UNIT,
    NOMOR_POLA,
    KODE_KLASIFIKASI,
    MENGINGAT,
    KOP_LOGO,
    KUNCI_LAYAR_MENIT,
    KUTIP_PASAL17,
)


def load_profile() -> OfficeProfile:
    values: dict[str, Any] = {spec.key: settings.value(spec) for spec in PROFILE_SETTINGS}
    values["kop_logo"] = logo_data(values["kop_logo"])
    return OfficeProfile(**values)


def _stored_values(p: OfficeProfile) -> dict[SettingSpec, Any]:
    """The profile as the settings store it (the logo as base64 text)."""
    values: dict[SettingSpec, Any] = {spec: getattr(p, spec.key) for spec in PROFILE_SETTINGS}
    values[KOP_LOGO] = base64.b64encode(p.kop_logo).decode("ascii") if p.kop_logo else None
    return values


def profile_problems(p: OfficeProfile) -> list[FieldProblem]:
    """Everything wrong with ``p``: each setting by its own rules, then the rules about the
    settings taken together."""
    problems = [
        FieldProblem(spec.key, text)
        for spec, value in _stored_values(p).items()
        if (text := spec.problem(value)) is not None
    ]
    return problems + _combined_problems(p)


def _combined_problems(p: OfficeProfile) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if p.penetapan_bentuk == "keputusan_bupati" and not p.bupati_nama:
        problems.append(FieldProblem("bupati_nama", "Nama Bupati wajib diisi."))
    if conforms(p.nomor_pola, NOMOR_POLA.type) and conforms(
        p.kode_klasifikasi, KODE_KLASIFIKASI.type
    ):
        problems += _shared_pattern_problems(p)
    return problems


PLACEHOLDER_LOGO_WARNING = label(
    "Kop masih memakai logo pengganti Ujikon, bukan lambang daerah: pasang lambang "
    "Pemerintah Kabupaten di Pengaturan → Profil kantor sebelum dokumen difinalkan dan "
    "ditandatangani."
)


def uses_placeholder_logo() -> bool:
    """True until the office has set its own emblem: letters then carry the neutral
    placeholder, which must not reach a signed document unnoticed."""
    return logo_data(settings.value(KOP_LOGO)) is None


def profile_warnings(p: OfficeProfile) -> list[str]:
    """What the profile dialog warns about without refusing it."""
    return [PLACEHOLDER_LOGO_WARNING] if p.kop_logo is None else []


def _shared_pattern_problems(p: OfficeProfile) -> list[FieldProblem]:
    """Each numbered type has its own sequence; two types whose numbers would look alike
    (same pattern and kode) would print the same number twice."""
    from app.documents.catalog import numbered_kinds

    seen: dict[tuple[str, str], str] = {}
    problems: list[FieldProblem] = []
    for key, title in numbered_kinds():
        pattern = p.nomor_pola.get(key, p.nomor_pola.get("default", ""))
        kode = p.kode_klasifikasi.get(key, p.kode_klasifikasi.get("default", ""))
        other = seen.setdefault((pattern, kode), title)
        if other != title:
            problems.append(
                FieldProblem(
                    "nomor_pola",
                    f"{title} dan {other} memakai pola dan kode yang sama, "
                    "sehingga nomornya bisa kembar; beri salah satunya pola atau kode sendiri.",
                )
            )
    return problems


def save_profile(actor: Actor, profile: OfficeProfile) -> ChangeSet:
    """Clean and store the office profile: ``change_settings`` checks the permission
    (``MANAGE_SETTINGS``) and each setting, and records one event with what changed; the
    rules about the settings taken together are checked here and refused with them."""
    profile.kop_alamat = [clean_text(line) for line in profile.kop_alamat if clean_text(line)]
    profile.mengingat = [clean_text(line) for line in profile.mengingat if clean_text(line)]
    for name in (
        "kop_pemerintah",
        "kop_instansi",
        "nama_badan_publik",
        "tempat_default",
        "bupati_nama",
        "kode_unit",
    ):
        setattr(profile, name, clean_text(getattr(profile, name)))
    profile.nomor_pola = {k: clean_text(v) for k, v in profile.nomor_pola.items() if clean_text(v)}
    profile.kode_klasifikasi = {
        k: clean_text(v) for k, v in profile.kode_klasifikasi.items() if clean_text(v)
    }
    return change_settings(
        actor,
        _stored_values(profile),
        summary="Profil kantor diubah: {labels}",
        related_problems=_combined_problems(profile),
    )
