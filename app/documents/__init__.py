"""Official documents generated from the case data with ReportLab (no Qt).

The contract the rest of the application relies on:

- ``DOC_TYPES``: every document type, with the SOP step(s) it belongs to and whether it takes
  an outgoing number when finalised.
- ``render_document(doc_type, case_id, stamp=None) -> bytes``: the PDF. Without a ``stamp`` it
  is a draft (watermark "KONSEP", no number); with one it carries the number, date and the
  verification code (footer text and QR code), ready to be stored by ``app.document_store``.
- ``available_documents(case_id)``: the types whose step has started, in SOP order.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class DocType:
    key: str
    title: str
    steps: tuple[int, ...]  # the SOP steps this document is an output of
    numbered: bool  # takes an outgoing number when finalised


DOC_TYPES: dict[str, DocType] = {
    d.key: d
    for d in (
        DocType("laporan_identifikasi", "Laporan Hasil Identifikasi PPID Pembantu", (1,), True),
        DocType("ba_pembantu", "Berita Acara Uji Konsekuensi Tingkat PPID Pembantu", (1,), True),
        DocType("laporan_uji", "Laporan Hasil Uji Konsekuensi PPID Utama", (2,), True),
        DocType("ba_uji", "Berita Acara Hasil Uji Konsekuensi", (2,), True),
        DocType("lembar_pertimbangan", "Lembar Pertimbangan Tim Pertimbangan", (3,), True),
        DocType("penetapan", "Surat Penetapan Klasifikasi Informasi yang Dikecualikan", (4, 5),
                True),
        DocType("pemberitahuan", "Surat Pemberitahuan kepada PPID Pembantu", (6,), True),
        DocType("bukti_batas_waktu", "Bukti Perhitungan Batas Waktu", (1, 2, 3, 4, 5, 6),
                False),
    )
}


@dataclass(frozen=True)
class Stamp:
    """What finalisation adds to a document."""

    nomor: str | None  # outgoing number; None for unnumbered types
    tanggal: date
    kode: str  # verification code, e.g. "UJK-7F3A-9C21"
    versi: int = 1


def render_document(doc_type: str, case_id: int, stamp: Stamp | None = None) -> bytes:
    """The PDF of ``doc_type`` for the case. Without ``stamp``: a draft ("KONSEP" watermark,
    no number). Raises ``app.errors.ConflictError`` when the document's step has not started,
    ``app.errors.NotFound`` for an unknown case, ``ValueError`` for an unknown type."""
    from app.documents.render import render_document as _render

    return _render(doc_type, case_id, stamp)


def available_documents(case_id: int) -> list[DocType]:
    """The types whose earliest step has started for the case, in ``DOC_TYPES`` order; the
    deadline proof (bukti_batas_waktu) always."""
    from app.documents.render import available_documents as _available

    return _available(case_id)
