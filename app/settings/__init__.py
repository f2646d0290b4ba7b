"""The application's settings, stored in the database (so an archived or restored file prints
its letters as the office had them), and the per-user paths (platformdirs).

Every setting is declared once in ``catalog`` (key, type, default, validator, Indonesian
label, and the ``Action`` a user needs to change it), as Picard declares its options. Read
one as its type, never cast at the call site::

    from app import settings
    from app.settings import CUTI_BERSAMA_LIBUR

    if settings.value(CUTI_BERSAMA_LIBUR): ...  # a bool, the default if stored wrongly

Write one a user changes through ``change_settings(actor, {SETTING: value})`` (permission,
validation, one history event); a service writes its own internal settings with
``write_internal`` inside its transaction.

Modules: ``spec`` (what a declaration is; type checks), ``catalog`` (the declarations),
``stored`` (reading, the internal writer), ``service`` (``change_settings``); the paths are
``app.paths`` (re-exported here), which the login screen imports without the rest.
"""

from app.paths import APP_AUTHOR, APP_DIR_NAME, config_dir, data_dir, default_db_path
from app.settings.catalog import (
    ARSIP_TAHUNAN,
    BUPATI_NAMA,
    CADANGAN_SAAT_KELUAR,
    CADANGAN_TERAKHIR,
    CUTI_BERSAMA_LIBUR,
    DASAR_KALENDER_PAKET,
    FOLDER_CADANGAN,
    GAGAL_LOGIN_MAKS,
    HARI_PENGINGAT_CADANGAN,
    HARI_PERINGATAN,
    KEPALA_BERTANDA,
    KERTAS,
    KODE_KLASIFIKASI,
    KODE_UNIT,
    KOP_ALAMAT,
    KOP_INSTANSI,
    KOP_LOGO,
    KOP_PEMERINTAH,
    KUNCI_KANTOR,
    KUNCI_LAYAR_MENIT,
    KUNCI_LOGIN_MENIT,
    MARGIN_MM,
    MENGINGAT,
    NAMA_BADAN_PUBLIK,
    NOMOR_POLA,
    NOMOR_REGISTER_POLA,
    PENETAPAN_BENTUK,
    RANTAI_RIWAYAT,
    REVISI_KALENDER,
    RUJUKAN_SKB,
    SETTINGS,
    SIMPAN_CADANGAN,
    TEMPAT_DEFAULT,
    BackupNote,
    ChainHead,
    Margins,
    OfficeKeyNote,
    SignedHead,
    declared,
)
from app.settings.service import change_settings
from app.settings.spec import SettingSpec
from app.settings.stored import decode, value, write_internal

__all__ = [
    "APP_AUTHOR",
    "APP_DIR_NAME",
    "ARSIP_TAHUNAN",
    "BUPATI_NAMA",
    "CADANGAN_SAAT_KELUAR",
    "CADANGAN_TERAKHIR",
    "CUTI_BERSAMA_LIBUR",
    "DASAR_KALENDER_PAKET",
    "FOLDER_CADANGAN",
    "GAGAL_LOGIN_MAKS",
    "HARI_PENGINGAT_CADANGAN",
    "HARI_PERINGATAN",
    "KERTAS",
    "KODE_KLASIFIKASI",
    "KODE_UNIT",
    "KOP_ALAMAT",
    "KOP_INSTANSI",
    "KOP_LOGO",
    "KOP_PEMERINTAH",
    "KUNCI_LAYAR_MENIT",
    "KUNCI_LOGIN_MENIT",
    "MARGIN_MM",
    "MENGINGAT",
    "NAMA_BADAN_PUBLIK",
    "NOMOR_POLA",
    "NOMOR_REGISTER_POLA",
    "PENETAPAN_BENTUK",
    "KEPALA_BERTANDA",
    "KUNCI_KANTOR",
    "RANTAI_RIWAYAT",
    "REVISI_KALENDER",
    "RUJUKAN_SKB",
    "SETTINGS",
    "SIMPAN_CADANGAN",
    "TEMPAT_DEFAULT",
    "BackupNote",
    "OfficeKeyNote",
    "SignedHead",
    "ChainHead",
    "Margins",
    "SettingSpec",
    "change_settings",
    "config_dir",
    "data_dir",
    "decode",
    "declared",
    "default_db_path",
    "value",
    "write_internal",
]
