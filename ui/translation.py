"""The language of the window, Qt's own texts included.

Qt writes its standard buttons (Yes, No, Cancel, Close), the context menus of text fields, the
file dialog and the print dialog in English, and PySide6 ships no Indonesian translation of
them. Ujikon ships its own, ``resources/translations/qtbase_id.ts`` (compiled to
``qtbase_id.qm``, which is committed beside it and kept in step by a test). The day and month
names of a calendar pop-up come from the default ``QLocale``, which is set here too.

Each language names its locale and the catalogues (``.qm`` files in
``resources/translations/``) that make the window speak it. Indonesian needs only Qt's
texts, since Ujikon's own are written in Indonesian; a language added later brings a catalogue
of Ujikon's texts (``ujikon_en``) and, as Qt's source texts are English, no Qt catalogue.
``install_translations`` runs once the ``QApplication`` exists and before any widget is built
(a widget reads its texts when it is made); calling it again swaps the catalogues."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from app.resources import resource

log = logging.getLogger("ujikon")

TRANSLATIONS: Path = resource("translations")


@dataclass(frozen=True)
class Language:
    code: str
    name: str  # in its own language, for a future choice in the settings
    locale: QLocale
    catalogs: tuple[str, ...]  # .qm base names in TRANSLATIONS, loaded in this order


INDONESIAN = Language(
    "id",
    "Bahasa Indonesia",
    QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia),
    ("qtbase_id",),
)
ENGLISH = Language(
    "en",
    "English",
    # Day before month, as in Indonesia.
    QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
    ("ujikon_en",),  # Ujikon's own texts (not written yet); Qt's are English already
)
LANGUAGES: dict[str, Language] = {lang.code: lang for lang in (INDONESIAN, ENGLISH)}
DEFAULT_LANGUAGE = INDONESIAN.code

_installed: list[QTranslator] = []


def install_translations(
    app: QCoreApplication, language: str = DEFAULT_LANGUAGE, folder: Path | None = None
) -> list[QTranslator]:
    """Make ``language`` the window's: its locale becomes the default ``QLocale`` and its
    catalogues are installed in ``app``, replacing those of an earlier call. A catalogue that
    is missing or unreadable is logged and skipped (the window then shows Qt's English for
    it); an unknown language code falls back to Indonesian. Returns the translators
    installed."""
    lang = LANGUAGES.get(language)
    if lang is None:
        log.warning("Bahasa %r tidak dikenal; memakai %s", language, INDONESIAN.name)
        lang = INDONESIAN
    remove_translations(app)
    QLocale.setDefault(lang.locale)
    where = folder or TRANSLATIONS
    for catalog in lang.catalogs:
        translator = QTranslator(app)
        if translator.load(catalog, str(where)):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("Terjemahan %s tidak ditemukan di %s", catalog, where)
            translator.deleteLater()
    return list(_installed)


def remove_translations(app: QCoreApplication) -> None:
    """Take out the catalogues ``install_translations`` put in (the locale stays)."""
    while _installed:
        translator = _installed.pop()
        app.removeTranslator(translator)
        translator.deleteLater()
