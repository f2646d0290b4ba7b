"""Sentences the core composes with names, numbers and dates, kept apart from their values so
the window can say them in its own language.

``app/`` speaks Indonesian: its sentences go into documents, the command line and the
window. A ``Phrase`` *is* that Indonesian sentence (a ``str``: documents and the CLI use it as
they always did, nothing printed changes) and also keeps what it was made of: its
``template`` (a literal such as ``"Tahap {tahap} dari {jumlah}: {judul}"``) and its
``params``. The window (``ui.translation.app_text``) translates the template in the
catalogue's "app" context and fills the params in its own language.

A param is one of:

- a ``date``: written ``format_date`` ("5 Maret 2026"); ``{x:hari}`` writes it with its day
  ("Kamis, 5 Maret 2026"); None is written "—";
- an ``int``: as digits (a format spec such as ``{n:>2}`` applies; ``{n:,}`` groups the
  thousands the language's way: "100.000", "100,000");
- a ``Label`` (``label(text)``): a fixed label of the core (a step's title, a role's name),
  which the window translates too;
- another ``Phrase``, or a ``Joined`` list of them (``joined(parts, sep)``);
- any other ``str``: data (a name, a number, a reason typed in), shown as it is.

Rules: a template is a string literal written in the call (``tools/translations.py`` finds the
templates by reading the source, so an f-string or a variable cannot be one); compose a whole
sentence as one template, since ``phrase + " x"`` or an f-string around a phrase is a plain
``str`` again (its Indonesian is right, but the window can no longer translate it). A phrase
whose English depends on a count names that param in ``plural`` ("1 working day",
"8 working days")."""

from __future__ import annotations

import string
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

DAY_SPEC = "hari"  # {x:hari}: a date with its day name


class Label(str):
    """A fixed label of ``app/`` inside a phrase (a step's title, a role's name, a deadline
    status): its value is the Indonesian (lowercased when ``lowered``), and the window
    translates ``source`` in the "app" context."""

    source: str
    lowered: bool

    def __new__(cls, text: str, lower: bool = False) -> Label:
        self = super().__new__(cls, text.lower() if lower else text)
        self.source = text
        self.lowered = lower
        return self

    def __reduce__(self):  # type: ignore[override]
        return (Label, (self.source, self.lowered))


class Joined(str):
    """Parts said one after another with a separator that reads the same in every language
    (``"\\n"``, ``"; "``, ``", "``): its value is the Indonesian of each part joined."""

    parts: tuple[Any, ...]
    sep: str

    def __new__(cls, parts: Iterable[Any], sep: str) -> Joined:
        items = tuple(parts)
        self = super().__new__(cls, sep.join(_INDONESIAN.format_field(p, "") for p in items))
        self.parts = items
        self.sep = sep
        return self

    def __reduce__(self):  # type: ignore[override]
        return (Joined, (self.parts, self.sep))


class Phrase(str):
    """An Indonesian sentence of the core that remembers its ``template`` and ``params``
    (see the module's docstring); made by ``phrase``."""

    template: str
    params: Mapping[str, Any]
    plural: str  # the param whose number chooses the English form ("" for none)

    def __new__(cls, template: str, params: Mapping[str, Any], plural: str = "") -> Phrase:
        values = dict(params)
        if plural and not isinstance(values.get(plural), int):
            raise TypeError(f"plural={plural!r} names no int param of {template!r}")
        self = super().__new__(cls, _INDONESIAN.vformat(template, (), values))
        self.template = template
        self.params = values
        self.plural = plural
        return self

    def __reduce__(self):  # type: ignore[override]
        return (Phrase, (self.template, dict(self.params), self.plural))

    def __repr__(self) -> str:
        return f"phrase({self.template!r}, {self.params!r})"


def phrase(template: str, /, *, plural: str = "", **params: Any) -> Phrase:
    """``template`` filled with ``params`` the Indonesian way; the result keeps both. The
    template must be a string literal written here (see the module's docstring)."""
    return Phrase(template, params, plural)


def label(text: str, *, lower: bool = False) -> Label:
    """``text``, a fixed label of the core, marked so the window translates it inside a
    phrase (a plain ``str`` param is data and is shown as it is)."""
    return Label(text, lower)


def joined(parts: Iterable[Any], sep: str) -> Joined:
    return Joined(parts, sep)


def structured(value: object) -> bool:
    """Whether ``value`` carries more than its Indonesian text (a phrase, label or list)."""
    return isinstance(value, Phrase | Label | Joined)


class ParamFormatter(string.Formatter):
    """Writes a phrase's params into its template: dates, numbers and labels the Indonesian
    way here; the window subclasses it for its language."""

    def format_date(self, value: date, with_day: bool) -> str:
        from app.text import format_date, format_day_date

        return format_day_date(value) if with_day else format_date(value)

    def format_text(self, value: str) -> str:
        """A phrase, label or list: its own Indonesian."""
        return str.__str__(value)

    def format_field(self, value: Any, format_spec: str) -> str:
        if value is None:
            return "—"  # as format_date(None): a date not known
        if isinstance(value, date):
            return self.format_date(value, format_spec == DAY_SPEC)
        if structured(value):
            return format(self.format_text(value), format_spec)
        if isinstance(value, str):
            return format(str.__str__(value), format_spec)
        if isinstance(value, int) and "," in format_spec:
            return self.group_digits(format(value, format_spec))
        return format(value, format_spec)

    def group_digits(self, text: str) -> str:
        """``{n:,}``: thousands grouped with dots, as Indonesian writes them (100.000)."""
        return text.replace(",", ".")


_INDONESIAN = ParamFormatter()


# ------------------------------------------------------------------------ common pieces
def duration(days: int) -> Phrase:
    """``10 (sepuluh) hari kerja`` (``app.text.format_duration``); English drops the words:
    "10 working days"."""
    from app.text import terbilang

    return phrase("{n} ({words}) hari kerja", n=days, words=terbilang(days), plural="n")


def any_of(items: Iterable[Any]) -> Any:
    """``A atau B atau C`` ("" for none)."""
    found = list(items)
    if not found:
        return ""
    result = found[0]
    for item in found[1:]:
        result = phrase("{a} atau {b}", a=result, b=item)
    return result


def params_of(value: object) -> Mapping[str, Any]:
    """The params of a phrase ({} for anything else): for tests and callers that read a
    value back."""
    return value.params if isinstance(value, Phrase) else {}
