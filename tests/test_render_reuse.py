"""What the renderer computes once and reuses gives what was computed each time before: the
hyphenation points (pyphen's, from a table parsed on demand), the QR code (ReportLab's
QrCodeWidget modules, drawn as one path), the flattened logo; and the imports made lazy stay
out of a process until they are used (the login screen imports no ReportLab, num2words,
pypdf or Babel). Speed itself is measured in ``bench/letter_first_render.py``, not here."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from io import BytesIO
from pathlib import Path

import pyphen
import pytest
from PIL import Image as PILImage
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Rect

from app.documents.render import hyphenation
from app.documents.render.images import opaque_picture, opaque_reader
from app.documents.render.layout import QR_SIZE, qr_path
from app.text import terbilang

ROOT = Path(__file__).resolve().parents[1]


# ----------------------------------------------------------------------------- hyphenation
def test_every_pattern_is_the_one_pyphen_reads():
    ours = hyphenation.patterns()
    theirs = pyphen.Pyphen(lang="id_ID").hd.patterns
    assert set(ours.keys()) == set(theirs)
    assert all(ours.get(key) == value for key, value in theirs.items())
    assert ours.maxlen == max(len(k) for k in theirs)


def _words() -> set[str]:
    text = " ".join(
        p.read_text(encoding="utf-8", errors="ignore")
        for p in [ROOT / "README.md", *sorted((ROOT / "resources").rglob("*.toml"))]
    )
    words = set(re.findall(r"[A-Za-z]{2,}", text))
    return words | {w.upper() for w in words} | {w.capitalize() for w in words}


def test_points_are_pyphens_for_thousands_of_words():
    reference = pyphen.Pyphen(lang="id_ID")
    words = _words()
    assert len(words) > 3000
    different = [w for w in words if list(reference.positions(w)) != list(hyphenation.positions(w))]
    assert different == []


# ----------------------------------------------------------------------------- the QR code
def _widget_rects(value: str) -> list[tuple[float, float, float, float]]:
    widget = QrCodeWidget(value, barLevel="M", barBorder=0)
    widget.barWidth = widget.barHeight = QR_SIZE
    return [
        (s.x, s.y, s.width, s.height)
        for s in widget.draw().contents
        if isinstance(s, Rect) and s.fillColor is not None
    ]


def _path_rects(value: str) -> list[tuple[float, float, float, float]]:
    code = qr_path(value).getCode()
    return [tuple(map(float, m)) for m in re.findall(r"(\S+) (\S+) (\S+) (\S+) re", code)]


@pytest.mark.parametrize("value", ["UJIKON:UJK-7F3A-9C21", "UJIKON:UJK-BNCH-0001"])
def test_qr_path_has_the_modules_reportlab_draws(value):
    ours, theirs = _path_rects(value), _widget_rects(value)
    assert len(ours) == len(theirs) > 50
    for a, b in zip(ours, theirs, strict=True):
        assert a == pytest.approx(b, abs=1e-3)


def test_qr_path_is_built_once_per_code():
    assert qr_path("UJIKON:UJK-AAAA-BBBB") is qr_path("UJIKON:UJK-AAAA-BBBB")
    assert qr_path("UJIKON:UJK-AAAA-BBBB") is not qr_path("UJIKON:UJK-AAAA-CCCC")


# ----------------------------------------------------------------------------- images
def _png(mode: str, colour) -> bytes:
    out = BytesIO()
    PILImage.new(mode, (30, 20), colour).save(out, format="PNG")
    return out.getvalue()


def test_a_transparent_image_is_flattened_onto_white_once():
    data = _png("RGBA", (200, 0, 0, 0))  # fully transparent red: white on paper
    reader = opaque_reader(data)
    assert reader is opaque_reader(data)
    assert reader.getSize() == (30, 20)
    assert reader.getRGBData() == bytes([255, 255, 255]) * 600
    assert opaque_picture(data).mode == "RGB"


def test_an_unreadable_image_raises_as_before():
    with pytest.raises(OSError):
        opaque_reader(b"no image")


# ----------------------------------------------------------------------------- imports
def test_numbers_in_words_are_unchanged():
    assert terbilang(19) == "sembilan belas"
    assert terbilang(2026) == "dua ribu dua puluh enam"
    assert terbilang(100000) == "seratus ribu"


def _modules_after(statement: str) -> set[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    code = f"import sys; {statement}; print(' '.join(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    return set(out.stdout.split())


HEAVY = ("reportlab", "num2words", "pypdf", "babel", "pyphen", "PIL", "openpyxl", "holidays")


def test_the_login_screen_imports_nothing_it_does_not_need():
    loaded = _modules_after("import main, ui.application")
    assert [m for m in HEAVY if m in loaded] == []


def test_the_login_dialog_paints_without_the_store_or_the_accounts():
    """The login dialog paints before the database is opened (``ui.application``): what it
    imports, and what runs before it paints (the remembered database, the dialog built),
    holds no peewee, store, accounts, settings, Argon2 or office key."""
    loaded = _modules_after(
        "import main, pathlib, tempfile, ui.application, ui.dialogs.login; "
        "main._db_path(main.build_parser().parse_args(['gui'])); "  # no --db: the default
        "from PySide6.QtWidgets import QApplication; app = QApplication([]); "
        "settings = ui.application.settings_for(pathlib.Path(tempfile.mkdtemp()) / 'u.ini'); "
        "ui.application.last_server(settings); "  # a start without --db asks it first
        "ui.application.remembered_heading(settings, pathlib.Path('ujikon.db')); "
        "ui.dialogs.login.LoginDialog(heading='Kop', prepare=lambda: True); "
        "import PySide6.QtCore; print('PySide6.QtCore.Qt' if 'Qt' in vars(PySide6.QtCore) else '')"
    )
    store = ("peewee", "app.store", "app.models", "app.accounts", "app.settings", "argon2")
    assert [m for m in (*store, "cryptography", "app.workspace") if m in loaded] == []
    # nor PySide's ``Qt`` namespace, whose enums take 13 ms to build on its first access
    assert "PySide6.QtCore.Qt" not in loaded


def test_the_window_imports_pdf_viewing_and_printing_only_when_used():
    """QtPdf, QtPdfWidgets and QtPrintSupport (about 3 MiB) load with the first preview,
    save, print or verification, not with the main window."""
    loaded = _modules_after("import main, ui.application, ui.main_window")
    qt_pdf = {"PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtPrintSupport"}
    assert "ui.main_window" in loaded
    assert not qt_pdf & loaded
    assert qt_pdf <= _modules_after("import ui.main_window, ui.dialogs.pdf_preview")


def test_the_text_helpers_import_babel_and_num2words_on_first_use():
    assert not {"babel", "num2words"} & _modules_after("import app.text")
    used = _modules_after("import app.text, datetime; app.text.format_date(datetime.date.today())")
    assert "babel" in used and "num2words" not in used
    counted = _modules_after("import app.text; app.text.terbilang(3)")
    # its Indonesian module only: the package's __init__ imports every language
    assert "num2words.lang_ID" in counted and "num2words" not in counted
    assert not [m for m in counted if m.startswith("num2words.lang_") and m != "num2words.lang_ID"]


NUMBERS_BOTH_WAYS = r"""
import json, sys
sys.path.insert(0, ".")
import app.text
numbers = list(range(0, 20001)) + [10**5, 123456, 10**6, 2026, 1_000_001, 987654321, 10**9, 10**12]
ours = [app.text.terbilang(n) for n in numbers]
bare = "num2words" not in sys.modules
import num2words  # the whole package afterwards: as before, with the same Indonesian module
package = [num2words.num2words(n, lang="id") for n in numbers]
print(json.dumps({"bare": bare, "same": ours == package, "count": len(numbers),
                  "shared": sys.modules["num2words.lang_ID"] is num2words.lang_ID}))
"""


def test_numbers_in_words_are_the_packages_own_without_its_other_languages():
    out = subprocess.run(
        [sys.executable, "-c", NUMBERS_BOTH_WAYS], cwd=ROOT, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result == {"bare": True, "same": True, "count": 20009, "shared": True}


WARM_CHECK = r"""
import json, sys, tempfile
from pathlib import Path
sys.path.insert(0, "tests")
from conftest import open_test_database
open_test_database(Path(tempfile.mkdtemp()) / "t.db")
from app.documents.render import fonts, hyphenation, images, layout, styles
before = [fonts._registered, styles.get_styles.cache_info().currsize,
          hyphenation.positions.cache_info().currsize, layout._qrencoder.cache_info().currsize,
          images.opaque_reader.cache_info().currsize]
from app.documents.render.warm import warm_up
size = warm_up()
after = [fonts._registered, styles.get_styles.cache_info().currsize,
         hyphenation.positions.cache_info().currsize, layout._qrencoder.cache_info().currsize,
         images.opaque_reader.cache_info().currsize]
print(json.dumps({"before": before, "after": after, "size": size}))
"""


def test_the_warm_up_leaves_every_first_time_cost_paid(tmp_path):
    """In a fresh process (nothing warm yet): after ``warm_up`` the fonts are registered and
    the styles, hyphenation points, QR encoder and decoded logo are cached, the caches a
    first letter fills (``ui.documents_panel`` runs it when the Dokumen tab first shows)."""
    env = {**os.environ, "UJIKON_KUNCI": str(tmp_path / "kunci")}
    out = subprocess.run(
        [sys.executable, "-c", WARM_CHECK],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["before"] == [False, 0, 0, 0, 0]
    assert result["after"][0] is True
    assert all(n >= 1 for n in result["after"][1:])
    assert result["size"] > 10_000  # a whole page with the kop's logo was laid out
