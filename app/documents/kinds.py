"""The kinds of document Ujikon can render, with the title a SOP file gets when it names
none. Which step issues which kind, and when each may be finalised, is the SOP's business
(``app.sop.DocumentSpec``); this module only knows what code exists (``render/``)."""

from __future__ import annotations

DOCUMENT_KINDS: dict[str, str] = {
    "laporan_identifikasi": "Laporan Hasil Identifikasi PPID Pembantu",
    "ba_pembantu": "Berita Acara Uji Konsekuensi Tingkat PPID Pembantu",
    "laporan_uji": "Laporan Hasil Uji Konsekuensi PPID Utama",
    "ba_uji": "Berita Acara Hasil Uji Konsekuensi",
    "lembar_pertimbangan": "Lembar Pertimbangan Tim Pertimbangan",
    "penetapan": "Surat Penetapan Klasifikasi Informasi yang Dikecualikan",
    "pemberitahuan": "Surat Pemberitahuan kepada PPID Pembantu",
    "bukti_batas_waktu": "Bukti Perhitungan Batas Waktu",
}
