<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
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
</TS>
