"""Ujikon: start the desktop application or run a command-line task.

uv run main.py                       open the application (default database)
uv run main.py --db PATH             open another database file
uv run main.py demo --db PATH        fill a new database with demo cases
uv run main.py verify FILE --db PATH check a PDF copy of a finalised document
uv run main.py verify --kode KODE    check a paper copy by its verification code
uv run main.py backup DEST [--db PATH]   verified backup into a folder
uv run main.py restore FILE [--db PATH]  restore a backup (keeps a copy of the current file)
uv run main.py check [--db PATH]         integrity, keys, document hashes, history chain
uv run main.py arsip TAHUN DEST          read-only yearly archive
uv run main.py dik BERKAS                the DIK of today to .csv or .xlsx
uv run main.py dik terbitkan [--catatan TEKS]     publish the next DIK version
uv run main.py dik versi [N|terakhir] [--pdf F] [--xlsx F] [--csv F]
uv run main.py dik antrean [--hari N] [--bulan M] the DIK's expiry queue
uv run main.py paket kirim NOMOR --ke FILE       a case as one signed file for the other office
uv run main.py paket terima FILE [--pilih ISIAN=paket|lokal]  verify and import one
uv run main.py laporan-tahunan TAHUN --pdf F --xlsx F   annual report (PDF and/or XLSX)
uv run main.py bukti-monitoring TAHUN --ke FOLDER|F.zip  evidence pack for the Komisi Informasi
uv run main.py buku-register --dari D --sampai D --pdf F   paper register of a period
uv run main.py sop-pdf FILE              the SOP in the SOP-AP layout
uv run main.py --version                 version, schema, SOP, database path
uv run main.py --smoke                   the installed bundle's self-test (CI): demo, window, print
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app import APP_NAME


def _add_help(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-h", "--help", action="help", help="tampilkan bantuan ini lalu keluar")


def _add_db_option(parser: argparse.ArgumentParser) -> None:
    _add_help(parser)
    parser.add_argument(
        "--db",
        metavar="PATH",
        type=_db_target,
        default=argparse.SUPPRESS,
        help="berkas basis data SQLite (bawaan: di folder data pengguna), atau alamat server "
        "postgresql://PENGGUNA@HOST/NAMA",
    )


def _db_target(text: str) -> Path | str:
    """``--db``: a file path, or a server's ``postgresql://`` URL as it is."""
    from app.server_tasks import db_target

    return db_target(text)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="main.py",
        add_help=False,
        description=f"{APP_NAME}: Uji Konsekuensi Informasi Publik, PPID Kabupaten Serang.",
    )
    parser.add_argument(
        "--version",
        action="store_true",
        help="tampilkan versi aplikasi, skema, SOP dan letak basis data lalu keluar",
    )
    parser.add_argument(
        "--smoke",
        dest="self_test",  # not gui's --smoke (quit once the window shows)
        action="store_true",
        help="uji singkat paket terpasang: basis data contoh sementara, jendela utama, "
        "satu dokumen dicetak ke PDF, tanpa jaringan; kode keluar 0 bila baik",
    )
    _add_db_option(parser)
    sub = parser.add_subparsers(
        dest="command", metavar="[PERINTAH]", title="perintah (tanpa perintah: buka aplikasi)"
    )
    demo = sub.add_parser(
        "demo",
        add_help=False,
        help="isi basis data baru dengan kasus contoh",
        description="Isi basis data kosong dengan kasus contoh di berbagai "
        "tahap, sebagian terlambat.",
    )
    _add_db_option(demo)
    demo.add_argument(
        "--cases", type=int, default=36, metavar="N", help="jumlah kasus (1–100.000; bawaan 36)"
    )
    demo.add_argument("--seed", type=int, default=2026, help=argparse.SUPPRESS)
    verify = sub.add_parser(
        "verify",
        add_help=False,
        help="periksa keaslian dokumen Ujikon: berkas PDF-nya atau kode verifikasinya",
        description="Periksa apakah berkas PDF sama persis dengan dokumen yang difinalkan di "
        "basis data, atau (--kode) dokumen mana yang memiliki kode verifikasi pada kertas dan "
        "apakah dokumen itu masih berlaku. Kode keluar: 0 asli dan berlaku, 1 telah diubah, "
        "2 tidak dikenal, tidak terbaca atau kode salah tulis, 3 asli tetapi sudah digantikan "
        "versi yang lebih baru, 4 nomornya dibatalkan.",
    )
    _add_db_option(verify)
    what = verify.add_mutually_exclusive_group(required=True)
    what.add_argument(
        "file", type=Path, nargs="?", metavar="BERKAS", help="berkas PDF yang diperiksa"
    )
    what.add_argument(
        "--kode",
        metavar="KODE",
        help="kode verifikasi pada kertas (UJK-XXXX-XXXX) atau teks kode QR-nya "
        "(UJIKON:UJK-XXXX-XXXX)",
    )
    _add_archive_commands(sub)
    _add_report_commands(sub)
    gui = sub.add_parser("gui", add_help=False, help="buka aplikasi (bawaan bila tanpa perintah)")
    _add_db_option(gui)
    gui.add_argument("--smoke", action="store_true", help=argparse.SUPPRESS)
    gui.add_argument("--screenshot", type=Path, metavar="PNG", help=argparse.SUPPRESS)
    gui.add_argument("--soak", type=int, default=0, metavar="N", help=argparse.SUPPRESS)
    return parser


def _add_archive_commands(sub) -> None:
    """backup, restore, check, arsip (issue 5): none of them needs a display."""
    backup = sub.add_parser(
        "backup",
        add_help=False,
        help="cadangkan basis data ke sebuah folder",
        description="Cadangkan basis data lewat SQLite (aman walau aplikasi sedang dipakai), "
        "periksa salinannya, dan tulis manifes di sampingnya. Mencetak letak "
        "berkas dan SHA-256-nya. Kode keluar: 0 berhasil, 1 gagal.",
    )
    _add_db_option(backup)
    backup.add_argument("dest", type=Path, metavar="FOLDER", help="folder tujuan cadangan")
    restore = sub.add_parser(
        "restore",
        add_help=False,
        help="pulihkan basis data dari berkas cadangan",
        description="Periksa berkas cadangan dan manifesnya, simpan salinan basis data yang "
        "sekarang, lalu ganti basis data dengan cadangan itu. Bila cadangan tidak "
        "lolos pemeriksaan, basis data tidak diubah. Kode keluar: 0 berhasil, "
        "1 gagal.",
    )
    _add_db_option(restore)
    restore.add_argument(
        "file", type=Path, metavar="BERKAS", help="berkas cadangan ujikon-….sqlite"
    )
    restore.add_argument(
        "--paksa",
        metavar="ALASAN",
        default="",
        help="pulihkan juga cadangan yang tidak dibuat dari basis data ini (misalnya di "
        "komputer baru); alasannya dicatat di riwayat",
    )
    check = sub.add_parser(
        "check",
        add_help=False,
        help="periksa keutuhan basis data",
        description="Periksa keutuhan berkas, kunci asing, SHA-256 dokumen final dan "
        "pindaian, serta rantai riwayat. Kode keluar: 0 semua baik, 1 ada masalah.",
    )
    _add_db_option(check)
    arsip = sub.add_parser(
        "arsip",
        add_help=False,
        help="buat arsip tahunan (hanya-baca) kasus satu tahun",
        description="Tulis berkas ujikon-arsip-TAHUN.sqlite berisi kasus tahun itu beserta "
        "butir, tahapan, peserta, riwayat, dokumen dan pindaiannya. Arsip dibuka "
        "hanya-baca oleh aplikasi.",
    )
    _add_db_option(arsip)
    arsip.add_argument("year", type=int, metavar="TAHUN", help="tahun register kasus")
    arsip.add_argument("dest", type=Path, metavar="FOLDER", help="folder tujuan arsip")
    kunci = sub.add_parser(
        "kunci",
        add_help=False,
        help="kunci kantor: letak dan sidik jarinya, atau ambil alih basis data",
        description="Tanpa pilihan: cetak folder kunci kantor PC ini, sidik jarinya, dan kunci "
        "yang menyegel basis data. Dengan --ambil-alih ALASAN: segel basis data yang disegel "
        "kunci lain (atau kunci yang hilang) dengan kunci PC ini; isinya kini dianggap sah "
        "dan alasannya dicatat di riwayat. Kode keluar: 0 berhasil, 1 gagal.",
    )
    _add_dik_commands(sub)
    _add_packet_commands(sub)
    _add_server_commands(sub)
    _add_db_option(kunci)
    kunci.add_argument(
        "--ambil-alih",
        metavar="ALASAN",
        default="",
        help="segel basis data dengan kunci PC ini (misalnya kunci lama hilang)",
    )


DIK_COMMANDS = ("ekspor", "terbitkan", "versi", "antrean")


def _add_packet_commands(sub) -> None:
    """paket: a case as one signed file between offices (issue 16, app.exchange)."""
    paket = sub.add_parser(
        "paket",
        add_help=False,
        help="kirim atau terima paket kasus antar kantor (tanpa jaringan)",
        description="Paket kasus antar kantor PPID Pembantu dan PPID Utama: satu berkas "
        ".ujikon-kasus bertanda tangan kunci kantor. Kode keluar: 0 berhasil, 1 ditolak "
        "(pesannya mengatakan alasannya), 2 salah pemakaian atau basis data tidak dapat dibuka.",
    )
    _add_db_option(paket)
    paket_sub = paket.add_subparsers(dest="paket_command", metavar="PERINTAH", required=True)
    kirim = paket_sub.add_parser(
        "kirim",
        add_help=False,
        help="tulis paket kasus NOMOR",
        description="Tulis paket kasus bernomor register NOMOR, ditandatangani kunci kantor.",
    )
    _add_db_option(kirim)
    kirim.add_argument(
        "nomor", metavar="NOMOR", help="nomor register kasus, mis. 001/UK-DINKES/2026"
    )
    kirim.add_argument(
        "--ke",
        type=Path,
        required=True,
        metavar="BERKAS",
        help="berkas paket atau folder tujuannya",
    )
    terima = paket_sub.add_parser(
        "terima",
        add_help=False,
        help="periksa lalu impor paket kasus",
        description="Periksa tanda tangan dan isi paket, tampilkan yang baru atau berubah, lalu "
        "impor dalam satu transaksi. Isian yang bertentangan harus dipilih dengan --pilih.",
    )
    _add_db_option(terima)
    terima.add_argument("file", type=Path, metavar="BERKAS", help="berkas .ujikon-kasus")
    terima.add_argument(
        "--pilih",
        action="append",
        default=[],
        metavar="ISIAN=paket|lokal",
        help="pilihan untuk isian yang bertentangan (boleh berulang; semua=paket untuk semuanya)",
    )
    terima.add_argument(
        "--periksa", action="store_true", help="hanya periksa dan tampilkan isinya, tanpa impor"
    )
    kunci = paket_sub.add_parser(
        "kunci",
        add_help=False,
        help="daftarkan kunci kantor pengirim paket",
        description="Daftarkan kunci kantor yang menandatangani paket BERKAS, setelah sidik "
        "jarinya dicocokkan dengan kantor pengirim (lewat telepon atau surat).",
    )
    _add_db_option(kunci)
    kunci.add_argument("file", type=Path, metavar="BERKAS", help="paket dari kantor itu")
    kunci.add_argument(
        "--opd", default="", metavar="NAMA", help="perangkat daerah pengirim (tanpa: PPID Utama)"
    )
    kunci.add_argument(
        "--sidik-jari", required=True, metavar="SIDIK", help="sidik jari yang dibacakan pengirim"
    )


def _add_server_commands(sub) -> None:
    """server: one PostgreSQL database for the office's PCs (issue 15, app.server_tasks)."""
    server = sub.add_parser(
        "server",
        add_help=False,
        help="siapkan server PostgreSQL kantor, atau pindahkan berkas basis data ke sana",
        description="Beberapa komputer dalam satu kantor memakai satu basis data PostgreSQL. "
        "Kata sandi server ditanyakan bila diminta (tidak pernah disimpan). Kode keluar: 0 "
        "berhasil, 1 gagal (pesannya mengatakan sebabnya), 2 salah pemakaian atau server tidak "
        "dapat dihubungi.",
    )
    _add_help(server)
    server_sub = server.add_subparsers(dest="server_command", metavar="PERINTAH", required=True)
    siapkan = server_sub.add_parser(
        "siapkan",
        add_help=False,
        help="buat skema Ujikon di basis data server, atau sambungkan ke yang sudah ada",
        description="Buat skema, data rujukan dan segel kunci kantor di basis data server "
        "yang masih kosong, atau sambungkan ke basis data Ujikon yang sudah disiapkan.",
    )
    _add_help(siapkan)
    siapkan.add_argument("url", metavar="URL", help="postgresql://PENGGUNA@HOST/NAMA")
    siapkan.add_argument(
        "--admin", metavar="NAMA_PENGGUNA", help="buat juga Administrator pertama (sandi ditanya)"
    )
    siapkan.add_argument("--nama", default="", metavar="NAMA", help="nama lengkap administrator")
    pindahkan = server_sub.add_parser(
        "pindahkan",
        add_help=False,
        help="pindahkan berkas basis data SQLite ke basis data server yang kosong",
        description="Salin seluruh isi berkas (kasus, dokumen, pindaian, riwayat) ke basis data "
        "server yang kosong, lalu periksa jumlah, isi, rantai riwayat dan segelnya. Berkasnya "
        "tidak diubah.",
    )
    _add_help(pindahkan)
    pindahkan.add_argument("--dari", type=Path, required=True, metavar="BERKAS")
    pindahkan.add_argument("--ke", required=True, metavar="URL")


def _add_dik_commands(sub) -> None:
    """dik: the office's Daftar Informasi yang Dikecualikan (issue 13)."""
    dik = sub.add_parser(
        "dik",
        add_help=False,
        help="Daftar Informasi yang Dikecualikan: ekspor, terbitkan versi, antrean jangka waktu",
        description="Daftar Informasi yang Dikecualikan (DIK) kantor. 'main.py dik BERKAS' "
        "sama dengan 'main.py dik ekspor BERKAS'. Kode keluar: 0 berhasil, 1 gagal (pesannya "
        "di stderr), 2 perintah salah tulis.",
    )
    _add_db_option(dik)
    dik_sub = dik.add_subparsers(
        dest="dik_command", metavar="PERINTAH", title="perintah", required=True
    )
    ekspor = dik_sub.add_parser(
        "ekspor",
        add_help=False,
        help="tulis DIK hari ini ke CSV atau XLSX",
        description="Tulis DIK kantor (setiap butir yang dikecualikan oleh Surat Penetapan "
        "yang berlaku, dengan statusnya hari ini) ke BERKAS: .csv untuk situs web, .xlsx "
        "untuk Excel. Kode keluar: 0 berhasil, 1 gagal.",
    )
    _add_db_option(ekspor)
    ekspor.add_argument("file", type=Path, metavar="BERKAS", help="dik.csv atau dik.xlsx")
    terbitkan = dik_sub.add_parser(
        "terbitkan",
        add_help=False,
        help="terbitkan versi DIK baru (bila ada perubahan sejak versi terakhir)",
        description="Bekukan DIK hari ini sebagai versi bernomor berikutnya dan cetak apa "
        "yang berubah sejak versi sebelumnya. Ditolak bila DIK tidak berubah. Tercatat di "
        "riwayat atas nama baris perintah. Kode keluar: 0 diterbitkan, 1 gagal atau tidak "
        "ada perubahan.",
    )
    _add_db_option(terbitkan)
    terbitkan.add_argument(
        "--catatan", default="", metavar="TEKS", help="catatan penerbitan (dicetak di PDF)"
    )
    versi = dik_sub.add_parser(
        "versi",
        add_help=False,
        help="daftar versi DIK, atau satu versi ke PDF, XLSX, CSV",
        description="Tanpa NOMOR: daftar versi yang diterbitkan. Dengan NOMOR (atau "
        "'terakhir'): ringkasan versi itu dan perubahannya, lalu berkas yang diminta. "
        "Kode keluar: 0 berhasil, 1 gagal.",
    )
    _add_db_option(versi)
    versi.add_argument("nomor", nargs="?", metavar="NOMOR", help="nomor versi, atau 'terakhir'")
    versi.add_argument("--pdf", type=Path, metavar="BERKAS", help="tulis PDF (F4 mendatar)")
    versi.add_argument("--xlsx", type=Path, metavar="BERKAS", help="tulis XLSX")
    versi.add_argument("--csv", type=Path, metavar="BERKAS", help="tulis CSV untuk situs web")
    antrean = dik_sub.add_parser(
        "antrean",
        add_help=False,
        help="butir DIK yang jangka waktunya segera berakhir atau perlu ditinjau",
        description="Cetak butir DIK yang jangka waktunya berakhir dalam N hari kerja (atau "
        "sudah berakhir), dan butir berjangka waktu peristiwa yang belum ditinjau selama "
        "selang yang ditentukan; yang paling mendesak lebih dulu. Kode keluar: 0 berhasil, "
        "1 gagal.",
    )
    _add_db_option(antrean)
    antrean.add_argument(
        "--hari", type=int, default=30, metavar="N", help="hari kerja ke depan (bawaan 30)"
    )
    antrean.add_argument(
        "--bulan",
        type=int,
        default=12,
        metavar="M",
        help="selang peninjauan jangka waktu peristiwa, dalam bulan (bawaan 12)",
    )


def _first_word(argv: list[str], start: int) -> int:
    """The index of the first argument from ``start`` that is neither an option nor the
    value of ``--db`` (``len(argv)`` when there is none)."""
    at = start
    while at < len(argv):
        if argv[at] == "--db":
            at += 2
        elif argv[at].startswith("-"):
            at += 1
        else:
            return at
    return at


def _legacy_dik(argv: list[str]) -> list[str]:
    """``dik BERKAS`` (before the DIK had its own commands) is ``dik ekspor BERKAS``."""
    command = _first_word(argv, 0)
    if command >= len(argv) or argv[command] != "dik":
        return argv
    word = _first_word(argv, command + 1)
    if word < len(argv) and argv[word] not in DIK_COMMANDS:
        return [*argv[:word], "ekspor", *argv[word:]]
    return argv


def _iso_date(text: str):
    """A date written TTTT-BB-HH, for argparse (which exits with 2 on a wrong one)."""
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"tanggal '{text}' tidak sah; tulis TTTT-BB-HH, misalnya 2026-01-31"
        ) from None


def _add_report_commands(sub) -> None:
    """laporan-tahunan, buku-register, sop-pdf (issue 13): the office's reports as files."""
    annual = sub.add_parser(
        "laporan-tahunan",
        add_help=False,
        help="tulis laporan tahunan uji konsekuensi (PDF dan/atau XLSX)",
        description="Tulis Laporan Tahunan Uji Konsekuensi Informasi Publik tahun TAHUN: "
        "jumlah kasus (dimulai, selesai, berjalan pada akhir tahun), butir informasi yang "
        "diuji, dikecualikan menurut huruf Pasal 17 dan terbuka, serta rata-rata dan "
        "terlamanya hari kerja setiap tahap. Kode keluar: 0 berhasil, 1 gagal (alasannya "
        "di stderr), 2 perintah salah tulis.",
    )
    _add_db_option(annual)
    annual.add_argument("year", type=int, metavar="TAHUN", help="tahun laporan, misalnya 2026")
    annual.add_argument("--pdf", type=Path, metavar="BERKAS", help="berkas PDF tujuan")
    annual.add_argument("--xlsx", type=Path, metavar="BERKAS", help="berkas XLSX tujuan")
    register = sub.add_parser(
        "buku-register",
        add_help=False,
        help="cetak buku register kasus dan nomor surat suatu periode (PDF)",
        description="Tulis buku register (data manual) periode --dari sampai --sampai: "
        "register kasus yang dimulai pada periode itu dan register nomor surat keluarnya, "
        "dengan kolom Paraf dan Keterangan untuk diisi tangan. Kode keluar: 0 berhasil, "
        "1 gagal (alasannya di stderr), 2 perintah salah tulis.",
    )
    _add_db_option(register)
    register.add_argument(
        "--dari", type=_iso_date, required=True, metavar="TTTT-BB-HH", help="awal periode"
    )
    register.add_argument(
        "--sampai",
        type=_iso_date,
        required=True,
        metavar="TTTT-BB-HH",
        help="akhir periode (termasuk)",
    )
    register.add_argument(
        "--pdf", type=Path, required=True, metavar="BERKAS", help="berkas PDF tujuan"
    )
    sop = sub.add_parser(
        "sop-pdf",
        add_help=False,
        help="cetak SOP dalam format SOP-AP (PDF)",
        description="Tulis SOP Uji Konsekuensi Informasi Publik ke BERKAS: halaman identitas "
        "lalu tabel diagram alir (satu kolom per pelaksana, mutu baku). Tanpa --versi: SOP "
        "yang berlaku untuk kasus baru. Kode keluar: 0 berhasil, 1 gagal (alasannya di "
        "stderr), 2 perintah salah tulis.",
    )
    _add_db_option(sop)
    sop.add_argument("file", type=Path, metavar="BERKAS", help="berkas PDF tujuan")
    sop.add_argument(
        "--versi", metavar="VERSI", default=None, help="versi SOP yang tersimpan di basis data"
    )
    bukti = sub.add_parser(
        "bukti-monitoring",
        add_help=False,
        help="tulis paket bukti monitoring Komisi Informasi suatu tahun (folder atau ZIP)",
        description="Tulis paket bukti monitoring Komisi Informasi tahun TAHUN ke folder baru "
        "atau ke berkas .zip: DIK versi terakhir (PDF dan XLSX), Surat Penetapan dan Berita "
        "Acara yang berlaku bertanggal tahun itu, dokumen SOP, laporan tahunan, dan "
        "DAFTAR-ISI.csv (setiap berkas, isinya, SHA-256-nya). Kode keluar: 0 berhasil, "
        "1 gagal (alasannya di stderr), 2 perintah salah tulis.",
    )
    _add_db_option(bukti)
    bukti.add_argument("year", type=int, metavar="TAHUN", help="tahun monitoring, misalnya 2026")
    bukti.add_argument(
        "--ke",
        type=Path,
        required=True,
        metavar="FOLDER_ATAU_ZIP",
        help="folder baru (dibuat) atau berkas .zip tujuan",
    )


def _report(result) -> int:
    """Print what a task (``app.tasks``) has to say; its exit code."""
    for line in result.out:
        print(line)
    for line in result.err:
        print(line, file=sys.stderr)
    return result.code


def run_backup(args: argparse.Namespace) -> int:
    from app import tasks

    return _report(tasks.backup_database(_db_path(args), args.dest))


def run_restore(args: argparse.Namespace) -> int:
    from app import tasks

    return _report(tasks.restore_database(_db_path(args), args.file, args.paksa))


def run_check(args: argparse.Namespace) -> int:
    from app import tasks

    return _report(tasks.check_database(_db_path(args)))


def run_arsip(args: argparse.Namespace) -> int:
    from app import tasks

    return _report(tasks.yearly_archive(_db_path(args), args.year, args.dest))


def run_dik(args: argparse.Namespace) -> int:
    from app import tasks
    from app.reports import tasks as dik_tasks

    path = _db_path(args)
    if args.dik_command == "terbitkan":
        return _report(dik_tasks.publish(path, args.catatan))
    if args.dik_command == "versi":
        return _report(dik_tasks.version(path, args.nomor, args.pdf, args.xlsx, args.csv))
    if args.dik_command == "antrean":
        return _report(dik_tasks.queue(path, args.hari, args.bulan))
    return _report(tasks.export_dik(path, args.file))


def run_paket(args: argparse.Namespace) -> int:
    from app.exchange import cli

    path = _db_path(args)
    if args.paket_command == "kirim":
        return _report(cli.send(path, args.nomor, args.ke))
    if args.paket_command == "kunci":
        return _report(cli.register(path, args.file, args.opd, args.sidik_jari))
    return _report(cli.receive(path, args.file, args.pilih, args.periksa))


def _with_server_password(job):
    """Run ``job(password)``; when the server asks for a password, ask for it once here
    (never stored) and run it again."""
    import getpass

    result = job(None)
    if result.code and any("meminta kata sandi" in line for line in result.err):
        return job(getpass.getpass("Kata sandi server PostgreSQL: "))
    return result


def run_server(args: argparse.Namespace) -> int:
    from app import server_tasks

    if args.server_command == "pindahkan":
        return _report(
            _with_server_password(
                lambda password: server_tasks.move_to_server(args.dari, args.ke, password)
            )
        )
    first = None
    if args.admin:
        first = _first_admin_from_prompt(args.admin, args.nama)
        if first is None:
            return 2
    return _report(
        _with_server_password(
            lambda password: server_tasks.prepare_server(args.url, password, first)
        )
    )


def _first_admin_from_prompt(username: str, nama: str):
    """The first administrator of ``server siapkan --admin``: its password typed twice (or
    UJIKON_ADMIN_PASSWORD for an unattended setup); the kop as the setup proposes it."""
    import getpass
    import os

    from app.server_tasks import first_admin

    password = os.environ.get("UJIKON_ADMIN_PASSWORD")
    if not password:
        password = getpass.getpass(f"Kata sandi baru untuk {username}: ")
        if getpass.getpass("Ulangi kata sandinya: ") != password:
            print("Gagal: kedua kata sandi tidak sama.", file=sys.stderr)
            return None
    return first_admin(username, nama, password)


def run_kunci(args: argparse.Namespace) -> int:
    from app import tasks

    if args.ambil_alih:
        return _report(tasks.adopt_office_key(_db_path(args), args.ambil_alih))
    return _report(tasks.office_key(_db_path(args)))


def run_laporan_tahunan(args: argparse.Namespace) -> int:
    from app.reports import cli

    return _report(cli.annual_report(_db_path(args), args.year, args.pdf, args.xlsx))


def run_buku_register(args: argparse.Namespace) -> int:
    from app.reports import cli

    return _report(cli.register_book(_db_path(args), args.dari, args.sampai, args.pdf))


def run_sop_pdf(args: argparse.Namespace) -> int:
    from app.reports import cli

    return _report(cli.sop_document(_db_path(args), args.file, args.versi))


def run_bukti_monitoring(args: argparse.Namespace) -> int:
    from app.reports import cli

    return _report(cli.evidence_pack(_db_path(args), args.year, args.ke))


REPORT_COMMANDS = {
    "bukti-monitoring": run_bukti_monitoring,
    "laporan-tahunan": run_laporan_tahunan,
    "buku-register": run_buku_register,
    "sop-pdf": run_sop_pdf,
}

ARCHIVE_COMMANDS = {
    "backup": run_backup,
    "restore": run_restore,
    "check": run_check,
    "arsip": run_arsip,
    "kunci": run_kunci,
    "dik": run_dik,
    "paket": run_paket,
    "server": run_server,
}


def _db_path(args: argparse.Namespace) -> Path:
    # app.paths, not app.settings (which re-exports it): the window's start without --db
    # reads the default path before the login dialog, which paints before the store loads.
    from app.paths import default_db_path

    return getattr(args, "db", None) or default_db_path()


def run_demo(args: argparse.Namespace) -> int:
    import time

    from app import tasks
    from app.text import format_number

    started = time.perf_counter()
    last = [0.0]

    def progress(done: int, total: int) -> None:
        # One line each time (at most one a second): a log or a Windows console shows each,
        # where "\r" would pile them into one unreadable line.
        now = time.perf_counter()
        if now - last[0] > 1 or done == total:
            print(f"{format_number(done)}/{format_number(total)} kasus", file=sys.stderr)
            last[0] = now

    result = tasks.fill_demo_database(_db_path(args), args.cases, args.seed, progress)
    if result.code == 0:
        result.out.insert(1, f"({time.perf_counter() - started:.1f} detik)")
    return _report(result)


def run_verify(args: argparse.Namespace) -> int:
    from app import tasks

    if args.kode is not None:
        return _report(tasks.verify_code(_db_path(args), args.kode))
    return _report(tasks.verify_document(_db_path(args), args.file))


# Set once the window's quit has closed everything in order (``ui.application.finish``):
# the process may then end without the interpreter's tear-down (``app.quick_exit``).
WINDOW_CLOSED: list[bool] = []


def run_gui(args: argparse.Namespace) -> int:
    from ui.application import run

    code = run(
        _db_path(args),
        remembered_server=getattr(args, "db", None) is None,
        smoke=getattr(args, "smoke", False),
        screenshot=getattr(args, "screenshot", None),
        soak=getattr(args, "soak", 0),
    )
    WINDOW_CLOSED.append(True)
    return code


# The exit code of a task that failed before it could say why itself (its documented one).
FAILED_EXIT = {
    "demo": 2,
    "verify": 2,
    "backup": 1,
    "restore": 1,
    "check": 1,
    "arsip": 1,
    "dik": 1,
    "paket": 2,
    "server": 2,
}
FAILED_EXIT |= dict.fromkeys(REPORT_COMMANDS, 1)


def run_version(args: argparse.Namespace) -> int:
    from app.about import version_text

    print(version_text(_db_path(args)))
    return 0


def run_smoke(args: argparse.Namespace) -> int:
    from ui.smoke import run_smoke

    return run_smoke()


def main(argv: list[str] | None = None) -> int:
    from app.errors import UserError, os_error_message
    from app.netguard import block_if_asked

    block_if_asked()  # UJIKON_TANPA_JARINGAN=1: every network connection refused
    args = build_parser().parse_args(_legacy_dik(sys.argv[1:] if argv is None else argv))
    if args.version:
        return run_version(args)
    if args.self_test:
        return run_smoke(args)
    try:
        if args.command == "demo":
            return run_demo(args)
        if args.command == "verify":
            return run_verify(args)
        if args.command in ARCHIVE_COMMANDS:
            return ARCHIVE_COMMANDS[args.command](args)
        if args.command == "laporan-tahunan" and args.pdf is None and args.xlsx is None:
            print(
                "main.py laporan-tahunan: tulis --pdf BERKAS dan/atau --xlsx BERKAS.",
                file=sys.stderr,
            )
            return 2  # a usage error, as argparse's own
        if args.command in REPORT_COMMANDS:
            return REPORT_COMMANDS[args.command](args)
        return run_gui(args)
    except UserError as exc:  # e.g. the database is open in a window elsewhere
        print(f"Gagal: {exc.message}", file=sys.stderr)
        return 2
    except OSError as exc:  # a path the file system refuses (too long, no permission, …)
        if args.command not in FAILED_EXIT:
            raise  # the window logs its own errors
        print(f"Gagal: {os_error_message(exc)}", file=sys.stderr)
        return FAILED_EXIT[args.command]


if __name__ == "__main__":
    if getattr(sys, "frozen", False):  # the bundle: a child process of multiprocessing
        import multiprocessing

        multiprocessing.freeze_support()
    from app import quick_exit

    quick_exit.arm()
    exit_code = main()
    if WINDOW_CLOSED:
        quick_exit.leave(exit_code)
    sys.exit(exit_code)
