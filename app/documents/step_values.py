"""Reading a step field for a document: through the SOP, never by step number. The value is
the document's own step's when that step has the field, else the last earlier step's that has
it, so a revised SOP that renumbers or moves steps changes no document."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.cases.model import CaseDetail
from app.sop import DocumentSpec, Step
from app.validation import parse_iso_date


def field_step(detail: CaseDetail, spec: DocumentSpec, key: str) -> Step | None:
    sop = detail.sop
    if spec.step is None:
        return sop.step_with_field(key)
    own = sop.step(spec.step)
    return own if key in own.fields else sop.step_with_field(key, before=spec.step)


def field_value(detail: CaseDetail, spec: DocumentSpec, key: str) -> Any:
    step = field_step(detail, spec, key)
    rec = detail.latest_record(step.number) if step is not None else None
    return rec.data.get(key) if rec is not None else None


def field_date(detail: CaseDetail, spec: DocumentSpec, key: str) -> date | None:
    try:
        return parse_iso_date(field_value(detail, spec, key))
    except ValueError:
        return None
