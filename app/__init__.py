"""Ujikon core: the SOP "Uji Konsekuensi Informasi Publik" without any GUI.

Everything a user can do goes through the services in this package; the Qt shell in ``ui/``
and the command line in ``main.py`` are two clients of it.
"""

import sys as _sys

__version__ = "0.1.0"
APP_NAME = "Ujikon"

# peewee imports the PostgreSQL driver with itself when it is installed: a fifth of a second
# and its memory at every start, on PCs that never use a server. So the driver is hidden
# (``None`` in ``sys.modules`` makes an import fail) until app.store.server.driver() needs it.
if "psycopg" not in _sys.modules:
    _sys.modules["psycopg"] = None  # type: ignore[assignment]
