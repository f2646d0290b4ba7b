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
    <name>MainWindow</name>
    <message>
        <source>Bahasa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ujikon akan memakai bahasa yang dipilih setelah dibuka ulang.
Ujikon will use the chosen language once it is started again.</source>
        <translation type="unfinished"></translation>
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
</context>
</TS>
