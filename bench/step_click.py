"""Benchmark: what one click costs the GUI thread on a big database.

    uv run python bench/step_click.py [--cases 100000] [--db PATH] [--runs 5]

Builds (or reuses) a demo database, opens the real main window offscreen as the PPID Utama,
and for ``--runs`` cases prepared at step 2 with their form filled:

- "Selesaikan tahap": the time from the click to the window having redrawn what changed
  (``form.complete()`` plus the events it posts), and the SQL statements it runs;
- "Finalkan": the part of finalising a Berita Acara that runs on the GUI thread (storing it)
  and the part that runs on a worker (checking and rendering).

Each figure is paired with its yardstick in the same run: the same writes done by hand with
the sqlite3 module on the same file (a transaction that completes the step and starts the
next, two history rows, commit with the same durability), and for finalising, the insert of
the same PDF bytes. Prints medians and ratios as a Markdown table.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from app import accounts, clock, store  # noqa: E402
from app.cases import commands  # noqa: E402
from app.cases.read import case_detail  # noqa: E402
from app.demo import DEMO_PASSWORD, fill_demo  # noqa: E402
from app.documents import store as documents  # noqa: E402
from app.masterdata import list_officials  # noqa: E402
from app.models import Case, Opd, database  # noqa: E402
from app.permissions import Actor  # noqa: E402

TODAY = date(2026, 11, 25)
UTAMA = Actor("ppid_utama", "Bench")
PEMBANTU = Actor("ppid_pembantu", "Bench")
ITEM = {
    "uraian": "Rekam medis pasien rawat inap",
    "dokumen_sumber": "RSUD",
    "dasar_hukum": ["17.h.2"],
    "konsekuensi_dibuka": "Mengungkap riwayat kesehatan.",
    "konsekuensi_ditutup": "Melindungi pasien.",
    "jangka_jenis": "tidak_terbatas",
}


class StatementCounter:
    """Counts the SQL statements the open database runs while it is installed."""

    def __init__(self) -> None:
        self.count = 0
        self._db = database.obj
        self._real = self._db.execute_sql

    def __enter__(self) -> StatementCounter:
        def counting(sql, params=None, *args, **kwargs):
            self.count += 1
            return self._real(sql, params, *args, **kwargs)

        self._db.execute_sql = counting
        return self

    def __exit__(self, *exc) -> None:
        self._db.execute_sql = self._real


def prepared_case(meeting: date) -> int:
    """A new case at step 2 with its form, items and participants filled (not completed)."""
    opd = Opd.get(Opd.singkatan == "Dinkes").id
    case = commands.create_case(
        UTAMA, commands.NewCase(opd, "sebelum_permohonan", "Bench", date(2026, 11, 2))
    ).case
    commands.save_item(UTAMA, case.id, ITEM)
    people = [(o.id, True) for o in list_officials()[:2]]
    commands.set_participants(UTAMA, case.id, 1, people)
    commands.complete_step(
        UTAMA,
        case.id,
        1,
        on=date(2026, 11, 3),
        data={"tanggal_rapat": meeting, "tempat_rapat": "Ruang rapat"},
    )
    item = case_detail(case.id).items[0]
    commands.save_item(UTAMA, case.id, {"kesimpulan": "seluruhnya"}, item.id)
    commands.set_participants(UTAMA, case.id, 2, people)
    commands.save_step(
        UTAMA, case.id, 2, {"tanggal_rapat": meeting, "tempat_rapat": "Ruang rapat Diskominfosatik"}
    )
    return case.id


def raw_completion(path: Path, case_id: int) -> float:
    """The yardstick: the rows completing a step writes, by hand, committed as durably as
    Ujikon commits (WAL, synchronous=FULL), on a copy of the database (ms)."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    start = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    conn.execute(
        "UPDATE steprecord SET status = 'selesai', tanggal_selesai = ? "
        "WHERE case_id = ? AND tahap = 2",
        (TODAY.isoformat(), case_id),
    )
    conn.execute(
        "INSERT INTO steprecord (case_id, tahap, putaran, status, tanggal_mulai, "
        "hari_kerja, batas_waktu, dasar_kalender, data, selesai_oleh, selesai_peran, "
        "alasan_kembali) VALUES (?, 3, 2, 'berjalan', ?, 7, ?, 'x', '{}', '', '', '')",
        (case_id, TODAY.isoformat(), TODAY.isoformat()),
    )
    conn.execute(
        'UPDATE "case" SET tahap = 3, batas_waktu = ? WHERE id = ?', (TODAY.isoformat(), case_id)
    )
    for kind in ("tahap_selesai", "tahap_dimulai"):
        conn.execute(
            "INSERT INTO event (case_id, waktu, pelaku, peran, pengguna, jenis, "
            "ringkasan, rincian, hash_sebelum, hash) VALUES (?, '2026-11-25', 'x', "
            "'x', '', ?, 'x', 'null', '', '')",
            (case_id, kind),
        )
    conn.execute("COMMIT")
    elapsed = (time.perf_counter() - start) * 1000
    conn.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    clock.pin_today(TODAY)
    path = args.db or Path(tempfile.mkdtemp()) / "bench.db"
    store.open_database(path)
    if not Case.select().exists():
        started = time.perf_counter()
        fill_demo(args.cases)
        print(f"demo {args.cases:,} cases: {time.perf_counter() - started:.1f} s")
    cases = [prepared_case(date(2026, 11, 4)) for _ in range(args.runs)]
    total = Case.select().count()
    scratch = Path(tempfile.mkdtemp()) / "yardstick.db"  # the yardsticks write to a copy
    store.sqlite_copy(path, scratch)

    from ui.application import settings_for
    from ui.main_window import MainWindow
    from ui.session import Session

    app = QApplication.instance() or QApplication(sys.argv)
    login = accounts.login("admin", DEMO_PASSWORD)
    window = MainWindow(path, settings_for(Path(tempfile.mkdtemp()) / "ui.ini"), Session(login))
    window.set_role("ppid_utama")
    window.show()
    app.processEvents()
    QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    QMessageBox.warning = staticmethod(lambda *a, **k: print("PERINGATAN:", a[2]) or 0)

    clicks, statements, yardsticks = [], [], []
    for case_id in cases:
        window.case_list.select_case(case_id, emit=False)
        window.open_case(case_id)
        app.processEvents()
        with StatementCounter() as counter:
            start = time.perf_counter()
            window.case_view.form.complete()
            app.processEvents()
            clicks.append((time.perf_counter() - start) * 1000)
        statements.append(counter.count)
        assert case_detail(case_id).current.tahap == 3, "the step was not completed"
        yardsticks.append(raw_completion(scratch, case_id))

    stores, prepares, inserts = [], [], []
    for case_id in cases:
        start = time.perf_counter()
        prepared = documents.prepare_finalisation(UTAMA, case_id, "ba_uji")
        prepares.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        documents.store_finalisation(UTAMA, prepared)
        stores.append((time.perf_counter() - start) * 1000)
        conn = sqlite3.connect(str(scratch), isolation_level=None)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "INSERT INTO attachment (case_id, tahap, nama_berkas, mime, data, sha256, "
            "keterangan, dibuat_oleh, created_at) VALUES (?, 2, 'x', 'x', ?, 'x', '', "
            "'', '2026-11-25')",
            (case_id, prepared.pdf),
        )
        conn.execute("COMMIT")
        inserts.append((time.perf_counter() - start) * 1000)
        conn.close()

    def med(values: list[float]) -> float:
        return statistics.median(values)

    print(f"\n{total:,} cases, median of {args.runs}\n")
    print("| figure | Ujikon | yardstick | ratio |")
    print("|---|---:|---:|---:|")
    print(
        f'| "Selesaikan tahap": click to redrawn window (GUI thread) | {med(clicks):.1f} ms | '
        f"raw sqlite3 writes of a completion: {med(yardsticks):.1f} ms | "
        f"{med(clicks) / med(yardsticks):.1f}× |"
    )
    print(f'| SQL statements per "Selesaikan tahap" | {med(statements):.0f} | | |')
    print(
        f"| Finalkan BA: on the GUI thread (store) | {med(stores):.1f} ms | "
        f"raw insert of the same PDF: {med(inserts):.1f} ms | "
        f"{med(stores) / med(inserts):.1f}× |"
    )
    print(f"| Finalkan BA: on a worker (check + render) | {med(prepares):.1f} ms | | |")
    window.close()
    store.close_database()


if __name__ == "__main__":
    main()
