"""The office profile that every document uses: kop surat, logo, paper, margins, who sets the
classification, and the outgoing-number patterns. Stored as settings in the database, so an
archived database prints its letters exactly as the office had them."""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app import history
from app.capabilities import authorize
from app.changes import NOTHING, ChangeSet
from app.errors import FieldProblem, ValidationError
from app.history import EventKind
from app.models import database
from app.permissions import Action, Actor
from app.settings import get_setting, set_setting
from app.validation import check_text, clean_text

PAPERS = ("F4", "A4")
PENETAPAN_FORMS = {
    "surat_penetapan": "Surat Penetapan PPID Utama",
    "keputusan_atasan": "Keputusan Atasan PPID",
    "keputusan_bupati": "Keputusan Bupati",
}
MAX_LOGO_BYTES = 2 * 1024 * 1024
MARGIN_KEYS = ("atas", "kanan", "bawah", "kiri")


@dataclass
class OfficeProfile:
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
    kop_logo: bytes | None = field(default=None, repr=False)  # PNG/JPEG; None = placeholder
    kunci_layar_menit: int = 15  # idle minutes before the window locks; 0 = never


def load_profile() -> OfficeProfile:
    logo = get_setting("kop_logo")
    return OfficeProfile(
        kop_pemerintah=get_setting("kop_pemerintah"),
        kop_instansi=get_setting("kop_instansi"),
        kop_alamat=list(get_setting("kop_alamat")),
        nama_badan_publik=get_setting("nama_badan_publik"),
        tempat_default=get_setting("tempat_default"),
        kertas=get_setting("kertas"),
        margin_mm=dict(get_setting("margin_mm")),
        penetapan_bentuk=get_setting("penetapan_bentuk"),
        bupati_nama=get_setting("bupati_nama"),
        kode_unit=get_setting("kode_unit"),
        nomor_pola=dict(get_setting("nomor_pola")),
        kode_klasifikasi=dict(get_setting("kode_klasifikasi")),
        kop_logo=base64.b64decode(logo) if logo else None,
        kunci_layar_menit=int(get_setting("kunci_layar_menit")),
    )


def _image_kind(data: bytes) -> str | None:
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if data.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    return None


def profile_problems(p: OfficeProfile) -> list[FieldProblem]:
    from app.documents.numbering import format_number  # the patterns must produce a number

    problems: list[FieldProblem] = []
    check_text(problems, "kop_pemerintah", "Baris kop pemerintah", p.kop_pemerintah,
               required=True, max_len=120)
    check_text(problems, "kop_instansi", "Nama instansi pada kop", p.kop_instansi,
               required=True, max_len=160)
    if len(p.kop_alamat) > 3:
        problems.append(FieldProblem("kop_alamat", "Alamat pada kop paling banyak 3 baris."))
    for line in p.kop_alamat:
        check_text(problems, "kop_alamat", "Alamat pada kop", line, max_len=160)
    check_text(problems, "nama_badan_publik", "Nama badan publik", p.nama_badan_publik,
               required=True, max_len=160)
    check_text(problems, "tempat_default", "Tempat", p.tempat_default, required=True, max_len=60)
    check_text(problems, "bupati_nama", "Nama Bupati", p.bupati_nama, max_len=120,
               required=p.penetapan_bentuk == "keputusan_bupati")
    check_text(problems, "kode_unit", "Kode unit", p.kode_unit, required=True, max_len=30)
    if p.kertas not in PAPERS:
        problems.append(FieldProblem("kertas", "Ukuran kertas harus F4 atau A4."))
    if p.penetapan_bentuk not in PENETAPAN_FORMS:
        problems.append(FieldProblem("penetapan_bentuk", "Bentuk penetapan tidak dikenal."))
    for key in MARGIN_KEYS:
        value = p.margin_mm.get(key)
        if not isinstance(value, int) or not 5 <= value <= 60:
            problems.append(FieldProblem("margin_mm", f"Margin {key} harus 5–60 mm."))
    if p.kop_logo is not None:
        if _image_kind(p.kop_logo) is None:
            problems.append(FieldProblem("kop_logo", "Logo harus berkas PNG atau JPEG."))
        elif len(p.kop_logo) > MAX_LOGO_BYTES:
            problems.append(FieldProblem("kop_logo", "Logo terlalu besar (paling besar 2 MB)."))
    if not isinstance(p.kunci_layar_menit, int) or not 0 <= p.kunci_layar_menit <= 240:
        problems.append(FieldProblem("kunci_layar_menit",
                                     "Kunci layar: 0 (tidak pernah) sampai 240 menit."))
    if "default" not in p.nomor_pola:
        problems.append(FieldProblem("nomor_pola", "Pola nomor bawaan (default) wajib ada."))
    for doc_type, pattern in p.nomor_pola.items():
        kode = p.kode_klasifikasi.get(doc_type, p.kode_klasifikasi.get("default", ""))
        try:
            format_number(pattern, kode=kode, urut=1, unit=p.kode_unit, tanggal=date(2026, 1, 1))
        except ValidationError as exc:
            problems += [FieldProblem("nomor_pola", f"Pola nomor {doc_type}: {q.message}")
                         for q in exc.problems]
    problems += _shared_pattern_problems(p)
    return problems


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
            problems.append(FieldProblem(
                "nomor_pola", f"{title} dan {other} memakai pola dan kode yang sama, "
                "sehingga nomornya bisa kembar; beri salah satunya pola atau kode sendiri."))
    return problems


def save_profile(actor: Actor, profile: OfficeProfile) -> ChangeSet:
    """Validate and store the office profile in one transaction."""
    profile.kop_alamat = [clean_text(line) for line in profile.kop_alamat if clean_text(line)]
    for name in ("kop_pemerintah", "kop_instansi", "nama_badan_publik", "tempat_default",
                 "bupati_nama", "kode_unit"):
        setattr(profile, name, clean_text(getattr(profile, name)))
    profile.nomor_pola = {k: clean_text(v) for k, v in profile.nomor_pola.items() if clean_text(v)}
    profile.kode_klasifikasi = {k: clean_text(v) for k, v in profile.kode_klasifikasi.items()
                                if clean_text(v)}
    values: dict[str, Any] = {k: v for k, v in vars(profile).items() if k != "kop_logo"}
    values["kop_logo"] = (base64.b64encode(profile.kop_logo).decode("ascii")
                          if profile.kop_logo else None)
    with database.atomic():
        authorize(actor, Action.MANAGE_SETTINGS)
        problems = profile_problems(profile)
        if problems:
            raise ValidationError(problems)
        changed = [k for k, v in values.items() if get_setting(k) != v]
        if not changed:
            return NOTHING
        for key in changed:
            set_setting(key, values[key])
        history.record(EventKind.SETTINGS_CHANGED, "Profil kantor diubah: " + ", ".join(changed),
                       actor, None, {"kunci": changed})
    return ChangeSet(settings=True, history=True)
