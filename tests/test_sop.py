"""The SOP file (TOML): the shipped one is valid; broken ones are refused with a message that
names the problem; each case keeps the SOP version it started under."""

from datetime import date
from pathlib import Path

import pytest

from app import refdata
from app import sop as sop_module
from app.cases.read import case_detail
from app.models import SopVersion
from app.sop import SOP_DIR, SopError, load_current_sop, parse_sop

SHIPPED = (SOP_DIR / "sop-2020.toml").read_text(encoding="utf-8")
FORMAT_1 = (Path(__file__).parent / "data" / "sop-2020.1-format1.toml").read_text(encoding="utf-8")


def edited(old: str, new: str) -> str:
    """The shipped SOP text with ``old`` (which must occur exactly once) replaced."""
    assert SHIPPED.count(old) == 1, old
    return SHIPPED.replace(old, new)


def test_the_shipped_sop_has_six_steps_of_70_working_days_with_the_seed_actors():
    sop = load_current_sop()
    assert sop.version == "2020.2"
    assert [s.number for s in sop.steps] == [1, 2, 3, 4, 5, 6]
    assert [s.working_days for s in sop.steps] == [10, 10, 7, 30, 3, 10]
    assert sop.total_working_days == 70
    assert [s.actor for s in sop.steps] == [
        "ppid_pembantu",
        "ppid_utama",
        "tim_pertimbangan",
        "ppid_utama",
        "atasan_ppid",
        "ppid_utama",
    ]
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
        SHIPPED.replace('versi = "2020.2"', 'versi = "2026.1"'), encoding="utf-8"
    )
    assert load_current_sop([tmp_path]).version == "2026.1"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("format = = 1", "bukan TOML yang sah", id="bad-toml"),
        pytest.param(
            edited('pelaksana = "tim_pertimbangan"', 'pelaksana = "bupati"'),
            "tahap 3: pelaksana 'bupati' bukan salah satu [[peran]]",
            id="unknown-actor",
        ),
        pytest.param(
            edited('kode = "atasan_ppid"', 'kode = "kepala_dinas"').replace(
                'pelaksana = "atasan_ppid"', 'pelaksana = "kepala_dinas"'
            ),
            "peran kepala_dinas tidak dikenal aplikasi",
            id="role-the-app-cannot-act-as",
        ),
        pytest.param(
            edited(
                'isian = ["tanggal_pertimbangan", "catatan"]',
                'isian = ["tanggal_pertimbangan", "catatan", "warna_map"]',
            ),
            "tahap 3: isian 'warna_map' tidak dikenal",
            id="unknown-step-field",
        ),
        pytest.param(
            edited(
                'butir_isian = ["alasan_pengecualian"]',
                'butir_isian = ["alasan_pengecualian", "warna_map"]',
            ),
            "tahap 5: butir_isian 'warna_map' tidak dikenal",
            id="unknown-item-field",
        ),
        pytest.param(
            edited(
                'wajib = ["tanggal_pertimbangan"]',
                'wajib = ["tanggal_pertimbangan", "tempat_rapat"]',
            ),
            "tahap 3: 'tempat_rapat' wajib tetapi tidak ada di isian",
            id="required-not-in-fields",
        ),
        pytest.param(
            edited("nomor = 3\n", "nomor = 7\n"),
            "nomor tahap harus berurutan",
            id="non-consecutive-steps",
        ),
        pytest.param(
            edited('versi = "2020.2"\n', ""), "isian 'versi' tidak ada", id="missing-versi"
        ),
        pytest.param(
            edited('versi = "2020.2"', 'versi = "  "'), "'versi' kosong", id="empty-versi"
        ),
        pytest.param(
            edited("dapat_dikembalikan_ke = 4", "dapat_dikembalikan_ke = 6"),
            "tahap 5: dapat_dikembalikan_ke harus nomor tahap sebelumnya",
            id="send-back-to-later-step",
        ),
        pytest.param(
            edited("hari_kerja = 7", "hari_kerja = 0"),
            "tahap 3: hari_kerja harus antara 1 dan 365",
            id="zero-days",
        ),
        pytest.param(
            edited("format = 2", "format = 3"), "format 3 tidak didukung", id="unsupported-format"
        ),
        pytest.param(
            edited('jenis = "lembar_pertimbangan"', 'jenis = "surat_cinta"'),
            "jenis dokumen 'surat_cinta' tidak dikenal",
            id="unknown-document-kind",
        ),
        pytest.param(
            edited(
                'jenis = "laporan_uji"\njudul = "Laporan Hasil Uji Konsekuensi PPID '
                'Utama"\nsiap = ["isian_tahap"]',
                'jenis = "laporan_uji"\nsiap = ["isian_lengkap"]',
            ),
            "syarat 'isian_lengkap' tidak dikenal",
            id="unknown-condition",
        ),
        pytest.param(
            edited('"isian:tanggal_distribusi"', '"isian:warna_map"'),
            "'isian:warna_map' menyebut isian yang tidak ada",
            id="condition-unknown-field",
        ),
        pytest.param(
            edited('"dokumen_final:penetapan"', '"dokumen_final:pemberitahuan"'),
            "menyebut dokumen lain yang tidak ada",
            id="condition-cites-itself",
        ),
        pytest.param(
            edited("tampil_sejak = 4", "tampil_sejak = 6"),
            "tampil_sejak harus nomor tahap, paling lambat tahapnya",
            id="listed-after-its-step",
        ),
        pytest.param(
            edited('juga_oleh = ["ppid_utama"]', 'juga_oleh = ["bupati"]'),
            "tahap 1: juga_oleh 'bupati' bukan salah satu [[peran]]",
            id="unknown-also-by",
        ),
    ],
)
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
    revised = SHIPPED.replace('versi = "2020.2"', 'versi = "2026.1"').replace(
        'hari_kerja = 10\nkeluaran = [\n  "Laporan hasil identifikasi',
        'hari_kerja = 5\nkeluaran = [\n  "Laporan hasil identifikasi',
    )
    assert revised.count("hari_kerja = 5\n") == 1
    (tmp_path / "sop").mkdir()
    (tmp_path / "sop" / "sop-2026.toml").write_text(revised, encoding="utf-8")
    monkeypatch.setattr(sop_module, "SOP_DIR", tmp_path / "sop")

    new = make_case(judul="Kasus dengan SOP baru", start=date(2026, 11, 2))

    assert new.sop_version == "2026.1"
    assert case_detail(new.id).steps[0].hari_kerja == 5
    old_detail = case_detail(old.id)
    assert old_detail.case.sop_version == "2020.2"
    assert old_detail.sop.step(1).working_days == 10
    assert old_detail.steps[0].hari_kerja == 10
    assert {v.version for v in SopVersion.select()} == {"2020.2", "2026.1"}


def test_registering_the_same_sop_version_with_other_text_is_refused(db):
    refdata.current_sop()
    stored = SopVersion.get_by_id("2020.2").sha256
    changed = parse_sop(edited("hari_kerja = 3\n", "hari_kerja = 5\n"))
    with pytest.raises(SopError, match="Naikkan 'versi'"):
        refdata.register_sop(changed)
    assert SopVersion.get_by_id("2020.2").sha256 == stored
    assert SopVersion.select().count() == 1


def test_registering_the_same_sop_text_again_is_accepted(db):
    first = refdata.register_sop(parse_sop(SHIPPED))
    again = refdata.register_sop(parse_sop(SHIPPED))
    assert first.version == again.version == "2020.2"
    assert SopVersion.select().count() == 1


# ----------------------------------------------------------------------------- documents
def test_each_step_of_the_shipped_sop_names_its_documents_and_their_readiness():
    sop = load_current_sop()
    assert sop.format == 2
    assert [(d.kind, d.step, d.numbered) for d in sop.documents] == [
        ("laporan_identifikasi", 1, True),
        ("ba_pembantu", 1, True),
        ("laporan_uji", 2, True),
        ("ba_uji", 2, True),
        ("lembar_pertimbangan", 3, True),
        ("penetapan", 5, True),
        ("pemberitahuan", 6, True),
        ("bukti_batas_waktu", None, False),
    ]
    penetapan = sop.document("penetapan")
    assert (penetapan.listed_from, penetapan.ready, penetapan.applies) == (
        4,
        ("tahap_selesai",),
        ("butir_dikecualikan",),
    )
    assert sop.document("ba_uji").ready == (
        "butir_lengkap",
        "isian:tanggal_rapat",
        "isian:tempat_rapat",
        "peserta_hadir",
    )
    assert "dokumen_final:penetapan" in sop.document("pemberitahuan").ready
    # The BA of step 1 records a meeting of the PPID Pembantu: its step has one.
    assert {"tanggal_rapat", "tempat_rapat"} <= set(sop.step(1).required)
    assert sop.step(1).participants


def test_the_roles_that_also_work_a_step_are_data():
    sop = load_current_sop()
    assert sop.step(1).roles == ("ppid_pembantu", "ppid_utama")
    assert sop.step(5).roles == ("atasan_ppid",)


def test_a_stored_format_1_sop_keeps_loading_with_the_rules_it_had():
    old = parse_sop(FORMAT_1, source="SOP versi 2020.1")
    assert (old.format, old.version) == (1, "2020.1")
    assert [d.kind for d in old.documents] == [d.kind for d in load_current_sop().documents]
    # the PPID Utama worked step 1 under the first SOP too, by a rule then in code
    assert old.step(1).roles == ("ppid_pembantu", "ppid_utama")
    # no meeting fields in its step 1: the BA is dated by the step's completion
    assert old.document("ba_pembantu").ready == ("butir_lengkap", "tahap_selesai")
    assert old.document("penetapan").ready == ("tahap_selesai",)


def test_a_case_started_under_format_1_keeps_that_sop(db, today, make_case):
    """A database holding the first SOP's text: its cases run on, with its rules."""
    import tomllib  # noqa: F401  (the stored text is TOML)

    from app.models import Case
    from app.refdata import _sop_cache

    case = make_case()
    SopVersion.create(
        version="2020.1",
        sha256=parse_sop(FORMAT_1).sha256,
        text=FORMAT_1,
        registered_at=date(2026, 1, 1),
    )
    Case.update(sop_version="2020.1").where(Case.id == case.id).execute()
    _sop_cache.clear()
    detail = case_detail(case.id)
    assert detail.sop.format == 1
    assert "tanggal_rapat" not in detail.sop.step(1).fields
