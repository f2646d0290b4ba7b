<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
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
    <name>DateField</name>
    <message>
        <source>belum diisi</source>
        <translation>not filled in</translation>
    </message>
</context>
<context>
    <name>DeadlineMoves</name>
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
    <name>OfficialField</name>
    <message>
        <source>— pilih pejabat —</source>
        <translation>— choose an official —</translation>
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
    <name>ReasonDialog</name>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Persiapan pertama Ujikon</source>
        <translation>Ujikon first-time setup</translation>
    </message>
    <message>
        <source>Selamat datang. Isi nama kantor untuk kop surat dan buat akun administrator pertama. Daftar perangkat daerah Kabupaten Serang sudah dimuat; semuanya dapat diubah kemudian di menu Data Master.</source>
        <translation>Welcome. Enter the office&apos;s name for the kop and create the first administrator account. The list of regional agencies (OPD) of Kabupaten Serang is already loaded; all of it can be changed later in the Master data menu.</translation>
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
</TS>
