"""Edges of issue 10, attacked as an outsider would: a password typed as the username, the
lock-out answering faster, lone surrogates and NULs, over-long paths on the command line,
number patterns that make monsters, wrong-typed arguments, an SOP file saved by Notepad as
"Unicode". Each gets the app's own clear error (or is cleaned), never a traceback."""

from __future__ import annotations

import codecs
from datetime import date, timedelta

import pytest
from argon2 import PasswordHasher

import main
from app import accounts
from app import sop as sop_module
from app.accounts import AccountInput, LoginFailed, RoleGrant
from app.calendar_service import current_calendar
from app.cases import commands
from app.cases.listing import CaseFilter, Thresholds, query_case_ids
from app.cases.read import case_detail
from app.clock import now_utc
from app.documents.numbering import NUMBER_MAX, format_number, pattern_problem
from app.errors import NotFound, UserError, ValidationError
from app.masterdata import OfficialInput, OpdKop, save_official, save_opd
from app.models import Event, InfoItem, Opd, database
from app.settings import NOMOR_POLA, NOMOR_REGISTER_POLA, change_settings
from app.sop import SOP_DIR, SopError, load_current_sop

PASSWORD = "rahasia-kantor-1"
SECRET = "Sandi-Rahasia-Siti-2026"  # a password typed into the username field
SHIPPED = (SOP_DIR / "sop-2020.toml").read_text(encoding="utf-8")


def dinkes() -> int:
    return Opd.get(Opd.singkatan == "Dinkes").id


@pytest.fixture
def siti(db):
    accounts.create_first_admin(AccountInput("admin", "Admin Kantor"), PASSWORD)
    session = accounts.login("admin", PASSWORD)
    admin = session.actor(session.roles[0])
    accounts.create_user(
        admin,
        AccountInput("siti", "Siti Rohaeti", [RoleGrant("ppid_pembantu", dinkes())]),
        PASSWORD,
    )
    return "siti"


def _dump() -> str:
    return "\n".join(database.obj.connection().iterdump())


# ----------------------------------------------------------------------------- login
@pytest.mark.sqlite_only  # the SQLite file's iterdump is searched for the name
def test_an_unknown_username_is_recorded_masked_never_verbatim(siti):
    with pytest.raises(LoginFailed):
        accounts.login(SECRET, "apa-saja")
    event = Event.select().where(Event.jenis == "login_gagal").order_by(Event.id.desc()).get()
    assert SECRET.lower() not in event.ringkasan and SECRET.lower() not in str(event.rincian)
    assert "23 karakter" in event.ringkasan and "diawali 's'" in event.ringkasan
    dump = _dump().lower()
    assert SECRET.lower() not in dump
    assert SECRET.lower()[2:12] not in dump  # not even a piece of it


def _counting_verify(monkeypatch) -> list[str]:
    """Count every Argon2 verification the login makes (the work a timing attacker sees)."""
    calls: list[str] = []
    real = PasswordHasher.verify

    def verify(self, stored_hash, password):
        calls.append(stored_hash)
        return real(self, stored_hash, password)

    monkeypatch.setattr(PasswordHasher, "verify", verify)
    return calls


def test_unknown_wrong_and_locked_get_the_same_answer_after_the_same_work(siti, monkeypatch):
    start = now_utc()
    for _ in range(5):  # the fifth failure locks the account
        with pytest.raises(LoginFailed):
            accounts.login("siti", "salah-sandi", at=start)
    calls = _counting_verify(monkeypatch)
    answers: dict[str, tuple[str, int, int]] = {}
    for case, (name, password) in {
        "unknown": ("tidakada", "salah-sandi"),
        "wrong": ("admin", "salah-sandi"),
        "locked": ("siti", "salah-sandi"),
        "locked, right password": ("siti", PASSWORD),
    }.items():
        before_calls, before_events = len(calls), Event.select().count()
        with pytest.raises(LoginFailed) as err:
            accounts.login(name, password, at=start + timedelta(minutes=1))
        answers[case] = (
            err.value.message,
            len(calls) - before_calls,
            Event.select().count() - before_events,
        )
    assert len(set(answers.values())) == 1, answers
    message, verifications, events = answers["locked"]
    assert (verifications, events) == (1, 1)
    assert "siti" not in message  # the message does not confirm the account exists
    assert "dikunci" in message  # but says what may be the matter and what to do
    assert accounts.login("siti", PASSWORD, at=start + timedelta(minutes=6)).username == "siti"


def test_a_lone_surrogate_in_the_login_is_a_failed_login_not_a_crash(siti):
    for name, password in (("\ud800", "x"), ("siti", "\ud800sandi"), ("a\udfffb", "\udfff")):
        with pytest.raises(LoginFailed):
            accounts.login(name, password)


def test_a_lone_surrogate_cannot_become_a_password(siti):
    user = accounts.user_by_id(2)
    assert user is not None
    with pytest.raises(ValidationError) as err:
        accounts.change_own_password(user.id, PASSWORD, "sandi-baru-\ud800")
    assert err.value.fields == ["sandi_baru"]


# ----------------------------------------------------------------------------- text
def test_a_lone_surrogate_in_an_opd_name_is_named_as_an_unprintable_character(db, admin):
    for nama, singkatan in (("Dinas \ud800 Baru", "DB"), ("Dinas Baru", "D\udc80")):
        with pytest.raises(ValidationError) as err:
            save_opd(admin, nama, singkatan)
        assert "tidak dapat dicetak" in err.value.message
    with pytest.raises(ValidationError, match="tidak dapat dicetak"):
        save_opd(admin, "Dinas Baru", "DB", kop=OpdKop(kop_alamat="Jalan \ud800"))


@pytest.fixture
def listed(make_case):
    make_case(judul="Rekam medis Dinkes")
    make_case(judul="Data kepegawaian", opd="Setda")
    return Thresholds.compute(date(2026, 11, 25), current_calendar())


def test_a_nul_in_the_search_does_not_match_every_case(listed):
    every = query_case_ids(CaseFilter(), listed)
    assert len(every) == 2
    assert query_case_ids(CaseFilter(text="tidakada\x00"), listed) == []
    assert query_case_ids(CaseFilter(text="\x00tidakada"), listed) == []
    assert len(query_case_ids(CaseFilter(text="data\x00kepegawaian"), listed)) == 1


def test_a_lone_surrogate_in_the_search_finds_nothing_without_a_crash(listed):
    assert query_case_ids(CaseFilter(text="\ud800"), listed) == []
    assert len(query_case_ids(CaseFilter(text="rekam \udfff"), listed)) == 0


# ----------------------------------------------------------------------------- command line
LONG_NAME = "a" * 300  # over the 255 bytes a file name may have


@pytest.mark.sqlite_only  # the path of an SQLite file (a server database has no path)
@pytest.mark.parametrize(
    ("argv", "code"),
    [
        (["check", "--db", "{tmp}/{long}.db"], 1),
        (["demo", "--db", "{tmp}/{long}.db", "--cases", "1"], 2),
        (["backup", "{tmp}/ok", "--db", "{tmp}/{long}.db"], 1),
        (["check", "--db", "{tmp}/{long}/x.db"], 1),
    ],
    ids=["check", "demo", "backup", "check-folder"],
)
def test_an_over_long_path_on_the_command_line_is_a_message_and_an_exit_code(
    argv, code, tmp_path, capsys
):
    args = [a.format(tmp=tmp_path, long=LONG_NAME) for a in argv]
    assert main.main(args) == code
    err = capsys.readouterr().err
    assert err.startswith("Gagal: ") and "terlalu panjang" in err
    assert "Traceback" not in err and "Errno" not in err
    assert len(err) < 400  # the path is shortened, not printed in full


# ----------------------------------------------------------------------------- numbers
@pytest.mark.parametrize(
    "pattern",
    [
        "{urut:5000d}",
        "{urut:0200d}",
        "{urut}{tahun:>500}",
        "X" * 120 + "{urut}",
        "{kode}/{urut:03d}\t/{tahun}",
        "{kode}/{urut:03d}\n/{tahun}",
        "{urut:03d}/\u202e{tahun}",
        "{urut:03d}/\x07",
    ],
)
def test_a_number_pattern_making_a_monster_is_refused(pattern, db, admin):
    with pytest.raises(ValidationError) as err:
        format_number(pattern, kode="000.9.2", urut=1, unit="PPID", tanggal=date(2026, 3, 2))
    assert err.value.fields == ["nomor_pola"]
    assert pattern_problem(pattern)
    with pytest.raises(ValidationError, match="Pola nomor"):
        change_settings(admin, {NOMOR_POLA: {"default": pattern}})
    with pytest.raises(ValidationError) as kop_err:
        save_opd(admin, "Dinas Baru", "DB", kop=OpdKop(nomor_pola=pattern))
    assert "nomor_pola" in kop_err.value.fields


def test_a_number_at_the_limit_is_still_given(db):
    pattern = "{urut:0" + str(NUMBER_MAX - 5) + "d}/{tahun}"
    number = format_number(pattern, kode="", urut=7, unit="", tanggal=date(2026, 3, 2))
    assert len(number) == NUMBER_MAX and number.endswith("7/2026")


# ----------------------------------------------------------------------------- commands
def test_saving_only_fields_the_step_may_not_edit_is_refused_naming_them(make_case, advance):
    case = make_case()
    item = InfoItem.get(InfoItem.case == case.id)
    pembantu = commands.Actor("ppid_pembantu", "Budi")
    with pytest.raises(ValidationError) as err:
        commands.save_item(pembantu, case.id, {"kesimpulan": "terbuka"}, item.id)
    assert "Kesimpulan" in err.value.message and "tahap 1" in err.value.message
    assert err.value.fields == ["kesimpulan"]
    with pytest.raises(ValidationError, match="'tidak_ada'"):
        commands.save_item(pembantu, case.id, {"tidak_ada": "x"}, item.id)
    advance(case.id, 2)
    utama = commands.Actor("ppid_utama", "Sari")
    with pytest.raises(ValidationError, match="Uraian informasi"):
        commands.save_item(utama, case.id, {"uraian": "Diubah"}, item.id)
    assert InfoItem.get_by_id(item.id).uraian == "Rekam medis pasien rawat inap"


def _rejected(call, *, error=ValidationError) -> UserError:
    with pytest.raises(error) as err:
        call()
    return err.value


def test_wrong_typed_arguments_get_the_apps_own_error(make_case, pembantu, admin):
    case = make_case()
    item = InfoItem.get(InfoItem.case == case.id)
    start = date(2026, 3, 2)
    opd = dinkes()

    def new(**kw):
        values = {
            "opd_id": opd,
            "pemicu": "sebelum_permohonan",
            "judul": "Kasus baru",
            "tanggal_mulai": start,
        }
        return commands.NewCase(**(values | kw))

    before = Event.select().count()
    for call in (
        lambda: commands.create_case(pembantu, new(opd_id=str(opd))),
        lambda: commands.create_case(pembantu, new(judul=b"Kasus baru")),
        lambda: commands.create_case(pembantu, new(tanggal_mulai=20260302)),
        lambda: commands.create_case(pembantu, None),
        lambda: commands.save_item(pembantu, str(case.id), {"uraian": "Baru sekali"}, item.id),
        lambda: commands.save_item(pembantu, case.id, ["uraian"], item.id),
        lambda: commands.save_item(pembantu, case.id, {"uraian": "Baru"}, str(item.id)),
        lambda: commands.save_step(pembantu, case.id, "1", {}),
        lambda: commands.save_step(pembantu, case.id, 1, None),
        lambda: commands.complete_step(pembantu, case.id, 1.0),
        lambda: commands.complete_step(pembantu, case.id, 1, on=12),
        lambda: save_opd(admin, "Dinas Baru", "DB", opd_id="1"),
        lambda: save_opd(admin, 123),
        lambda: save_official(admin, OfficialInput(nama="Ani", jabatan="Staf", opd_id="1")),
        lambda: save_official(admin, "Ani"),
    ):
        _rejected(call)
    huge = 2**70
    for call in (
        lambda: commands.create_case(pembantu, new(opd_id=huge)),
        lambda: commands.save_item(pembantu, huge, {"uraian": "Baru"}, item.id),
        lambda: commands.save_item(pembantu, case.id, {"uraian": "Baru"}, huge),
        lambda: commands.save_step(pembantu, huge, 1, {}),
        lambda: commands.complete_step(pembantu, case.id, 10**5000),
        lambda: save_opd(admin, "Dinas Baru", "DB", opd_id=huge),
        lambda: save_official(admin, OfficialInput(nama="Ani", jabatan="Staf", opd_id=huge)),
    ):
        _rejected(call, error=NotFound)
    assert Event.select().count() == before  # nothing was written
    # An ISO date as text is a date (what JSON gives), as it is for the step's fields.
    made = commands.create_case(pembantu, new(tanggal_mulai="2026-03-02"))
    assert made.case.tanggal_mulai == start


def test_the_step_completion_note_has_the_long_text_limit(make_case, fill, pembantu):
    case = make_case()
    fill(case.id)
    err = _rejected(lambda: commands.complete_step(pembantu, case.id, 1, note="x" * 5000))
    assert err.fields == ["catatan_selesai"] and "4.000" in err.message
    err = _rejected(lambda: commands.complete_step(pembantu, case.id, 1, note="Catatan \ud800"))
    assert "tidak dapat dicetak" in err.message
    assert case_detail(case.id).current.tahap == 1
    commands.complete_step(pembantu, case.id, 1, note="Selesai\ndengan catatan")
    assert case_detail(case.id).current.tahap == 2


# ----------------------------------------------------------------------------- SOP files
def _revised(versi: str) -> str:
    return SHIPPED.replace('versi = "2020.2"', f'versi = "{versi}"')


@pytest.mark.parametrize(
    ("encode", "versi"),
    [
        (lambda text: codecs.BOM_UTF8 + text.encode("utf-8"), "2026.1"),
        (lambda text: text.encode("utf-16"), "2026.2"),  # Notepad's "Unicode": LE with BOM
        (lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"), "2026.3"),
    ],
    ids=["utf-8-bom", "utf-16-le-bom", "utf-16-be-bom"],
)
def test_an_sop_file_saved_by_notepad_starts_cases(encode, versi, make_case, tmp_path, monkeypatch):
    (tmp_path / "sop").mkdir()
    (tmp_path / "sop" / "sop-baru.toml").write_bytes(encode(_revised(versi)))
    monkeypatch.setattr(sop_module, "SOP_DIR", tmp_path / "sop")
    case = make_case(judul="Kasus dengan SOP dari Notepad")
    assert case.sop_version == versi
    assert case_detail(case.id).sop.source_text == _revised(versi)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (_revised("2026.4").encode("utf-16-le"), "UTF-16 tanpa penanda"),
        (
            _revised("2026.5").encode("cp1252", errors="replace").replace(b"Uji", b"\xdcji"),
            "bukan teks UTF-8",
        ),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "bukan teks UTF-8"),  # a lone surrogate
    ],
    ids=["utf-16-without-bom", "ansi", "broken-utf-16"],
)
def test_an_sop_file_in_another_encoding_is_refused_saying_how_to_save_it(
    data, expected, make_case, tmp_path, monkeypatch
):
    (tmp_path / "sop").mkdir()
    (tmp_path / "sop" / "sop-baru.toml").write_bytes(data)
    with pytest.raises(SopError) as err:
        load_current_sop([tmp_path / "sop"])
    assert expected in err.value.message and "sop-baru.toml" in err.value.message
    assert "UTF-8" in err.value.message
    monkeypatch.setattr(sop_module, "SOP_DIR", tmp_path / "sop")
    with pytest.raises(SopError):
        make_case()


@pytest.mark.parametrize(
    "pattern",
    ["{urut:5000d}/{tahun}", "{urut:999999999d}", "{urut:03d}\t/{tahun}", "X" * 120 + "{urut}"],
)
def test_a_register_pattern_making_a_monster_is_refused(pattern, db, admin):
    with pytest.raises(ValidationError, match="(?i)pola nomor register"):
        change_settings(admin, {NOMOR_REGISTER_POLA: pattern})


def test_a_printer_name_with_a_lone_surrogate_is_recorded_cleaned(
    db, make_case, advance, utama, monkeypatch
):
    from app.documents import render as renderers
    from app.documents.store import finalise, record_print
    from app.models import Event
    from tests.pdf_support import make_pdf

    monkeypatch.setattr(renderers, "render_document", lambda *a, **k: make_pdf("ba_uji"))
    case = make_case()
    advance(case.id, 3)
    doc = finalise(utama, case.id, "ba_uji").document
    record_print(utama, doc.id, 2, "HP LaserJet \ud800 Ruang PPID")
    last = Event.select().order_by(Event.id.desc()).first()
    assert "\ufffd" in last.rincian["printer"] and "\ud800" not in last.ringkasan
