"""Application settings stored in the database (so an archived file carries them) and the
per-user paths (platformdirs)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from platformdirs import user_config_dir, user_data_dir

from app.models import Setting

APP_DIR_NAME = "Ujikon"
APP_AUTHOR = "PPID Kabupaten Serang"

DEFAULTS: dict[str, Any] = {
    # Cuti bersama stop the SOP clock (SKB 3 Menteri); an office may decide otherwise.
    "cuti_bersama_libur": True,
    # A step is "segera jatuh tempo" when at most this many working days are left.
    "hari_peringatan": 3,
    # Bumped on every holiday-calendar change; stored with each due date it computes.
    "revisi_kalender": 0,
    # The ``holidays`` package version deadlines were last computed with.
    "dasar_kalender_paket": "",
    "nomor_register_pola": "{urut:03d}/UK-PPID/{tahun}",
    "tempat_default": "Serang",
    # --- documents (issue 3) ---------------------------------------------------------------
    # Kop surat. The office sets its own address lines and logo (Pengaturan > Profil kantor).
    "kop_pemerintah": "PEMERINTAH KABUPATEN SERANG",
    "kop_instansi": "DINAS KOMUNIKASI, INFORMATIKA, PERSANDIAN DAN STATISTIK",
    "kop_alamat": [
        "Pusat Pemerintahan Kabupaten Serang, Jalan Veteran Nomor 1, Serang, Banten 42112",
        "Laman ppid.serangkab.go.id, Pos-el ppid@serangkab.go.id",
    ],
    "kop_logo": None,  # PNG bytes as base64 text; None = the neutral placeholder
    "nama_badan_publik": "Pemerintah Kabupaten Serang",
    "kertas": "F4",  # F4 (215 × 330 mm) or A4
    "margin_mm": {"atas": 20, "kanan": 20, "bawah": 20, "kiri": 30},
    # Who sets the classification (Perki 1/2017 Pasal 4(4)): surat_penetapan (PPID Utama),
    # keputusan_atasan (Atasan PPID), keputusan_bupati (Bupati).
    "penetapan_bentuk": "surat_penetapan",
    "bupati_nama": "",  # name of the Bupati for a Keputusan Bupati (no titles)
    # Outgoing numbers: pattern per document type; tokens {kode} {urut} {unit} {bulan_romawi}
    # {bulan} {tahun}; "default" applies to types without their own pattern. Each type has its
    # own sequence, so each needs its own marker: otherwise BA no. 1 and Laporan no. 1 would
    # print the same number.
    "nomor_pola": {
        "default": "{kode}/{urut:03d}/{unit}/{tahun}",
        "laporan_identifikasi": "{kode}/{urut:03d}/LAP-ID/{unit}/{tahun}",
        "ba_pembantu": "{kode}/{urut:03d}/BA-UKP/{unit}/{tahun}",
        "laporan_uji": "{kode}/{urut:03d}/LAP-UK/{unit}/{tahun}",
        "ba_uji": "{kode}/{urut:03d}/BA-UK/{unit}/{tahun}",
        "lembar_pertimbangan": "{kode}/{urut:03d}/PERT/{unit}/{tahun}",
        "penetapan": "{kode}/{urut:03d}/PEN/{unit}/{tahun}",
    },
    "kode_klasifikasi": {"default": "000.9.2"},
    "kode_unit": "PPID",
    # --- accounts and history (issue 4) ----------------------------------------------------
    "rantai_riwayat": {"jumlah": 0, "hash": ""},  # head of the history chain (app.history)
    "kunci_layar_menit": 15,  # lock the window after this many idle minutes; 0 = never
    "gagal_login_maks": 5,  # failed logins before a temporary lock-out
    "kunci_login_menit": 5,
    # --- archiving and reliability (issue 5) -------------------------------------------------
    "hari_pengingat_cadangan": 7,  # remind when the last verified backup is older; 0 = never
    "cadangan_saat_keluar": False,  # back up to folder_cadangan when the window closes
    "folder_cadangan": "",  # the folder last chosen for backups
    "simpan_cadangan": 30,  # keep this many ujikon-*.sqlite backups in a folder
    "cadangan_terakhir": None,  # {"waktu", "path", "sha256", "ukuran"} of the last verified one
    "arsip_tahunan": None,  # the year, in a read-only yearly archive (app.archive)
}


def data_dir() -> Path:
    return Path(user_data_dir(APP_DIR_NAME, APP_AUTHOR))


def config_dir() -> Path:
    return Path(user_config_dir(APP_DIR_NAME, APP_AUTHOR))


def default_db_path() -> Path:
    return data_dir() / "ujikon.db"


def get_setting(key: str) -> Any:
    row = Setting.get_or_none(Setting.key == key)
    if row is None:
        return DEFAULTS[key]
    return row.value


def set_setting(key: str, value: Any) -> None:
    """Store a setting. Call inside the caller's transaction."""
    if key not in DEFAULTS:
        raise KeyError(key)
    Setting.insert(key=key, value=value).on_conflict_replace().execute()
