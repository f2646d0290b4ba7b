"""The row seals as the store keeps them (``app.store.seals``): sealed by set-based
statements (SQLite hands each noted row to the seal function), they must be exactly the
HMAC-SHA256 of ``hmac.new`` over each row as a reader gets it, for tables keyed by an integer
and by text, after inserts, updates and deletes, row by row and a table at a time; the
per-table count and XOR must match them; and what an outside tool changed stays visible
(on a server too: ``app.store.server_seals``)."""

from __future__ import annotations

import hashlib
import hmac

import pytest

from app import settings
from app.models import Case, Opd, Setting, database
from app.signing.verification import row_seal_state
from app.store import seals
from tests.conftest import outsider_edit


def independent_seal(secret: bytes, shape: seals.TableShape, row: tuple) -> str:
    """The seal as its description says, computed with ``hmac.new`` (not the store's code)."""

    def encode(text: str) -> bytes:
        data = text.encode("utf-8", "surrogatepass")
        return str(len(data)).encode() + b":" + data

    prefix = encode(shape.name) + b"".join(encode(c) for c in shape.columns) + b"\n"
    data = prefix + repr(tuple(row)).encode("utf-8", "surrogatepass")
    return hmac.new(secret, data, hashlib.sha256).hexdigest()


def stored_and_expected(tables: tuple[str, ...] = ("case", "setting", "opd", "steprecord")):
    """For each table: {key: stored seal} and {key: seal computed independently}; and the
    stored summary (count, xor) beside the one computed from the rows."""
    db = database.obj
    secret = db.sealer.secret
    shapes = seals.table_shapes(database.connection())
    conn = database  # reading through Ujikon's connection (SQLite's ``?`` on both engines)
    out = {}
    for name in tables:
        shape = shapes[name]
        columns = ", ".join(f'"{c}"' for c in shape.columns)
        key_index = shape.columns.index(shape.key)
        expected = {
            str(row[key_index]): independent_seal(secret, shape, row)
            for row in conn.execute_sql(f'SELECT {columns} FROM "{name}"')
        }
        stored = dict(
            conn.execute_sql("SELECT kunci, segel FROM segel_baris WHERE tabel = ?", (name,))
        )
        xor = 0
        for seal in expected.values():
            xor ^= int(seal, 16)
        summary = conn.execute_sql(
            "SELECT jumlah, xor, segel FROM segel_tabel WHERE tabel = ?", (name,)
        ).fetchone()
        out[name] = (stored, expected, summary, (len(expected), f"{xor:064x}"))
    return out


def assert_all_sealed(tables: tuple[str, ...] = ("case", "setting", "opd", "steprecord")):
    secret = database.obj.sealer.secret
    for name, (stored, expected, summary, computed) in stored_and_expected(tables).items():
        assert stored == expected, name
        assert (summary[0], summary[1]) == computed, name
        assert summary[2] == seals.table_seal(secret, name, *computed), name
    ok, message = row_seal_state()
    assert ok, message


def test_the_fast_hmac_is_hmac_sha256_for_every_key_length():
    shape = seals.TableShape("t", "id", ("id", "x"), True)
    for secret in (b"", b"k", b"k" * 63, b"k" * 64, b"k" * 65, bytes(range(256)) * 2):
        for row in [(1, "a"), (2, None), (3, "é\udcff"), (4, b"\x00\xff"), (5, 1.5)]:
            assert seals.row_seal(secret, shape, row) == independent_seal(secret, shape, row)


def test_inserts_updates_and_deletes_are_sealed_as_hmac_new_seals_them(make_case):
    first = make_case(judul="Pertama")
    second = make_case(judul="Kedua")
    with database.atomic():
        Case.update(judul="Pertama, diubah").where(Case.id == first.id).execute()
        settings.write_internal(settings.REVISI_KALENDER, 7)  # a table keyed by text
        Opd.update(nama="Dinas Baru").where(Opd.id == 1).execute()
    assert_all_sealed()
    with database.atomic():  # a row deleted: its seal goes, the summary follows
        Setting.delete().where(Setting.key == settings.REVISI_KALENDER.key).execute()
        Case.update(judul="Kedua, diubah").where(Case.id == second.id).execute()
    assert_all_sealed()
    assert not database.execute_sql(
        "SELECT 1 FROM segel_baris WHERE tabel = 'setting' AND kunci = ?",
        (settings.REVISI_KALENDER.key,),
    ).fetchone()


def test_rows_changed_added_and_deleted_in_one_table_in_one_transaction_are_sealed(db):
    """A flush whose noted rows all had a seal and are all still there only replaces seals
    (the passes for new and deleted rows are skipped); one that mixes in a new row or a
    deleted one must still run them."""
    gone = Opd.create(nama="Dinas Lama", singkatan="Lama")
    with database.atomic():  # only changes: the short way
        Opd.update(nama=Opd.nama.concat(" (ubah)")).execute()
    assert_all_sealed(("opd",))
    with database.atomic():  # a change and a new row
        Opd.update(nama="Dinas Satu").where(Opd.id == 1).execute()
        Opd.create(nama="Dinas Baru", singkatan="Baru")
    assert_all_sealed(("opd",))
    with database.atomic():  # a change and a row gone
        Opd.update(nama="Dinas Satu lagi").where(Opd.id == 1).execute()
        gone.delete_instance()
    assert_all_sealed(("opd",))
    assert not database.execute_sql(
        "SELECT 1 FROM segel_baris WHERE tabel = 'opd' AND kunci = ?", (str(gone.id),)
    ).fetchone()


def test_a_row_written_twice_and_deleted_in_one_transaction_leaves_no_seal(db):
    before = Opd.select().count()
    with database.atomic():
        opd = Opd.create(nama="Dinas Sementara", singkatan="Sementara")
        Opd.update(nama="Dinas Sementara 2").where(Opd.id == opd.id).execute()
        opd.delete_instance()
    assert Opd.select().count() == before
    assert_all_sealed(("opd",))


def test_an_upsert_of_a_row_noted_already_in_its_transaction_is_sealed(db):
    """A setting stored twice in one transaction (``settings.write_internal`` upserts): the
    second upsert fires the noting trigger for a row noted already. The statement's own
    conflict clause overrides a trigger's ``OR IGNORE`` (that note then failed on the
    duplicate), so the trigger notes with an upsert clause of its own."""
    revision = settings.value(settings.REVISI_KALENDER)
    with database.atomic():
        settings.write_internal(settings.REVISI_KALENDER, revision + 1)
        settings.write_internal(settings.REVISI_KALENDER, revision + 2)
    assert settings.value(settings.REVISI_KALENDER) == revision + 2
    assert_all_sealed(("setting",))


def test_a_table_sealed_as_a_whole_gets_the_same_seals(make_case, monkeypatch):
    for i in range(3):
        make_case(judul=f"Kasus {i}")
    monkeypatch.setattr(seals, "WHOLE_TABLE_ABOVE", 0)  # every noted table anew, whole
    with database.atomic():
        Case.update(judul=Case.judul.concat(" (ubah)")).execute()
    assert_all_sealed()


@pytest.mark.parametrize("whole", [False, True])
def test_a_row_an_outside_tool_changed_stays_seen_after_other_rows_are_resealed(
    make_case, monkeypatch, whole
):
    tampered, other = make_case(judul="Asli"), make_case(judul="Lain")
    outsider_edit(None, ('UPDATE "case" SET judul = ? WHERE id = ?', ("Palsu", tampered.id)))
    if whole:  # sealing a table anew takes what is there (adopting a key does that)
        monkeypatch.setattr(seals, "WHOLE_TABLE_ABOVE", 10**9)
    with database.atomic():
        Case.update(judul="Lain, diubah").where(Case.id == other.id).execute()
    ok, message = row_seal_state()
    assert not ok and f"kasus #{tampered.id} diubah di luar aplikasi" in message


def test_a_row_an_outside_tool_added_gets_no_seal_from_an_unrelated_change(make_case):
    case = make_case(judul="Asli")
    outsider_edit(
        None, "INSERT INTO opd (nama, singkatan, aktif) VALUES ('Dinas Siluman', 'Siluman', TRUE)"
    )
    with database.atomic():
        Case.update(judul="Diubah").where(Case.id == case.id).execute()
    ok, message = row_seal_state()
    assert not ok and "ditambahkan di luar aplikasi" in message
