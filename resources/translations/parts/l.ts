<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
<context>
    <name>Application</name>
    <message>
        <source>Memeriksa rantai riwayat</source>
        <translation>Checking the history chain</translation>
    </message>
    <message>
        <source>Riwayat diubah di luar aplikasi</source>
        <translation>History changed outside the application</translation>
    </message>
    <message>
        <source>{pesan}

Periksa Data Master → Riwayat seluruh basis data, dan pulihkan dari cadangan bila perlu.</source>
        <translation>{pesan}

Check Master data → History of the whole database, and restore from a backup if needed.</translation>
    </message>
    <message>
        <source>Memperbarui batas waktu (data hari libur baru)</source>
        <translation>Updating deadlines (new holiday data)</translation>
    </message>
    <message>
        <source>Basis data tidak dapat dibuka:
{path}

{galat}</source>
        <translation>The database cannot be opened:
{path}

{galat}</translation>
    </message>
    <message>
        <source>{app}: berkas SOP</source>
        <translation>{app}: SOP file</translation>
    </message>
    <message>
        <source>{pesan}

Kasus yang sudah ada tetap dapat dikerjakan; kasus baru tidak dapat dibuat sampai berkas SOP diperbaiki.</source>
        <translation>{pesan}

Existing cases can still be worked on; no new case can be created until the SOP file is repaired.</translation>
    </message>
    <message>
        <source>Pembaca (hanya-baca)</source>
        <translation>Reader (read-only)</translation>
    </message>
    <message>
        <source>Data hari libur nasional diperbarui.</source>
        <translation>The national holiday data was updated.</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <source>lewat {n} hk</source>
        <translation>{n} wd late</translation>
    </message>
    <message>
        <source>hari ini</source>
        <translation>today</translation>
    </message>
    <message>
        <source>{n} hk</source>
        <translation>{n} wd</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Memuat daftar kasus</source>
        <translation>Loading the case list</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sisa</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Batas waktu</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Tahap</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Pelaksana</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>Perangkat daerah</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Sisa hari kerja (hk) sampai batas waktu tahap berjalan</source>
        <translation>Working days (wd) left until the running step&apos;s deadline</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <source>Kasus tidak ditemukan: tidak ada kasus yang cocok dengan pencarian dan saringan ini.</source>
        <translation>Case not found: no case matches this search and these filters.</translation>
    </message>
    <message>
        <source>Cari nomor, judul, perangkat daerah, uraian… (Ctrl+F)</source>
        <translation>Search number, title, OPD, description… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Tugas saya</source>
        <translation>My tasks</translation>
    </message>
    <message>
        <source>Hanya kasus yang tahap berjalannya dikerjakan oleh peran Anda</source>
        <translation>Only cases whose running step is done by your role</translation>
    </message>
    <message>
        <source>Kolom yang ditampilkan</source>
        <translation>Columns shown</translation>
    </message>
    <message>
        <source>Semua tahun</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Semua perangkat daerah</source>
        <translation>All OPDs</translation>
    </message>
    <message>
        <source>Perangkat daerah saya ({n})</source>
        <translation>My OPDs ({n})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln kasus</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Belum ada kasus.</source>
        <translation>No cases yet.</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
</TS>
