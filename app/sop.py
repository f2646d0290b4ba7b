"""Load and validate the SOP file (TOML) into plain dataclasses.

The SOP is data: the office revises it, and each case keeps the version it started under
(the file's text is copied into the database, see ``app.sop_store``).
"""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from app.errors import UserError
from app.fields import ITEM_FIELDS, STEP_FIELDS
from app.text import format_duration

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
SOP_DIR = RESOURCES / "sop"
SUPPORTED_FORMAT = 1
# The roles the application can act as (see app.permissions); a SOP may use any of them.
SOP_ROLES = ("ppid_pembantu", "ppid_utama", "tim_pertimbangan", "atasan_ppid")


class SopError(UserError):
    """The SOP file is not usable; the message says where and why (Indonesian)."""


@dataclass(frozen=True)
class Role:
    code: str
    name: str


@dataclass(frozen=True)
class Step:
    number: int
    title: str
    activity: str
    actor: str  # role code
    working_days: int
    outputs: tuple[str, ...]
    fields: tuple[str, ...]
    required: tuple[str, ...]
    items_add_remove: bool
    item_fields: tuple[str, ...]
    item_required: tuple[str, ...]
    participants: bool
    send_back_to: int | None

    @property
    def duration_text(self) -> str:
        return format_duration(self.working_days)


@dataclass(frozen=True)
class Identity:
    nomor: str
    judul: str
    instansi: str
    unit: str
    tanggal_pembuatan: date | None
    tanggal_revisi: date | None
    tanggal_pengesahan: str
    disahkan_jabatan: str
    disahkan_nama: str
    disahkan_nip: str
    dasar_hukum: tuple[str, ...]
    kualifikasi_pelaksana: tuple[str, ...]
    keterkaitan: tuple[str, ...]
    peralatan: tuple[str, ...]
    peringatan: str
    pencatatan: str


@dataclass(frozen=True)
class Sop:
    version: str
    identity: Identity
    roles: tuple[Role, ...]
    steps: tuple[Step, ...]
    source_text: str = field(repr=False, compare=False)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.source_text.encode("utf-8")).hexdigest()

    @property
    def total_working_days(self) -> int:
        return sum(s.working_days for s in self.steps)

    def step(self, number: int) -> Step:
        for s in self.steps:
            if s.number == number:
                return s
        raise KeyError(number)

    def role_name(self, code: str) -> str:
        for r in self.roles:
            if r.code == code:
                return r.name
        return code

    @property
    def last_step(self) -> int:
        return self.steps[-1].number


def _need(table: dict, key: str, kind: type | tuple[type, ...], where: str):
    if not isinstance(table, dict):
        raise SopError(f"{where}: harus berupa tabel TOML (kunci = nilai), bukan "
                       f"{type(table).__name__}.")
    if key not in table:
        raise SopError(f"{where}: isian '{key}' tidak ada.")
    value = table[key]
    if not isinstance(value, kind):
        raise SopError(f"{where}: isian '{key}' bentuknya salah ({type(value).__name__}).")
    return value


def _str_list(table: dict, key: str, where: str) -> tuple[str, ...]:
    value = table.get(key, []) if isinstance(table, dict) else None
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise SopError(f"{where}: '{key}' harus daftar teks.")
    return tuple(value)


def _parse_identity(raw: dict) -> Identity:
    where = "[identitas]"

    def opt_date(key: str) -> date | None:
        value = raw.get(key)
        if value is None or isinstance(value, date):
            return value
        raise SopError(f"{where}: '{key}' harus tanggal (TTTT-BB-HH).")

    return Identity(
        nomor=_need(raw, "nomor", str, where),
        judul=_need(raw, "judul", str, where),
        instansi=raw.get("instansi", ""),
        unit=raw.get("unit", ""),
        tanggal_pembuatan=opt_date("tanggal_pembuatan"),
        tanggal_revisi=opt_date("tanggal_revisi"),
        tanggal_pengesahan=str(raw.get("tanggal_pengesahan", "")),
        disahkan_jabatan=raw.get("disahkan_jabatan", ""),
        disahkan_nama=raw.get("disahkan_nama", ""),
        disahkan_nip=raw.get("disahkan_nip", ""),
        dasar_hukum=_str_list(raw, "dasar_hukum", where),
        kualifikasi_pelaksana=_str_list(raw, "kualifikasi_pelaksana", where),
        keterkaitan=_str_list(raw, "keterkaitan", where),
        peralatan=_str_list(raw, "peralatan", where),
        peringatan=raw.get("peringatan", ""),
        pencatatan=raw.get("pencatatan", ""),
    )


def _parse_step(raw: dict, index: int, role_codes: set[str]) -> Step:
    where = f"[[tahap]] ke-{index}"
    number = _need(raw, "nomor", int, where)
    where = f"tahap {number}"
    actor = _need(raw, "pelaksana", str, where)
    if actor not in role_codes:
        raise SopError(f"{where}: pelaksana '{actor}' bukan salah satu [[peran]].")
    days = _need(raw, "hari_kerja", int, where)
    if not 1 <= days <= 365:
        raise SopError(f"{where}: hari_kerja harus antara 1 dan 365.")
    fields = _str_list(raw, "isian", where)
    required = _str_list(raw, "wajib", where)
    item_fields = _str_list(raw, "butir_isian", where)
    item_required = _str_list(raw, "butir_wajib", where)
    for key in fields:
        if key not in STEP_FIELDS:
            raise SopError(f"{where}: isian '{key}' tidak dikenal.")
    for key in item_fields:
        if key not in ITEM_FIELDS:
            raise SopError(f"{where}: butir_isian '{key}' tidak dikenal.")
    for key in required:
        if key not in fields:
            raise SopError(f"{where}: '{key}' wajib tetapi tidak ada di isian.")
    for key in item_required:
        if key not in item_fields:
            raise SopError(f"{where}: '{key}' wajib tetapi tidak ada di butir_isian.")
    back = raw.get("dapat_dikembalikan_ke")
    if back is not None and (not isinstance(back, int) or back >= number or back < 1):
        raise SopError(f"{where}: dapat_dikembalikan_ke harus nomor tahap sebelumnya.")
    return Step(
        number=number,
        title=_need(raw, "judul", str, where),
        activity=raw.get("kegiatan", ""),
        actor=actor,
        working_days=days,
        outputs=_str_list(raw, "keluaran", where),
        fields=fields,
        required=required,
        items_add_remove=bool(raw.get("butir_tambah_hapus", False)),
        item_fields=item_fields,
        item_required=item_required,
        participants=bool(raw.get("peserta", False)),
        send_back_to=back,
    )


def parse_sop(text: str, source: str = "SOP") -> Sop:
    """Parse and validate SOP TOML text. Raises ``SopError`` naming the place of the fault."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SopError(f"{source}: bukan TOML yang sah ({exc}).") from exc
    try:
        fmt = _need(raw, "format", int, source)
        if fmt != SUPPORTED_FORMAT:
            raise SopError(f"{source}: format {fmt} tidak didukung (harus {SUPPORTED_FORMAT}).")
        version = _need(raw, "versi", str, source).strip()
        if not version:
            raise SopError(f"{source}: 'versi' kosong.")
        identity = _parse_identity(_need(raw, "identitas", dict, source))
        roles_raw = _need(raw, "peran", list, source)
        roles = tuple(
            Role(_need(r, "kode", str, "[[peran]]"), _need(r, "nama", str, "[[peran]]"))
            for r in roles_raw
        )
        codes = {r.code for r in roles}
        if len(codes) != len(roles) or not roles:
            raise SopError(f"{source}: kode [[peran]] harus ada dan tidak boleh kembar.")
        unknown = sorted(codes - set(SOP_ROLES))
        if unknown:
            # A step assigned to a role no user can act as would leave its cases stuck.
            raise SopError(
                f"{source}: peran {', '.join(unknown)} tidak dikenal aplikasi; gunakan "
                f"{', '.join(SOP_ROLES)}.")
        steps_raw = _need(raw, "tahap", list, source)
        steps = tuple(_parse_step(s, i, codes) for i, s in enumerate(steps_raw, start=1))
    except SopError as exc:
        if str(exc).startswith(source):
            raise
        raise SopError(f"{source}: {exc}") from exc
    if not steps:
        raise SopError(f"{source}: tidak ada [[tahap]].")
    numbers = [s.number for s in steps]
    if numbers != list(range(1, len(steps) + 1)):
        raise SopError(f"{source}: nomor tahap harus berurutan 1, 2, 3, … (ditemukan {numbers}).")
    return Sop(version=version, identity=identity, roles=roles, steps=steps, source_text=text)


def load_sop_file(path: Path) -> Sop:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SopError(f"Berkas SOP {path} tidak dapat dibaca: {exc.strerror}.") from exc
    return parse_sop(text, source=path.name)


def _version_key(version: str) -> tuple:
    return tuple(int(p) if p.isdigit() else p for p in version.replace("-", ".").split("."))


def load_current_sop(extra_dirs: list[Path] | None = None) -> Sop:
    """The newest SOP version among the shipped files and any in ``extra_dirs``."""
    candidates: list[Sop] = []
    for folder in [SOP_DIR, *(extra_dirs or [])]:
        if folder.is_dir():
            candidates.extend(load_sop_file(p) for p in sorted(folder.glob("*.toml")))
    if not candidates:
        raise SopError(f"Tidak ada berkas SOP di {SOP_DIR}.")
    return max(candidates, key=lambda s: _version_key(s.version))
