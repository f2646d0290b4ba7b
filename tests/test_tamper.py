"""Tampering as someone who has the file does it: sqlite3 edits, planted triggers and views,
a stored PDF and its stored hash replaced together, manifests recomputed to match. Each is
detected or refused (issue "Integrity that holds against someone who has the file"). On a
server the outsider is a session of psql (``outsider_edit``)."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from app import documents, store
from app.archive import (
    BackupInvalid,
    BackupUnknown,
    backup,
    manifest_path,
    restore,
    verify_backup,
)
from app.checks import run_checks
from app.documents.read import get_pdf
from app.documents.store import finalise, verify_pdf
from app.errors import DatabaseProblem
from app.models import Event, database
from app.permissions import SYSTEM_ACTOR
from app.store import close_database
from app.store.schema_check import foreign_objects
from tests.conftest import outsider_edit
from tests.pdf_support import make_pdf

TRIGGER = (
    "CREATE TRIGGER naik_pangkat AFTER INSERT ON userrole BEGIN "
    "UPDATE userrole SET peran = 'admin' WHERE peran = 'tim_pertimbangan'; END"
)
# The same trigger on a server: a function of its own, and the trigger calling it.
SERVER_TRIGGER = (
    "CREATE FUNCTION naik() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "UPDATE userrole SET peran = 'admin' WHERE peran = 'tim_pertimbangan'; RETURN NULL; "
    "END $$",
    "CREATE TRIGGER naik_pangkat AFTER INSERT ON userrole FOR EACH STATEMENT "
    "EXECUTE FUNCTION naik()",
)


@pytest.fixture
def render(monkeypatch):
    monkeypatch.setattr(
        documents,
        "render_document",
        lambda doc_type, case_id, stamp=None, detail=None: make_pdf(
            f"{doc_type} {case_id} {getattr(stamp, 'kode', 'KONSEP')}"
        ),
        raising=False,
    )


@pytest.fixture
def finalised(db, make_case, advance, render, utama):
    case = make_case()
    advance(case.id, 3)
    return finalise(utama, case.id, "ba_uji").document


def edit(path: Path, *statements: str) -> None:
    """What an outsider does with the sqlite3 tool."""
    conn = sqlite3.connect(path)
    for sql in statements:
        conn.execute(sql)
    conn.commit()
    conn.close()


def rehash_manifest(backup_path: Path) -> None:
    """Recompute the manifest's size and SHA-256 after editing the backup, as an attacker
    who read the manifest format would."""
    manifest = manifest_path(backup_path)
    data = json.loads(manifest.read_text(encoding="utf-8"))
    raw = backup_path.read_bytes()
    data |= {"sha256": hashlib.sha256(raw).hexdigest(), "size": len(raw)}
    manifest.write_text(json.dumps(data), encoding="utf-8")


# ----------------------------------------------------------------------------- schema
@pytest.mark.parametrize(
    ("statements", "named"),
    [
        (
            {"sqlite": (TRIGGER,), "postgresql": SERVER_TRIGGER},
            "trigger naik_pangkat (pada userrole)",
        ),
        (('CREATE VIEW semua_sandi AS SELECT username, password_hash FROM "user"',), "view semua"),
        (("CREATE TABLE catatan_gelap (x TEXT)",), "tabel catatan_gelap"),
        (('CREATE INDEX idx_lain ON "case" (judul)',), "indeks idx_lain (pada case)"),
    ],
)
def test_a_database_with_a_foreign_schema_object_is_refused_naming_it(
    db, tmp_path, engine, statements, named
):
    path = tmp_path / "t.db"
    close_database()
    outsider_edit(path, *(statements[engine] if isinstance(statements, dict) else statements))
    for read_only in (False, True):
        with pytest.raises(DatabaseProblem) as err:
            store.open_database(path, read_only=read_only)
        assert named in err.value.message and "tidak dibuat oleh Ujikon" in err.value.message


def test_a_fresh_and_a_migrated_database_hold_only_their_own_schema(db):
    assert foreign_objects(database.connection()) == []


@pytest.mark.sqlite_only  # the backup file edited with sqlite3
def test_a_backup_edited_and_re_manifested_is_unknown_and_needs_a_reason(finalised, tmp_path):
    """The case title changed and an admin role added with sqlite3, the manifest's size and
    SHA-256 recomputed: the backup verifies, but the live database never made it."""
    live = tmp_path / "t.db"  # the db fixture's
    result = backup(SYSTEM_ACTOR, tmp_path / "cadangan")  # recorded, as the office makes it
    edit(
        result.path,
        "UPDATE \"case\" SET judul = 'Judul diubah'",
        "INSERT INTO userrole (user_id, peran, opd_id) SELECT id, 'admin', NULL FROM user LIMIT 1",
    )
    rehash_manifest(result.path)
    assert verify_backup(result.path).ok  # by itself it looks fine
    with pytest.raises(BackupUnknown, match="tidak dikenal oleh basis data"):
        restore(SYSTEM_ACTOR, result.path, live)
    with pytest.raises(BackupUnknown):  # a reason of blanks is no reason
        restore(SYSTEM_ACTOR, result.path, live, override="  \n ")
    restored = restore(SYSTEM_ACTOR, result.path, live, override="Diperiksa oleh Inspektorat.")
    assert restored.check.ok
    last = Event.select().order_by(Event.id.desc()).first()
    assert last.rincian["paksa"] == "Diperiksa oleh Inspektorat."


@pytest.mark.sqlite_only  # restoring onto a server: not in this version (README)
def test_a_backup_the_database_made_restores_without_a_reason(finalised, tmp_path):
    live = tmp_path / "t.db"  # the db fixture's
    result = backup(SYSTEM_ACTOR, tmp_path / "cadangan")
    restored = restore(SYSTEM_ACTOR, result.path, live)
    last = Event.select().order_by(Event.id.desc()).first()
    assert restored.check.ok and last.rincian["paksa"] == ""


@pytest.mark.sqlite_only  # the backup file edited with sqlite3
def test_a_backup_with_a_planted_trigger_and_a_recomputed_manifest_is_not_restored(
    finalised, tmp_path
):
    live = tmp_path / "t.db"  # the db fixture's
    result = backup(SYSTEM_ACTOR, tmp_path / "cadangan", record=False)
    edit(result.path, TRIGGER)
    rehash_manifest(result.path)
    check = verify_backup(result.path)
    assert not check.ok
    assert any("trigger naik_pangkat" in p for p in check.problems)
    with pytest.raises(BackupInvalid, match="trigger naik_pangkat"):
        restore(SYSTEM_ACTOR, result.path, live)
    conn = sqlite3.connect(live)
    planted = "SELECT count(*) FROM sqlite_master WHERE type='trigger' AND name='naik_pangkat'"
    assert conn.execute(planted).fetchone() == (0,)
    conn.close()


@pytest.mark.sqlite_only  # an old version of the file, compared byte for byte
def test_an_old_file_with_a_trigger_is_refused_before_its_migrations_run(db, tmp_path):
    """A trigger on the migrations' own table would run while the file is brought up to
    date: the file is refused first, and left as it was."""
    path = tmp_path / "t.db"
    close_database()
    edit(
        path,
        "DELETE FROM schema_version WHERE version = (SELECT max(version) FROM schema_version)",
        "CREATE TRIGGER saat_migrasi AFTER INSERT ON schema_version BEGIN "
        "UPDATE setting SET value = '\"diubah\"' WHERE key = 'kop_instansi'; END",
    )
    before = path.read_bytes()
    with pytest.raises(DatabaseProblem, match="saat_migrasi"):
        store.open_database(path)
    assert path.read_bytes() == before


@pytest.mark.server_only
@pytest.mark.parametrize(
    ("statements", "named"),
    [
        (SERVER_TRIGGER, "fungsi naik"),  # the function a planted trigger calls, named too
        (  # Ujikon's own function, its body replaced
            (
                "CREATE OR REPLACE FUNCTION ujikon_catat_segel() RETURNS trigger "
                "LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$",
            ),
            "fungsi ujikon_catat_segel",
        ),
        (  # a seal trigger switched off: Ujikon's own writes would go unsealed
            ("ALTER TABLE userrole DISABLE TRIGGER segel_userrole",),
            "trigger segel_userrole (pada userrole)",
        ),
        (  # an index under one of Ujikon's names, over a function of the column
            ("DROP INDEX case_judul", 'CREATE INDEX case_judul ON "case" (lower(judul))'),
            "indeks case_judul (pada case)",
        ),
        (
            ("CREATE RULE salin AS ON INSERT TO userrole DO ALSO NOTIFY peran",),
            "rule salin (pada userrole)",
        ),
        (
            ('CREATE POLICY sembunyi ON "case" USING (false)',),
            "kebijakan baris sembunyi (pada case)",
        ),
        (("CREATE EXTENSION pgcrypto",), "ekstensi pgcrypto"),
    ],
)
def test_what_runs_code_in_a_server_database_is_foreign_unless_ujikon_made_it(
    db, statements, named
):
    """A server's schema holds more kinds of object than a file's: each one Ujikon did not
    create as it is there is named, whatever its name."""
    outsider_edit(None, *statements)
    found = [o.text for o in foreign_objects(database.connection())]
    assert named in found, found


@pytest.mark.server_only
def test_an_old_server_database_with_a_trigger_is_refused_before_its_migrations_run(
    db, tmp_path, server_databases
):
    """The same on a server: a trigger on the migrations' own table, planted with psql in a
    database one version behind, is refused before they run, and nothing is written."""
    from app.store.server import driver

    path = tmp_path / "t.db"
    close_database()
    outsider_edit(
        path,
        "DELETE FROM schema_version WHERE version = (SELECT max(version) FROM schema_version)",
        "CREATE FUNCTION saat_migrasi_f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "UPDATE setting SET value = '\"diubah\"' WHERE key = 'kop_instansi'; RETURN NULL; "
        "END $$",
        "CREATE TRIGGER saat_migrasi AFTER INSERT ON schema_version FOR EACH ROW "
        "EXECUTE FUNCTION saat_migrasi_f()",
    )

    def state():
        with driver().connect(server_databases.urls[str(path.resolve())]) as conn:
            return conn.execute(
                "SELECT (SELECT max(version) FROM schema_version), "
                "(SELECT value FROM setting WHERE key = 'kop_instansi')"
            ).fetchone()

    before = state()
    with pytest.raises(DatabaseProblem, match="saat_migrasi"):
        store.open_database(path)
    assert state() == before


# ----------------------------------------------------------------------------- documents
def test_a_pdf_replaced_with_its_hash_is_not_certified_and_the_real_copy_is(finalised):
    genuine = get_pdf(finalised.id)
    forged = make_pdf("ba_uji", "Isi palsu: informasi dinyatakan terbuka.")
    outsider_edit(
        None,
        (
            "UPDATE document SET pdf = ?, sha256 = ? WHERE id = ?",
            (forged, hashlib.sha256(forged).hexdigest(), finalised.id),
        ),
    )
    fake = verify_pdf(forged)
    assert fake.status == "diubah" and "JANGAN PERCAYAI" in fake.message
    assert "tidak cocok dengan catatan finalisasinya" in fake.message
    real = verify_pdf(genuine)
    assert real.status == "asli" and real.document.id == finalised.id
    assert "telah diganti di luar Ujikon" in real.message
    [check] = [r for r in run_checks() if r.name == "Catatan finalisasi dokumen"]
    assert not check.ok and finalised.nomor in check.message
    assert "isi PDF tersimpan berbeda" in check.message


def test_a_document_no_event_finalised_is_reported(finalised):
    outsider_edit(
        None,
        ("UPDATE document SET nomor = 'NOMOR/SISIPAN/2026' WHERE id = ?", (finalised.id,)),
        (
            "INSERT INTO document (case_id, jenis, versi, nomor, tanggal, kode, sha256, pdf, "
            "halaman, alasan_koreksi, dibuat_oleh, dibuat_peran, created_at) SELECT case_id, "
            "jenis, 9, NULL, tanggal, 'UJK-ZZZZ-ZZZZ', 'ab', pdf, halaman, '', '', '', "
            "created_at FROM document WHERE id = ?",
            (finalised.id,),
        ),
    )
    [check] = [r for r in run_checks() if r.name == "Catatan finalisasi dokumen"]
    assert not check.ok
    assert "2 dokumen final tidak cocok" in check.message
    assert f"nomornya tercatat {finalised.nomor}" in check.message
    assert "tidak ada catatan finalisasinya di riwayat" in check.message


def test_an_untouched_database_passes_the_cross_check(finalised):
    [check] = [r for r in run_checks() if r.name == "Catatan finalisasi dokumen"]
    assert check.ok


def register_check():
    [check] = [r for r in run_checks() if r.name == "Register nomor"]
    return check


def test_register_rows_no_event_explains_are_reported(finalised):
    assert register_check().ok
    outsider_edit(
        None,
        "INSERT INTO numberregister (penerbit, jenis, tahun, urut, nomor, status, alasan_batal, "
        "created_at) VALUES ('', 'ba_uji', 2026, 50, 'SISIPAN/050/2026', 'dipakai', '', "
        "'2026-11-25')",
        (
            "UPDATE numberregister SET status = 'batal', alasan_batal = 'x' WHERE nomor = ?",
            (finalised.nomor,),
        ),
    )
    check = register_check()
    assert not check.ok
    assert "nomor SISIPAN/050/2026: tidak dipakai dokumen mana pun" in check.message
    assert f"nomor {finalised.nomor}: batal tanpa catatan pembatalan di riwayat" in check.message


def test_a_document_number_missing_from_the_register_is_reported(finalised):
    outsider_edit(None, ("DELETE FROM numberregister WHERE nomor = ?", (finalised.nomor,)))
    check = register_check()
    assert not check.ok and "nomornya tidak ada di register" in check.message


@pytest.mark.sqlite_only  # restoring onto a server: not in this version (README)
def test_after_a_restore_every_backup_the_replaced_database_knew_is_still_known(
    finalised, tmp_path, make_case
):
    """Monday's and Tuesday's backups; Wednesday restores Monday's, then Tuesday's is
    wanted after all: the restored database's own history stops before either was made,
    but it inherited the replaced one's list."""
    live = tmp_path / "t.db"  # the db fixture's
    monday = backup(SYSTEM_ACTOR, tmp_path / "c")
    make_case(judul="Kasus hari Selasa")
    tuesday = backup(SYSTEM_ACTOR, tmp_path / "c")
    restore(SYSTEM_ACTOR, monday.path, live)
    restore(SYSTEM_ACTOR, tuesday.path, live)
    restore(SYSTEM_ACTOR, monday.path, live)
