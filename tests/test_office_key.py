"""The office key, attacked as someone who has the database file but not the key would:
history cut or rewritten and rehashed with the public hash function, rows of cases, roles,
accounts and password hashes changed with sqlite3, a row deleted with its seal, a forged
document with its finalisation event rewritten, a database put back to an older state, and
a database or a backup carried to a PC with another key (issue "Integrity that holds against
someone who has the file", attack 3). On a server the outsider is a psql session of their
own (``outsider_edit``), reading what the database holds as anyone with its password can."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from app import settings, store
from app.archive import BackupUnknown, backup, manifest_path, restore
from app.checks import run_checks
from app.history.chain import event_hash
from app.models import Case, Document, Event, User, database
from app.permissions import SYSTEM_ACTOR
from app.signing import keyfile
from app.signing.office import ForeignOfficeKey, adopt_foreign
from app.store import close_database
from app.store.engine import on_server
from tests import test_tamper
from tests.conftest import outsider_edit
from tests.test_checks import NO_FOREIGN_KEYS

render = test_tamper.render  # fixtures shared with the other tamper tests
finalised = test_tamper.finalised


def failed(name: str) -> str:
    """The message of the named check, which must have failed."""
    [result] = [r for r in run_checks() if r.name == name]
    assert not result.ok, f"{name} passed: {result.message}"
    return result.message


def passed(*names: str) -> None:
    results = {r.name: r for r in run_checks()}
    for name in names or tuple(results):
        assert results[name].ok, f"{name}: {results[name].message}"


def here() -> Path | str:
    """What opens the active database again: its file, or its server's URL."""
    db = database.obj
    return db.address.url if on_server() else Path(db.database)


def outside(*statements, params: tuple = ()) -> None:
    """The outsider's statements (``params`` for those with a ``?``), then Ujikon opens the
    database again."""
    place = here()
    outsider_edit(
        None,
        *[s if isinstance(s, tuple) else (s, params if "?" in s else ()) for s in statements],
    )
    close_database()
    store.open_database(place)


def rehashed(change=None) -> list[tuple[str, tuple]]:
    """The statements that rewrite every event as ``change(event)`` leaves it, with its link
    and hash recomputed with the public hash function, and the head: what an outsider who
    read the chain's description runs (the events read as anyone with the file can)."""
    statements: list[tuple[str, tuple]] = []
    prev, count = "", 0
    for event in Event.select().order_by(Event.id):
        if change is not None:
            change(event)
        h = event_hash(
            event.id,
            event.case_id,
            event.waktu,
            event.pelaku,
            event.peran,
            event.pengguna,
            event.jenis,
            event.ringkasan,
            event.rincian,
            prev,
        )
        statements.append(
            (
                "UPDATE event SET ringkasan = ?, rincian = ?, hash_sebelum = ?, hash = ? "
                "WHERE id = ?",
                (
                    event.ringkasan,
                    None if event.rincian is None else json.dumps(event.rincian),
                    prev,
                    h,
                    event.id,
                ),
            )
        )
        prev, count = h, count + 1
    statements.append(
        (
            "UPDATE setting SET value = ? WHERE key = 'rantai_riwayat'",
            (json.dumps({"jumlah": count, "hash": prev}),),
        )
    )
    return statements


def setting_text(key: str) -> dict:
    """A setting's stored JSON, as an outsider reads it."""
    [(value,)] = database.execute_sql("SELECT value FROM setting WHERE key = ?", (key,))
    return json.loads(value)


# ----------------------------------------------------------------------------- the key itself
def test_first_open_makes_the_key_pins_its_public_half_and_seals_everything(db):
    folder = keyfile.key_folder()
    assert (folder / keyfile.PRIVATE_NAME).is_file() and (folder / keyfile.PUBLIC_NAME).is_file()
    note = settings.value(settings.KUNCI_KANTOR)
    assert note["publik"] == keyfile.pinned_public().hex
    assert len(note["sidik_jari"].split()) == 8
    passed()


def test_a_private_key_without_its_pinned_public_key_is_refused(tmp_path):
    keyfile.create_key(tmp_path / "k")
    (tmp_path / "k" / keyfile.PUBLIC_NAME).unlink()
    with pytest.raises(keyfile.KeyProblem, match="tidak cocok dengan kunci publik"):
        keyfile.load_key(tmp_path / "k")


def test_a_pinned_public_key_of_another_pair_is_refused(tmp_path):
    keyfile.create_key(tmp_path / "a")
    keyfile.create_key(tmp_path / "b")
    shutil.copy(tmp_path / "b" / keyfile.PUBLIC_NAME, tmp_path / "a" / keyfile.PUBLIC_NAME)
    with pytest.raises(keyfile.KeyProblem):
        keyfile.load_key(tmp_path / "a")


def test_a_key_is_never_overwritten(tmp_path):
    keyfile.create_key(tmp_path / "k")
    with pytest.raises(keyfile.KeyProblem, match="tidak pernah ditimpa"):
        keyfile.create_key(tmp_path / "k")


# ----------------------------------------------------------------------------- history
def test_deleting_the_newest_event_and_moving_the_head_is_detected(finalised):
    last = Event.select().order_by(Event.id.desc()).first()
    previous = Event.select().where(Event.id < last.id).order_by(Event.id.desc()).first()
    count = Event.select().count() - 1
    passed("Rantai riwayat", "Tanda tangan riwayat")
    outside(
        f"DELETE FROM event WHERE id = {last.id}",
        "UPDATE setting SET value = ? WHERE key = 'rantai_riwayat'",
        params=(json.dumps({"jumlah": count, "hash": previous.hash}),),
    )
    passed("Rantai riwayat")  # the public chain alone is fooled …
    assert "riwayat diubah di luar aplikasi" in failed("Tanda tangan riwayat")  # … the key not


def test_an_event_edited_and_the_chain_rehashed_is_detected(finalised):
    def edit(event):
        if event.id == 2:
            event.ringkasan = "Tidak ada yang difinalkan"

    outside(*rehashed(edit))
    passed("Rantai riwayat")
    assert "Tanda tangan riwayat" in [r.name for r in run_checks() if not r.ok]


def test_a_head_signature_copied_from_elsewhere_does_not_fit(finalised):
    head = setting_text("kepala_bertanda") | {"tanda_tangan": "00" * 64}
    outside(("UPDATE setting SET value = ? WHERE key = 'kepala_bertanda'", (json.dumps(head),)))
    assert "tidak sah untuk kunci kantor PC ini" in failed("Tanda tangan riwayat")


# ----------------------------------------------------------------------------- rows
@pytest.mark.parametrize(
    ("statement", "named"),
    [
        ("UPDATE \"case\" SET judul = 'Judul lain'", "kasus #1 diubah"),
        (
            "INSERT INTO userrole (user_id, peran, opd_id) VALUES (1, 'admin', NULL)",
            "peran pengguna #",
        ),
        ("UPDATE \"user\" SET password_hash = 'x' WHERE id = 1", "akun pengguna #1 diubah"),
        (
            'UPDATE "user" SET gagal_login = 0, terkunci_sampai = NULL, aktif = FALSE',
            "akun pengguna #1",
        ),
        ("DELETE FROM infoitem", "butir informasi #1 dihapus"),
        ("UPDATE numberregister SET status = 'batal'", "register nomor #1 diubah"),
        ("UPDATE opd SET nama = 'Dinas Lain' WHERE id = 1", "perangkat daerah #1 diubah"),
        (
            "INSERT INTO setting (key, value) VALUES ('nama_badan_publik', '\"Kop Palsu\"') "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            "pengaturan #nama_badan_publik",
        ),
    ],
)
def test_a_row_changed_with_an_outside_tool_is_named(finalised, users, statement, named):
    passed("Segel baris")
    outside(statement)
    message = failed("Segel baris")
    assert named in message and "di luar" in message


@pytest.fixture
def users(finalised):
    from app.accounts import AccountInput, RoleGrant, create_user
    from tests.conftest import ADMIN

    create_user(
        ADMIN,
        AccountInput("tim", "Hendra", [RoleGrant("tim_pertimbangan", None)]),
        "rahasia-tim-123",
    )
    return User.select().count()


def test_a_row_deleted_together_with_its_seal_is_still_seen(finalised, engine):
    outside(
        NO_FOREIGN_KEYS[engine],
        'DELETE FROM "case" WHERE id = 1',
        "DELETE FROM segel_baris WHERE tabel = 'case' AND kunci = '1'",
    )
    assert "baris dihapus bersama segelnya" in failed("Segel baris")


def test_a_write_outside_a_transaction_is_sealed_too(finalised):
    Case.update(judul="Judul baru").where(Case.id == 1).execute()  # autocommit
    passed("Segel baris")


# ----------------------------------------------------------------------------- documents
def forge_with_its_event(document_id: int) -> bytes:
    """Replace a document's PDF and hash, rewrite its finalisation event to match, and
    rehash the whole chain with the public hash function. Returns the forged PDF."""
    import hashlib

    from tests.pdf_support import make_pdf

    forged = make_pdf("ba_uji", "Isi palsu")
    digest = hashlib.sha256(forged).hexdigest()

    def edit(event):
        if event.jenis == "dokumen_difinalkan":
            event.rincian = {**event.rincian, "sha256": digest}

    outside(
        ("UPDATE document SET pdf = ?, sha256 = ? WHERE id = ?", (forged, digest, document_id)),
        *rehashed(edit),
    )
    return forged


def test_a_forged_document_with_its_event_rewritten_and_rehashed_is_detected(finalised):
    """The outsider replaces the PDF and its hash, rewrites the finalisation event to match,
    and rehashes the whole chain: every public check agrees with the forgery."""
    forge_with_its_event(finalised.id)
    passed("Sidik dokumen final", "Rantai riwayat", "Catatan finalisasi dokumen")
    assert "tanda tangan kunci kantornya tidak cocok" in failed("Tanda tangan dokumen")
    assert finalised.nomor in failed("Tanda tangan dokumen")


def test_every_finalised_document_is_signed_naming_its_event(finalised):
    doc = Document.get_by_id(finalised.id)
    event_id, event_hash_, signature = doc.tanda_tangan.split(":")
    event = Event.get_by_id(int(event_id))
    assert event.jenis == "dokumen_difinalkan" and event.hash == event_hash_
    assert len(bytes.fromhex(signature)) == 64
    passed("Tanda tangan dokumen")


# ----------------------------------------------------------------------------- backups
def test_manifests_are_signed_and_carry_the_signed_head(finalised, tmp_path):
    result = backup(SYSTEM_ACTOR, tmp_path / "c", record=False)
    data = json.loads(manifest_path(result.path).read_text(encoding="utf-8"))
    head = settings.value(settings.KEPALA_BERTANDA)
    assert data["kepala"] == dict(head) and data["kunci"] == keyfile.pinned_public().hex
    assert len(bytes.fromhex(data["tanda_tangan"])) == 64


@pytest.mark.sqlite_only  # restoring onto a server: not in this version (README)
def test_a_signed_backup_restores_on_a_new_database_without_a_reason(finalised, tmp_path):
    """A new PC of the same office (its key restored): the fresh database there never made
    the backup, but the manifest carries the office's signature."""
    result = backup(SYSTEM_ACTOR, tmp_path / "c")
    close_database()
    fresh = tmp_path / "pc-baru" / "ujikon.db"
    store.open_database(fresh)
    restored = restore(SYSTEM_ACTOR, result.path, fresh)
    assert restored.check.ok
    assert Event.select().order_by(Event.id.desc()).first().rincian["paksa"] == ""


def test_a_manifest_whose_fields_were_changed_is_no_longer_signed(finalised, tmp_path):
    result = backup(SYSTEM_ACTOR, tmp_path / "c", record=False)
    close_database()
    fresh = tmp_path / "lain.db"
    store.open_database(fresh)
    mpath = manifest_path(result.path)
    data = json.loads(mpath.read_text(encoding="utf-8"))
    data["source"] = "C:/lain.db"
    mpath.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(BackupUnknown):
        restore(SYSTEM_ACTOR, result.path, fresh)


@pytest.mark.sqlite_only  # Monday's backup file copied over the database file
def test_a_database_put_back_to_an_older_state_by_hand_is_caught_by_its_backups(
    finalised, tmp_path, make_case
):
    live = tmp_path / "t.db"  # the db fixture's
    folder = tmp_path / "c"
    old = backup(SYSTEM_ACTOR, folder)
    make_case(judul="Kasus sesudah cadangan pertama")
    backup(SYSTEM_ACTOR, folder)
    passed("Cadangan di folder cadangan")
    close_database()
    for suffix in ("-wal", "-shm"):
        Path(str(live) + suffix).unlink(missing_ok=True)
    shutil.copyfile(old.path, live)  # Monday's file over Tuesday's, outside Ujikon
    store.open_database(live)
    message = failed("Cadangan di folder cadangan")
    assert "bukan kelanjutan dari 1 cadangannya sendiri" in message


def test_a_history_cut_back_to_an_older_backups_head_is_caught_by_a_newer_backup(
    finalised, tmp_path, make_case
):
    """The outsider takes the history back to where it stood after Monday's backup, with
    Monday's genuine signed head (every check of the chain agrees): Tuesday's backup, whose
    head the history no longer holds, gives it away. On either engine."""
    folder = tmp_path / "c"
    backup(SYSTEM_ACTOR, folder)
    monday = Event.select().order_by(Event.id.desc()).first().id
    chain, signed = setting_text("rantai_riwayat"), setting_text("kepala_bertanda")
    make_case(judul="Kasus hari Selasa")
    backup(SYSTEM_ACTOR, folder)
    passed("Cadangan di folder cadangan")
    assert (
        "ujung rantai 2 cadangan"
        in {r.name: r for r in run_checks()}["Cadangan di folder cadangan"].message
    )
    outside(
        ("DELETE FROM event WHERE id > ?", (monday,)),
        ("UPDATE setting SET value = ? WHERE key = 'rantai_riwayat'", (json.dumps(chain),)),
        ("UPDATE setting SET value = ? WHERE key = 'kepala_bertanda'", (json.dumps(signed),)),
    )
    passed("Rantai riwayat", "Tanda tangan riwayat")  # Monday's head, genuinely signed …
    message = failed("Cadangan di folder cadangan")  # … but not Tuesday's
    assert "bukan kelanjutan dari 1 cadangannya sendiri" in message


def test_going_back_to_an_older_backup_through_restore_is_not_a_problem(
    finalised, tmp_path, make_case
):
    live = tmp_path / "t.db"  # the db fixture's
    folder = tmp_path / "c"
    old = backup(SYSTEM_ACTOR, folder)
    make_case(judul="Kasus yang dibatalkan dengan pemulihan")
    backup(SYSTEM_ACTOR, folder)
    restore(SYSTEM_ACTOR, old.path, live)
    passed()


# ----------------------------------------------------------------------------- another PC
@pytest.fixture
def other_pc(tmp_path, monkeypatch):
    """This PC's key folder replaced by another one (a new PC, or another office)."""
    monkeypatch.setenv(keyfile.ENV_FOLDER, str(tmp_path / "kunci-pc-lain"))
    return tmp_path / "kunci-pc-lain"


def test_a_database_sealed_with_another_key_opens_only_read_only(finalised, other_pc, tmp_path):
    path = tmp_path / "t.db"  # the db fixture's
    fingerprint = settings.value(settings.KUNCI_KANTOR)["sidik_jari"]
    close_database()
    keyfile.create_key(other_pc)
    with pytest.raises(ForeignOfficeKey) as err:
        store.open_database(path)
    assert fingerprint in err.value.message and err.value.can_open_read_only
    assert "ambil-alih" in err.value.message
    store.open_database(path, read_only=True)
    message = failed("Kunci kantor")
    assert fingerprint in message and "bukan kunci kantor PC ini" in message


def test_without_any_key_the_database_is_not_written_and_no_key_is_made_for_it(
    finalised, other_pc, tmp_path
):
    path = tmp_path / "t.db"  # the db fixture's
    close_database()
    with pytest.raises(ForeignOfficeKey, match="belum memiliki kunci kantor"):
        store.open_database(path)
    assert not (other_pc / keyfile.PRIVATE_NAME).exists()


def test_the_administrator_takes_a_database_over_with_a_recorded_reason(
    finalised, other_pc, tmp_path
):
    path = tmp_path / "t.db"  # the db fixture's
    old = settings.value(settings.KUNCI_KANTOR)
    close_database()
    with pytest.raises(Exception, match="[Aa]lasan"):
        adopt_foreign(str(path), SYSTEM_ACTOR, "   ")
    close_database()
    fingerprint = adopt_foreign(str(path), SYSTEM_ACTOR, "Kunci lama hilang bersama PC rusak.")
    note = settings.value(settings.KUNCI_KANTOR)
    assert note["sidik_jari"] == fingerprint != old["sidik_jari"]
    assert note["sebelumnya"] == [old["publik"]]
    last = Event.select().order_by(Event.id.desc()).first()
    assert last.jenis == "kunci_kantor_dipasang"
    assert last.rincian["alasan"] == "Kunci lama hilang bersama PC rusak."
    passed()
    close_database()
    store.open_database(path)  # and it opens for writing from now on
    passed()


def test_verify_does_not_certify_a_forgery_whose_event_was_rewritten(finalised):
    from app.documents.store import verify_code, verify_pdf

    forged = forge_with_its_event(finalised.id)
    result = verify_pdf(forged)
    assert result.status == "diubah" and "JANGAN PERCAYAI" in result.message
    assert "tanda tangan kunci kantornya tidak cocok" in result.message
    by_code = verify_code(finalised.kode)
    assert by_code.status == "diubah" and finalised.kode in by_code.message


# ----------------------------------------------------------------------------- upgrade, CLI
@pytest.mark.sqlite_only  # a file of schema 4 (a server database starts at a later one)
def test_a_database_from_before_the_key_is_sealed_and_signed_when_it_is_upgraded(
    finalised, tmp_path
):
    """Schema 4 had no seals, no signatures and no key: opening it upgrades it, adopts this
    PC's key with an event in its history, and every check passes."""
    path = tmp_path / "t.db"  # the db fixture's
    close_database()
    edit_statements = (
        "DROP TABLE segel_baris",
        "DROP TABLE segel_tabel",
        "ALTER TABLE document DROP COLUMN tanda_tangan",
        "DELETE FROM setting WHERE key IN ('kunci_kantor', 'kepala_bertanda')",
        "DELETE FROM schema_version WHERE version = 5",
    )
    conn = sqlite3.connect(path)
    for sql in edit_statements:
        conn.execute(sql)
    conn.commit()
    conn.close()
    info = store.open_database(path)
    assert info.migrated == (5,)
    last = Event.select().order_by(Event.id.desc()).first()
    assert last.jenis == "kunci_kantor_dipasang"
    assert last.rincian["sidik_jari"] == keyfile.pinned_public().fingerprint
    assert Document.get_by_id(finalised.id).tanda_tangan
    passed()


def test_the_kunci_command_shows_the_fingerprint_and_takes_a_database_over(
    finalised, other_pc, capsys
):
    import main

    path = str(here())
    close_database()
    assert main.main(["kunci", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "belum memiliki kunci kantor" in out and "BUKAN kunci PC ini" in out
    assert main.main(["kunci", "--db", str(path), "--ambil-alih", "PC lama rusak."]) == 0
    assert main.main(["kunci", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert keyfile.pinned_public().fingerprint in out and "(kunci PC ini)" in out
    assert main.main(["check", "--db", str(path)]) == 0


def test_an_old_password_hash_put_back_with_its_old_seal_is_still_seen(users, tmp_path):
    """The outsider keeps a backup, the clerk changes a password later, and the outsider puts
    the old hash back together with the seal it had then (both genuine, just old): the
    table's sealed count no longer agrees."""
    old = backup(SYSTEM_ACTOR, tmp_path / "c", record=False)
    tim = User.get(User.username == "tim")
    User.update(password_hash="$argon2id$baru").where(User.id == tim.id).execute()
    passed("Segel baris")
    conn = sqlite3.connect(old.path)
    hash_then = conn.execute("SELECT password_hash FROM user WHERE id = ?", (tim.id,)).fetchone()
    seal_then = conn.execute(
        "SELECT segel FROM segel_baris WHERE tabel = 'user' AND kunci = ?", (str(tim.id),)
    ).fetchone()
    conn.close()
    outside(f'UPDATE "user" SET password_hash = ? WHERE id = {tim.id}', params=hash_then)
    outside(
        f"UPDATE segel_baris SET segel = ? WHERE tabel = 'user' AND kunci = '{tim.id}'",
        params=seal_then,
    )
    assert "akun pengguna: jumlah dan segel" in failed("Segel baris")
    assert "dikembalikan ke versi lama" in failed("Segel baris")


def test_an_account_no_event_created_is_reported(finalised):
    passed("Akun pengguna")
    outside(
        "DROP TABLE IF EXISTS x",
        'INSERT INTO "user" (username, nama_lengkap, password_hash, aktif, gagal_login, '
        "wajib_ganti_sandi, created_at) VALUES ('siluman', 'Tanpa Jejak', 'x', TRUE, 0, FALSE, "
        "'2026-11-25')",
    )
    assert "siluman" in failed("Akun pengguna")


def test_the_first_administrator_and_the_demo_accounts_are_explained(db, tmp_path):
    from app.accounts import AccountInput, create_first_admin
    from app.demo import _make_demo_accounts

    create_first_admin(AccountInput("kepala", "Kepala Kantor"), "rahasia-kepala-123")
    passed("Akun pengguna")
    close_database()
    other = tmp_path / "demo.db"
    store.open_database(other)
    _make_demo_accounts()
    passed("Akun pengguna")


@pytest.mark.sqlite_only  # the file that replaces the database file, read as it is moved
def test_a_restore_records_itself_in_the_backup_before_it_replaces_the_database(
    finalised, tmp_path, make_case, monkeypatch
):
    """Killed right after the file was replaced, a restore must not leave a database that
    looks put back to an older state by hand: the file that replaces it already holds the
    restore event and a signed head."""
    import sys

    restore_module = sys.modules["app.archive.restore"]  # the package exports a function too

    live = tmp_path / "t.db"  # the db fixture's
    folder = tmp_path / "c"
    old = backup(SYSTEM_ACTOR, folder)
    make_case(judul="Kasus sesudah cadangan")
    backup(SYSTEM_ACTOR, folder)
    seen: list[tuple[str, bool]] = []
    real_replace = restore_module.os.replace

    def replace(src, dst):
        if Path(dst) != live:  # the copy of the replaced database is published this way too
            return real_replace(src, dst)
        conn = sqlite3.connect(src)
        kind = conn.execute("SELECT jenis FROM event ORDER BY id DESC LIMIT 1").fetchone()[0]
        signed = conn.execute("SELECT value FROM setting WHERE key = 'kepala_bertanda'").fetchone()
        head = conn.execute("SELECT value FROM setting WHERE key = 'rantai_riwayat'").fetchone()
        conn.close()
        same = json.loads(signed[0])["hash"] == json.loads(head[0])["hash"]
        seen.append((kind, same))
        return real_replace(src, dst)

    monkeypatch.setattr(restore_module.os, "replace", replace)
    restore(SYSTEM_ACTOR, old.path, live)
    assert seen == [("cadangan_dipulihkan", True)]
    passed()


def test_a_migration_does_not_seal_an_outside_change_made_before_it(
    finalised, monkeypatch, tmp_path
):
    """A row changed with sqlite3, then the file upgraded by a new Ujikon: the seals did not
    hold before, so they are not renewed, and the change is still reported."""
    from app.store import schema_versions
    from app.store.schema_versions import Migration

    path = tmp_path / "t.db"  # the db fixture's
    close_database()
    outsider_edit(path, "UPDATE \"case\" SET judul = 'Diubah sebelum pemutakhiran'")
    nothing = Migration(len(schema_versions.MIGRATIONS) + 1, "uji", lambda migrator, db: None)
    monkeypatch.setattr(schema_versions, "MIGRATIONS", [*schema_versions.MIGRATIONS, nothing])
    info = store.open_database(path)
    assert info.migrated == (nothing.version,)
    assert Event.select().where(Event.jenis == "segel_diperbarui").count() == 0
    assert "kasus #1 diubah" in failed("Segel baris")


def test_a_database_of_another_key_is_refused_before_its_migrations_run(
    finalised, other_pc, monkeypatch, tmp_path, engine
):
    from app.store import schema_versions
    from app.store.schema_versions import Migration

    path = tmp_path / "t.db"  # the db fixture's
    close_database()
    keyfile.create_key(other_pc)
    ran = []
    later = Migration(
        len(schema_versions.MIGRATIONS) + 1, "uji", lambda migrator, db: ran.append(1)
    )
    monkeypatch.setattr(schema_versions, "MIGRATIONS", [*schema_versions.MIGRATIONS, later])
    before = path.read_bytes() if engine == "sqlite" else None
    with pytest.raises(ForeignOfficeKey):
        store.open_database(path)
    assert ran == []
    if engine == "sqlite":  # not a byte written (a server's version: the migration not run)
        assert path.read_bytes() == before


@pytest.mark.sqlite_only  # the backup of a named file (source=), not of the open server
def test_this_pc_never_signs_the_backup_of_a_database_another_key_seals(
    finalised, other_pc, tmp_path
):
    """A copy of another office's database backed up here (``main.py backup --db``) gets no
    signature of this PC's key: a restore must not take it as this office's own."""
    path = tmp_path / "t.db"  # the db fixture's
    close_database()
    keyfile.create_key(other_pc)
    store.open_for_reading(path)  # read-only: sealed with the first key
    result = backup(SYSTEM_ACTOR, tmp_path / "c", source=path, record=False)
    data = json.loads(manifest_path(result.path).read_text(encoding="utf-8"))
    assert "tanda_tangan" not in data and "kunci" not in data
