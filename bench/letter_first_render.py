"""Benchmark: one 2-page Berita Acara, the first in a process and warm, and the start of the
window up to the login dialog's imports; each beside its yardstick in the same run.

    uv run python bench/letter_first_render.py [--runs 7] [--warm 15] [--db PATH] [--root DIR]

Figures (every "first" is a fresh process, median of ``--runs``; spread is min–max):

- **first letter, bare process**: a process with only the database open imports the renderer
  and renders the Berita Acara Hasil Uji Konsekuensi of a finished demo case (finalised: number,
  footer "Halaman X dari Y", QR code);
- **first letter, window process**: the same after ``import ui.application`` and a date and a
  duration written (what the window's process has loaded once it shows a case, when the first
  *Pratinjau* is pressed), under the window's garbage collection (``_window_collector``: the
  automatic collector off, start-up's objects frozen, the collector held during the job);
- **first letter, window process, renderer warmed**: the same after ``warm_up``
  (``app.documents.render.warm``), what the window runs on its runner when the Dokumen tab
  first shows a case: the clerk's first *Pratinjau*;
- **warm**: the same letter again in the same process (median of ``--warm``);
- yardstick: a bare ReportLab ``SimpleDocTemplate`` of the same paragraphs and tables (the
  same text, fonts, styles, column widths and logo, without keeps, hyphenation or footer), in
  a fresh process (import ReportLab, register the fonts, build) and warm; LibreOffice
  (``soffice --headless --convert-to pdf`` of the same content as HTML) and WeasyPrint when
  installed, else a note says they were skipped;
- **imports to the login dialog**: process start to ``import main, ui.application`` done,
  beside process start to ``import PySide6.QtWidgets``.

Wall time and CPU time (``time.process_time`` of the child) are both printed: on a busy
machine the CPU time is the steadier of the two. Children use compiled bytecode in a private
cache (as an installed application does; one discarded run per kind compiles it).

``--root DIR`` measures another checkout of Ujikon (e.g. ``git worktree add /tmp/old <commit>``)
with this script, for a before/after table.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve()
TODAY = date(2026, 11, 25)
STAMP_ARGS = ("000.9.2/001/BA-UK/PPID/2026", TODAY, "UJK-BNCH-0001")


# ----------------------------------------------------------------------------- children
def _child_render(root: str, db: str, case_id: int, warm: int, mode: str) -> dict:
    """``mode``: "0" a bare process, "1" the window's, "2" the window's after the renderer's
    warm-up (``app.documents.render.warm``, run when the Dokumen tab first shows a case)."""
    start_cpu = time.process_time()
    sys.path.insert(0, root)
    if mode != "0":
        import ui.application  # noqa: F401
        from app.text import format_date, format_duration

        # What the window has done once a case is shown: dates in the list, "10 (sepuluh)
        # hari kerja" in the step form.
        format_date(TODAY)
        format_duration(10)
        _window_collector()

    from app import clock
    from app.documents.model import Stamp
    from app.store import open_database

    clock.pin_today(TODAY)
    open_database(Path(db))
    stamp = Stamp(*STAMP_ARGS)
    if mode == "2":
        from app.documents.render.warm import warm_up

        warm_up()
    ready_cpu = time.process_time()
    w0 = time.perf_counter()
    from app.documents.render import render_document

    w1 = time.perf_counter()
    pdf = render_document("ba_uji", case_id, stamp)
    w2 = time.perf_counter()
    first_cpu = time.process_time() - ready_cpu
    walls, cpus = [], []
    for _ in range(warm):
        a, c = time.perf_counter(), time.process_time()
        render_document("ba_uji", case_id, stamp)
        walls.append(time.perf_counter() - a)
        cpus.append(time.process_time() - c)
    return {
        "first": w2 - w0,
        "import": w1 - w0,
        "first_cpu": first_cpu,
        "before_cpu": ready_cpu - start_cpu,
        "warm": statistics.median(walls),
        "warm_cpu": statistics.median(cpus),
        "bytes": len(pdf),
    }


def _window_collector() -> None:
    """The window's garbage collection as it is when a letter is rendered: the automatic
    collector off for the application's life (``ui.runner.GuiThreadCollector``, collections
    on the GUI thread's timer), start-up's objects frozen after the first paint
    (``freeze``), and the collector held while a runner job runs (``_hold_gc``). A process
    with Python's default collector instead walks the whole start-up heap in a full
    collection or two during its first letter (about 15 ms here)."""
    from PySide6.QtCore import QCoreApplication

    import ui.runner as runner

    global _APP, _COLLECTOR
    _APP = QCoreApplication.instance() or QCoreApplication([])
    if not hasattr(runner, "GuiThreadCollector") or not hasattr(runner, "_hold_gc"):
        return  # an older checkout (--root): as it was
    _COLLECTOR = runner.GuiThreadCollector(watch_input=False)
    if hasattr(_COLLECTOR, "freeze"):
        _COLLECTOR.freeze()
    runner._hold_gc(True)  # the Pratinjau is a runner job


_APP = _COLLECTOR = None  # kept alive for the child's life


def _child_yardstick(outline_file: str, warm: int) -> dict:
    c0, w0 = time.process_time(), time.perf_counter()
    outline = json.loads(Path(outline_file).read_text(encoding="utf-8"))
    pdf = _bare_reportlab(outline)
    first, first_cpu = time.perf_counter() - w0, time.process_time() - c0
    walls, cpus = [], []
    for _ in range(warm):
        a, c = time.perf_counter(), time.process_time()
        _bare_reportlab(outline)
        walls.append(time.perf_counter() - a)
        cpus.append(time.process_time() - c)
    return {
        "first": first,
        "first_cpu": first_cpu,
        "warm": statistics.median(walls),
        "warm_cpu": statistics.median(cpus),
        "bytes": len(pdf),
    }


def _bare_reportlab(outline: dict) -> bytes:
    """The letter's paragraphs and tables as plain ReportLab: what any ReportLab program
    pays for the same content."""
    from io import BytesIO

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Table, TableStyle

    for name, path in outline["fonts"].items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, path))
    pdfmetrics.registerFontFamily(outline["family"], **outline["faces"])
    styles: dict[str, ParagraphStyle] = {}

    def style(spec: list) -> ParagraphStyle:
        key = json.dumps(spec)
        if key not in styles:
            font, size, leading, align, after = spec
            styles[key] = ParagraphStyle(
                key,
                fontName=font,
                fontSize=size,
                leading=leading,
                alignment=align,
                spaceAfter=after,
            )
        return styles[key]

    story: list = []
    for kind, *rest in outline["story"]:
        if kind == "p":
            story.append(Paragraph(rest[0], style(rest[1])))
        elif kind == "img":
            story.append(Image(outline["logo"], width=rest[0], height=rest[1]))
        else:
            rows, widths = rest
            data = [[[Paragraph(t, style(s)) for t, s in cell] for cell in row] for row in rows]
            table = Table(data, colWidths=widths, repeatRows=1)
            table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
            story.append(table)
    buffer = BytesIO()
    page = outline["page"]

    def footer(canvas, doc) -> None:
        canvas.setFont(outline["faces"]["normal"], 8.5)
        canvas.drawRightString(page["width"] - page["right"], 20, f"Halaman {doc.page}")

    doc = SimpleDocTemplate(
        buffer,
        pagesize=(page["width"], page["height"]),
        leftMargin=page["left"],
        rightMargin=page["right"],
        topMargin=page["top"],
        bottomMargin=page["bottom"],
        initialFontName=outline["faces"]["normal"],
    )
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


# ----------------------------------------------------------------------------- the outline
def _outline(root: str, case_id: int) -> dict:
    """The Berita Acara's story reduced to its paragraphs (markup and style), tables (cells as
    paragraphs, column widths) and logo, for the yardsticks."""
    sys.path.insert(0, root)
    from reportlab.platypus import KeepTogether, Paragraph, Table

    from app.cases.read import case_detail
    from app.documents import read
    from app.documents.model import Stamp
    from app.documents.render import BUILDERS, fonts
    from app.documents.render.common import Ctx
    from app.documents.render.layout import page_setup
    from app.documents.render.letterhead import PLACEHOLDER_LOGO
    from app.documents.render.styles import get_styles

    detail = case_detail(case_id)
    setup = page_setup()
    ctx = Ctx(
        detail=detail,
        spec=detail.sop.document("ba_uji"),
        finals=read.finals_of(case_id),
        stamp=Stamp(*STAMP_ARGS),
        page=setup,
        styles=get_styles(),
    )
    story: list = []

    def pstyle(p: Paragraph) -> list:
        s = p.style
        return [s.fontName, s.fontSize, s.leading, s.alignment, s.spaceAfter]

    def cell(value) -> list:
        values = value if isinstance(value, list | tuple) else [value]
        out = []
        for v in values:
            if isinstance(v, Paragraph):
                out.append([v.text, pstyle(v)])
            elif isinstance(v, str) and v:
                out.append([html.escape(v, quote=False), [fonts.REGULAR, 9, 11, 0, 0]])
        return out

    def picture(value) -> tuple[float, float] | None:
        """The logo in the kop's table (``Picture``; ReportLab's ``Image`` before)."""
        if type(value).__name__ == "Picture":
            return value.width, value.height
        if type(value).__name__ == "Image":
            return value.drawWidth, value.drawHeight
        return None

    def walk(flowables) -> None:
        for f in flowables:
            inner = getattr(f, "_content", None)
            if isinstance(f, KeepTogether) or (inner is not None and not isinstance(f, Table)):
                walk(inner)
            elif isinstance(f, Paragraph):
                story.append(["p", f.text, pstyle(f)])
            elif isinstance(f, Table):
                cells = [v for row in f._cellvalues for v in row]
                logo = next((picture(v) for v in cells if picture(v)), None)
                if logo is None:
                    rows = [[cell(v) for v in row] for row in f._cellvalues]
                    story.append(["t", rows, list(f._colWidths)])
                    continue
                story.append(["img", *logo])  # the kop: the logo, then its lines
                walk([p for v in cells if isinstance(v, list) for p in v])

    walk(BUILDERS["ba_uji"](ctx))
    return {
        "story": story,
        "fonts": {name: str(fonts.FONT_DIR / file) for name, file in fonts._FILES.items()},
        "family": fonts.FAMILY,
        "faces": {
            "normal": fonts.REGULAR,
            "bold": fonts.BOLD,
            "italic": fonts.ITALIC,
            "boldItalic": fonts.BOLD_ITALIC,
        },
        "logo": str(PLACEHOLDER_LOGO),
        "page": {
            "width": setup.width,
            "height": setup.height,
            "left": setup.left,
            "right": setup.right,
            "top": setup.top,
            "bottom": setup.bottom,
        },
    }


def _as_html(outline: dict) -> str:
    """The outline as one HTML page, for LibreOffice and WeasyPrint."""
    parts = [
        "<html><head><meta charset='utf-8'><style>body{font-family:'Liberation Sans';"
        "font-size:11pt} table{border-collapse:collapse} td{border:0.5pt solid black;"
        "font-size:9pt;vertical-align:top}</style></head><body>"
    ]
    for kind, *rest in outline["story"]:
        if kind == "p":
            parts.append(f"<p>{rest[0]}</p>")
        elif kind == "img":
            parts.append(f"<img src='file://{outline['logo']}' height='{rest[1]:.0f}pt'>")
        else:
            rows, widths = rest
            parts.append("<table>")
            for row in rows:
                parts.append("<tr>")
                for c, w in zip(row, widths, strict=False):
                    text = "<br/>".join(t for t, _ in c)
                    parts.append(f"<td style='width:{w:.0f}pt'>{text}</td>")
                parts.append("</tr>")
            parts.append("</table>")
    parts.append("</body></html>")
    return "".join(parts)


# ----------------------------------------------------------------------------- the parent
def _env(pycache: str) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPYCACHEPREFIX": pycache}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _run_child(args: list[str], env: dict) -> dict:
    out = subprocess.run(
        [sys.executable, str(HERE), "--child", *args],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def _timed_import(statement: str, env: dict) -> tuple[float, float]:
    """Wall time from spawning ``python -c statement`` to its exit, and the CPU time the
    child had used when the statement was done."""
    code = f"{statement}; import time; print(time.process_time())"
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return time.perf_counter() - start, float(out.stdout.strip().splitlines()[-1])


def _stats(values: list[float]) -> tuple[float, float, float]:
    return statistics.median(values), min(values), max(values)


def _fmt(values: list[float]) -> str:
    med, lo, hi = _stats(values)
    return f"{med * 1000:.0f} ({lo * 1000:.0f}–{hi * 1000:.0f})"


def _ratio(a: list[float], b: list[float]) -> str:
    return f"{statistics.median(a) / statistics.median(b):.2f}×"


def _prepare(db: Path, root: str) -> tuple[int, dict]:
    """The demo database (made when missing), its finished case and the outline of that
    case's Berita Acara. The database is closed again: the children open it."""
    sys.path.insert(0, root)
    from app import clock
    from app.demo import fill_demo
    from app.models import Case
    from app.store import close_database, open_database

    clock.pin_today(TODAY)
    fresh = not db.exists()
    open_database(db)
    try:
        if fresh:
            print(f"making the demo database {db} …", file=sys.stderr)
            fill_demo(36, documents=False)
        case_id = Case.get(Case.status == "selesai").id
        return case_id, _outline(root, case_id)
    finally:
        close_database()


def _soffice(html_file: Path, runs: int) -> list[float] | None:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        return None
    times = []
    for _ in range(runs):
        out = Path(tempfile.mkdtemp())
        start = time.perf_counter()
        subprocess.run(
            [exe, "--headless", "--convert-to", "pdf", "--outdir", str(out), str(html_file)],
            capture_output=True,
            check=True,
        )
        times.append(time.perf_counter() - start)
    return times


def _weasyprint(html_file: Path, runs: int, env: dict) -> list[float] | None:
    import importlib.util

    if importlib.util.find_spec("weasyprint") is None:
        return None
    code = "import sys, weasyprint; weasyprint.HTML(sys.argv[1]).write_pdf(sys.argv[2])"
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-c", code, str(html_file), str(html_file.with_suffix(".pdf"))],
            env=env,
            capture_output=True,
            check=True,
        )
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="fresh processes per figure")
    parser.add_argument("--warm", type=int, default=15, help="warm renders per process")
    parser.add_argument("--db", type=Path, help="a demo database to reuse (made if missing)")
    parser.add_argument("--root", default=str(HERE.parents[1]), help="the Ujikon to measure")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        if kind == "render":
            result = _child_render(rest[0], rest[1], int(rest[2]), int(rest[3]), rest[4])
        else:
            result = _child_yardstick(rest[0], int(rest[1]))
        print(json.dumps(result))
        return

    root = str(Path(args.root).resolve())
    work = Path(tempfile.mkdtemp(prefix="ujikon-letter-"))
    env = _env(str(work / "pycache"))
    db = args.db or work / "bench.db"
    case_id, outline = _prepare(db, root)
    outline_file = work / "outline.json"
    outline_file.write_text(json.dumps(outline), encoding="utf-8")
    html_file = work / "letter.html"
    html_file.write_text(_as_html(outline), encoding="utf-8")

    render = ["render", root, str(db), str(case_id), str(args.warm)]
    # The warm-up exists from stop 22 on; an older checkout (--root) has none.
    warmed = (Path(root) / "app" / "documents" / "render" / "warm.py").is_file()
    yard = ["yardstick", str(outline_file), str(args.warm)]
    login = f"import sys; sys.path.insert(0, {root!r}); import main, ui.application"
    bare_qt = "import PySide6.QtWidgets"
    for first in ([*render, "1"], [*render, "2"] if warmed else yard, yard):
        _run_child(first, env)  # compile the bytecode once
    _timed_import(login, env)

    rows: dict[str, list[dict]] = {"bare": [], "gui": [], "warmed": [], "yard": []}
    spawn: dict[str, list[float]] = {"login": [], "qt": []}
    spawn_cpu: dict[str, list[float]] = {"login": [], "qt": []}
    for _ in range(args.runs):  # interleaved, so load on the machine falls on all alike
        rows["bare"].append(_run_child([*render, "0"], env))
        rows["gui"].append(_run_child([*render, "1"], env))
        if warmed:
            rows["warmed"].append(_run_child([*render, "2"], env))
        rows["yard"].append(_run_child(yard, env))
        for key, statement in (("login", login), ("qt", bare_qt)):
            wall, cpu = _timed_import(statement, env)
            spawn[key].append(wall)
            spawn_cpu[key].append(cpu)

    def col(key: str, field: str) -> list[float]:
        return [r[field] for r in rows[key]]

    print(f"Ujikon at {root}; {args.runs} fresh processes per figure, {args.warm} warm renders")
    print("each; milliseconds, median (min–max)\n")
    print(
        "| figure | Ujikon wall | Ujikon CPU | yardstick | yardstick wall | yardstick CPU "
        "| ratio (wall / CPU) |"
    )
    print("|---|---:|---:|---|---:|---:|---:|")
    yard_name = "bare ReportLab, same content"
    for label, key in (
        ("first letter, bare process", "bare"),
        ("first letter, window process", "gui"),
        ("first letter, window process, renderer warmed", "warmed"),
    ):
        if not rows[key]:
            continue
        print(
            f"| {label} | {_fmt(col(key, 'first'))} | {_fmt(col(key, 'first_cpu'))} | "
            f"{yard_name}, fresh process | {_fmt(col('yard', 'first'))} | "
            f"{_fmt(col('yard', 'first_cpu'))} | {_ratio(col(key, 'first'), col('yard', 'first'))}"
            f" / {_ratio(col(key, 'first_cpu'), col('yard', 'first_cpu'))} |"
        )
    warm = col("gui", "warm") + col("bare", "warm")
    warm_cpu = col("gui", "warm_cpu") + col("bare", "warm_cpu")
    print(
        f"| warm letter | {_fmt(warm)} | {_fmt(warm_cpu)} | {yard_name}, warm | "
        f"{_fmt(col('yard', 'warm'))} | {_fmt(col('yard', 'warm_cpu'))} | "
        f"{_ratio(warm, col('yard', 'warm'))} / {_ratio(warm_cpu, col('yard', 'warm_cpu'))} |"
    )
    print(
        f"| process start to `import main, ui.application` | {_fmt(spawn['login'])} | "
        f"{_fmt(spawn_cpu['login'])} | process start to `import PySide6.QtWidgets` | "
        f"{_fmt(spawn['qt'])} | {_fmt(spawn_cpu['qt'])} | {_ratio(spawn['login'], spawn['qt'])}"
        f" / {_ratio(spawn_cpu['login'], spawn_cpu['qt'])} |"
    )
    imports = [r["import"] for r in rows["bare"]]
    gui_imports = [r["import"] for r in rows["gui"]]
    print(
        f"\nOf the first letter, importing the renderer: {_fmt(imports)} ms in a bare process, "
        f"{_fmt(gui_imports)} ms in the window's. PDF: {rows['bare'][0]['bytes'] / 1024:.0f} KiB "
        f"(yardstick {rows['yard'][0]['bytes'] / 1024:.0f} KiB)."
    )
    soffice = _soffice(html_file, args.runs)
    weasy = _weasyprint(html_file, args.runs, env)
    first = col("bare", "first")
    for name, times in (("LibreOffice (soffice --convert-to pdf)", soffice), ("WeasyPrint", weasy)):
        if times is None:
            print(f"{name}: not installed, skipped.")
        else:
            print(
                f"{name}, same content as HTML, whole process: {_fmt(times)} ms; first letter "
                f"of a bare process / it: {_ratio(first, times)}"
            )


if __name__ == "__main__":
    main()
