<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
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
        <translation>This step's deadline in the SOP, in working days</translation>
    </message>
    <message>
        <source>Tampilkan kasus di tahap ini</source>
        <translation>Show the cases at this step</translation>
    </message>
    <message>
        <source>Tampilkan kasus terlambat di tahap ini</source>
        <translation>Show the overdue cases at this step</translation>
    </message>
    <message numerus="yes">
        <source>%n kasus selesai pada {bulan} {tahun}</source>
        <translation>
            <numerusform>%n case finished in {bulan} {tahun}</numerusform><numerusform>%n cases finished in {bulan} {tahun}</numerusform></translation>
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
            <numerusform>%n run completed or sent back; longest {terlama} WD, {lewat} over the limit of {batas} WD</numerusform><numerusform>%n runs completed or sent back; longest {terlama} WD, {lewat} over the limit of {batas} WD</numerusform></translation>
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
        <translation>Freeze today's DIK as the next numbered version</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Berkas basis data ini telah diambil alih oleh Ujikon di komputer lain. Tutup Ujikon di sini agar tidak ada dua penulis pada satu berkas.</source>
        <translation>This database file has been taken over by Ujikon on another computer. Close Ujikon here so that the file does not have two writers.</translation>
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
        <source>Pindahkan tahap berjalan seorang pejabat ke akun lain</source>
        <translation>Move an official's running steps to another account</translation>
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
        <source>Satu peran untuk semua perangkat daerah Anda; saring daftar kasus dengan "Perangkat daerah saya" atau satu perangkat daerah.</source>
        <translation>One role for all your OPDs; filter the case list with "My OPDs" or by one OPD.</translation>
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
    <name>PublishDialog</name>
    <message>
        <source>Terbitkan DIK</source>
        <translation>Publish DIK</translation>
    </message>
    <message>
        <source>Versi pertama DIK akan diterbitkan dengan tanggal hari ini.</source>
        <translation>The first version of the DIK will be published with today's date.</translation>
    </message>
    <message>
        <source>DIK versi {nomor} akan diterbitkan dengan tanggal hari ini. Perubahan sejak versi {lama} ({tanggal}):</source>
        <translation>DIK version {nomor} will be published with today's date. Changes since version {lama} ({tanggal}):</translation>
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
        <translation>Lock this year's figures…</translation>
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
        <translation>This file is open read-only; a year's lock cannot be changed here.</translation>
    </message>
    <message>
        <source>Bekukan angka tahun ini: angkanya tidak berubah lagi</source>
        <translation>Freeze this year's figures: they no longer change</translation>
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
        <translation>The annual report figures of {tahun} are frozen as shown now. That year's report then always prints these figures; only the administrator can unlock them, with a reason.

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
        <translation>One folder or one ZIP file for the Komisi Informasi's monitoring: the latest published DIK version (PDF and XLSX), the Surat Penetapan and Berita Acara in force dated in the year (the final PDFs as stored), the SOP document, the annual report, and DAFTAR-ISI.csv listing each file, what it is and its SHA-256.</translation>
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
</TS>