"""What every document needs from the case: the render context, escaping of user text, the
wording of dates, periods and legal bases, and who signs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

from app.documents import Stamp
from app.documents.layout import NUMBER_PLACEHOLDER, PageSetup
from app.documents.styles import Styles
from app.fields import KESIMPULAN, choice_label
from app.models import InfoItem, Official, StepRecord
from app.refdata import legal_label
from app.settings import get_setting
from app.text import format_date, terbilang
from app.validation import parse_iso_date
from app.workflow import CaseDetail

BLANK = "……………"  # a value still to be written by hand
BLANK_DATE = "……………………"
EXEMPT = ("seluruhnya", "sebagian")


@dataclass
class Ctx:
    """Everything a document module gets."""

    detail: CaseDetail
    stamp: Stamp | None
    page: PageSetup
    styles: Styles

    @property
    def case(self):
        return self.detail.case

    @property
    def items(self) -> list[InfoItem]:
        return self.detail.items

    @property
    def width(self) -> float:
        return self.page.frame_width

    @property
    def nomor(self) -> str:
        """The outgoing number, or the placeholder of a draft."""
        if self.stamp is None:
            return NUMBER_PLACEHOLDER
        return self.stamp.nomor or BLANK

    def record(self, step_no: int) -> StepRecord | None:
        return self.detail.latest_record(step_no)

    def data(self, step_no: int) -> dict:
        rec = self.record(step_no)
        return dict(rec.data or {}) if rec else {}

    def data_date(self, step_no: int, key: str) -> date | None:
        try:
            return parse_iso_date(self.data(step_no).get(key))
        except ValueError:
            return None

    def doc_date(self, *fallbacks: date | None) -> date | None:
        """The date a document is dated: the stamp's, else the first known fallback."""
        if self.stamp is not None:
            return self.stamp.tanggal
        return next((d for d in fallbacks if d is not None), None)

    @property
    def tempat(self) -> str:
        return str(get_setting("tempat_default") or "")


# ----------------------------------------------------------------------------- text
def esc(text: object) -> str:
    """User text as Paragraph markup: ``& < >`` escaped, line breaks kept."""
    value = "" if text is None else str(text)
    return escape(value).replace("\r\n", "\n").replace("\n", "<br/>")


def date_text(value: date | None) -> str:
    return format_date(value) if value else BLANK_DATE


def count_text(n: int) -> str:
    """``3 (tiga)``."""
    return f"{n} ({terbilang(n)})"


def jangka_text(item: InfoItem) -> str:
    if item.jangka_jenis == "tanggal":
        return f"Sampai {format_date(item.jangka_tanggal)}" if item.jangka_tanggal else BLANK
    if item.jangka_jenis == "peristiwa":
        return item.jangka_peristiwa or BLANK
    if item.jangka_jenis == "tidak_terbatas":
        return "Tidak terbatas"
    return BLANK


def kesimpulan_text(item: InfoItem) -> str:
    return choice_label(KESIMPULAN, item.kesimpulan) if item.kesimpulan else "Belum diuji"


def klasifikasi_text(item: InfoItem) -> str:
    """The classification as a penetapan states it."""
    if item.kesimpulan == "seluruhnya":
        return "Dikecualikan seluruhnya"
    if item.kesimpulan == "sebagian":
        return "Dikecualikan sebagian (dihitamkan)"
    return kesimpulan_text(item)


def legal_lines(item: InfoItem) -> list[str]:
    """Markup lines of the dasar hukum cell: the Pasal 17 citations, then other statutes."""
    lines: list[str] = []
    codes = list(item.dasar_hukum or [])
    if codes:
        lines.append("UU Nomor 14 Tahun 2008:")
        lines += [f"- {esc(legal_label(c))}" for c in codes]
    if item.dasar_hukum_lain:
        lines.append(esc(item.dasar_hukum_lain))
    return lines or [BLANK]


def exempt_items(items: list[InfoItem]) -> list[InfoItem]:
    return [i for i in items if i.kesimpulan in EXEMPT]


def head_of(opd_nama: str) -> str:
    """The jabatan of the head of a perangkat daerah, for "Yth." lines."""
    name = opd_nama.strip()
    lower = name.lower()
    if lower.startswith("kecamatan "):
        return "Camat " + name[len("kecamatan "):]
    if lower == "sekretariat daerah":
        return "Sekretaris Daerah"
    if lower == "sekretariat dprd":
        return "Sekretaris DPRD"
    if lower.startswith("inspektorat"):
        return "Inspektur" + name[len("inspektorat"):]
    if lower.startswith("rsud"):
        return "Direktur " + name
    return "Kepala " + name


# ----------------------------------------------------------------------------- signers
def _active(role: str):
    return (Official.select().where((Official.peran == role) & (Official.aktif == True))  # noqa: E712
            .order_by(Official.id))


def ppid_pembantu(ctx: Ctx) -> Official | None:
    return _active("ppid_pembantu").where(Official.opd == ctx.case.opd_id).first()


def ppid_utama(ctx: Ctx) -> Official | None:
    """The step-4 "pejabat yang menetapkan" if chosen, else the first active PPID Utama."""
    chosen = ctx.data(4).get("pejabat_penetap")
    if chosen:
        official = Official.get_or_none(Official.id == chosen)
        if official is not None:
            return official
    return _active("ppid_utama").first()


def atasan_ppid() -> Official | None:
    return _active("atasan_ppid").first()


def tim_pertimbangan() -> list[Official]:
    return list(_active("tim_pertimbangan"))
