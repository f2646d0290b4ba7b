"""The read models of a case: frozen values the window, the documents and the services read.

They are built from the stored rows in one place (``app.cases.read``), so nothing that shows
or prints a case holds an ORM row (no lazy queries while painting, nothing to change by
accident). A value's fields carry the stored column names, so a reader of the schema
recognises them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from enum import StrEnum
from types import MappingProxyType
from typing import Any, TypeVar

from app.phrases import label, phrase
from app.sop import Sop, Step
from app.states import CaseStatus, StepStatus


class Trigger(StrEnum):
    """Perki 1/2017 Pasal 4(2): when the consequence test is done."""

    BEFORE_REQUEST = "sebelum_permohonan"
    ON_REQUEST = "permohonan"
    MAJELIS_ORDER = "perintah_majelis"


TRIGGER_LABELS = {
    Trigger.BEFORE_REQUEST: "Sebelum ada permohonan informasi",
    Trigger.ON_REQUEST: "Atas permohonan informasi",
    Trigger.MAJELIS_ORDER: "Atas perintah Majelis Komisioner",
}
TRIGGER_REFERENCE_LABELS = {
    Trigger.ON_REQUEST: "Nomor register permohonan",
    Trigger.MAJELIS_ORDER: "Nomor perkara / putusan sela",
}


def trigger_text(pemicu: str, rujukan: str = "") -> str:
    """``Atas permohonan informasi (rujukan: 012/PPID/2026)``; an unknown stored value as is."""
    text: str
    try:
        text = label(TRIGGER_LABELS[Trigger(pemicu)])
    except ValueError:
        text = pemicu
    return (
        phrase("{pemicu} (rujukan: {rujukan})", pemicu=text, rujukan=rujukan) if rujukan else text
    )


_K = TypeVar("_K")
_V = TypeVar("_V")


def frozen_mapping(value: Mapping[_K, _V] | None) -> Mapping[_K, _V]:
    return MappingProxyType(dict(value or {}))


@dataclass(frozen=True, slots=True)
class OpdInfo:
    id: int
    nama: str
    singkatan: str = ""
    aktif: bool = True
    # Its own kop and register (the documents of its PPID Pembantu): see app.models.Opd.
    kop_instansi: str = ""
    kop_alamat: tuple[str, ...] = ()
    kode_unit: str = ""
    nomor_pola: str = ""

    @property
    def kop_line(self) -> str:
        """The office line of its kop: as set, else its name in capitals."""
        return self.kop_instansi or self.nama.upper()

    @property
    def unit_code(self) -> str:
        """The kode unit of its numbers: as set, else its abbreviation."""
        return self.kode_unit or self.singkatan or self.nama

    @property
    def short(self) -> str:
        """The abbreviation, or the name when the OPD has none."""
        return self.singkatan or self.nama


@dataclass(frozen=True, slots=True)
class OfficialInfo:
    """An official as the forms and the documents show one (the signature images are read
    separately, only when a document prints them: ``app.masterdata.signature_images``)."""

    id: int
    nama: str
    gelar_depan: str = ""
    gelar_belakang: str = ""
    nip: str | None = None
    pangkat: str = ""
    golongan: str = ""
    jabatan: str = ""
    opd_id: int | None = None
    opd_nama: str = ""
    peran: str = ""
    aktif: bool = True
    status_jabatan: str = ""
    boleh_ttd_gambar: bool = False
    has_ttd: bool = False
    has_cap: bool = False

    @property
    def full_name(self) -> str:
        name = self.nama
        if self.gelar_depan:
            name = f"{self.gelar_depan} {name}"
        if self.gelar_belakang:
            name = f"{name}, {self.gelar_belakang}"
        return name

    @property
    def jabatan_text(self) -> str:
        """The jabatan as a Plt./Plh. holds it ("Plt. Kepala Dinas …"): wherever a document
        names the office an official holds, not only in the signature block."""
        if self.status_jabatan and self.jabatan:
            return f"{self.status_jabatan.strip()} {self.jabatan}"
        return self.jabatan


@dataclass(frozen=True, slots=True)
class CaseInfo:
    id: int
    nomor: str
    tahun: int
    urut: int
    opd: OpdInfo
    pemicu: str
    pemicu_rujukan: str
    judul: str
    tanggal_mulai: date
    sop_version: str
    status: CaseStatus
    tahap: int
    pelaksana: str
    batas_waktu: date | None
    tanggal_selesai: date | None
    updated_at: datetime | None = None

    @property
    def opd_id(self) -> int:
        return self.opd.id

    @property
    def finished(self) -> bool:
        return self.status == CaseStatus.FINISHED

    @property
    def trigger_text(self) -> str:
        return trigger_text(self.pemicu, self.pemicu_rujukan)


@dataclass(frozen=True, slots=True)
class StepRecordInfo:
    """One run of one step (a step sent back gets a new record when it restarts)."""

    id: int
    tahap: int
    putaran: int
    status: StepStatus
    tanggal_mulai: date
    hari_kerja: int
    batas_waktu: date
    dasar_kalender: str
    data: Mapping[str, Any] = field(default_factory=lambda: frozen_mapping(None))
    tanggal_selesai: date | None = None
    selesai_oleh: str = ""
    selesai_peran: str = ""
    selesai_pada: datetime | None = None
    alasan_kembali: str = ""
    ditugaskan_ke: int | None = None

    @property
    def running(self) -> bool:
        return self.status == StepStatus.RUNNING

    @property
    def late(self) -> bool:
        return bool(self.tanggal_selesai and self.tanggal_selesai > self.batas_waktu)


@dataclass(frozen=True, slots=True)
class ItemInfo:
    """An information item, with every column of ``InfoItem`` (``values()`` gives them as the
    validation rules read them)."""

    id: int
    urut: int
    uraian: str = ""
    dokumen_sumber: str = ""
    dasar_hukum: tuple[str, ...] = ()
    dasar_hukum_lain: str = ""
    konsekuensi_dibuka: str = ""
    konsekuensi_ditutup: str = ""
    jangka_jenis: str = ""
    jangka_tanggal: date | None = None
    jangka_peristiwa: str = ""
    kesimpulan: str = ""
    bagian_dihitamkan: str = ""
    alasan_dihitamkan: str = ""
    catatan_uji: str = ""
    klasifikasi_tim: str = ""
    bentuk_informasi: str = ""
    pertimbangan_tim: str = ""
    alasan_pengecualian: str = ""

    def values(self) -> dict[str, Any]:
        """The stored columns (without id and order), as ``app.cases.rules`` checks them."""
        out = {f.name: getattr(self, f.name) for f in fields(self) if f.name not in ("id", "urut")}
        out["dasar_hukum"] = list(self.dasar_hukum)
        return out

    @property
    def exempt(self) -> bool:
        return self.kesimpulan in EXEMPT


EXEMPT = frozenset({"seluruhnya", "sebagian"})


@dataclass(frozen=True, slots=True)
class ParticipantInfo:
    official: OfficialInfo
    tahap: int
    hadir: bool


@dataclass(frozen=True)
class CaseDetail:
    """Everything about one case that its screen and its documents show."""

    case: CaseInfo
    sop: Sop
    steps: tuple[StepRecordInfo, ...]  # every step record, in order
    items: tuple[ItemInfo, ...]
    participants: Mapping[int, tuple[ParticipantInfo, ...]] = field(
        default_factory=lambda: frozen_mapping(None)
    )

    @property
    def current(self) -> StepRecordInfo | None:
        """The running step record, or None when the case is finished."""
        for rec in reversed(self.steps):
            if rec.running:
                return rec
        return None

    @property
    def current_step(self) -> Step | None:
        rec = self.current
        return self.sop.step(rec.tahap) if rec else None

    def latest_record(self, step_no: int) -> StepRecordInfo | None:
        for rec in reversed(self.steps):
            if rec.tahap == step_no:
                return rec
        return None

    def started_steps(self) -> set[int]:
        return {r.tahap for r in self.steps}

    def attended(self, step_no: int) -> tuple[OfficialInfo, ...]:
        return tuple(p.official for p in self.participants.get(step_no, ()) if p.hadir)
