"""Reading cases into their read models (``app.cases.model``): one query per table, joins
instead of lazy foreign keys, so showing a case costs a handful of statements whatever it
holds."""

from __future__ import annotations

from peewee import JOIN

from app.cases.model import (
    CaseDetail,
    CaseInfo,
    ItemInfo,
    OfficialInfo,
    OpdInfo,
    ParticipantInfo,
    StepRecordInfo,
    frozen_mapping,
)
from app.errors import NotFound
from app.models import Case, InfoItem, Official, Opd, Participant, StepRecord
from app.refdata import sop_for_version
from app.states import CaseStatus, StepStatus

NOT_FOUND = "Kasus itu tidak ditemukan; mungkin sudah dihapus."

# Official columns without the signature images (up to 2 MB each): lists never need them.
OFFICIAL_COLUMNS = [
    f for f in Official._meta.sorted_fields if f.name not in ("ttd_gambar", "cap_gambar")
]


def opd_info(row: Opd) -> OpdInfo:
    return OpdInfo(
        row.id,
        row.nama,
        row.singkatan or "",
        bool(row.aktif),
        kop_instansi=row.kop_instansi or "",
        kop_alamat=tuple(line for line in (row.kop_alamat or "").splitlines() if line.strip()),
        kode_unit=row.kode_unit or "",
        nomor_pola=row.nomor_pola or "",
    )


def official_query():
    """Officials with their OPD's name and whether they have signature images, in one query
    (read the rows with ``official_info``)."""
    return Official.select(
        *OFFICIAL_COLUMNS,
        Opd.nama.alias("opd_nama"),
        Official.ttd_gambar.is_null(False).alias("has_ttd"),
        Official.cap_gambar.is_null(False).alias("has_cap"),
    ).join(Opd, JOIN.LEFT_OUTER, on=(Official.opd == Opd.id))


def official_info(row: Official) -> OfficialInfo:
    """A row of ``official_query(...).objects()``."""
    return OfficialInfo(
        id=row.id,
        nama=row.nama,
        gelar_depan=row.gelar_depan or "",
        gelar_belakang=row.gelar_belakang or "",
        nip=row.nip,
        pangkat=row.pangkat or "",
        golongan=row.golongan or "",
        jabatan=row.jabatan or "",
        opd_id=row.opd_id,
        opd_nama=getattr(row, "opd_nama", None) or "",
        peran=row.peran or "",
        aktif=bool(row.aktif),
        status_jabatan=row.status_jabatan or "",
        boleh_ttd_gambar=bool(row.boleh_ttd_gambar),
        has_ttd=bool(getattr(row, "has_ttd", False)),
        has_cap=bool(getattr(row, "has_cap", False)),
    )


def case_info(row: Case) -> CaseInfo:
    """A Case row selected together with its Opd (``case_query``)."""
    return CaseInfo(
        id=row.id,
        nomor=row.nomor,
        tahun=row.tahun,
        urut=row.urut,
        opd=opd_info(row.opd),
        pemicu=row.pemicu,
        pemicu_rujukan=row.pemicu_rujukan or "",
        judul=row.judul,
        tanggal_mulai=row.tanggal_mulai,
        sop_version=row.sop_version_id,
        status=CaseStatus(row.status),
        tahap=row.tahap,
        pelaksana=row.pelaksana or "",
        batas_waktu=row.batas_waktu,
        tanggal_selesai=row.tanggal_selesai,
        updated_at=row.updated_at,
    )


def case_query():
    return Case.select(Case, Opd).join(Opd)


def step_info(row: StepRecord) -> StepRecordInfo:
    return StepRecordInfo(
        id=row.id,
        tahap=row.tahap,
        putaran=row.putaran,
        status=StepStatus(row.status),
        tanggal_mulai=row.tanggal_mulai,
        hari_kerja=row.hari_kerja,
        batas_waktu=row.batas_waktu,
        dasar_kalender=row.dasar_kalender,
        data=frozen_mapping(row.data),
        tanggal_selesai=row.tanggal_selesai,
        selesai_oleh=row.selesai_oleh or "",
        selesai_peran=row.selesai_peran or "",
        selesai_pada=row.selesai_pada,
        alasan_kembali=row.alasan_kembali or "",
        ditugaskan_ke=row.ditugaskan_ke_id,
    )


def item_info(row: InfoItem) -> ItemInfo:
    return ItemInfo(
        id=row.id,
        urut=row.urut,
        uraian=row.uraian or "",
        dokumen_sumber=row.dokumen_sumber or "",
        dasar_hukum=tuple(row.dasar_hukum or ()),
        dasar_hukum_lain=row.dasar_hukum_lain or "",
        konsekuensi_dibuka=row.konsekuensi_dibuka or "",
        konsekuensi_ditutup=row.konsekuensi_ditutup or "",
        jangka_jenis=row.jangka_jenis or "",
        jangka_tanggal=row.jangka_tanggal,
        jangka_peristiwa=row.jangka_peristiwa or "",
        kesimpulan=row.kesimpulan or "",
        bagian_dihitamkan=row.bagian_dihitamkan or "",
        alasan_dihitamkan=row.alasan_dihitamkan or "",
        catatan_uji=row.catatan_uji or "",
        klasifikasi_tim=row.klasifikasi_tim or "",
        bentuk_informasi=row.bentuk_informasi or "",
        pertimbangan_tim=row.pertimbangan_tim or "",
        alasan_pengecualian=row.alasan_pengecualian or "",
    )


def get_case(case_id: int) -> CaseInfo:
    row = case_query().where(Case.id == case_id).first()
    if row is None:
        raise NotFound(NOT_FOUND)
    return case_info(row)


def steps_of(case_id: int) -> tuple[StepRecordInfo, ...]:
    return tuple(
        step_info(r)
        for r in StepRecord.select().where(StepRecord.case == case_id).order_by(StepRecord.id)
    )


def items_of(case_id: int) -> tuple[ItemInfo, ...]:
    return tuple(
        item_info(r)
        for r in InfoItem.select().where(InfoItem.case == case_id).order_by(InfoItem.urut)
    )


def participants_of(case_id: int) -> dict[int, tuple[ParticipantInfo, ...]]:
    grouped: dict[int, list[ParticipantInfo]] = {}
    query = (
        official_query()
        .select_extend(Participant.tahap, Participant.hadir)
        .join_from(Official, Participant, on=(Participant.official == Official.id))
        .where(Participant.case == case_id)
        .order_by(Participant.id)
    )
    for row in query.objects():
        info = official_info(row)
        grouped.setdefault(row.tahap, []).append(ParticipantInfo(info, row.tahap, bool(row.hadir)))
    return {k: tuple(v) for k, v in grouped.items()}


def case_detail(case_id: int) -> CaseDetail:
    case = get_case(case_id)
    return CaseDetail(
        case,
        sop_for_version(case.sop_version),
        steps_of(case_id),
        items_of(case_id),
        frozen_mapping(participants_of(case_id)),
    )
