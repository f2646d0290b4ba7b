"""Master data: perangkat daerah (OPD) and officials, with their validation.

Reading gives read models (``OpdInfo``, ``OfficialInfo``); every change is one transaction
that checks the acting account's permission inside it and returns a ``ChangeSet``.
"""

from __future__ import annotations

from dataclasses import dataclass

from peewee import IntegrityError, fn

from app import history
from app.capabilities import authorize
from app.cases import records
from app.cases.model import OfficialInfo, OpdInfo
from app.cases.read import official_info, official_query, opd_info
from app.changes import ChangeSet
from app.errors import ConflictError, FieldProblem, NotFound, ValidationError
from app.history import EventKind
from app.models import Case, Official, Opd, Participant, database
from app.nip import nip_problem, normalize_nip
from app.permissions import ROLE_NAMES, Action, Actor
from app.validation import as_id, as_optional_id, as_text, check_text, clean_text

# Pangkat/golongan of PNS (PP 99/2000 as amended), for the picker and validation.
PANGKAT_GOLONGAN: tuple[tuple[str, str], ...] = (
    ("Juru Muda", "I/a"),
    ("Juru Muda Tingkat I", "I/b"),
    ("Juru", "I/c"),
    ("Juru Tingkat I", "I/d"),
    ("Pengatur Muda", "II/a"),
    ("Pengatur Muda Tingkat I", "II/b"),
    ("Pengatur", "II/c"),
    ("Pengatur Tingkat I", "II/d"),
    ("Penata Muda", "III/a"),
    ("Penata Muda Tingkat I", "III/b"),
    ("Penata", "III/c"),
    ("Penata Tingkat I", "III/d"),
    ("Pembina", "IV/a"),
    ("Pembina Tingkat I", "IV/b"),
    ("Pembina Utama Muda", "IV/c"),
    ("Pembina Utama Madya", "IV/d"),
    ("Pembina Utama", "IV/e"),
)
GOLONGAN = {g for _, g in PANGKAT_GOLONGAN}


def pangkat_for(golongan: str) -> str:
    return next((p for p, g in PANGKAT_GOLONGAN if g == golongan), "")


# ----------------------------------------------------------------------------- OPD
def list_opd(active_only: bool = False) -> list[OpdInfo]:
    q = Opd.select().order_by(Opd.nama)
    if active_only:
        q = q.where(Opd.aktif == True)  # noqa: E712 (peewee expression)
    return [opd_info(o) for o in q]


def find_opd(*, opd_id: int | None = None, nama: str | None = None) -> OpdInfo | None:
    """One OPD by id or by name (case-insensitive), or None."""
    q = Opd.select()
    if opd_id is not None:
        q = q.where(Opd.id == opd_id)
    if nama is not None:
        q = q.where(fn.LOWER(Opd.nama) == nama.lower())
    row = q.first()
    return opd_info(row) if row is not None else None


@dataclass(frozen=True)
class OpdKop:
    """The kop and register of a perangkat daerah's own documents (app.models.Opd)."""

    kop_instansi: str = ""
    kop_alamat: str = ""  # one address line per line
    kode_unit: str = ""
    nomor_pola: str = ""


KOP_ADDRESS_LINES = 4


def _kop_values(kop: OpdKop, problems: list[FieldProblem]) -> dict[str, str]:
    from app.documents.numbering import pattern_problem

    values = {
        "kop_instansi": clean_text(kop.kop_instansi).upper(),
        "kode_unit": clean_text(kop.kode_unit),
        "nomor_pola": clean_text(kop.nomor_pola),
    }
    lines = [clean_text(line) for line in (kop.kop_alamat or "").splitlines()]
    lines = [line for line in lines if line]
    check_text(problems, "kop_instansi", "Nama pada kop", values["kop_instansi"], max_len=160)
    for n, line in enumerate(lines, start=1):
        check_text(problems, "kop_alamat", f"Baris alamat kop ke-{n}", line, max_len=160)
    if len(lines) > KOP_ADDRESS_LINES:
        problems.append(
            FieldProblem(
                "kop_alamat",
                f"Alamat kop paling banyak {KOP_ADDRESS_LINES} baris (jalan, telepon, laman "
                f"dan pos-el); sekarang {len(lines)} baris.",
            )
        )
    check_text(problems, "kode_unit", "Kode unit", values["kode_unit"], max_len=30)
    check_text(problems, "nomor_pola", "Pola nomor", values["nomor_pola"], max_len=120)
    if values["nomor_pola"]:
        message = pattern_problem(values["nomor_pola"])
        if message:
            problems.append(FieldProblem("nomor_pola", message))
    values["kop_alamat"] = "\n".join(lines)
    return values


def save_opd(
    actor: Actor,
    nama: str,
    singkatan: str = "",
    aktif: bool = True,
    opd_id: int | None = None,
    kop: OpdKop | None = None,
) -> ChangeSet:
    """Add an OPD or change one; ``kop``: its own kop and register (None: keep them as they
    are). ``ChangeSet.value`` is the OPD as saved."""
    nama = clean_text(as_text(nama, "nama", "Nama perangkat daerah"))
    singkatan = clean_text(as_text(singkatan, "singkatan", "Singkatan"))
    opd_id = as_optional_id(opd_id, "opd", "Perangkat daerah")
    aktif = bool(aktif)
    if kop is not None and not isinstance(kop, OpdKop):
        raise ValidationError(FieldProblem("kop_instansi", "Data kop tidak sah (bukan OpdKop)."))
    try:
        with database.atomic():
            authorize(actor, Action.MANAGE_MASTER_DATA)
            problems: list[FieldProblem] = []
            check_text(problems, "nama", "Nama perangkat daerah", nama, required=True)
            check_text(problems, "singkatan", "Singkatan", singkatan, max_len=40)
            kop_values = _kop_values(kop, problems) if kop is not None else {}
            # Only a valid name can clash with a stored one (all valid); an invalid one is not
            # looked up (a server refuses a NUL character even in a query).
            valid_name = nama and not any(p.field == "nama" for p in problems)
            clash = valid_name and Opd.get_or_none(
                (fn.LOWER(Opd.nama) == nama.lower()) & (Opd.id != (opd_id or 0))
            )
            if clash:
                problems.append(FieldProblem("nama", f"{clash.nama} sudah ada di daftar."))
            if problems:
                raise ValidationError(problems)
            renamed: frozenset[int] = frozenset()
            opd: Opd | None
            values = {"nama": nama, "singkatan": singkatan, "aktif": aktif, **kop_values}
            if opd_id is None:
                opd = Opd.create(**values)
                history.record(EventKind.OPD_ADDED, f"Perangkat daerah {nama} ditambahkan", actor)
            else:
                opd = Opd.get_or_none(Opd.id == opd_id)
                if opd is None:
                    raise NotFound("Perangkat daerah itu sudah tidak ada.")
                if all(getattr(opd, k) == v for k, v in values.items()):
                    return ChangeSet(value=opd_info(opd))
                Opd.update(**values).where(Opd.id == opd_id).execute()
                if (opd.nama, opd.singkatan) != (nama, singkatan):  # cases found by OPD name
                    renamed = frozenset(
                        c.id for c in Case.select(Case.id).where(Case.opd == opd_id)
                    )
                    records.refresh_search_text(sorted(renamed))
                changed = sorted(k for k, v in values.items() if getattr(opd, k) != v)
                history.record(
                    EventKind.OPD_CHANGED,
                    f"Perangkat daerah {nama} diubah",
                    actor,
                    detail={"diubah": changed},
                )
    except IntegrityError as exc:  # a concurrent insert of the same name
        raise ValidationError(FieldProblem("nama", f"{nama} sudah ada di daftar.")) from exc
    return ChangeSet(
        master_data=True, history=True, other_cases=renamed, value=opd_info(Opd.get_by_id(opd.id))
    )


def delete_opd(actor: Actor, opd_id: int) -> ChangeSet:
    opd_id = as_id(opd_id, "opd", "Perangkat daerah")
    with database.atomic():
        authorize(actor, Action.MANAGE_MASTER_DATA)
        opd = Opd.get_or_none(Opd.id == opd_id)
        if opd is None:
            raise NotFound("Perangkat daerah itu sudah tidak ada.")
        if Case.select().where(Case.opd == opd).exists():
            raise ConflictError(f"{opd.nama} masih dipakai oleh kasus; nonaktifkan saja.")
        opd.delete_instance()
        history.record(EventKind.OPD_DELETED, f"Perangkat daerah {opd.nama} dihapus", actor)
    return ChangeSet(master_data=True, history=True)


# ----------------------------------------------------------------------------- officials
@dataclass
class OfficialInput:
    nama: str
    nip: str = ""
    gelar_depan: str = ""
    gelar_belakang: str = ""
    golongan: str = ""
    jabatan: str = ""
    opd_id: int | None = None
    peran: str = ""
    aktif: bool = True


def list_officials(active_only: bool = False, role: str | None = None) -> list[OfficialInfo]:
    q = official_query().order_by(Official.nama)
    if active_only:
        q = q.where(Official.aktif == True)  # noqa: E712
    if role:
        q = q.where(Official.peran == role)
    return [official_info(o) for o in q.objects()]


def active_officials(role: str) -> list[OfficialInfo]:
    """The active officials of a role in the order they were entered (the first signs)."""
    q = official_query().where((Official.peran == role) & (Official.aktif == True))  # noqa: E712
    return [official_info(o) for o in q.order_by(Official.id).objects()]


def official_by_id(official_id: int | None) -> OfficialInfo | None:
    if official_id is None:
        return None
    row = official_query().where(Official.id == official_id).objects().first()
    return official_info(row) if row is not None else None


def signature_images(official_id: int) -> tuple[bytes | None, bytes | None]:
    """(signature, stamp) images of an official, as stored."""
    row = (
        Official.select(Official.ttd_gambar, Official.cap_gambar)
        .where(Official.id == official_id)
        .first()
    )
    if row is None:
        return None, None
    return (
        bytes(row.ttd_gambar) if row.ttd_gambar else None,
        bytes(row.cap_gambar) if row.cap_gambar else None,
    )


def _official_values(data: OfficialInput, official_id: int | None) -> dict:
    problems: list[FieldProblem] = []
    nama = clean_text(data.nama)
    gd, gb = clean_text(data.gelar_depan), clean_text(data.gelar_belakang)
    jabatan = clean_text(data.jabatan)
    nip = normalize_nip(clean_text(data.nip))
    check_text(problems, "nama", "Nama", nama, required=True, max_len=120)
    check_text(problems, "gelar_depan", "Gelar depan", gd, max_len=40)
    check_text(problems, "gelar_belakang", "Gelar belakang", gb, max_len=60)
    check_text(problems, "jabatan", "Jabatan", jabatan, required=True)
    if nip:
        problem = nip_problem(nip)
        if problem:
            problems.append(FieldProblem("nip", problem))
        elif Official.get_or_none((Official.nip == nip) & (Official.id != (official_id or 0))):
            problems.append(FieldProblem("nip", "NIP itu sudah dipakai pejabat lain."))
    golongan = clean_text(data.golongan)
    if golongan and golongan not in GOLONGAN:
        problems.append(FieldProblem("golongan", "Pangkat/golongan tidak dikenal."))
    if data.peran and data.peran not in ROLE_NAMES:
        problems.append(FieldProblem("peran", "Peran tidak dikenal."))
    if data.opd_id is not None and Opd.get_or_none(Opd.id == data.opd_id) is None:
        problems.append(FieldProblem("opd", "Perangkat daerah tidak ditemukan."))
    if problems:
        raise ValidationError(problems)
    return {
        "nama": nama,
        "gelar_depan": gd,
        "gelar_belakang": gb,
        "nip": nip or None,
        "golongan": golongan,
        "pangkat": pangkat_for(golongan),
        "jabatan": jabatan,
        "opd": data.opd_id,
        "peran": data.peran,
        "aktif": data.aktif,
    }


def _checked_official(data: object) -> OfficialInput:
    """``data`` as the types ``OfficialInput`` declares, or ``ValidationError``."""
    if not isinstance(data, OfficialInput):
        raise ValidationError(FieldProblem("nama", "Data pejabat tidak sah (bukan OfficialInput)."))
    labels = {
        "nama": "Nama",
        "nip": "NIP",
        "gelar_depan": "Gelar depan",
        "gelar_belakang": "Gelar belakang",
        "golongan": "Pangkat/golongan",
        "jabatan": "Jabatan",
        "peran": "Peran",
    }
    texts = {key: as_text(getattr(data, key), key, label) for key, label in labels.items()}
    return OfficialInput(
        **texts,
        opd_id=as_optional_id(data.opd_id, "opd", "Perangkat daerah"),
        aktif=bool(data.aktif),
    )


def save_official(actor: Actor, data: OfficialInput, official_id: int | None = None) -> ChangeSet:
    """Add or change an official; ``ChangeSet.value`` is the official as saved."""
    data = _checked_official(data)
    official_id = as_optional_id(official_id, "pejabat", "Pejabat")
    try:
        with database.atomic():
            authorize(actor, Action.MANAGE_MASTER_DATA)
            values = _official_values(data, official_id)
            if official_id is None:
                official = Official.create(**values)
                history.record(
                    EventKind.OFFICIAL_ADDED, f"Pejabat {official.full_name} ditambahkan", actor
                )
            else:
                old = Official.get_or_none(Official.id == official_id)
                if old is None:
                    raise NotFound("Pejabat itu sudah tidak ada.")
                if all(getattr(old, k if k != "opd" else "opd_id") == v for k, v in values.items()):
                    return ChangeSet(value=official_by_id(official_id))
                Official.update(**values).where(Official.id == official_id).execute()
                official = Official.get_by_id(official_id)
                history.record(
                    EventKind.OFFICIAL_CHANGED, f"Pejabat {official.full_name} diubah", actor
                )
    except IntegrityError as exc:  # a concurrent insert of the same NIP
        raise ValidationError(FieldProblem("nip", "NIP itu sudah dipakai pejabat lain.")) from exc
    return ChangeSet(master_data=True, history=True, value=official_by_id(official.id))


def delete_official(actor: Actor, official_id: int) -> ChangeSet:
    official_id = as_id(official_id, "pejabat", "Pejabat")
    with database.atomic():
        authorize(actor, Action.MANAGE_MASTER_DATA)
        official = Official.get_or_none(Official.id == official_id)
        if official is None:
            raise NotFound("Pejabat itu sudah tidak ada.")
        if Participant.select().where(Participant.official == official).exists():
            raise ConflictError(
                f"{official.full_name} tercatat sebagai peserta rapat; nonaktifkan saja."
            )
        official.delete_instance()
        history.record(EventKind.OFFICIAL_DELETED, f"Pejabat {official.full_name} dihapus", actor)
    return ChangeSet(master_data=True, history=True)


MAX_SIGNATURE_IMAGE = 2 * 1024 * 1024


def _image_problem(label: str, data: bytes | None) -> str | None:
    if data is None:
        return None
    if not (data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8\xff")):
        return f"{label} harus berkas PNG atau JPEG."
    if len(data) > MAX_SIGNATURE_IMAGE:
        return f"{label} terlalu besar (paling besar 2 MB)."
    return None


def set_signature_images(
    actor: Actor, official_id: int, ttd: bytes | None, cap: bytes | None, allowed: bool
) -> ChangeSet:
    """Store an official's scanned signature and stamp. They are printed only when
    ``allowed`` (the official agreed to a printed signature); otherwise letters keep the
    space for a wet signature."""
    problems = [
        FieldProblem(field, message)
        for field, message in (
            ("ttd_gambar", _image_problem("Tanda tangan pindaian", ttd)),
            ("cap_gambar", _image_problem("Cap pindaian", cap)),
        )
        if message
    ]
    if allowed and ttd is None:
        problems.append(
            FieldProblem(
                "boleh_ttd_gambar", "Tanda tangan pindaian belum ada; pilih gambarnya dulu."
            )
        )
    with database.atomic():
        authorize(actor, Action.MANAGE_MASTER_DATA)
        if problems:
            raise ValidationError(problems)
        official = Official.get_or_none(Official.id == official_id)
        if official is None:
            raise NotFound("Pejabat itu sudah tidak ada.")
        Official.update(ttd_gambar=ttd, cap_gambar=cap, boleh_ttd_gambar=allowed).where(
            Official.id == official_id
        ).execute()
        history.record(
            EventKind.OFFICIAL_CHANGED,
            f"Tanda tangan/cap pindaian {official.full_name} "
            f"{'boleh dipakai' if allowed else 'tidak dipakai'}",
            actor,
        )
    return ChangeSet(master_data=True, history=True, value=official_by_id(official_id))
