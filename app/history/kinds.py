"""Every kind of history event, and its name in the interface.

The value is what the ``event.jenis`` column stores; old databases keep their values, so a
member is never renamed, only added.
"""

from __future__ import annotations

from enum import StrEnum


class EventKind(StrEnum):
    CASE_CREATED = "kasus_dibuat"
    CASE_FINISHED = "kasus_selesai"
    ITEM_SAVED = "butir_disimpan"
    ITEM_REMOVED = "butir_dihapus"
    STEP_SAVED = "tahap_disimpan"
    PARTICIPANTS_SAVED = "peserta_disimpan"
    STEP_COMPLETED = "tahap_selesai"
    STEP_STARTED = "tahap_dimulai"
    STEP_SENT_BACK = "tahap_dikembalikan"
    STEP_REASSIGNED = "tahap_dialihkan"
    HANDOVER = "serah_terima"
    DEADLINE_MOVED = "batas_waktu_bergeser"
    CALENDAR_CHANGED = "kalender_diubah"
    DOCUMENT_FINALISED = "dokumen_difinalkan"
    DOCUMENT_PRINTED = "dokumen_dicetak"
    SCAN_ATTACHED = "pindaian_dilampirkan"
    NUMBER_CANCELLED = "nomor_dibatalkan"
    OPD_ADDED = "opd_ditambah"
    OPD_CHANGED = "opd_diubah"
    OPD_DELETED = "opd_dihapus"
    OFFICIAL_ADDED = "pejabat_ditambah"
    OFFICIAL_CHANGED = "pejabat_diubah"
    OFFICIAL_DELETED = "pejabat_dihapus"
    SETTINGS_CHANGED = "pengaturan_diubah"
    USER_CREATED = "pengguna_dibuat"
    USER_CHANGED = "pengguna_diubah"
    PASSWORD_RESET = "sandi_direset"
    PASSWORD_CHANGED = "sandi_diganti"
    LOGIN = "login"
    LOGIN_FAILED = "login_gagal"
    LOGOUT = "logout"
    BACKUP_MADE = "cadangan_dibuat"
    BACKUP_RESTORED = "cadangan_dipulihkan"
    ARCHIVE_MADE = "arsip_dibuat"
    OFFICE_KEY_ADOPTED = "kunci_kantor_dipasang"
    SEALS_RENEWED = "segel_diperbarui"
    DIK_PUBLISHED = "dik_diterbitkan"
    DIK_ITEM_OPENED = "dik_butir_dibuka"
    DIK_ITEM_REVIEWED = "dik_butir_ditinjau"
    DIK_RETEST_STARTED = "dik_uji_ulang"
    YEAR_LOCKED = "tahun_dikunci"
    YEAR_UNLOCKED = "tahun_dibuka"
    PACKET_SENT = "paket_dikirim"
    PACKET_RECEIVED = "paket_diterima"
    OFFICE_KEY_REGISTERED = "kunci_mitra_didaftarkan"


KIND_LABELS: dict[str, str] = {
    EventKind.DEADLINE_MOVED: "Batas waktu bergeser",
    EventKind.ITEM_REMOVED: "Butir dihapus",
    EventKind.ITEM_SAVED: "Butir disimpan",
    EventKind.BACKUP_MADE: "Cadangan dibuat",
    EventKind.BACKUP_RESTORED: "Cadangan dipulihkan",
    EventKind.ARCHIVE_MADE: "Arsip tahunan dibuat",
    EventKind.OFFICE_KEY_ADOPTED: "Kunci kantor dipasang",
    EventKind.SEALS_RENEWED: "Segel diperbarui",
    EventKind.DOCUMENT_PRINTED: "Dokumen dicetak",
    EventKind.DOCUMENT_FINALISED: "Dokumen difinalkan",
    EventKind.CALENDAR_CHANGED: "Kalender diubah",
    EventKind.CASE_CREATED: "Kasus dibuat",
    EventKind.CASE_FINISHED: "Kasus selesai",
    EventKind.LOGIN: "Masuk",
    EventKind.LOGIN_FAILED: "Gagal masuk",
    EventKind.LOGOUT: "Keluar",
    EventKind.NUMBER_CANCELLED: "Nomor dibatalkan",
    EventKind.OPD_DELETED: "Perangkat daerah dihapus",
    EventKind.OPD_ADDED: "Perangkat daerah ditambahkan",
    EventKind.OPD_CHANGED: "Perangkat daerah diubah",
    EventKind.OFFICIAL_DELETED: "Pejabat dihapus",
    EventKind.OFFICIAL_ADDED: "Pejabat ditambahkan",
    EventKind.OFFICIAL_CHANGED: "Pejabat diubah",
    EventKind.SETTINGS_CHANGED: "Pengaturan diubah",
    EventKind.USER_CREATED: "Akun dibuat",
    EventKind.USER_CHANGED: "Akun diubah",
    EventKind.PARTICIPANTS_SAVED: "Peserta disimpan",
    EventKind.SCAN_ATTACHED: "Pindaian dilampirkan",
    EventKind.PASSWORD_CHANGED: "Kata sandi diganti",
    EventKind.PASSWORD_RESET: "Kata sandi diatur ulang",
    EventKind.HANDOVER: "Serah terima tugas",
    EventKind.STEP_REASSIGNED: "Tahap dialihkan",
    EventKind.STEP_SENT_BACK: "Tahap dikembalikan",
    EventKind.STEP_STARTED: "Tahap dimulai",
    EventKind.STEP_SAVED: "Isian tahap disimpan",
    EventKind.STEP_COMPLETED: "Tahap selesai",
    EventKind.DIK_PUBLISHED: "DIK diterbitkan",
    EventKind.DIK_ITEM_OPENED: "Butir DIK dibuka kembali",
    EventKind.DIK_ITEM_REVIEWED: "Jangka waktu butir DIK ditinjau",
    EventKind.DIK_RETEST_STARTED: "Uji ulang butir DIK dimulai",
    EventKind.YEAR_LOCKED: "Angka tahunan dikunci",
    EventKind.YEAR_UNLOCKED: "Kunci angka tahunan dibuka",
    EventKind.PACKET_SENT: "Paket kasus dikirim",
    EventKind.PACKET_RECEIVED: "Paket kasus diterima",
    EventKind.OFFICE_KEY_REGISTERED: "Kunci kantor mitra didaftarkan",
}


def kind_label(kind: str) -> str:
    """``tahap_selesai`` → ``Tahap selesai``; an unknown kind is shown readably as well."""
    return KIND_LABELS.get(kind) or kind.replace("_", " ").capitalize()
