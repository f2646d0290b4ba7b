<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
<context>
    <name>app</name>
    <message>
        <source>Identifikasi dan usulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapat uji konsekuensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pertimbangan tertulis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konsep Surat Penetapan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persetujuan Atasan PPID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribusi dan publikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPID Pembantu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPID Utama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tim Pertimbangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atasan PPID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laporan Hasil Identifikasi PPID Pembantu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berita Acara Uji Konsekuensi Tingkat PPID Pembantu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laporan Hasil Uji Konsekuensi PPID Utama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berita Acara Hasil Uji Konsekuensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lembar Pertimbangan Tim Pertimbangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surat Penetapan Klasifikasi Informasi yang Dikecualikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surat Pemberitahuan kepada PPID Pembantu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bukti Perhitungan Batas Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal rapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tempat rapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal pertimbangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perihal penetapan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tempat penetapan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pejabat yang menetapkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal penetapan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal distribusi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penerima distribusi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal publikasi DIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media publikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uraian informasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumen apa dan bagian mana yang diuji.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumen sumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dasar hukum pengecualian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasal 17 UU 14/2008 dan/atau undang-undang lain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dasar hukum lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konsekuensi bila dibuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pertimbangan bila ditutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kepentingan yang dilindungi (Pasal 2 ayat (4) UU 14/2008).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jangka waktu pengecualian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kesimpulan uji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dikecualikan seluruhnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dikecualikan sebagian (dihitamkan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terbuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catatan hasil uji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klasifikasi menurut Tim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bentuk informasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tercetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elektronik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tercetak dan elektronik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pertimbangan Tim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alasan pengecualian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampai tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampai peristiwa tertentu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak terbatas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sistem (baris perintah)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hanya baca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segera jatuh tempo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tepat waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
