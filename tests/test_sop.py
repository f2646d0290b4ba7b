"""The SOP file (TOML): the shipped one is valid; broken ones are refused with a message that
names the problem; each case keeps the SOP version it started under."""

from datetime import date

import pytest

from app import refdata, workflow
from app import sop as sop_module
from app.models import SopVersion
from app.sop import SOP_DIR, SopError, load_current_sop, parse_sop

SHIPPED = (SOP_DIR / "sop-2020.toml").read_text(encoding="utf-8")


def edited(old: str, new: str) -> str:
    """The shipped SOP text with ``old`` (which must occur exactly once) replaced."""
    assert SHIPPED.count(old) == 1, old
    return SHIPPED.replace(old, new)


def test_the_shipped_sop_has_six_steps_of_70_working_days_with_the_seed_actors():
    sop = load_current_sop()
    assert sop.version == "2020.1"
    assert [s.number for s in sop.steps] == [1, 2, 3, 4, 5, 6]
    assert [s.working_days for s in sop.steps] == [10, 10, 7, 30, 3, 10]
    assert sop.total_working_days == 70
    assert [s.actor for s in sop.steps] == ["ppid_pembantu", "ppid_utama", "tim_pertimbangan",
                                            "ppid_utama", "atasan_ppid", "ppid_utama"]
    assert sop.last_step == 6
    assert sop.role_name("atasan_ppid") == "Atasan PPID"


def test_the_shipped_sop_lets_step_5_send_back_to_step_4_and_step_1_nowhere():
    sop = load_current_sop()
    assert sop.step(5).send_back_to == 4
    assert sop.step(1).send_back_to is None


def test_the_step_duration_reads_in_words():
    assert load_current_sop().step(3).duration_text == "7 (tujuh) hari kerja"


def test_the_newest_sop_version_among_the_folders_is_current(tmp_path):
    (tmp_path / "sop-2026.toml").write_text(
        SHIPPED.replace('versi = "2020.1"', 'versi = "2026.1"'), encoding="utf-8")
    assert load_current_sop([tmp_path]).version == "2026.1"


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("format = = 1", "bukan TOML yang sah", id="bad-toml"),
    pytest.param(edited('pelaksana = "tim_pertimbangan"', 'pelaksana = "bupati"'),
                 "tahap 3: pelaksana 'bupati' bukan salah satu [[peran]]", id="unknown-actor"),
    pytest.param(edited('kode = "atasan_ppid"', 'kode = "kepala_dinas"')
                 .replace('pelaksana = "atasan_ppid"', 'pelaksana = "kepala_dinas"'),
                 "peran kepala_dinas tidak dikenal aplikasi", id="role-the-app-cannot-act-as"),
    pytest.param(edited('isian = ["tanggal_pertimbangan", "catatan"]',
                        'isian = ["tanggal_pertimbangan", "catatan", "warna_map"]'),
                 "tahap 3: isian 'warna_map' tidak dikenal", id="unknown-step-field"),
    pytest.param(edited('butir_isian = ["alasan_pengecualian"]',
                        'butir_isian = ["alasan_pengecualian", "warna_map"]'),
                 "tahap 5: butir_isian 'warna_map' tidak dikenal", id="unknown-item-field"),
    pytest.param(edited('wajib = ["tanggal_pertimbangan"]',
                        'wajib = ["tanggal_pertimbangan", "tempat_rapat"]'),
                 "tahap 3: 'tempat_rapat' wajib tetapi tidak ada di isian",
                 id="required-not-in-fields"),
    pytest.param(edited("nomor = 3\n", "nomor = 7\n"), "nomor tahap harus berurutan",
                 id="non-consecutive-steps"),
    pytest.param(edited('versi = "2020.1"\n', ""), "isian 'versi' tidak ada",
                 id="missing-versi"),
    pytest.param(edited('versi = "2020.1"', 'versi = "  "'), "'versi' kosong",
                 id="empty-versi"),
    pytest.param(edited("dapat_dikembalikan_ke = 4", "dapat_dikembalikan_ke = 6"),
                 "tahap 5: dapat_dikembalikan_ke harus nomor tahap sebelumnya",
                 id="send-back-to-later-step"),
    pytest.param(edited("hari_kerja = 7", "hari_kerja = 0"),
                 "tahap 3: hari_kerja harus antara 1 dan 365", id="zero-days"),
    pytest.param(edited("format = 1", "format = 2"), "format 2 tidak didukung",
                 id="unsupported-format"),
])
def test_an_invalid_sop_file_is_refused_naming_the_problem(text, expected):
    with pytest.raises(SopError) as err:
        parse_sop(text, source="uji.toml")
    assert expected in err.value.message
    assert err.value.message.startswith("uji.toml")


def test_an_unreadable_sop_file_is_refused_naming_the_file(tmp_path):
    with pytest.raises(SopError, match="tidak dapat dibaca"):
        sop_module.load_sop_file(tmp_path / "tidak-ada.toml")


# ----------------------------------------------------------------------------- registered copies
def test_a_case_keeps_the_sop_version_it_started_under(make_case, tmp_path, monkeypatch):
    old = make_case()
    revised = SHIPPED.replace('versi = "2020.1"', 'versi = "2026.1"').replace(
        "hari_kerja = 10\nkeluaran = [\n  \"Laporan hasil identifikasi",
        "hari_kerja = 5\nkeluaran = [\n  \"Laporan hasil identifikasi")
    assert revised.count("hari_kerja = 5\n") == 1
    (tmp_path / "sop").mkdir()
    (tmp_path / "sop" / "sop-2026.toml").write_text(revised, encoding="utf-8")
    monkeypatch.setattr(sop_module, "SOP_DIR", tmp_path / "sop")

    new = make_case(judul="Kasus dengan SOP baru", start=date(2026, 11, 2))

    assert new.sop_version_id == "2026.1"
    assert workflow.case_detail(new.id).steps[0].hari_kerja == 5
    old_detail = workflow.case_detail(old.id)
    assert old_detail.case.sop_version_id == "2020.1"
    assert old_detail.sop.step(1).working_days == 10
    assert old_detail.steps[0].hari_kerja == 10
    assert {v.version for v in SopVersion.select()} == {"2020.1", "2026.1"}


def test_registering_the_same_sop_version_with_other_text_is_refused(db):
    refdata.current_sop()
    stored = SopVersion.get_by_id("2020.1").sha256
    changed = parse_sop(edited("hari_kerja = 3\n", "hari_kerja = 5\n"))
    with pytest.raises(SopError, match="Naikkan 'versi'"):
        refdata.register_sop(changed)
    assert SopVersion.get_by_id("2020.1").sha256 == stored
    assert SopVersion.select().count() == 1


def test_registering_the_same_sop_text_again_is_accepted(db):
    first = refdata.register_sop(parse_sop(SHIPPED))
    again = refdata.register_sop(parse_sop(SHIPPED))
    assert first.version == again.version == "2020.1"
    assert SopVersion.select().count() == 1
