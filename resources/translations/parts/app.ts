<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
<context>
    <name>app</name>
    <message>
        <source>Identifikasi dan usulan</source>
        <translation>Identification and proposal</translation>
    </message>
    <message>
        <source>Rapat uji konsekuensi</source>
        <translation>Consequence test meeting</translation>
    </message>
    <message>
        <source>Pertimbangan tertulis</source>
        <translation>Written consideration</translation>
    </message>
    <message>
        <source>Konsep Surat Penetapan</source>
        <translation>Draft Surat Penetapan</translation>
    </message>
    <message>
        <source>Persetujuan Atasan PPID</source>
        <translation>Approval by the Atasan PPID</translation>
    </message>
    <message>
        <source>Distribusi dan publikasi</source>
        <translation>Distribution and publication</translation>
    </message>
    <message>
        <source>PPID Pembantu</source>
        <translation>PPID Pembantu</translation>
    </message>
    <message>
        <source>PPID Utama</source>
        <translation>PPID Utama</translation>
    </message>
    <message>
        <source>Tim Pertimbangan</source>
        <translation>Tim Pertimbangan</translation>
    </message>
    <message>
        <source>Atasan PPID</source>
        <translation>Atasan PPID</translation>
    </message>
    <message>
        <source>Laporan Hasil Identifikasi PPID Pembantu</source>
        <translation>Laporan Hasil Identifikasi PPID Pembantu</translation>
    </message>
    <message>
        <source>Berita Acara Uji Konsekuensi Tingkat PPID Pembantu</source>
        <translation>Berita Acara Uji Konsekuensi Tingkat PPID Pembantu</translation>
    </message>
    <message>
        <source>Laporan Hasil Uji Konsekuensi PPID Utama</source>
        <translation>Laporan Hasil Uji Konsekuensi PPID Utama</translation>
    </message>
    <message>
        <source>Berita Acara Hasil Uji Konsekuensi</source>
        <translation>Berita Acara Hasil Uji Konsekuensi</translation>
    </message>
    <message>
        <source>Lembar Pertimbangan Tim Pertimbangan</source>
        <translation>Lembar Pertimbangan Tim Pertimbangan</translation>
    </message>
    <message>
        <source>Surat Penetapan Klasifikasi Informasi yang Dikecualikan</source>
        <translation>Surat Penetapan Klasifikasi Informasi yang Dikecualikan</translation>
    </message>
    <message>
        <source>Surat Pemberitahuan kepada PPID Pembantu</source>
        <translation>Surat Pemberitahuan kepada PPID Pembantu</translation>
    </message>
    <message>
        <source>Bukti Perhitungan Batas Waktu</source>
        <translation>Bukti Perhitungan Batas Waktu</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Tanggal rapat</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <source>Tempat rapat</source>
        <translation>Meeting place</translation>
    </message>
    <message>
        <source>Tanggal pertimbangan</source>
        <translation>Date of consideration</translation>
    </message>
    <message>
        <source>Perihal penetapan</source>
        <translation>Subject of the decision</translation>
    </message>
    <message>
        <source>Tempat penetapan</source>
        <translation>Place of decision</translation>
    </message>
    <message>
        <source>Pejabat yang menetapkan</source>
        <translation>Deciding official</translation>
    </message>
    <message>
        <source>Tanggal penetapan</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <source>Tanggal distribusi</source>
        <translation>Distribution date</translation>
    </message>
    <message>
        <source>Penerima distribusi</source>
        <translation>Distributed to</translation>
    </message>
    <message>
        <source>Tanggal publikasi DIK</source>
        <translation>DIK publication date</translation>
    </message>
    <message>
        <source>Media publikasi</source>
        <translation>Publication medium</translation>
    </message>
    <message>
        <source>Uraian informasi</source>
        <translation>Description of the information</translation>
    </message>
    <message>
        <source>Dokumen apa dan bagian mana yang diuji.</source>
        <translation>Which document, and which part of it, is tested.</translation>
    </message>
    <message>
        <source>Dokumen sumber</source>
        <translation>Source document</translation>
    </message>
    <message>
        <source>Dasar hukum pengecualian</source>
        <translation>Legal basis of the exemption</translation>
    </message>
    <message>
        <source>Pasal 17 UU 14/2008 dan/atau undang-undang lain.</source>
        <translation>Pasal 17 of UU 14/2008 and/or another law.</translation>
    </message>
    <message>
        <source>Dasar hukum lain</source>
        <translation>Other legal basis</translation>
    </message>
    <message>
        <source>Konsekuensi bila dibuka</source>
        <translation>Consequence if disclosed</translation>
    </message>
    <message>
        <source>Pertimbangan bila ditutup</source>
        <translation>Consideration if withheld</translation>
    </message>
    <message>
        <source>Kepentingan yang dilindungi (Pasal 2 ayat (4) UU 14/2008).</source>
        <translation>The interest protected (Pasal 2 ayat (4) of UU 14/2008).</translation>
    </message>
    <message>
        <source>Jangka waktu pengecualian</source>
        <translation>Period of the exemption</translation>
    </message>
    <message>
        <source>Kesimpulan uji</source>
        <translation>Test conclusion</translation>
    </message>
    <message>
        <source>Dikecualikan seluruhnya</source>
        <translation>Exempt in full</translation>
    </message>
    <message>
        <source>Dikecualikan sebagian (dihitamkan)</source>
        <translation>Exempt in part (redacted)</translation>
    </message>
    <message>
        <source>Terbuka</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Catatan hasil uji</source>
        <translation>Notes on the test result</translation>
    </message>
    <message>
        <source>Klasifikasi menurut Tim</source>
        <translation>The Tim's classification</translation>
    </message>
    <message>
        <source>Bentuk informasi</source>
        <translation>Form of the information</translation>
    </message>
    <message>
        <source>Tercetak</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Elektronik</source>
        <translation>Electronic</translation>
    </message>
    <message>
        <source>Tercetak dan elektronik</source>
        <translation>Printed and electronic</translation>
    </message>
    <message>
        <source>Pertimbangan Tim</source>
        <translation>The Tim's consideration</translation>
    </message>
    <message>
        <source>Alasan pengecualian</source>
        <translation>Reason for the exemption</translation>
    </message>
    <message>
        <source>Sampai tanggal</source>
        <translation>Until a date</translation>
    </message>
    <message>
        <source>Sampai peristiwa tertentu</source>
        <translation>Until an event</translation>
    </message>
    <message>
        <source>Tidak terbatas</source>
        <translation>Unlimited</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Sistem (baris perintah)</source>
        <translation>System (command line)</translation>
    </message>
    <message>
        <source>Hanya baca</source>
        <translation>Read only</translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Segera jatuh tempo</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Tepat waktu</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Finished</translation>
    </message>
</context>
</TS>
