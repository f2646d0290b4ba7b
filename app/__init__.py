"""Ujikon core: the SOP "Uji Konsekuensi Informasi Publik" without any GUI.

Everything a user can do goes through the services in this package; the Qt shell in ``ui/``
and the command line in ``main.py`` are two clients of it.
"""

__version__ = "0.1.0"
APP_NAME = "Ujikon"
