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
        <source>Kata sandi server basis data {server}:</source>
        <translation>Password of the database server {server}:</translation>
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
    <name>ArchiveTools</name>
    <message>
        <source>Memeriksa basis data</source>
        <translation>Checking the database</translation>
    </message>
    <message>
        <source>Baik</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>MASALAH</source>
        <translation>PROBLEM</translation>
    </message>
    <message>
        <source>Keutuhan basis data</source>
        <translation>Database integrity</translation>
    </message>
    <message>
        <source>Semua pemeriksaan baik.</source>
        <translation>All checks passed.</translation>
    </message>
    <message>
        <source>Ada masalah. Pulihkan dari cadangan terakhir yang baik bila perlu.</source>
        <translation>There is a problem. Restore from the last good backup if necessary.</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Riwayat seluruh basis data</source>
        <translation>History of the whole database</translation>
    </message>
    <message>
        <source>Cari kejadian, nama, nomor kasus…</source>
        <translation>Search events, names, case numbers…</translation>
    </message>
    <message>
        <source>Hapus filter</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <source>sampai</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Pilih satu kejadian untuk melihat rinciannya.</source>
        <translation>Select an event to see its details.</translation>
    </message>
    <message>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Periksa rantai</source>
        <translation>Check chain</translation>
    </message>
    <message>
        <source>Periksa apakah ada kejadian yang diubah, dihapus atau disisipkan di luar aplikasi</source>
        <translation>Check whether any event was changed, deleted or inserted outside the application</translation>
    </message>
    <message>
        <source>Ekspor CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Riwayat seluruh basis data hanya dapat dilihat oleh Administrator; {peran} melihat riwayat setiap kasus di tab Riwayat kasus itu.</source>
        <translation>Only the Administrator can view the history of the whole database; {peran} sees the history of each case on that case&apos;s History tab.</translation>
    </message>
    <message>
        <source>Semua jenis</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Semua pengguna</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>(tanpa akun: sistem, baris perintah)</source>
        <translation>(no account: system, command line)</translation>
    </message>
    <message numerus="yes">
        <source>{jumlah} kejadian</source>
        <translation>
            <numerusform>{jumlah} event</numerusform>
            <numerusform>{jumlah} events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{tampil} dari {jumlah} kejadian</source>
        <translation>
            <numerusform>{tampil} of {jumlah} event</numerusform>
            <numerusform>{tampil} of {jumlah} events</numerusform>
        </translation>
    </message>
    <message>
        <source>Kejadian #{id} — {waktu} WIB</source>
        <translation>Event #{id} — {waktu} WIB</translation>
    </message>
    <message>
        <source>Jenis: {jenis} ({kode})</source>
        <translation>Kind: {jenis} ({kode})</translation>
    </message>
    <message>
        <source>Kasus: {kasus}</source>
        <translation>Case: {kasus}</translation>
    </message>
    <message>
        <source>Akun: {akun}</source>
        <translation>Account: {akun}</translation>
    </message>
    <message>
        <source>Rincian:</source>
        <translation>Details:</translation>
    </message>
    <message>
        <source>Kejadian #{id} dipilih di daftar.</source>
        <translation>Event #{id} is selected in the list.</translation>
    </message>
    <message>
        <source>Kejadian #{id} sudah tidak ada.</source>
        <translation>Event #{id} no longer exists.</translation>
    </message>
    <message>
        <source>Ekspor CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>Tidak ada kejadian untuk diekspor.</source>
        <translation>There are no events to export.</translation>
    </message>
    <message>
        <source>Ekspor riwayat ke CSV</source>
        <translation>Export history to CSV</translation>
    </message>
    <message>
        <source>Berkas CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>{jumlah} kejadian diekspor ke
{berkas}</source>
        <translation>
            <numerusform>{jumlah} event exported to
{berkas}</numerusform>
            <numerusform>{jumlah} events exported to
{berkas}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Mencadangkan basis data</source>
        <translation>Backing up the database</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Cadangan gagal</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>Basis data ini belum pernah dicadangkan.</source>
        <translation>This database has never been backed up.</translation>
    </message>
    <message>
        <source>Cadangan terakhir: {when} — {path}</source>
        <translation>Last backup: {when} — {path}</translation>
    </message>
    <message>
        <source>Basis data ini belum pernah dicadangkan. Cadangkan sekarang: Berkas → Cadangkan…</source>
        <translation>This database has never been backed up. Back up now: File → Back up…</translation>
    </message>
    <message numerus="yes">
        <source>Cadangan terakhir dibuat %n hari yang lalu ({when}). Cadangkan sekarang: Berkas → Cadangkan…</source>
        <translation>
            <numerusform>The last backup was made %n day ago ({when}). Back up now: File → Back up…</numerusform>
            <numerusform>The last backup was made %n days ago ({when}). Back up now: File → Back up…</numerusform>
        </translation>
    </message>
    <message>
        <source>Mencadangkan sebelum keluar</source>
        <translation>Backing up before exiting</translation>
    </message>
    <message>
        <source>Cadangan saat keluar tidak dibuat.

Tetap keluar dari Ujikon?</source>
        <translation>The backup on exit was not made.

Exit Ujikon anyway?</translation>
    </message>
    <message>
        <source>Cadangan saat keluar aktif, tetapi folder cadangan belum dipilih (Berkas → Cadangkan…).

Tetap keluar dari Ujikon?</source>
        <translation>Backup on exit is on, but no backup folder has been chosen yet (File → Back up…).

Exit Ujikon anyway?</translation>
    </message>
    <message>
        <source>Cadangan saat keluar</source>
        <translation>Backup on exit</translation>
    </message>
    <message>
        <source>Basis data tidak dapat dibuka</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <source>Basis data sedang dipakai</source>
        <translation>The database is in use</translation>
    </message>
    <message>
        <source>{message}

Berkas: {path}

Buka hanya-baca (melihat saja, tanpa mengubah)?</source>
        <translation>{message}

File: {path}

Open read-only (view only, no changes)?</translation>
    </message>
    <message>
        <source>{time} WIB</source>
        <translation>{time} WIB</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Cadangkan basis data</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <source>Ujikon menyalin basis data lewat SQLite, aman walaupun aplikasi sedang dipakai. Salinannya lalu diperiksa (keutuhan dan jumlah baris), dan manifes berisi SHA-256 ditulis di sampingnya. Flashdisk dan folder jaringan boleh dipakai.</source>
        <translation>Ujikon copies the database through SQLite, which is safe even while the application is in use. The copy is then checked (integrity and row counts), and a manifest with its SHA-256 is written beside it. USB flash drives and network folders may be used.</translation>
    </message>
    <message>
        <source>Folder tujuan, misalnya E:\Cadangan Ujikon</source>
        <translation>Destination folder, e.g. E:\Ujikon Backups</translation>
    </message>
    <message>
        <source>Pilih folder…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>tidak diingatkan</source>
        <translation>no reminder</translation>
    </message>
    <message>
        <source>Cadangkan ke folder di atas setiap kali Ujikon ditutup</source>
        <translation>Back up to the folder above every time Ujikon is closed</translation>
    </message>
    <message>
        <source>Simpan pengaturan</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>Pengaturan cadangan</source>
        <translation>Backup settings</translation>
    </message>
    <message>
        <source>Ingatkan bila cadangan terakhir lebih dari</source>
        <translation>Remind me when the last backup is older than</translation>
    </message>
    <message>
        <source>Simpan cadangan terakhir sebanyak</source>
        <translation>Number of recent backups to keep</translation>
    </message>
    <message>
        <source>Hanya Administrator yang dapat mengubah pengaturan ini.</source>
        <translation>Only an Administrator can change these settings.</translation>
    </message>
    <message>
        <source>Hasil pencadangan tampil di sini.</source>
        <translation>The result of the backup is shown here.</translation>
    </message>
    <message>
        <source>Cadangkan</source>
        <translation>Back up</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Folder tujuan</source>
        <translation>Destination folder</translation>
    </message>
    <message numerus="yes">
        <source> hari</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder cadangan</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Pengaturan cadangan disimpan.</source>
        <translation>Backup settings saved.</translation>
    </message>
    <message>
        <source>Folder belum dipilih</source>
        <translation>No folder chosen</translation>
    </message>
    <message>
        <source>Pilih folder tujuan cadangan lebih dulu.</source>
        <translation>Choose a destination folder for the backup first.</translation>
    </message>
    <message>
        <source>Tidak ada cadangan yang dibuat.</source>
        <translation>No backup was made.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cadangan terverifikasi.&lt;/b&gt; {name}</source>
        <translation>&lt;b&gt;Backup verified.&lt;/b&gt; {name}</translation>
    </message>
    <message>
        <source>{summary}

Manifes: {manifest}</source>
        <translation>{summary}

Manifest: {manifest}</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Kalender hari kerja</source>
        <translation>Working-day calendar</translation>
    </message>
    <message>
        <source>Cuti bersama dihitung sebagai hari libur (tidak menghitung batas waktu)</source>
        <translation>Collective leave (cuti bersama) counts as a holiday (not counted towards deadlines)</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Hari</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Perubahan lokal: {rujukan}</source>
        <translation>Local change: {rujukan}</translation>
    </message>
    <message>
        <source>Nasional, SKB tahun {tahun}</source>
        <translation>National, SKB of {tahun}</translation>
    </message>
    <message>
        <source>Nasional, SKB belum dicatat</source>
        <translation>National, SKB not yet recorded</translation>
    </message>
    <message>
        <source>Perubahan</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Jadi hari libur</source>
        <translation>Becomes a holiday</translation>
    </message>
    <message>
        <source>Jadi hari kerja</source>
        <translation>Becomes a working day</translation>
    </message>
    <message>
        <source>Rujukan</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Tambahkan hari libur</source>
        <translation>Add a holiday</translation>
    </message>
    <message>
        <source>Jadikan hari kerja (batalkan libur)</source>
        <translation>Make a working day (cancel the holiday)</translation>
    </message>
    <message>
        <source>Cuti bersama</source>
        <translation>Collective leave (cuti bersama)</translation>
    </message>
    <message>
        <source>Libur nasional</source>
        <translation>National holiday</translation>
    </message>
    <message>
        <source>mis. Cuti bersama HUT RI</source>
        <translation>e.g. Cuti bersama HUT RI</translation>
    </message>
    <message>
        <source>mis. SKB 3 Menteri No. 933/1/3 Tahun 2025</source>
        <translation>e.g. SKB 3 Menteri No. 933/1/3 Tahun 2025</translation>
    </message>
    <message>
        <source>SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB yang menetapkan libur nasional dan cuti bersama tahun ini. Disebut pada setiap hari libur yang dilewati dalam bukti perhitungan batas waktu; tidak mengubah tanggal mana pun.</source>
        <translation>The joint decree (SKB) of the Minister of Religious Affairs, the Minister of Manpower and the Minister of PANRB that sets this year&apos;s national holidays and collective leave. It is cited for every holiday skipped in the proof of a deadline calculation; it changes no date.</translation>
    </message>
    <message>
        <source>Simpan rujukan SKB</source>
        <translation>Save SKB reference</translation>
    </message>
    <message>
        <source>Tambahkan perubahan</source>
        <translation>Add change</translation>
    </message>
    <message>
        <source>Batalkan perubahan terpilih</source>
        <translation>Cancel selected change</translation>
    </message>
    <message>
        <source>Tanggal *</source>
        <translation>Date *</translation>
    </message>
    <message>
        <source>Perubahan *</source>
        <translation>Change *</translation>
    </message>
    <message>
        <source>Rujukan SKB *</source>
        <translation>SKB reference *</translation>
    </message>
    <message>
        <source>Perubahan lokal (mendahului data nasional)</source>
        <translation>Local changes (take precedence over national data)</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Libur nasional dan cuti bersama</source>
        <translation>National holidays and collective leave</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Hari kerja = Senin–Jumat, dikurangi libur nasional dan (bila dicentang) cuti bersama. Setiap perubahan menghitung ulang batas waktu tahap yang sedang berjalan.</source>
        <translation>Working days = Monday–Friday, less national holidays and (when ticked) collective leave. Every change recalculates the deadlines of running steps.</translation>
    </message>
    <message>
        <source>{peran} hanya dapat melihat.</source>
        <translation>{peran} can only view.</translation>
    </message>
    <message>
        <source>Rujukan SKB tahun {tahun}:</source>
        <translation>SKB reference for {tahun}:</translation>
    </message>
    <message>
        <source>{belum}; mis. SKB 3 Menteri Nomor … Tahun …, Nomor … Tahun …, Nomor … Tahun …</source>
        <translation>{belum}; e.g. SKB 3 Menteri Nomor … Tahun …, Nomor … Tahun …, Nomor … Tahun …</translation>
    </message>
    <message>
        <source>Menghitung ulang batas waktu</source>
        <translation>Recalculating deadlines</translation>
    </message>
    <message>
        <source>Pengaturan cuti bersama diubah.</source>
        <translation>The collective leave setting was changed.</translation>
    </message>
    <message>
        <source>Perubahan kalender ditambahkan.</source>
        <translation>A calendar change was added.</translation>
    </message>
    <message>
        <source>Pilih perubahan</source>
        <translation>Select a change</translation>
    </message>
    <message>
        <source>Pilih perubahan lokal di tabel.</source>
        <translation>Select a local change in the table.</translation>
    </message>
    <message>
        <source>Perubahan kalender dibatalkan.</source>
        <translation>A calendar change was cancelled.</translation>
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
        <source>Semua tahap</source>
        <translation>All steps</translation>
    </message>
    <message>
        <source>Tahap %1: %2</source>
        <translation>Step %1: %2</translation>
    </message>
    <message>
        <source>Semua batas waktu</source>
        <translation>Any due date</translation>
    </message>
    <message>
        <source>Batas waktu minggu ini</source>
        <translation>Due this week</translation>
    </message>
    <message>
        <source>Kasus berjalan yang batas waktunya hari ini sampai hari Minggu ini</source>
        <translation>Running cases due from today until this Sunday</translation>
    </message>
    <message>
        <source>Hapus saringan</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Tampilkan semua kasus: pencarian dan saringan dikosongkan</source>
        <translation>Show every case: the search and the filters are emptied</translation>
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
    <name>CaseTimeline</name>
    <message>
        <source>Waktu</source>
        <translation>Time allowed</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Pilih tahap untuk melihat perhitungan batas waktunya hari demi hari.</source>
        <translation>Choose a step to see how its deadline was counted, day by day.</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Kejadian</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Saring riwayat (nama, tahap, kata)…</source>
        <translation>Filter the history (name, step, word)…</translation>
    </message>
    <message>
        <source>Formulir tahap berjalan</source>
        <translation>Running step&apos;s form</translation>
    </message>
    <message>
        <source>Linimasa tahapan</source>
        <translation>Timeline of steps</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Tahap</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pelaksana</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Batas waktu</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Perkiraan bila tahap sebelumnya selesai tepat pada batas waktunya</source>
        <translation>Estimate, if the previous step finishes exactly on its deadline</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:15px; font-weight:bold&apos;&gt;{nomor} — {judul}&lt;/span&gt;&lt;br&gt;{opd} · {pemicu} · mulai {mulai} · SOP versi {versi}</source>
        <translation>&lt;span style=&apos;font-size:15px; font-weight:bold&apos;&gt;{nomor} — {judul}&lt;/span&gt;&lt;br&gt;{opd} · {pemicu} · started {mulai} · SOP version {versi}</translation>
    </message>
    <message>
        <source>Kasus ini sudah selesai; semua tahap telah dikerjakan.
Lihat linimasa dan riwayatnya.</source>
        <translation>This case is finished; every step has been done.
See its timeline and history.</translation>
    </message>
    <message>
        <source>Pilih kasus di daftar sebelah kiri,
atau buat kasus baru (Ctrl+N).</source>
        <translation>Choose a case in the list on the left,
or create a new case (Ctrl+N).</translation>
    </message>
    <message>
        <source>Pilih kasus di daftar sebelah kiri.

{alasan}</source>
        <translation>Choose a case in the list on the left.

{alasan}</translation>
    </message>
    <message>
        <source>Kirim ke PPID &amp;Utama…</source>
        <translation>Send to the PPID &amp;Utama…</translation>
    </message>
    <message>
        <source>Kirim kasus ini ke PPID Utama sebagai satu berkas paket bertanda tangan</source>
        <translation>Send this case to the PPID Utama as one signed packet file</translation>
    </message>
    <message>
        <source>Kirim hasil ke &amp;perangkat daerah…</source>
        <translation>Send the result to the &amp;regional agency…</translation>
    </message>
    <message>
        <source>Kirim hasil kasus ini ke kantor perangkat daerahnya sebagai satu berkas paket bertanda tangan</source>
        <translation>Send this case&apos;s result to its regional agency&apos;s office as one signed packet file</translation>
    </message>
    <message>
        <source>mengirim kasus</source>
        <comment>Simpan dulu sebelum …?</comment>
        <translation>sending the case</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Ganti kata sandi</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Kata sandi Anda diatur oleh administrator; ganti sekarang.</source>
        <translation>Your password was set by the administrator; change it now.</translation>
    </message>
    <message>
        <source>Kata sandi lama</source>
        <translation>Old password</translation>
    </message>
    <message>
        <source>Kata sandi baru (min. {length})</source>
        <translation>New password (min. {length})</translation>
    </message>
    <message>
        <source>Ulangi kata sandi baru</source>
        <translation>Repeat new password</translation>
    </message>
    <message>
        <source>Kedua kata sandi baru tidak sama.</source>
        <translation>The two new passwords do not match.</translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <source>— pilih —</source>
        <translation>— choose —</translation>
    </message>
</context>
<context>
    <name>ConclusionField</name>
    <message>
        <source>Bagian yang dihitamkan</source>
        <translation>Part blacked out</translation>
    </message>
    <message>
        <source>Alasan penghitaman</source>
        <translation>Reason for blacking out</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>Isian</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Di kantor ini</source>
        <translation>At this office</translation>
    </message>
    <message>
        <source>Di paket</source>
        <translation>In the packet</translation>
    </message>
    <message>
        <source>Pilihan</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>Klik dua kali atau tekan F2 untuk memilih</source>
        <translation>Double-click or press F2 to choose</translation>
    </message>
    <message>
        <source>Belum dipilih</source>
        <translation>Not chosen yet</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Terjadi kesalahan</source>
        <translation>An error occurred</translation>
    </message>
    <message>
        <source>&lt;b&gt;Maaf, Ujikon mengalami kesalahan yang tidak terduga.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sorry, Ujikon met an unexpected error.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Yang terjadi: {ringkasan}</source>
        <translation>What happened: {ringkasan}</translation>
    </message>
    <message>
        <source>Data yang sudah tersimpan tetap aman; isian yang belum disimpan mungkin perlu diketik ulang. Tutup pesan ini lalu coba lagi. Bila kesalahan ini muncul lagi, mulai ulang Ujikon, lalu kirimkan rinciannya (tombol Salin rincian) beserta berkas log kepada pengelola aplikasi.</source>
        <translation>Data already saved is safe; entries not yet saved may need to be typed again. Close this message and try again. If the error comes back, restart Ujikon, then send the details (the Copy details button) and the log file to the application&apos;s administrator.</translation>
    </message>
    <message>
        <source>Rincian teknis dicatat di berkas log:
{berkas}</source>
        <translation>The technical details are written to the log file:
{berkas}</translation>
    </message>
    <message>
        <source>Berkas log tidak dapat ditulis; salin rinciannya dengan tombol di bawah.</source>
        <translation>The log file cannot be written; copy the details with the button below.</translation>
    </message>
    <message>
        <source>&amp;Salin rincian</source>
        <translation>&amp;Copy details</translation>
    </message>
    <message>
        <source>Tampilkan &amp;rincian</source>
        <translation>Show &amp;details</translation>
    </message>
    <message>
        <source>Buka &amp;folder log</source>
        <translation>Open log &amp;folder</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>Cl&amp;ose</translation>
    </message>
    <message>
        <source>Rincian disalin. Tempelkan ke surel atau pesan.</source>
        <translation>Details copied. Paste them into an e-mail or a message.</translation>
    </message>
    <message>
        <source>Sembunyikan &amp;rincian</source>
        <translation>Hide &amp;details</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Cadangkan…</source>
        <translation>Back up…</translation>
    </message>
    <message>
        <source>Kasus berjalan per tahap</source>
        <translation>Open cases per step</translation>
    </message>
    <message>
        <source>Menghitung…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>Klik sebuah angka untuk melihat kasusnya di tab Kasus.</source>
        <translation>Click a number to see its cases on the Cases tab.</translation>
    </message>
    <message>
        <source>Kasus selesai per bulan (12 bulan terakhir)</source>
        <translation>Cases finished per month (last 12 months)</translation>
    </message>
    <message>
        <source>Rata-rata hari kerja per tahap dan batas SOP</source>
        <translation>Average working days per step and the SOP limit</translation>
    </message>
    <message>
        <source>Batas</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Sisa hk</source>
        <translation>WD left</translation>
    </message>
    <message>
        <source>Informasi</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Perangkat daerah</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Kasus</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Daftar Informasi yang Dikecualikan…</source>
        <translation>Daftar Informasi yang Dikecualikan…</translation>
    </message>
    <message>
        <source>Antrean jangka waktu DIK</source>
        <translation>DIK expiry queue</translation>
    </message>
    <message>
        <source>Tahap</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Pelaksana</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Berjalan</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Minggu ini</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Dasbor: kasus per tahap</source>
        <translation>Dashboard: cases per step</translation>
    </message>
    <message>
        <source>Dasbor: grafik dan antrean</source>
        <translation>Dashboard: charts and queue</translation>
    </message>
    <message>
        <source>Grafik tidak dapat dihitung.</source>
        <translation>The chart could not be counted.</translation>
    </message>
    <message>
        <source>Tidak dapat dihitung; rinciannya ada di log aplikasi.</source>
        <translation>Could not be counted; the details are in the application log.</translation>
    </message>
    <message>
        <source>kasus berjalan</source>
        <translation>open cases</translation>
    </message>
    <message>
        <source>Semua kasus yang belum selesai, paling mendesak dahulu</source>
        <translation>Every case not finished yet, most urgent first</translation>
    </message>
    <message>
        <source>terlambat</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>Kasus yang batas waktu tahap berjalannya sudah lewat</source>
        <translation>Cases whose running step is past its deadline</translation>
    </message>
    <message>
        <source>jatuh tempo minggu ini (s.d. {tanggal})</source>
        <translation>due this week (to {tanggal})</translation>
    </message>
    <message>
        <source>Kasus yang batas waktunya hari ini sampai {tanggal}</source>
        <translation>Cases due from today to {tanggal}</translation>
    </message>
    <message>
        <source>{nomor}. {judul}</source>
        <translation>{nomor}. {judul}</translation>
    </message>
    <message numerus="yes">
        <source>%n hk</source>
        <translation>
            <numerusform>%n WD</numerusform>
            <numerusform>%n WD</numerusform>
        </translation>
    </message>
    <message>
        <source>Batas waktu tahap ini menurut SOP, dalam hari kerja</source>
        <translation>This step&apos;s deadline in the SOP, in working days</translation>
    </message>
    <message>
        <source>Tampilkan kasus di tahap ini</source>
        <translation>Show the cases at this step</translation>
    </message>
    <message>
        <source>Tampilkan kasus terlambat di tahap ini</source>
        <translation>Show the overdue cases at this step</translation>
    </message>
    <message>
        <source>Tampilkan kasus di tahap ini yang batas waktunya minggu ini</source>
        <translation>Show the cases at this step that are due this week</translation>
    </message>
    <message numerus="yes">
        <source>%n kasus selesai pada {bulan} {tahun}</source>
        <translation>
            <numerusform>%n case finished in {bulan} {tahun}</numerusform>
            <numerusform>%n cases finished in {bulan} {tahun}</numerusform>
        </translation>
    </message>
    <message>
        <source>Belum ada kasus yang selesai.</source>
        <translation>No case has finished yet.</translation>
    </message>
    <message>
        <source>{rata} / {batas} hk</source>
        <translation>{rata} / {batas} WD</translation>
    </message>
    <message>
        <source>— / {batas} hk</source>
        <translation>— / {batas} WD</translation>
    </message>
    <message numerus="yes">
        <source>%n kali selesai atau dikembalikan; terlama {terlama} hk, {lewat} kali melewati batas {batas} hk</source>
        <translation>
            <numerusform>%n run completed or sent back; longest {terlama} WD, {lewat} over the limit of {batas} WD</numerusform>
            <numerusform>%n runs completed or sent back; longest {terlama} WD, {lewat} over the limit of {batas} WD</numerusform>
        </translation>
    </message>
    <message>
        <source>Belum ada tahap yang selesai.</source>
        <translation>No step has finished yet.</translation>
    </message>
    <message>
        <source>{runs} tahap selesai sejak {sejak}; {lewat} melewati batasnya. Garis: batas SOP.</source>
        <translation>{runs} steps finished since {sejak}; {lewat} over their limit. Line: the SOP limit.</translation>
    </message>
    <message numerus="yes">
        <source>%n butir DIK perlu diputuskan: diuji ulang atau dibuka.</source>
        <translation>
            <numerusform>%n DIK item needs a decision: test it again or open it.</numerusform>
            <numerusform>%n DIK items need a decision: test them again or open them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sudah berakhir.</source>
        <translation>
            <numerusform>%n has ended.</numerusform>
            <numerusform>%n have ended.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tidak ada butir DIK yang jangka waktunya segera berakhir.</source>
        <translation>No DIK item whose period ends soon.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>belum diisi</source>
        <translation>not filled in</translation>
    </message>
</context>
<context>
    <name>DeadlineMoves</name>
    <message>
        <source>Merapikan berkas basis data</source>
        <translation>Tidying the database file</translation>
    </message>
    <message>
        <source>Kalender hari kerja berubah.</source>
        <translation>The working-day calendar has changed.</translation>
    </message>
    <message>
        <source>Batas waktu</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>{reason}

Tidak ada batas waktu tahap berjalan yang bergeser.</source>
        <translation>{reason}

No deadline of a running step has moved.</translation>
    </message>
    <message>
        <source>• {case}, tahap {step}: {old} → {new}</source>
        <translation>• {case}, step {step}: {old} → {new}</translation>
    </message>
    <message numerus="yes">
        <source>… dan %n lainnya (lihat riwayat tiap kasus).</source>
        <translation>
            <numerusform>… and %n other (see each case&apos;s history).</numerusform>
            <numerusform>… and %n others (see each case&apos;s history).</numerusform>
        </translation>
    </message>
    <message>
        <source>Batas waktu bergeser</source>
        <translation>Deadlines moved</translation>
    </message>
    <message numerus="yes">
        <source>{reason}

%n batas waktu tahap berjalan bergeser:</source>
        <translation>
            <numerusform>{reason}

%n deadline of a running step moved:</numerusform>
            <numerusform>{reason}

%n deadlines of running steps moved:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DikDialog</name>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV untuk situs web (*.csv)</source>
        <translation>CSV for the website (*.csv)</translation>
    </message>
    <message>
        <source>Tidak ada perubahan.</source>
        <translation>No changes.</translation>
    </message>
    <message>
        <source>Daftar Informasi yang Dikecualikan</source>
        <translation>Daftar Informasi yang Dikecualikan</translation>
    </message>
    <message>
        <source>DIK hari ini</source>
        <translation>DIK today</translation>
    </message>
    <message>
        <source>Versi terbit</source>
        <translation>Published versions</translation>
    </message>
    <message>
        <source>Antrean jangka waktu</source>
        <translation>Expiry queue</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Informasi</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Perangkat daerah</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Klasifikasi</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Dasar hukum</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Jangka waktu</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Penetapan</source>
        <translation>Penetapan</translation>
    </message>
    <message>
        <source>{nomor}, {tanggal}</source>
        <translation>{nomor}, {tanggal}</translation>
    </message>
    <message>
        <source>Kasus</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Terbitkan DIK…</source>
        <translation>Publish DIK…</translation>
    </message>
    <message>
        <source>Versi</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Tanggal terbit</source>
        <translation>Published on</translation>
    </message>
    <message>
        <source>Butir</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Penerbit</source>
        <translation>Published by</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Pilih sebuah versi untuk melihat perubahannya.</source>
        <translation>Choose a version to see its changes.</translation>
    </message>
    <message>
        <source>Ekspor PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Ekspor XLSX…</source>
        <translation>Export XLSX…</translation>
    </message>
    <message>
        <source>Ekspor CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Belum ada versi DIK yang diterbitkan.</source>
        <translation>No DIK version has been published yet.</translation>
    </message>
    <message>
        <source>Batas</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Sisa hk</source>
        <translation>WD left</translation>
    </message>
    <message>
        <source>Uji ulang</source>
        <translation>Re-test</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source> hari kerja</source>
        <translation> working days</translation>
    </message>
    <message>
        <source> bulan</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Tandai dibuka…</source>
        <translation>Mark opened…</translation>
    </message>
    <message>
        <source>Catat tinjauan…</source>
        <translation>Record review…</translation>
    </message>
    <message>
        <source>Berakhir dalam</source>
        <translation>Ending within</translation>
    </message>
    <message>
        <source>Tinjau jangka waktu peristiwa setiap</source>
        <translation>Review event-based periods every</translation>
    </message>
    <message numerus="yes">
        <source>%n butir pada DIK per {tanggal}.</source>
        <translation>
            <numerusform>%n item on the DIK as of {tanggal}.</numerusform>
            <numerusform>%n items on the DIK as of {tanggal}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Belum ada butir yang dikecualikan oleh Surat Penetapan yang berlaku.</source>
        <translation>No item is exempted by a Surat Penetapan in force yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n butir perlu diputuskan.</source>
        <translation>
            <numerusform>%n item needs a decision.</numerusform>
            <numerusform>%n items need a decision.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tidak ada butir dalam antrean.</source>
        <translation>No item in the queue.</translation>
    </message>
    <message>
        <source>DIK versi {nomor}, {tanggal}: versi pertama ({butir}).</source>
        <translation>DIK version {nomor}, {tanggal}: the first version ({butir}).</translation>
    </message>
    <message numerus="yes">
        <source>%n butir</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>DIK versi {nomor}, {tanggal}: perubahan sejak versi {lama} ({ringkas}).</source>
        <translation>DIK version {nomor}, {tanggal}: changes since version {lama} ({ringkas}).</translation>
    </message>
    <message>
        <source>Isi versi ini tidak cocok dengan sidik SHA-256-nya (diubah di luar aplikasi): tidak dapat diekspor.</source>
        <translation>The contents of this version do not match its SHA-256 digest (changed outside the application): it cannot be exported.</translation>
    </message>
    <message>
        <source>Berkas ini dibuka hanya-baca; DIK tidak dapat diubah di sini.</source>
        <translation>This file is open read-only; the DIK cannot be changed here.</translation>
    </message>
    <message>
        <source>Bekukan DIK hari ini menjadi versi bernomor berikutnya</source>
        <translation>Freeze today&apos;s DIK as the next numbered version</translation>
    </message>
    <message>
        <source>Pilih sebuah butir di antrean.</source>
        <translation>Choose an item in the queue.</translation>
    </message>
    <message>
        <source>Butir ini sedang diuji ulang dalam kasus {nomor}.</source>
        <translation>This item is being tested again in case {nomor}.</translation>
    </message>
    <message>
        <source>Daftarkan kasus uji ulang berisi butir ini</source>
        <translation>Register a re-test case holding this item</translation>
    </message>
    <message>
        <source>Tandai butir ini dibuka: keluar dari DIK pada versi berikutnya</source>
        <translation>Mark this item opened: it leaves the DIK at the next version</translation>
    </message>
    <message>
        <source>Hanya jangka waktu sampai suatu peristiwa yang ditinjau; jangka waktu bertanggal diuji ulang atau dibuka.</source>
        <translation>Only a period that lasts until an event is reviewed; a dated period is tested again or opened.</translation>
    </message>
    <message>
        <source>Catat bahwa peristiwanya belum terjadi: tinjauan berikutnya setahun lagi</source>
        <translation>Record that the event has not happened yet: the next review a year later</translation>
    </message>
    <message>
        <source>DIK versi {nomor} diterbitkan ({butir}): {ringkas}.</source>
        <translation>DIK version {nomor} published ({butir}): {ringkas}.</translation>
    </message>
    <message>
        <source>Ekspor DIK versi {nomor}</source>
        <translation>Export DIK version {nomor}</translation>
    </message>
    <message>
        <source>Mengekspor DIK versi {nomor}</source>
        <translation>Exporting DIK version {nomor}</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Ekspor dibatalkan; tidak ada berkas yang ditulis.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <source>Ekspor gagal</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Ekspor selesai</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>Uji ulang dimulai</source>
        <translation>Re-test started</translation>
    </message>
    <message>
        <source>Kasus uji ulang {nomor} didaftarkan dengan butir ini. Buka kasusnya sekarang?</source>
        <translation>Re-test case {nomor} was registered with this item. Open the case now?</translation>
    </message>
    <message>
        <source>Tandai dibuka</source>
        <translation>Mark opened</translation>
    </message>
    <message>
        <source>Butir “{informasi}” keluar dari DIK pada versi berikutnya. Alasan membukanya:</source>
        <translation>Item “{informasi}” leaves the DIK at the next version. Why it is opened:</translation>
    </message>
    <message>
        <source>Butir ditandai dibuka kembali; butir itu keluar dari DIK pada versi berikutnya.</source>
        <translation>The item is marked opened; it leaves the DIK at the next version.</translation>
    </message>
    <message>
        <source>Catat tinjauan</source>
        <translation>Record review</translation>
    </message>
    <message>
        <source>Jangka waktu “{jangka}”: apa yang diperiksa, dan mengapa pengecualian masih berlaku?</source>
        <translation>Period “{jangka}”: what was checked, and why does the exemption still hold?</translation>
    </message>
    <message>
        <source>Tinjauan dicatat.</source>
        <translation>Review recorded.</translation>
    </message>
</context>
<context>
    <name>Discard</name>
    <message>
        <source>Buang isian?</source>
        <translation>Discard entries?</translation>
    </message>
    <message>
        <source>Isian {what} belum disimpan.</source>
        <translation>The entries for {what} have not been saved.</translation>
    </message>
    <message>
        <source>Buang yang sudah diisi dan tutup, atau kembali mengisi?</source>
        <translation>Discard what has been entered and close, or go back to editing?</translation>
    </message>
    <message>
        <source>Buang</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Kembali mengisi</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>Berkas tidak dapat disimpan di
{path}

{alasan}.</source>
        <translation>The file cannot be saved in
{path}

{alasan}.</translation>
    </message>
    <message>
        <source>Buka PDF</source>
        <translation>Open PDF</translation>
    </message>
    <message>
        <source>Tidak ada aplikasi penampil PDF di komputer ini. Simpan PDF lalu buka dengan aplikasi lain.</source>
        <translation>There is no PDF viewer on this computer. Save the PDF, then open it with another application.</translation>
    </message>
    <message>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Tidak ada printer yang terpasang di komputer ini. Pasang printer, atau simpan PDF dan cetak dari komputer lain.</source>
        <translation>No printer is installed on this computer. Install a printer, or save the PDF and print it from another computer.</translation>
    </message>
    <message>
        <source>Cetak {dokumen}</source>
        <translation>Print {dokumen}</translation>
    </message>
    <message numerus="yes">
        <source>Cetak %n dokumen</source>
        <translation>
            <numerusform>Print %n document</numerusform>
            <numerusform>Print %n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Mencetak {dokumen} ({n}/{total})…</source>
        <translation>Printing {dokumen} ({n}/{total})…</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Mencetak</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>Cetak gagal</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <source>{galat}

Dokumen tetap tersimpan; cetak ulang setelah printer siap.</source>
        <translation>{galat}

The document stays stored; print it again once the printer is ready.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Pindaian (*.pdf *.png *.jpg *.jpeg);;Semua berkas (*)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg);;All files (*)</translation>
    </message>
    <message>
        <source>Menyiapkan pembuat dokumen</source>
        <translation>Preparing the document renderer</translation>
    </message>
    <message>
        <source>Final versi {versi}, nomor {nomor}, tanggal {tanggal}, kode verifikasi {kode}.</source>
        <translation>Final version {versi}, number {nomor}, date {tanggal}, verification code {kode}.</translation>
    </message>
    <message>
        <source>Versi lama hanya dapat dilihat dan disimpan, tidak dicetak.</source>
        <translation>An old version can only be viewed and saved, not printed.</translation>
    </message>
    <message>
        <source>Siap difinalkan.</source>
        <translation>Ready to finalise.</translation>
    </message>
    <message>
        <source>Tidak diperlukan untuk kasus ini:
{butir}</source>
        <translation>Not needed for this case:
{butir}</translation>
    </message>
    <message>
        <source>Belum dapat difinalkan; lengkapi dulu:
{butir}</source>
        <translation>Cannot be finalised yet; first complete:
{butir}</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>↳ versi {versi}</source>
        <translation>↳ version {versi}</translation>
    </message>
    <message>
        <source>Tahap</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kode verifikasi</source>
        <translation>Verification code</translation>
    </message>
    <message>
        <source>Konsep dapat dipratinjau kapan saja. Finalkan untuk memberi nomor dan kode verifikasi; dokumen final tidak dapat diubah (koreksi = versi baru dengan alasan).</source>
        <translation>A draft can be previewed at any time. Finalise it to give it a number and a verification code; a final document cannot be changed (a correction is a new version with a reason).</translation>
    </message>
    <message>
        <source>Pratinjau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Finalkan…</source>
        <translation>Finalise…</translation>
    </message>
    <message>
        <source>Koreksi (versi baru)…</source>
        <translation>Correct (new version)…</translation>
    </message>
    <message>
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Simpan PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Buka PDF</source>
        <translation>Open PDF</translation>
    </message>
    <message>
        <source>Lampirkan pindaian bertanda tangan…</source>
        <translation>Attach signed scan…</translation>
    </message>
    <message>
        <source>Cetak semua dokumen final tahap ini…</source>
        <translation>Print all final documents of this step…</translation>
    </message>
    <message>
        <source>Semua dokumen final dari tahap dokumen terpilih, sekaligus, dengan satu dialog cetak</source>
        <translation>Every final document of the selected document&apos;s step, at once, with one print dialog</translation>
    </message>
    <message>
        <source>Kolom yang ditampilkan</source>
        <translation>Columns shown</translation>
    </message>
    <message>
        <source>Pilih dokumen untuk melihat kesiapannya.</source>
        <translation>Choose a document to see whether it is ready.</translation>
    </message>
    <message>
        <source>Belum siap; lihat yang masih kurang di bawah tabel.</source>
        <translation>Not ready; see what is still missing below the table.</translation>
    </message>
    <message>
        <source>Dokumen final versi {versi}, kode {kode}.</source>
        <translation>Final document, version {versi}, code {kode}.</translation>
    </message>
    <message>
        <source>KONSEP: belum bernomor dan belum sah; finalkan sebelum ditandatangani.</source>
        <translation>DRAFT (KONSEP): not yet numbered and not yet valid; finalise it before it is signed.</translation>
    </message>
    <message>
        <source>Memfinalkan {dokumen}</source>
        <translation>Finalising {dokumen}</translation>
    </message>
    <message>
        <source>Finalkan dokumen</source>
        <translation>Finalise document</translation>
    </message>
    <message>
        <source>Data kasus terus berubah selama dokumen dibuat; ulangi sebentar lagi.</source>
        <translation>The case data kept changing while the document was being made; try again in a moment.</translation>
    </message>
    <message>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Belum ada dokumen final yang berlaku pada tahap ini.</source>
        <translation>This step has no final document in force yet.</translation>
    </message>
    <message>
        <source>Pindaian dokumen bertanda tangan</source>
        <translation>Scan of the signed document</translation>
    </message>
    <message>
        <source>Pindaian</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Berkas tidak dapat dibaca: {alasan}.</source>
        <translation>The file cannot be read: {alasan}.</translation>
    </message>
</context>
<context>
    <name>FinaliseDialog</name>
    <message>
        <source>Koreksi</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Koreksi {title}</source>
        <translation>Correct {title}</translation>
    </message>
    <message>
        <source>Finalkan</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <source>Finalkan {title}</source>
        <translation>Finalise {title}</translation>
    </message>
    <message>
        <source>Tanggal dokumen</source>
        <translation>Document date</translation>
    </message>
    <message>
        <source>mis. 188.45/Kep.123-Huk/2026</source>
        <translation>e.g. 188.45/Kep.123-Huk/2026</translation>
    </message>
    <message>
        <source>Nomor dari Bagian Hukum *</source>
        <translation>Number from the Bagian Hukum *</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Alasan koreksi *</source>
        <translation>Reason for the correction *</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Versi {version} nomor {number} ({date}) tetap tersimpan dan ditandai digantikan.</source>
        <translation>Version {version}, number {number} ({date}), stays stored and is marked as replaced.</translation>
    </message>
    <message>
        <source>Versi {version} ({date}) tetap tersimpan dan ditandai digantikan.</source>
        <translation>Version {version} ({date}) stays stored and is marked as replaced.</translation>
    </message>
    <message>
        <source>Versi {version} dibuat dari data kasus saat ini, dengan nomor baru, dan menyebut di halaman pertama dokumen yang digantikannya.</source>
        <translation>Version {version} is made from the case&apos;s current data, with a new number, and names the document it replaces on its first page.</translation>
    </message>
    <message>
        <source>Versi {version} dibuat dari data kasus saat ini, dan menyebut di halaman pertama dokumen yang digantikannya.</source>
        <translation>Version {version} is made from the case&apos;s current data and names the document it replaces on its first page.</translation>
    </message>
    <message>
        <source>{title} akan diberi nomor, diberi kode verifikasi dan disimpan tanpa dapat diubah lagi. Periksa konsepnya lebih dulu.</source>
        <translation>{title} will be numbered, given a verification code and stored; it cannot be changed afterwards. Check the draft first.</translation>
    </message>
    <message>
        <source>{title} akan diberi kode verifikasi dan disimpan tanpa dapat diubah lagi. Periksa konsepnya lebih dulu.</source>
        <translation>{title} will be given a verification code and stored; it cannot be changed afterwards. Check the draft first.</translation>
    </message>
    <message>
        <source>Tanggal {source} ({date}): dokumen ini bertanggal hari peristiwa yang dicatatnya. Bila tanggal itu salah, perbaiki {source} dulu.</source>
        <translation>Date of {source} ({date}): this document is dated the day of the event it records. If that date is wrong, correct {source} first.</translation>
    </message>
    <message>
        <source>Dokumen ini bertanggal hari dibuat.</source>
        <translation>This document is dated the day it is made.</translation>
    </message>
    <message>
        <source>Diusulkan {source} ({date}); boleh tanggal sesudahnya bila dokumen ditandatangani kemudian, tidak boleh sebelumnya.</source>
        <translation>Proposed: {source} ({date}); a later date is allowed if the document is signed later, an earlier one is not.</translation>
    </message>
    <message>
        <source>{number} (nomor berikutnya di register {issuer}, tahun {year})</source>
        <translation>{number} (the next number in the {issuer} register, year {year})</translation>
    </message>
    <message>
        <source>Nomor berikutnya di register {issuer}.</source>
        <translation>The next number in the {issuer} register.</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Serah terima tugas</source>
        <translation>Hand over tasks</translation>
    </message>
    <message>
        <source>Alihkan semua tahap berjalan yang ditugaskan kepada satu akun (misalnya pejabat yang pindah tugas) kepada akun aktif lain yang memegang peran tahap tersebut.</source>
        <translation>Move all running steps assigned to one account (for example an official who is transferred) to another active account that holds the role of those steps.</translation>
    </message>
    <message>
        <source>Kasus</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Tahap</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Pelaksana</source>
        <translation>Performed by</translation>
    </message>
    <message>
        <source>Batas waktu</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Alihkan…</source>
        <translation>Hand over…</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Dari akun</source>
        <translation>From account</translation>
    </message>
    <message>
        <source>Kepada akun</source>
        <translation>To account</translation>
    </message>
    <message>
        <source>Hanya Administrator yang dapat mengalihkan tugas; {role} tidak berwenang.</source>
        <translation>Only an Administrator can hand over tasks; {role} is not authorised.</translation>
    </message>
    <message numerus="yes">
        <source>{user} — %n tahap berjalan</source>
        <translation>
            <numerusform>{user} — %n running step</numerusform>
            <numerusform>{user} — %n running steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tahap berjalan ditugaskan kepada akun ini</source>
        <translation>
            <numerusform>%n running step assigned to this account</numerusform>
            <numerusform>%n running steps assigned to this account</numerusform>
        </translation>
    </message>
    <message>
        <source>Tidak ada tahap berjalan yang ditugaskan kepada akun ini.</source>
        <translation>No running steps are assigned to this account.</translation>
    </message>
    <message>
        <source>— pilih penerima —</source>
        <translation>— choose recipient —</translation>
    </message>
    <message numerus="yes">
        <source>Alihkan %n tahap berjalan dari {source} kepada {target}? Peralihan dicatat di riwayat setiap kasus.</source>
        <translation>
            <numerusform>Hand over %n running step from {source} to {target}? The handover is recorded in the history of each case.</numerusform>
            <numerusform>Hand over %n running steps from {source} to {target}? The handover is recorded in the history of each case.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tahap berjalan dialihkan dari {source} kepada {target}.</source>
        <translation>
            <numerusform>%n running step handed over from {source} to {target}.</numerusform>
            <numerusform>%n running steps handed over from {source} to {target}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Butir {item} — tahap {number}: {title}</source>
        <translation>Item {item} — step {number}: {title}</translation>
    </message>
    <message>
        <source>Butir baru — tahap {number}: {title}</source>
        <translation>New item — step {number}: {title}</translation>
    </message>
    <message>
        <source>Yang sudah dicatat</source>
        <translation>Recorded so far</translation>
    </message>
    <message>
        <source>Simpan butir</source>
        <translation>Save item</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kolom bertanda * wajib diisi pada tahap ini.</source>
        <translation>Fields marked * are required at this step.</translation>
    </message>
    <message>
        <source>butir {number}</source>
        <translation>item {number}</translation>
    </message>
    <message>
        <source>butir baru</source>
        <translation>the new item</translation>
    </message>
</context>
<context>
    <name>ItemSummary</name>
    <message>
        <source>Uraian informasi</source>
        <translation>Description of the information</translation>
    </message>
    <message>
        <source>Dasar hukum</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Bila dibuka</source>
        <translation>If disclosed</translation>
    </message>
    <message>
        <source>Bila ditutup</source>
        <translation>If withheld</translation>
    </message>
    <message>
        <source>Kesimpulan uji</source>
        <translation>Test conclusion</translation>
    </message>
    <message>
        <source>Yang dihitamkan</source>
        <translation>Blacked out</translation>
    </message>
    <message>
        <source>Alasan dihitamkan</source>
        <translation>Reason for blacking out</translation>
    </message>
    <message>
        <source>Pertimbangan Tim</source>
        <translation>Tim Pertimbangan&apos;s opinion</translation>
    </message>
</context>
<context>
    <name>LegalBasisPicker</name>
    <message>
        <source>Huruf {letter}: {label}</source>
        <translation>Letter {letter}: {label}</translation>
    </message>
    <message>
        <source>angka {number}: {text}</source>
        <translation>point {number}: {text}</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Layar terkunci</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>Keluar akun</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Ujikon dikunci. Masukkan kata sandi {username}.</source>
        <translation>Ujikon is locked. Enter the password of {username}.</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Akun {username} tidak lagi memegang peran apa pun; hubungi administrator.</source>
        <translation>The account {username} no longer holds any role; contact the administrator.</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Kejadian</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Kasus</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Masuk ke Ujikon</source>
        <translation>Log in to Ujikon</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Berkas basis data ini telah diambil alih oleh Ujikon di komputer lain. Tutup Ujikon di sini agar tidak ada dua penulis pada satu berkas.</source>
        <translation>This database file has been taken over by Ujikon on another computer. Close Ujikon here so that the file does not have two writers.</translation>
    </message>
    <message>
        <source>Server basis data {server} tidak menjawab. Periksa sambungan jaringan kantor dan apakah komputer server menyala; perubahan tidak dapat disimpan sampai server menjawab lagi, dan Ujikon menyambung lagi sendiri.</source>
        <translation>The database server {server} is not answering. Check the office network connection and whether the server computer is switched on; changes cannot be saved until the server answers again, and Ujikon reconnects by itself.</translation>
    </message>
    <message>
        <source>D&amp;asbor</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>&amp;Kasus</source>
        <translation>&amp;Cases</translation>
    </message>
    <message>
        <source>Kasus &amp;baru…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <source>&amp;Cari kasus</source>
        <translation>&amp;Find case</translation>
    </message>
    <message>
        <source>&amp;Buka basis data lain…</source>
        <translation>&amp;Open another database…</translation>
    </message>
    <message>
        <source>Sambungkan ke &amp;server…</source>
        <translation>Connect to a &amp;server…</translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Muat ulang</source>
        <translation>R&amp;eload</translation>
    </message>
    <message>
        <source>&amp;Perangkat daerah…</source>
        <translation>&amp;Regional agencies (OPD)…</translation>
    </message>
    <message>
        <source>Pe&amp;jabat…</source>
        <translation>&amp;Officials…</translation>
    </message>
    <message>
        <source>&amp;Kalender hari kerja…</source>
        <translation>Working-day &amp;calendar…</translation>
    </message>
    <message>
        <source>Profil kantor dan &amp;naskah dinas…</source>
        <translation>Office profile and official &amp;documents…</translation>
    </message>
    <message>
        <source>&amp;Register nomor naskah keluar…</source>
        <translation>Outgoing number &amp;register…</translation>
    </message>
    <message>
        <source>Periksa &amp;keaslian dokumen…</source>
        <translation>Verify document &amp;authenticity…</translation>
    </message>
    <message>
        <source>Terima &amp;paket kasus…</source>
        <translation>Receive a case &amp;packet…</translation>
    </message>
    <message>
        <source>Kunci kantor &amp;mitra…</source>
        <translation>&amp;Partner office keys…</translation>
    </message>
    <message>
        <source>Sidik jari kunci kantor ini, dan kunci kantor lain yang paketnya diterima</source>
        <translation>This office&apos;s key fingerprint, and the keys of the other offices whose packets are accepted</translation>
    </message>
    <message>
        <source>&amp;Cadangkan…</source>
        <translation>&amp;Back up…</translation>
    </message>
    <message>
        <source>&amp;Pulihkan dari cadangan…</source>
        <translation>Re&amp;store from backup…</translation>
    </message>
    <message>
        <source>Arsip &amp;tahunan…</source>
        <translation>&amp;Yearly archive…</translation>
    </message>
    <message>
        <source>Periksa &amp;keutuhan basis data…</source>
        <translation>Check database &amp;integrity…</translation>
    </message>
    <message>
        <source>Ganti &amp;kata sandi…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <source>Kunci &amp;layar</source>
        <translation>&amp;Lock screen</translation>
    </message>
    <message>
        <source>Keluar akun / ganti pengguna…</source>
        <translation>Log out / switch user…</translation>
    </message>
    <message>
        <source>Pen&amp;gguna…</source>
        <translation>&amp;Users…</translation>
    </message>
    <message>
        <source>&amp;Riwayat seluruh basis data…</source>
        <translation>History of the &amp;whole database…</translation>
    </message>
    <message>
        <source>&amp;Serah terima tugas…</source>
        <translation>&amp;Hand over tasks…</translation>
    </message>
    <message>
        <source>&amp;SOP Uji Konsekuensi…</source>
        <translation>Consequence test &amp;SOP…</translation>
    </message>
    <message>
        <source>&amp;Tentang Ujikon</source>
        <translation>&amp;About Ujikon</translation>
    </message>
    <message>
        <source>&amp;Daftar Informasi yang Dikecualikan…</source>
        <translation>&amp;Daftar Informasi yang Dikecualikan (DIK)…</translation>
    </message>
    <message>
        <source>Laporan &amp;tahunan…</source>
        <translation>&amp;Annual report…</translation>
    </message>
    <message>
        <source>Buku &amp;register…</source>
        <translation>Paper &amp;register…</translation>
    </message>
    <message>
        <source>Dokumen &amp;SOP…</source>
        <translation>&amp;SOP document…</translation>
    </message>
    <message>
        <source>Paket &amp;bukti monitoring…</source>
        <translation>Monitoring &amp;evidence pack…</translation>
    </message>
    <message>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Data Master</source>
        <translation>&amp;Master data</translation>
    </message>
    <message>
        <source>&amp;Laporan</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Buat kasus baru (Ctrl+N)</source>
        <translation>Create a new case (Ctrl+N)</translation>
    </message>
    <message>
        <source>Kelola akun pengguna dan perannya</source>
        <translation>Manage user accounts and their roles</translation>
    </message>
    <message>
        <source>Pulihkan basis data dari berkas cadangan</source>
        <translation>Restore the database from a backup file</translation>
    </message>
    <message>
        <source>Cadangkan basis data ke folder pilihan</source>
        <translation>Back up the database to a folder of your choice</translation>
    </message>
    <message>
        <source>Buat arsip tahunan hanya-baca</source>
        <translation>Make a read-only yearly archive</translation>
    </message>
    <message>
        <source>Riwayat seluruh basis data</source>
        <translation>History of the whole database</translation>
    </message>
    <message>
        <source>Terima kasus dari kantor lain: berkas paket kasus (.ujikon-kasus); berkas itu dapat juga diseret ke jendela ini</source>
        <translation>Receive a case from another office: a case packet file (.ujikon-kasus); the file can also be dragged onto this window</translation>
    </message>
    <message>
        <source>Pindahkan tahap berjalan seorang pejabat ke akun lain</source>
        <translation>Move an official&apos;s running steps to another account</translation>
    </message>
    <message>
        <source>Bilah alat</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>Bertindak sebagai: </source>
        <translation>Acting as: </translation>
    </message>
    <message>
        <source>Satu peran untuk semua perangkat daerah Anda; saring daftar kasus dengan &quot;Perangkat daerah saya&quot; atau satu perangkat daerah.</source>
        <translation>One role for all your OPDs; filter the case list with &quot;My OPDs&quot; or by one OPD.</translation>
    </message>
    <message>
        <source>berganti peran</source>
        <comment>Simpan dulu sebelum …?</comment>
        <translation>changing role</translation>
    </message>
    <message>
        <source>{app} — {nama} ({peran}) — Uji Konsekuensi Informasi Publik</source>
        <translation>{app} — {nama} ({peran}) — Public Information Consequence Test</translation>
    </message>
    <message>
        <source>Berkas ini dibuka hanya-baca; pemulihan tidak tersedia.</source>
        <translation>This file is open read-only; restoring is not available.</translation>
    </message>
    <message>
        <source>Berkas ini dibuka hanya-baca; paket kasus tidak dapat diterima.</source>
        <translation>This file is open read-only; case packets cannot be received.</translation>
    </message>
    <message>
        <source>menutup Ujikon</source>
        <comment>Simpan dulu sebelum …?</comment>
        <translation>closing Ujikon</translation>
    </message>
    <message>
        <source>memulihkan cadangan</source>
        <comment>Simpan dulu sebelum …?</comment>
        <translation>restoring a backup</translation>
    </message>
    <message>
        <source>Basis data: {path}  ·  cuti bersama = libur</source>
        <translation>Database: {path}  ·  collective leave (cuti bersama) = holiday</translation>
    </message>
    <message>
        <source>Basis data: {path}  ·  cuti bersama = hari kerja</source>
        <translation>Database: {path}  ·  collective leave (cuti bersama) = working day</translation>
    </message>
    <message>
        <source>{status}  ·  kantor PPID Pembantu {opd}</source>
        <translation>{status}  ·  office of the PPID Pembantu of {opd}</translation>
    </message>
    <message>
        <source>membuka kasus lain</source>
        <comment>Simpan dulu sebelum …?</comment>
        <translation>opening another case</translation>
    </message>
    <message>
        <source>menerima paket kasus</source>
        <comment>Simpan dulu sebelum …?</comment>
        <translation>receiving a case packet</translation>
    </message>
    <message>
        <source>Paket kasus {nomor} diterima.</source>
        <translation>Case packet {nomor} received.</translation>
    </message>
    <message>
        <source>menutup kasus ini</source>
        <comment>Simpan dulu sebelum …?</comment>
        <translation>closing this case</translation>
    </message>
    <message>
        <source>Kasus tidak ditemukan.

Tidak ada kasus yang cocok dengan pencarian dan saringan di sebelah kiri; ubah atau hapus pencarian untuk melihat kasus lagi.</source>
        <translation>Case not found.

No case matches the search and filters on the left; change or clear the search to see cases again.</translation>
    </message>
    <message>
        <source>Kasus {nomor} dibuat.</source>
        <translation>Case {nomor} created.</translation>
    </message>
    <message>
        <source>keluar akun</source>
        <comment>Simpan dulu sebelum …?</comment>
        <translation>logging out</translation>
    </message>
    <message>
        <source>Tentang {app}</source>
        <translation>About {app}</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Uji Konsekuensi Informasi Publik untuk PPID Pemerintah Kabupaten Serang (UU 14/2008, Perki 1/2017).&lt;/p&gt;&lt;p&gt;Bekerja sepenuhnya tanpa internet. Semua data kasus tersimpan di satu berkas basis data:&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Versi skema basis data: {schema} (berkas ini: {db_schema})&lt;br&gt;Versi SOP: {sop}&lt;br&gt;Log: &lt;code&gt;{log}&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Public information consequence test for the PPID of the Pemerintah Kabupaten Serang (UU 14/2008, Perki 1/2017).&lt;/p&gt;&lt;p&gt;Works entirely without the internet. All case data is kept in one database file:&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Database schema version: {schema} (this file: {db_schema})&lt;br&gt;SOP version: {sop}&lt;br&gt;Log: &lt;code&gt;{log}&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Ujikon akan memakai bahasa yang dipilih setelah dibuka ulang.
Ujikon will use the chosen language once it is started again.</source>
        <translation>Ujikon will use the chosen language once it is started again.
Ujikon akan memakai bahasa yang dipilih setelah dibuka ulang.</translation>
    </message>
    <message>
        <source>membuka basis data lain</source>
        <comment>Simpan dulu sebelum …?</comment>
        <translation>opening another database</translation>
    </message>
    <message>
        <source>Buka basis data Ujikon</source>
        <translation>Open Ujikon database</translation>
    </message>
    <message>
        <source>Basis data Ujikon (*.db *.sqlite);;Semua (*)</source>
        <translation>Ujikon database (*.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>menyambung ke server</source>
        <comment>Simpan dulu sebelum …?</comment>
        <translation>connecting to a server</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Sesi berakhir</source>
        <translation>Session ended</translation>
    </message>
    <message>
        <source>Isian belum benar</source>
        <translation>Entries not yet right</translation>
    </message>
    <message>
        <source>Perbaiki isian berikut; belum ada yang disimpan:

{masalah}</source>
        <translation>Correct the following entries; nothing has been saved yet:

{masalah}</translation>
    </message>
    <message>
        <source>Tidak dapat dilakukan</source>
        <translation>Cannot be done</translation>
    </message>
    <message>
        <source>Terjadi kesalahan</source>
        <translation>An error occurred</translation>
    </message>
    <message>
        <source>Maaf, terjadi kesalahan di dalam aplikasi. Data yang sudah tersimpan tetap aman.

Rincian teknis dicatat di:
{path}

Mohon sampaikan berkas itu kepada pengelola aplikasi.</source>
        <translation>Sorry, an error occurred inside the application. Data already saved is safe.

The technical details were written to:
{path}

Please send that file to whoever looks after the application.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>Kasus uji konsekuensi baru</source>
        <translation>New consequence test case</translation>
    </message>
    <message>
        <source>ketik untuk mencari perangkat daerah</source>
        <translation>type to search for a regional agency (OPD)</translation>
    </message>
    <message>
        <source>mis. Pemutakhiran DIK Dinas Kesehatan Tahun 2026</source>
        <translation>e.g. Pemutakhiran DIK Dinas Kesehatan Tahun 2026</translation>
    </message>
    <message>
        <source>Perangkat daerah (PPID Pembantu) *</source>
        <translation>OPD (PPID Pembantu) *</translation>
    </message>
    <message>
        <source>Pemicu *</source>
        <translation>Trigger *</translation>
    </message>
    <message>
        <source>Judul *</source>
        <translation>Title *</translation>
    </message>
    <message>
        <source>Tanggal mulai *</source>
        <translation>Start date *</translation>
    </message>
    <message>
        <source>Nomor register diberikan otomatis. Tahap 1 dimulai pada tanggal mulai; hari ke-1 adalah hari kerja berikutnya.</source>
        <translation>The register number is given automatically. Step 1 starts on the start date; day 1 is the next working day.</translation>
    </message>
    <message>
        <source>Buat kasus</source>
        <translation>Create case</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>kasus baru</source>
        <translation>the new case</translation>
    </message>
    <message>
        <source>Rujukan</source>
        <translation>Reference</translation>
    </message>
</context>
<context>
    <name>NumberRegisterDialog</name>
    <message>
        <source>Register nomor naskah keluar</source>
        <translation>Register of outgoing document numbers</translation>
    </message>
    <message>
        <source>Semua jenis</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Kasus</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Dicatat</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Batalkan nomor…</source>
        <translation>Cancel number…</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Batalkan nomor</source>
        <translation>Cancel number</translation>
    </message>
    <message>
        <source>Alasan pembatalan nomor {number}:</source>
        <translation>Reason for cancelling number {number}:</translation>
    </message>
</context>
<context>
    <name>OfficeKeysDialog</name>
    <message>
        <source>Kunci kantor mitra</source>
        <translation>Partner office keys</translation>
    </message>
    <message>
        <source>Sidik jari kunci kantor ini</source>
        <translation>This office&apos;s key fingerprint</translation>
    </message>
    <message>
        <source>(basis data ini terbuka tanpa kunci kantor)</source>
        <translation>(this database is open without the office key)</translation>
    </message>
    <message>
        <source>Salin</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Salin sidik jari ke papan klip</source>
        <translation>Copy the fingerprint to the clipboard</translation>
    </message>
    <message>
        <source>Bacakan sidik jari ini kepada kantor mitra (lewat telepon) agar kantor itu dapat mendaftarkan kunci kantor ini sebelum menerima paket pertama dari sini.</source>
        <translation>Read this fingerprint out to the partner office (by phone) so that it can register this office&apos;s key before it receives the first packet from here.</translation>
    </message>
    <message>
        <source>Kunci kantor mitra yang terdaftar di kantor ini. Paket kasus diterima hanya bila ditandatangani salah satu kunci ini.</source>
        <translation>The partner office keys registered at this office. A case packet is accepted only when one of these keys signed it.</translation>
    </message>
    <message>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Sidik jari</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Didaftarkan oleh</source>
        <translation>Registered by</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Belum ada kunci kantor mitra yang terdaftar.</source>
        <translation>No partner office key is registered yet.</translation>
    </message>
    <message>
        <source>Daftarkan dari paket…</source>
        <translation>Register from a packet…</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Paket kasus dari kantor mitra</source>
        <translation>Case packet from a partner office</translation>
    </message>
    <message>
        <source>Kunci {kantor} bersidik jari {sidik} didaftarkan.</source>
        <translation>The key of {kantor} with the fingerprint {sidik} is registered.</translation>
    </message>
</context>
<context>
    <name>OfficeSettingsDialog</name>
    <message>
        <source>Profil kantor dan naskah dinas</source>
        <translation>Office profile and official documents</translation>
    </message>
    <message>
        <source>Pilih logo…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <source>Pakai logo netral</source>
        <translation>Use neutral logo</translation>
    </message>
    <message>
        <source>F4 (215 × 330 mm)</source>
        <translation>F4 (215 × 330 mm)</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Satu peraturan per baris, urut menurut hierarki; tanda ; dan . ditambahkan sendiri pada Keputusan.</source>
        <translation>One regulation per line, in order of hierarchy; the ; and . are added in the decree (Keputusan) automatically.</translation>
    </message>
    <message>
        <source>Kutip bunyi Pasal 17 pada tabel Berita Acara</source>
        <translation>Quote the wording of Pasal 17 in the Berita Acara table</translation>
    </message>
    <message>
        <source> menit</source>
        <translation> min</translation>
    </message>
    <message>
        <source>tidak pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <source>(pakai pola bawaan)</source>
        <translation>(use default pattern)</translation>
    </message>
    <message>
        <source>(bawaan)</source>
        <translation>(default)</translation>
    </message>
    <message>
        <source>Kop surat</source>
        <translation>Letterhead (kop)</translation>
    </message>
    <message>
        <source>Baris pemerintah *</source>
        <translation>Government line *</translation>
    </message>
    <message>
        <source>Nama instansi *</source>
        <translation>Agency name *</translation>
    </message>
    <message>
        <source>Alamat (maks. 3 baris)</source>
        <translation>Address (max. 3 lines)</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Nama badan publik *</source>
        <translation>Public body name *</translation>
    </message>
    <message>
        <source>Tempat penandatanganan *</source>
        <translation>Place of signing *</translation>
    </message>
    <message>
        <source>Kertas dan layar</source>
        <translation>Paper and screen</translation>
    </message>
    <message>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Atas</source>
        <translation>Top</translation>
    </message>
    <message>
        <source>Kanan</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>Bawah</source>
        <translation>Bottom</translation>
    </message>
    <message>
        <source>Kiri</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margins</translation>
    </message>
    <message>
        <source>Kunci layar bila tidak dipakai</source>
        <translation>Lock the screen when idle for</translation>
    </message>
    <message>
        <source>Penetapan klasifikasi (Perki 1/2017 Pasal 4 ayat (4))</source>
        <translation>Classification decision (Perki 1/2017 Pasal 4 ayat (4))</translation>
    </message>
    <message>
        <source>Bentuk dan penanda tangan</source>
        <translation>Form and signatory</translation>
    </message>
    <message>
        <source>Nama Bupati (tanpa gelar)</source>
        <translation>Name of the Bupati (without titles)</translation>
    </message>
    <message>
        <source>Mengingat (dasar hukum Keputusan)</source>
        <translation>Mengingat (legal basis of the decree)</translation>
    </message>
    <message>
        <source>Keputusan Bupati dan Keputusan Sekretaris Daerah diberi nomor oleh Bagian Hukum: nomornya diisi saat difinalkan. Kop Keputusan Atasan PPID dan Sekretaris Daerah adalah kop perangkat daerah penanda tangan (Data Master → Perangkat daerah).</source>
        <translation>A Keputusan Bupati or Keputusan Sekretaris Daerah is numbered by the Bagian Hukum: its number is entered when it is finalised. The kop of a Keputusan of the Atasan PPID or the Sekretaris Daerah is the kop of the signatory&apos;s regional agency (OPD) (Master data → Regional agencies).</translation>
    </message>
    <message>
        <source>Berita Acara</source>
        <translation>Berita Acara</translation>
    </message>
    <message>
        <source>Penomoran naskah keluar</source>
        <translation>Numbering of outgoing documents</translation>
    </message>
    <message>
        <source>Pola nomor ditulis dengan penanda dalam kurung kurawal, yang diganti saat dokumen difinalkan: {kode} menjadi kode klasifikasi, {urut} menjadi nomor urut register (12), {urut:03d} nomor urut yang sama ditulis tiga angka (012), {unit} kode unit, {bulan_romawi} bulan dengan angka Romawi (XI), {bulan} bulan dengan dua angka (11), {tahun} tahun (2026). Di bawah setiap pola tertulis nomor yang dihasilkannya.</source>
        <translation>A number pattern is written with markers in curly brackets, replaced when the document is finalised: {kode} becomes the classification code, {urut} the register&apos;s sequence number (12), {urut:03d} the same sequence number in three digits (012), {unit} the unit code, {bulan_romawi} the month in Roman numerals (XI), {bulan} the month in two digits (11), {tahun} the year (2026). Below each pattern is the number it gives.</translation>
    </message>
    <message>
        <source>Kode unit *</source>
        <translation>Unit code *</translation>
    </message>
    <message>
        <source>Bawaan</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>kode</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Kunci kantor (tanda tangan dan segel data)</source>
        <translation>Office key (signatures and data seal)</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Logo kop surat</source>
        <translation>Letterhead logo</translation>
    </message>
    <message>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>OfficialField</name>
    <message>
        <source>— pilih pejabat —</source>
        <translation>— choose an official —</translation>
    </message>
</context>
<context>
    <name>OfficialsDialog</name>
    <message>
        <source>Pejabat dan peserta</source>
        <translation>Officials and participants</translation>
    </message>
    <message>
        <source>pejabat</source>
        <translation>official</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <source>mis. Dr. / H. / Hj.</source>
        <translation>e.g. Dr. / H. / Hj.</translation>
    </message>
    <message>
        <source>mis. S.Sos., M.Si.</source>
        <translation>e.g. S.Sos., M.Si.</translation>
    </message>
    <message>
        <source>18 angka; kosongkan bila bukan PNS</source>
        <translation>18 digits; leave empty if not a civil servant (PNS)</translation>
    </message>
    <message>
        <source>— tidak ada —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>Peserta (tanpa peran SOP)</source>
        <translation>Participant (no SOP role)</translation>
    </message>
    <message>
        <source>Nama (tanpa gelar) *</source>
        <translation>Name (without titles) *</translation>
    </message>
    <message>
        <source>Gelar depan</source>
        <translation>Title before name</translation>
    </message>
    <message>
        <source>Gelar belakang</source>
        <translation>Title after name</translation>
    </message>
    <message>
        <source>Pangkat/golongan</source>
        <translation>Rank/grade</translation>
    </message>
    <message>
        <source>Jabatan *</source>
        <translation>Position *</translation>
    </message>
    <message>
        <source>Perangkat daerah</source>
        <translation>Regional agency (OPD)</translation>
    </message>
    <message>
        <source>Tanda tangan dan cap pindaian (opsional)</source>
        <translation>Scanned signature and stamp (optional)</translation>
    </message>
    <message>
        <source>Tanda tangan…</source>
        <translation>Signature…</translation>
    </message>
    <message>
        <source>Cap…</source>
        <translation>Stamp…</translation>
    </message>
    <message>
        <source>Hapus gambar</source>
        <translation>Remove images</translation>
    </message>
    <message>
        <source>Boleh dicetak pada naskah (atas persetujuan pejabat)</source>
        <translation>May be printed on documents (with the official&apos;s consent)</translation>
    </message>
    <message>
        <source>Simpan gambar</source>
        <translation>Save images</translation>
    </message>
    <message>
        <source>Tanda tangan: ada</source>
        <translation>Signature: present</translation>
    </message>
    <message>
        <source>Tanda tangan: belum ada</source>
        <translation>Signature: none yet</translation>
    </message>
    <message>
        <source>Cap: ada</source>
        <translation>Stamp: present</translation>
    </message>
    <message>
        <source>Cap: belum ada</source>
        <translation>Stamp: none yet</translation>
    </message>
    <message>
        <source>Gambar pindaian</source>
        <translation>Scanned image</translation>
    </message>
    <message>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>NIP sah: {nip}</source>
        <translation>Valid NIP: {nip}</translation>
    </message>
</context>
<context>
    <name>OpdDialog</name>
    <message>
        <source>Perangkat daerah (PPID Pembantu)</source>
        <translation>Regional agencies (PPID Pembantu)</translation>
    </message>
    <message>
        <source>perangkat daerah</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Singkatan</source>
        <translation>Abbreviation</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Aktif (dapat dipilih untuk kasus baru)</source>
        <translation>Active (can be chosen for new cases)</translation>
    </message>
    <message>
        <source>(nama perangkat daerah, huruf kapital)</source>
        <translation>(name of the OPD, in capitals)</translation>
    </message>
    <message>
        <source>Jalan …, Serang, Banten …
Telepon …
Laman …, Pos-el …</source>
        <translation>Jalan …, Serang, Banten …
Telepon …
Laman …, Pos-el …</translation>
    </message>
    <message>
        <source>(singkatan)</source>
        <translation>(abbreviation)</translation>
    </message>
    <message>
        <source>(pola kantor untuk jenis naskahnya)</source>
        <translation>(the office&apos;s pattern for its document type)</translation>
    </message>
    <message>
        <source>Nama *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>Kop dan register nomor sendiri untuk naskah PPID Pembantu (Laporan hasil identifikasi, Berita Acara tingkat PPID Pembantu):</source>
        <translation>Own kop and number register for the PPID Pembantu&apos;s documents (Laporan hasil identifikasi, Berita Acara at PPID Pembantu level):</translation>
    </message>
    <message>
        <source>Nama pada kop</source>
        <translation>Name on the kop</translation>
    </message>
    <message>
        <source>Alamat kop (maks. 4 baris)</source>
        <translation>Kop address (max. 4 lines)</translation>
    </message>
    <message>
        <source>Kode unit nomor</source>
        <translation>Unit code for numbers</translation>
    </message>
    <message>
        <source>Pola nomor</source>
        <translation>Number pattern</translation>
    </message>
</context>
<context>
    <name>Packets</name>
    <message>
        <source>Paket kasus Ujikon (*.ujikon-kasus)</source>
        <translation>Ujikon case packets (*.ujikon-kasus)</translation>
    </message>
    <message>
        <source>Terima paket kasus</source>
        <translation>Receive a case packet</translation>
    </message>
    <message>
        <source>Kirim kasus {nomor}</source>
        <translation>Send case {nomor}</translation>
    </message>
    <message>
        <source>Menulis paket kasus {nomor}</source>
        <translation>Writing the packet of case {nomor}</translation>
    </message>
    <message>
        <source>Paket tidak dikirim</source>
        <translation>Packet not sent</translation>
    </message>
    <message>
        <source>kantor PPID Utama</source>
        <translation>the PPID Utama office</translation>
    </message>
    <message>
        <source>kantor perangkat daerah pemilik kasus</source>
        <translation>the office of the case&apos;s regional agency</translation>
    </message>
    <message>
        <source>Paket kasus ditulis</source>
        <translation>Case packet written</translation>
    </message>
    <message>
        <source>Paket kasus {nomor} ditulis:
{berkas}

Bawa berkas itu ke {penerima} lewat flashdisk, surel, atau aplikasi pesan; di sana diterima dengan Berkas → Terima paket kasus.

Kantor penerima harus sudah mendaftarkan kunci kantor ini di Data Master → Kunci kantor mitra. Sidik jari kunci kantor ini:
{sidik}
Bacakan sidik jari itu kepada kantor penerima (lewat telepon) bila kuncinya belum terdaftar di sana.</source>
        <translation>The packet of case {nomor} is written:
{berkas}

Take that file to {penerima} on a flash drive, by e-mail or by a messaging app; it is received there with File → Receive a case packet.

The receiving office must have registered this office&apos;s key in Master Data → Partner office keys. The fingerprint of this office&apos;s key:
{sidik}
Read that fingerprint out to the receiving office (by phone) if the key is not registered there yet.</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Pemicu pengujian</source>
        <translation>Trigger of the test</translation>
    </message>
    <message>
        <source>Rujukan pemicu</source>
        <translation>Reference of the trigger</translation>
    </message>
    <message>
        <source>Tanggal mulai</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Kasus: {isian}</source>
        <translation>Case: {isian}</translation>
    </message>
    <message>
        <source>Butir {urut}: {isian}</source>
        <translation>Item {urut}: {isian}</translation>
    </message>
    <message>
        <source>Tahap {tahap}: {isian}</source>
        <translation>Step {tahap}: {isian}</translation>
    </message>
    <message>
        <source>Tahap {tahap} (putaran {putaran}): {isian}</source>
        <translation>Step {tahap} (round {putaran}): {isian}</translation>
    </message>
    <message>
        <source>(kosong)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <source>(pejabat)</source>
        <translation>(official)</translation>
    </message>
    <message>
        <source>Dari paket</source>
        <translation>From the packet</translation>
    </message>
    <message>
        <source>Tetap di sini</source>
        <translation>Keep this office&apos;s</translation>
    </message>
</context>
<context>
    <name>ParticipantsEditor</name>
    <message>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Tidak hadir</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Tambah peserta</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <source>Hadir / tidak hadir</source>
        <translation>Present / absent</translation>
    </message>
    <message>
        <source>Hapus peserta</source>
        <translation>Remove participant</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message numerus="yes">
        <source>Kata sandi (min. %n karakter)</source>
        <translation>
            <numerusform>Password (min. %n character)</numerusform>
            <numerusform>Password (min. %n characters)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Isi kata sandi.</source>
        <translation>Enter a password.</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama; ketik ulang.</source>
        <translation>The two passwords do not match; type them again.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Pratinjau — {title}</source>
        <translation>Preview — {title}</translation>
    </message>
    <message numerus="yes">
        <source>%n halaman. {note}</source>
        <translation>
            <numerusform>%n page. {note}</numerusform>
            <numerusform>%n pages. {note}</numerusform>
        </translation>
    </message>
    <message>
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Simpan PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Buka PDF</source>
        <translation>Open PDF</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PeriodField</name>
    <message>
        <source>mis. sampai ditetapkannya Renja Perangkat Daerah</source>
        <translation>e.g. until the OPD&apos;s Renja is adopted</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Berkas PDF tidak dapat dibaca untuk dicetak.</source>
        <translation>The PDF file cannot be read for printing.</translation>
    </message>
    <message>
        <source>Dokumen berukuran {lebar} × {tinggi} mm ({nama}) dicetak pada kertas {lebar_kertas} × {tinggi_kertas} mm ({nama_kertas}), sehingga diperkecil menjadi {skala} agar muat. Untuk ukuran aslinya, pilih kertas yang sama di dialog cetak.</source>
        <translation>The {lebar} × {tinggi} mm document ({nama}) is printed on {lebar_kertas} × {tinggi_kertas} mm paper ({nama_kertas}), so it is reduced to {skala} to fit. For its actual size, choose the same paper in the print dialog.</translation>
    </message>
    <message>
        <source>ukuran lain</source>
        <translation>other size</translation>
    </message>
    <message>
        <source>Antrean cetak {antrean} tidak menjawab ({galat}).</source>
        <translation>The print queue {antrean} does not answer ({galat}).</translation>
    </message>
    <message>
        <source>Printer {antrean} menolak pekerjaan cetak: {rincian}</source>
        <translation>Printer {antrean} refused the print job: {rincian}</translation>
    </message>
    <message numerus="yes">
        <source>Rentang halaman tidak ada; dokumen ini %n halaman.</source>
        <translation>
            <numerusform>That page range does not exist; this document has %n page.</numerusform>
            <numerusform>That page range does not exist; this document has %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printer tidak dapat dimulai. Periksa apakah printer menyala, tersambung, dan tidak sedang bermasalah.</source>
        <translation>The printer cannot be started. Check that it is switched on, connected and free of faults.</translation>
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
<context>
    <name>PublishDialog</name>
    <message>
        <source>Terbitkan DIK</source>
        <translation>Publish DIK</translation>
    </message>
    <message>
        <source>Versi pertama DIK akan diterbitkan dengan tanggal hari ini.</source>
        <translation>The first version of the DIK will be published with today&apos;s date.</translation>
    </message>
    <message>
        <source>DIK versi {nomor} akan diterbitkan dengan tanggal hari ini. Perubahan sejak versi {lama} ({tanggal}):</source>
        <translation>DIK version {nomor} will be published with today&apos;s date. Changes since version {lama} ({tanggal}):</translation>
    </message>
    <message>
        <source>misalnya Pemutakhiran semester II</source>
        <translation>for example Second-half update</translation>
    </message>
    <message>
        <source>Catatan versi</source>
        <translation>Version note</translation>
    </message>
    <message>
        <source>Terbitkan</source>
        <translation>Publish</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReceivePacketDialog</name>
    <message>
        <source>Terima paket kasus</source>
        <translation>Receive a case packet</translation>
    </message>
    <message>
        <source>Memeriksa paket {berkas}…</source>
        <translation>Checking the packet {berkas}…</translation>
    </message>
    <message>
        <source>Kasus</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Perangkat daerah</source>
        <translation>Regional agency</translation>
    </message>
    <message>
        <source>Pengirim</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Sidik jari kunci pengirim</source>
        <translation>Sender&apos;s key fingerprint</translation>
    </message>
    <message>
        <source>Di kantor ini</source>
        <translation>At this office</translation>
    </message>
    <message>
        <source>Isi paket</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Setelah impor</source>
        <translation>After the import</translation>
    </message>
    <message>
        <source>Isian yang berubah</source>
        <translation>Fields changed</translation>
    </message>
    <message>
        <source>Semua dari &amp;paket</source>
        <translation>All from the &amp;packet</translation>
    </message>
    <message>
        <source>Semua &amp;tetap di sini</source>
        <translation>All &amp;kept as here</translation>
    </message>
    <message>
        <source>Diubah di kedua kantor</source>
        <translation>Changed at both offices</translation>
    </message>
    <message>
        <source>&amp;Impor</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Memeriksa paket kasus</source>
        <translation>Checking the case packet</translation>
    </message>
    <message>
        <source>Paket tidak dapat diperiksa; tidak ada yang diimpor.</source>
        <translation>The packet could not be checked; nothing was imported.</translation>
    </message>
    <message>
        <source>Pemeriksaan paket dihentikan; tidak ada yang diimpor.</source>
        <translation>The check of the packet was stopped; nothing was imported.</translation>
    </message>
    <message>
        <source>Paket {berkas} utuh dan ditandatangani kantor pengirim.</source>
        <translation>The packet {berkas} is whole and signed by the sending office.</translation>
    </message>
    <message>
        <source>{kantor}, paket ke-{urutan} kasus ini</source>
        <translation>{kantor}, packet no. {urutan} of this case</translation>
    </message>
    <message>
        <source>Kasus baru di kantor ini</source>
        <translation>A new case at this office</translation>
    </message>
    <message>
        <source>Memperbarui kasus yang sudah ada di kantor ini</source>
        <translation>Updates a case this office already has</translation>
    </message>
    <message numerus="yes">
        <source>%n butir informasi</source>
        <translation>
            <numerusform>%n information item</numerusform>
            <numerusform>%n information items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kejadian riwayat baru</source>
        <translation>
            <numerusform>%n new history event</numerusform>
            <numerusform>%n new history events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dokumen baru</source>
        <translation>
            <numerusform>%n new document</numerusform>
            <numerusform>%n new documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pindaian baru</source>
        <translation>
            <numerusform>%n new scan</numerusform>
            <numerusform>%n new scans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kasus {nomor} telah diubah di kantor ini sejak paket terakhir, dan %n isian berbeda dengan paket. Pilih untuk setiap isian nilai yang dipakai: dari paket, atau yang ada di sini. Pilihan dicatat di riwayat kasus; susunan tahap (tahap berjalan, penyelesaian, pengembalian) selalu mengikuti paket.</source>
        <translation>
            <numerusform>Case {nomor} was changed at this office since the last packet, and %n field differs from the packet. Choose for each field the value to keep: the packet&apos;s, or this office&apos;s. The choices are recorded in the case history; the steps (which step runs, completions, send-backs) always follow the packet.</numerusform>
            <numerusform>Case {nomor} was changed at this office since the last packet, and %n fields differ from the packet. Choose for each field the value to keep: the packet&apos;s, or this office&apos;s. The choices are recorded in the case history; the steps (which step runs, completions, send-backs) always follow the packet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paket {berkas} tidak dapat diterima.</source>
        <translation>The packet {berkas} cannot be received.</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Belum dipilih: {belum} dari {semua} isian</source>
        <translation>Not chosen yet: {belum} of {semua} fields</translation>
    </message>
    <message>
        <source>Semua isian sudah dipilih.</source>
        <translation>Every field is chosen.</translation>
    </message>
    <message>
        <source>Pilih dulu untuk setiap isian yang berbeda (kolom Pilihan).</source>
        <translation>First choose for each field that differs (the Choice column).</translation>
    </message>
    <message>
        <source>Mengimpor paket kasus {nomor}</source>
        <translation>Importing the packet of case {nomor}</translation>
    </message>
    <message>
        <source>Kasus ini berubah lagi di kantor ini sejak paket diperiksa. Tinjau pilihannya, lalu tekan Impor lagi; belum ada yang diimpor.</source>
        <translation>This case changed again at this office since the packet was checked. Review the choices, then press Import again; nothing has been imported yet.</translation>
    </message>
    <message>
        <source>Paket tidak diimpor</source>
        <translation>Packet not imported</translation>
    </message>
</context>
<context>
    <name>RegisterKeyForm</name>
    <message>
        <source>Daftarkan kunci kantor mitra</source>
        <translation>Register a partner office key</translation>
    </message>
    <message>
        <source>Bandingkan sidik jari kunci dalam paket dengan sidik jari yang dibacakan kantor pengirim lewat telepon, bukan dengan yang tertulis di surel atau pesan yang membawa paket. Kunci didaftarkan hanya bila keduanya sama.</source>
        <translation>Compare the fingerprint of the key in the packet with the fingerprint the sending office read out by phone, not with one written in the e-mail or message that brought the packet. The key is registered only when the two are the same.</translation>
    </message>
    <message>
        <source>Berkas paket</source>
        <translation>Packet file</translation>
    </message>
    <message>
        <source>Kantor pengirim (menurut paket)</source>
        <translation>Sending office (as the packet says)</translation>
    </message>
    <message>
        <source>Kasus</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Dikirim oleh</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <source>Sidik jari kunci dalam paket</source>
        <translation>Fingerprint of the key in the packet</translation>
    </message>
    <message>
        <source>mis. AB12 CD34 EF56 …</source>
        <translation>e.g. AB12 CD34 EF56 …</translation>
    </message>
    <message>
        <source>Sidik jari yang dibacakan kantor pengirim</source>
        <translation>Fingerprint read out by the sending office</translation>
    </message>
    <message>
        <source>Didaftarkan sebagai kunci</source>
        <translation>Registered as the key of</translation>
    </message>
    <message>
        <source>PPID Utama</source>
        <translation>PPID Utama</translation>
    </message>
    <message>
        <source>— pilih perangkat daerah —</source>
        <translation>— choose the regional agency —</translation>
    </message>
    <message>
        <source>Kunci perangkat daerah</source>
        <translation>Key of the regional agency</translation>
    </message>
    <message>
        <source>Daftarkan</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <source>Kasus dimulai</source>
        <translation>Cases begun</translation>
    </message>
    <message>
        <source>Kasus selesai</source>
        <translation>Cases finished</translation>
    </message>
    <message>
        <source>Kasus masih berjalan pada akhir tahun</source>
        <translation>Cases still open at the year end</translation>
    </message>
    <message>
        <source>Butir informasi diuji</source>
        <translation>Information items tested</translation>
    </message>
    <message>
        <source>Butir dikecualikan</source>
        <translation>Items exempted</translation>
    </message>
    <message>
        <source>  dikecualikan seluruhnya</source>
        <translation>  exempted in full</translation>
    </message>
    <message>
        <source>  dikecualikan sebagian</source>
        <translation>  exempted in part</translation>
    </message>
    <message>
        <source>Butir dibuka (terbuka)</source>
        <translation>Items opened</translation>
    </message>
    <message>
        <source>Pasal 17 huruf {huruf}</source>
        <translation>Pasal 17 letter {huruf}</translation>
    </message>
    <message>
        <source>Butir yang memakai beberapa huruf</source>
        <translation>Items citing several letters</translation>
    </message>
    <message>
        <source>Butir hanya dengan undang-undang lain</source>
        <translation>Items resting on another statute only</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Laporan tahunan</source>
        <translation>Annual report</translation>
    </message>
    <message>
        <source>Buku register</source>
        <translation>Paper register</translation>
    </message>
    <message>
        <source>Dokumen SOP</source>
        <translation>SOP document</translation>
    </message>
    <message>
        <source>Paket bukti monitoring</source>
        <translation>Monitoring evidence pack</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Angka</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Tahap</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>{nomor}. {judul}</source>
        <translation>{nomor}. {judul}</translation>
    </message>
    <message>
        <source>Batas</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Kali</source>
        <translation>Runs</translation>
    </message>
    <message>
        <source>Rata-rata</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>Terlama</source>
        <translation>Longest</translation>
    </message>
    <message>
        <source>Lewat batas</source>
        <translation>Over limit</translation>
    </message>
    <message>
        <source>Ekspor PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Ekspor XLSX…</source>
        <translation>Export XLSX…</translation>
    </message>
    <message>
        <source>Kunci angka tahun ini…</source>
        <translation>Lock this year&apos;s figures…</translation>
    </message>
    <message>
        <source>Buka kunci…</source>
        <translation>Unlock…</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Per tahap SOP, dalam hari kerja (hk): berapa kali tahap itu selesai atau dikembalikan dalam tahun ini, rata-rata dan terlama lamanya, dan berapa kali melewati batasnya.</source>
        <translation>Per SOP step, in working days (WD): how often the step was completed or sent back this year, its average and longest time, and how often it went over its limit.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tahun {tahun} dikunci&lt;/b&gt; sejak {waktu} oleh {oleh}: angka di bawah adalah angka yang dibekukan saat itu.</source>
        <translation>&lt;b&gt;{tahun} is locked&lt;/b&gt; since {waktu} by {oleh}: the figures below are those frozen then.</translation>
    </message>
    <message>
        <source>Tahun {tahun} belum dikunci; angkanya dihitung per {tanggal}.</source>
        <translation>{tahun} is not locked; its figures are counted as of {tanggal}.</translation>
    </message>
    <message>
        <source>Tahun {tahun} masih berjalan: angkanya per {tanggal} dan masih berubah.</source>
        <translation>{tahun} is still running: its figures are as of {tanggal} and still change.</translation>
    </message>
    <message>
        <source>Berkas ini dibuka hanya-baca; kunci tahun tidak dapat diubah di sini.</source>
        <translation>This file is open read-only; a year&apos;s lock cannot be changed here.</translation>
    </message>
    <message>
        <source>Bekukan angka tahun ini: angkanya tidak berubah lagi</source>
        <translation>Freeze this year&apos;s figures: they no longer change</translation>
    </message>
    <message>
        <source>Buka kunci untuk koreksi (dicatat di riwayat)</source>
        <translation>Unlock for a correction (recorded in the history)</translation>
    </message>
    <message>
        <source>Kunci angka tahun {tahun}?</source>
        <translation>Lock the figures of {tahun}?</translation>
    </message>
    <message>
        <source>Angka laporan tahunan {tahun} dibekukan seperti yang tampil sekarang. Laporan tahun itu selanjutnya selalu mencetak angka ini; hanya administrator yang dapat membuka kuncinya, dengan alasan.

Kunci?</source>
        <translation>The annual report figures of {tahun} are frozen as shown now. That year&apos;s report then always prints these figures; only the administrator can unlock them, with a reason.

Lock?</translation>
    </message>
    <message>
        <source>Buka kunci tahun {tahun}</source>
        <translation>Unlock {tahun}</translation>
    </message>
    <message>
        <source>Alasan membuka kunci (dicatat di riwayat):</source>
        <translation>Why it is unlocked (recorded in the history):</translation>
    </message>
    <message>
        <source>Menyusun laporan tahunan {tahun}</source>
        <translation>Making the annual report of {tahun}</translation>
    </message>
    <message>
        <source>Buat PDF…</source>
        <translation>Make PDF…</translation>
    </message>
    <message>
        <source>Buku register kertas: kasus yang didaftarkan dalam periode ini dan nomor naskah keluar yang bertanggal di dalamnya, dengan kolom Paraf dan Keterangan untuk ditulis tangan.</source>
        <translation>The paper register (buku register): the cases registered in this period and the outgoing numbers dated in it, with Paraf and Keterangan columns to write in by hand.</translation>
    </message>
    <message>
        <source>Dari tanggal</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Sampai tanggal</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Menyusun buku register</source>
        <translation>Making the paper register</translation>
    </message>
    <message>
        <source>SOP Uji Konsekuensi versi {versi} (yang dipakai kasus baru) dalam susunan SOP-AP: halaman identitas, lalu diagram alir dengan satu kolom per pelaksana dan kolom Mutu Baku.</source>
        <translation>The consequence test SOP version {versi} (the one new cases start under) in the SOP-AP layout: the identity page, then the flowchart with one column per actor and the Mutu Baku columns.</translation>
    </message>
    <message>
        <source>Menyusun dokumen SOP</source>
        <translation>Making the SOP document</translation>
    </message>
    <message>
        <source>Satu folder atau satu berkas ZIP untuk monitoring Komisi Informasi: DIK versi terakhir yang diterbitkan (PDF dan XLSX), Surat Penetapan dan Berita Acara yang berlaku bertanggal tahun itu (PDF final seperti tersimpan), dokumen SOP, laporan tahunan, dan DAFTAR-ISI.csv berisi setiap berkas, isinya dan SHA-256-nya.</source>
        <translation>One folder or one ZIP file for the Komisi Informasi&apos;s monitoring: the latest published DIK version (PDF and XLSX), the Surat Penetapan and Berita Acara in force dated in the year (the final PDFs as stored), the SOP document, the annual report, and DAFTAR-ISI.csv listing each file, what it is and its SHA-256.</translation>
    </message>
    <message>
        <source>Simpan sebagai ZIP…</source>
        <translation>Save as ZIP…</translation>
    </message>
    <message>
        <source>Simpan ke folder baru…</source>
        <translation>Save to a new folder…</translation>
    </message>
    <message>
        <source>Simpan paket bukti</source>
        <translation>Save the evidence pack</translation>
    </message>
    <message>
        <source>Arsip ZIP (*.zip)</source>
        <translation>ZIP archive (*.zip)</translation>
    </message>
    <message>
        <source>Folder tempat paket bukti dibuat</source>
        <translation>Folder to make the evidence pack in</translation>
    </message>
    <message>
        <source>Menyusun paket bukti monitoring {tahun}</source>
        <translation>Making the monitoring evidence pack of {tahun}</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Simpan laporan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Pembuatan laporan dibatalkan; tidak ada berkas yang ditulis.</source>
        <translation>The report was cancelled; no file was written.</translation>
    </message>
    <message>
        <source>Laporan gagal</source>
        <translation>Report failed</translation>
    </message>
    <message>
        <source>Laporan selesai</source>
        <translation>Report finished</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Basis data server &lt;b&gt;{path}&lt;/b&gt; akan diganti dengan isi berkas cadangan. Ujikon memeriksa cadangan lebih dulu (keutuhan, SHA-256 di manifes, versi), lalu mencadangkan basis data server yang sekarang ke folder cadangan sebelum mengganti seluruh isinya dalam satu transaksi.</source>
        <translation>The server database &lt;b&gt;{path}&lt;/b&gt; will be replaced with the contents of a backup file. Ujikon checks the backup first (integrity, the SHA-256 in its manifest, the version), then backs up the server database as it is now into the backup folder before replacing all of its contents in one transaction.</translation>
    </message>
    <message>
        <source>Basis data &lt;b&gt;{path}&lt;/b&gt; akan diganti dengan isi berkas cadangan. Ujikon memeriksa cadangan lebih dulu (keutuhan, SHA-256 di manifes, versi), lalu menyimpan salinan basis data yang sekarang di sampingnya sebelum menggantinya.</source>
        <translation>The database &lt;b&gt;{path}&lt;/b&gt; will be replaced with the contents of the backup file. Ujikon checks the backup first (integrity, SHA-256 in the manifest, version), then saves a copy of the current database beside it before replacing it.</translation>
    </message>
    <message>
        <source>Berkas cadangan ujikon-….sqlite</source>
        <translation>Backup file ujikon-….sqlite</translation>
    </message>
    <message>
        <source>Pilih berkas…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Belum ada berkas yang dipilih.</source>
        <translation>No file chosen yet.</translation>
    </message>
    <message>
        <source>Pulihkan…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Hanya Administrator yang dapat memulihkan basis data, dan tidak dari jendela hanya-baca.</source>
        <translation>Only an Administrator can restore the database, and not from a read-only window.</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Berkas cadangan</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <source>Cadangan Ujikon (ujikon-*.sqlite);;Semua berkas (*)</source>
        <translation>Ujikon backups (ujikon-*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Memeriksa cadangan</source>
        <translation>Checking the backup</translation>
    </message>
    <message>
        <source>{name} adalah arsip tahunan {year}, bukan cadangan lengkap; bukalah hanya-baca.</source>
        <translation>{name} is the yearly archive of {year}, not a full backup; open it read-only.</translation>
    </message>
    <message>
        <source>Cadangan {name} utuh dibuat {time}: {counts}.</source>
        <translation>Backup {name} is intact, made {time}: {counts}.</translation>
    </message>
    <message>
        <source>Cadangan {name} utuh: {counts}.</source>
        <translation>Backup {name} is intact: {counts}.</translation>
    </message>
    <message>
        <source>Dibuat: {time}</source>
        <translation>Made: {time}</translation>
    </message>
    <message>
        <source>Oleh Ujikon versi {version}, skema versi {schema}</source>
        <translation>By Ujikon version {version}, schema version {schema}</translation>
    </message>
    <message>
        <source>Dari basis data: {source}</source>
        <translation>From database: {source}</translation>
    </message>
    <message>
        <source>Ukuran: {size} bita</source>
        <translation>Size: {size} bytes</translation>
    </message>
    <message>
        <source>SHA-256: {sha256}</source>
        <translation>SHA-256: {sha256}</translation>
    </message>
    <message>
        <source>Isi: {counts}</source>
        <translation>Contents: {counts}</translation>
    </message>
    <message numerus="yes">
        <source>  {table}: {rows} baris</source>
        <translation>
            <numerusform>  {table}: {rows} row</numerusform>
            <numerusform>  {table}: {rows} rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Menyiapkan pemulihan</source>
        <translation>Preparing the restore</translation>
    </message>
    <message>
        <source>Memulihkan basis data server</source>
        <translation>Restoring the server database</translation>
    </message>
    <message>
        <source>Tidak dapat dipulihkan</source>
        <translation>Cannot be restored</translation>
    </message>
    <message>
        <source>Basis data server yang sekarang dicadangkan dulu ke folder cadangan.</source>
        <translation>The server database as it is now is backed up into the backup folder first.</translation>
    </message>
    <message>
        <source>Basis data yang sekarang disalin dulu ke folder yang sama.</source>
        <translation>The current database is copied into the same folder first.</translation>
    </message>
    <message>
        <source>{reason}

Basis data tidak diubah.</source>
        <translation>{reason}

The database was not changed.</translation>
    </message>
    <message>
        <source>Pulihkan basis data?</source>
        <translation>Restore the database?</translation>
    </message>
    <message>
        <source>Basis data {path} akan diganti dengan cadangan tanggal {when} ({counts}).

Semua perubahan setelah tanggal itu tidak ada di cadangan. {copied}

Lanjutkan?</source>
        <translation>The database {path} will be replaced with the backup of {when} ({counts}).

Every change made after that date is not in the backup. {copied}

Continue?</translation>
    </message>
    <message>
        <source>Cadangan tidak dikenal</source>
        <translation>Unknown backup</translation>
    </message>
    <message>
        <source>{message}

Alasan tetap memulihkan cadangan ini:</source>
        <translation>{message}

Reason for restoring this backup anyway:</translation>
    </message>
    <message>
        <source>Basis data server dipulihkan dari {name}.

Cadangan basis data server sebelum dipulihkan:
{previous}

Pengguna di PC lain perlu masuk lagi.</source>
        <translation>The server database was restored from {name}.

Backup of the server database before the restore:
{previous}

Users on the other PCs need to sign in again.</translation>
    </message>
    <message>
        <source>Basis data dipulihkan dari {name}.

Salinan basis data sebelumnya:
{previous}</source>
        <translation>The database was restored from {name}.

Copy of the previous database:
{previous}</translation>
    </message>
    <message>
        <source>Basis data dipulihkan dari {name}.</source>
        <translation>The database was restored from {name}.</translation>
    </message>
    <message>
        <source>Dipulihkan</source>
        <translation>Restored</translation>
    </message>
</context>
<context>
    <name>RolesEditor</name>
    <message>
        <source>Perangkat daerah PPID Pembantu:</source>
        <translation>Regional agencies (OPD) of the PPID Pembantu:</translation>
    </message>
    <message>
        <source>{nama} — nonaktif</source>
        <translation>{nama} — inactive</translation>
    </message>
    <message numerus="yes">
        <source>PPID Pembantu untuk {jumlah} perangkat daerah: {nama} dan %n lainnya.</source>
        <translation>
            <numerusform>PPID Pembantu for {jumlah} OPDs: {nama} and %n other.</numerusform>
            <numerusform>PPID Pembantu for {jumlah} OPDs: {nama} and %n others.</numerusform>
        </translation>
    </message>
    <message>
        <source>PPID Pembantu untuk: {nama}</source>
        <translation>PPID Pembantu for: {nama}</translation>
    </message>
    <message>
        <source>Centang perangkat daerah PPID Pembantu ini.</source>
        <translation>Tick the OPDs of this PPID Pembantu.</translation>
    </message>
</context>
<context>
    <name>ServerConnectDialog</name>
    <message>
        <source>Sambungkan ke server basis data</source>
        <translation>Connect to a database server</translation>
    </message>
    <message>
        <source>Basis data PostgreSQL kantor yang dipakai bersama beberapa komputer. Pengelola server menyiapkannya dengan main.py server siapkan. Kata sandi ditanyakan saat menyambung dan tidak disimpan.</source>
        <translation>The office&apos;s PostgreSQL database, shared by several computers. The server&apos;s administrator prepares it with main.py server siapkan. The password is asked when connecting and is not stored.</translation>
    </message>
    <message>
        <source>&amp;Server (nama atau alamat IP)</source>
        <translation>&amp;Server (name or IP address)</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>&amp;Basis data</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <source>Pen&amp;gguna</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <source>Sambungkan</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Isi nama server dan nama basis datanya.</source>
        <translation>Fill in the server&apos;s name and the database&apos;s name.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message numerus="yes">
        <source>{peran} (%n perangkat daerah)</source>
        <translation>
            <numerusform>{peran} (%n OPD)</numerusform>
            <numerusform>{peran} (%n OPDs)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Persiapan pertama Ujikon</source>
        <translation>Ujikon first-time setup</translation>
    </message>
    <message>
        <source>Selamat datang. Pilih jenis kantor ini, isi nama kantor untuk kop surat dan buat akun administrator pertama. Daftar perangkat daerah Kabupaten Serang sudah dimuat; semuanya dapat diubah kemudian di menu Data Master.</source>
        <translation>Welcome. Choose the kind of this office, enter the office&apos;s name for the letterhead and create the first administrator account. The list of Kabupaten Serang&apos;s regional agencies is already loaded; all of it can be changed later in the Master Data menu.</translation>
    </message>
    <message>
        <source>Pilih perangkat daerah kantor ini</source>
        <translation>Choose this office&apos;s regional agency</translation>
    </message>
    <message>
        <source>Pisahkan baris alamat dengan titik koma (;), maks. 3 baris</source>
        <translation>Separate the address lines with semicolons (;), max. 3 lines</translation>
    </message>
    <message>
        <source>Isi dengan kasus contoh (data demo) untuk mencoba-coba</source>
        <translation>Fill with sample cases (demo data) to try things out</translation>
    </message>
    <message>
        <source>Jenis kantor *</source>
        <translation>Kind of office *</translation>
    </message>
    <message>
        <source>Perangkat daerah *</source>
        <translation>Regional agency *</translation>
    </message>
    <message>
        <source>Baris pemerintah *</source>
        <translation>Government line *</translation>
    </message>
    <message>
        <source>Nama instansi *</source>
        <translation>Agency name *</translation>
    </message>
    <message>
        <source>Alamat kop</source>
        <translation>Kop address</translation>
    </message>
    <message>
        <source>Nama pengguna admin *</source>
        <translation>Admin user name *</translation>
    </message>
    <message>
        <source>Nama lengkap *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <source>Kata sandi * (min. {length})</source>
        <translation>Password * (min. {length})</translation>
    </message>
    <message>
        <source>Ulangi kata sandi *</source>
        <translation>Repeat password *</translation>
    </message>
    <message>
        <source>Peran SOP akun ini</source>
        <translation>This account&apos;s SOP roles</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>SopDialog</name>
    <message>
        <source>SOP {title} (versi {version})</source>
        <translation>SOP {title} (version {version})</translation>
    </message>
</context>
<context>
    <name>SopView</name>
    <message>
        <source>Nomor SOP</source>
        <translation>SOP number</translation>
    </message>
    <message>
        <source>Tanggal pembuatan</source>
        <translation>Date made</translation>
    </message>
    <message>
        <source>Tanggal revisi</source>
        <translation>Date revised</translation>
    </message>
    <message>
        <source>Tanggal pengesahan</source>
        <translation>Date approved</translation>
    </message>
    <message>
        <source>Disahkan oleh</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Nama SOP</source>
        <translation>SOP name</translation>
    </message>
    <message>
        <source>Versi berkas</source>
        <translation>File version</translation>
    </message>
    <message>
        <source>Standar Operasional Prosedur: {title}</source>
        <translation>Standard Operating Procedure: {title}</translation>
    </message>
    <message>
        <source>Dasar Hukum</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Kualifikasi Pelaksana</source>
        <translation>Qualifications of the staff</translation>
    </message>
    <message>
        <source>Keterkaitan</source>
        <translation>Related procedures</translation>
    </message>
    <message>
        <source>Peralatan / Perlengkapan</source>
        <translation>Equipment / supplies</translation>
    </message>
    <message>
        <source>Peringatan</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Pencatatan dan Pendataan</source>
        <translation>Recording and data keeping</translation>
    </message>
    <message>
        <source>Uraian prosedur</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>%n hari kerja</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>Pelaksana per tahap: {actors}.</source>
        <translation>Who works each step: {actors}.</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <source>Dasar hukum</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Bila dibuka</source>
        <translation>If disclosed</translation>
    </message>
    <message>
        <source>Jangka waktu</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Kesimpulan</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Klasifikasi Tim</source>
        <translation>Tim Pertimbangan&apos;s classification</translation>
    </message>
    <message>
        <source>Bentuk</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Alasan pengecualian</source>
        <translation>Reason for exemption</translation>
    </message>
    <message>
        <source>Isian tahap</source>
        <translation>Step fields</translation>
    </message>
    <message>
        <source>Butir informasi</source>
        <translation>Information items</translation>
    </message>
    <message>
        <source>Tambah butir…</source>
        <translation>Add item…</translation>
    </message>
    <message>
        <source>Isi / ubah butir…</source>
        <translation>Fill in / edit item…</translation>
    </message>
    <message>
        <source>Hapus butir</source>
        <translation>Remove item</translation>
    </message>
    <message>
        <source>Pilih butir untuk melihat isinya.</source>
        <translation>Select an item to see its contents.</translation>
    </message>
    <message>
        <source>Peserta rapat</source>
        <translation>Meeting participants</translation>
    </message>
    <message>
        <source>Simpan isian</source>
        <translation>Save fields</translation>
    </message>
    <message>
        <source>Selesaikan tahap…</source>
        <translation>Complete step…</translation>
    </message>
    <message>
        <source>Tahap {number}: {title} — {role}</source>
        <translation>Step {number}: {title} — {role}</translation>
    </message>
    <message>
        <source>{activity}&lt;br&gt;Waktu: {duration}, batas waktu &lt;b&gt;{due}&lt;/b&gt;. Keluaran:&lt;ul style=&apos;margin:0&apos;&gt;{outputs}&lt;/ul&gt;</source>
        <translation>{activity}&lt;br&gt;Time: {duration}, deadline &lt;b&gt;{due}&lt;/b&gt;. Outputs:&lt;ul style=&apos;margin:0&apos;&gt;{outputs}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Uraian informasi</source>
        <translation>Description of the information</translation>
    </message>
    <message>
        <source>Dihitamkan</source>
        <translation>Blacked out</translation>
    </message>
    <message>
        <source>Alasan dihitamkan</source>
        <translation>Reason for blacking out</translation>
    </message>
    <message>
        <source>Kelengkapan</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <source>Belum ada butir informasi.</source>
        <translation>No information items yet.</translation>
    </message>
    <message>
        <source>Kembalikan ke tahap {number}…</source>
        <translation>Send back to step {number}…</translation>
    </message>
    <message>
        <source>Lengkap</source>
        <translation>Complete</translation>
    </message>
    <message numerus="yes">
        <source>Kurang %n isian</source>
        <translation>
            <numerusform>%n field missing</numerusform>
            <numerusform>%n fields missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{days} ({words}) hari kerja</source>
        <translation>
            <numerusform>{days} working day</numerusform>
            <numerusform>{days} working days</numerusform>
        </translation>
    </message>
    <message>
        <source>Isian belum disimpan</source>
        <translation>Fields not saved</translation>
    </message>
    <message>
        <source>Isian tahap {number} ({title}) kasus {case} belum disimpan: {fields}.</source>
        <translation>The fields of step {number} ({title}) of case {case} have not been saved: {fields}.</translation>
    </message>
    <message>
        <source>Simpan dulu sebelum {doing}?</source>
        <translation>Save first before {doing}?</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Buang</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Isian tahap {number} tidak berubah; tidak ada yang perlu disimpan.</source>
        <translation>The fields of step {number} have not changed; there is nothing to save.</translation>
    </message>
    <message>
        <source>Isian tahap {number} tersimpan pukul {time} WIB.</source>
        <translation>The fields of step {number} were saved at {time} WIB.</translation>
    </message>
    <message>
        <source>Pilih butir</source>
        <translation>Select an item</translation>
    </message>
    <message>
        <source>Pilih butir informasi di tabel dulu.</source>
        <translation>Select an information item in the table first.</translation>
    </message>
    <message>
        <source>Hapus butir {number}?

{description}</source>
        <translation>Remove item {number}?

{description}</translation>
    </message>
    <message>
        <source>Perhatian: {warning}</source>
        <translation>Note: {warning}</translation>
    </message>
    <message>
        <source>Tahap {number} ({title}) adalah tahap terakhir: menyelesaikannya menutup kasus {case}. Dokumen berikut masih konsep (belum difinalkan):

{drafts}

Setelah kasus selesai, dokumen itu tetap konsep tanpa nomor dan kode verifikasi. Finalkan dulu di tab Dokumen (pilih Tidak), atau tetap selesaikan kasus dengan dokumen konsep (pilih Ya)?</source>
        <translation>Step {number} ({title}) is the last step: completing it closes case {case}. These documents are still drafts (not finalised):

{drafts}

Once the case is closed, they stay drafts with no number and no verification code. Finalise them first on the Documents tab (choose No), or close the case with the drafts anyway (choose Yes)?</translation>
    </message>
    <message>
        <source>Selesaikan kasus dengan dokumen konsep?</source>
        <translation>Close the case with draft documents?</translation>
    </message>
    <message>
        <source>Selesaikan tahap</source>
        <translation>Complete step</translation>
    </message>
    <message>
        <source>Selesaikan tahap {number} ({title}) hari ini?</source>
        <translation>Complete step {number} ({title}) today?</translation>
    </message>
    <message>
        <source>Kembalikan ke tahap {number}</source>
        <translation>Send back to step {number}</translation>
    </message>
    <message>
        <source>Alasan pengembalian (akan tercatat di riwayat dan ditampilkan pada tahap {number}):</source>
        <translation>Reason for sending back (recorded in the history and shown at step {number}):</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>akun</source>
        <translation>account</translation>
    </message>
    <message>
        <source>Pengguna dan peran</source>
        <translation>Users and roles</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Login terakhir</source>
        <translation>Last login</translation>
    </message>
    <message>
        <source>Hanya Administrator yang dapat mengelola pengguna; {peran} hanya dapat melihat daftar ini.</source>
        <translation>Only the Administrator can manage users; {peran} can only view this list.</translation>
    </message>
    <message>
        <source>huruf kecil, mis. siti.rohaeti</source>
        <translation>lower case, e.g. siti.rohaeti</translation>
    </message>
    <message>
        <source>— tidak ditautkan —</source>
        <translation>— not linked —</translation>
    </message>
    <message>
        <source>NIP {nip}</source>
        <translation>NIP {nip}</translation>
    </message>
    <message>
        <source>{nama} (nonaktif)</source>
        <translation>{nama} (inactive)</translation>
    </message>
    <message>
        <source>Aktif (dapat masuk)</source>
        <translation>Active (can log in)</translation>
    </message>
    <message>
        <source>Atur ulang kata sandi…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>Serah terima tugas…</source>
        <translation>Hand over tasks…</translation>
    </message>
    <message>
        <source>Alihkan tahap berjalan milik akun ini kepada akun lain</source>
        <translation>Move this account&apos;s running steps to another account</translation>
    </message>
    <message>
        <source>Nama pengguna *</source>
        <translation>Username *</translation>
    </message>
    <message>
        <source>Nama lengkap *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <source>Pejabat terkait</source>
        <translation>Linked official</translation>
    </message>
    <message>
        <source>Peran *</source>
        <translation>Roles *</translation>
    </message>
    <message>
        <source>Kata sandi awal</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <source>Kata sandi awal untuk akun baru {akun}. Sampaikan kepada pemiliknya secara langsung; ia wajib menggantinya saat pertama masuk.</source>
        <translation>Initial password for the new account {akun}. Give it to its owner in person; they must change it when they first log in.</translation>
    </message>
    <message>
        <source>Akun dibuat</source>
        <translation>Account created</translation>
    </message>
    <message>
        <source>Akun {akun} ({nama}) dibuat. Pemiliknya wajib mengganti kata sandi awal saat pertama masuk.</source>
        <translation>Account {akun} ({nama}) created. Its owner must change the initial password when they first log in.</translation>
    </message>
    <message>
        <source>Atur ulang kata sandi — {akun}</source>
        <translation>Reset password — {akun}</translation>
    </message>
    <message>
        <source>Kata sandi baru untuk {nama} ({akun}). Sampaikan kepadanya secara langsung; ia wajib menggantinya saat masuk berikutnya.</source>
        <translation>New password for {nama} ({akun}). Give it to them in person; they must change it when they next log in.</translation>
    </message>
    <message>
        <source>Kata sandi diatur ulang</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>Kata sandi {akun} telah diatur ulang. {nama} wajib menggantinya saat masuk berikutnya; penguncian karena salah kata sandi juga dibuka.</source>
        <translation>The password of {akun} has been reset. {nama} must change it when they next log in; any lock-out after wrong passwords is lifted too.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>ASLI — BERLAKU</source>
        <translation>GENUINE — IN FORCE</translation>
    </message>
    <message>
        <source>SUDAH DIGANTIKAN — TIDAK BERLAKU LAGI</source>
        <translation>REPLACED — NO LONGER IN FORCE</translation>
    </message>
    <message>
        <source>NOMOR DIBATALKAN — TIDAK BERLAKU</source>
        <translation>NUMBER CANCELLED — NOT IN FORCE</translation>
    </message>
    <message>
        <source>TELAH DIUBAH</source>
        <translation>ALTERED</translation>
    </message>
    <message>
        <source>TIDAK DIKENAL</source>
        <translation>UNKNOWN</translation>
    </message>
    <message>
        <source>KODE TERDAFTAR — DOKUMEN BERLAKU</source>
        <translation>CODE REGISTERED — DOCUMENT IN FORCE</translation>
    </message>
    <message>
        <source>Periksa keaslian dokumen</source>
        <translation>Check a document&apos;s authenticity</translation>
    </message>
    <message>
        <source>Ketik kode verifikasi yang tercetak di kaki halaman, atau pindai kode QR-nya dengan pemindai, lalu tekan Enter. Untuk salinan PDF (misalnya yang dikirim lewat surel), pilih berkasnya: Ujikon membandingkannya dengan dokumen final yang tersimpan.</source>
        <translation>Type the verification code printed in the page footer, or scan its QR code with a scanner, then press Enter. For a PDF copy (for instance one sent by e-mail), choose the file: Ujikon compares it with the stored final document.</translation>
    </message>
    <message>
        <source>UJK-XXXX-XXXX atau pindai kode QR</source>
        <translation>UJK-XXXX-XXXX or scan the QR code</translation>
    </message>
    <message>
        <source>Periksa kode</source>
        <translation>Check code</translation>
    </message>
    <message>
        <source>Kode verifikasi</source>
        <translation>Verification code</translation>
    </message>
    <message>
        <source>Pilih PDF…</source>
        <translation>Choose PDF…</translation>
    </message>
    <message>
        <source>Lihat dokumen tersimpan</source>
        <translation>View stored document</translation>
    </message>
    <message>
        <source>Buka PDF yang tersimpan untuk dibandingkan dengan kertasnya</source>
        <translation>Open the stored PDF to compare it with the paper</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>PDF yang diperiksa</source>
        <translation>PDF to check</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Semua berkas (*)</source>
        <translation>PDF (*.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>Dokumen tersimpan versi {version}, kode {code}.</source>
        <translation>Stored document, version {version}, code {code}.</translation>
    </message>
</context>
<context>
    <name>YearlyArchiveDialog</name>
    <message>
        <source>Arsip tahunan</source>
        <translation>Yearly archive</translation>
    </message>
    <message>
        <source>Pilih folder…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>Buat arsip</source>
        <translation>Create archive</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Arsip berisi kasus satu tahun beserta butir, tahapan, peserta, riwayat, dokumen final dan pindaiannya. Ujikon membukanya hanya-baca (Berkas → Buka basis data lain…).</source>
        <translation>The archive holds one year&apos;s cases with their information items, steps, participants, history, final documents and their scans. Ujikon opens it read-only (File → Open another database…).</translation>
    </message>
    <message>
        <source>Tahun register</source>
        <translation>Register year</translation>
    </message>
    <message>
        <source>Folder tujuan</source>
        <translation>Destination folder</translation>
    </message>
    <message>
        <source>Folder arsip</source>
        <translation>Archive folder</translation>
    </message>
    <message>
        <source>Membuat arsip {year}</source>
        <translation>Creating the {year} archive</translation>
    </message>
    <message>
        <source>Arsip gagal</source>
        <translation>Archive failed</translation>
    </message>
    <message>
        <source>Arsip {year} dibuat:
{path}</source>
        <translation>Archive {year} created:
{path}</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <source>&lt;b&gt;{instansi}&lt;/b&gt;&lt;br&gt;{pemerintah}&lt;br&gt;PPID — Uji Konsekuensi Informasi Publik</source>
        <translation>&lt;b&gt;{instansi}&lt;/b&gt;&lt;br&gt;{pemerintah}&lt;br&gt;PPID — Public Information Consequence Test</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Ganti kata sandi</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Buka kunci</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>_ListEditDialog</name>
    <message>
        <source>Cari…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{role} hanya dapat melihat data master; perubahan oleh PPID Utama atau Administrator.</source>
        <translation>{role} can only view master data; changes are made by the PPID Utama or an Administrator.</translation>
    </message>
    <message>
        <source>data</source>
        <translation>record</translation>
    </message>
    <message>
        <source>{record} baru</source>
        <translation>new {record}</translation>
    </message>
    <message>
        <source>{record} yang diubah</source>
        <translation>changed {record}</translation>
    </message>
    <message>
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Hapus data ini?</source>
        <translation>Delete this record?</translation>
    </message>
</context>
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
        <translation>The Tim&apos;s classification</translation>
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
        <translation>The Tim&apos;s consideration</translation>
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
        <source>membuat kasus baru</source>
        <translation>create new cases</translation>
    </message>
    <message>
        <source>mengerjakan tahap</source>
        <translation>work on the step</translation>
    </message>
    <message>
        <source>memfinalkan dokumen</source>
        <translation>finalise documents</translation>
    </message>
    <message>
        <source>mencetak dokumen final</source>
        <translation>print final documents</translation>
    </message>
    <message>
        <source>melampirkan pindaian dokumen bertanda tangan</source>
        <translation>attach scans of signed documents</translation>
    </message>
    <message>
        <source>membatalkan nomor naskah keluar</source>
        <translation>cancel outgoing numbers</translation>
    </message>
    <message>
        <source>mengubah data master</source>
        <translation>change the master data</translation>
    </message>
    <message>
        <source>mengubah kalender hari libur</source>
        <translation>change the holiday calendar</translation>
    </message>
    <message>
        <source>mengubah pengaturan</source>
        <translation>change the settings</translation>
    </message>
    <message>
        <source>mengelola pengguna</source>
        <translation>manage users</translation>
    </message>
    <message>
        <source>melihat riwayat seluruh basis data</source>
        <translation>see the history of the whole database</translation>
    </message>
    <message>
        <source>mencadangkan basis data</source>
        <translation>back up the database</translation>
    </message>
    <message>
        <source>memulihkan basis data dari cadangan</source>
        <translation>restore the database from a backup</translation>
    </message>
    <message>
        <source>membuat arsip tahunan</source>
        <translation>make yearly archives</translation>
    </message>
    <message>
        <source>menerbitkan Daftar Informasi yang Dikecualikan</source>
        <translation>publish the Daftar Informasi yang Dikecualikan</translation>
    </message>
    <message>
        <source>menindaklanjuti butir Daftar Informasi yang Dikecualikan</source>
        <translation>follow up items of the Daftar Informasi yang Dikecualikan</translation>
    </message>
    <message>
        <source>mengunci angka laporan tahunan</source>
        <translation>lock the annual report figures</translation>
    </message>
    <message>
        <source>membuka kunci angka laporan tahunan</source>
        <translation>unlock the annual report figures</translation>
    </message>
    <message>
        <source>mengirim paket kasus ke kantor lain</source>
        <translation>send a case packet to another office</translation>
    </message>
    <message>
        <source>menerima paket kasus dari kantor lain</source>
        <translation>receive a case packet from another office</translation>
    </message>
    <message>
        <source>mendaftarkan kunci kantor lain</source>
        <translation>register another office&apos;s key</translation>
    </message>
    <message>
        <source>kode klasifikasi arsip</source>
        <translation>archive classification code</translation>
    </message>
    <message>
        <source>nomor urut</source>
        <translation>sequence number</translation>
    </message>
    <message>
        <source>kode unit</source>
        <translation>unit code</translation>
    </message>
    <message>
        <source>bulan dalam angka Romawi</source>
        <translation>month in Roman numerals</translation>
    </message>
    <message>
        <source>bulan dua angka</source>
        <translation>month as two digits</translation>
    </message>
    <message>
        <source>tahun</source>
        <translation>year</translation>
    </message>
    <message>
        <source>Data Master → Pejabat dan peserta</source>
        <translation>Master data → Officials</translation>
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
    <message>
        <source>Akhir pekan</source>
        <translation>Weekend</translation>
    </message>
    <message>
        <source>Libur nasional</source>
        <translation>National holiday</translation>
    </message>
    <message>
        <source>Cuti bersama</source>
        <translation>Collective leave (cuti bersama)</translation>
    </message>
    <message>
        <source>Surat Penetapan PPID Utama</source>
        <translation>Surat Penetapan PPID Utama</translation>
    </message>
    <message>
        <source>Keputusan Atasan PPID</source>
        <translation>Keputusan Atasan PPID</translation>
    </message>
    <message>
        <source>Keputusan Sekretaris Daerah (nomor dari Bagian Hukum)</source>
        <translation>Keputusan Sekretaris Daerah (number from the Bagian Hukum)</translation>
    </message>
    <message>
        <source>Keputusan Bupati (nomor dari Bagian Hukum)</source>
        <translation>Keputusan Bupati (number from the Bagian Hukum)</translation>
    </message>
    <message>
        <source>Batas waktu bergeser</source>
        <translation>Deadline moved</translation>
    </message>
    <message>
        <source>Butir dihapus</source>
        <translation>Item removed</translation>
    </message>
    <message>
        <source>Butir disimpan</source>
        <translation>Item saved</translation>
    </message>
    <message>
        <source>Cadangan dibuat</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <source>Cadangan dipulihkan</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>Arsip tahunan dibuat</source>
        <translation>Yearly archive made</translation>
    </message>
    <message>
        <source>Kunci kantor dipasang</source>
        <translation>Office key installed</translation>
    </message>
    <message>
        <source>Segel diperbarui</source>
        <translation>Seals renewed</translation>
    </message>
    <message>
        <source>Dokumen dicetak</source>
        <translation>Document printed</translation>
    </message>
    <message>
        <source>Dokumen difinalkan</source>
        <translation>Document finalised</translation>
    </message>
    <message>
        <source>Kalender diubah</source>
        <translation>Calendar changed</translation>
    </message>
    <message>
        <source>Kasus dibuat</source>
        <translation>Case created</translation>
    </message>
    <message>
        <source>Kasus selesai</source>
        <translation>Case finished</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Logged in</translation>
    </message>
    <message>
        <source>Gagal masuk</source>
        <translation>Failed login</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Logged out</translation>
    </message>
    <message>
        <source>Nomor dibatalkan</source>
        <translation>Number cancelled</translation>
    </message>
    <message>
        <source>Perangkat daerah dihapus</source>
        <translation>OPD deleted</translation>
    </message>
    <message>
        <source>Perangkat daerah ditambahkan</source>
        <translation>OPD added</translation>
    </message>
    <message>
        <source>Perangkat daerah diubah</source>
        <translation>OPD changed</translation>
    </message>
    <message>
        <source>Pejabat dihapus</source>
        <translation>Official deleted</translation>
    </message>
    <message>
        <source>Pejabat ditambahkan</source>
        <translation>Official added</translation>
    </message>
    <message>
        <source>Pejabat diubah</source>
        <translation>Official changed</translation>
    </message>
    <message>
        <source>Pengaturan diubah</source>
        <translation>Settings changed</translation>
    </message>
    <message>
        <source>Akun dibuat</source>
        <translation>Account created</translation>
    </message>
    <message>
        <source>Akun diubah</source>
        <translation>Account changed</translation>
    </message>
    <message>
        <source>Peserta disimpan</source>
        <translation>Participants saved</translation>
    </message>
    <message>
        <source>Pindaian dilampirkan</source>
        <translation>Scan attached</translation>
    </message>
    <message>
        <source>Kata sandi diganti</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>Kata sandi diatur ulang</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>Serah terima tugas</source>
        <translation>Duties handed over</translation>
    </message>
    <message>
        <source>Tahap dialihkan</source>
        <translation>Step reassigned</translation>
    </message>
    <message>
        <source>Tahap dikembalikan</source>
        <translation>Step sent back</translation>
    </message>
    <message>
        <source>Tahap dimulai</source>
        <translation>Step started</translation>
    </message>
    <message>
        <source>Isian tahap disimpan</source>
        <translation>Step entries saved</translation>
    </message>
    <message>
        <source>Tahap selesai</source>
        <translation>Step finished</translation>
    </message>
    <message>
        <source>DIK diterbitkan</source>
        <translation>DIK published</translation>
    </message>
    <message>
        <source>Butir DIK dibuka kembali</source>
        <translation>DIK item opened again</translation>
    </message>
    <message>
        <source>Jangka waktu butir DIK ditinjau</source>
        <translation>Period of a DIK item reviewed</translation>
    </message>
    <message>
        <source>Uji ulang butir DIK dimulai</source>
        <translation>Re-test of a DIK item started</translation>
    </message>
    <message>
        <source>Angka tahunan dikunci</source>
        <translation>Annual figures locked</translation>
    </message>
    <message>
        <source>Kunci angka tahunan dibuka</source>
        <translation>Annual figures unlocked</translation>
    </message>
    <message>
        <source>Paket kasus dikirim</source>
        <translation>Case packet sent</translation>
    </message>
    <message>
        <source>Paket kasus diterima</source>
        <translation>Case packet received</translation>
    </message>
    <message>
        <source>Kunci kantor mitra didaftarkan</source>
        <translation>Partner office&apos;s key registered</translation>
    </message>
    <message>
        <source>Sebelum ada permohonan informasi</source>
        <translation>Before any request for information</translation>
    </message>
    <message>
        <source>Atas permohonan informasi</source>
        <translation>On a request for information</translation>
    </message>
    <message>
        <source>Atas perintah Majelis Komisioner</source>
        <translation>On an order of the Majelis Komisioner</translation>
    </message>
    <message>
        <source>Nomor register permohonan</source>
        <translation>Request register number</translation>
    </message>
    <message>
        <source>Nomor perkara / putusan sela</source>
        <translation>Case number / interim decision</translation>
    </message>
    <message>
        <source>Akun pertama selalu Administrator. Centang peran SOP yang juga dipegangnya; tanpa peran SOP akun ini tidak dapat membuat kasus. Peran PPID Pembantu (dengan perangkat daerahnya) dan akun lain dibuat kemudian di Data Master → Pengguna.</source>
        <translation>The first account is always an Administrator. Tick the SOP roles it also holds; without an SOP role this account cannot create cases. The PPID Pembantu role (with its OPD) and other accounts are made later in Master data → Users.</translation>
    </message>
    <message>
        <source>Dipakai</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Digantikan</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <source>Berlaku</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Berakhir</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Dibuka kembali</source>
        <translation>Opened again</translation>
    </message>
    <message>
        <source>Segera berakhir</source>
        <translation>Expiring soon</translation>
    </message>
    <message>
        <source>Sudah berakhir</source>
        <translation>Already expired</translation>
    </message>
    <message>
        <source>Perlu ditinjau</source>
        <translation>Due for review</translation>
    </message>
    <message>
        <source>Administrator dapat memberikan peran itu di Data Master → Pengguna.</source>
        <translation>An administrator can grant that role under Master data → Users.</translation>
    </message>
    <message>
        <source>Akun Anda sudah dihapus oleh administrator; tidak ada yang diubah.</source>
        <translation>Your account was deleted by an administrator; nothing was changed.</translation>
    </message>
    <message>
        <source>Akun {akun} sudah dinonaktifkan oleh administrator; tidak ada yang diubah. Hubungi administrator bila perlu.</source>
        <translation>The account {akun} was deactivated by an administrator; nothing was changed. Contact an administrator if needed.</translation>
    </message>
    <message>
        <source>Peran {peran} sudah dicabut dari akun Anda; tidak ada yang diubah. Masuk lagi untuk bekerja dengan peran yang Anda pegang sekarang.</source>
        <translation>The role {peran} was taken from your account; nothing was changed. Log in again to work in the roles you hold now.</translation>
    </message>
    <message>
        <source>Akun Anda memegang peran {peran}: pilih di &quot;Bertindak sebagai&quot;.</source>
        <translation>Your account holds the role {peran}: choose it under &quot;Acting as&quot;.</translation>
    </message>
    <message>
        <source>Kasus ini milik {opd}. Anda {peran} untuk {opd_anda}; formulir hanya dapat dibaca.</source>
        <translation>This case belongs to {opd}. You are {peran} for {opd_anda}; the form is read-only.</translation>
    </message>
    <message>
        <source>Anda bertindak sebagai {peran}. Tahap ini dikerjakan oleh {pelaksana}; formulir hanya dapat dibaca. Ganti peran di bilah alat bila Anda pelaksananya.</source>
        <translation>You are acting as {peran}. This step is worked by {pelaksana}; the form is read-only. Switch the role in the toolbar if you are the one who works it.</translation>
    </message>
    <message>
        <source>{pemicu} (rujukan: {rujukan})</source>
        <translation>{pemicu} (reference: {rujukan})</translation>
    </message>
    <message>
        <source>PPID Pembantu {opd} belum tercatat hadir dalam rapat tahap {tahap}. Uji konsekuensi dilakukan bersama PPID Pembantu perangkat daerah yang bersangkutan; tambahkan pejabatnya sebagai peserta yang hadir, atau catat alasannya. Tahap tetap dapat diselesaikan.</source>
        <translation>The PPID Pembantu of {opd} is not recorded as present at the meeting of step {tahap}. The consequence test is held together with the PPID Pembantu of the regional agency concerned; add its official as a participant who attended, or note the reason. The step can still be completed.</translation>
    </message>
    <message>
        <source>Tahap {tahap} ({judul}) dimulai hari ini untuk {peran}, batas waktu {batas}.</source>
        <translation>Step {tahap} ({judul}) starts today for {peran}, deadline {batas}.</translation>
    </message>
    <message>
        <source>Tahap ini dikembalikan dari tahap {tahap} ({judul}) oleh {oleh} pada {tanggal}. Alasan: {alasan}</source>
        <translation>This step was sent back from step {tahap} ({judul}) by {oleh} on {tanggal}. Reason: {alasan}</translation>
    </message>
    <message>
        <source>Dikembalikan ke tahap {tahap} oleh {oleh} pada {tanggal}. Alasan: {alasan}</source>
        <translation>Sent back to step {tahap} by {oleh} on {tanggal}. Reason: {alasan}</translation>
    </message>
    <message>
        <source>Tahap {tahap} dari {jumlah}: {judul} ({peran}) — batas waktu {batas}, {sisa}</source>
        <translation>Step {tahap} of {jumlah}: {judul} ({peran}) — deadline {batas}, {sisa}</translation>
    </message>
    <message>
        <source>Tahap {tahap} belum dimulai. Batas waktunya dihitung {lama} sejak tahap sebelumnya selesai.</source>
        <translation>Step {tahap} has not started. Its deadline is counted as {lama} from the day the step before it is completed.</translation>
    </message>
    <message>
        <source>Tahap {tahap}: {judul}</source>
        <translation>Step {tahap}: {judul}</translation>
    </message>
    <message>
        <source>Dasar kalender: {dasar}.</source>
        <translation>Calendar basis: {dasar}.</translation>
    </message>
    <message>
        <source>Kasus akan dinyatakan selesai.</source>
        <translation>The case will be declared finished.</translation>
    </message>
    <message>
        <source>{nama} ({peran})</source>
        <translation>{nama} ({peran})</translation>
    </message>
    <message>
        <source>Selesai pada {tanggal}</source>
        <translation>Finished on {tanggal}</translation>
    </message>
    <message>
        <source>jatuh tempo hari ini</source>
        <translation>due today</translation>
    </message>
    <message>
        <source>Tahap {tahap} dari {jumlah}: {judul} — dikerjakan di kantor PPID Utama; batas waktu menurut salinan di sini {batas}, {sisa}</source>
        <translation>Step {tahap} of {jumlah}: {judul} — worked at the PPID Utama office; deadline by this office&apos;s copy {batas}, {sisa}</translation>
    </message>
    <message>
        <source>Catatan: batas waktu tersimpan {tanggal} dihitung dengan kalender lama (tahap sudah tidak berjalan).</source>
        <translation>Note: the stored deadline {tanggal} was counted with the earlier calendar (the step is no longer running).</translation>
    </message>
    <message>
        <source>Berjalan</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>{keadaan} — {tenggat}</source>
        <translation>{keadaan} — {tenggat}</translation>
    </message>
    <message>
        <source>{keadaan} · ditandatangani</source>
        <translation>{keadaan} · signed</translation>
    </message>
    <message>
        <source>Berjalan lagi (dikembalikan dari tahap {tahap})</source>
        <translation>Running again (sent back from step {tahap})</translation>
    </message>
    <message>
        <source>Dikembalikan ke tahap {tahap}</source>
        <translation>Sent back to step {tahap}</translation>
    </message>
    <message>
        <source>Belum mulai</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Selesai, terlambat</source>
        <translation>Finished, late</translation>
    </message>
    <message>
        <source>Tidak diperlukan</source>
        <translation>Not needed</translation>
    </message>
    <message>
        <source>Konsep</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Konsep, belum siap</source>
        <translation>Draft, not ready</translation>
    </message>
    <message>
        <source>semua</source>
        <translation>all</translation>
    </message>
    <message>
        <source>v{versi} digantikan v{baru}</source>
        <translation>v{versi} replaced by v{baru}</translation>
    </message>
    <message>
        <source>Final v{versi}</source>
        <translation>Final v{versi}</translation>
    </message>
    <message>
        <source>{status}, nomor dibatalkan</source>
        <translation>{status}, number cancelled</translation>
    </message>
    <message>
        <source>{status}, ditandatangani</source>
        <translation>{status}, signed</translation>
    </message>
    <message>
        <source>Data Master → Perangkat daerah → {opd}</source>
        <translation>Master data → Regional agencies (OPD) → {opd}</translation>
    </message>
    <message>
        <source>Pengaturan → Profil kantor</source>
        <translation>Master data → Office profile and official documents</translation>
    </message>
    <message>
        <source>Kop surat {opd}</source>
        <translation>The letterhead of {opd}</translation>
    </message>
    <message>
        <source>Kop surat kantor</source>
        <translation>The office&apos;s letterhead</translation>
    </message>
    <message>
        <source>{kop} belum memuat alamat: isi di {menu}</source>
        <translation>{kop} has no address yet: fill it in under {menu}</translation>
    </message>
    <message>
        <source>Nomor urut ke-{urut} pada November 2026 menjadi {nomor}.</source>
        <translation>Sequence number {urut} in November 2026 becomes {nomor}.</translation>
    </message>
    <message>
        <source>Pola nomor menghasilkan nomor {panjang:,} karakter; paling banyak {batas}. Perpendek polanya.</source>
        <translation>The number pattern gives a number of {panjang:,} characters; at most {batas}. Shorten the pattern.</translation>
    </message>
    <message>
        <source>Pola nomor menghasilkan nomor dengan karakter kendali ({kendali}); nomor harus satu baris tanpa tab. Hapus karakter itu dari pola atau kodenya.</source>
        <translation>The number pattern gives a number with control characters ({kendali}); a number must be one line without tabs. Remove those characters from the pattern or its code.</translation>
    </message>
    <message>
        <source>Pola nomor harus memuat {{urut}} (nomor urut), misalnya {{urut:03d}}.</source>
        <translation>The number pattern must contain {{urut}} (the sequence number), for example {{urut:03d}}.</translation>
    </message>
    <message>
        <source>Pola nomor &quot;{pola}&quot; tidak sah: kurung kurawal {{ }} tidak berpasangan. Token yang dikenal: {dikenal}.</source>
        <translation>The number pattern &quot;{pola}&quot; is not valid: its braces {{ }} do not pair up. Known tokens: {dikenal}.</translation>
    </message>
    <message>
        <source>Pola nomor memuat token {token} yang tidak dikenal. Token yang dikenal: {dikenal}.</source>
        <translation>The number pattern contains the unknown token {token}. Known tokens: {dikenal}.</translation>
    </message>
    <message>
        <source>Token {token} pada pola nomor tidak sah.</source>
        <translation>The token {token} of the number pattern is not valid.</translation>
    </message>
    <message>
        <source>Lebar format pada token {token} terlalu besar; nomor paling panjang {batas} karakter, misalnya {{urut:03d}}.</source>
        <translation>The width given in the token {token} is too large; a number has at most {batas} characters, for example {{urut:03d}}.</translation>
    </message>
    <message>
        <source>Format &quot;{format}&quot; tidak cocok untuk token {token} ({arti}).</source>
        <translation>The format &quot;{format}&quot; does not suit the token {token} ({arti}).</translation>
    </message>
    <message>
        <source>tahap {tahap} ({judul})</source>
        <translation>step {tahap} ({judul})</translation>
    </message>
    <message>
        <source>Dokumen tahapan kasus ini masih konsep (belum difinalkan): {dokumen}. Finalkan dulu di tab Dokumen; bila kasus tetap diselesaikan, dokumen itu tetap konsep tanpa nomor dan kode verifikasi.</source>
        <translation>Step documents of this case are still drafts (not finalised): {dokumen}. Finalise them first in the Documents tab; if the case is finished anyway, they stay drafts without a number or verification code.</translation>
    </message>
    <message>
        <source>Tahap {tahap} ({judul})</source>
        <translation>Step {tahap} ({judul})</translation>
    </message>
    <message>
        <source>{dokumen} belum dapat difinalkan:
{butir}</source>
        <translation>{dokumen} cannot be finalised yet:
{butir}</translation>
    </message>
    <message>
        <source>Tidak diperlukan: {alasan}</source>
        <translation>Not needed: {alasan}</translation>
    </message>
    <message>
        <source>Siap difinalkan</source>
        <translation>Ready to finalise</translation>
    </message>
    <message>
        <source>• {hal}</source>
        <translation>• {hal}</translation>
    </message>
    <message>
        <source>{dokumen} belum difinalkan</source>
        <translation>{dokumen} is not finalised yet</translation>
    </message>
    <message>
        <source>{isian} {tahap} belum diisi</source>
        <translation>{isian} of {tahap} is not filled in</translation>
    </message>
    <message>
        <source>{tahap} belum dimulai</source>
        <translation>{tahap} has not started</translation>
    </message>
    <message>
        <source>{tahap} belum diselesaikan oleh {peran}</source>
        <translation>{tahap} has not been completed by {peran}</translation>
    </message>
    <message>
        <source>Belum ada peserta rapat {tahap} yang dicatat hadir</source>
        <translation>No participant of the meeting of {tahap} is recorded as present</translation>
    </message>
    <message>
        <source>{dokumen} tidak diperlukan untuk kasus ini: {alasan}.</source>
        <translation>{dokumen} is not needed for this case: {alasan}.</translation>
    </message>
    <message>
        <source>tidak ada butir informasi yang dikecualikan menurut hasil uji konsekuensi</source>
        <translation>no information item is exempt according to the consequence test</translation>
    </message>
    <message>
        <source>belum ada butir informasi yang diuji dan dikecualikan</source>
        <translation>no information item has been tested and found exempt yet</translation>
    </message>
    <message>
        <source>{isian} belum diisi</source>
        <translation>{isian} is not filled in</translation>
    </message>
    <message>
        <source>Penanda tangan belum ada: tambahkan PPID Pembantu {opd} (pejabat aktif berperan PPID Pembantu pada {opd}) di {menu}</source>
        <translation>No one to sign: add the PPID Pembantu of {opd} (an active official with the role PPID Pembantu for {opd}) under {menu}</translation>
    </message>
    <message>
        <source>Penanda tangan belum ada: tambahkan PPID Utama (pejabat aktif berperan PPID Utama) di {menu}</source>
        <translation>No one to sign: add the PPID Utama (an active official with the role PPID Utama) under {menu}</translation>
    </message>
    <message>
        <source>Penanda tangan belum ada: tambahkan Atasan PPID (pejabat aktif berperan Atasan PPID) di {menu}</source>
        <translation>No one to sign: add the Atasan PPID (an active official with the role Atasan PPID) under {menu}</translation>
    </message>
    <message>
        <source>Penanda tangan belum ada: tambahkan anggota Tim Pertimbangan (pejabat aktif berperan Tim Pertimbangan) di {menu}</source>
        <translation>No one to sign: add members of the Tim Pertimbangan (active officials with the role Tim Pertimbangan) under {menu}</translation>
    </message>
    <message>
        <source>Penanda tangan belum ada: isi nama Bupati di Pengaturan → Profil kantor</source>
        <translation>No one to sign: fill in the Bupati&apos;s name under Master data → Office profile and official documents</translation>
    </message>
    <message>
        <source>versi {versi} tanggal {tanggal}</source>
        <translation>version {versi} dated {tanggal}</translation>
    </message>
    <message>
        <source>versi {versi} nomor {nomor} tanggal {tanggal}</source>
        <translation>version {versi} number {nomor} dated {tanggal}</translation>
    </message>
    <message>
        <source>Dokumen ini BERLAKU: tidak ada versi yang lebih baru dan nomornya tidak dibatalkan.</source>
        <translation>This document is IN FORCE: there is no newer version and its number is not cancelled.</translation>
    </message>
    <message>
        <source>Digantikan oleh {pengganti}</source>
        <translation>Replaced by {pengganti}</translation>
    </message>
    <message>
        <source>DIBATALKAN: nomor {nomor} telah dibatalkan di register: {alasan}. Dokumen ini tidak berlaku.</source>
        <translation>CANCELLED: number {nomor} was cancelled in the register: {alasan}. This document is void.</translation>
    </message>
    <message>
        <source>DIBATALKAN: nomor {nomor} telah dibatalkan di register. Dokumen ini tidak berlaku.</source>
        <translation>CANCELLED: number {nomor} was cancelled in the register. This document is void.</translation>
    </message>
    <message>
        <source>DIGANTIKAN: dokumen ini sudah digantikan oleh {pengganti} dengan alasan: {alasan}. Yang berlaku adalah versi {versi}.</source>
        <translation>REPLACED: this document was replaced by {pengganti} for this reason: {alasan}. Version {versi} is the one in force.</translation>
    </message>
    <message>
        <source>DIGANTIKAN: dokumen ini sudah digantikan oleh {pengganti}. Yang berlaku adalah versi {versi}.</source>
        <translation>REPLACED: this document was replaced by {pengganti}. Version {versi} is the one in force.</translation>
    </message>
    <message>
        <source>Paket {berkas} ditandatangani kunci kantor ini sendiri (sidik jari {sidik}): paket itu dikirim dari sini. Daftarkan kunci kantor mitra dari paket yang diterima dari kantor itu.</source>
        <translation>The packet {berkas} is signed with this office&apos;s own key (fingerprint {sidik}): it was sent from here. Register a partner office&apos;s key from a packet received from that office.</translation>
    </message>
    <message>
        <source>Paket {berkas} dikirim oleh {pengirim}, padahal kantor ini PPID Utama. Di sini hanya kunci PPID Pembantu (kantor perangkat daerah) yang didaftarkan; pilih paket yang dikirim kantor perangkat daerah.</source>
        <translation>The packet {berkas} was sent by {pengirim}, but this office is the PPID Utama. Only the keys of PPID Pembantu (regional agency offices) are registered here; choose a packet sent by a regional agency&apos;s office.</translation>
    </message>
    <message>
        <source>Paket {berkas} tidak menyebut perangkat daerah pengirimnya, jadi kuncinya tidak dapat didaftarkan. Minta kantor pengirim membuat paketnya lagi dengan Ujikon yang terbaru.</source>
        <translation>The packet {berkas} does not name the regional agency that sent it, so its key cannot be registered. Ask the sending office to make the packet again with the latest Ujikon.</translation>
    </message>
    <message>
        <source>Perangkat daerah {opd} yang disebut paket {berkas} tidak ada di Data Master kantor ini. Tambahkan dengan nama yang sama persis (Data Master → Perangkat daerah), lalu daftarkan kuncinya.</source>
        <translation>The regional agency {opd} the packet {berkas} names is not in this office&apos;s Master Data. Add it with exactly the same name (Master Data → Regional agencies), then register its key.</translation>
    </message>
    <message>
        <source>Di kantor PPID Utama, kunci kantor mitra didaftarkan untuk perangkat daerahnya. Pilih perangkat daerah pengirim paket ({opd}).</source>
        <translation>At the PPID Utama office a partner office&apos;s key is registered for its regional agency. Choose the regional agency that sent the packet ({opd}).</translation>
    </message>
    <message>
        <source>Paket {berkas} dikirim oleh PPID Pembantu {opd}, bukan {pilihan}. Kunci sebuah perangkat daerah didaftarkan untuk perangkat daerah itu sendiri: pilih {opd}.</source>
        <translation>The packet {berkas} was sent by the PPID Pembantu of {opd}, not of {pilihan}. A regional agency&apos;s key is registered for that agency itself: choose {opd}.</translation>
    </message>
    <message>
        <source>Kunci bersidik jari {sidik} sudah terdaftar untuk {kantor}; tidak perlu didaftarkan lagi.</source>
        <translation>The key with the fingerprint {sidik} is already registered for {kantor}; it need not be registered again.</translation>
    </message>
    <message>
        <source>Paket {berkas} dikirim oleh {pengirim}, bukan oleh PPID Utama. Kantor perangkat daerah ini bertukar paket hanya dengan PPID Utama, jadi hanya kunci PPID Utama yang didaftarkan di sini. Daftarkan kuncinya dari paket yang dikirim PPID Utama.</source>
        <translation>The packet {berkas} was sent by {pengirim}, not by the PPID Utama. This regional agency&apos;s office exchanges packets with the PPID Utama only, so only the PPID Utama&apos;s key is registered here. Register its key from a packet the PPID Utama sent.</translation>
    </message>
    <message>
        <source>Di kantor perangkat daerah, kunci yang didaftarkan hanya kunci PPID Utama: jangan pilih perangkat daerah.</source>
        <translation>At a regional agency&apos;s office the only key registered is the PPID Utama&apos;s: do not choose a regional agency.</translation>
    </message>
    <message>
        <source>Tahap {tahap} dikerjakan di kantor PPID Utama, bukan di kantor perangkat daerah ini. Kirim kasus ke PPID Utama (tombol Kirim ke PPID Utama); hasilnya kembali sebagai paket kasus.</source>
        <translation>Step {tahap} is worked at the PPID Utama office, not at this regional agency&apos;s office. Send the case to the PPID Utama (the Send to the PPID Utama button); the result comes back as a case packet.</translation>
    </message>
    <message>
        <source>Di kantor PPID Utama, hasil kasus dikirim kembali oleh PPID Utama.</source>
        <translation>At the PPID Utama office a case&apos;s result is sent back by the PPID Utama.</translation>
    </message>
    <message>
        <source>Kasus {nomor} masih berjalan di tahap {tahap}. Kirim hasilnya setelah penetapan (tahap 6) selesai, atau setelah kasus dikembalikan ke tahap 1.</source>
        <translation>Case {nomor} is still running at step {tahap}. Send its result once the determination (step 6) is completed, or once the case is sent back to step 1.</translation>
    </message>
    <message>
        <source>Kasus {nomor} bukan milik perangkat daerah kantor ini; hanya kasus perangkat daerahnya sendiri yang dapat dikirim ke PPID Utama.</source>
        <translation>Case {nomor} does not belong to this office&apos;s regional agency; only its own agency&apos;s cases can be sent to the PPID Utama.</translation>
    </message>
    <message>
        <source>Di kantor perangkat daerah, paket kasus dikirim oleh PPID Pembantu.</source>
        <translation>At a regional agency&apos;s office case packets are sent by the PPID Pembantu.</translation>
    </message>
    <message>
        <source>Tahap 1 kasus {nomor} belum selesai. Selesaikan tahap 1 dahulu, lalu kirim ke PPID Utama.</source>
        <translation>Step 1 of case {nomor} is not completed. Complete step 1 first, then send it to the PPID Utama.</translation>
    </message>
    <message>
        <source>Tahap berjalan: {tahap} ({judul}), batas waktu {batas}.</source>
        <translation>Running step: {tahap} ({judul}), due {batas}.</translation>
    </message>
    <message>
        <source>Kasus selesai; tidak ada tahap yang berjalan.</source>
        <translation>The case is finished; no step is running.</translation>
    </message>
    <message>
        <source>PPID Pembantu {opd}</source>
        <translation>PPID Pembantu of {opd}</translation>
    </message>
    <message>
        <source>Kop masih memakai logo pengganti Ujikon, bukan lambang daerah: pasang lambang Pemerintah Kabupaten di Pengaturan → Profil kantor sebelum dokumen difinalkan dan ditandatangani.</source>
        <translation>The letterhead still uses Ujikon&apos;s placeholder logo, not the regency&apos;s emblem: set the emblem of the Pemerintah Kabupaten under Master data → Office profile and official documents before documents are finalised and signed.</translation>
    </message>
    <message>
        <source>{peran} tidak berwenang {tindakan}. Yang berwenang: {berwenang}.</source>
        <translation>{peran} may not {tindakan}. Who may: {berwenang}.</translation>
    </message>
    <message>
        <source>{peran} tidak dapat {tindakan} tahap ini; tahap ini dikerjakan oleh {pelaksana}.</source>
        <translation>{peran} cannot {tindakan} for this step; this step is worked by {pelaksana}.</translation>
    </message>
    <message>
        <source>{peran} hanya dapat {tindakan} untuk perangkat daerahnya sendiri.</source>
        <translation>{peran} may {tindakan} only for its own regional agency.</translation>
    </message>
    <message>
        <source>peran lain</source>
        <translation>another role</translation>
    </message>
    <message>
        <source>Tahap ini dikerjakan oleh {pelaksana}; {peran} tidak dapat mengubahnya.</source>
        <translation>This step is worked by {pelaksana}; {peran} cannot change it.</translation>
    </message>
    <message>
        <source>{a} atau {b}</source>
        <translation>{a} or {b}</translation>
    </message>
    <message>
        <source>Kantor perangkat daerah: akun pertama menjadi Administrator dan PPID Pembantu perangkat daerah itu. Kantor ini mendaftarkan kasusnya, mengerjakan tahap 1, lalu mengirim kasus ke PPID Utama sebagai satu berkas paket; tahap 2 sampai 6 dikerjakan di PPID Utama.</source>
        <translation>A regional agency&apos;s office: the first account becomes Administrator and PPID Pembantu of that agency. This office registers its cases, works step 1, then sends the case to the PPID Utama as one packet file; steps 2 to 6 are worked at the PPID Utama.</translation>
    </message>
    <message>
        <source>PPID Utama (Diskominfosatik)</source>
        <translation>PPID Utama (Diskominfosatik)</translation>
    </message>
    <message>
        <source>PPID Pembantu (perangkat daerah)</source>
        <translation>PPID Pembantu (regional agency)</translation>
    </message>
    <message>
        <source>PC ini belum memiliki kunci kantor (akan dibuat di {folder}).</source>
        <translation>This PC has no office key yet (it will be made in {folder}).</translation>
    </message>
    <message>
        <source>Sidik jari: {sidik}</source>
        <translation>Fingerprint: {sidik}</translation>
    </message>
    <message>
        <source>Folder berkas kunci: {folder}</source>
        <translation>Key file folder: {folder}</translation>
    </message>
    <message>
        <source>Simpan salinan kedua berkas kunci di tempat aman (flashdisk kantor di lemari terkunci): tanpa kunci ini, PC baru tidak dapat melanjutkan basis data ini.</source>
        <translation>Keep a second copy of the key files in a safe place (the office&apos;s USB stick in a locked cabinet): without this key, a new PC cannot carry on this database.</translation>
    </message>
    <message>
        <source>Basis data yang terbuka belum disegel dengan kunci kantor.</source>
        <translation>The open database is not sealed with the office key yet.</translation>
    </message>
    <message>
        <source>Basis data yang terbuka disegel dan ditandatangani dengan kunci ini.</source>
        <translation>The open database is sealed and signed with this key.</translation>
    </message>
    <message>
        <source>Basis data yang terbuka disegel dengan kunci lain (lihat Periksa keutuhan).</source>
        <translation>The open database is sealed with another key (see Check database integrity).</translation>
    </message>
    <message>
        <source>{isian} terlalu panjang ({panjang:,} karakter; paling banyak {batas:,}). Ringkas isinya.</source>
        <translation>{isian} is too long ({panjang:,} characters; at most {batas:,}). Shorten it.</translation>
    </message>
    <message>
        <source>{isian} harus satu baris.</source>
        <translation>{isian} must be one line.</translation>
    </message>
    <message>
        <source>{isian} berisi karakter yang tidak dapat dicetak pada naskah dinas ({karakter}). Gunakan huruf Latin.</source>
        <translation>{isian} contains characters that cannot be printed on official documents ({karakter}). Use Latin letters.</translation>
    </message>
    <message>
        <source>{isian} ({tanggal}) tidak boleh sebelum {batas_nama} ({batas}).</source>
        <translation>{isian} ({tanggal}) may not be before {batas_nama} ({batas}).</translation>
    </message>
    <message>
        <source>{isian} ({tanggal}) tidak boleh setelah {batas_nama} ({batas}).</source>
        <translation>{isian} ({tanggal}) may not be after {batas_nama} ({batas}).</translation>
    </message>
    <message>
        <source>{isian} wajib diisi.</source>
        <translation>{isian} is required.</translation>
    </message>
    <message>
        <source>Sabtu</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Minggu</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>SKB belum dicatat untuk tahun {tahun}</source>
        <translation>SKB not recorded for {tahun}</translation>
    </message>
    <message>
        <source>{jenis}: {nama}</source>
        <translation>{jenis}: {nama}</translation>
    </message>
    <message>
        <source>{hari} ({rujukan})</source>
        <translation>{hari} ({rujukan})</translation>
    </message>
    <message>
        <source>Mulai {mulai:hari}; {lama}; hari ke-1 adalah hari kerja pertama sesudah tanggal mulai.</source>
        <translation>Starts {mulai:hari}; {lama}; day 1 is the first working day after the start date.</translation>
    </message>
    <message>
        <source>Batas waktu: {tanggal}.</source>
        <translation>Deadline: {tanggal}.</translation>
    </message>
    <message>
        <source>Kalender hari kerja Ujikon: libur nasional dan cuti bersama {sumber}</source>
        <translation>Ujikon&apos;s working-day calendar: national holidays and collective leave {sumber}</translation>
    </message>
    <message>
        <source>catatan kalender tersimpan: {catatan}</source>
        <translation>stored calendar note: {catatan}</translation>
    </message>
    <message>
        <source>{hari}, juga {libur}</source>
        <translation>{hari}, also {libur}</translation>
    </message>
    <message>
        <source>  hari ke-{ke:&gt;2}  {hari:hari}</source>
        <translation>  day {ke:&gt;2}  {hari:hari}</translation>
    </message>
    <message>
        <source>  dilewati    {hari:hari} — {sebab}</source>
        <translation>  skipped {hari:hari} — {sebab}</translation>
    </message>
    <message>
        <source>tahun {tahun} menurut {skb}</source>
        <translation>{tahun} according to {skb}</translation>
    </message>
    <message>
        <source>tahun {tahun} ({belum})</source>
        <translation>{tahun} ({belum})</translation>
    </message>
    <message>
        <source>cuti bersama dihitung sebagai hari libur</source>
        <translation>collective leave counted as holidays</translation>
    </message>
    <message>
        <source>cuti bersama dihitung sebagai hari kerja</source>
        <translation>collective leave counted as working days</translation>
    </message>
    <message>
        <source>tanpa perubahan oleh administrator</source>
        <translation>no changes by an administrator</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Alasan memulihkan cadangan yang tidak dikenal</source>
        <translation>Reason for restoring an unknown backup</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Rujukan SKB</source>
        <translation>SKB reference</translation>
    </message>
    <message>
        <source>Catatan penyelesaian</source>
        <translation>Completion note</translation>
    </message>
    <message>
        <source>Alasan pengembalian</source>
        <translation>Reason for sending back</translation>
    </message>
    <message>
        <source>Judul kasus</source>
        <translation>Case title</translation>
    </message>
    <message>
        <source>Tanggal mulai</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>tahun 2000</source>
        <translation>the year 2000</translation>
    </message>
    <message>
        <source>hari ini</source>
        <translation>today</translation>
    </message>
    <message>
        <source>Tanggal selesai</source>
        <translation>Completion date</translation>
    </message>
    <message>
        <source>tanggal mulai tahap</source>
        <translation>the step&apos;s start date</translation>
    </message>
    <message>
        <source>Rujukan</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>tanggal mulai kasus</source>
        <translation>the case&apos;s start date</translation>
    </message>
    <message>
        <source>Nomor dari Bagian Hukum</source>
        <translation>Number from the Bagian Hukum</translation>
    </message>
    <message>
        <source>Alasan pembatalan nomor</source>
        <translation>Reason for cancelling the number</translation>
    </message>
    <message>
        <source>Alasan koreksi</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <source>Nama berkas</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>Nama pada kop</source>
        <translation>Name on the kop</translation>
    </message>
    <message>
        <source>Kode unit</source>
        <translation>Unit code</translation>
    </message>
    <message>
        <source>Pola nomor</source>
        <translation>Number pattern</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Gelar depan</source>
        <translation>Title before name</translation>
    </message>
    <message>
        <source>Gelar belakang</source>
        <translation>Title after name</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Nama perangkat daerah</source>
        <translation>Name of the regional agency</translation>
    </message>
    <message>
        <source>Singkatan</source>
        <translation>Abbreviation</translation>
    </message>
    <message>
        <source>Catatan penerbitan</source>
        <translation>Publication note</translation>
    </message>
    <message>
        <source>Alasan dibuka kembali</source>
        <translation>Reason for reopening</translation>
    </message>
    <message>
        <source>Catatan peninjauan</source>
        <translation>Review note</translation>
    </message>
    <message>
        <source>Alasan membuka kunci</source>
        <translation>Reason for unlocking</translation>
    </message>
    <message>
        <source>Alasan mengambil alih basis data</source>
        <translation>Reason for taking over the database</translation>
    </message>
    <message numerus="yes">
        <source>{nama} dan {lain} perangkat daerah lain</source>
        <translation>
            <numerusform>{nama} and {lain} other regional agency</numerusform>
            <numerusform>{nama} and {lain} other regional agencies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>terlambat {hari} hari kerja</source>
        <translation>
            <numerusform>{hari} working day late</numerusform>
            <numerusform>{hari} working days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sisa {hari} hari kerja</source>
        <translation>
            <numerusform>{hari} working day left</numerusform>
            <numerusform>{hari} working days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Belum siap: {jumlah} hal belum dipenuhi</source>
        <translation>
            <numerusform>Not ready: {jumlah} thing still to do</numerusform>
            <numerusform>Not ready: {jumlah} things still to do</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tahap {tahap} ({judul}) dimulai hari ini di kantor ini, batas waktu {batas} ({hari} hari kerja).</source>
        <translation>
            <numerusform>Step {tahap} ({judul}) starts today at this office, due {batas} ({hari} working day).</numerusform>
            <numerusform>Step {tahap} ({judul}) starts today at this office, due {batas} ({hari} working days).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} ({words}) hari kerja</source>
        <translation>
            <numerusform>{n} working day</numerusform>
            <numerusform>{n} working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{jumlah} perubahan oleh administrator</source>
        <translation>
            <numerusform>{jumlah} change by an administrator</numerusform>
            <numerusform>{jumlah} changes by an administrator</numerusform>
        </translation>
    </message>
</context>
</TS>
