import os, sys, pathlib

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# One office key for the test session, never the real one of this user (app.signing.keyfile);
# subprocesses the tests start inherit it.
os.environ.setdefault("UJIKON_KUNCI", __import__("tempfile").mkdtemp(prefix="ujikon-kunci-"))
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
# ruff: noqa: E401, E402, I001 (the three lines above must come first; the Qt tests need them)

# Shared fixtures of the domain tests: a fresh database, a pinned today, actors, officials,
# and helpers that create a case and drive it through the SOP steps.

import socket
from datetime import date
from types import SimpleNamespace

import pytest

from app import clock, refdata, store
from app.cases import commands
from app.cases.read import case_detail, get_case
from app.masterdata import OfficialInput, OpdKop, save_official, save_opd
from app.models import Opd, Setting, database
from app.permissions import Actor

PINNED_TODAY = date(2026, 11, 25)  # a Wednesday
VALID_NIP = "197007061990031002"

# A complete step-1 item (every required field of tahap 1 in sop-2020.toml).
STEP1_ITEM = {
    "uraian": "Rekam medis pasien rawat inap",
    "dokumen_sumber": "Berkas rekam medis RSUD",
    "dasar_hukum": ["17.h.2"],
    "dasar_hukum_lain": "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
    "konsekuensi_dibuka": "Mengungkap riwayat kesehatan seseorang tanpa persetujuannya.",
    "konsekuensi_ditutup": "Melindungi kerahasiaan pasien.",
    "jangka_jenis": "tidak_terbatas",
}


# ----------------------------------------------------------------------------- engines
# The domain suite runs on SQLite (the default) and, with ``--engine postgresql``, on a
# throw-away PostgreSQL cluster (tests/pg_cluster.py): every database a test opens by a file
# path is then a database of its own on that server (the same path, the same database), so
# the same tests check the same rules on both engines. A test about the file itself (its
# lock, WAL, the sqlite3 tool, copying the file) is marked ``sqlite_only``; a module the
# server does not pass yet would be listed in ``NOT_YET_ON_SERVER`` (none is: the backup,
# restore and yearly-archive modules run on both, their tests of the file itself marked).
ENGINES = ("sqlite", "postgresql")
NOT_YET_ON_SERVER: frozenset[str] = frozenset()


def pytest_addoption(parser):
    parser.addoption(
        "--engine",
        choices=ENGINES,
        default=os.environ.get("UJIKON_TEST_ENGINE", "sqlite"),
        help="the engine the domain tests run on (postgresql: a throw-away local cluster)",
    )


def pytest_configure(config):
    config.addinivalue_line("markers", "sqlite_only: a test of the SQLite file itself")
    config.addinivalue_line("markers", "server_only: a test of the PostgreSQL server itself")


def pytest_collection_modifyitems(config, items):
    on_server = config.getoption("--engine") == "postgresql"
    skip = pytest.mark.skip(reason="about the SQLite file itself")
    skip_server = pytest.mark.skip(reason="needs --engine postgresql")
    kept = []
    for item in items:
        module = pathlib.Path(str(item.fspath)).name
        if on_server and (module in NOT_YET_ON_SERVER or "/ui/" in str(item.fspath)):
            continue  # deselected: the server run is the domain suite
        if on_server and item.get_closest_marker("sqlite_only"):
            item.add_marker(skip)
        if not on_server and item.get_closest_marker("server_only"):
            item.add_marker(skip_server)
        kept.append(item)
    items[:] = kept


@pytest.fixture(scope="session")
def engine(request):
    return request.config.getoption("--engine")


@pytest.fixture(scope="session")
def pg_cluster(request):
    """The session's PostgreSQL cluster (started on first use). Without PostgreSQL the
    server tests skip, except under CI=true, where that is an error."""
    from tests import pg_cluster as pg

    bin_dir = pg.binaries()
    if bin_dir is None:
        if os.environ.get("CI") == "true":
            pytest.fail("PostgreSQL is not installed: the server run cannot be skipped in CI")
        pytest.skip("PostgreSQL is not installed (initdb not found)")
    cluster = pg.Cluster(bin_dir)
    cluster.start()
    try:
        # The template holds the schema and the reference data but no office key and no
        # seals, as a new file before its first open: each test's database then adopts the
        # office key that test's PC has when it is first opened (a test may have its own).
        template = cluster.new_database(empty=True)
        from app.models import database as proxy
        from app.store.migrations import migrate_schema
        from app.store.server import server_database

        db = server_database(template)
        proxy.initialize(db)
        db.connect()
        migrate_schema(db)
        refdata.ensure_reference_data()
        db.close()
        proxy.initialize(None)
        cluster.template = template.split("/")[3].split("?")[0]
        cluster.admin(f'ALTER DATABASE "{cluster.template}" WITH IS_TEMPLATE true')
        yield cluster
    finally:
        store.close_database()
        cluster.stop()


@pytest.fixture(scope="session", autouse=True)
def server_databases(request, engine):
    """Under ``--engine postgresql``, for the whole session (module-scoped fixtures too): a
    database path a test opens is a database on the cluster, the same path the same one.
    Yields the path → URL map (``drop_test_databases`` empties it test by test)."""
    if engine != "postgresql":
        yield None
        return
    cluster = request.getfixturevalue("pg_cluster")
    real_open = store.open_database
    urls: dict[str, str] = {}

    def open_on_server(path, *args, **kwargs):
        from app.location import is_server

        if is_server(path):
            return real_open(path, *args, **kwargs)
        key = str(pathlib.Path(path).resolve())
        if key in REAL_FILES:
            return real_open(path, *args, **kwargs)
        if key not in urls:
            urls[key] = cluster.new_database()
        return real_open(urls[key], *args, **kwargs)

    real_reading = store.open_for_reading

    def read_on_server(path, *args, **kwargs):
        from app.location import is_server

        key = str(pathlib.Path(path).resolve()) if not is_server(path) else ""
        if key and key not in REAL_FILES and key in urls:
            return real_reading(urls[key], *args, **kwargs)
        return real_reading(path, *args, **kwargs)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(store, "open_database", open_on_server)
        mp.setattr(store, "open_for_reading", read_on_server)
        _SERVER_URLS.update(urls=urls)
        yield SimpleNamespace(cluster=cluster, urls=urls)
        _SERVER_URLS.clear()


# Kept in tests.pg_cluster: pytest imports this file as ``conftest`` and the tests import it
# again as ``tests.conftest``, two module objects; the registries must be one.
from tests.pg_cluster import REAL_FILES, SERVER_URLS as _SERVER_URLS  # noqa: E402


def real_sqlite(path):
    """``path`` as a SQLite file even under ``--engine postgresql`` (a test of moving a file
    to a server needs the file)."""
    REAL_FILES.add(str(pathlib.Path(path).resolve()))
    return path


def db_where(path):
    """The database a test opened at ``path`` as ``main.py --db`` takes it and a backup's
    manifest names it (its ``source``): the file, or under ``--engine postgresql`` the URL of
    that path's server database (without a password)."""
    urls = _SERVER_URLS.get("urls")
    key = str(pathlib.Path(path).resolve())
    if urls is None or key in REAL_FILES or key not in urls:
        return path
    from app.location import server_address

    return server_address(urls[key]).url


def outsider_edit(path, *statements) -> None:
    """What an outsider does with the database behind Ujikon's back: the sqlite3 tool on
    the file, or psql on the server (a session of its own, without Ujikon's sealer, so what
    it writes is not sealed). ``path``: the test's database file (None: the open one). Each
    statement is SQL text, or (SQL, parameters) with SQLite's ``?``; written in SQL both
    engines take."""
    import sqlite3

    from app.models import database as active

    urls = _SERVER_URLS.get("urls")
    pairs = [(s, ()) if isinstance(s, str) else s for s in statements]
    if path is not None and str(pathlib.Path(path).resolve()) in REAL_FILES:
        urls = None  # a file on either engine
    if urls is None:
        conn = sqlite3.connect(path if path is not None else active.database)
        for sql, params in pairs:
            conn.execute(sql, params)
        conn.commit()
        conn.close()
        return
    from app.location import server_address
    from app.store.server import driver, psycopg_sql

    url = active.obj.address.url if path is None else urls[str(pathlib.Path(path).resolve())]
    with driver().connect(server_address(url).url) as conn:
        for sql, params in pairs:
            conn.execute(psycopg_sql(sql, params), params)


@pytest.fixture(autouse=True)
def drop_test_databases(request, server_databases):
    """The server databases of a test's own files (under its ``tmp_path``) are dropped when
    it ends; those of a module's fixture live on with it."""
    if server_databases is None or "tmp_path" not in request.fixturenames:
        yield
        return
    own = str(request.getfixturevalue("tmp_path").resolve())  # alive until this ends
    yield
    mine = [k for k in server_databases.urls if k.startswith(own + os.sep)]
    if not mine:
        return
    store.close_database()
    for key in mine:
        server_databases.cluster.drop(server_databases.urls.pop(key))


# ----------------------------------------------------------------------------- network guard
@pytest.fixture(scope="session", autouse=True)
def no_network():
    """Nothing in the domain may reach the network (office PCs are offline)."""
    real_connect = socket.socket.connect
    unix = getattr(socket, "AF_UNIX", None)

    def guarded_connect(self, address, *args, **kwargs):
        if unix is not None and self.family == unix:  # Qt may talk over local sockets
            return real_connect(self, address, *args, **kwargs)
        raise RuntimeError("network access in tests")

    def guarded_create_connection(*args, **kwargs):
        raise RuntimeError("network access in tests")

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(socket.socket, "connect", guarded_connect)
        mp.setattr(socket, "create_connection", guarded_create_connection)
        yield


# ----------------------------------------------------------------------------- plain helpers
# Plain functions (no fixtures), so that module-scoped fixtures can use them too; tests reach
# them through the fixtures below or through ``case_tools``.
PEMBANTU = Actor("ppid_pembantu", "Budi")
UTAMA = Actor("ppid_utama", "Sari")
TIM = Actor("tim_pertimbangan", "Hendra")
ATASAN = Actor("atasan_ppid", "Ratna")
ADMIN = Actor("admin", "Admin")
ACTORS = {a.role: a for a in (PEMBANTU, UTAMA, TIM, ATASAN)}


def open_test_database(path):
    refdata._sop_cache.clear()
    return store.open_database(path)


def opd_id(singkatan: str) -> int:
    return Opd.get(Opd.singkatan == singkatan).id


def create_officials() -> dict:
    """Three officials: two with valid NIPs, one without NIP (non-PNS)."""
    kepala = save_official(
        ADMIN,
        OfficialInput(
            nama="Anas Dwi Satya Prasadya",
            nip=VALID_NIP,
            gelar_depan="H.",
            gelar_belakang="S.Sos., M.Si",
            golongan="IV/c",
            jabatan="Kepala Dinas Komunikasi, Informatika, Persandian dan Statistik",
            opd_id=opd_id("Diskominfosatik"),
            peran="ppid_utama",
        ),
    ).value
    sekda = save_official(
        ADMIN,
        OfficialInput(
            nama="Ratna Susanti",
            nip="196805121992032001",
            golongan="IV/e",
            jabatan="Sekretaris Daerah",
            opd_id=opd_id("Setda"),
            peran="atasan_ppid",
        ),
    ).value
    tenaga_ahli = save_official(
        ADMIN,
        OfficialInput(nama="Dede Hidayat", jabatan="Tenaga Ahli Hukum", peran="tim_pertimbangan"),
    ).value
    # The Dinas Kesehatan issues its own step-1 documents: its PPID Pembantu signs them, on
    # its own kop (app.documents.issuer).
    pembantu = save_official(
        ADMIN,
        OfficialInput(
            nama="Budi Santoso",
            nip="197803152005011004",
            gelar_belakang="S.KM.",
            golongan="IV/a",
            jabatan="Sekretaris Dinas Kesehatan",
            opd_id=opd_id("Dinkes"),
            peran="ppid_pembantu",
        ),
    ).value
    give_opd_kop("Dinkes", "Jalan Raya Serang–Pandeglang Km. 4, Serang, Banten 42182")
    give_opd_kop("Setda", "Jalan Veteran Nomor 1, Serang, Banten 42112")
    return {"kepala": kepala, "sekda": sekda, "tenaga_ahli": tenaga_ahli, "pembantu": pembantu}


def give_opd_kop(singkatan: str, alamat: str) -> None:
    opd = Opd.get(Opd.singkatan == singkatan)
    save_opd(ADMIN, opd.nama, opd.singkatan, opd.aktif, opd.id, OpdKop(kop_alamat=alamat))


def create_case_with_item(
    judul: str = "Pemutakhiran DIK Dinkes Tahun 2026",
    start: date = date(2026, 3, 2),
    opd: str = "Dinkes",
    item: dict | None = None,
    pemicu: str = "sebelum_permohonan",
    rujukan: str = "",
):
    """Register a case (by PPID Pembantu) and add one complete step-1 item."""
    case = commands.create_case(
        PEMBANTU,
        commands.NewCase(
            opd_id=opd_id(opd),
            pemicu=pemicu,
            judul=judul,
            tanggal_mulai=start,
            pemicu_rujukan=rujukan,
        ),
    ).case
    commands.save_item(PEMBANTU, case.id, {**STEP1_ITEM, **(item or {})})
    return get_case(case.id)


def fill_step(case_id: int, officials: dict, kesimpulan: str = "seluruhnya") -> None:
    """Fill every required field and item field of the running step (not completing it).
    Dates are the step's start date."""
    detail = case_detail(case_id)
    rec, step = detail.current, detail.current_step
    actor = ACTORS[step.actor]
    for item in detail.items:
        values: dict = {}
        if "kesimpulan" in step.item_fields:
            values["kesimpulan"] = kesimpulan
            if kesimpulan == "sebagian":
                values |= {
                    "bagian_dihitamkan": "Nama dan alamat pasien",
                    "alasan_dihitamkan": "Data pribadi.",
                }
        if "klasifikasi_tim" in step.item_fields:
            values |= {
                "klasifikasi_tim": item.kesimpulan,
                "bentuk_informasi": "elektronik",
                "pertimbangan_tim": "Tim sependapat dengan hasil uji.",
            }
        if "alasan_pengecualian" in step.item_fields and item.kesimpulan != "terbuka":
            values["alasan_pengecualian"] = "Akibat pembukaannya lebih besar daripada manfaatnya."
        if values:
            commands.save_item(actor, case_id, values, item.id)
    data = {key: rec.tanggal_mulai for key in step.fields if key.startswith("tanggal_")}
    data |= {
        "tempat_rapat": "Ruang Rapat Diskominfosatik",
        "perihal_penetapan": "Penetapan Klasifikasi Informasi yang Dikecualikan",
        "tempat_penetapan": "Serang",
        "pejabat_penetap": officials["kepala"].id,
        "penerima_distribusi": "PPID Pembantu Dinas Kesehatan",
    }
    commands.save_step(
        actor, case_id, step.number, {k: v for k, v in data.items() if k in step.fields}
    )
    if step.participants:
        commands.set_participants(
            actor,
            case_id,
            step.number,
            [(officials["kepala"].id, True), (officials["tenaga_ahli"].id, False)],
        )


def advance_case(case_id: int, to_step: int, officials: dict, kesimpulan: str = "seluruhnya"):
    """Fill and complete steps until ``to_step`` is running (7: until the case is finished).
    Each step is completed on its due date, or today when the due date is still ahead.
    Returns the case detail."""
    while True:
        detail = case_detail(case_id)
        rec, step = detail.current, detail.current_step
        if rec is None or rec.tahap >= to_step:
            return detail
        fill_step(case_id, officials, kesimpulan)
        commands.complete_step(
            ACTORS[step.actor], case_id, step.number, on=min(rec.batas_waktu, clock.today())
        )


@pytest.fixture(scope="session")
def case_tools():
    """The plain helpers, for module-scoped fixtures."""
    return SimpleNamespace(
        open_database=open_test_database,
        officials=create_officials,
        make_case=create_case_with_item,
        advance=advance_case,
        actors=ACTORS,
        admin=ADMIN,
        pinned_today=PINNED_TODAY,
    )


# ----------------------------------------------------------------------------- fixtures
@pytest.fixture
def db(tmp_path):
    """A fresh database file, made the active one for the test."""
    database = open_test_database(tmp_path / "t.db")
    yield database
    store.close_database()


@pytest.fixture
def today():
    """Pin the office's today (2026-11-25 unless a test pins another date itself)."""
    clock.pin_today(PINNED_TODAY)
    yield PINNED_TODAY
    clock.pin_today(None)


@pytest.fixture
def pembantu():
    return PEMBANTU


@pytest.fixture
def utama():
    return UTAMA


@pytest.fixture
def tim():
    return TIM


@pytest.fixture
def atasan():
    return ATASAN


@pytest.fixture
def admin():
    return ADMIN


@pytest.fixture
def actors():
    """The actor of each SOP role, by role code."""
    return dict(ACTORS)


@pytest.fixture
def step1_item():
    """The values of a complete step-1 item (a fresh copy per test)."""
    return dict(STEP1_ITEM)


@pytest.fixture
def officials(db):
    """Three officials: two with valid NIPs, one without NIP (non-PNS)."""
    return create_officials()


@pytest.fixture
def make_case(db, today):
    """``make_case(judul=..., start=..., opd="Dinkes", item={...})`` registers a case and adds
    one complete step-1 item."""
    return create_case_with_item


@pytest.fixture
def fill(officials):
    """``fill(case_id, kesimpulan=...)`` fills the running step without completing it."""
    return lambda case_id, kesimpulan="seluruhnya": fill_step(case_id, officials, kesimpulan)


@pytest.fixture
def advance(officials):
    """``advance(case_id, to_step, kesimpulan=...)``: see ``advance_case``."""
    return lambda case_id, to_step, kesimpulan="seluruhnya": advance_case(
        case_id, to_step, officials, kesimpulan
    )


@pytest.fixture
def setting():
    """``setting(SETTING, value)`` stores a value for one test, as it is: no permission, no
    validation, no history (a test may store what a user could not, e.g. an unreadable
    logo). The row as it was comes back afterwards."""
    saved: dict = {}

    def change(spec, value):
        if spec.key not in saved:
            saved[spec.key] = Setting.get_or_none(Setting.key == spec.key)
        with database.atomic():
            Setting.insert(key=spec.key, value=value).on_conflict(
                conflict_target=[Setting.key], update={Setting.value: value}
            ).execute()

    yield change
    with database.atomic():
        for key, row in saved.items():
            Setting.delete().where(Setting.key == key).execute()
            if row is not None:
                Setting.insert(key=key, value=row.value).execute()


@pytest.fixture(autouse=True)
def cheap_password_hashing(monkeypatch):
    """Argon2 with its real cost takes ~0.1 s a hash; tests use the smallest parameters
    (the algorithm and the code paths stay the same)."""
    from argon2 import PasswordHasher

    from app import accounts

    monkeypatch.setattr(
        accounts, "_hasher", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    )
    accounts._DUMMY.clear()
