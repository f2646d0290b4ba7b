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
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from app.phrases import Joined, Label, ParamFormatter, Phrase, structured
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
    ("ujikon_en",),  # Ujikon's own texts; Qt's are English already
)
LANGUAGES: dict[str, Language] = {lang.code: lang for lang in (INDONESIAN, ENGLISH)}
DEFAULT_LANGUAGE = INDONESIAN.code

# The window's language is a preference of this PC's user (QSettings), not data: two clerks
# sharing a database may read it in two languages. UJIKON_BAHASA overrides it (screenshots).
LANGUAGE_SETTING = "bahasa"
LANGUAGE_ENV = "UJIKON_BAHASA"

_installed: list[QTranslator] = []


def chosen_language(settings: QSettings | None) -> str:
    """The language the window starts in: UJIKON_BAHASA, else the one chosen under *Bantuan →
    Bahasa*, else Indonesian."""
    code = os.environ.get(LANGUAGE_ENV, "").strip().lower()
    if not code and settings is not None:
        code = str(settings.value(LANGUAGE_SETTING, "") or "").strip().lower()
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def choose_language(settings: QSettings, code: str) -> None:
    """Remember ``code`` for the next start (a widget reads its texts when it is made, so the
    open window keeps its language until Ujikon is started again)."""
    if code not in LANGUAGES:
        raise ValueError(code)
    settings.setValue(LANGUAGE_SETTING, code)
    settings.sync()


def current_language() -> str:
    """The language whose catalogues are installed now."""
    return _current[0]


_current = [DEFAULT_LANGUAGE]


def app_text(text: str) -> str:
    """A text ``app/`` hands the window, in the window's language. ``app/`` speaks Indonesian
    (its texts also go into documents); the English of its texts sits in the catalogue's
    ``app`` context, which ``tools/translations.py`` fills from ``ui/app_texts.py``, a list
    it generates from app's own tables and from every ``phrase("…")`` template of ``app/``
    (a test keeps that list in step).

    - A fixed label (a step's title, a field's label, a role's name, a choice, a deadline
      status), a plain ``str``, is looked up as it is.
    - A sentence the core composed (``app.phrases.Phrase``) has its template looked up and
      its params filled in the window's language: dates through ``ui.formats``, numbers as
      digits, labels and nested phrases through this function again, data as it is. In the
      Indonesian window it is the core's own sentence, unchanged."""
    if not text:
        return text
    if structured(text):
        if current_language() == DEFAULT_LANGUAGE:
            return str.__str__(text)
        return _window_text(text)
    return QCoreApplication.translate("app", text)


class _WindowParams(ParamFormatter):
    """A phrase's params in the window's language."""

    def format_date(self, value: date, with_day: bool) -> str:
        from ui.formats import day_name, format_date

        return f"{day_name(value)}, {format_date(value)}" if with_day else format_date(value)

    def format_text(self, value: str) -> str:
        return _window_text(value)

    def group_digits(self, text: str) -> str:
        return text  # English groups thousands with commas, as Python writes them


_WINDOW_PARAMS = _WindowParams()


def _window_text(value: str) -> str:
    if isinstance(value, Label):
        text = QCoreApplication.translate("app", value.source)
        return text.lower() if value.lowered else text
    if isinstance(value, Joined):
        return value.sep.join(_WINDOW_PARAMS.format_field(p, "") for p in value.parts)
    if isinstance(value, Phrase):
        if value.plural:
            count = int(value.params[value.plural])
            template = QCoreApplication.translate("app", value.template, None, count)
        else:
            template = QCoreApplication.translate("app", value.template)
        try:
            return _WINDOW_PARAMS.vformat(template, (), value.params)
        except (KeyError, IndexError, ValueError):
            # A translation that names a placeholder the template has not (a test guards
            # against it): the Indonesian rather than nothing.
            log.warning("Terjemahan tidak cocok dengan templatnya: %r", template)
            return str.__str__(value)
    return str.__str__(value)


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
    _current[0] = lang.code
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
