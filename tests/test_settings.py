"""Settings: declared once and typed; read as their type whatever is stored; every change a
user makes goes through change_settings (permission, validation, one history event)."""

import re
from pathlib import Path

import pytest

from app import accounts, history, settings
from app.accounts import AccountInput, RoleGrant
from app.changes import NOTHING
from app.errors import PermissionDenied, SessionExpired, UserError, ValidationError
from app.history import EventKind
from app.history.text import change_lines, field_label
from app.models import Event, Setting
from app.permissions import Action, Actor
from app.settings import (
    CADANGAN_SAAT_KELUAR,
    CUTI_BERSAMA_LIBUR,
    HARI_PENGINGAT_CADANGAN,
    KERTAS,
    KUNCI_LAYAR_MENIT,
    RANTAI_RIWAYAT,
    REVISI_KALENDER,
    SETTINGS,
    SIMPAN_CADANGAN,
    change_settings,
    write_internal,
)
from app.settings.spec import conforms
from app.store.engine import on_server

APP = Path(__file__).resolve().parents[1] / "app"
PASSWORD = "rahasia-kantor-1"

# A value of the declared type, other than the default, for every setting.
SAMPLES = {
    "cuti_bersama_libur": False,
    "revisi_kalender": 4,
    "dasar_kalender_paket": "0.99",
    "rujukan_skb": {"2027": "SKB 3 Menteri Nomor 1 Tahun 2026, Nomor 2 Tahun 2026"},
    "hari_peringatan": 5,
    "nomor_register_pola": "{urut:04d}/UJI/{tahun}",
    "kop_pemerintah": "PEMERINTAH KOTA CILEGON",
    "kop_instansi": "DINAS KOMINFO",
    "kop_alamat": ["Jalan Contoh 1, Cilegon"],
    "kop_logo": "iVBORw0KGgoAAAAA",  # base64 of a PNG signature and a few bytes
    "nama_badan_publik": "Pemerintah Kota Cilegon",
    "tempat_default": "Cilegon",
    "kertas": "A4",
    "margin_mm": {"atas": 25, "kanan": 20, "bawah": 20, "kiri": 25},
    "penetapan_bentuk": "keputusan_bupati",
    "kutip_pasal17": True,
    "bupati_nama": "Ratu Rachmatuzakiyah",
    "mengingat": ["Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik"],
    "nomor_pola": {"default": "{kode}/{urut:03d}/{unit}/{bulan_romawi}/{tahun}"},
    "kode_klasifikasi": {"default": "000.9.3"},
    "kode_unit": "DISKOMINFO",
    "rantai_riwayat": {"jumlah": 3, "hash": "ab" * 32},
    "kepala_bertanda": {"jumlah": 3, "hash": "ab" * 32, "tanda_tangan": "ef" * 64},
    "kunci_kantor": {"publik": "12" * 32, "sidik_jari": "ABCD " * 7 + "ABCD", "sebelumnya": []},
    "kunci_layar_menit": 30,
    "gagal_login_maks": 3,
    "kunci_login_menit": 10,
    "hari_pengingat_cadangan": 14,
    "cadangan_saat_keluar": True,
    "folder_cadangan": r"E:\Cadangan Ujikon",
    "simpan_cadangan": 5,
    "cadangan_terakhir": {
        "waktu": "2026-11-25T09:00:00+00:00",
        "path": "/x/ujikon.sqlite",
        "sha256": "cd" * 32,
        "ukuran": 4096,
    },
    "arsip_tahunan": 2025,
}
# JSON texts an outsider could leave in the table, of every shape (and not JSON at all).
OUTSIDE_VALUES = [
    '"teks"',
    "12",
    "1.5",
    "true",
    "null",
    "[1, 2]",
    '["a"]',
    '{"x": 1}',
    '{"atas": 20}',
    '{"waktu": 1}',
    "bukan json",
    "",
]


@pytest.fixture
def admin_session(db):
    """A real administrator account, logged in."""
    accounts.create_first_admin(AccountInput("admin", "Admin Kantor"), PASSWORD)
    session = accounts.login("admin", PASSWORD)
    return session.actor(session.roles[0])


def store_sample(spec, admin) -> None:
    if spec.action is None:
        from app.models import database

        with database.atomic():
            write_internal(spec, SAMPLES[spec.key])
    else:
        change_settings(admin, {spec: SAMPLES[spec.key]})


def outside_sql(sql: str, *params) -> None:
    """Change a stored row as someone with an SQL tool would (the sqlite3 tool, psql),
    beside the app's services: a plain statement on either engine."""
    from app.models import database

    database.execute_sql(sql, params)


def events(kind: str | None = None) -> list[Event]:
    query = Event.select().order_by(Event.id)
    return list(query if kind is None else query.where(Event.jenis == kind))


# ----------------------------------------------------------------------------- declarations
def test_every_setting_is_declared_once_with_a_label_and_who_may_change_it():
    assert set(SAMPLES) == set(SETTINGS)
    for spec in SETTINGS.values():
        assert spec.label and spec.label[0].isupper()
        assert spec.action is None or isinstance(spec.action, Action)
        assert conforms(spec.default, spec.type)


def test_who_may_change_which_setting():
    internal = {k for k, s in SETTINGS.items() if s.action is None}
    assert internal == {
        "rantai_riwayat",
        "kepala_bertanda",
        "kunci_kantor",
        "revisi_kalender",
        "dasar_kalender_paket",
        "cadangan_terakhir",
        "arsip_tahunan",
    }
    assert CUTI_BERSAMA_LIBUR.action == Action.MANAGE_CALENDAR
    assert SETTINGS["folder_cadangan"].action == Action.BACKUP
    assert SETTINGS["rujukan_skb"].action == Action.MANAGE_CALENDAR
    others = set(SETTINGS) - internal - {"cuti_bersama_libur", "rujukan_skb", "folder_cadangan"}
    assert {SETTINGS[k].action for k in others} == {Action.MANAGE_SETTINGS}


def test_the_sample_values_are_valid_and_differ_from_the_defaults():
    for key, sample in SAMPLES.items():
        spec = SETTINGS[key]
        assert spec.problem(sample) is None, key
        assert sample != spec.default, key


def test_the_margin_keys_are_the_fields_of_margins_in_order():
    from typing import get_type_hints

    from app.settings.catalog import MARGIN_KEYS, Margins

    assert MARGIN_KEYS == tuple(get_type_hints(Margins))


# ----------------------------------------------------------------------------- reading
def test_an_unset_setting_reads_as_its_default_and_a_copy_of_it(db):
    assert settings.value(KUNCI_LAYAR_MENIT) == 15
    margins = settings.value(SETTINGS["margin_mm"])
    margins["kiri"] = 99
    assert settings.value(SETTINGS["margin_mm"])["kiri"] == 30  # the default was not changed


@pytest.mark.parametrize("key", list(SAMPLES))
def test_every_declared_setting_round_trips_with_its_type(db, admin, key):
    spec = SETTINGS[key]
    store_sample(spec, admin)
    again = settings.value(spec)
    assert again == SAMPLES[key]
    assert type(again) is type(SAMPLES[key])
    assert conforms(again, spec.type)


@pytest.mark.parametrize("key", list(SAMPLES))
def test_a_wrongly_typed_stored_value_reads_as_the_default(db, admin, key):
    spec = SETTINGS[key]
    store_sample(spec, admin)
    wrong = [text for text in OUTSIDE_VALUES if not _json_conforms(text, spec.type)]
    assert wrong
    for text in wrong:
        outside_sql("UPDATE setting SET value = ? WHERE key = ?", text, key)
        assert settings.value(spec) == spec.default, text
        assert settings.decode(spec, text) == spec.default, text
    if not on_server():  # a server's text column holds only text: no blob can be stored
        outside_sql("UPDATE setting SET value = X'FF00' WHERE key = ?", key)  # not even text
        assert settings.value(spec) == spec.default


def _json_conforms(text: str, tp) -> bool:
    import json

    try:
        return conforms(json.loads(text), tp)
    except ValueError:
        return False


def test_a_broken_chain_head_reads_as_the_default_and_the_check_reports_it(db, admin):
    change_settings(admin, {SIMPAN_CADANGAN: 5})  # one event, so the head says 1
    outside_sql("UPDATE setting SET value = '\"rusak\"' WHERE key = 'rantai_riwayat'")
    assert settings.value(RANTAI_RIWAYAT) == {"jumlah": 0, "hash": ""}
    result = history.verify_chain()
    assert not result.ok and "kejadian" in result.message


# ----------------------------------------------------------------------------- the service
@pytest.mark.parametrize(
    ("role", "spec", "new"),
    [
        ("ppid_pembantu", HARI_PENGINGAT_CADANGAN, 14),
        ("tim_pertimbangan", CUTI_BERSAMA_LIBUR, False),
        ("ppid_utama", KERTAS, "A4"),
        ("atasan_ppid", SETTINGS["folder_cadangan"], "/media/usb"),
    ],
)
def test_change_settings_refuses_a_role_without_the_right_and_writes_nothing(db, role, spec, new):
    before = events()
    with pytest.raises(PermissionDenied):
        change_settings(Actor(role, "Siapa"), {spec: new})
    assert Setting.get_or_none(Setting.key == spec.key) is None
    assert settings.value(spec) == spec.default
    assert events() == before


def test_one_setting_without_the_right_refuses_the_whole_change(db, utama):
    """The PPID Utama may back up (so choose the folder) but not set how many to keep."""
    with pytest.raises(PermissionDenied, match="mengubah pengaturan"):
        change_settings(utama, {SETTINGS["folder_cadangan"]: "/media/usb", SIMPAN_CADANGAN: 5})
    assert settings.value(SETTINGS["folder_cadangan"]) == ""
    assert events() == []


def test_a_session_whose_account_was_deactivated_is_refused(admin_session):
    accounts.create_user(
        admin_session, AccountInput("budi", "Budi Santoso", [RoleGrant("admin")]), PASSWORD
    )
    session = accounts.login("budi", PASSWORD)
    budi = session.actor(session.roles[0])
    assert change_settings(budi, {SIMPAN_CADANGAN: 10}).settings  # allowed while active
    accounts.update_user(
        admin_session,
        session.user_id,
        AccountInput("budi", "Budi Santoso", [RoleGrant("admin")], aktif=False),
    )
    before = events()
    with pytest.raises(SessionExpired, match="dinonaktifkan"):
        change_settings(budi, {SIMPAN_CADANGAN: 5})
    assert settings.value(SIMPAN_CADANGAN) == 10
    assert events() == before


def test_a_change_to_the_same_values_writes_and_records_nothing(db, admin):
    assert change_settings(admin, {SIMPAN_CADANGAN: 30, CADANGAN_SAAT_KELUAR: False}) is NOTHING
    assert Setting.get_or_none(Setting.key == SIMPAN_CADANGAN.key) is None
    assert events() == []
    assert change_settings(admin, {}) is NOTHING


def test_a_real_change_is_one_event_with_old_and_new_values(db, admin):
    result = change_settings(
        admin, {SIMPAN_CADANGAN: 5, CADANGAN_SAAT_KELUAR: True, HARI_PENGINGAT_CADANGAN: 7}
    )  # 7: unchanged
    assert result.settings and result.history
    assert result.value == (SIMPAN_CADANGAN, CADANGAN_SAAT_KELUAR)
    (event,) = events()
    assert event.jenis == EventKind.SETTINGS_CHANGED
    assert event.rincian == {
        "perubahan": {"simpan_cadangan": [30, 5], "cadangan_saat_keluar": [False, True]}
    }
    assert event.ringkasan == (
        "Pengaturan diubah: Jumlah cadangan yang disimpan, Cadangkan setiap kali Ujikon ditutup"
    )
    assert sorted(change_lines(event.rincian)) == [
        "Cadangkan setiap kali Ujikon ditutup: tidak → ya",
        "Jumlah cadangan yang disimpan: 30 → 5",
    ]
    assert (settings.value(SIMPAN_CADANGAN), settings.value(CADANGAN_SAAT_KELUAR)) == (5, True)
    assert Setting.get_or_none(Setting.key == HARI_PENGINGAT_CADANGAN.key) is None
    assert history.verify_chain().ok


@pytest.mark.parametrize(
    ("spec", "new", "message"),
    [
        (KUNCI_LAYAR_MENIT, 999, "0 (tidak pernah) sampai 240 menit"),
        (SIMPAN_CADANGAN, 0, "1 sampai 1.000"),
        (SIMPAN_CADANGAN, "30", "bilangan bulat"),
        (HARI_PENGINGAT_CADANGAN, True, "bilangan bulat"),
        (KERTAS, "Letter", "F4 atau A4"),
        (CUTI_BERSAMA_LIBUR, 1, "ya atau tidak"),
        (SETTINGS["kop_instansi"], "", "wajib diisi"),
        (SETTINGS["margin_mm"], {"atas": 20, "kanan": 20, "bawah": 20, "kiri": 2}, "Margin kiri"),
        (SETTINGS["nomor_register_pola"], "{tahun}", "{urut}"),
        (SETTINGS["folder_cadangan"], "a\nb", "satu baris"),
    ],
)
def test_an_invalid_value_is_refused_naming_the_field_and_nothing_is_written(
    db, admin, spec, new, message
):
    with pytest.raises(ValidationError, match=re.escape(message)) as err:
        change_settings(admin, {spec: new, SETTINGS["gagal_login_maks"]: 3})
    assert err.value.fields == [spec.key]
    assert settings.value(SETTINGS["gagal_login_maks"]) == 5  # the valid one was not written
    assert Setting.get_or_none(Setting.key == spec.key) is None
    assert events() == []


def test_internal_settings_are_refused_as_a_bug_not_as_a_missing_right(db, admin):
    with pytest.raises(ValueError, match="revisi_kalender") as err:
        change_settings(admin, {REVISI_KALENDER: 9})
    assert not isinstance(err.value, UserError)
    with pytest.raises(ValueError, match="change_settings"):
        write_internal(KERTAS, "A4")
    with pytest.raises(TypeError):
        write_internal(REVISI_KALENDER, "9")
    assert settings.value(REVISI_KALENDER) == 0 and settings.value(KERTAS) == "F4"


def test_the_history_names_a_setting_by_its_label():
    assert field_label("kertas") == "Ukuran kertas"
    assert field_label("cuti_bersama_libur") == "Cuti bersama dihitung sebagai hari libur"
    assert change_lines({"perubahan": {"kertas": ["F4", "A4"]}}) == ["Ukuran kertas: F4 → A4"]


# ----------------------------------------------------------------------------- call sites
def test_code_reads_and_writes_settings_only_through_the_declarations():
    """No untyped ``get_setting`` / ``set_setting`` and no direct use of the Setting model
    outside app/settings, in app/, ui/ and main.py."""
    offenders = []
    for path in [*APP.rglob("*.py"), *(APP.parent / "ui").rglob("*.py"), APP.parent / "main.py"]:
        if path.parent.name == "settings" or path.name == "models.py":
            continue
        text = path.read_text(encoding="utf-8")
        if re.search(r"\b(get_setting|set_setting|DEFAULTS)\b|\bSetting\.", text):
            offenders.append(str(path.relative_to(APP.parent)))
    assert offenders == []
