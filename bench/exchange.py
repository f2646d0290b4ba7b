"""Benchmark: importing a case packet (``app.exchange.import_packet``) beside a yardstick.

    uv run python bench/exchange.py [--items 50] [--scan-mb 20] [--runs 3]

Builds, in a temporary folder with two fresh office keys (``UJIKON_KUNCI``), an OPD install
with one case of ``--items`` items whose step 1 is completed and which carries ``--scan-mb``
MB of scans (20 files), sends it, and times at the PPID Utama, per run on a fresh copy of the
receiving database:

- Ujikon: ``import_packet`` (read the ZIP, SHA-256 of every member, Ed25519 signature,
  checks, one transaction writing the rows, the history chain and the row seals);
- the yardstick: unzip the same packet and insert the same rows (case, items, step records,
  events, scans) with plain ``sqlite3`` into an empty file, in one transaction.

Prints the medians and their ratio. The target of issue 16: under 5 seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def build(folder: Path, items: int, scan_mb: int) -> tuple[Path, Path, Path]:
    from app import clock, store
    from app.cases import commands
    from app.exchange import register_office_key, send_case
    from app.exchange.office import PEMBANTU, set_office
    from app.models import Attachment, Opd, Setting, database
    from app.signing import keyfile
    from tests.conftest import (
        ADMIN,
        PINNED_TODAY,
        STEP1_ITEM,
        advance_case,
        create_case_with_item,
        create_officials,
        open_test_database,
    )
    from tests.conftest import (
        PEMBANTU as PEMBANTU_ACTOR,
    )

    clock.pin_today(PINNED_TODAY)
    opd_keys, utama_keys = folder / "kunci-opd", folder / "kunci-utama"
    opd_key, _utama_key = keyfile.create_key(opd_keys), keyfile.create_key(utama_keys)
    utama_db, opd_db = folder / "utama.db", folder / "opd.db"
    os.environ[keyfile.ENV_FOLDER] = str(utama_keys)
    open_test_database(utama_db)
    create_officials()
    dinkes = Opd.get(Opd.singkatan == "Dinkes").id
    register_office_key(ADMIN, dinkes, opd_key.public.hex, opd_key.public.fingerprint)
    store.close_database()
    os.environ[keyfile.ENV_FOLDER] = str(opd_keys)
    open_test_database(opd_db)
    officials = create_officials()
    with database.atomic():
        set_office(PEMBANTU, Opd.get_by_id(dinkes).nama)
        Setting.insert(
            key="nomor_register_pola", value="{urut:03d}/UK-DINKES/{tahun}"
        ).on_conflict_replace().execute()
    case = create_case_with_item()
    for n in range(2, items + 1):
        commands.save_item(PEMBANTU_ACTOR, case.id, {**STEP1_ITEM, "uraian": f"Butir {n}"})
    per = scan_mb * 1024 * 1024 // 20
    with database.atomic():
        for n in range(20):
            data = b"%PDF-1.4\n" + os.urandom(per)
            import hashlib

            Attachment.create(
                case=case.id,
                tahap=1,
                nama_berkas=f"pindaian-{n}.pdf",
                mime="application/pdf",
                data=data,
                sha256=hashlib.sha256(data).hexdigest(),
                created_at=clock.now_utc(),
            )
    advance_case(case.id, 2, officials)
    packet = send_case(PEMBANTU_ACTOR, case.id, folder)
    store.close_database()
    return packet, utama_db, utama_keys


def yardstick(packet: Path, out: Path) -> float:
    started = time.perf_counter()
    with zipfile.ZipFile(packet) as z:
        members = {name: z.read(name) for name in z.namelist()}
    state = json.loads(members["kasus.json"])
    conn = sqlite3.connect(out)
    conn.execute("CREATE TABLE c (nomor, judul, data)")
    conn.execute("CREATE TABLE i (case_id, urut, data)")
    conn.execute("CREATE TABLE s (case_id, tahap, data)")
    conn.execute("CREATE TABLE e (case_id, waktu, jenis, ringkasan, rincian, hash)")
    conn.execute("CREATE TABLE a (case_id, nama, sha256, data BLOB)")
    with conn:
        k = state["kasus"]
        conn.execute("INSERT INTO c VALUES (?,?,?)", (k["nomor"], k["judul"], json.dumps(k)))
        conn.executemany(
            "INSERT INTO i VALUES (1,?,?)", [(i["urut"], json.dumps(i)) for i in state["butir"]]
        )
        conn.executemany(
            "INSERT INTO s VALUES (1,?,?)", [(r["tahap"], json.dumps(r)) for r in state["tahap"]]
        )
        conn.executemany(
            "INSERT INTO e VALUES (1,?,?,?,?,?)",
            [
                (e["waktu"], e["jenis"], e["ringkasan"], json.dumps(e["rincian"]), e["hash"])
                for e in state["riwayat"]
            ],
        )
        conn.executemany(
            "INSERT INTO a VALUES (1,?,?,?)",
            [(s["nama_berkas"], s["sha256"], members[s["berkas"]]) for s in state["pindaian"]],
        )
    conn.close()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=50)
    parser.add_argument("--scan-mb", type=int, default=20)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ujikon-bench-paket-") as tmp:
        folder = Path(tmp)
        os.environ["UJIKON_KUNCI"] = str(folder / "kunci-opd")
        packet, utama_db, utama_keys = build(folder, args.items, args.scan_mb)
        from app import store
        from app.exchange import import_packet
        from app.permissions import SYSTEM_ACTOR

        os.environ["UJIKON_KUNCI"] = str(utama_keys)
        ours, theirs = [], []
        for run in range(args.runs):
            copy = folder / f"utama-{run}.db"
            shutil.copyfile(utama_db, copy)
            store.open_database(copy)
            started = time.perf_counter()
            import_packet(SYSTEM_ACTOR, packet)
            ours.append(time.perf_counter() - started)
            store.close_database()
            theirs.append(yardstick(packet, folder / f"yard-{run}.db"))
        size = packet.stat().st_size / 1024 / 1024
        a, b = statistics.median(ours), statistics.median(theirs)
        print(f"Packet: {args.items} items, {args.scan_mb} MB scans, file {size:.1f} MB")
        print("| what | median (s) | min–max (s) |")
        print("| --- | --- | --- |")
        print(f"| import_packet | {a:.3f} | {min(ours):.3f}–{max(ours):.3f} |")
        print(f"| unzip + sqlite3 inserts | {b:.3f} | {min(theirs):.3f}–{max(theirs):.3f} |")
        print(f"ratio: {a / b:.1f}x; target < 5 s: {'ok' if a < 5 else 'MISSED'}")


if __name__ == "__main__":
    main()
