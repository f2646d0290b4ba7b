"""Leaving the process once the window has closed everything itself.

After the window's ordered quit (``ui.application.finish``: the runner's jobs waited for,
every Qt object deleted, the last cyclic garbage collected, the database closed), what the
interpreter still does at its exit is tear down some 400 modules and the objects they hold,
one by one: about 60 ms here, a tenth of a whole start and quit, for nothing a file or the
office would keep. ``leave`` runs what the exit must still do (the ``atexit`` handlers:
``logging`` flushes and closes the log, ``tempfile`` removes its folders; the standard
streams flushed) and ends the process there.

It falls back to the ordinary exit when a thread that is not a daemon is still running: the
interpreter would wait for it, and it may be writing something.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import sys
import threading
from typing import NoReturn

_armed: list[bool] = []


def arm() -> None:
    """Say that this process will end through ``leave`` once its window has closed (called by
    ``main.py`` when it runs as the program, never by a test or a bench that imports it)."""
    _armed[:] = [True]


def leaving_soon() -> bool:
    """Whether ``leave`` will skip the interpreter's tear-down: armed, and no thread that is
    not a daemon still runs. The window's quit then skips its last garbage collection, which
    only prepares for that tear-down (about 25 ms)."""
    return bool(_armed) and not other_threads()


def other_threads() -> list[threading.Thread]:
    """The threads besides this one that the interpreter's exit would wait for."""
    current = threading.current_thread()
    return [t for t in threading.enumerate() if t is not current and not t.daemon]


def leave(code: int) -> NoReturn:
    """End the process with ``code`` after the ``atexit`` handlers and the streams' flush,
    without the interpreter's tear-down; the ordinary ``sys.exit`` while another thread
    that is not a daemon runs."""
    if other_threads():
        sys.exit(code)
    atexit._run_exitfuncs()  # noqa: SLF001 (the interpreter's own exit calls the same)
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):  # a closed or detached stream: nothing to flush
            stream.flush()
    os._exit(code)
