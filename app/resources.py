"""Where the files Ujikon ships live (``resources/``: the SOP file, Pasal 17, the OPD list,
fonts, the placeholder logo, the translations): one place, for a source checkout and for the
bundle ``packaging/ujikon.spec`` builds alike."""

from __future__ import annotations

import codecs
import sys
from pathlib import Path

from app.errors import UserError


def resources_root() -> Path:
    """``resources/`` of this run: beside ``app/`` in a source checkout; in a PyInstaller
    bundle (``sys.frozen``), the folder the spec copies it to inside the bundle's own data
    folder, ``sys._MEIPASS`` (``_internal`` beside ``Ujikon.exe`` in PyInstaller 6's
    one-folder bundle), never the current directory nor the install folder's root."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


RESOURCES = resources_root()


def resource(*parts: str) -> Path:
    return RESOURCES.joinpath(*parts)


class UnreadableText(UserError):
    """A text file Ujikon reads (the SOP, the reference data) is in an encoding it cannot
    read; the message says how to save it again."""


# The byte order marks a text editor writes (Windows Notepad's "Unicode" is UTF-16 LE).
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_text(data: bytes, name: str) -> str:
    """The text of a file: UTF-8 with or without a byte order mark, or UTF-16 with one.
    Anything else (UTF-16 without a mark, ANSI with letters outside ASCII) raises
    ``UnreadableText`` naming the file and how to save it again."""
    save_again = (
        f"Simpan ulang {name} sebagai UTF-8 (di Notepad: Simpan sebagai → Pengodean: UTF-8)."
    )
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), "utf-8")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise UnreadableText(f"Berkas {name} bukan teks UTF-8 atau UTF-16. {save_again}") from None
    if "\x00" in text:  # UTF-16 without its mark decodes as UTF-8 full of NULs
        raise UnreadableText(
            f"Berkas {name} berisi karakter NUL; mungkin tersimpan sebagai UTF-16 tanpa penanda "
            f"urutan bita. {save_again}"
        )
    return text


def read_text(path: Path) -> str:
    """``decode_text`` of a file's bytes (``OSError`` as the file system gives it)."""
    return decode_text(path.read_bytes(), path.name)
