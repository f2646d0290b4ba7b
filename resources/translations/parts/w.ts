<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
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
</TS>
