"""Check a bundle ``packaging/ujikon.spec`` built: what must be in it is there, what must not
is not, and how big it is. ``.ci/run`` and the Windows workflow run it after PyInstaller:

    uv run python packaging/check_bundle.py dist/Ujikon

Exit status 0 when all is well, 1 with one line per problem. It reads the folder and the
Python modules inside the executable's archive (with PyInstaller's own reader); running the
bundle (``Ujikon --smoke``) proves the rest."""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WINDOWS = sys.platform == "win32"
EXE = ".exe" if WINDOWS else ""
EXECUTABLES = (f"Ujikon{EXE}", f"ujikon-cli{EXE}")

# Python modules the bundle's archive must hold: Ujikon's own packages and every library it
# imports somewhere (openpyxl only for the DIK export, pypdf only for verify, …).
REQUIRED_MODULES = (
    "app",
    "app.documents.render.layout",
    "app.logs",
    "app.about",
    "ui",
    "ui.application",
    "ui.smoke",
    "ui.crash_dialog",
    "argon2",
    "babel.dates",
    "cryptography.hazmat.primitives.asymmetric.ed25519",
    "holidays.countries.indonesia",
    "num2words.lang_ID",
    "openpyxl",
    "peewee",
    "psycopg",
    "app.store.server",
    "platformdirs",
    "pypdf",
    "pyphen",
    "reportlab.platypus",
    "reportlab.graphics.barcode.qrencoder",
    "PySide6",
    "shiboken6",
)
FORBIDDEN_MODULES = re.compile(
    r"^(tests|pytest|_pytest|pytestqt|hypothesis|mypy|ruff|tools|bench|tkinter)(\.|$)"
)
# Files (relative to _internal/) that must be there: data found by path at run time.
REQUIRED_FILES = (
    "babel/locale-data/root.dat",
    "babel/locale-data/id.dat",
    "babel/global.dat",
    "holidays/locale/id/LC_MESSAGES/ID.mo",
    "pyphen/dictionaries/hyph_id_ID.dic",
    "reportlab/graphics/barcode/qrencoder.py",
)
# holidays' metadata (its version is read); the PostgreSQL driver's compiled part and libpq
# (a server database: app.store.server), which the archive does not hold.
REQUIRED_GLOBS = ("holidays-*.dist-info", "psycopg_binary/_psycopg*", "psycopg_binary/pq*")
QT_MODULES = {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtPdf", "QtPdfWidgets"}
QT_UNWANTED = re.compile(
    r"(Qml|Quick|WebEngine|VirtualKeyboard|Qt6?Svg|Qt6?OpenGL|Multimedia|Qt6?Sql|Designer|"
    r"opengl32sw|d3dcompiler)",
    re.IGNORECASE,
)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def archive_modules(executable: Path) -> set[str]:
    """The module names in the PYZ archive inside ``executable``."""
    from PyInstaller.archive.readers import CArchiveReader

    package = CArchiveReader(str(executable))
    names = [name for name in package.toc if name.endswith(".pyz")]
    if not names:
        return set()
    return set(package.open_embedded_archive(names[0]).toc)


def check(dist: Path) -> tuple[list[str], dict[str, float]]:
    problems: list[str] = []
    internal = dist / "_internal"
    for name in EXECUTABLES:
        if not (dist / name).is_file():
            problems.append(f"executable missing: {name}")
    if not internal.is_dir():
        return problems + [f"no _internal/ folder in {dist}"], {}

    # Every file of resources/, byte for byte.
    source = ROOT / "resources"
    for path in sorted(p for p in source.rglob("*") if p.is_file()):
        relative = path.relative_to(source)
        copy = internal / "resources" / relative
        if not copy.is_file():
            problems.append(f"resource missing: resources/{relative.as_posix()}")
        elif _sha256(copy) != _sha256(path):
            problems.append(f"resource differs: resources/{relative.as_posix()}")

    for relative in REQUIRED_FILES:
        if not (internal / relative).is_file():
            problems.append(f"data file missing: {relative}")
    for pattern in REQUIRED_GLOBS:
        if not list(internal.glob(pattern)):
            problems.append(f"missing: {pattern}")

    # Only the data the spec keeps.
    locale_data = {p.stem for p in (internal / "babel" / "locale-data").glob("*.dat")}
    if len(locale_data) > 10:
        problems.append(f"Babel locale data not trimmed: {len(locale_data)} locales")
    dictionaries = list((internal / "pyphen" / "dictionaries").glob("*.dic"))
    if len(dictionaries) > 1:
        problems.append(f"pyphen dictionaries not trimmed: {len(dictionaries)}")

    # Qt: the modules Ujikon imports, nothing it does not.
    pyside = internal / "PySide6"
    extension = ".pyd" if WINDOWS else ".abi3.so"
    present = {p.name.split(".")[0] for p in pyside.glob(f"Qt*{extension}")}
    for missing in sorted(QT_MODULES - present):
        problems.append(f"Qt module missing: PySide6.{missing}")
    for extra in sorted(present - QT_MODULES):
        problems.append(f"Qt module Ujikon does not use: PySide6.{extra}")
    for path in sorted(internal.rglob("*")):
        relative = path.relative_to(internal).as_posix()
        if path.is_file() and QT_UNWANTED.search(path.name):
            problems.append(f"unused Qt part: {relative}")
        if path.is_dir() and path.name == "translations" and "PySide6" in relative:
            problems.append(f"Qt's own translations: {relative}")
        if path.is_dir() and path.name in ("tests", "test") and "PySide6" not in relative:
            if relative in ("tests", "test"):
                problems.append(f"tests in the bundle: {relative}")
    platforms = pyside / "Qt" / "plugins" / "platforms"
    if not platforms.is_dir():
        platforms = pyside / "plugins" / "platforms"
    wanted = ("qwindows",) if WINDOWS else ("libqxcb", "libqoffscreen")
    for stem in wanted:
        if not any(p.name.startswith(stem) for p in platforms.glob("*")):
            problems.append(f"Qt platform plugin missing: {stem}")

    # Python modules inside the executable.
    modules = archive_modules(dist / EXECUTABLES[0]) if (dist / EXECUTABLES[0]).is_file() else set()
    for name in REQUIRED_MODULES:
        if name not in modules:
            problems.append(f"module missing: {name}")
    for name in sorted(m for m in modules if FORBIDDEN_MODULES.match(m)):
        problems.append(f"module that must not be shipped: {name}")

    files = [p for p in dist.rglob("*") if p.is_file() and not p.is_symlink()]
    figures = {
        "megabytes": sum(p.stat().st_size for p in files) / 1e6,
        "files": float(len(files)),
        "pyside_megabytes": sum(
            p.stat().st_size for p in pyside.rglob("*") if p.is_file() and not p.is_symlink()
        )
        / 1e6,
    }
    return problems, figures


def main(argv: list[str]) -> int:
    dist = Path(argv[1]) if len(argv) > 1 else ROOT / "dist" / "Ujikon"
    problems, figures = check(dist)
    for problem in problems:
        print(f"check_bundle: {problem}", file=sys.stderr)
    if figures:
        print(
            f"check_bundle: {dist}: {figures['megabytes']:.0f} MB in {figures['files']:.0f} "
            f"files (PySide6 {figures['pyside_megabytes']:.0f} MB)"
        )
    if problems:
        print(f"check_bundle: {len(problems)} problem(s)", file=sys.stderr)
        return 1
    print("check_bundle: baik")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
