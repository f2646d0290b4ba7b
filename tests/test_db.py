"""The database: SQLite's pragmas, the recorded schema version, and the migration runner (on a
server too: its migrations in one transaction, its foreign keys enforced)."""

import pytest
from peewee import IntegrityError, TextField
from playhouse.migrate import migrate

from app import store
from app.errors import MigrationFailed
from app.models import Case, InfoItem, LegalReference, Official, Opd, database
from app.store import (
    SchemaVersion,
    close_database,
    current_schema_version,
    schema_versions,
)
from app.store.engine import on_server
from app.store.migrations import migrate_schema
from app.store.schema_versions import Migration


def pragma(name: str):
    return database.execute_sql(f"PRAGMA {name}").fetchone()[0]


def foreign_keys_enforced() -> bool:
    """SQLite's foreign_keys pragma; on a server, whose foreign keys are always on, that the
    session does not skip them (``session_replication_role = replica`` would)."""
    if on_server():
        return database.execute_sql("SHOW session_replication_role").fetchone()[0] == "origin"
    return pragma("foreign_keys") == 1


def columns(table: str) -> list[str]:
    return [c.name for c in database.get_columns(table)]


@pytest.mark.sqlite_only  # the file's PRAGMAs
def test_the_pragmas_are_in_effect(db):
    assert pragma("journal_mode") == "wal"
    assert foreign_keys_enforced()
    assert pragma("synchronous") == 2  # FULL: a committed case survives a power cut


def test_foreign_keys_are_enforced(db):
    from peewee import IntegrityError

    with pytest.raises(IntegrityError):
        database.execute_sql(
            "INSERT INTO infoitem (case_id, urut, uraian, dokumen_sumber, dasar_hukum, "
            "dasar_hukum_lain, konsekuensi_dibuka, konsekuensi_ditutup, jangka_jenis, "
            "jangka_peristiwa, kesimpulan, bagian_dihitamkan, alasan_dihitamkan, catatan_uji, "
            "klasifikasi_tim, bentuk_informasi, pertimbangan_tim, alasan_pengecualian) "
            "VALUES (424242, 1, '', '', '[]', '', '', '', '', '', '', '', '', '', '', '', '', "
            "'')"
        )


def test_a_fresh_database_records_the_current_schema_version(db):
    rows = [(r.version, r.name) for r in SchemaVersion.select().order_by(SchemaVersion.version)]
    assert rows == [(m.version, m.name) for m in schema_versions.MIGRATIONS]
    assert max(v for v, _ in rows) == current_schema_version() == len(schema_versions.MIGRATIONS)


def test_a_fresh_database_gets_the_reference_data(db):
    assert LegalReference.get_by_id("17.h.2").huruf == "h"
    assert Opd.select().count() > 30


def test_reopening_does_not_duplicate_the_reference_data(tmp_path):
    path = tmp_path / "t.db"
    store.open_database(path)
    counts = (Opd.select().count(), LegalReference.select().count())
    close_database()
    store.open_database(path)
    try:
        assert (Opd.select().count(), LegalReference.select().count()) == counts
    finally:
        close_database()


@pytest.fixture
def install_migration(monkeypatch):
    """``install_migration(apply)`` makes ``apply`` the pending migration NEXT (for the next
    ``open_database``) and returns the list its runs are counted in."""

    base = list(schema_versions.MIGRATIONS)
    assert NEXT == len(base) + 1

    def install(apply, name="kolom catatan"):
        runs = []

        def counted(migrator, db):
            runs.append(1)
            apply(migrator, db)

        extended = [*base, Migration(NEXT, name, counted)]
        monkeypatch.setattr(schema_versions, "MIGRATIONS", extended)
        return runs

    return install


CURRENT = [m.version for m in schema_versions.MIGRATIONS]  # the shipped migrations
NEXT = CURRENT[-1] + 1  # the number a test migration gets


def add_catatan(table):
    return lambda migrator, db: migrate(
        migrator.add_column(table, "catatan", TextField(default=""))
    )


def versions() -> list[int]:
    return [r.version for r in SchemaVersion.select().order_by(SchemaVersion.version)]


def row_counts() -> dict[str, int]:
    """Rows per model; the history without the event a migration adds when it renews the
    row seals (a migration changes what each seal covers)."""
    from app.models import ALL_MODELS, Event

    counts = {m.__name__: m.select().count() for m in ALL_MODELS}
    counts["Event"] = Event.select().where(Event.jenis != "segel_diperbarui").count()
    return counts


def test_a_pending_migration_is_applied_to_an_existing_file_and_recorded(
    tmp_path, make_case, install_migration
):
    path = tmp_path / "lama.db"
    store.open_database(path)  # an existing file at the current version, with a case in it
    case = make_case(judul="Kasus sebelum migrasi")
    before = row_counts()
    close_database()

    runs = install_migration(add_catatan("opd"), name="catatan OPD")
    store.open_database(path)
    try:
        assert runs == [1]
        assert "catatan" in columns("opd")
        assert versions() == [*CURRENT, NEXT]
        assert SchemaVersion.get_by_id(NEXT).name == "catatan OPD"
        assert Case.get_by_id(case.id).judul == "Kasus sebelum migrasi"
        assert row_counts() == before
        assert foreign_keys_enforced()
        # the seals held before the migration, so they were renewed after it, recorded
        from app.checks import run_checks
        from app.models import Event

        assert Event.select().order_by(Event.id.desc()).first().jenis == "segel_diperbarui"
        assert all(r.ok for r in run_checks()), [r for r in run_checks() if not r.ok]
    finally:
        close_database()

    store.open_database(path)  # reopening does not apply it again
    try:
        assert runs == [1]
        assert versions() == [*CURRENT, NEXT]
        assert migrate_schema(database.obj) == []
    finally:
        close_database()


@pytest.mark.parametrize("table", ["case", "opd", "official"])
def test_a_migration_rebuilding_a_referenced_table_keeps_every_referring_row(
    db, tmp_path, make_case, advance, install_migration, table
):
    path = tmp_path / "t.db"  # the db fixture's file, closed below and reopened
    case = make_case()
    advance(case.id, 3)  # items, step records, participants, history events
    before = row_counts()
    linked = {o.id: o.opd_id for o in Official.select()}
    close_database()

    install_migration(add_catatan(table))
    store.open_database(path)
    try:
        assert "catatan" in columns(table)
        assert row_counts() == before
        assert {o.id: o.opd_id for o in Official.select()} == linked
        assert foreign_keys_enforced()
    finally:
        close_database()


def test_a_migration_that_breaks_foreign_keys_is_rolled_back(
    tmp_path, make_case, install_migration
):
    path = tmp_path / "lama.db"
    store.open_database(path)
    make_case()
    close_database()

    install_migration(lambda migrator, db: db.execute_sql("UPDATE infoitem SET case_id = 999"))
    with pytest.raises(MigrationFailed, match="kunci asing") as failed:
        store.open_database(path)
    assert isinstance(failed.value.__cause__, IntegrityError)
    close_database()
    install_migration(lambda migrator, db: None)  # a harmless migration on the next open
    store.open_database(path)
    try:
        assert InfoItem.get().case_id != 999
        assert foreign_keys_enforced()
    finally:
        close_database()


# On a server a test's database is a copy of the session's template (already at this
# version); a new server database is created from the models in tests/test_server.py.
@pytest.mark.sqlite_only
def test_a_fresh_database_is_created_at_the_newest_version_without_running_migrations(
    tmp_path, install_migration
):
    runs = install_migration(add_catatan("opd"))
    store.open_database(tmp_path / "baru.db")
    try:
        assert runs == []
        assert versions() == [*CURRENT, NEXT]
    finally:
        close_database()


def test_a_failing_migration_leaves_the_file_at_its_old_version(tmp_path, install_migration):
    path = tmp_path / "t.db"
    store.open_database(path)
    close_database()

    def broken(migrator, db):
        migrate(migrator.add_column("opd", "catatan", TextField(default="")))
        raise RuntimeError("gagal di tengah jalan")

    install_migration(broken)
    with pytest.raises(MigrationFailed, match="tidak diubah") as failed:
        store.open_database(path)
    assert isinstance(failed.value.__cause__, RuntimeError)
    close_database()
    install_migration(lambda migrator, db: None)
    store.open_database(path)
    try:
        assert "catatan" not in columns("opd")
        assert versions() == [*CURRENT, NEXT]  # the harmless migration, not the broken one
    finally:
        close_database()


@pytest.mark.sqlite_only  # a file of schema version 1 (a server starts at a later one)
def test_migrations_upgrade_a_version_1_file_keeping_its_cases(tmp_path, make_case, monkeypatch):
    """A file made before documents and accounts existed gets the document tables, the
    official columns, the account tables and a chained history (migrations 2 and 3)."""
    from playhouse.migrate import SqliteMigrator

    from app.models import Attachment, Document, NumberRegister

    path = tmp_path / "v1.db"
    first = schema_versions.MIGRATIONS[:1]
    monkeypatch.setattr(schema_versions, "MIGRATIONS", first)
    store.open_database(path)
    case = make_case()
    # Bring the file back to the version-1 shape: drop what later versions added.
    for table in ("document", "numberregister", "attachment", "userrole", "user"):
        database.execute_sql(f'DROP TABLE "{table}"')
    migrator = SqliteMigrator(database.obj)
    database.pragma("foreign_keys", 0)
    migrate(
        *[
            migrator.drop_column(t, c)
            for t, c in (
                ("official", "status_jabatan"),
                ("official", "ttd_gambar"),
                ("official", "cap_gambar"),
                ("official", "boleh_ttd_gambar"),
                ("event", "pengguna"),
                ("event", "hash_sebelum"),
                ("event", "hash"),
            )
        ],
        migrator.drop_column("steprecord", "ditugaskan_ke_id", legacy=True),
    )
    database.pragma("foreign_keys", 1)
    before = {m.__name__: m.select().count() for m in (Case, InfoItem, Official, Opd)}
    events = database.execute_sql("SELECT COUNT(*) FROM event").fetchone()[0]
    close_database()

    monkeypatch.undo()
    store.open_database(path)
    try:
        assert versions() == CURRENT
        assert "status_jabatan" in columns("official")
        assert "hash" in columns("event") and "ditugaskan_ke_id" in columns("steprecord")
        from app.history import verify_chain
        from app.models import Event

        assert Event.select().count() == events
        assert verify_chain().ok
        assert (
            Document.select().count()
            == NumberRegister.select().count()
            == Attachment.select().count()
            == 0
        )
        assert {m.__name__: m.select().count() for m in (Case, InfoItem, Official, Opd)} == before
        assert Case.get_by_id(case.id).nomor == case.nomor
    finally:
        close_database()
