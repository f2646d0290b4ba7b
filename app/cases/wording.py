"""How an item's values read, the same on screen and on paper: its period, conclusion,
classification and legal basis. The documents add their markup and blank placeholders."""

from __future__ import annotations

from app.cases.model import ItemInfo
from app.fields import KESIMPULAN, choice_label
from app.refdata import legal_label
from app.text import format_date


def period_text(item: ItemInfo, blank: str = "") -> str:
    """``Sampai 5 Maret 2026``, the event, ``Tidak terbatas``; ``blank`` when not set."""
    if item.jangka_jenis == "tanggal":
        return f"Sampai {format_date(item.jangka_tanggal)}" if item.jangka_tanggal else blank
    if item.jangka_jenis == "peristiwa":
        return item.jangka_peristiwa or blank
    if item.jangka_jenis == "tidak_terbatas":
        return "Tidak terbatas"
    return blank


NOT_EXEMPT = "Tidak dikecualikan"


def exemption_period_text(item: ItemInfo, blank: str = "") -> str:
    """The jangka waktu beside a conclusion: an item concluded *terbuka* has none, and says
    so in words (a "-" would read like a value forgotten)."""
    if item.kesimpulan == "terbuka":
        return NOT_EXEMPT
    return period_text(item, blank)


def conclusion_text(item: ItemInfo) -> str:
    return choice_label(KESIMPULAN, item.kesimpulan) if item.kesimpulan else "Belum diuji"


def redaction_text(item: ItemInfo) -> tuple[str, str]:
    """What of the item will be blacked out (dihitamkan) when it is given out, and why, as
    the test of step 2 decided it: the part and its reason for *dikecualikan sebagian*; the
    whole for *dikecualikan seluruhnya* (nothing is given out); nothing for *terbuka*."""
    if item.kesimpulan == "sebagian":
        return item.bagian_dihitamkan or "Belum diisi", item.alasan_dihitamkan or "Belum diisi"
    if item.kesimpulan == "seluruhnya":
        return "Seluruhnya (informasi tidak diberikan)", "Dikecualikan seluruhnya"
    if item.kesimpulan == "terbuka":
        return "Tidak ada", "Terbuka"
    return "Belum diuji", ""


def classification_text(item: ItemInfo) -> str:
    """The classification as a penetapan states it."""
    if item.kesimpulan == "seluruhnya":
        return "Dikecualikan seluruhnya"
    if item.kesimpulan == "sebagian":
        return "Dikecualikan sebagian (dihitamkan)"
    return conclusion_text(item)


def legal_citations(item: ItemInfo) -> list[str]:
    """``Pasal 17 huruf h angka 2`` for each Pasal 17 code, in the order chosen."""
    return [legal_label(c) for c in item.dasar_hukum]


def legal_summary(item: ItemInfo) -> str:
    """One short line for a table cell: ``huruf h angka 2; UU 17/2023 …`` (first line)."""
    parts = [c.replace("Pasal 17 ", "") for c in legal_citations(item)]
    if item.dasar_hukum_lain:
        parts.append(item.dasar_hukum_lain.splitlines()[0])
    return "; ".join(parts)


def exempt_items(items: tuple[ItemInfo, ...] | list[ItemInfo]) -> list[ItemInfo]:
    return [i for i in items if i.exempt]
