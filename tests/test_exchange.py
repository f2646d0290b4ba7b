"""A case travels between an OPD install and the PPID Utama as one signed file
(app.exchange): the round trip, and every packet that must be refused or reported."""

import zipfile
from datetime import date

import pytest

from app import checks, clock, setup, store
from app.cases.read import case_detail, get_case
from app.errors import ConflictError, PermissionDenied
from app.exchange import import_packet, inspect_packet, register_office_key, send_case
from app.exchange.office import PEMBANTU
from app.exchange.packet import PacketProblem
from app.exchange.service import ConflictsPending
from app.models import Case, Opd, database
from app.permissions import SYSTEM_ACTOR, Actor
from app.signing import keyfile
from app.workdays import WorkCalendar  # noqa: F401 (the calendar the deadlines use)
from tests.conftest import (
    ACTORS,
    ADMIN,
    PINNED_TODAY,
    advance_case,
    create_case_with_item,
    create_officials,
    open_test_database,
    outsider_edit,
)
from tests.conftest import (
    PEMBANTU as PEMBANTU_ACTOR,
)
from tests.conftest import (
    UTAMA as UTAMA_ACTOR,
)

TABLES = (
    "case",
    "infoitem",
    "steprecord",
    "participant",
    "document",
    "attachment",
    "event",
    "paket_kasus",
    "tautan_kasus",
    "tautan_kejadian",
    "official",
    "numberregister",
)


class Office:
    """One office: its database file and its key folder."""

    def __init__(self, tmp_path, name, monkeypatch):
        self.db = tmp_path / f"{name}.db"
        self.keys = tmp_path / f"kunci-{name}"
        self.key = keyfile.create_key(self.keys)
        self.mp = monkeypatch

    def open(self):
        store.close_database()
        self.mp.setenv(keyfile.ENV_FOLDER, str(self.keys))
        open_test_database(self.db)
        return self

    @property
    def public(self):
        return self.key.public.hex

    @property
    def fingerprint(self):
        return self.key.public.fingerprint


def counts():
    return {t: database.execute_sql(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in TABLES}


def assert_checks_pass():
    failed = [
        r for r in checks.run_checks() if not r.ok and r.name != "Cadangan di folder cadangan"
    ]
    assert not failed, failed


def dinkes():
    return Opd.get(Opd.singkatan == "Dinkes")


@pytest.fixture
def offices(tmp_path, monkeypatch):
    clock.pin_today(PINNED_TODAY)
    opd, utama = Office(tmp_path, "opd", monkeypatch), Office(tmp_path, "utama", monkeypatch)
    # The PPID Utama: its officials, and the OPD's key registered by its fingerprint.
    utama.open()
    utama.officials = create_officials()
    register_office_key(ADMIN, dinkes().id, opd.public, opd.fingerprint)
    # The OPD install: its own register pattern, the PPID Utama's key.
    opd.open()
    opd.officials = create_officials()
    # The OPD install as its first-run setup makes it: its PPID Pembantu, kop and register.
    setup.first_run(
        setup.FirstRun(
            username="admin",
            nama_lengkap="Admin Dinkes",
            password="sandi-dinkes-1",
            kop_pemerintah="PEMERINTAH KABUPATEN SERANG",
            kop_instansi="DINAS KESEHATAN",
            kop_alamat=["Jl. Veteran No. 1, Serang"],
            kantor=PEMBANTU,
            opd_id=dinkes().id,
        )
    )
    register_office_key(ADMIN, None, utama.public, utama.fingerprint)
    yield opd, utama
    store.close_database()
    clock.pin_today(None)


def step1_done_at_opd(opd, tmp_path, start=date(2026, 11, 2)):
    opd.open()
    case = create_case_with_item(start=start)
    advance_case(case.id, 2, opd.officials)
    return case.id, send_case(PEMBANTU_ACTOR, case.id, tmp_path)


def test_round_trip_step_1_there_steps_2_to_6_here_and_the_reply_back(offices, tmp_path):
    opd, utama = offices
    case_id, path = step1_done_at_opd(opd, tmp_path)
    assert path.name == "001-UK-DINKES-2026.ujikon-kasus"
    assert_checks_pass()

    utama.open()
    seen = inspect_packet(path)
    assert seen.new_case and seen.items == 1 and not seen.conflicts
    assert seen.sender_office == f"PPID Pembantu {dinkes().nama}"
    before = counts()
    assert counts() == before  # inspect wrote nothing
    result = import_packet(UTAMA_ACTOR, path)
    case = get_case(result.case_id)
    assert case.nomor == "001/UK-DINKES/2026" and case.tahap == 2
    detail = case_detail(result.case_id)
    rec = detail.current
    assert rec.tahap == 2 and rec.tanggal_mulai == PINNED_TODAY
    from app.calendar_service import current_calendar

    assert rec.batas_waktu == current_calendar().add_working_days(PINNED_TODAY, rec.hari_kerja)
    assert case.batas_waktu == rec.batas_waktu
    assert_checks_pass()
    # Steps 2-6 here, then the result goes back.
    advance_case(result.case_id, 7, utama.officials)
    assert get_case(result.case_id).finished
    reply = send_case(UTAMA_ACTOR, result.case_id, tmp_path / "balasan.ujikon-kasus")
    assert_checks_pass()

    opd.open()
    back = inspect_packet(reply)
    assert not back.new_case and not back.conflicts
    import_packet(PEMBANTU_ACTOR, reply)
    assert get_case(case_id).finished
    detail = case_detail(case_id)
    assert [r.tahap for r in detail.steps] == [1, 2, 3, 4, 5, 6]
    refs = [r.data["pejabat_penetap"] for r in detail.steps if "pejabat_penetap" in r.data]
    assert refs and set(refs) == {opd.officials["kepala"].id}  # mapped to the local official
    assert_checks_pass()
    # The same reply again is a replay.
    before = counts()
    with pytest.raises(PacketProblem, match="diputar ulang"):
        import_packet(PEMBANTU_ACTOR, reply)
    assert counts() == before


def _refused(path, match):
    before = counts()
    with pytest.raises(PacketProblem, match=match):
        inspect_packet(path)
    with pytest.raises(PacketProblem, match=match):
        import_packet(UTAMA_ACTOR, path)
    assert counts() == before
    assert_checks_pass()


def test_a_flipped_byte_anywhere_is_refused(offices, tmp_path):
    opd, utama = offices
    _case_id, path = step1_done_at_opd(opd, tmp_path)
    data = path.read_bytes()
    utama.open()
    for offset in (len(data) // 3, len(data) // 2, len(data) - 30):
        bad = tmp_path / f"bad-{offset}.ujikon-kasus"
        flipped = bytearray(data)
        flipped[offset] ^= 0x01
        bad.write_bytes(bytes(flipped))
        _refused(bad, "rusak")


def test_a_truncated_packet_is_refused(offices, tmp_path):
    opd, utama = offices
    _case_id, path = step1_done_at_opd(opd, tmp_path)
    cut = tmp_path / "cut.ujikon-kasus"
    cut.write_bytes(path.read_bytes()[:-200])
    utama.open()
    _refused(cut, "rusak")


def test_a_member_changed_and_the_manifest_resigned_by_another_key_is_refused(offices, tmp_path):
    opd, utama = offices
    _case_id, path = step1_done_at_opd(opd, tmp_path)
    # Someone rebuilds the packet with changed content and signs it with a key of their own.
    from app.exchange import packet as pk

    good = pk.read_packet(path)
    forger = keyfile.create_key(tmp_path / "forger")
    case = dict(good.case)
    case["kasus"] = {**case["kasus"], "judul": "Judul palsu"}
    manifest = {k: v for k, v in good.manifest.items() if k != "berkas"}
    manifest["pengirim"] = {**manifest["pengirim"], "publik": forger.public.hex}
    forged = tmp_path / "forged.ujikon-kasus"
    pk.write_packet(forged, manifest, case, good.blobs, forger.sign)
    utama.open()
    _refused(forged, "belum terdaftar")


def test_the_key_of_one_opd_cannot_send_another_opds_case(offices, tmp_path):
    opd, utama = offices
    opd.open()
    case = create_case_with_item(opd="Setda")
    advance_case(case.id, 2, opd.officials)
    with pytest.raises(ConflictError, match="bukan milik perangkat daerah"):
        send_case(PEMBANTU_ACTOR, case.id, tmp_path)


def test_step_1_must_be_complete_and_only_the_pembantu_sends_from_an_opd(offices, tmp_path):
    opd, _utama = offices
    opd.open()
    case = create_case_with_item()
    with pytest.raises(ConflictError, match="Tahap 1"):
        send_case(PEMBANTU_ACTOR, case.id, tmp_path)
    advance_case(case.id, 2, opd.officials)
    with pytest.raises(PermissionDenied):
        send_case(ACTORS["tim_pertimbangan"], case.id, tmp_path)
    other = Actor("ppid_pembantu", "Lain", opd_id=Opd.get(Opd.singkatan == "Setda").id)
    with pytest.raises(PermissionDenied):
        send_case(other, case.id, tmp_path)
    assert not list(tmp_path.glob("*.ujikon-kasus"))


def test_an_older_packet_after_a_newer_one_is_a_replay(offices, tmp_path):
    opd, utama = offices
    case_id, first = step1_done_at_opd(opd, tmp_path)
    first = first.rename(tmp_path / "pertama.ujikon-kasus")
    second = send_case(PEMBANTU_ACTOR, case_id, tmp_path / "kedua.ujikon-kasus")
    utama.open()
    import_packet(UTAMA_ACTOR, second)
    _refused(first, "diputar ulang")


def test_a_conflicting_edit_is_reported_side_by_side_and_the_choice_is_recorded(offices, tmp_path):
    opd, utama = offices
    case_id, first = step1_done_at_opd(opd, tmp_path)
    utama.open()
    here = import_packet(UTAMA_ACTOR, first).case_id
    from app.cases import commands

    # The PPID Utama works step 2; meanwhile the OPD changes the title and sends again.
    commands.save_step(UTAMA_ACTOR, here, 2, {"tempat_rapat": "Ruang Rapat Utama"})
    opd.open()
    from app.cases import read

    # (No service changes the title after step 1: the edit is made as a service would,
    # with its event.)
    with database.atomic():
        Case.update(judul="Judul dari OPD").where(Case.id == case_id).execute()
        from app import history
        from app.history.kinds import EventKind

        history.record(EventKind.ITEM_SAVED, "Judul diubah", PEMBANTU_ACTOR, case_id)
    second = send_case(PEMBANTU_ACTOR, case_id, tmp_path / "kedua.ujikon-kasus")
    assert read.get_case(case_id).judul == "Judul dari OPD"

    utama.open()
    seen = inspect_packet(second)
    paths = {c.path: c for c in seen.conflicts}
    assert paths["kasus.judul"].local == "Pemutakhiran DIK Dinkes Tahun 2026"
    assert paths["kasus.judul"].incoming == "Judul dari OPD"
    assert paths["tahap.2.1.tempat_rapat"].local == "Ruang Rapat Utama"
    assert paths["tahap.2.1.tempat_rapat"].incoming is None
    before = counts()
    with pytest.raises(ConflictsPending, match="kasus.judul"):
        import_packet(UTAMA_ACTOR, second)
    assert counts() == before
    import_packet(UTAMA_ACTOR, second, {"kasus.judul": "paket", "tahap.2.1.tempat_rapat": "lokal"})
    assert get_case(here).judul == "Judul dari OPD"
    assert case_detail(here).current.data["tempat_rapat"] == "Ruang Rapat Utama"
    from app.models import Event

    last = Event.select().where(Event.case == here).order_by(Event.id.desc()).first()
    chosen = {c["isian"]: c["dipilih"] for c in last.rincian["pilihan"]}
    assert chosen == {"kasus.judul": "paket", "tahap.2.1.tempat_rapat": "lokal"}
    assert_checks_pass()


def test_a_database_edited_with_sqlite3_after_an_import_is_seen_by_the_check(offices, tmp_path):
    opd, utama = offices
    _case_id, path = step1_done_at_opd(opd, tmp_path)
    utama.open()
    import_packet(UTAMA_ACTOR, path)
    store.close_database()
    outsider_edit(utama.db, "UPDATE tautan_kasus SET uid = 'lain'")
    utama.open()
    failed = [r.name for r in checks.run_checks() if not r.ok]
    assert "Segel baris" in failed


def test_the_command_line_acts_as_the_system(offices, tmp_path):
    opd, utama = offices
    _case_id, path = step1_done_at_opd(opd, tmp_path)
    utama.open()
    assert zipfile.is_zipfile(path)
    import_packet(SYSTEM_ACTOR, path)


def test_the_paket_commands_send_receive_and_refuse_with_their_exit_codes(
    offices, tmp_path, monkeypatch, capsys
):
    import main

    opd, utama = offices
    opd.open()
    case = create_case_with_item()
    advance_case(case.id, 2, opd.officials)
    store.close_database()
    monkeypatch.setenv(keyfile.ENV_FOLDER, str(opd.keys))
    code = main.main(["paket", "kirim", case.nomor, "--ke", str(tmp_path), "--db", str(opd.db)])
    assert code == 0, capsys.readouterr().err
    path = tmp_path / "001-UK-DINKES-2026.ujikon-kasus"
    assert path.is_file()
    assert (
        main.main(["paket", "kirim", "999/X/2026", "--ke", str(tmp_path), "--db", str(opd.db)]) == 1
    )
    monkeypatch.setenv(keyfile.ENV_FOLDER, str(utama.keys))
    args = ["paket", "terima", str(path), "--db", str(utama.db)]
    assert main.main([*args, "--pilih", "judul"]) == 2
    assert main.main([*args, "--periksa"]) == 0
    assert "Kasus baru di kantor ini" in capsys.readouterr().out
    assert main.main(args) == 0
    assert main.main(args) == 1
    assert "diputar ulang" in capsys.readouterr().err


def test_an_official_is_the_same_person_at_both_offices_whatever_their_ids():
    from app.exchange.service import _diff

    def state(key, person):
        return {
            "kasus": {},
            "butir": [],
            "tahap": [{"tahap": 6, "putaran": 1, "data": {"pejabat_penetap": {"$pejabat": key}}}],
            "pejabat": {key: person},
        }

    sekda = {"nama": "Ratna Susanti", "nip": "196805121992032001", "jabatan": "Sekretaris Daerah"}
    # The same NIP under another id at the other office: no difference.
    assert _diff(state("p2", sekda), state("p9", sekda)) == []
    # Without a NIP, by name and jabatan.
    staff = {"nama": "Dedi", "nip": None, "jabatan": "Staf"}
    assert _diff(state("p3", staff), state("p4", dict(staff))) == []
    # Another person: a difference, shown by name and jabatan.
    other = {"nama": "Budi Santoso", "nip": "197001011990031001", "jabatan": "Asisten"}
    assert _diff(state("p2", sekda), state("p2", other)) == [
        (
            "tahap.6.1.pejabat_penetap",
            "tahap 6 (putaran 1): pejabat_penetap",
            "Ratna Susanti (Sekretaris Daerah)",
            "Budi Santoso (Asisten)",
        )
    ]


def test_a_send_back_to_step_1_goes_back_and_step_1_is_worked_again_at_the_opd(offices, tmp_path):
    """The PPID Utama returns the case to step 1 with its reason and sends it back; the
    OPD's copy shows step 1 running again from the day it arrived, with the reason in its
    history; worked there again, it comes back to the PPID Utama as the same case."""
    from app.cases import commands
    from app.history import case_history

    opd, utama = offices
    case_id, path = step1_done_at_opd(opd, tmp_path)
    utama.open()
    here = import_packet(UTAMA_ACTOR, path).case_id
    reason = "Uraian butir 1 belum menyebut dokumen sumbernya"
    commands.send_back(UTAMA_ACTOR, here, 2, reason)
    assert get_case(here).tahap == 1
    back = send_case(UTAMA_ACTOR, here, tmp_path / "dikembalikan.ujikon-kasus")

    opd.open()
    seen = inspect_packet(back)
    assert not seen.new_case and not seen.conflicts
    assert seen.running.startswith("Tahap 1 (") and "dimulai hari ini di kantor ini" in seen.running
    import_packet(PEMBANTU_ACTOR, back)
    case = get_case(case_id)
    assert case.tahap == 1 and not case.finished
    current = case_detail(case_id).current
    assert current.tahap == 1 and current.tanggal_mulai == PINNED_TODAY
    assert any(reason in entry.summary for entry in case_history(case_id))
    assert_checks_pass()

    # Step 1 again at the OPD, then the same case goes to the PPID Utama a second time.
    advance_case(case_id, 2, opd.officials)
    again = send_case(PEMBANTU_ACTOR, case_id, tmp_path / "lagi.ujikon-kasus")
    utama.open()
    assert not inspect_packet(again).new_case
    assert import_packet(UTAMA_ACTOR, again).case_id == here
    assert get_case(here).tahap == 2
    assert_checks_pass()
