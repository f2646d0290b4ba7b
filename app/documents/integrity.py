"""Each finalised document against the history event that finalised it.

A stored PDF and its stored SHA-256 can be replaced together with an outside tool, and the
forgery then matches itself. The finalisation event (hash-chained with the rest of the
history) still holds the kind, version, number and SHA-256 the document had when it was
finalised, so ``check`` and ``verify`` compare the two: a document whose event is missing or
says otherwise is named. (An attacker who also rewrites the history and rehashes its chain is
the subject of the office key, not of this module.)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.documents import read
from app.documents.model import DocumentInfo
from app.history import EventKind
from app.models import Document, Event


@dataclass(frozen=True)
class Finalisation:
    """What the finalisation event of a document recorded."""

    kode: str
    jenis: str
    versi: int | None
    nomor: str | None
    sha256: str
    case_id: int | None


def _finalisation(rincian: Any, case_id: int | None) -> Finalisation | None:
    if not isinstance(rincian, dict) or not isinstance(rincian.get("kode"), str):
        return None
    versi = rincian.get("versi")
    return Finalisation(
        kode=rincian["kode"],
        jenis=str(rincian.get("jenis") or ""),
        versi=versi if isinstance(versi, int) else None,
        nomor=rincian.get("nomor") if isinstance(rincian.get("nomor"), str) else None,
        sha256=str(rincian.get("sha256") or ""),
        case_id=case_id,
    )


def finalisations() -> dict[str, Finalisation]:
    """Every finalisation event, by verification code (the first event of a code wins: a code
    is finalised once)."""
    out: dict[str, Finalisation] = {}
    query = Event.select(Event.rincian, Event.case).where(
        Event.jenis == EventKind.DOCUMENT_FINALISED
    )
    for event in query.order_by(Event.id).iterator():
        found = _finalisation(event.rincian, event.case_id)
        if found is not None:
            out.setdefault(found.kode, found)
    return out


def mismatch(
    doc: DocumentInfo, event: Finalisation | None, require_event: bool = True
) -> str | None:
    """Why ``doc`` disagrees with its finalisation event (None: it agrees). Without
    ``require_event`` (a yearly archive, whose history is cut by year) a missing event is
    not a disagreement."""
    if event is None:
        return "tidak ada catatan finalisasinya di riwayat" if require_event else None
    reasons: list[str] = []
    if event.sha256 and event.sha256 != doc.sha256:
        reasons.append("isi PDF tersimpan berbeda dengan yang dicatat saat difinalkan")
    if event.jenis and event.jenis != doc.jenis:
        reasons.append(f"jenisnya tercatat {event.jenis}")
    if event.versi is not None and event.versi != doc.versi:
        reasons.append(f"versinya tercatat {event.versi}")
    if event.nomor != doc.nomor and not (event.nomor is None and not doc.nomor):
        reasons.append(f"nomornya tercatat {event.nomor or 'tanpa nomor'}")
    if event.case_id is not None and event.case_id != doc.case_id:
        reasons.append("tercatat untuk kasus lain")
    return "; ".join(reasons) or None


@dataclass(frozen=True)
class Disagreement:
    document: DocumentInfo
    reason: str


def disagreements(require_event: bool = True) -> list[Disagreement]:
    """Every stored document that disagrees with its finalisation event."""
    events = finalisations()
    found: list[Disagreement] = []
    for doc in read.documents_where(Document.id > 0):
        reason = mismatch(doc, events.get(doc.kode), require_event)
        if reason is not None:
            found.append(Disagreement(doc, reason))
    return found


def finalised_with_hash(sha256: str) -> DocumentInfo | None:
    """The stored document whose finalisation event recorded ``sha256``, whatever its stored
    copy holds now (a copy on paper or disk of a document replaced in the database)."""
    for event in finalisations().values():
        if event.sha256 == sha256:
            found = read.documents_where(Document.kode == event.kode)
            return found[0] if found else None
    return None


def event_of(doc: DocumentInfo) -> Finalisation | None:
    return finalisations().get(doc.kode)


def office_signature_problem(doc: DocumentInfo) -> str | None:
    """Why the stored document's office signature does not hold (``app.signing.office``):
    a document whose row, PDF hash and event were all rewritten together agrees with itself
    and with its event, but nobody without the key could sign it."""
    from app.signing.office import document_problem, trusted_public

    row = (
        Document.select(*[f for f in Document._meta.sorted_fields if f.name != "pdf"])
        .where(Document.id == doc.id)
        .first()
    )
    return None if row is None else document_problem(row, trusted_public())


# ----------------------------------------------------------------------------- register
def register_problems() -> list[str]:
    """Rows of the number register no event explains, and numbers printed on documents that
    the register does not hold. A number is written only by finalising (its document's
    event names it) or cancelled by an event of its own; anything else was written by
    another tool."""
    from app.models import NumberRegister
    from app.states import NumberStatus

    by_kode = finalisations()
    documents = {d.id: d for d in read.documents_where(Document.id > 0)}
    cancelled = set()
    for row in Event.select(Event.rincian).where(Event.jenis == EventKind.NUMBER_CANCELLED):
        if isinstance(row.rincian, dict) and isinstance(row.rincian.get("nomor"), str):
            cancelled.add(row.rincian["nomor"])
    problems: list[str] = []
    registered: set[str] = set()
    for entry in NumberRegister.select().order_by(NumberRegister.id):
        registered.add(entry.nomor)
        doc = documents.get(entry.document_id) if entry.document_id else None
        if doc is None:
            problems.append(f"nomor {entry.nomor}: tidak dipakai dokumen mana pun")
        elif doc.nomor != entry.nomor:
            problems.append(f"nomor {entry.nomor}: dokumennya bernomor {doc.nomor or '-'}")
        else:
            finalised = by_kode.get(doc.kode)
            if finalised is not None and finalised.nomor != entry.nomor:
                problems.append(f"nomor {entry.nomor}: tidak tercatat saat {doc.title} difinalkan")
        if entry.status == NumberStatus.CANCELLED and entry.nomor not in cancelled:
            problems.append(f"nomor {entry.nomor}: batal tanpa catatan pembatalan di riwayat")
    for doc in documents.values():
        if doc.nomor and doc.nomor not in registered:
            problems.append(f"{doc.describe}: nomornya tidak ada di register")
    return problems
