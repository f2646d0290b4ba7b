"""ReportLab renderers: one module per kind of document, sharing the page layout, the kop,
signature blocks and tables. ``render_document`` is the one way in.

A renderer gets a ``Ctx`` (``common``) with the case's read model, the document's entry in
the case's SOP and the finalised documents it may cite; it never queries the store itself.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable

from app.cases.model import CaseDetail
from app.cases.read import case_detail
from app.documents import read
from app.documents.model import Stamp
from app.documents.render import (
    batas_waktu,
    berita_acara,
    laporan,
    pemberitahuan,
    penetapan,
    pertimbangan,
)
from app.documents.render.common import Ctx
from app.documents.render.layout import build_pdf, page_setup
from app.documents.render.styles import get_styles
from app.errors import ConflictError

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


def render_document(
    kind: str, case_id: int, stamp: Stamp | None = None, detail: CaseDetail | None = None
) -> bytes:
    """The PDF of ``kind`` for the case. Without ``stamp``: a draft ("KONSEP" watermark, no
    number). ``detail``: the case as already read (read here otherwise). Raises
    ``ConflictError`` when the case's SOP has no such document or its step has not started,
    ``NotFound`` for an unknown case."""
    detail = detail or case_detail(case_id)
    spec = detail.sop.document(kind)
    if spec is None or kind not in BUILDERS:
        raise ConflictError(
            f"SOP versi {detail.sop.version} kasus {detail.case.nomor} tidak "
            f'mengenal dokumen "{kind}".'
        )
    if spec.listed_from is not None and spec.listed_from not in detail.started_steps():
        first = detail.sop.step(spec.listed_from)
        raise ConflictError(
            f"{spec.title} belum dapat dibuat: tahap {first.number} ({first.title}) kasus "
            f"{detail.case.nomor} belum dimulai."
        )
    ctx = Ctx(
        detail=detail,
        spec=spec,
        finals=read.finals_of(case_id),
        stamp=stamp,
        page=page_setup(),
        styles=get_styles(),
    )
    story = BUILDERS[kind](ctx)
    title = f"{spec.title} — {detail.case.nomor}"
    return build_pdf(
        story,
        ctx.page,
        stamp,
        title=title,
        subject=detail.case.judul,
        created=stamp.created if stamp is not None else None,
    )
