"""The partner offices' keys (app.exchange.keys): the list, this office's fingerprint, the
sender read from a packet, and registering its key, with every refusal writing nothing."""

from __future__ import annotations

from datetime import datetime

import pytest

from app import clock, store
from app.errors import ConflictError, PermissionDenied, UserError
from app.exchange import inspect_packet, register_office_key, send_case
from app.exchange import packet as pk
from app.exchange.keys import (
    list_office_keys,
    own_office_fingerprint,
    packet_sender,
    register_from_packet,
    same_fingerprint,
)
from app.exchange.office import PEMBANTU, UTAMA, set_office
from app.exchange.packet import PacketProblem
from app.models import Opd, Setting, database
from app.signing import keyfile
from tests.conftest import ADMIN, PINNED_TODAY, create_case_with_item, create_officials
from tests.conftest import UTAMA as UTAMA_ACTOR
from tests.test_exchange import Office, step1_done_at_opd


def written() -> dict[str, int]:
    return {
        t: database.execute_sql(f'SELECT count(*) FROM "{t}"').fetchone()[0]
        for t in ("kunci_kantor_mitra", "event")
    }


def opd_named(singkatan: str) -> Opd:
    return Opd.get(Opd.singkatan == singkatan)


def make_opd_install(nama: str = "Dinas Kesehatan") -> None:
    """The open database becomes the install of the perangkat daerah ``nama``."""
    with database.atomic():
        set_office(PEMBANTU, nama)
        pattern = "{urut:03d}/UK-DINKES/{tahun}"
        Setting.insert(key="nomor_register_pola", value=pattern).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: pattern}
        ).execute()


def signed_packet(
    target, key, kantor: str, opd_nama: str = "", nomor: str = "001/X/2026", judul: str = "Uji"
):
    """A packet whose manifest is whole and signed by ``key`` and claims to come from
    ``kantor`` (``opd_nama``): what another office's Ujikon writes, reduced to the manifest
    and an empty case (the key's registration reads nothing else)."""
    manifest = {
        "format": pk.FORMAT,
        "versi": pk.VERSION,
        "dibuat_pada": "2026-11-25T03:00:00+00:00",
        "pengirim": {
            "kantor": kantor,
            "opd": opd_nama,
            "publik": key.public.hex,
            "sidik_jari": key.public.fingerprint,
            "oleh": "Petugas Lain",
        },
        "kasus": {"uid": "uid-uji", "nomor": nomor, "judul": judul},
        "urutan": 1,
    }
    pk.write_packet(target, manifest, {}, {}, key.sign)
    return target


@pytest.fixture
def two(tmp_path, monkeypatch):
    """An OPD install (Dinas Kesehatan) and the PPID Utama, neither knowing the other's key."""
    clock.pin_today(PINNED_TODAY)
    opd, utama = Office(tmp_path, "opd", monkeypatch), Office(tmp_path, "utama", monkeypatch)
    utama.open()
    opd.open()
    opd.officials = create_officials()
    make_opd_install()
    yield opd, utama
    store.close_database()
    clock.pin_today(None)


@pytest.fixture
def from_opd(two, tmp_path):
    """A real packet of the OPD (step 1 done), read at the PPID Utama (opened)."""
    opd, utama = two
    _case_id, path = step1_done_at_opd(opd, tmp_path)
    utama.open()
    return path


def utama_packet(utama, tmp_path):
    """A real packet of the PPID Utama: a case it entered itself, sent at step 1."""
    utama.open()
    case = create_case_with_item()
    return send_case(UTAMA_ACTOR, case.id, tmp_path / "dari-utama.ujikon-kasus")


# ----------------------------------------------------------------------------- reading
def test_the_sender_of_a_real_packet_at_the_ppid_utama(two, from_opd):
    opd, _utama = two
    sender = packet_sender(from_opd)
    assert (sender.office, sender.opd_name) == (PEMBANTU, "Dinas Kesehatan")
    assert sender.office_label == "PPID Pembantu Dinas Kesehatan"
    assert sender.public == opd.public and sender.fingerprint == opd.fingerprint
    assert sender.case_number == "001/UK-DINKES/2026"
    assert sender.case_title == "Pemutakhiran DIK Dinkes Tahun 2026"
    assert sender.sent_by == "Budi (PPID Pembantu)"
    assert not sender.registered and sender.registered_as == ""
    assert sender.opd_id == opd_named("Dinkes").id
    assert sender.problem == ""


def test_registering_from_the_packet_lets_it_be_received(two, from_opd):
    opd, _utama = two
    with pytest.raises(PacketProblem, match="belum terdaftar"):
        inspect_packet(from_opd)
    # Read out with other spacing and lower case: the same fingerprint.
    read_out = opd.fingerprint.replace(" ", "").lower()
    assert register_from_packet(ADMIN, from_opd, opd_named("Dinkes").id, read_out) == (
        opd.fingerprint
    )
    assert inspect_packet(from_opd).new_case
    again = packet_sender(from_opd)
    assert again.registered and again.registered_as == "Dinas Kesehatan"
    assert "sudah terdaftar untuk Dinas Kesehatan" in again.problem


def test_the_ppid_utamas_packet_at_the_opd_install(two, tmp_path):
    opd, utama = two
    path = utama_packet(utama, tmp_path)
    opd.open()
    sender = packet_sender(path)
    assert (sender.office, sender.opd_name, sender.office_label) == (UTAMA, "", "PPID Utama")
    assert sender.opd_id is None and sender.problem == ""
    assert sender.fingerprint == utama.fingerprint
    before = written()
    with pytest.raises(UserError, match="jangan pilih perangkat daerah"):
        register_from_packet(ADMIN, path, opd_named("Dinkes").id, utama.fingerprint)
    assert written() == before
    register_from_packet(ADMIN, path, None, utama.fingerprint)
    [key] = list_office_keys()
    assert (key.whose, key.opd_id, key.fingerprint) == ("PPID Utama", None, utama.fingerprint)


# ----------------------------------------------------------------------------- the list
def test_the_list_is_ordered_by_whose_key_it_is(two, from_opd, tmp_path):
    opd, _utama = two
    setda = keyfile.create_key(tmp_path / "kunci-setda")
    register_office_key(ADMIN, opd_named("Setda").id, setda.public.hex, setda.public.fingerprint)
    register_from_packet(ADMIN, from_opd, opd_named("Dinkes").id, opd.fingerprint)
    listed = list_office_keys()
    assert [k.whose for k in listed] == ["Dinas Kesehatan", "Sekretariat Daerah"]
    dinkes = listed[0]
    assert dinkes.opd_id == opd_named("Dinkes").id
    assert dinkes.fingerprint == opd.fingerprint and dinkes.registered_by == "Admin (Administrator)"
    assert isinstance(dinkes.registered_at, datetime)


def test_the_own_fingerprint_is_the_key_the_database_is_open_with(two):
    _opd, utama = two
    utama.open()
    assert own_office_fingerprint() == utama.fingerprint
    store.close_database()
    store.open_database(utama.db, read_only=True)
    assert own_office_fingerprint() == ""


def test_fingerprints_compare_whatever_their_spaces_and_case():
    assert same_fingerprint(" ab12cd34 EF56 ", "AB12 CD34 EF56")
    assert not same_fingerprint("AB12 CD35", "AB12 CD34")


# ----------------------------------------------------------------------------- refusals
def test_a_wrong_fingerprint_is_refused_and_nothing_written(two, from_opd):
    _opd, utama = two
    before = written()
    with pytest.raises(UserError, match="tidak sama dengan sidik jari kunci ini"):
        register_from_packet(ADMIN, from_opd, opd_named("Dinkes").id, utama.fingerprint)
    with pytest.raises(UserError, match="kosong"):
        register_from_packet(ADMIN, from_opd, opd_named("Dinkes").id, "  ")
    assert written() == before and list_office_keys() == []


def test_only_an_administrator_registers_a_key(two, from_opd):
    opd, _utama = two
    before = written()
    with pytest.raises(PermissionDenied):
        register_from_packet(UTAMA_ACTOR, from_opd, opd_named("Dinkes").id, opd.fingerprint)
    assert written() == before


def test_a_key_is_registered_once(two, from_opd):
    opd, _utama = two
    register_from_packet(ADMIN, from_opd, opd_named("Dinkes").id, opd.fingerprint)
    before = written()
    with pytest.raises(ConflictError, match="sudah terdaftar"):
        register_from_packet(ADMIN, from_opd, opd_named("Dinkes").id, opd.fingerprint)
    assert written() == before


def test_a_damaged_or_missing_packet_is_refused(two, from_opd, tmp_path):
    opd, _utama = two
    data = bytearray(from_opd.read_bytes())
    data[len(data) // 2] ^= 0x01
    bad = tmp_path / "rusak.ujikon-kasus"
    bad.write_bytes(bytes(data))
    before = written()
    with pytest.raises(PacketProblem, match="rusak"):
        packet_sender(bad)
    with pytest.raises(PacketProblem, match="rusak"):
        register_from_packet(ADMIN, bad, opd_named("Dinkes").id, opd.fingerprint)
    with pytest.raises(PacketProblem, match="tidak ditemukan"):
        packet_sender(tmp_path / "tidak-ada.ujikon-kasus")
    assert written() == before


def test_at_the_ppid_utama_the_key_is_for_the_opd_the_packet_names(two, from_opd):
    opd, _utama = two
    before = written()
    with pytest.raises(UserError, match=r"Pilih perangkat daerah pengirim paket \(Dinas Kes"):
        register_from_packet(ADMIN, from_opd, None, opd.fingerprint)
    with pytest.raises(UserError, match="bukan Sekretariat Daerah.*pilih Dinas Kesehatan"):
        register_from_packet(ADMIN, from_opd, opd_named("Setda").id, opd.fingerprint)
    with pytest.raises(UserError, match="tidak ada"):
        register_from_packet(ADMIN, from_opd, 99_999, opd.fingerprint)
    assert written() == before


def test_at_the_ppid_utama_a_packet_of_an_unknown_opd_or_of_a_ppid_utama_is_refused(two, tmp_path):
    _opd, utama = two
    utama.open()
    other = keyfile.create_key(tmp_path / "kunci-lain")
    unknown = signed_packet(tmp_path / "a.ujikon-kasus", other, PEMBANTU, "Dinas Tidak Ada")
    sender = packet_sender(unknown)
    assert sender.opd_id is None and "tidak ada di Data Master" in sender.problem
    claims_utama = signed_packet(tmp_path / "b.ujikon-kasus", other, UTAMA)
    assert "padahal kantor ini PPID Utama" in packet_sender(claims_utama).problem
    before = written()
    for path in (unknown, claims_utama):
        with pytest.raises(UserError):
            register_from_packet(ADMIN, path, opd_named("Dinkes").id, other.public.fingerprint)
    assert written() == before


def test_at_an_opd_install_a_packet_of_another_opd_is_refused(two, tmp_path):
    opd, _utama = two
    opd.open()
    setda = keyfile.create_key(tmp_path / "kunci-setda")
    path = signed_packet(tmp_path / "setda.ujikon-kasus", setda, PEMBANTU, "Sekretariat Daerah")
    sender = packet_sender(path)
    assert sender.opd_id is None
    assert "PPID Pembantu Sekretariat Daerah, bukan oleh PPID Utama" in sender.problem
    before = written()
    with pytest.raises(UserError, match="hanya kunci PPID Utama yang didaftarkan"):
        register_from_packet(ADMIN, path, None, setda.public.fingerprint)
    assert written() == before


def test_a_packet_of_this_office_itself_is_refused(two, tmp_path):
    _opd, utama = two
    path = utama_packet(utama, tmp_path)
    assert "kunci kantor ini sendiri" in packet_sender(path).problem
    before = written()
    with pytest.raises(UserError, match="kunci kantor ini sendiri"):
        register_from_packet(ADMIN, path, opd_named("Dinkes").id, utama.fingerprint)
    assert written() == before


# ----------------------------------------------------------------------------- command line
def test_paket_kunci_makes_the_same_checks(two, from_opd, monkeypatch, capsys):
    import main

    opd, utama = two
    store.close_database()
    monkeypatch.setenv(keyfile.ENV_FOLDER, str(utama.keys))
    args = ["paket", "kunci", str(from_opd), "--db", str(utama.db)]
    assert main.main([*args, "--sidik-jari", opd.fingerprint]) == 1
    assert "Pilih perangkat daerah" in capsys.readouterr().err
    assert main.main([*args, "--opd", "Dinkes", "--sidik-jari", opd.fingerprint]) == 0
    assert opd.fingerprint in capsys.readouterr().out
    assert main.main([*args, "--opd", "Dinkes", "--sidik-jari", opd.fingerprint]) == 1
    assert "sudah terdaftar" in capsys.readouterr().err
