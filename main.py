"""Ujikon: start the desktop application or run a command-line task.

    uv run main.py                       open the application (default database)
    uv run main.py --db PATH             open another database file
    uv run main.py demo --db PATH        fill a new database with demo cases
    uv run main.py verify FILE --db PATH check a PDF copy of a finalised document
    uv run main.py backup DEST [--db PATH]   verified backup into a folder
    uv run main.py restore FILE [--db PATH]  restore a backup (keeps a copy of the current file)
    uv run main.py check [--db PATH]         integrity, keys, document hashes, history chain
    uv run main.py arsip TAHUN DEST          read-only yearly archive
    uv run main.py --version
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app import APP_NAME, __version__


def _add_help(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-h", "--help", action="help", help="tampilkan bantuan ini lalu keluar")


def _add_db_option(parser: argparse.ArgumentParser) -> None:
    _add_help(parser)
    parser.add_argument(
        "--db", metavar="PATH", type=Path, default=argparse.SUPPRESS,
        help="berkas basis data SQLite (bawaan: di folder data pengguna)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="main.py", add_help=False,
        description=f"{APP_NAME}: Uji Konsekuensi Informasi Publik, PPID Kabupaten Serang.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}",
                        help="tampilkan versi lalu keluar")
    _add_db_option(parser)
    sub = parser.add_subparsers(dest="command", metavar="[PERINTAH]",
                                title="perintah (tanpa perintah: buka aplikasi)")
    demo = sub.add_parser("demo", add_help=False, help="isi basis data baru dengan kasus contoh",
                          description="Isi basis data kosong dengan kasus contoh di berbagai "
                                      "tahap, sebagian terlambat.")
    _add_db_option(demo)
    demo.add_argument("--cases", type=int, default=36, metavar="N",
                      help="jumlah kasus (1–100.000; bawaan 36)")
    demo.add_argument("--seed", type=int, default=2026, help=argparse.SUPPRESS)
    verify = sub.add_parser("verify", add_help=False,
                            help="periksa keaslian berkas PDF dokumen Ujikon",
                            description="Periksa apakah berkas PDF sama persis dengan dokumen "
                                        "yang difinalkan di basis data. Kode keluar: 0 asli, "
                                        "1 telah diubah, 2 tidak dikenal atau tidak terbaca.")
    _add_db_option(verify)
    verify.add_argument("file", type=Path, metavar="BERKAS", help="berkas PDF yang diperiksa")
    _add_archive_commands(sub)
    gui = sub.add_parser("gui", add_help=False, help="buka aplikasi (bawaan bila tanpa perintah)")
    _add_db_option(gui)
    gui.add_argument("--smoke", action="store_true", help=argparse.SUPPRESS)
    gui.add_argument("--screenshot", type=Path, metavar="PNG", help=argparse.SUPPRESS)
    return parser


def _add_archive_commands(sub) -> None:
    """backup, restore, check, arsip (issue 5): none of them needs a display."""
    backup = sub.add_parser(
        "backup", add_help=False, help="cadangkan basis data ke sebuah folder",
        description="Cadangkan basis data lewat SQLite (aman walau aplikasi sedang dipakai), "
                    "periksa salinannya, dan tulis manifes di sampingnya. Mencetak letak "
                    "berkas dan SHA-256-nya. Kode keluar: 0 berhasil, 1 gagal.")
    _add_db_option(backup)
    backup.add_argument("dest", type=Path, metavar="FOLDER", help="folder tujuan cadangan")
    restore = sub.add_parser(
        "restore", add_help=False, help="pulihkan basis data dari berkas cadangan",
        description="Periksa berkas cadangan dan manifesnya, simpan salinan basis data yang "
                    "sekarang, lalu ganti basis data dengan cadangan itu. Bila cadangan tidak "
                    "lolos pemeriksaan, basis data tidak diubah. Kode keluar: 0 berhasil, "
                    "1 gagal.")
    _add_db_option(restore)
    restore.add_argument("file", type=Path, metavar="BERKAS",
                         help="berkas cadangan ujikon-….sqlite")
    check = sub.add_parser(
        "check", add_help=False, help="periksa keutuhan basis data",
        description="Periksa keutuhan berkas, kunci asing, SHA-256 dokumen final dan "
                    "pindaian, serta rantai riwayat. Kode keluar: 0 semua baik, 1 ada masalah.")
    _add_db_option(check)
    arsip = sub.add_parser(
        "arsip", add_help=False, help="buat arsip tahunan (hanya-baca) kasus satu tahun",
        description="Tulis berkas ujikon-arsip-TAHUN.sqlite berisi kasus tahun itu beserta "
                    "butir, tahapan, peserta, riwayat, dokumen dan pindaiannya. Arsip dibuka "
                    "hanya-baca oleh aplikasi.")
    _add_db_option(arsip)
    arsip.add_argument("year", type=int, metavar="TAHUN", help="tahun register kasus")
    arsip.add_argument("dest", type=Path, metavar="FOLDER", help="folder tujuan arsip")


def run_backup(args: argparse.Namespace) -> int:
    from app import archive
    from app.errors import UserError
    from app.store import check_not_newer, close_database, inspect_file, open_database

    path = _db_path(args)
    if not path.is_file():
        print(f"Gagal: basis data {path} tidak ditemukan.", file=sys.stderr)
        return 1
    try:
        info = inspect_file(path)
        check_not_newer(info, path)
        result = archive.backup(args.dest, source=path, record=False)
    except UserError as exc:
        print(f"Gagal: {exc.message}", file=sys.stderr)
        return 1
    print(result.summary())
    if info.pending or info.archive_year is not None:
        return 0
    try:  # note it in the database, next to a window that may have it open
        open_database(path, take_lock=False)
        archive.record_backup(result)
    except UserError as exc:
        print(f"Catatan: cadangan tidak dicatat di basis data: {exc.message}", file=sys.stderr)
    finally:
        close_database()
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from app import archive
    from app.errors import UserError
    from app.store import close_database

    path = _db_path(args)
    try:
        result = archive.restore(args.file, path)
    except UserError as exc:
        print(f"Gagal: {exc.message}", file=sys.stderr)
        return 1
    finally:
        close_database()
    print(f"Basis data {path} dipulihkan dari {result.backup}.")
    print(result.check.message)
    if result.previous is not None:
        print(f"Salinan basis data sebelumnya: {result.previous}")
    return 0


def run_check(args: argparse.Namespace) -> int:
    from app.checks import run_checks
    from app.errors import UserError
    from app.store import close_database, open_for_reading

    path = _db_path(args)
    try:
        open_for_reading(path)
        results = run_checks()
    except UserError as exc:
        print(f"[GAGAL] Basis data: {exc.message}")
        return 1
    finally:
        close_database()
    for r in results:
        print(f"[{'OK' if r.ok else 'GAGAL'}] {r.name}: {r.message}")
    return 0 if all(r.ok for r in results) else 1


def run_arsip(args: argparse.Namespace) -> int:
    from app import archive
    from app.errors import UserError
    from app.store import close_database, open_for_reading

    path = _db_path(args)
    try:
        open_for_reading(path)
        target = archive.yearly_archive(args.year, args.dest, source=path)
    except UserError as exc:
        print(f"Gagal: {exc.message}", file=sys.stderr)
        return 1
    finally:
        close_database()
    print(f"Arsip tahun {args.year}: {target}")
    return 0


ARCHIVE_COMMANDS = {"backup": run_backup, "restore": run_restore, "check": run_check,
                    "arsip": run_arsip}


def _db_path(args: argparse.Namespace) -> Path:
    from app.settings import default_db_path

    return getattr(args, "db", None) or default_db_path()


def run_demo(args: argparse.Namespace) -> int:
    import time

    from app.demo import DemoError, fill_demo
    from app.store import open_database

    path = _db_path(args)
    open_database(path)
    started = time.perf_counter()
    last = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.perf_counter()
        if now - last[0] > 1 or done == total:
            print(f"\r{done:,}/{total:,} kasus".replace(",", "."), end="", file=sys.stderr)
            last[0] = now

    try:
        count = fill_demo(args.cases, seed=args.seed, progress=progress)
    except DemoError as exc:
        print(f"Gagal: {exc}", file=sys.stderr)
        return 2
    print(file=sys.stderr)
    print(f"{count} kasus contoh dibuat di {path} "
          f"({time.perf_counter() - started:.1f} detik).")
    from app.demo import DEMO_ACCOUNTS, DEMO_PASSWORD

    print(f"Akun demo (kata sandi semuanya: {DEMO_PASSWORD}): "
          + ", ".join(username for username, _name, _roles in DEMO_ACCOUNTS))
    return 0


VERIFY_EXIT = {"asli": 0, "diubah": 1, "tidak_dikenal": 2}


def run_verify(args: argparse.Namespace) -> int:
    from peewee import DatabaseError

    from app.document_store import verify_file
    from app.errors import UserError
    from app.store import open_for_reading

    path = _db_path(args)
    if not path.is_file():
        print(f"Basis data {path} tidak ditemukan.", file=sys.stderr)
        return 2
    try:
        open_for_reading(path)  # read-only: the window may have the file open
    except UserError as exc:
        print(exc.message, file=sys.stderr)
        return 2
    except (DatabaseError, OSError) as exc:
        print(f"Basis data {path} tidak dapat dibuka: {exc}", file=sys.stderr)
        return 2
    result = verify_file(args.file)
    print(result.message)
    return VERIFY_EXIT[result.status]


def run_gui(args: argparse.Namespace) -> int:
    from ui.application import run

    return run(_db_path(args), smoke=getattr(args, "smoke", False),
               screenshot=getattr(args, "screenshot", None))


def main(argv: list[str] | None = None) -> int:
    from app.errors import UserError

    args = build_parser().parse_args(argv)
    try:
        if args.command == "demo":
            return run_demo(args)
        if args.command == "verify":
            return run_verify(args)
        if args.command in ARCHIVE_COMMANDS:
            return ARCHIVE_COMMANDS[args.command](args)
        return run_gui(args)
    except UserError as exc:  # e.g. the database is open in a window elsewhere
        print(f"Gagal: {exc.message}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
