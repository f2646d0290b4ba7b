<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
<context>
    <name>app</name>
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
        <source>Akun Anda memegang peran {peran}: pilih di "Bertindak sebagai".</source>
        <translation>Your account holds the role {peran}: choose it under "Acting as".</translation>
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
        <translation>The office's letterhead</translation>
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
        <source>Pola nomor "{pola}" tidak sah: kurung kurawal {{ }} tidak berpasangan. Token yang dikenal: {dikenal}.</source>
        <translation>The number pattern "{pola}" is not valid: its braces {{ }} do not pair up. Known tokens: {dikenal}.</translation>
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
        <source>Format "{format}" tidak cocok untuk token {token} ({arti}).</source>
        <translation>The format "{format}" does not suit the token {token} ({arti}).</translation>
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
        <translation>No one to sign: fill in the Bupati's name under Master data → Office profile and official documents</translation>
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
        <source>Kop masih memakai logo pengganti Ujikon, bukan lambang daerah: pasang lambang Pemerintah Kabupaten di Pengaturan → Profil kantor sebelum dokumen difinalkan dan ditandatangani.</source>
        <translation>The letterhead still uses Ujikon's placeholder logo, not the regency's emblem: set the emblem of the Pemerintah Kabupaten under Master data → Office profile and official documents before documents are finalised and signed.</translation>
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
        <translation>Keep a second copy of the key files in a safe place (the office's USB stick in a locked cabinet): without this key, a new PC cannot carry on this database.</translation>
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
        <translation>Ujikon's working-day calendar: national holidays and collective leave {sumber}</translation>
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
        <translation>the step's start date</translation>
    </message>
    <message>
        <source>Rujukan</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>tanggal mulai kasus</source>
        <translation>the case's start date</translation>
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