"""Archive soak: ``main.py backup``, ``restore`` and ``arsip`` killed with SIGKILL at random
moments, a few hundred times, on a demo database. After every kill:

- the source database is intact: ``PRAGMA integrity_check`` is ok, ``main.py check`` passes,
  and its rows are unchanged (a backup or archive only ever adds its own history note; a
  restore leaves the old rows or the backup's, nothing in between);
- no half-made file is taken for a good one: every file the listing and the prune consider
  a good backup (its manifest is sound and its size and SHA-256 match) also passes the full
  verification (``integrity_check``, row counts); no file under a final name lacks its
  manifest; every ``….sebelum-pulih-….sqlite`` copy is whole;
- the next start of the same job clears what the killed one left (``.part`` files, their
  journals, manifests of files never renamed).

    uv run python bench/archive_soak.py                 # 300 runs (a few minutes)
    uv run python bench/archive_soak.py --runs 600 --seed 7

The commands run in children forked from one "zygote" that has imported ``main`` once (as
bench/crash_soak.py does): a fresh interpreter spends over a second importing, and a kill
at a random moment would then mostly hit the imports. Each child runs ``main.main(argv)``,
exactly the command line's code. The kill comes after a random delay between 0 and 1.2 times
the command's measured duration, so some runs finish before it (counted as such).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ZYGOTE = r"""
import os, sys
sys.path.insert(0, sys.argv[1])
import main  # imported once, before forking
import app.archive, app.tasks  # noqa: F401

os.write(1, b"siap\n")
for line in sys.stdin:
    argv = line.rstrip("\n").split("\t")
    pid = os.fork()
    if pid == 0:
        code = 70
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            os.dup2(devnull, 2)
            code = main.main(argv)
        finally:
            os._exit(code if isinstance(code, int) else 70)
    os.write(1, f"pid {pid}\n".encode())
    _, status = os.waitpid(pid, 0)
    os.write(1, f"mati {status}\n".encode())
"""

OPS = ("backup", "restore", "arsip")


@dataclass
class OpFigures:
    runs: int = 0
    finished: int = 0  # ended before the kill came
    killed_before: int = 0  # killed before the result got its final name
    killed_after: int = 0  # killed after (during the note, the prune, the reopening)
    leftovers: int = 0  # half-made files a kill left
    cleaned: int = 0  # of those, cleared by the next start
    failures: list[str] = field(default_factory=list)


class Zygote:
    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", ZYGOTE, str(ROOT)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        assert self._line() == "siap"

    def _line(self) -> str:
        assert self.proc.stdout is not None
        return self.proc.stdout.readline().strip()

    def run(self, argv: list[str], kill_after: float | None) -> tuple[bool, int]:
        """Run ``main.py argv`` in a fork; SIGKILL it after ``kill_after`` seconds. Returns
        (killed, exit code)."""
        assert self.proc.stdin is not None
        self.proc.stdin.write("\t".join(argv) + "\n")
        self.proc.stdin.flush()
        pid = int(self._line().split()[1])
        if kill_after is not None:
            time.sleep(kill_after)  # the random moment (a bench, not a test)
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        status = int(self._line().split()[1])
        if os.WIFSIGNALED(status):
            return True, -os.WTERMSIG(status)
        return False, os.WEXITSTATUS(status)

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


# ----------------------------------------------------------------------------- the checks
def state(db: Path, *, read_only: bool = False) -> tuple[str, int, str]:
    """(digest of every row except the history and the notes a backup or restore writes,
    number of history events, integrity_check). Read over a read-write connection, as the
    next Ujikon to open the file would: a job killed while writing leaves a hot journal that
    SQLite rolls back on that open (a read-only connection cannot)."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True) if read_only else sqlite3.connect(db)
    try:
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
        digest = hashlib.sha256()
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                "ORDER BY name"
            )
        ]
        for t in names:
            # The history is compared by its count; the seals follow every change of the
            # head (they are proved by main.py check instead).
            if t in ("event", "segel_baris", "segel_tabel"):
                continue
            rows = conn.execute(f'SELECT * FROM "{t}"').fetchall()
            if t == "setting":
                rows = [
                    r
                    for r in rows
                    if r[0] not in ("cadangan_terakhir", "rantai_riwayat", "kepala_bertanda")
                ]
            digest.update(t.encode() + repr(sorted(rows, key=repr)).encode())
        events = conn.execute("SELECT count(*) FROM event").fetchone()[0]
        return digest.hexdigest(), events, ok
    finally:
        conn.close()


def whole_copy(path: Path) -> tuple[str, int, str] | None:
    try:
        return state(path, read_only=True)  # a copy must be whole as it is
    except sqlite3.Error:
        return None


def half_made(folder: Path) -> set[str]:
    """What no finished job leaves: ``.part`` files (and journals beside them), manifests of
    files that are not there."""
    from app.archive.leftovers import MANIFEST_NAME

    if not folder.exists():
        return set()
    names = {p.name for p in folder.iterdir()}
    left = {n for n in names if ".part" in n}
    for n in names:
        m = MANIFEST_NAME.match(n)
        if m and f"{m.group(1)}.sqlite" not in names:
            left.add(n)
    return left


def good_ones_verify(folders: list[Path]) -> list[str]:
    """Every file the listing and the prune take for a good backup or archive verifies
    fully; no file under a final name lacks its manifest."""
    from app.archive import verify_backup
    from app.archive.leftovers import PUBLISHED_NAME
    from app.archive.manifest import manifest_path, manifest_problem

    problems = []
    for folder in folders:
        if not folder.exists():
            continue
        for p in sorted(folder.iterdir()):
            if not PUBLISHED_NAME.match(p.name):
                continue
            if not manifest_path(p).exists():
                problems.append(f"{p.name} tanpa manifes")
                continue
            if manifest_problem(p) is None and not verify_backup(p).ok:
                problems.append(f"{p.name} dianggap baik tetapi tidak lolos verifikasi")
    return problems


def check_failures(db: Path) -> list[str]:
    """The lines of ``main.py check`` that failed (empty: it passed)."""
    from app.tasks import check_database

    result = check_database(db)
    return [] if result.code == 0 else [x for x in result.out if not x.startswith("[OK]")]


def add_change(db: Path, n: int) -> None:
    """A change after the backup the restores use, so a restore visibly replaces rows."""
    from app.masterdata import save_opd
    from app.permissions import ADMIN, Actor
    from app.store import close_database, open_database

    open_database(db)
    try:
        save_opd(Actor(ADMIN, "Admin"), f"Dinas Soak {n:05d}")
    finally:
        close_database()


# ----------------------------------------------------------------------------- the soak
def soak(runs: int, workdir: Path, seed: int, cases: int = 36) -> dict[str, OpFigures]:
    rng = random.Random(seed)
    db = workdir / "ujikon.db"
    backups, archives = workdir / "cadangan", workdir / "arsip"
    restore_src = workdir / "sumber-pulih"
    made = subprocess.run(
        [sys.executable, "main.py", "demo", "--db", str(db), "--cases", str(cases)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if made.returncode != 0:
        raise SystemExit(f"demo gagal: {made.stderr}")
    conn = sqlite3.connect(db)
    year = conn.execute(
        'SELECT tahun FROM "case" GROUP BY tahun ORDER BY count(*) DESC LIMIT 1'
    ).fetchone()[0]
    conn.close()

    from app import tasks

    done = tasks.backup_database(db, restore_src)
    assert done.code == 0, done.err
    [source_backup] = restore_src.glob("ujikon-*.sqlite")
    backup_state = state(source_backup)
    add_change(db, 0)

    def argv(op: str) -> list[str]:
        if op == "backup":
            return ["backup", str(backups), "--db", str(db)]
        if op == "restore":
            return ["restore", str(source_backup), "--db", str(db)]
        return ["arsip", str(year), str(archives), "--db", str(db)]

    def folder_of(op: str) -> Path:
        return {"backup": backups, "restore": db.parent, "arsip": archives}[op]

    zygote = Zygote()
    figures = {op: OpFigures() for op in OPS}
    try:
        durations = {}
        for op in OPS:  # calibrate: how long each command takes here, run to its end
            start = time.perf_counter()
            killed, code = zygote.run(argv(op), None)
            durations[op] = time.perf_counter() - start
            assert not killed and code == 0, (op, code)
            if op == "restore":
                add_change(db, 1)
        for n in range(runs):
            op = OPS[n % len(OPS)]
            f = figures[op]
            f.runs += 1
            folder = folder_of(op)
            before = state(db)
            finals_before = {p.name for p in folder.glob("*.sqlite")}
            left_before = half_made(folder)
            killed, code = zygote.run(argv(op), rng.uniform(0, 1.2 * durations[op]))
            after = state(db)
            problems = []
            if after[2] != "ok":
                problems.append(f"integrity_check: {after[2]}")
            failures = check_failures(db)
            if failures:
                problems.append("main.py check gagal: " + " | ".join(failures)[:400])
            if op == "restore":
                replaced = after[0] == backup_state[0] and before[0] != backup_state[0]
                if after[0] not in (before[0], backup_state[0]):
                    problems.append("baris basis data bukan yang lama dan bukan cadangannya")
                elif replaced and after[1] not in (backup_state[1], backup_state[1] + 1):
                    problems.append("riwayat setelah pemulihan tidak cocok")
                elif not replaced and after[1] != before[1]:
                    problems.append("riwayat berubah tanpa pemulihan")
                published = replaced
                new_copies = set(db.parent.glob("*.sebelum-pulih-*.sqlite")) - {
                    db.parent / n for n in finals_before
                }
                for copy in new_copies:
                    if whole_copy(copy) != before:
                        problems.append(f"salinan {copy.name} tidak utuh")
            else:
                if after[0] != before[0] or after[1] not in (before[1], before[1] + 1):
                    problems.append("basis data sumber berubah")
                published = bool({p.name for p in folder.glob("*.sqlite")} - finals_before)
            problems += good_ones_verify([backups, archives])
            if killed:
                left = half_made(folder) - left_before
                f.leftovers += len(left)
                f.killed_after += published
                f.killed_before += not published
                if left:  # the next start of the same job must clear them
                    if op == "backup":
                        result = tasks.backup_database(db, backups)
                    elif op == "restore":
                        result = tasks.restore_database(db, source_backup)
                    else:
                        result = tasks.yearly_archive(db, year, archives)
                    if result.code != 0:
                        problems.append(f"{op} berikutnya gagal: {result.err}")
                    remaining = half_made(folder) & left
                    f.cleaned += len(left) - len(remaining)
                    if remaining:
                        problems.append(f"sisa tidak dibersihkan: {sorted(remaining)}")
            else:
                f.finished += 1
                if code != 0:
                    problems.append(f"{op} selesai dengan kode {code}")
            if op == "restore" and state(db)[0] == backup_state[0]:
                add_change(db, n + 2)  # the next restore replaces something again
            if op == "arsip":  # keep the folder small: the archives were verified above
                for p in archives.glob("ujikon-arsip-*"):
                    if ".part" not in p.name:
                        p.unlink()
            for p in db.parent.glob("*.sebelum-pulih-*.sqlite"):
                p.unlink()  # checked above; a few hundred copies would fill the disk
            f.failures += [f"run {n} ({op}): {p}" for p in problems]
    finally:
        zygote.close()
    return figures


def report(figures: dict[str, OpFigures]) -> str:
    head = (
        "operasi",
        "runs",
        "selesai",
        "dibunuh sblm terbit",
        "dibunuh stlh terbit",
        "sisa",
        "dibersihkan",
        "gagal",
    )
    rows = [head]
    total = Counter()
    for op, f in figures.items():
        row = (
            f.runs,
            f.finished,
            f.killed_before,
            f.killed_after,
            f.leftovers,
            f.cleaned,
            len(f.failures),
        )
        rows.append((op, *map(str, row)))
        total.update(dict(zip(head[1:], row, strict=True)))
    rows.append(("jumlah", *(str(total[h]) for h in head[1:])))
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    lines = [
        "  ".join(
            c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True))
        )
        for r in rows
    ]
    lines.insert(1, "-" * len(lines[0]))
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--cases", type=int, default=36)
    parser.add_argument("--dir", type=Path, help="work folder (default: a temporary one)")
    args = parser.parse_args()
    if os.name != "posix":
        print("butuh POSIX (fork, SIGKILL)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="ujikon-arsip-soak-") as tmp:
        workdir = args.dir or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        start = time.perf_counter()
        figures = soak(args.runs, workdir, args.seed, args.cases)
        print(report(figures))
        print(f"\n{args.runs} runs in {time.perf_counter() - start:.0f} s")
        failures = [x for f in figures.values() for x in f.failures]
        for line in failures[:20]:
            print(line)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
