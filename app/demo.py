"""Demo data: realistic cases across Serang's OPDs at every step, some overdue.

Two modes:
- a few dozen cases (the default) worked through the real services, so their history, due
  dates and documents look exactly like real use;
- ``cases`` above ``SERVICE_LIMIT`` (up to 100,000, for benchmarks) bulk-inserted in one
  transaction with the same shapes, skipping per-action history.
"""

from __future__ import annotations

import bisect
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from app import settings
from app.calendar_service import current_calendar
from app.cases import commands
from app.cases import records as case_records
from app.cases.model import Trigger
from app.cases.read import case_detail
from app.clock import now_utc, today
from app.masterdata import OfficialInput, save_official
from app.models import Case, InfoItem, Official, Opd, StepRecord, database
from app.permissions import ADMIN, Actor
from app.refdata import current_sop
from app.settings import NOMOR_REGISTER_POLA, TEMPAT_DEFAULT
from app.text import format_number

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
    SampleItem("Dokumen hasil Musrenbang kecamatan yang belum ditindaklanjuti",
               "Berita acara Musrenbang", ("17.i",),
               "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah",
               "Dapat mengganggu proses penyusunan kebijakan karena usulan belum final.",
               "Mengamankan proses penyusunan kebijakan dan mencegah salah tafsir publik.",
               ("peristiwa", "Sampai ditetapkannya Rencana Kerja Perangkat Daerah")),
    SampleItem("Biodata elektronik pegawai negeri sipil (basis data kepegawaian)",
               "Aplikasi SIMPEG", ("17.h.1", "17.h.2", "17.h.3", "17.h.4", "17.h.5"),
               "Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi",
               "Mengungkap rahasia pribadi pegawai dan membuka peluang penyalahgunaan data.",
               "Melindungi hak atas privasi pegawai yang dijamin undang-undang.",
               ("tidak_terbatas", "")),
    SampleItem("Rekam medis pasien rawat inap", "Berkas rekam medis RSUD", ("17.h.2",),
               "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
               "Mengungkap riwayat kesehatan seseorang tanpa persetujuannya.",
               "Melindungi kerahasiaan pasien dan kepercayaan terhadap layanan kesehatan.",
               ("tidak_terbatas", "")),
    SampleItem("Dokumen penawaran peserta tender sebelum pengumuman pemenang",
               "Dokumen pemilihan penyedia", ("17.b",), "",
               "Dapat menimbulkan persaingan usaha tidak sehat di antara peserta tender.",
               "Menjaga proses pengadaan tetap adil dan kompetitif.",
               ("peristiwa", "Sampai diumumkannya pemenang tender")),
    SampleItem("Laporan hasil pemeriksaan khusus yang masih dalam proses tindak lanjut",
               "Laporan Hasil Pemeriksaan Inspektorat", ("17.a.1", "17.i"), "",
               "Dapat menghambat proses penyelidikan dan tindak lanjut pemeriksaan.",
               "Memastikan proses penegakan hukum berjalan tanpa gangguan.",
               ("tanggal", "+365")),
    SampleItem("Data kependudukan perseorangan (NIK dan Kartu Keluarga)",
               "Basis data kependudukan", ("17.h.1",),
               "Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor "
               "23 Tahun 2006 tentang Administrasi Kependudukan",
               "Membuka peluang penyalahgunaan identitas penduduk.",
               "Melindungi data pribadi penduduk.", ("tidak_terbatas", "")),
    SampleItem("Rencana lokasi pengadaan tanah sebelum penetapan lokasi",
               "Dokumen perencanaan pengadaan tanah", ("17.e.4",), "",
               "Dapat memicu spekulasi harga tanah dan merugikan keuangan daerah.",
               "Menjaga harga wajar dan kelancaran pengadaan tanah untuk kepentingan umum.",
               ("peristiwa", "Sampai ditetapkannya penetapan lokasi oleh Bupati")),
    SampleItem("Identitas pelapor pengaduan masyarakat", "Register pengaduan",
               ("17.a.2",), "",
               "Membahayakan keselamatan pelapor dan menghambat penanganan pengaduan.",
               "Melindungi pelapor sehingga masyarakat berani melapor.",
               ("tanggal", "+730")),
    SampleItem("Hasil asesmen kompetensi pejabat administrator", "Laporan asesmen",
               ("17.h.4",), "",
               "Mengungkap penilaian kapabilitas seseorang yang bersifat pribadi.",
               "Melindungi kehormatan dan privasi pejabat yang dinilai.",
               ("tidak_terbatas", "")),
    SampleItem("Konfigurasi dan kunci sistem persandian pemerintah daerah",
               "Dokumen tata kelola persandian", ("17.c.6",),
               "Peraturan Badan Siber dan Sandi Negara tentang persandian pemerintah daerah",
               "Membahayakan keamanan komunikasi pemerintah daerah.",
               "Menjaga kerahasiaan dan keutuhan komunikasi dinas.",
               ("peristiwa", "Sampai sistem persandian tersebut tidak digunakan lagi")),
)

FIRST_NAMES = ("Ahmad", "Siti", "Dede", "Euis", "Iwan", "Nurhasanah", "Rudi", "Yayan", "Tati",
               "Agus", "Lilis", "Asep", "Neneng", "Hendra", "Ratna", "Ujang", "Rina", "Dadang",
               "Wawan", "Imas", "Budi", "Eka", "Fitri", "Hasanudin")
LAST_NAMES = ("Suryana", "Rohaeti", "Hidayat", "Maulana", "Rahmawati", "Supriatna",
              "Kurniawan", "Fauziah", "Sulaeman", "Nurjanah", "Setiawan", "Hermawan",
              "Mulyadi", "Susanti", "Permana", "Wahyudi")
TITLES_AFTER = ("S.Sos.", "S.H.", "S.E.", "S.Kom.", "S.IP.", "M.Si.", "S.H., M.H.",
                "S.T., M.T.", "S.Sos., M.Si.", "")

OFFICIAL_ROLES = (
    ("ppid_utama", "Kepala Dinas Komunikasi, Informatika, Persandian dan Statistik", "IV/c",
     "Diskominfosatik"),
    ("ppid_utama", "Sekretaris Dinas Komunikasi, Informatika, Persandian dan Statistik", "IV/b",
     "Diskominfosatik"),
    ("ppid_utama", "Kepala Bidang Informasi dan Komunikasi Publik", "IV/a", "Diskominfosatik"),
    ("atasan_ppid", "Sekretaris Daerah", "IV/e", "Setda"),
    ("tim_pertimbangan", "Kepala Bagian Hukum Sekretariat Daerah", "IV/a", "Setda"),
    ("tim_pertimbangan", "Inspektur Pembantu Wilayah I", "IV/a", "Inspektorat"),
    ("tim_pertimbangan", "Kepala Bagian Organisasi Sekretariat Daerah", "IV/a", "Setda"),
)


def _nip(rng: random.Random, seq: int) -> str:
    birth = date(1968, 1, 1) + timedelta(days=rng.randrange(0, 365 * 22))
    cpns_year = birth.year + rng.randint(23, 30)
    sex = rng.choice("12")
    return f"{birth:%Y%m%d}{cpns_year}{rng.randint(1, 12):02d}{sex}{seq % 999 + 1:03d}"


def _make_officials(actor: Actor, rng: random.Random) -> dict[str, list[int]]:
    opd_by_short = {o.singkatan: o.id for o in Opd.select()}
    by_role: dict[str, list[int]] = {}
    used: set[str] = set()

    def person() -> tuple[str, str]:
        while True:
            name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
            if name not in used:
                used.add(name)
                return name, rng.choice(TITLES_AFTER)

    seq = 0
    specs = list(OFFICIAL_ROLES)
    for short in ("Dinkes", "Disdukcapil", "BKPSDM", "DPUPR", "Inspektorat", "Bappeda",
                  "Dindikbud", "DPMPTSP"):
        specs.append(("ppid_pembantu", f"Sekretaris {short}", "IV/a", short))
    for role, jabatan, golongan, short in specs:
        seq += 1
        name, titles = person()
        official = save_official(actor, OfficialInput(
            nama=name, nip=_nip(rng, seq), gelar_belakang=titles, golongan=golongan,
            jabatan=jabatan, opd_id=opd_by_short.get(short), peran=role)).value
        by_role.setdefault(role, []).append(official.id)
    return by_role


def _item_values(sample: SampleItem, start: date) -> dict:
    kind, value = sample.jangka
    values = {
        "uraian": sample.uraian, "dokumen_sumber": sample.dokumen,
        "dasar_hukum": list(sample.dasar), "dasar_hukum_lain": sample.lain,
        "konsekuensi_dibuka": sample.dibuka, "konsekuensi_ditutup": sample.ditutup,
        "jangka_jenis": kind, "jangka_peristiwa": value if kind == "peristiwa" else "",
        "jangka_tanggal": start + timedelta(days=int(value[1:])) if kind == "tanggal" else None,
    }
    return values


def _conclusion(rng: random.Random) -> dict:
    pick = rng.random()
    if pick < 0.6:
        return {"kesimpulan": "seluruhnya"}
    if pick < 0.85:
        return {"kesimpulan": "sebagian",
                "bagian_dihitamkan": "Nama, NIK dan alamat orang perseorangan",
                "alasan_dihitamkan": "Data pribadi (Pasal 17 huruf h UU 14/2008)."}
    return {"kesimpulan": "terbuka", "catatan_uji": "Informasi sudah pernah diumumkan."}


def _fill_step(case_id: int, step_no: int, actors: dict[str, Actor],
               officials: dict[str, list[int]], rng: random.Random, on: date) -> None:
    detail = case_detail(case_id)
    step = detail.sop.step(step_no)
    actor = actors[step.actor]
    for item in detail.items:
        values: dict = {}
        if "kesimpulan" in step.item_fields:
            values.update(_conclusion(rng))
        if "klasifikasi_tim" in step.item_fields:
            values.update(klasifikasi_tim=item.kesimpulan or "seluruhnya",
                          bentuk_informasi=rng.choice(["tercetak", "elektronik",
                                                       "tercetak_elektronik"]),
                          pertimbangan_tim="Tim sependapat dengan hasil uji konsekuensi; "
                                           "kepentingan yang dilindungi lebih besar.")
        if "alasan_pengecualian" in step.item_fields and item.kesimpulan != "terbuka":
            values["alasan_pengecualian"] = (
                "Informasi memenuhi unsur pengecualian menurut dasar hukum yang dirujuk dan "
                "akibat pembukaannya lebih besar daripada manfaatnya bagi publik.")
        if values:
            commands.save_item(actor, case_id, values, item.id)
    data: dict = {}
    for key in step.fields:
        if key.startswith("tanggal_"):
            data[key] = on
    data.update({
        "tempat_rapat": "Ruang Rapat Diskominfosatik, Pusat Pemerintahan Kabupaten Serang",
        "perihal_penetapan": "Penetapan Klasifikasi Informasi yang Dikecualikan",
        "tempat_penetapan": settings.value(TEMPAT_DEFAULT),
        "pejabat_penetap": officials["ppid_utama"][0],
        "penerima_distribusi": "PPID Pembantu perangkat daerah terkait",
        "media_publikasi": "Laman PPID Kabupaten Serang",
    })
    commands.save_step(actor, case_id, step_no,
                       {k: v for k, v in data.items() if k in step.fields})
    if step.participants:
        people = officials["ppid_utama"][:2] + officials["tim_pertimbangan"][:2] + \
            officials["ppid_pembantu"][:1]
        commands.set_participants(actor, case_id, step_no,
                                  [(oid, i != 3) for i, oid in enumerate(people)])


def _plan(rng: random.Random, sop, target: int) -> tuple[list[int], int]:
    """How a case that has reached step ``target`` (past the last step: finished) got there:
    the working days each finished step took (mostly within its SOP period, now and then over
    it) and how many working days ago the case started. The running step has run so long that
    about one case in five is overdue."""
    used = [max(1, int(s.working_days * rng.uniform(0.3, 1.15))) for s in sop.steps[:target - 1]]
    if target <= len(sop.steps):
        duration = sop.step(target).working_days
        elapsed = (rng.randint(duration + 1, duration + 12) if rng.random() < 0.2
                   else rng.randint(0, max(0, duration - 1)))
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


def _service_demo(n: int, rng: random.Random, progress: Callable[[int, int], None]) -> int:
    actor_admin = Actor(ADMIN, "Demo")
    officials = _make_officials(actor_admin, rng)
    names = {o.id: o.full_name for o in Official.select()}
    actors = {role: Actor(role, names[ids[0]]) for role, ids in officials.items()}
    sop = current_sop()
    now = today()
    workdays = _working_days_list(now - timedelta(days=400), now)
    opds = [o for o in Opd.select() if o.singkatan][:20]
    for i in range(n):
        target = 1 + i % (len(sop.steps) + 1)  # 1..6 running, 7 = finished
        opd = opds[i % len(opds)]
        samples = rng.sample(SAMPLE_ITEMS, rng.randint(1, 3))
        used_days, back = _plan(rng, sop, target)
        start = workdays[max(0, len(workdays) - 1 - back)]
        trigger = rng.choice(list(Trigger))
        ref = {"permohonan": f"{rng.randint(10, 250):03d}/PPID/{start.year}",
               "perintah_majelis": f"{rng.randint(1, 90):03d}/KI-BTN/PS/{start.year}"}
        case = commands.create_case(actors["ppid_pembantu"], commands.NewCase(
            opd_id=opd.id, pemicu=trigger.value,
            judul=(f"Pemutakhiran DIK {opd.singkatan} Tahun {start.year}"
                   if trigger == Trigger.BEFORE_REQUEST
                   else f"Permohonan informasi: {samples[0].uraian[:60].lower()}"),
            tanggal_mulai=start, pemicu_rujukan=ref.get(trigger.value, ""))).case
        for sample in samples:
            commands.save_item(actors["ppid_pembantu"], case.id, _item_values(sample, start))
        day = start
        for step, used in zip(sop.steps[:target - 1], used_days, strict=True):
            idx = bisect.bisect_right(workdays, day) + used - 1
            done_on = workdays[min(idx, len(workdays) - 1)]
            _fill_step(case.id, step.number, actors, officials, rng, done_on)
            commands.complete_step(actors[step.actor], case.id, step.number, on=done_on)
            day = done_on
        if target == 5 and i % 4 == 0:  # one of the Atasan's returns, for the history
            commands.send_back(actors["atasan_ppid"], case.id, 5,
                               "Alasan pengecualian butir 1 perlu dilengkapi dasar hukumnya.",
                               on=day)
        progress(i + 1, n)
    return n


# Columns a bulk-inserted item leaves at their defaults (executemany needs every column).
BLANK_ITEM_COLUMNS = {k: "" for k in ("kesimpulan", "bagian_dihitamkan", "alasan_dihitamkan",
                                      "catatan_uji", "klasifikasi_tim", "bentuk_informasi",
                                      "pertimbangan_tim", "alasan_pengecualian")}


def _bulk_insert(model: type, rows: list[dict]) -> None:
    """``executemany`` with one prepared statement: peewee's ``insert_many`` spends most of
    its time building SQL text, which for 100,000 cases is most of the run."""
    if not rows:
        return
    fields = [model._meta.fields[name] for name in rows[0]]
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    marks = ", ".join("?" for _ in fields)
    sql = f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({marks})'
    values = [tuple(f.db_value(row[f.name]) for f in fields) for row in rows]
    database.cursor().executemany(sql, values)


def _bulk_demo(n: int, rng: random.Random, progress: Callable[[int, int], None]) -> int:
    """Insert ``n`` cases directly (benchmarks). Same shapes, no per-action history."""
    sop = current_sop()
    cal = current_calendar()
    basis = cal.basis
    now = today()
    workdays = _working_days_list(now - timedelta(days=3 * 365), now + timedelta(days=365))
    today_index = bisect.bisect_right(workdays, now) - 1
    opds = [o for o in Opd.select()]
    stamp = now_utc()
    counters: dict[int, int] = {}
    for row in Case.select(Case.tahun, Case.urut).tuples():
        counters[row[0]] = max(counters.get(row[0], 0), row[1])
    pattern = settings.value(NOMOR_REGISTER_POLA)
    chunk = 500
    done = 0
    while done < n:
        size = min(chunk, n - done)
        cases, plans = [], []
        for _ in range(size):
            target = rng.randint(1, len(sop.steps) + 1)
            used_days, back = _plan(rng, sop, target)
            start = workdays[max(0, today_index - back)]
            year = start.year
            counters[year] = counters.get(year, 0) + 1
            opd = rng.choice(opds)
            samples = rng.sample(SAMPLE_ITEMS, rng.randint(1, 2))
            judul = f"Uji konsekuensi {samples[0].uraian[:50].lower()}"
            nomor = case_records.format_register_number(pattern, counters[year], year)
            records, day = [], start
            for step in sop.steps:
                idx = bisect.bisect_right(workdays, day)
                due = workdays[idx + step.working_days - 1]
                if step.number >= target:
                    records.append((step, day, due, None))  # the running step
                    break
                done_on = workdays[idx + used_days[step.number - 1] - 1]
                records.append((step, day, due, done_on))
                day = done_on
            finished = records[-1][3] is not None
            current = records[-1]
            cases.append({
                "nomor": nomor, "tahun": year, "urut": counters[year], "opd": opd.id,
                "pemicu": "sebelum_permohonan", "pemicu_rujukan": "", "judul": judul,
                "tanggal_mulai": start, "sop_version": sop.version,
                "status": "selesai" if finished else "berjalan", "tahap": current[0].number,
                "pelaksana": current[0].actor, "batas_waktu": None if finished else current[2],
                "tanggal_selesai": current[3] if finished else None,
                "search_text": case_records.search_text(
                    nomor, judul, opd.nama, opd.singkatan, "",
                    [t for s in samples for t in (s.uraian, s.dokumen)]),
                "created_at": stamp, "updated_at": stamp,
            })
            plans.append((records, samples, start))
        _bulk_insert(Case, cases)
        ids = {r[0]: r[1] for r in Case.select(Case.nomor, Case.id)
               .where(Case.nomor.in_([c["nomor"] for c in cases])).tuples()}
        steps_rows, item_rows = [], []
        for c, (records, samples, start) in zip(cases, plans, strict=True):
            cid = ids[c["nomor"]]
            for step, begun, due, done_on in records:
                steps_rows.append({
                    "case": cid, "tahap": step.number, "putaran": 1,
                    "status": "selesai" if done_on else "berjalan", "tanggal_mulai": begun,
                    "hari_kerja": step.working_days, "batas_waktu": due,
                    "dasar_kalender": basis, "data": {}, "tanggal_selesai": done_on,
                    "selesai_oleh": "", "selesai_peran": "", "selesai_pada": None,
                    "alasan_kembali": "",
                })
            for k, sample in enumerate(samples, start=1):
                item_rows.append({"case": cid, "urut": k, **_item_values(sample, start),
                                  **BLANK_ITEM_COLUMNS})
        _bulk_insert(StepRecord, steps_rows)
        _bulk_insert(InfoItem, item_rows)
        done += size
        progress(done, n)
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
        user = User.create(username=username, nama_lengkap=name, password_hash=password_hash,
                           created_at=now_utc())
        grants = [RoleGrant("ppid_pembantu", o) for o in opds] if roles == ("ppid_pembantu",) \
            else [RoleGrant(r) for r in roles]
        for g in grants:
            UserRole.create(user=user, peran=g.role, opd=g.opd_id)


def fill_demo(cases: int = 36, seed: int = 2026,
              progress: Callable[[int, int], None] = lambda done, total: None) -> int:
    """Fill an empty database with ``cases`` demo cases. Refuses a database that has cases."""
    if not 1 <= cases <= MAX_CASES:
        raise DemoError(f"Jumlah kasus harus 1 sampai {format_number(MAX_CASES)}.")
    if Case.select().exists():
        raise DemoError("Basis data ini sudah berisi kasus; data demo hanya diisikan ke basis "
                        "data kosong. Pakai --db dengan berkas baru.")
    rng = random.Random(seed)
    with database.atomic():
        _make_demo_accounts()
        if cases <= SERVICE_LIMIT:
            return _service_demo(cases, rng, progress)
        if not Official.select().exists():
            _make_officials(Actor(ADMIN, "Demo"), rng)
        return _bulk_demo(cases, rng, progress)
