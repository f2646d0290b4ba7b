"""Where an Indonesian word may be hyphenated: Liang's algorithm over the ``id_ID`` patterns
that pyphen ships (LibreOffice's ``hyph_id_ID``), with pyphen's rules (the word lowercased,
at least two letters before the first and after the last point).

pyphen itself parses all of its 12,000 patterns when a dictionary is opened (about 50 ms, the
largest single cost of the first document in a process, for the few words a letter hyphenates).
Here the file is split into lines and keyed by letters in a few C-level passes, and a pattern
is parsed only when a word looks it up. The result is pyphen's: a test compares every pattern
and the points of many words.
"""

from __future__ import annotations

import importlib.util
import re
from functools import cache, lru_cache
from pathlib import Path

LEFT = RIGHT = 2  # pyphen's default minimum of letters before the first, after the last point

_DIGITS = re.compile(r"\d")
_NONZERO = re.compile(r"[1-9]")
# Lines pyphen ignores (hunspell header keywords and comments).
_IGNORED = (
    "%",
    "#",
    "LEFTHYPHENMIN",
    "RIGHTHYPHENMIN",
    "COMPOUNDLEFTHYPHENMIN",
    "COMPOUNDRIGHTHYPHENMIN",
)


def dictionary_path(lang: str = "id_ID") -> Path:
    """pyphen's ``hyph_<lang>.dic``, found without importing pyphen (which lists its whole
    dictionary folder on import)."""
    spec = importlib.util.find_spec("pyphen")
    if spec is None or spec.origin is None:
        raise FileNotFoundError("pyphen tidak terpasang")
    return Path(spec.origin).parent / "dictionaries" / f"hyph_{lang}.dic"


class Patterns:
    """The patterns of one ``hyph_*.dic``: letters → the line they come from, parsed on the
    first lookup."""

    def __init__(self, path: Path) -> None:
        raw = path.read_bytes()
        encoding, _, body = raw.partition(b"\n")
        name = encoding.decode("ascii").strip()
        text = body.decode("cp1251" if name.lower() == "microsoft-cp1251" else name)
        if "^^" in text or "/" in text:
            # Hex escapes and non-standard hyphenation: not in the Indonesian file, and not
            # handled here.
            raise ValueError(f"{path.name}: pola tidak didukung")
        lines = [
            line
            for line in (raw_line.strip() for raw_line in text.split("\n"))
            if line and not line.startswith(_IGNORED) and _NONZERO.search(line)
        ]
        keys = _DIGITS.sub("", "\n".join(lines)).split("\n")
        self._lines: dict[str, str] = dict(zip(keys, lines, strict=True))
        self.maxlen = max(map(len, self._lines))
        self._parsed: dict[str, tuple[int, tuple[int, ...]]] = {}

    def __contains__(self, key: str) -> bool:
        return key in self._lines

    def keys(self):
        return self._lines.keys()

    def get(self, key: str) -> tuple[int, tuple[int, ...]] | None:
        """(offset, values) as pyphen stores a pattern: the values between letters, leading
        and trailing zeros cut, and where the first kept one stands."""
        found = self._parsed.get(key)
        if found is None:
            line = self._lines.get(key)
            if line is None:
                return None
            found = self._parsed[key] = _parse(line)
        return found


def _parse(line: str) -> tuple[int, tuple[int, ...]]:
    values: list[int] = []
    digit = False
    for ch in line:
        if ch.isdigit():
            values.append(int(ch))
            digit = True
        else:
            if not digit:
                values.append(0)
            digit = False
    if not digit:
        values.append(0)
    start, end = 0, len(values)
    while not values[start]:
        start += 1
    while not values[end - 1]:
        end -= 1
    return start, tuple(values[start:end])


@cache
def patterns(lang: str = "id_ID") -> Patterns:
    return Patterns(dictionary_path(lang))


@lru_cache(maxsize=4096)
def positions(word: str) -> tuple[int, ...]:
    """The points where ``word`` may be hyphenated, as ``pyphen.Pyphen(lang="id_ID")
    .positions(word)`` gives them."""
    table = patterns()
    pointed = f".{word.lower()}."
    refs = [0] * (len(pointed) + 1)
    for i in range(len(pointed) - 1):
        stop = min(i + table.maxlen, len(pointed)) + 1
        for j in range(i + 1, stop):
            found = table.get(pointed[i:j])
            if found is None:
                continue
            offset, values = found
            # (a value past the end, of a pattern ending in two digits, is dropped as
            # pyphen's slice assignment drops it)
            for k, v in zip(range(i + offset, len(refs)), values, strict=False):
                if v > refs[k]:
                    refs[k] = v
    right = len(word) - RIGHT
    return tuple(i - 1 for i, ref in enumerate(refs) if ref % 2 and LEFT <= i - 1 <= right)
