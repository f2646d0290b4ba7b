"""What every document needs from the case: the render context (the case's read model, the
document's place in the SOP, the finalised documents it may cite), escaping of user text,
the wording of dates, periods and legal bases, and who signs.

A document reads step data by field key through the SOP (``Ctx.value``), never by step
number: its own step when that step has the field, else the last earlier step that has it.
A revised SOP that renumbers or moves steps therefore changes no document.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import Any

from app import settings
from app.cases import wording
from app.cases.model import CaseDetail, CaseInfo, ItemInfo, OfficialInfo, StepRecordInfo
from app.documents import signers
from app.documents.dating import document_date
from app.documents.issuer import Issuer, Kop, issuer_of
from app.documents.model import DocumentInfo, Stamp
from app.documents.render.layout import NUMBER_PLACEHOLDER, PageSetup
from app.documents.render.styles import Styles
from app.documents.step_values import field_step
from app.refdata import legal_references
from app.settings import TEMPAT_DEFAULT
from app.settings.catalog import KUTIP_PASAL17
from app.sop import DocumentSpec, Step
from app.text import format_date, terbilang
from app.validation import parse_iso_date

BLANK = "……………"  # a value still to be written by hand
BLANK_DATE = "……………………"


@dataclass
class Ctx:
    """Everything a document module gets."""

    detail: CaseDetail
    spec: DocumentSpec
    finals: Mapping[str, DocumentInfo]  # the case's finalised documents, newest by kind
    stamp: Stamp | None
    page: PageSetup
    styles: Styles

    @property
    def case(self) -> CaseInfo:
        return self.detail.case

    @property
    def items(self) -> tuple[ItemInfo, ...]:
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

    # -- the document's step and the fields it reads ------------------------------------------
    @property
    def own_step(self) -> Step | None:
        return self.detail.sop.step(self.spec.step) if self.spec.step is not None else None

    @property
    def own_record(self) -> StepRecordInfo | None:
        step = self.own_step
        return self.detail.latest_record(step.number) if step is not None else None

    def steps_through_own(self) -> list[Step]:
        """The steps up to and including the document's own (all of them for a case
        document)."""
        last = self.spec.step
        return [s for s in self.detail.sop.steps if last is None or s.number <= last]

    def has_field(self, key: str) -> bool:
        step = self.own_step
        return step is not None and key in step.fields

    def step_of_field(self, key: str, at: str | None = None) -> Step | None:
        """The step whose ``key`` this document reads (``at``: the step that issues the
        document of that kind instead of this one)."""
        sop = self.detail.sop
        spec = sop.document(at) if at is not None else self.spec
        if spec is None:
            return sop.step_with_field(key)
        return field_step(self.detail, spec, key)

    def value(self, key: str, at: str | None = None) -> Any:
        step = self.step_of_field(key, at)
        rec = self.detail.latest_record(step.number) if step is not None else None
        return rec.data.get(key) if rec is not None else None

    def text(self, key: str, at: str | None = None) -> str:
        value = self.value(key, at)
        return "" if value is None else str(value)

    # In this class ``date`` names this method, so the type is spelled ``datetime.date``.
    def date(self, key: str, at: str | None = None) -> datetime.date | None:
        try:
            return parse_iso_date(self.value(key, at))
        except ValueError:
            return None

    @property
    def attended(self) -> tuple[OfficialInfo, ...]:
        """Who attended the meeting of the document's step."""
        return self.detail.attended(self.spec.step) if self.spec.step is not None else ()

    @property
    def dated(self) -> datetime.date | None:
        """The document's own date: the stamp's; a draft shows the day it will carry (the day
        of the event it records, ``app.documents.dating``), or None while that event is not
        recorded yet."""
        if self.stamp is not None:
            return self.stamp.tanggal
        when = document_date(self.detail, self.spec, self.finals)
        return when.proposed if when.known else None

    @cached_property
    def issuer(self) -> Issuer:
        return issuer_of(self.detail, self.spec)

    @property
    def kop(self) -> Kop:
        return self.issuer.kop

    @property
    def tempat(self) -> str:
        return settings.value(TEMPAT_DEFAULT)


# ----------------------------------------------------------------------------- text
def esc(text: object) -> str:
    """User text as Paragraph markup: ``& < >`` escaped, line breaks kept. (As
    ``xml.sax.saxutils.escape``, which would bring urllib, http and ssl into the process.)"""
    value = "" if text is None else str(text)
    value = value.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
    return value.replace("\r\n", "\n").replace("\n", "<br/>")


def date_text(value: date | None) -> str:
    return format_date(value) if value else BLANK_DATE


def count_text(n: int) -> str:
    """``3 (tiga)``."""
    return f"{n} ({terbilang(n)})"


def jangka_text(item: ItemInfo, conclusion: bool = False) -> str:
    """The jangka waktu cell; ``conclusion``: the table also shows the test's conclusion, so a
    *terbuka* item has no jangka waktu."""
    if conclusion:
        return wording.exemption_period_text(item, blank=BLANK)
    return wording.period_text(item, blank=BLANK)


kesimpulan_text = wording.conclusion_text
klasifikasi_text = wording.classification_text
exempt_items = wording.exempt_items


def pasal17_quotes() -> dict[str, str] | None:
    """The text of every Pasal 17 huruf and angka by code ("17.h.2"), as the office keeps it
    (``LegalReference``), when the setting asks the Berita Acara to quote them; else None."""
    if not settings.value(KUTIP_PASAL17):
        return None
    return {ref.code: ref.text for ref in legal_references()}


def legal_lines(item: ItemInfo, quotes: Mapping[str, str] | None = None) -> list[str]:
    """Markup lines of the dasar hukum cell: the Pasal 17 citations, then other statutes.
    ``quotes``: the text of each cited huruf or angka, quoted under its citation."""
    lines: list[str] = []
    citations = wording.legal_citations(item)
    if citations:
        lines.append("UU Nomor 14 Tahun 2008:")
        for code, citation in zip(item.dasar_hukum, citations, strict=True):
            lines.append(f"- {esc(citation)}")
            if quotes and quotes.get(code):
                lines.append(f"<i>“{esc(quotes[code])}”</i>")
    if item.dasar_hukum_lain:
        lines.append(esc(item.dasar_hukum_lain))
    return lines or [BLANK]


def head_of(opd_nama: str) -> str:
    """The jabatan of the head of a perangkat daerah, for "Yth." lines."""
    name = opd_nama.strip()
    lower = name.lower()
    if lower.startswith("kecamatan "):
        return "Camat " + name[len("kecamatan ") :]
    if lower == "sekretariat daerah":
        return "Sekretaris Daerah"
    if lower == "sekretariat dprd":
        return "Sekretaris DPRD"
    if lower.startswith("inspektorat"):
        return "Inspektur" + name[len("inspektorat") :]
    if lower.startswith("rsud"):
        return "Direktur " + name
    return "Kepala " + name


# ----------------------------------------------------------------------------- signers
# Who signs lives in app.documents.signers (readiness refuses a document nobody would sign).
def ppid_pembantu(ctx: Ctx) -> OfficialInfo | None:
    return signers.ppid_pembantu(ctx.detail)


def ppid_utama(ctx: Ctx) -> OfficialInfo | None:
    return signers.ppid_utama(ctx.detail, ctx.spec)


atasan_ppid = signers.atasan_ppid
tim_pertimbangan = signers.tim_pertimbangan
