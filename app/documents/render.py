"""Dispatch: which document types a case can have now, and rendering one to PDF bytes."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable

from app.documents import (
    DOC_TYPES,
    DocType,
    Stamp,
    batas_waktu,
    berita_acara,
    laporan,
    pemberitahuan,
    penetapan,
    pertimbangan,
)
from app.documents.common import Ctx
from app.documents.layout import build_pdf, page_setup
from app.documents.styles import get_styles
from app.errors import ConflictError
from app.models import StepRecord
from app.workflow import case_detail, get_case

ALWAYS = frozenset({"bukti_batas_waktu"})

BUILDERS: dict[str, Callable[[Ctx], list[Flowable]]] = {
    "laporan_identifikasi": laporan.build_identifikasi,
    "ba_pembantu": berita_acara.build_pembantu,
    "laporan_uji": laporan.build_uji,
    "ba_uji": berita_acara.build_uji,
    "lembar_pertimbangan": pertimbangan.build,
    "penetapan": penetapan.build,
    "pemberitahuan": pemberitahuan.build,
    "bukti_batas_waktu": batas_waktu.build,
}


def _started_steps(case_id: int) -> set[int]:
    return {r.tahap for r in StepRecord.select(StepRecord.tahap)
            .where(StepRecord.case == case_id).distinct()}


def available_documents(case_id: int) -> list[DocType]:
    get_case(case_id)  # NotFound for an unknown case
    started = _started_steps(case_id)
    return [d for d in DOC_TYPES.values()
            if d.key in ALWAYS or started.intersection(d.steps)]


def _doc_type(doc_type: str) -> DocType:
    try:
        return DOC_TYPES[doc_type]
    except KeyError:
        raise ValueError(f"unknown document type {doc_type!r}") from None


def render_document(doc_type: str, case_id: int, stamp: Stamp | None = None) -> bytes:
    kind = _doc_type(doc_type)
    detail = case_detail(case_id)
    if kind.key not in ALWAYS and not {r.tahap for r in detail.steps}.intersection(kind.steps):
        first = min(kind.steps)
        raise ConflictError(
            f"{kind.title} belum dapat dibuat: tahap {first} "
            f"({detail.sop.step(first).title}) kasus {detail.case.nomor} belum dimulai.")
    ctx = Ctx(detail=detail, stamp=stamp, page=page_setup(), styles=get_styles())
    story = BUILDERS[kind.key](ctx)
    title = f"{kind.title} — {detail.case.nomor}"
    return build_pdf(story, ctx.page, stamp, title=title, subject=detail.case.judul)
