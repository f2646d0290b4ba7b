<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
<context>
    <name>Application</name>
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
    <name>MainWindow</name>
    <message>
        <source>Berkas basis data ini telah diambil alih oleh Ujikon di komputer lain. Tutup Ujikon di sini agar tidak ada dua penulis pada satu berkas.</source>
        <translation>This database file has been taken over by Ujikon on another computer. Close Ujikon here so that the file does not have two writers.</translation>
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
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Data Master</source>
        <translation>&amp;Master data</translation>
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
        <source>membuka kasus lain</source>
        <comment>Simpan dulu sebelum …?</comment>
        <translation>opening another case</translation>
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
        <source>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Uji Konsekuensi Informasi Publik untuk PPID Pemerintah Kabupaten Serang (UU 14/2008, Perki 1/2017).&lt;/p&gt;&lt;p&gt;Bekerja sepenuhnya tanpa internet. Semua data kasus tersimpan di satu berkas basis data:&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Public information consequence test for the PPID of the Serang Regency Government (UU 14/2008, Perki 1/2017).&lt;/p&gt;&lt;p&gt;Works entirely without the internet. All case data is kept in one database file:&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;</translation>
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
    <name>Session</name>
    <message numerus="yes">
        <source>{peran} (%n perangkat daerah)</source>
        <translation>
            <numerusform>{peran} (%n OPD)</numerusform>
            <numerusform>{peran} (%n OPDs)</numerusform>
        </translation>
    </message>
</context>
</TS>
