<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
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
    <name>MainWindow</name>
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
    <name>RestoreDialog</name>
    <message>
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from backup</translation>
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
        <source>Tidak dapat dipulihkan</source>
        <translation>Cannot be restored</translation>
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

Semua perubahan setelah tanggal itu tidak ada di cadangan. Basis data yang sekarang disalin dulu ke folder yang sama.

Lanjutkan?</source>
        <translation>The database {path} will be replaced with the backup of {when} ({counts}).

No change made after that date is in the backup. The current database is first copied to the same folder.

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
</context>
</TS>
