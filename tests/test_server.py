"""The PostgreSQL server itself (issue 15): setting a database up, moving a SQLite file onto
it (verified, the file untouched), three processes taking numbers at once, and what the
office is told when the server cannot be reached. Run by ``--engine postgresql`` (the CI's
second run), on the session's throw-away cluster."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app import accounts, store
from app.errors import DatabaseProblem
from app.models import Case, Event, NumberRegister, database
from app.server_tasks import move_to_server, prepare_server
from app.setup import FirstRun
from app.store.transfer import compare, digest
from tests.conftest import outsider_edit, real_sqlite

pytestmark = pytest.mark.server_only
ROOT = Path(__file__).resolve().parents[1]


def first_admin() -> FirstRun:
    return FirstRun(
        username="admin",
        nama_lengkap="Admin Kantor",
        password="kata-sandi-panjang-1",
        kop_pemerintah="PEMERINTAH KABUPATEN SERANG",
        kop_instansi="DINAS KOMUNIKASI, INFORMATIKA, PERSANDIAN DAN STATISTIK",
        kop_alamat=["Jalan Veteran Nomor 1, Serang"],
    )


def test_siapkan_sets_up_an_empty_database_then_connects_to_it(pg_cluster):
    url = pg_cluster.new_database(empty=True)
    made = prepare_server(url, first=first_admin())
    assert made.code == 0, made.err
    assert "siap (skema versi" in made.out[0] and "Administrator pertama dibuat" in made.out[1]
    again = prepare_server(url)
    assert again.code == 0 and "Tersambung ke basis data" in again.out[0]
    store.open_database(url)
    try:
        assert accounts.login("admin", "kata-sandi-panjang-1").username == "admin"
    finally:
        store.close_database()


def test_a_database_that_is_not_there_says_how_to_make_it(pg_cluster):
    result = prepare_server(pg_cluster.url("belum_ada"))
    assert result.code == 2 and "belum ada di server" in result.err[0]
    with pytest.raises(DatabaseProblem) as err:
        store.open_database(pg_cluster.url("belum_ada"))
    assert "main.py server siapkan" in err.value.message


def test_an_unreachable_server_is_said_plainly(tmp_path):
    url = f"postgresql://ujikon@/ujikon?host={tmp_path}&port=1"
    with pytest.raises(DatabaseProblem) as err:
        store.open_database(url)
    message = err.value.message
    assert "tidak dapat dihubungi" in message and str(tmp_path) in message
    assert "Traceback" not in message


@pytest.fixture
def demo_file(tmp_path):
    """A SQLite file with three demo cases, documents and history (closed)."""
    from app.demo import fill_demo

    path = real_sqlite(tmp_path / "kantor.db")
    store.open_database(path)
    fill_demo(cases=3)
    store.close_database()
    return path


def test_a_file_moves_to_an_empty_server_database_whole_and_verified(pg_cluster, demo_file):
    before = demo_file.read_bytes()
    store.open_database(demo_file, read_only=True)
    expected = digest(database.obj)
    cases = Case.select().count()
    store.close_database()

    url = pg_cluster.new_database(empty=True)
    result = move_to_server(demo_file, url, report=lambda text: None)
    assert result.code == 0, result.err
    assert "dipindahkan" in result.out[0] and "tidak diubah" in result.out[0]
    assert demo_file.read_bytes() == before  # the file only read

    store.open_database(url)
    try:
        from app.checks import run_checks

        assert compare(expected, digest(database.obj)) == []
        assert Case.select().count() == cases and Event.select().exists()
        assert all(r.ok for r in run_checks()), [r for r in run_checks() if not r.ok]
        assert accounts.login("admin", "demo-ujikon").username == "admin"
    finally:
        store.close_database()


def test_a_move_to_a_database_that_holds_something_is_refused(pg_cluster, demo_file):
    url = pg_cluster.new_database()  # the template: schema and reference data already
    result = move_to_server(demo_file, url, report=lambda text: None)
    assert result.code == 1 and "tidak kosong" in result.err[0]


def test_a_file_changed_behind_ujikon_is_not_moved(pg_cluster, demo_file):
    outsider_edit(demo_file, "UPDATE \"case\" SET judul = 'Diubah di luar'")
    url = pg_cluster.new_database(empty=True)
    result = move_to_server(demo_file, url, report=lambda text: None)
    assert result.code == 1 and "tidak lolos pemeriksaan" in result.err[0]
    store.open_database(url)  # nothing was written there: still empty, set up afresh now
    try:
        assert not Case.select().exists()
    finally:
        store.close_database()


# ----------------------------------------------------------------------------- three PCs
WORKER = """
import sys
sys.path.insert(0, sys.argv[1])
from datetime import date
from app.store import open_database
from app.models import database
from app.documents.numbering import assign_number

open_database(sys.argv[2])
taken = []
for _ in range(int(sys.argv[3])):
    with database.atomic():
        taken.append(assign_number("ba_uji", date(2026, 6, 15)).urut)
print(" ".join(map(str, taken)), flush=True)
"""


def test_three_processes_taking_1000_numbers_at_once_skip_none_and_share_none(pg_cluster, tmp_path):
    url = pg_cluster.new_database()
    counts = (334, 333, 333)
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, str(ROOT), url, str(n)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=tmp_path,
        )
        for n in counts
    ]
    taken: list[int] = []
    for worker, n in zip(workers, counts, strict=True):
        out, err = worker.communicate(timeout=300)
        assert worker.returncode == 0, err
        mine = [int(x) for x in out.split()]
        assert len(mine) == n and mine == sorted(mine)
        taken += mine
    assert sorted(taken) == list(range(1, 1001))
    store.open_database(url)
    try:
        rows = list(NumberRegister.select().where(NumberRegister.jenis == "ba_uji"))
        assert sorted(r.urut for r in rows) == list(range(1, 1001))
        assert len({r.nomor for r in rows}) == 1000
        from app.store.seals import verify_seals

        key = database.obj.office_key
        assert verify_seals(database.connection(), key.seal_secret)[1] == []
    finally:
        store.close_database()


def test_a_server_backup_is_the_same_verified_sqlite_file_as_a_files(pg_cluster, tmp_path):
    """The backup of a server database opens, checks and verifies as any backup, with the
    server's rows in it; pg_dump's copy beside it where pg_dump is installed."""
    import shutil

    from app.archive import backup, verify_backup
    from app.checks import run_checks
    from app.demo import fill_demo
    from app.permissions import SYSTEM_ACTOR

    url = pg_cluster.new_database()
    store.open_database(url)
    try:
        fill_demo(cases=4)
        expected = digest(database.obj)
        made = backup(SYSTEM_ACTOR, tmp_path / "cadangan")
    finally:
        store.close_database()
    assert made.path.suffix == ".sqlite" and verify_backup(made.path).ok
    assert (made.pg_dump is not None) == (shutil.which("pg_dump") is not None)
    store.open_database(real_sqlite(made.path), read_only=True)
    try:
        assert compare(expected, digest(database.obj)) == []
        assert [r.name for r in run_checks() if not r.ok] == []
    finally:
        store.close_database()


def test_a_dropped_connection_is_said_nothing_is_half_saved_and_the_next_call_reconnects(
    pg_cluster,
):
    """The server drops this PC's connection in the middle of a transaction (a network cut,
    a restart: here the server ends the session): the write is refused with a message that
    names the server, nothing of the transaction stays, and the next call works again."""
    from app.store.server import driver

    url = pg_cluster.new_database()
    store.open_database(url)
    try:
        opd = database.execute_sql("SELECT id, nama FROM opd ORDER BY id LIMIT 1").fetchone()
        pid = database.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
        with pytest.raises(DatabaseProblem) as err:
            with database.atomic():
                database.execute_sql("UPDATE opd SET nama = 'Setengah' WHERE id = ?", (opd[0],))
                with driver().connect(pg_cluster.url("postgres"), autocommit=True) as admin:
                    admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
                database.execute_sql("SELECT 1")
        assert "tidak dapat dihubungi" in err.value.message and "uji_" in err.value.message
        # the next call connects again, and the half-done change is not there
        name = database.execute_sql("SELECT nama FROM opd WHERE id = ?", (opd[0],)).fetchone()
        assert name[0] == opd[1]
    finally:
        store.close_database()


def test_the_commands_take_a_server_url_as_db(pg_cluster, tmp_path):
    """``main.py check|backup|kunci|--version --db postgresql://…``, as a clerk types them,
    on a server database ``server siapkan`` set up."""
    url = pg_cluster.new_database(empty=True)
    assert prepare_server(url).code == 0
    for args, said in (
        (["check"], "[OK]"),
        (["backup", str(tmp_path / "cadangan")], "Cadangan terverifikasi"),
        (["kunci"], "disegel dengan kunci"),
        (["--version"], "server PostgreSQL"),
    ):
        done = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), *args, "--db", url],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            timeout=300,
        )
        assert done.returncode == 0, (args, done.stdout, done.stderr)
        assert said in done.stdout, (args, done.stdout)
        assert "postgresql:" not in {p.name for p in tmp_path.iterdir()}  # no folder for it


def test_a_server_database_of_an_older_version_gets_its_migrations(pg_cluster):
    """Migrations run on both engines with the same version numbers: a server database
    left at schema version 8 (before the exchange tables) is brought to this version when
    opened, its rows kept and sealed."""
    from app.models import OfficeKeyRegistration, Opd
    from app.store.migrations import current_schema_version
    from app.store.server import driver

    url = pg_cluster.new_database()
    store.open_database(url)
    opds = Opd.select().count()
    store.close_database()
    with driver().connect(url, autocommit=True) as psql:  # as an older Ujikon left it
        for table in ("tautan_kejadian", "paket_kasus", "tautan_kasus", "kunci_kantor_mitra"):
            psql.execute(f'DROP TABLE "{table}" CASCADE')
        psql.execute(
            "DELETE FROM segel_tabel WHERE tabel IN ('tautan_kejadian', "
            "'paket_kasus', 'tautan_kasus', 'kunci_kantor_mitra')"
        )
        psql.execute("DELETE FROM schema_version WHERE version = 9")
    info = store.open_database(url)
    try:
        assert info.migrated == (9,) and info.schema_version == current_schema_version()
        assert OfficeKeyRegistration.select().count() == 0 and Opd.select().count() == opds
        from app.checks import run_checks

        assert [r.name for r in run_checks() if not r.ok] == []
    finally:
        store.close_database()


def test_a_servers_yearly_archive_is_sealed_and_checks_whole(pg_cluster, tmp_path):
    from app import tasks
    from app.checks import run_checks
    from app.demo import fill_demo

    url = pg_cluster.new_database()
    store.open_database(url)
    try:
        fill_demo(cases=4)
    finally:
        store.close_database()
    result = tasks.yearly_archive(url, 2026, tmp_path / "arsip")
    assert result.code == 0, result.err
    archive = next((tmp_path / "arsip").glob("ujikon-arsip-2026*.sqlite"))
    store.open_database(real_sqlite(archive), read_only=True)
    try:
        assert [r.name for r in run_checks() if not r.ok] == []
    finally:
        store.close_database()


@pytest.fixture
def server_with_backup(pg_cluster, tmp_path):
    """A server database with four demo cases, its verified backup, then a fifth case made
    after it: (url, backup file, the digest of the server when it was backed up)."""
    from app.archive import backup
    from app.demo import fill_demo
    from app.permissions import SYSTEM_ACTOR

    url = pg_cluster.new_database()
    store.open_database(url)
    try:
        fill_demo(cases=4)
        made = backup(SYSTEM_ACTOR, tmp_path / "cadangan", record=True)
        from app.archive import record_backup

        record_backup(made, SYSTEM_ACTOR)
        from tests.conftest import create_case_with_item

        create_case_with_item(judul="Kasus setelah cadangan")
        assert Case.select().count() == 5
    finally:
        store.close_database()
    return url, made.path


def _cases_and_last_event(url: str) -> tuple[int, str]:
    store.open_database(url)
    try:
        last = Event.select().order_by(Event.id.desc()).first()
        return Case.select().count(), last.jenis
    finally:
        store.close_database()


def test_a_backup_restores_onto_the_server_checked_and_backed_up_first(server_with_backup):
    """``main.py restore BACKUP --db postgresql://…``: the server's rows are the backup's,
    the restore is recorded in the chain, every check passes, and the server as it was
    is a verified backup of its own (with the case made after the backup in it)."""
    from app import tasks
    from app.archive import verify_backup
    from app.checks import run_checks

    url, made = server_with_backup
    result = tasks.restore_database(url, made)
    assert result.code == 0, result.err
    assert "dipulihkan dari" in result.out[0]
    previous = Path(result.out[-1].split(": ", 1)[1])
    assert previous != made and verify_backup(previous).ok
    assert verify_backup(previous).counts["case"] == 5
    assert _cases_and_last_event(url) == (4, "cadangan_dipulihkan")
    store.open_database(url)
    try:
        assert [r.name for r in run_checks() if not r.ok] == []
        from app.archive.server_restore import server_known_backups
        from app.archive.verify import verify_backup as verify

        assert verify(made).sha256 in server_known_backups()  # restorable again
    finally:
        store.close_database()
    again = tasks.restore_database(url, previous)  # and back: the previous one is known too
    assert again.code == 0, again.err
    assert _cases_and_last_event(url) == (5, "cadangan_dipulihkan")


def test_a_restore_that_fails_its_checks_leaves_the_server_as_it_was(
    server_with_backup, monkeypatch
):
    """Every row is replaced in one transaction: a check that fails at its end rolls the
    deletes and the copy back, and the server holds its five cases and no restore event."""
    from app import checks, tasks

    url, made = server_with_backup
    before = _cases_and_last_event(url)
    failing = checks.CheckResult("rantai riwayat", False, "rusak (uji)")
    monkeypatch.setattr(checks, "run_checks", lambda progress=None: [failing])
    result = tasks.restore_database(url, made)
    assert result.code == 1 and "tidak lolos pemeriksaan" in result.err[0]
    assert "rusak (uji)" in result.err[0] and "Basis data tidak diubah" in result.err[0]
    assert _cases_and_last_event(url) == before


def test_only_an_administrator_restores_onto_a_server(server_with_backup):
    from app.archive import prepare_server_restore
    from app.errors import PermissionDenied
    from tests.conftest import UTAMA

    url, made = server_with_backup
    store.open_database(url)
    try:
        with pytest.raises(PermissionDenied):
            prepare_server_restore(UTAMA, made)
    finally:
        store.close_database()
    assert _cases_and_last_event(url)[0] == 5


def test_a_changed_backup_is_refused_and_the_server_untouched(server_with_backup):
    from app import tasks

    url, made = server_with_backup
    outsider_edit(real_sqlite(made), "UPDATE \"case\" SET judul = 'diubah orang luar' WHERE id = 1")
    result = tasks.restore_database(url, made)
    assert result.code == 1 and "Basis data tidak diubah" in result.err[0]
    assert _cases_and_last_event(url)[0] == 5


def test_the_other_pcs_are_told_that_everything_changed(server_with_backup):
    """The other windows hear one notice at the commit: every table, as a bulk change."""
    from app import tasks
    from app.store.notify import Listener, change_set

    url, made = server_with_backup
    listener = Listener(url)
    try:
        assert listener.wait(0.01) == []
        assert tasks.restore_database(url, made).code == 0
        notices = listener.wait(3)
    finally:
        listener.close()
    assert notices
    changes = [change_set(n, ignore=None) for n in notices]
    assert any(c is not None and c.case_row and c.master_data and c.steps for c in changes)


@pytest.fixture
def newer_version(monkeypatch):
    """This Ujikon one schema version newer than the backups made so far (a migration that
    changes nothing, on both engines)."""
    from app.store import schema_versions
    from app.store.schema_versions import Migration

    base = list(schema_versions.MIGRATIONS)
    version = base[-1].version + 1
    extended = [*base, Migration(version, "uji versi baru", lambda migrator, db: None)]
    monkeypatch.setattr(schema_versions, "MIGRATIONS", extended)
    return version


def test_a_backup_of_an_older_version_is_brought_up_to_date_by_the_command(
    server_with_backup, newer_version, monkeypatch
):
    from app import tasks
    from app.archive import server_restore
    from app.store.migrations import SchemaVersion

    staged = server_restore._staged_copy  # the staging copy opens as the file it is
    monkeypatch.setattr(server_restore, "_staged_copy", lambda *a: real_sqlite(staged(*a)))
    url, made = server_with_backup
    result = tasks.restore_database(url, made)
    assert result.code == 0, result.err
    assert any("dimutakhirkan" in line for line in result.out)
    assert _cases_and_last_event(url) == (4, "cadangan_dipulihkan")
    store.open_database(url)
    try:
        assert max(v.version for v in SchemaVersion.select()) == newer_version
    finally:
        store.close_database()


def test_the_window_asks_for_the_command_for_an_older_backup_and_changes_nothing(
    server_with_backup, newer_version
):
    """The window keeps the server open while it restores, so it cannot open the staging
    copy to migrate it: it says which command does, and the server keeps its rows."""
    from app.archive import BackupError, finish_server_restore, prepare_server_restore
    from app.permissions import SYSTEM_ACTOR

    url, made = server_with_backup
    store.open_database(url)
    try:
        prepared = prepare_server_restore(SYSTEM_ACTOR, made)
        with pytest.raises(BackupError) as refused:
            finish_server_restore(SYSTEM_ACTOR, prepared)
        assert "main.py restore" in refused.value.message and url in refused.value.message
        assert not prepared.staged.exists()
    finally:
        store.close_database()
    assert _cases_and_last_event(url)[0] == 5


def test_a_database_that_sorts_otherwise_than_c_is_said_at_siapkan(pg_cluster):
    """The README asks for the C collation (titles and OPD names sorted as the file sorts
    them); a database made with another (here ICU's Indonesian) is set up, with a warning
    that says what differs and how to make it right; one made as the README says, none."""
    pg_cluster.admin(
        'CREATE DATABASE "uji_icu" TEMPLATE template0 LOCALE_PROVIDER icu '
        "ICU_LOCALE 'id-ID' LOCALE 'C.UTF-8'"
    )
    try:
        made = prepare_server(pg_cluster.url("uji_icu"), first=first_admin())
        assert made.code == 0, made.err
        warned = [line for line in made.out if line.startswith("Peringatan:")]
        assert len(warned) == 1 and "ICU" in warned[0] and "LC_COLLATE 'C'" in warned[0]
    finally:
        pg_cluster.drop(pg_cluster.url("uji_icu"))
    plain = prepare_server(pg_cluster.new_database(empty=True), first=first_admin())
    assert plain.code == 0 and not [line for line in plain.out if "Peringatan" in line]


def test_the_bulk_demo_leaves_the_planner_its_statistics(pg_cluster):
    """A bulk demo on a server is analysed when it is in (the case list's first queries
    would read whole tables until autovacuum came by)."""
    from app.demo import SERVICE_LIMIT, fill_demo

    url = pg_cluster.new_database()
    store.open_database(url)
    try:
        fill_demo(cases=SERVICE_LIMIT + 1, documents=False)
        tuples = database.execute_sql(
            "SELECT reltuples FROM pg_class WHERE relname = 'case' AND relkind = 'r'"
        ).fetchone()[0]
    finally:
        store.close_database()
    assert tuples == SERVICE_LIMIT + 1


def test_a_write_waits_for_another_pcs_long_write_only_so_long_then_says_so(
    pg_cluster, monkeypatch
):
    """Another PC holds the writer's lock (a restore, a calendar change): a write here waits
    ``WRITER_WAIT_MS`` (a file's busy timeout), then is refused with a message saying so,
    nothing written; once the lock is free the same connection writes again (no failed
    transaction left open on it)."""
    from app.store import server

    monkeypatch.setattr(server, "WRITER_WAIT_MS", 200)
    url = pg_cluster.new_database()
    store.open_database(url)
    try:
        before = Event.select().count()
        with server.driver().connect(url) as other:  # its own transaction, lock held
            other.execute("SELECT pg_advisory_xact_lock(%s)", (server.WRITER_LOCK,))
            with pytest.raises(DatabaseProblem) as refused:
                with database.atomic():
                    Case.select().count()
            other.rollback()
        assert "sedang dipakai PC lain" in refused.value.message
        from app import history
        from app.history.kinds import EventKind

        with database.atomic():
            history.record(EventKind.SETTINGS_CHANGED, "Uji setelah kunci lepas")
        assert Event.select().count() == before + 1
    finally:
        store.close_database()


def test_a_server_set_up_before_gets_the_order_indexes_the_list_reads_in_order(pg_cluster):
    """The order indexes stop 25 made on a server (NULL last, no case id, none for the due
    date) are made again at the next writable open, with NULL first and the id at the end;
    no schema version changes (a file, and every archive, stays as it is)."""
    from app.store.search_index import SERVER_ORDER_INDEXES
    from app.store.server import driver

    url = pg_cluster.new_database()
    with driver().connect(url, autocommit=True) as psql:  # as stop 25 left it
        for name in SERVER_ORDER_INDEXES:
            psql.execute(f'DROP INDEX IF EXISTS "{name}"')
        psql.execute('CREATE INDEX "case_status_batas_waktu" ON "case" ("status", "batas_waktu")')
        psql.execute('CREATE INDEX "case_judul" ON "case" ("judul")')
        psql.execute('CREATE INDEX "case_status_tahap" ON "case" ("status", "tahap")')
        psql.execute('CREATE INDEX "case_opd_id_tahun_urut" ON "case" ("opd_id", "tahun", "urut")')
    info = store.open_database(url)
    try:
        assert info.migrated == ()
        definitions = dict(
            database.execute_sql(
                "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'case'"
            ).fetchall()
        )
        from app.checks import run_checks

        assert [r.name for r in run_checks() if not r.ok] == []
    finally:
        store.close_database()
    assert definitions["case_status_batas_waktu"].endswith("(status, batas_waktu NULLS FIRST, id)")
    assert definitions["case_batas_waktu_id"].endswith("(batas_waktu NULLS FIRST, id)")
    assert definitions["case_judul"].endswith("(judul, id)")


def test_what_another_pc_wrote_before_the_replacement_is_in_the_backup_made_first(
    server_with_backup,
):
    """The backup of the server made first is read inside the replacement's transaction
    (which holds the writer's lock): a case another PC saved after the restore was prepared
    is in it, so nothing falls between that backup and the restore."""
    from app.archive import finish_server_restore, prepare_server_restore, verify_backup
    from app.permissions import SYSTEM_ACTOR

    url, made = server_with_backup
    store.open_database(url)
    try:
        prepared = prepare_server_restore(SYSTEM_ACTOR, made)
        another_pc = subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys; sys.path.insert(0, sys.argv[1]); from app import store; "
                "store.open_database(sys.argv[2]); "
                "from tests.conftest import create_case_with_item; "
                "create_case_with_item(judul='Disimpan PC lain sesudahnya')",
                str(ROOT),
                url,
            ],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=120,
        )
        assert another_pc.returncode == 0, another_pc.stderr
        restored = finish_server_restore(SYSTEM_ACTOR, prepared)
        assert Case.select().count() == 4
    finally:
        store.close_database()
    assert restored.previous is not None
    assert verify_backup(restored.previous).counts["case"] == 6
