"""``ui.pyside_sources``: PySide's "does this module use PySide6?" answered from the file's
bytes, the same answer as PySide's own, and no module's lines left in ``linecache``."""

from __future__ import annotations

import importlib
import linecache
import sys

import pytest

import ui  # noqa: F401  (installs the answer)
from ui.pyside_sources import answer_from_file_bytes

feature = sys.modules["shibokensupport.feature"]


@pytest.fixture
def modules(tmp_path, monkeypatch):
    (tmp_path / "uji_pakai_qt.py").write_text(
        "from PySide6.QtCore import QObject\nclass Benda(QObject):\n    pass\n", encoding="utf-8"
    )
    (tmp_path / "uji_tanpa_qt.py").write_text(
        "# tanpa pustaka antarmuka\nNILAI = 'Kabupaten Serang'\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    yield tmp_path
    for name in ("uji_pakai_qt", "uji_tanpa_qt"):
        sys.modules.pop(name, None)
        feature.pyside_feature_dict.pop(name, None)


def import_statement(name: str) -> None:
    """As an ``import`` statement does: through ``builtins.__import__``, which PySide
    replaced (``importlib.import_module`` goes around it)."""
    exec(f"import {name}", {})


def test_it_is_installed_once():
    assert answer_from_file_bytes()
    installed = feature._mod_uses_pyside
    assert answer_from_file_bytes() and feature._mod_uses_pyside is installed


def test_an_imported_module_leaves_no_lines_in_linecache(modules):
    import_statement("uji_pakai_qt")
    import_statement("uji_tanpa_qt")
    assert str(modules / "uji_pakai_qt.py") not in linecache.cache
    assert str(modules / "uji_tanpa_qt.py") not in linecache.cache


def test_pyside_is_told_which_module_uses_it(modules):
    import_statement("uji_pakai_qt")
    import_statement("uji_tanpa_qt")
    # PySide's own values: 0 (uses PySide, switches features), -1 (ignored)
    assert feature.pyside_feature_dict["uji_pakai_qt"] == 0
    assert feature.pyside_feature_dict["uji_tanpa_qt"] == -1


def test_the_answer_is_pyside_s_own_for_the_window_s_modules():
    import app.models
    import ui.case_list

    own_way = feature._mod_uses_pyside.__closure__[0].cell_contents
    for module in (ui.case_list, app.models, sys, importlib):  # source, source, built in, stdlib
        assert feature._mod_uses_pyside(module) == own_way(module)
    assert feature._mod_uses_pyside(ui.case_list) and not feature._mod_uses_pyside(app.models)


def test_the_lines_read_before_it_was_installed_are_dropped_but_not_generated_code(tmp_path):
    from ui.pyside_sources import forget_files_read_for_pyside

    read = tmp_path / "dibaca.py"
    read.write_text("A = 1\n", encoding="utf-8")
    assert linecache.getlines(str(read)) == ["A = 1\n"]
    generated = "<kode-buatan-uji>"
    linecache.cache[generated] = (6, None, ["B = 2\n"], generated)
    try:
        forget_files_read_for_pyside()
        assert str(read) not in linecache.cache
        assert linecache.cache[generated][2] == ["B = 2\n"]
        assert linecache.getlines(str(read)) == ["A = 1\n"]  # read again when asked
    finally:
        linecache.cache.pop(generated, None)
