"""Demo data: realistic cases across Serang's OPDs at every step, some overdue.

Two modes:
- a few dozen cases (the default) worked through the real services, so their history, due
  dates and documents look exactly like real use;
- ``cases`` above ``SERVICE_LIMIT`` (up to 100,000, for benchmarks) bulk-inserted in one
  transaction: the rows and the history events the services would have written working each
  case to its step, built by the same builders (``app.cases.records``) and chained by
  ``app.history.ChainWriter``, without the services' per-action queries. Where fork is at
  hand (Linux) a child process builds the rows while this one inserts them.
"""

from __future__ import annotations

import bisect
import gc
import multiprocessing
import random
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext, suppress
from dataclasses import dataclass, replace
from datetime import date, timedelta
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from operator import itemgetter
from typing import Any, TypeVar

from peewee import DateField, DateTimeField, Model, fn

from app import history, settings
from app.calendar_service import current_calendar
from app.cases import commands, rules
from app.cases import records as case_records
from app.cases.model import ItemInfo, Trigger
from app.cases.read import case_detail
from app.cases.records import EventContent
from app.clock import now_utc, today
from app.documents.catalog import listed
from app.documents.readiness import readiness
from app.documents.store import finalise
from app.history.chain import ChainWriter
from app.history.kinds import EventKind
from app.masterdata import OfficialInput, OpdKop, save_official, save_opd
from app.models import (
    Case,
    InfoItem,
    JSONText,
    Official,
    Opd,
    Participant,
    StepRecord,
    database,
)
from app.permissions import ADMIN, Actor
from app.refdata import current_sop
from app.settings import NOMOR_REGISTER_POLA, TEMPAT_DEFAULT
from app.sop import Step
from app.states import CaseStatus, StepStatus
from app.store.bulk import bound_text, insert_rows
from app.store.engine import on_server
from app.text import format_number
from app.validation import clean_text, parse_iso_date

SERVICE_LIMIT = 200
MAX_CASES = 100_000


class DemoError(Exception):
    pass


@dataclass(frozen=True)
class SampleItem:
    uraian: str
    dokumen: str
    dasar: tuple[str, ...]
    lain: str
    dibuka: str
    ditutup: str
    jangka: tuple[str, str]  # (jenis, peristiwa text or "+days" for a date)


SAMPLE_ITEMS: tuple[SampleItem, ...] = (
    SampleItem(
        "Dokumen hasil Musrenbang kecamatan yang belum ditindaklanjuti",
        "Berita acara Musrenbang",
        ("17.i",),
        "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah",
        "Dapat mengganggu proses penyusunan kebijakan karena usulan belum final.",
        "Mengamankan proses penyusunan kebijakan dan mencegah salah tafsir publik.",
        ("peristiwa", "Sampai ditetapkannya Rencana Kerja Perangkat Daerah"),
    ),
    SampleItem(
        "Biodata elektronik pegawai negeri sipil (basis data kepegawaian)",
        "Aplikasi SIMPEG",
        ("17.h.1", "17.h.2", "17.h.3", "17.h.4", "17.h.5"),
        "Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi",
        "Mengungkap rahasia pribadi pegawai dan membuka peluang penyalahgunaan data.",
        "Melindungi hak atas privasi pegawai yang dijamin undang-undang.",
        ("tidak_terbatas", ""),
    ),
    SampleItem(
        "Rekam medis pasien rawat inap",
        "Berkas rekam medis RSUD",
        ("17.h.2",),
        "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
        "Mengungkap riwayat kesehatan seseorang tanpa persetujuannya.",
        "Melindungi kerahasiaan pasien dan kepercayaan terhadap layanan kesehatan.",
        ("tidak_terbatas", ""),
    ),
    SampleItem(
        "Dokumen penawaran peserta tender sebelum pengumuman pemenang",
        "Dokumen pemilihan penyedia",
        ("17.b",),
        "",
        "Dapat menimbulkan persaingan usaha tidak sehat di antara peserta tender.",
        "Menjaga proses pengadaan tetap adil dan kompetitif.",
        ("peristiwa", "Sampai diumumkannya pemenang tender"),
    ),
    SampleItem(
        "Laporan hasil pemeriksaan khusus yang masih dalam proses tindak lanjut",
        "Laporan Hasil Pemeriksaan Inspektorat",
        ("17.a.1", "17.i"),
        "",
        "Dapat menghambat proses penyelidikan dan tindak lanjut pemeriksaan.",
        "Memastikan proses penegakan hukum berjalan tanpa gangguan.",
        ("tanggal", "+365"),
    ),
    SampleItem(
        "Data kependudukan perseorangan (NIK dan Kartu Keluarga)",
        "Basis data kependudukan",
        ("17.h.1",),
        "Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor "
        "23 Tahun 2006 tentang Administrasi Kependudukan",
        "Membuka peluang penyalahgunaan identitas penduduk.",
        "Melindungi data pribadi penduduk.",
        ("tidak_terbatas", ""),
    ),
    SampleItem(
        "Rencana lokasi pengadaan tanah sebelum penetapan lokasi",
        "Dokumen perencanaan pengadaan tanah",
        ("17.e.4",),
        "",
        "Dapat memicu spekulasi harga tanah dan merugikan keuangan daerah.",
        "Menjaga harga wajar dan kelancaran pengadaan tanah untuk kepentingan umum.",
        ("peristiwa", "Sampai ditetapkannya penetapan lokasi oleh Bupati"),
    ),
    SampleItem(
        "Identitas pelapor pengaduan masyarakat",
        "Register pengaduan",
        ("17.a.2",),
        "",
        "Membahayakan keselamatan pelapor dan menghambat penanganan pengaduan.",
        "Melindungi pelapor sehingga masyarakat berani melapor.",
        ("tanggal", "+730"),
    ),
    SampleItem(
        "Hasil asesmen kompetensi pejabat administrator",
        "Laporan asesmen",
        ("17.h.4",),
        "",
        "Mengungkap penilaian kapabilitas seseorang yang bersifat pribadi.",
        "Melindungi kehormatan dan privasi pejabat yang dinilai.",
        ("tidak_terbatas", ""),
    ),
    SampleItem(
        "Konfigurasi dan kunci sistem persandian pemerintah daerah",
        "Dokumen tata kelola persandian",
        ("17.c.6",),
        "Peraturan Badan Siber dan Sandi Negara tentang persandian pemerintah daerah",
        "Membahayakan keamanan komunikasi pemerintah daerah.",
        "Menjaga kerahasiaan dan keutuhan komunikasi dinas.",
        ("peristiwa", "Sampai sistem persandian tersebut tidak digunakan lagi"),
    ),
)

# Sundanese and Bantenese names, by sex: an official's NIP carries the sex in its 15th digit
# (1 laki-laki, 2 perempuan; app.nip), which must agree with the name.
MALE_FIRST_NAMES = (
    "Ahmad",
    "Iwan",
    "Rudi",
    "Agus",
    "Asep",
    "Hendra",
    "Ujang",
    "Dadang",
    "Wawan",
    "Budi",
    "Hasanudin",
    "Encep",
    "Jajang",
    "Ikhsan",
    "Tubagus Rahmat",
    "Deden",
)
MALE_LAST_NAMES = (
    "Suryana",
    "Hidayat",
    "Maulana",
    "Supriatna",
    "Kurniawan",
    "Sulaeman",
    "Setiawan",
    "Hermawan",
    "Mulyadi",
    "Permana",
    "Wahyudi",
    "Saputra",
)
FEMALE_FIRST_NAMES = (
    "Siti",
    "Euis",
    "Nurhasanah",
    "Tati",
    "Lilis",
    "Neneng",
    "Ratna",
    "Rina",
    "Imas",
    "Fitri",
    "Yeni",
    "Ratu Aisyah",
)
FEMALE_LAST_NAMES = (
    "Rohaeti",
    "Rahmawati",
    "Fauziah",
    "Nurjanah",
    "Susanti",
    "Komalasari",
    "Handayani",
    "Sumiati",
)
NAMES_BY_SEX = {
    "1": (MALE_FIRST_NAMES, MALE_LAST_NAMES),
    "2": (FEMALE_FIRST_NAMES, FEMALE_LAST_NAMES),
}
TITLES_AFTER = (
    "S.Sos.",
    "S.H.",
    "S.E.",
    "S.Kom.",
    "S.IP.",
    "M.Si.",
    "S.H., M.H.",
    "S.T., M.T.",
    "S.Sos., M.Si.",
    "",
)

# Jabatan in full, as a signature block and a list of participants print them.
OFFICIAL_ROLES = (
    (
        "ppid_utama",
        "Kepala Dinas Komunikasi, Informatika, Persandian dan Statistik",
        "IV/c",
        "Diskominfosatik",
    ),
    (
        "ppid_utama",
        "Sekretaris Dinas Komunikasi, Informatika, Persandian dan Statistik",
        "IV/b",
        "Diskominfosatik",
    ),
    (
        "ppid_utama",
        "Kepala Bidang Informasi dan Komunikasi Publik pada Dinas Komunikasi, Informatika, "
        "Persandian dan Statistik",
        "IV/a",
        "Diskominfosatik",
    ),
    ("atasan_ppid", "Sekretaris Daerah Kabupaten Serang", "IV/e", "Setda"),
    ("tim_pertimbangan", "Kepala Bagian Hukum Sekretariat Daerah", "IV/a", "Setda"),
    (
        "tim_pertimbangan",
        "Inspektur Pembantu Wilayah I pada Inspektorat Daerah",
        "IV/a",
        "Inspektorat",
    ),
    ("tim_pertimbangan", "Kepala Bagian Organisasi Sekretariat Daerah", "IV/a", "Setda"),
)


def pembantu_jabatan(opd_nama: str) -> str:
    """The jabatan of an OPD's PPID Pembantu, in full: its secretary (the Sekretaris of a
    dinas or badan, the Sekretaris Kecamatan), a Kepala Bagian where the OPD has no
    secretary of its own."""
    if opd_nama == "Sekretariat Daerah":
        return "Kepala Bagian Protokol dan Komunikasi Pimpinan Sekretariat Daerah"
    if opd_nama.startswith("Sekretariat "):
        return f"Kepala Bagian Umum {opd_nama}"
    if opd_nama.startswith("RSUD "):
        return f"Kepala Bagian Umum dan Kepegawaian {opd_nama}"
    return f"Sekretaris {opd_nama}"


def _nip(rng: random.Random, seq: int, sex: str) -> str:
    """A valid NIP (app.nip) of someone of ``sex`` ("1" laki-laki, "2" perempuan)."""
    birth = date(1968, 1, 1) + timedelta(days=rng.randrange(0, 365 * 22))
    cpns_year = birth.year + rng.randint(23, 30)
    return f"{birth:%Y%m%d}{cpns_year}{rng.randint(1, 12):02d}{sex}{seq % 999 + 1:03d}"


def _make_officials(actor: Actor, rng: random.Random) -> dict[str, list[int]]:
    """The PPID Utama's officials, the Atasan PPID, the Tim Pertimbangan, and a PPID
    Pembantu for every active OPD (by role, in id order)."""
    by_role: dict[str, list[int]] = {}
    used: set[str] = set()

    def person() -> tuple[str, str, str]:
        while True:
            sex = rng.choice("12")
            first, last = NAMES_BY_SEX[sex]
            name = f"{rng.choice(first)} {rng.choice(last)}"
            if name not in used:
                used.add(name)
                return name, rng.choice(TITLES_AFTER), sex

    opds = list(Opd.select().order_by(Opd.id))
    opd_by_short = {o.singkatan: o.id for o in opds if o.singkatan}
    specs = [
        (role, jabatan, gol, opd_by_short.get(short))
        for role, jabatan, gol, short in OFFICIAL_ROLES
    ]
    _give_opd_kops(actor, opds)
    for opd in opds:
        if opd.aktif:
            golongan = "III/d" if opd.nama.startswith("Kecamatan ") else "IV/a"
            specs.append(("ppid_pembantu", pembantu_jabatan(opd.nama), golongan, opd.id))
    for seq, (role, jabatan, golongan, opd_id) in enumerate(specs, start=1):
        name, titles, sex = person()
        official = save_official(
            actor,
            OfficialInput(
                nama=name,
                nip=_nip(rng, seq, sex),
                gelar_belakang=titles,
                golongan=golongan,
                jabatan=jabatan,
                opd_id=opd_id,
                peran=role,
            ),
        ).value
        by_role.setdefault(role, []).append(official.id)
    return by_role


def _give_opd_kops(actor: Actor, opds: list[Opd]) -> None:
    """Each active OPD its own kop (its documents of step 1 are printed on it): a made-up
    address in the Pusat Pemerintahan and a mailbox named after its abbreviation."""
    for n, opd in enumerate((o for o in opds if o.aktif), start=1):
        mailbox = "".join(ch for ch in (opd.singkatan or f"opd{n}").lower() if ch.isalnum())
        save_opd(
            actor,
            opd.nama,
            opd.singkatan,
            opd.aktif,
            opd.id,
            OpdKop(
                kop_alamat=(
                    f"Pusat Pemerintahan Kabupaten Serang, Jalan Veteran Nomor {n}, "
                    "Serang, Banten 42112\n"
                    f"Laman serangkab.go.id, Pos-el {mailbox}@serangkab.go.id"
                )
            ),
        )


def _pembantu_by_opd() -> dict[int, int]:
    """Each OPD's PPID Pembantu (its first official with that role), by OPD id."""
    found: dict[int, int] = {}
    rows = (
        Official.select(Official.id, Official.opd)
        .where((Official.peran == "ppid_pembantu") & Official.opd.is_null(False))
        .order_by(Official.id)
        .tuples()
        .execute()
    )
    for official_id, opd_id in rows:
        found.setdefault(opd_id, official_id)
    return found


def _item_values(sample: SampleItem, start: date) -> dict:
    kind, value = sample.jangka
    values = {
        "uraian": sample.uraian,
        "dokumen_sumber": sample.dokumen,
        "dasar_hukum": list(sample.dasar),
        "dasar_hukum_lain": sample.lain,
        "konsekuensi_dibuka": sample.dibuka,
        "konsekuensi_ditutup": sample.ditutup,
        "jangka_jenis": kind,
        "jangka_peristiwa": value if kind == "peristiwa" else "",
        "jangka_tanggal": start + timedelta(days=int(value[1:])) if kind == "tanggal" else None,
    }
    return values


def _conclusion(rng: random.Random) -> dict:
    pick = rng.random()
    if pick < 0.6:
        return {"kesimpulan": "seluruhnya"}
    if pick < 0.85:
        return {
            "kesimpulan": "sebagian",
            "bagian_dihitamkan": "Nama, NIK dan alamat orang perseorangan",
            "alasan_dihitamkan": "Data pribadi (Pasal 17 huruf h UU 14/2008).",
        }
    return {"kesimpulan": "terbuka", "catatan_uji": "Informasi sudah pernah diumumkan."}


# ------------------------------------------------------------------ what each step is filled with
# Both modes fill a case the same way: the service demo saves these values through the
# commands, the bulk demo builds the rows those commands would write from them.
SEND_BACK_REASON = "Alasan pengecualian butir 1 perlu dilengkapi dasar hukumnya."
MEETING_PLACE = "Ruang Rapat Diskominfosatik, Pusat Pemerintahan Kabupaten Serang"


def _step_item_values(step: Step, item: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """What the step's actor fills in one item (``item``: its stored columns), as the form
    would send it; empty where the step edits no item field the demo fills."""
    values: dict[str, Any] = {}
    if "kesimpulan" in step.item_fields:
        values.update(_conclusion(rng))
    if "klasifikasi_tim" in step.item_fields:
        values.update(
            klasifikasi_tim=item["kesimpulan"] or "seluruhnya",
            bentuk_informasi=rng.choice(["tercetak", "elektronik", "tercetak_elektronik"]),
            pertimbangan_tim="Tim sependapat dengan hasil uji konsekuensi; "
            "kepentingan yang dilindungi lebih besar.",
        )
    if "alasan_pengecualian" in step.item_fields and item["kesimpulan"] != "terbuka":
        values["alasan_pengecualian"] = (
            "Informasi memenuhi unsur pengecualian menurut dasar hukum yang dirujuk dan "
            "akibat pembukaannya lebih besar daripada manfaatnya bagi publik."
        )
    return values


def _step_data(step: Step, on: date, officials: dict[str, list[int]], place: str) -> dict[str, Any]:
    """The step form as the demo fills it: every date is the day the step is completed."""
    data: dict[str, Any] = {key: on for key in step.fields if key.startswith("tanggal_")}
    data.update(
        {
            "tempat_rapat": MEETING_PLACE,
            "perihal_penetapan": "Penetapan Klasifikasi Informasi yang Dikecualikan",
            "tempat_penetapan": place,
            "pejabat_penetap": officials["ppid_utama"][0],
            "penerima_distribusi": "PPID Pembantu perangkat daerah terkait",
            "media_publikasi": "Laman PPID Kabupaten Serang",
        }
    )
    return {k: v for k, v in data.items() if k in step.fields}


def _meeting(officials: dict[str, list[int]], pembantu: int | None) -> list[tuple[int, bool]]:
    """Who sat in a step's meeting (official id, attended): two of the PPID Utama's
    officials, two of the Tim Pertimbangan (one absent) and the PPID Pembantu of the case's
    OPD (``pembantu``; present)."""
    people = officials["ppid_utama"][:2] + officials["tim_pertimbangan"][:2]
    if pembantu is not None:
        people.append(pembantu)
    return [(oid, i != 3) for i, oid in enumerate(people)]


def _new_case(
    rng: random.Random, opd: Opd, samples: list[SampleItem], start: date
) -> commands.NewCase:
    """A case as an OPD would register it: its trigger, reference and title."""
    trigger = rng.choice(list(Trigger))
    ref = {
        "permohonan": f"{rng.randint(10, 250):03d}/PPID/{start.year}",
        "perintah_majelis": f"{rng.randint(1, 90):03d}/KI-BTN/PS/{start.year}",
    }
    return commands.NewCase(
        opd_id=opd.id,
        pemicu=trigger.value,
        judul=(
            f"Pemutakhiran DIK {opd.singkatan or opd.nama} Tahun {start.year}"
            if trigger == Trigger.BEFORE_REQUEST
            else f"Permohonan informasi: {samples[0].uraian[:60].lower()}"
        ),
        tanggal_mulai=start,
        pemicu_rujukan=ref.get(trigger.value, ""),
    )


def _sends_back(target: int, index: int) -> bool:
    """Whether the Atasan returns case ``index`` (running at step ``target``) to step 4:
    one in four of the cases waiting for approval, so the history has returns."""
    return target == 5 and index % 4 == 0


def _actors(officials: dict[str, list[int]]) -> dict[str, Actor]:
    """Each role acts as its first official, by that official's full name."""
    names = {o.id: o.full_name for o in Official.select()}
    return {role: Actor(role, names[ids[0]]) for role, ids in officials.items()}


def _case_actors(actors: dict[str, Actor], opd_id: int) -> dict[str, Actor]:
    """``actors`` for a case of ``opd_id``: its PPID Pembantu is that OPD's own (when the
    OPD has one), who registers the case and works step 1."""
    pembantu = _pembantu_by_opd().get(opd_id)
    if pembantu is None:
        return actors
    name = Official.get_by_id(pembantu).full_name
    return {**actors, "ppid_pembantu": Actor("ppid_pembantu", name)}


def _done_dates(workdays: list[date], start: date, used_days: list[int]) -> list[date]:
    """The days the finished steps were completed: each ``used`` working days after the
    previous one (never past the last day of ``workdays``)."""
    dates, day = [], start
    for used in used_days:
        idx = bisect.bisect_right(workdays, day) + used - 1
        day = workdays[min(idx, len(workdays) - 1)]
        dates.append(day)
    return dates


def _fill_step(
    case_id: int,
    step_no: int,
    actors: dict[str, Actor],
    officials: dict[str, list[int]],
    rng: random.Random,
    on: date,
    pembantu: int | None,
) -> None:
    detail = case_detail(case_id)
    step = detail.sop.step(step_no)
    actor = actors[step.actor]
    for item in detail.items:
        values = _step_item_values(step, item.values(), rng)
        if values:
            commands.save_item(actor, case_id, values, item.id)
    commands.save_step(
        actor, case_id, step_no, _step_data(step, on, officials, settings.value(TEMPAT_DEFAULT))
    )
    if step.participants:
        commands.set_participants(actor, case_id, step_no, _meeting(officials, pembantu))


def _plan(rng: random.Random, sop, target: int) -> tuple[list[int], int]:
    """How a case that has reached step ``target`` (past the last step: finished) got there:
    the working days each finished step took (mostly within its SOP period, now and then over
    it) and how many working days ago the case started. The running step has run so long that
    about one case in five is overdue."""
    used = [max(1, int(s.working_days * rng.uniform(0.3, 1.15))) for s in sop.steps[: target - 1]]
    if target <= len(sop.steps):
        duration = sop.step(target).working_days
        elapsed = (
            rng.randint(duration + 1, duration + 12)
            if rng.random() < 0.2
            else rng.randint(0, max(0, duration - 1))
        )
    else:
        elapsed = rng.randint(0, 400)  # finished cases: any time in the past years
    return used, sum(used) + elapsed


def _working_days_list(start: date, end: date) -> list[date]:
    cal = current_calendar()
    days, day = [], start
    while day <= end:
        if cal.is_working_day(day):
            days.append(day)
        day += timedelta(days=1)
    return days


def _service_demo(
    n: int, rng: random.Random, progress: Callable[[int, int], None], documents: bool = True
) -> int:
    actor_admin = Actor(ADMIN, "Demo")
    officials = _make_officials(actor_admin, rng)
    office = _actors(officials)
    sop = current_sop()
    now = today()
    workdays = _working_days_list(now - timedelta(days=400), now)
    opds = [o for o in Opd.select() if o.singkatan][:20]
    pembantu = _pembantu_by_opd()
    for i in range(n):
        target = 1 + i % (len(sop.steps) + 1)  # 1..6 running, 7 = finished
        opd = opds[i % len(opds)]
        samples = rng.sample(SAMPLE_ITEMS, rng.randint(1, 3))
        used_days, back = _plan(rng, sop, target)
        start = workdays[max(0, len(workdays) - 1 - back)]
        actors = _case_actors(office, opd.id)
        case = commands.create_case(
            actors["ppid_pembantu"], _new_case(rng, opd, samples, start)
        ).case
        for sample in samples:
            commands.save_item(actors["ppid_pembantu"], case.id, _item_values(sample, start))
        done_dates = _done_dates(workdays, start, used_days)
        for step, done_on in zip(sop.steps[: target - 1], done_dates, strict=True):
            _fill_step(case.id, step.number, actors, officials, rng, done_on, pembantu.get(opd.id))
            commands.complete_step(actors[step.actor], case.id, step.number, on=done_on)
        if _sends_back(target, i):  # one of the Atasan's returns, for the history
            commands.send_back(
                actors["atasan_ppid"], case.id, 5, SEND_BACK_REASON, on=done_dates[-1]
            )
        progress(i + 1, n)
    if documents:
        finalise_documents([c.id for c in Case.select(Case.id).order_by(Case.id)], office)
    return n


# ------------------------------------------------------------------ finalised documents
# The date a document carries: that of the event it records (the meeting of a BA or a
# laporan, the Tim's consideration, the penetapan, the distribution), the first of these its
# step holds; never the day it was finalised in Ujikon.
EVENT_DATE_FIELDS = (
    "tanggal_rapat",
    "tanggal_pertimbangan",
    "tanggal_penetapan",
    "tanggal_distribusi",
)
CORRECTED_KIND = "ba_uji"  # the document the demo corrects now and then (versi 2)
CORRECTION_EVERY = 5  # one case in five of those that have it gets it corrected
CORRECTION_REASON = (
    "Jabatan salah satu peserta rapat tertulis keliru pada versi 1; diperbaiki sesuai daftar hadir."
)
CORRECTION_DELAY = timedelta(days=6)  # a correction comes some days after the first version


@dataclass(frozen=True)
class _DocumentJob:
    when: date  # when it is finalised, for the register's order (a correction comes later)
    step: int
    case_id: int
    kind: str
    tanggal: date  # the date it carries
    reason: str = ""


def _document_jobs(case_id: int) -> list[_DocumentJob]:
    """The documents of the case's completed steps that the case needs, each dated by the
    event it records."""
    detail = case_detail(case_id)
    jobs: list[_DocumentJob] = []
    for spec in listed(detail):
        if spec.step is None:  # the deadline proof: dated the day it is printed
            continue
        done = [r for r in detail.steps if r.tahap == spec.step and r.status == StepStatus.DONE]
        if not done or not readiness(detail, spec, {}).applies:
            continue
        rec = done[-1]
        assert rec.tanggal_selesai is not None
        tanggal = (
            next((parse_iso_date(rec.data[k]) for k in EVENT_DATE_FIELDS if rec.data.get(k)), None)
            or rec.tanggal_selesai
        )
        jobs.append(_DocumentJob(tanggal, spec.step, case_id, spec.kind, tanggal))
    return jobs


def finalise_documents(case_ids: list[int], actors: dict[str, Actor]) -> int:
    """Finalise, through the document service as the PPID Utama, every document the given
    cases' completed steps issue, in the order of their dates across all the cases, so the
    register's numbers rise with the dates as in an office. Of the cases with a
    CORRECTED_KIND, the first and every CORRECTION_EVERY-th after it also get a corrected
    version (versi 2, with its reason, a few days later but carrying the same date).
    Returns how many versions were finalised."""
    jobs: list[_DocumentJob] = []
    with_kind = 0
    for case_id in case_ids:
        for job in _document_jobs(case_id):
            jobs.append(job)
            if job.kind == CORRECTED_KIND:
                with_kind += 1
                if with_kind % CORRECTION_EVERY == 1:
                    later = min(job.tanggal + CORRECTION_DELAY, today())
                    jobs.append(replace(job, when=later, reason=CORRECTION_REASON))
    jobs.sort(key=lambda j: (j.when, j.step, j.case_id, j.reason != ""))
    actor = actors["ppid_utama"]
    for job in jobs:
        finalise(actor, job.case_id, job.kind, tanggal=job.tanggal, reason=job.reason)
    return len(jobs)


# ------------------------------------------------------------------ the bulk demo
T = TypeVar("T")
TableRows = tuple[str, list[str], list[list[Any]]]  # table, columns, values per row
# The rows of some cases, by table, and their events (as ``ChainWriter.take`` gives them).
Chunk = tuple[list[tuple[type[Model], list[dict[str, Any]]]], list[tuple[Any, ...]]]


class _Table:
    """Rows of one table, inserted by ``app.store.bulk.insert_rows``: peewee's
    ``insert_many`` spends most of its time building SQL text and converting each value.
    Rows are dicts of field names (as the builders of ``app.cases.records`` return them);
    a missing column gets the field's default. Values are bound as they are (they already
    have the column's Python type, which is all peewee's conversion would check), but for
    JSON columns, which get the text ``JSONText`` stores, and dates and timestamps, which get
    the text sqlite3's adapter would make of them (remembered: a Python call per value is
    a second per million)."""

    def __init__(self, model: type[Model]) -> None:
        self.model = model
        fields = model._meta.sorted_fields
        self._row = itemgetter(*(f.name for f in fields))
        self._defaults = {f.name: f.default() if callable(f.default) else f.default for f in fields}
        self._json = [(i, f) for i, f in enumerate(fields) if isinstance(f, JSONText)]
        # On a server the dates and timestamps are bound as they are (psycopg adapts them).
        self._dates = (
            []
            if on_server()
            else [i for i, f in enumerate(fields) if isinstance(f, DateField | DateTimeField)]
        )
        self._columns = [f.column_name for f in fields]
        self.rows: list[dict[str, Any]] = []
        self._encoded: dict[int, tuple[Any, str]] = {}  # id(value) → it, its JSON text
        self._date_texts: dict[date, str] = {}
        self.next_id = (model.select(fn.MAX(model._meta.primary_key)).scalar() or 0) + 1

    def add(self, row: dict[str, Any]) -> dict[str, Any]:
        """Queue ``row`` with the next id (explicit ids: the rows of a chunk refer to each
        other before any is inserted); returns it, so the caller can still change it."""
        row["id"] = self.next_id
        self.next_id += 1
        self.rows.append(row)
        return row

    def take(self) -> list[dict[str, Any]]:
        """The queued rows; the queue is empty again."""
        rows, self.rows = self.rows, []
        return rows

    def values(self, rows: list[dict[str, Any]]) -> TableRows:
        """``rows`` as ``insert_rows`` takes them: table, columns, the values of each row."""
        defaults, json_fields, date_columns = self._defaults, self._json, self._dates
        date_texts = self._date_texts
        complete = len(defaults)
        params = []
        for row in rows:
            values = list(self._row(row if len(row) == complete else {**defaults, **row}))
            for i, f in json_fields:
                values[i] = self._json_text(f, values[i])
            for i in date_columns:
                value = values[i]
                if value is not None:
                    values[i] = date_texts.get(value) or self._date_text(value)
            params.append(values)
        self._encoded.clear()
        return self.model._meta.table_name, self._columns, params

    def _json_text(self, f: JSONText, value: Any) -> str:
        """What ``f`` stores for ``value``, once per object: the builders share the values
        of equal rows (a step's data, an item's legal basis), which never change later."""
        known = self._encoded.get(id(value))
        if known is None or known[0] is not value:
            known = self._encoded[id(value)] = (value, f.db_value(value))
        return known[1]

    def _date_text(self, value: date) -> Any:
        """The text sqlite3 binds for a date or datetime, remembered."""
        if len(self._date_texts) > 100_000:
            self._date_texts.clear()
        text = self._date_texts[value] = bound_text(value)
        return text


# The stored columns of an item before anything is filled in (as ``ItemInfo.values()``).
BLANK_ITEM = ItemInfo(id=0, urut=0).values()


class _BulkFill:
    """Builds each case as the commands would have written it had the demo actors worked it
    step by step (the same values as ``_fill_step``): its rows and history events, handed
    over in chunks (``take``) to be inserted (``insert``, possibly by another process).
    Mirrors ``_service_demo`` and the commands it calls, call for call; it does not re-check
    what the commands validate (the tests check the result with the rules and by replaying
    cases through the commands)."""

    def __init__(self, rng: random.Random, officials: dict[str, list[int]]) -> None:
        self.rng = rng
        self.officials = officials
        self.office_actors = _actors(officials)
        self.actors = self.office_actors  # those of the case being built (``add_case``)
        self.sop = current_sop()
        self.calendar = current_calendar()
        now = today()
        self.workdays = _working_days_list(now - timedelta(days=3 * 365), now)
        self.opds = [o for o in Opd.select() if o.aktif]
        self.place = settings.value(TEMPAT_DEFAULT)
        self.pattern = settings.value(NOMOR_REGISTER_POLA)
        self.counters: dict[int, int] = {}
        for year, seq in Case.select(Case.tahun, Case.urut).tuples().execute():
            self.counters[year] = max(self.counters.get(year, 0), seq)
        self.tables: dict[type[Model], _Table] = {
            m: _Table(m) for m in (Case, InfoItem, StepRecord, Participant)
        }
        self.stamp = now_utc()
        self.pembantu = _pembantu_by_opd()
        # Each OPD's actors read now, before ``_built_aside`` forks: the child building the
        # cases must not read the database (on a server its copy of the connection would
        # talk over the parent's socket).
        self._opd_actors: dict[int, dict[str, Actor]] = {
            o.id: _case_actors(self.office_actors, o.id) for o in self.opds
        }
        self._opd_meetings: dict[int, list[tuple[int, bool]]] = {}
        # Memos of what the demo's few distinct values give (see the methods using them).
        self._added: dict[tuple, tuple[dict[str, Any], EventContent]] = {}
        self._cleaned_items: dict[tuple, dict[str, Any]] = {}
        self._changes: dict[tuple, EventContent | None] = {}
        self._forms: dict[tuple, tuple[dict[str, Any], EventContent | None]] = {}
        self._meetings: dict[tuple[int, int, int], EventContent] = {}
        self._shared: dict[tuple, Any] = {}
        self._events: dict[tuple, EventContent] = {}
        self._next_steps = {s.number: self.sop.next_step(s.number) for s in self.sop.steps}
        self._no_data: dict[str, Any] = {}  # the data of every step started empty (shared)

    # -- one case ---------------------------------------------------------------------------
    def add_case(self, index: int, chain: ChainWriter) -> None:
        """One case, from its registration to the step it has reached."""
        rng, sop = self.rng, self.sop
        target = rng.randint(1, len(sop.steps) + 1)  # 1..6 running, 7 = finished
        used_days, back = _plan(rng, sop, target)
        start = self.workdays[max(0, len(self.workdays) - 1 - back)]
        opd = rng.choice(self.opds)
        samples = rng.sample(SAMPLE_ITEMS, rng.randint(1, 2))
        self.actors = self._opd_actors.get(opd.id) or self._opd_actors.setdefault(
            opd.id, _case_actors(self.office_actors, opd.id)
        )
        case = self._create(_new_case(rng, opd, samples, start), opd, chain)
        steps = [self._start(case, sop.steps[0], start)]
        items = [
            self._add_item(case, urut, sample, start, chain)
            for urut, sample in enumerate(samples, start=1)
        ]
        case["search_text"] = case_records.search_text(
            case["nomor"],
            case["judul"],
            opd.nama,
            opd.singkatan,
            case["pemicu_rujukan"],
            [t for item in items for t in (item["uraian"], item["dokumen_sumber"])],
        )
        done_dates = _done_dates(self.workdays, start, used_days)
        for step, done_on in zip(sop.steps[: target - 1], done_dates, strict=True):
            self._fill(case, steps[-1], items, step, done_on, chain)
            nxt = self._complete(case, steps[-1], step, done_on, chain)
            if nxt is not None:
                steps.append(nxt)
        if _sends_back(target, index):
            steps.append(self._send_back(case, steps, done_dates[-1], chain))

    def _event(
        self,
        chain: ChainWriter,
        event: EventContent,
        actor: Actor,
        case: dict[str, Any],
        shared: tuple | None = None,
    ) -> None:
        """Record ``event`` as ``actor`` did on ``case``. ``shared`` names all the builder's
        detail depends on: events with equal keys pass one detail object, which the chain
        writer encodes once (JSON is a large part of the time of 1.5 million events)."""
        detail = event.detail
        if shared is not None:
            detail = self._shared.setdefault(shared, detail)
        chain.add(event.kind, event.summary, actor, case["id"], detail, when=self.stamp)

    def _create(self, new: commands.NewCase, opd: Opd, chain: ChainWriter) -> dict[str, Any]:
        """``commands.create_case``: the next register number of the year, the case row."""
        assert new.tanggal_mulai is not None
        year = new.tanggal_mulai.year
        seq = self.counters[year] = self.counters.get(year, 0) + 1
        nomor = case_records.format_register_number(self.pattern, seq, year)
        judul, rujukan = clean_text(new.judul), clean_text(new.pemicu_rujukan)
        case = self.tables[Case].add(
            case_records.new_case(
                seq, nomor, opd, new.pemicu, rujukan, judul, new.tanggal_mulai, self.sop, self.stamp
            )
        )
        self._event(
            chain,
            case_records.case_created(nomor, judul, self.sop.version, new.pemicu),
            self.actors["ppid_pembantu"],
            case,
            ("created", new.pemicu),
        )
        return case

    def _start(
        self,
        case: dict[str, Any],
        step: Step,
        on: date,
        putaran: int = 1,
        data: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """``commands._start_step``: the step's record, and the case on that step."""
        rec = self.tables[StepRecord].add(
            {
                "case": case["id"],
                **case_records.started_step(step, on, self.calendar, putaran, data),
            }
        )
        if not rec["data"]:
            rec["data"] = self._no_data
        case.update(case_records.case_on_step(step, rec["batas_waktu"]))
        return rec

    def _add_item(
        self, case: dict[str, Any], urut: int, sample: SampleItem, start: date, chain: ChainWriter
    ) -> dict[str, Any]:
        """``commands.save_item`` adding an item in step 1."""
        key = (urut, sample, start)
        known = self._added.get(key)
        if known is None:
            cleaned = rules.clean_item_values(_item_values(sample, start), self.sop.steps[0])
            known = self._added[key] = (cleaned, case_records.item_added(urut, cleaned))
        cleaned, event = known
        item = self.tables[InfoItem].add(
            {**BLANK_ITEM, **case_records.new_item(case["id"], urut, cleaned)}
        )
        self._event(chain, event, self.actors["ppid_pembantu"], case)
        return item

    def _fill(
        self,
        case: dict[str, Any],
        rec: dict[str, Any],
        items: list[dict[str, Any]],
        step: Step,
        on: date,
        chain: ChainWriter,
    ) -> None:
        """``_fill_step``: the items, the form and the meeting of ``step``, as the commands
        ``save_item``, ``save_step`` and ``set_participants`` write them."""
        actor = self.actors[step.actor]
        for item in items:
            values = _step_item_values(step, item, self.rng)
            if values:
                self._change_item(case, item, step, values, actor, chain)
        self._save_form(case, rec, step, on, actor, chain)
        if step.participants:
            meeting = self._meeting(case["opd"])
            for row in case_records.participant_rows(case["id"], step.number, meeting):
                self.tables[Participant].add(row)
            self._event(chain, self._meeting_event(step, meeting), actor, case)

    def _meeting(self, opd_id: int) -> list[tuple[int, bool]]:
        """``_meeting`` for a case of ``opd_id``, once per OPD."""
        meeting = self._opd_meetings.get(opd_id)
        if meeting is None:
            meeting = self._opd_meetings[opd_id] = _meeting(
                self.officials, self.pembantu.get(opd_id)
            )
        return meeting

    def _change_item(
        self,
        case: dict[str, Any],
        item: dict[str, Any],
        step: Step,
        values: dict[str, Any],
        actor: Actor,
        chain: ChainWriter,
    ) -> None:
        """``commands.save_item`` changing an item. The demo fills few distinct values, so
        the cleaned values and the event are built once per step, item number, values and
        the item's old values of those columns (all the outcome depends on)."""
        cleaned = self._cleaned_items.get((step.number, *values.items()))
        if cleaned is None:
            cleaned = rules.clean_item_values(values, step)
            self._cleaned_items[(step.number, *values.items())] = cleaned
        key = (step.number, item["urut"], *cleaned.items(), *(item[k] for k in cleaned))
        if key not in self._changes:
            changes = case_records.changed_values(item, cleaned)
            self._changes[key] = (
                case_records.item_changed(item["urut"], step.number, changes) if changes else None
            )
        event = self._changes[key]
        if event is not None:
            item.update(cleaned)
            self._event(chain, event, actor, case)

    def _save_form(
        self,
        case: dict[str, Any],
        rec: dict[str, Any],
        step: Step,
        on: date,
        actor: Actor,
        chain: ChainWriter,
    ) -> None:
        """``commands.save_step`` with ``_step_data``; built once per step, date and the
        record's old data (the merged data is shared: nothing changes it afterwards, a
        send-back copies it)."""
        key = (step.number, on, *rec["data"].items())
        if key not in self._forms:
            cleaned = rules.clean_step_data(_step_data(step, on, self.officials, self.place), step)
            changes = case_records.changed_values(rec["data"], cleaned)
            self._forms[key] = (
                {**rec["data"], **cleaned},
                case_records.step_saved(step.number, changes) if changes else None,
            )
        merged, event = self._forms[key]
        if event is not None:
            rec["data"] = merged
            self._event(chain, event, actor, case)

    def _meeting_event(self, step: Step, meeting: list[tuple[int, bool]]) -> EventContent:
        """``commands.set_participants``'s event for ``meeting``, once per step and counts
        (all it depends on)."""
        key = (step.number, len(meeting), sum(h for _, h in meeting))
        event = self._meetings.get(key)
        if event is None:
            event = self._meetings[key] = case_records.participants_saved(*key)
        return event

    def _complete(
        self, case: dict[str, Any], rec: dict[str, Any], step: Step, on: date, chain: ChainWriter
    ) -> dict[str, Any] | None:
        """``commands.complete_step``; returns the next step's record (None: finished)."""
        actor = self.actors[step.actor]
        rec.update(case_records.step_done(on, actor.name, actor.role, self.stamp))
        due = rec["batas_waktu"]
        self._event(
            chain,
            self._memo(
                ("completed", step.number, on, due),
                lambda: case_records.step_completed(step, on, due),
            ),
            actor,
            case,
        )
        nxt = self._next_steps[step.number]
        if nxt is None:
            case.update(case_records.case_finished(on))
            self._event(chain, case_records.case_closed(case["nomor"]), actor, case)
            return None
        new_rec = self._start(case, nxt, on)
        due = new_rec["batas_waktu"]
        self._event(
            chain,
            self._memo(("started", nxt.number, due), lambda: case_records.step_started(nxt, due)),
            actor,
            case,
        )
        return new_rec

    def _memo(self, key: tuple, build: Callable[[], EventContent]) -> EventContent:
        """The event ``build`` makes, once per ``key`` (all it depends on): the same few
        thousand step dates recur in every chunk, and one shared event is one JSON encoding
        in the chain writer."""
        event = self._events.get(key)
        if event is None:
            event = self._events[key] = build()
        return event

    def _send_back(
        self, case: dict[str, Any], steps: list[dict[str, Any]], on: date, chain: ChainWriter
    ) -> dict[str, Any]:
        """``commands.send_back`` of the running step to the one the SOP names."""
        rec = steps[-1]
        step = self.sop.step(rec["tahap"])
        assert step.send_back_to is not None
        target = self.sop.step(step.send_back_to)
        actor = self.actors["atasan_ppid"]
        rec.update(
            case_records.step_returned(on, actor.name, actor.role, self.stamp, SEND_BACK_REASON)
        )
        earlier = [r for r in steps if r["tahap"] == target.number]
        new_rec = self._start(case, target, on, len(earlier) + 1, dict(earlier[-1]["data"]))
        self._event(chain, case_records.step_sent_back(step, target, SEND_BACK_REASON), actor, case)
        return new_rec

    # -- writing ----------------------------------------------------------------------------
    def take(self, chain: ChainWriter) -> Chunk:
        """The rows of the cases added since the last ``take`` (cases first: the others
        refer to them) and their events, for ``insert``."""
        chunk = [(model, table.take()) for model, table in self.tables.items()], chain.take()
        self.stamp = now_utc()
        return chunk

    def insert(self, chunk: Chunk, chain: ChainWriter) -> None:
        """Insert a chunk's rows, then its events (checked and counted by the chain
        writer). Turning the rows into values is done here, by the inserting process: it
        has the time (see ``_built_aside``)."""
        tables, events = chunk
        for model, rows in tables:
            insert_rows(*self.tables[model].values(rows))
            if on_server() and rows:
                # The rows carry their ids: a server's id sequence does not see them (SQLite's
                # next rowid does), so move it past them for the next row a service adds.
                database.execute_sql(
                    "SELECT setval(pg_get_serial_sequence(?, 'id'), ?)",
                    (f'"{model._meta.table_name}"', max(r["id"] for r in rows)),
                )
        chain.insert(events)


def _demo_officials(rng: random.Random) -> dict[str, list[int]]:
    """The officials by SOP role (in id order), made first when there are none."""
    if not Official.select().exists():
        return _make_officials(Actor(ADMIN, "Demo"), rng)
    by_role: dict[str, list[int]] = {}
    for oid, role in (
        Official.select(Official.id, Official.peran).order_by(Official.id).tuples().execute()
    ):
        by_role.setdefault(role, []).append(oid)
    return by_role


BULK_CHUNK = 1000  # cases per insert: bounded memory, few statements
# Build the rows in a forked process while this one inserts them (see ``_built_aside``).
BUILD_ASIDE = sys.platform.startswith("linux")


def _built_chunks(fill: _BulkFill, chain: ChainWriter, n: int) -> Iterator[tuple[int, Chunk]]:
    """The ``n`` cases, built BULK_CHUNK at a time: (cases built so far, their rows)."""
    for first in range(0, n, BULK_CHUNK):
        last = min(n, first + BULK_CHUNK)
        for index in range(first, last):
            fill.add_case(index, chain)
        yield last, fill.take(chain)


@contextmanager
def _built_aside(items: Iterator[T]) -> Iterator[Iterator[T]]:
    """``items``, computed in a forked child process while the caller uses them: building
    the rows and hashing the events (Python) takes about as long as inserting them (SQLite),
    so on two cores each runs on its own. The child inherits all it needs and never touches
    the database (its copy of the open connection stays unused; it ends with ``os._exit``,
    as multiprocessing children do, so nothing of the parent's is closed or released).
    Without fork (Windows, macOS) or with BUILD_ASIDE off: here, in turn."""
    if not BUILD_ASIDE or "fork" not in multiprocessing.get_all_start_methods():
        yield items
        return
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_send_all, args=(items, sender), daemon=True)
    child.start()
    sender.close()
    try:
        yield _received(receiver, child)
    finally:
        receiver.close()
        if child.is_alive():  # the caller stopped early: nothing more is wanted
            child.kill()
        child.join()


def _received(receiver: Connection, child: BaseProcess) -> Iterator[Any]:
    """The items the child sends, until it says "done"; its error raised here."""
    while True:
        try:
            kind, value = receiver.recv()
        except EOFError:
            child.join(5)
            raise DemoError(
                f"Proses pembuat data demo berhenti tanpa pesan (kode keluar {child.exitcode})."
            ) from None
        if kind == "done":
            return
        if kind == "error":
            raise DemoError(f"Pembuatan data demo gagal:\n{value}")
        yield value


def _send_all(items: Iterator[Any], sender: Connection) -> None:
    """In the child: send each item, then "done" (or the error that stopped it)."""
    try:
        for item in items:
            sender.send(("item", item))
        sender.send(("done", None))
    except Exception:  # the parent raises it; nothing else can show it
        with suppress(OSError):
            sender.send(("error", traceback.format_exc()))
    finally:
        sender.close()


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while the bulk demo runs: it makes some 50 million
    short-lived dicts and tuples (no cycles: reference counting frees them), and the
    collector's passes over them cost about a sixth of the time."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@contextmanager
def _rollback_journal() -> Iterator[None]:
    """A rollback journal instead of the WAL while the bulk demo fills a new file (about
    1 GB for 100,000 cases): pages appended to a database need no journal, so each is written
    once, where the WAL writes everything twice (into the WAL, then the checkpoint copies it
    back). Crash-safe all the same; the file is in its former mode (WAL) again afterwards.
    Outside any transaction: SQLite changes the journal mode only there. A server has no
    journal mode of a database: nothing to change there."""
    if on_server():
        yield
        return
    mode = database.execute_sql("PRAGMA journal_mode").fetchone()[0]
    database.execute_sql("PRAGMA journal_mode = delete")
    try:
        yield
    finally:
        database.execute_sql(f"PRAGMA journal_mode = {mode}")


# The bulk demo finalises the documents of a few cases only, through the document service
# like the small demo: a document takes 50–100 ms to render, so the some 400,000 documents of
# 100,000 cases would take hours. One case of each state past step 1 (steps 2–6 running,
# finished: six cases, some 30 documents, about 3 s on top of the 25–40 s of the rows) gives
# a benchmark database every document type, real register numbers and a correction.
BULK_DOCUMENT_CASES = 1


def _bulk_document_cases() -> list[int]:
    """The first BULK_DOCUMENT_CASES cases of each state (step running, finished) that has
    completed steps, in id order."""
    picked: dict[tuple[str, int], list[int]] = {}
    rows = Case.select(Case.id, Case.status, Case.tahap).order_by(Case.id).tuples()
    for case_id, status, tahap in rows.iterator():
        if status == CaseStatus.RUNNING and tahap <= 1:
            continue
        ids = picked.setdefault((status, tahap), [])
        if len(ids) < BULK_DOCUMENT_CASES:
            ids.append(case_id)
    return sorted(i for ids in picked.values() for i in ids)


def _bulk_demo(
    n: int, rng: random.Random, progress: Callable[[int, int], None], documents: bool = True
) -> int:
    """Insert ``n`` cases directly (benchmarks): the rows and the history the services would
    have written working each case to its step, built by the same builders, chained in bulk;
    then the documents of a few of them (``_bulk_document_cases``) through the services."""
    fill = _BulkFill(rng, _demo_officials(rng))
    with (
        _collector_paused(),
        ChainWriter() as chain,
        _built_aside(_built_chunks(fill, chain, n)) as chunks,
    ):
        for done, chunk in chunks:
            fill.insert(chunk, chain)
            progress(done, n)
    if documents:
        finalise_documents(_bulk_document_cases(), fill.office_actors)
    return n


DEMO_PASSWORD = "demo-ujikon"
DEMO_ACCOUNTS = (  # username, full name, roles ("ppid_pembantu" = every OPD of the demo)
    ("admin", "Administrator Demo", ("ppid_utama", "admin")),
    ("utama", "Euis Setiawan", ("ppid_utama",)),
    ("pembantu", "Hendra Kurniawan", ("ppid_pembantu",)),
    ("tim", "Asep Mulyadi", ("tim_pertimbangan",)),
    ("atasan", "Eka Wahyudi", ("atasan_ppid",)),
)


def _make_demo_accounts() -> None:
    """One account per role, all with DEMO_PASSWORD, so a new user can look around at once.
    Only into a database without accounts (a demo database is never a real one)."""
    from app.accounts import RoleGrant, hash_password
    from app.models import User, UserRole

    if User.select().exists():
        return
    password_hash = hash_password(DEMO_PASSWORD)
    opds = [o.id for o in Opd.select(Opd.id)]
    for username, name, roles in DEMO_ACCOUNTS:
        user = User.create(
            username=username, nama_lengkap=name, password_hash=password_hash, created_at=now_utc()
        )
        grants = (
            [RoleGrant("ppid_pembantu", o) for o in opds]
            if roles == ("ppid_pembantu",)
            else [RoleGrant(r) for r in roles]
        )
        for g in grants:
            UserRole.create(user=user, peran=g.role, opd=g.opd_id)
        history.record(  # every account is explained by the event that made it (check)
            EventKind.USER_CREATED,
            f"Akun contoh {username} ({name}) dibuat",
            detail={"pengguna": username, "peran": sorted({g.role for g in grants})},
        )


def fill_demo(
    cases: int = 36,
    seed: int = 2026,
    progress: Callable[[int, int], None] = lambda done, total: None,
    documents: bool = True,
) -> int:
    """Fill an empty database with ``cases`` demo cases. Refuses a database that has cases.
    With ``documents``, the cases past a step carry that step's finalised documents (in the
    bulk demo, a few cases only: see ``_bulk_document_cases``)."""
    if not 1 <= cases <= MAX_CASES:
        raise DemoError(f"Jumlah kasus harus 1 sampai {format_number(MAX_CASES)}.")
    if Case.select().exists():
        raise DemoError(
            "Basis data ini sudah berisi kasus; data demo hanya diisikan ke basis "
            "data kosong. Pakai --db dengan berkas baru."
        )
    rng = random.Random(seed)
    with _rollback_journal() if cases > SERVICE_LIMIT else nullcontext(), database.atomic():
        _make_demo_accounts()
        if cases <= SERVICE_LIMIT:
            return _service_demo(cases, rng, progress, documents)
        made = _bulk_demo(cases, rng, progress, documents)
    if on_server():
        # The planner's statistics of the tables just filled (autovacuum takes its time):
        # without them the case list's first queries read whole tables.
        database.execute_sql("ANALYZE")
    return made
