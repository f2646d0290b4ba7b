"""Ujikon: start the desktop application or run a command-line task.

    uv run main.py                       open the application (default database)
    uv run main.py --db PATH             open another database file
    uv run main.py demo --db PATH        fill a new database with demo cases
    uv run main.py verify FILE --db PATH check a PDF copy of a finalised document
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
    gui = sub.add_parser("gui", add_help=False, help="buka aplikasi (bawaan bila tanpa perintah)")
    _add_db_option(gui)
    gui.add_argument("--smoke", action="store_true", help=argparse.SUPPRESS)
    gui.add_argument("--screenshot", type=Path, metavar="PNG", help=argparse.SUPPRESS)
    return parser


def _db_path(args: argparse.Namespace) -> Path:
    from app.settings import default_db_path

    return getattr(args, "db", None) or default_db_path()


def run_demo(args: argparse.Namespace) -> int:
    import time

    from app.db import open_database
    from app.demo import DemoError, fill_demo

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
    return 0


VERIFY_EXIT = {"asli": 0, "diubah": 1, "tidak_dikenal": 2}


def run_verify(args: argparse.Namespace) -> int:
    from peewee import DatabaseError

    from app.db import open_for_reading
    from app.document_store import verify_file
    from app.errors import UserError

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
    args = build_parser().parse_args(argv)
    if args.command == "demo":
        return run_demo(args)
    if args.command == "verify":
        return run_verify(args)
    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
