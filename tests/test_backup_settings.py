"""The backup dialog's settings and the remembered folder: one service per gesture, both
permission-checked and recorded through change_settings."""

import pytest

from app import settings, store
from app.archive import remember_backup_folder, save_backup_settings
from app.changes import NOTHING
from app.errors import PermissionDenied, ValidationError
from app.history.text import change_lines
from app.models import Event
from app.permissions import SYSTEM_ACTOR
from app.settings import (
    CADANGAN_SAAT_KELUAR,
    FOLDER_CADANGAN,
    HARI_PENGINGAT_CADANGAN,
    SIMPAN_CADANGAN,
)


def backup_values() -> tuple:
    return tuple(
        settings.value(s)
        for s in (HARI_PENGINGAT_CADANGAN, SIMPAN_CADANGAN, CADANGAN_SAAT_KELUAR, FOLDER_CADANGAN)
    )


def settings_events() -> list[Event]:
    return list(Event.select().where(Event.jenis == "pengaturan_diubah").order_by(Event.id))


def test_the_administrator_saves_the_backup_settings_in_one_event(db, admin, tmp_path):
    folder = tmp_path / "Cadangan Ujikon"
    result = save_backup_settings(admin, 14, 5, True, f"  {folder}  ")
    assert result.settings and result.history
    assert backup_values() == (14, 5, True, str(folder))
    (event,) = settings_events()
    assert event.ringkasan.startswith("Pengaturan cadangan diubah: ")
    assert "Jumlah cadangan yang disimpan: 30 → 5" in change_lines(event.rincian)
    assert save_backup_settings(admin, 14, 5, True, folder) is NOTHING  # saved again: nothing
    assert len(settings_events()) == 1


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ((14, 0, True, ""), "simpan_cadangan"),
        ((400, 5, True, ""), "hari_pengingat_cadangan"),
        ((14, 5, "ya", ""), "cadangan_saat_keluar"),
    ],
)
def test_a_wrong_backup_setting_is_refused_by_name_and_nothing_is_saved(db, admin, values, field):
    with pytest.raises(ValidationError) as err:
        save_backup_settings(admin, *values)
    assert err.value.fields == [field]
    assert backup_values() == (7, 30, False, "")
    assert settings_events() == []


def test_who_may_back_up_may_not_therefore_change_the_backup_settings(db, utama):
    with pytest.raises(PermissionDenied, match="mengubah pengaturan"):
        save_backup_settings(utama, 14, 5, True, "/media/usb")
    assert backup_values() == (7, 30, False, "")


def test_whoever_may_back_up_remembers_the_folder_recorded_only_when_it_changed(
    db, utama, tmp_path
):
    folder = tmp_path / "usb"
    assert remember_backup_folder(utama, folder).settings
    assert settings.value(FOLDER_CADANGAN) == str(folder)
    assert remember_backup_folder(utama, folder) is NOTHING
    assert remember_backup_folder(SYSTEM_ACTOR, tmp_path / "lain").settings  # the backup task
    first, second = settings_events()
    assert change_lines(first.rincian) == [f"Folder cadangan: (kosong) → {folder}"]
    assert (second.pelaku, second.peran) == ("Baris perintah", "sistem")


def test_who_may_not_back_up_may_not_choose_the_folder(db, pembantu, tim):
    for actor in (pembantu, tim):
        with pytest.raises(PermissionDenied, match="mencadangkan"):
            remember_backup_folder(actor, "/media/usb")
    assert settings.value(FOLDER_CADANGAN) == ""


def test_a_read_only_database_does_not_remember_the_folder(tmp_path, utama):
    path = tmp_path / "t.db"
    store.open_database(path)
    store.close_database()
    store.open_database(path, read_only=True)
    try:
        assert remember_backup_folder(utama, tmp_path / "usb") is NOTHING
        assert settings.value(FOLDER_CADANGAN) == ""
    finally:
        store.close_database()
