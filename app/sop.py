"""Load and validate the SOP file (TOML) into plain dataclasses.

The SOP is data: the office revises it, and each case keeps the version it started under
(the file's text is copied into the database, see ``app.refdata.register_sop``).

Two formats load. Format 2 (the shipped file) also names, per step, the documents the step
issues and what must hold before each may be finalised (``[[tahap.dokumen]]``), and the
roles that also work the step (``juga_oleh``). Format 1, the first released file, named
neither; a stored format-1 version gets the documents and rules that were built into Ujikon
when it was written (``_legacy_documents``), so its cases keep working unchanged.
"""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from app.documents.kinds import DOCUMENT_KINDS
from app.errors import UserError
from app.fields import ITEM_FIELDS, STEP_FIELDS
from app.resources import RESOURCES, UnreadableText, read_text
from app.text import format_duration

SOP_DIR = RESOURCES / "sop"
SUPPORTED_FORMATS = (1, 2)
# The roles the application can act as (see app.permissions); a SOP may use any of them.
SOP_ROLES = ("ppid_pembantu", "ppid_utama", "tim_pertimbangan", "atasan_ppid")

# What a document may require before it is finalised (``siap``) or to exist at all
# (``berlaku``). Each is checked by ``app.documents.readiness``; see README "Berkas SOP".
CONDITIONS = {
    "butir_lengkap": "setiap butir informasi berisi isian wajib tahapnya",
    "isian_tahap": "isian wajib, butir informasi dan peserta tahapnya lengkap",
    "peserta_hadir": "minimal satu peserta rapat tahapnya hadir",
    "tahap_selesai": "tahapnya sudah diselesaikan",
    "butir_dikecualikan": "minimal satu butir informasi dikecualikan",
}
FIELD_CONDITION = "isian:"  # isian:<kunci>: that step field is filled in
DOCUMENT_CONDITION = "dokumen_final:"  # dokumen_final:<jenis>: that document is final


class SopError(UserError):
    """The SOP file is not usable; the message says where and why (Indonesian)."""


@dataclass(frozen=True)
class Role:
    code: str
    name: str


@dataclass(frozen=True)
class DocumentSpec:
    """A document the SOP names: which renderer (``kind``), its title, the step it is an
    output of (None: the case as a whole, e.g. the deadline proof), whether it takes an
    outgoing number, from which step its draft is listed, what must hold before it is
    finalised (``ready``) and when the case needs it at all (``applies``)."""

    kind: str
    title: str
    step: int | None
    numbered: bool
    listed_from: int | None
    ready: tuple[str, ...] = ()
    applies: tuple[str, ...] = ()


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
    also_by: tuple[str, ...] = ()  # roles that work the step besides its actor

    @property
    def duration_text(self) -> str:
        return format_duration(self.working_days)

    @property
    def roles(self) -> tuple[str, ...]:
        """The roles that work this step, its actor first."""
        return (self.actor, *(r for r in self.also_by if r != self.actor))


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
    documents: tuple[DocumentSpec, ...] = ()
    format: int = 2

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

    def next_step(self, number: int) -> Step | None:
        later = [s for s in self.steps if s.number > number]
        return later[0] if later else None

    def document(self, kind: str) -> DocumentSpec | None:
        return next((d for d in self.documents if d.kind == kind), None)

    def step_with_field(self, key: str, before: int | None = None) -> Step | None:
        """The last step (before step ``before``, when given) whose form has ``key``: where a
        document reads a field of another step, so that renumbered steps change nothing."""
        steps = [s for s in self.steps if key in s.fields and (before is None or s.number < before)]
        return steps[-1] if steps else None


def _need(table: dict, key: str, kind: type | tuple[type, ...], where: str):
    if not isinstance(table, dict):
        raise SopError(
            f"{where}: harus berupa tabel TOML (kunci = nilai), bukan {type(table).__name__}."
        )
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
    also_by = _str_list(raw, "juga_oleh", where)
    for role in also_by:
        if role not in role_codes:
            raise SopError(f"{where}: juga_oleh '{role}' bukan salah satu [[peran]].")
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
        also_by=also_by,
    )


def _parse_document(raw: dict, step: int | None, where: str) -> DocumentSpec:
    kind = _need(raw, "jenis", str, where)
    if kind not in DOCUMENT_KINDS:
        raise SopError(
            f"{where}: jenis dokumen '{kind}' tidak dikenal; yang dikenal: "
            f"{', '.join(DOCUMENT_KINDS)}."
        )
    where = f"{where} ({kind})"
    title = raw.get("judul", DOCUMENT_KINDS[kind])
    if not isinstance(title, str) or not title.strip():
        raise SopError(f"{where}: 'judul' harus teks.")
    listed_from = raw.get("tampil_sejak", step)
    if listed_from is not None and (
        not isinstance(listed_from, int)
        or isinstance(listed_from, bool)
        or (step is not None and listed_from > step)
        or listed_from < 1
    ):
        raise SopError(f"{where}: tampil_sejak harus nomor tahap, paling lambat tahapnya.")
    return DocumentSpec(
        kind=kind,
        title=title.strip(),
        step=step,
        numbered=bool(raw.get("bernomor", True)),
        listed_from=listed_from,
        ready=_str_list(raw, "siap", where),
        applies=_str_list(raw, "berlaku", where),
    )


def _check_documents(docs: tuple[DocumentSpec, ...], steps: tuple[Step, ...]) -> None:
    """Each kind once; every condition known; the fields and documents it names exist."""
    kinds = [d.kind for d in docs]
    twice = sorted({k for k in kinds if kinds.count(k) > 1})
    if twice:
        raise SopError(f"jenis dokumen {', '.join(twice)} tercantum lebih dari sekali.")
    numbers = {s.number for s in steps}
    all_fields = {k for s in steps for k in s.fields}
    for doc in docs:
        where = f"dokumen {doc.kind}"
        if doc.listed_from is not None and doc.listed_from not in numbers:
            raise SopError(f"{where}: tampil_sejak {doc.listed_from} bukan nomor tahap.")
        for condition in (*doc.ready, *doc.applies):
            if condition.startswith(FIELD_CONDITION):
                key = condition[len(FIELD_CONDITION) :]
                if key not in all_fields:
                    raise SopError(
                        f"{where}: '{condition}' menyebut isian yang tidak ada di tahap mana pun."
                    )
            elif condition.startswith(DOCUMENT_CONDITION):
                other = condition[len(DOCUMENT_CONDITION) :]
                if other not in kinds or other == doc.kind:
                    raise SopError(
                        f"{where}: '{condition}' menyebut dokumen lain yang tidak ada di SOP ini."
                    )
            elif condition not in CONDITIONS:
                raise SopError(
                    f"{where}: syarat '{condition}' tidak dikenal; yang dikenal: "
                    f"{', '.join(CONDITIONS)}, {FIELD_CONDITION}<kunci>, "
                    f"{DOCUMENT_CONDITION}<jenis>."
                )
            elif doc.step is None and condition != "butir_dikecualikan":
                raise SopError(f"{where}: syarat '{condition}' butuh dokumen milik satu tahap.")


def _legacy_documents(steps: tuple[Step, ...]) -> tuple[DocumentSpec, ...]:
    """The documents and readiness rules of a format-1 SOP: what Ujikon had built in when
    that format was current (six steps: identification, meeting, Tim, draft, approval,
    distribution). The BA of step 1 had no meeting fields then, so it is dated by the day
    step 1 was completed and needs that step done."""
    title = DOCUMENT_KINDS
    specs = (
        DocumentSpec(
            "laporan_identifikasi", title["laporan_identifikasi"], 1, True, 1, ("butir_lengkap",)
        ),
        DocumentSpec(
            "ba_pembantu", title["ba_pembantu"], 1, True, 1, ("butir_lengkap", "tahap_selesai")
        ),
        DocumentSpec("laporan_uji", title["laporan_uji"], 2, True, 2, ("isian_tahap",)),
        DocumentSpec(
            "ba_uji",
            title["ba_uji"],
            2,
            True,
            2,
            ("butir_lengkap", "isian:tanggal_rapat", "isian:tempat_rapat", "peserta_hadir"),
        ),
        DocumentSpec(
            "lembar_pertimbangan", title["lembar_pertimbangan"], 3, True, 3, ("isian_tahap",)
        ),
        DocumentSpec(
            "penetapan", title["penetapan"], 5, True, 4, ("tahap_selesai",), ("butir_dikecualikan",)
        ),
        DocumentSpec(
            "pemberitahuan",
            title["pemberitahuan"],
            6,
            True,
            6,
            ("isian:tanggal_distribusi", "isian:penerima_distribusi", "dokumen_final:penetapan"),
        ),
        DocumentSpec("bukti_batas_waktu", title["bukti_batas_waktu"], None, False, None),
    )
    numbers = {s.number for s in steps}
    fields = {k for s in steps for k in s.fields}

    def fits(d: DocumentSpec) -> bool:
        named = [c[len(FIELD_CONDITION) :] for c in d.ready if c.startswith(FIELD_CONDITION)]
        return (d.step is None or d.step in numbers) and set(named) <= fields

    return tuple(d for d in specs if fits(d))


def _legacy_step(step: Step) -> Step:
    """Format 1 let the PPID Utama also work step 1 (a rule then written in code)."""
    if step.number != 1 or step.actor == "ppid_utama":
        return step
    return replace(step, also_by=("ppid_utama",))


def parse_sop(text: str, source: str = "SOP") -> Sop:
    """Parse and validate SOP TOML text. Raises ``SopError`` naming the place of the fault."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SopError(f"{source}: bukan TOML yang sah ({exc}).") from exc
    try:
        fmt = _need(raw, "format", int, source)
        if fmt not in SUPPORTED_FORMATS:
            raise SopError(
                f"{source}: format {fmt} tidak didukung (harus salah satu dari "
                f"{', '.join(map(str, SUPPORTED_FORMATS))})."
            )
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
                f"{', '.join(SOP_ROLES)}."
            )
        steps_raw = _need(raw, "tahap", list, source)
        steps = tuple(_parse_step(s, i, codes) for i, s in enumerate(steps_raw, start=1))
        if not steps:
            raise SopError(f"{source}: tidak ada [[tahap]].")
        numbers = [s.number for s in steps]
        if numbers != list(range(1, len(steps) + 1)):
            raise SopError(
                f"{source}: nomor tahap harus berurutan 1, 2, 3, … (ditemukan {numbers})."
            )
        if fmt == 1:
            steps = tuple(_legacy_step(s) for s in steps)
            documents = _legacy_documents(steps)
        else:
            documents = _parse_documents(raw, steps_raw, steps)
    except SopError as exc:
        if str(exc).startswith(source):
            raise
        raise SopError(f"{source}: {exc}") from exc
    return Sop(
        version=version,
        identity=identity,
        roles=roles,
        steps=steps,
        source_text=text,
        documents=documents,
        format=fmt,
    )


def _parse_documents(
    raw: dict, steps_raw: list, steps: tuple[Step, ...]
) -> tuple[DocumentSpec, ...]:
    docs: list[DocumentSpec] = []
    for raw_step, step in zip(steps_raw, steps, strict=True):
        for i, d in enumerate(raw_step.get("dokumen", []), start=1):
            docs.append(_parse_document(d, step.number, f"tahap {step.number}: dokumen ke-{i}"))
    case_docs = raw.get("dokumen", [])
    if not isinstance(case_docs, list):
        raise SopError("[[dokumen]] harus daftar tabel.")
    for i, d in enumerate(case_docs, start=1):
        docs.append(_parse_document(d, None, f"[[dokumen]] ke-{i}"))
    result = tuple(docs)
    _check_documents(result, steps)
    return result


def load_sop_file(path: Path) -> Sop:
    """Read an SOP file: UTF-8 with or without a byte order mark, or UTF-16 with one (what
    Windows Notepad's "Unicode" writes); anything else is refused with a message."""
    try:
        text = read_text(path)
    except OSError as exc:
        raise SopError(f"Berkas SOP {path} tidak dapat dibaca: {exc.strerror}.") from exc
    except UnreadableText as exc:
        raise SopError(exc.message) from exc
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
