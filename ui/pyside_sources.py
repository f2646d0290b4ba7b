"""PySide's question "does this module use PySide6?", answered without linecache.

After ``import shiboken6``, PySide asks that question of every module imported from then on
(``shibokensupport.feature._mod_uses_pyside``, for its ``__feature__`` switching, which
Ujikon never turns on), by reading the module's whole source with ``inspect.getsource``. That
leaves every line of every module imported in ``linecache``: run from source, the window's
~400 modules keep 78,000 strings, about 8 MiB, for the life of the process, and each file is
read and split into lines at import. ``answer_from_file_bytes`` gives PySide the same answer
(whether the source contains ``PySide6``) from the file's bytes, keeping nothing; a module
that has no ``.py`` file (built in, an extension, the installed bundle's frozen modules) is
still asked PySide's own way. When a later PySide has no such function, nothing changes.
The lines of the files PySide read before this was installed are dropped from the cache.
"""

from __future__ import annotations

import sys
from types import ModuleType


def _origin(module: ModuleType) -> str | None:
    spec = getattr(module, "__spec__", None)
    origin = getattr(spec, "origin", None) or getattr(module, "__file__", None)
    return origin if isinstance(origin, str) else None


def answer_from_file_bytes() -> bool:
    """Install the answer (once; after PySide6 is imported). Whether it is installed."""
    import shiboken6  # noqa: F401  (loads shibokensupport, whose function this replaces)

    feature = sys.modules.get("shibokensupport.feature")
    asked = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or asked is None:
        return False
    if getattr(asked, "reads_file_bytes", False):
        return True
    own_way = asked

    def uses_pyside(module: ModuleType) -> bool:
        origin = _origin(module)
        if origin is None or not origin.endswith(".py"):
            return own_way(module)
        try:
            with open(origin, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:  # as PySide's own: a module without its source file
            return False

    uses_pyside.reads_file_bytes = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    forget_files_read_for_pyside()
    return True


def forget_files_read_for_pyside() -> None:
    """Drop the lines ``linecache`` holds of files read from disk: when shiboken loads, it
    asks its question of every module imported before it (the standard library's, main.py:
    about 40 files, 2.5 MiB), before ``answer_from_file_bytes`` could be installed. A
    traceback reads them again when it needs them; lines registered without a file (code
    generated at run time, whose time stamp is None) stay."""
    import linecache

    for name, entry in list(linecache.cache.items()):
        if len(entry) == 4 and entry[1] is not None:
            linecache.cache.pop(name, None)
