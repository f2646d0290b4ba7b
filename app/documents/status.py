"""Is a finalised document still in force? The one answer, used by the verification (of a
PDF and of a code), the Dokumen tab and the register of outgoing numbers.

- **asli**: the document is in force.
- **digantikan**: a newer version of the same kind in the same case was finalised (a
  correction); the newest version is the one in force, and is named.
- **dibatalkan**: the document's outgoing number was cancelled in the register
  (``NumberStatus.CANCELLED``). This wins over *digantikan*: a cancelled number makes the
  paper void whatever came after it. Both facts are still said in ``sentence``.

A finalised document itself never changes; its status is read from the rows written after it
(newer versions, the register), so it is computed, never stored.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app.documents import numbering, read
from app.documents.model import DocumentInfo
from app.documents.numbering import RegisterEntry
from app.models import Document, NumberRegister
from app.phrases import joined, label, phrase
from app.states import DocumentStatus, NumberStatus

_CHUNK = 500  # ids per IN (...): far below SQLite's limit on bound parameters


@dataclass(frozen=True)
class Standing:
    """The status of one finalised document, with what decides it."""

    status: DocumentStatus
    document: DocumentInfo
    newest: DocumentInfo | None = None  # the newest version of its kind, when newer than it
    alasan_batal: str = ""  # why its number was cancelled

    @property
    def in_force(self) -> bool:
        return self.status == DocumentStatus.ORIGINAL

    @property
    def replaced(self) -> bool:
        return self.newest is not None

    @property
    def replacement_text(self) -> str:
        """ "versi 2 nomor … tanggal 25 November 2026" of the version in force, or ""."""
        new = self.newest
        if new is None:
            return ""
        if new.nomor:
            return phrase(
                "versi {versi} nomor {nomor} tanggal {tanggal}",
                versi=new.versi,
                nomor=new.nomor,
                tanggal=new.tanggal,
            )
        return phrase("versi {versi} tanggal {tanggal}", versi=new.versi, tanggal=new.tanggal)

    @property
    def sentence(self) -> str:
        """What a reader of the paper must know, in one or two Indonesian sentences (a
        phrase: the window says it in its language)."""
        doc, parts = self.document, []
        if self.status == DocumentStatus.CANCELLED:
            if self.alasan_batal:
                parts.append(
                    phrase(
                        "DIBATALKAN: nomor {nomor} telah dibatalkan di register: {alasan}. "
                        "Dokumen ini tidak berlaku.",
                        nomor=doc.nomor,
                        alasan=self.alasan_batal.rstrip("."),
                    )
                )
            else:
                parts.append(
                    phrase(
                        "DIBATALKAN: nomor {nomor} telah dibatalkan di register. Dokumen ini "
                        "tidak berlaku.",
                        nomor=doc.nomor,
                    )
                )
        if self.newest is not None:
            reason = self.newest.alasan_koreksi.rstrip(".")
            if reason:
                parts.append(
                    phrase(
                        "DIGANTIKAN: dokumen ini sudah digantikan oleh {pengganti} dengan "
                        "alasan: {alasan}. Yang berlaku adalah versi {versi}.",
                        pengganti=self.replacement_text,
                        alasan=reason,
                        versi=self.newest.versi,
                    )
                )
            else:
                parts.append(
                    phrase(
                        "DIGANTIKAN: dokumen ini sudah digantikan oleh {pengganti}. Yang "
                        "berlaku adalah versi {versi}.",
                        pengganti=self.replacement_text,
                        versi=self.newest.versi,
                    )
                )
        if not parts:
            return label(
                "Dokumen ini BERLAKU: tidak ada versi yang lebih baru dan nomornya tidak "
                "dibatalkan."
            )
        return joined(parts, " ")


def _chunks(values: Iterable, size: int = _CHUNK) -> Iterable[list]:
    items = list(values)
    for start in range(0, len(items), size):
        yield items[start : start + size]


def standings(docs: Sequence[DocumentInfo]) -> dict[int, Standing]:
    """The status of each document, by document id: one query for the versions of their
    cases and one for their numbers in the register (per 500 documents)."""
    newest: dict[tuple[int, str], DocumentInfo] = {}
    for ids in _chunks({d.case_id for d in docs}):
        for other in read.documents_where(Document.case.in_(ids)):
            key = (other.case_id, other.jenis)
            if key not in newest or other.versi > newest[key].versi:
                newest[key] = other
    cancelled: dict[str, str] = {}
    for nomors in _chunks({d.nomor for d in docs if d.nomor}):
        query = NumberRegister.select(NumberRegister.nomor, NumberRegister.alasan_batal).where(
            NumberRegister.nomor.in_(nomors)
            & (NumberRegister.status == NumberStatus.CANCELLED.value)
        )
        cancelled |= {r.nomor: r.alasan_batal or "" for r in query}
    out: dict[int, Standing] = {}
    for doc in docs:
        top = newest.get((doc.case_id, doc.jenis))
        later = top if top is not None and top.versi > doc.versi else None
        if doc.nomor in cancelled:
            status = DocumentStatus.CANCELLED
        elif later is not None:
            status = DocumentStatus.REPLACED
        else:
            status = DocumentStatus.ORIGINAL
        out[doc.id] = Standing(status, doc, later, cancelled.get(doc.nomor or "", ""))
    return out


def standing(doc: DocumentInfo) -> Standing:
    """``standings`` of one document."""
    return standings([doc])[doc.id]


# ----------------------------------------------------------------------------- the register
@dataclass(frozen=True)
class RegisterRow:
    """A number of the register with the document that carries it and that document's
    status."""

    entry: RegisterEntry
    document: DocumentInfo | None
    standing: Standing | None

    @property
    def status(self) -> str:
        """ "Batal", "Digantikan" or "Dipakai"."""
        if self.entry.status == NumberStatus.CANCELLED:
            return "Batal"
        if self.standing is not None and self.standing.replaced:
            return "Digantikan"
        return "Dipakai"

    @property
    def live(self) -> bool:
        return self.status == "Dipakai"

    @property
    def note(self) -> str:
        """Why a number is not in use any more."""
        parts: list[str] = []
        if self.entry.status == NumberStatus.CANCELLED:
            parts.append(self.entry.alasan_batal)
        if self.standing is not None and self.standing.newest is not None:
            parts.append(
                phrase("Digantikan oleh {pengganti}", pengganti=self.standing.replacement_text)
            )
        return joined([p for p in parts if p], "; ")


def register_rows(year: int | None = None, doc_type: str | None = None) -> list[RegisterRow]:
    """``numbering.list_register`` with each number's document and its status."""
    entries = numbering.list_register(year, doc_type)
    docs: dict[int, DocumentInfo] = {}
    for ids in _chunks({e.document_id for e in entries if e.document_id is not None}):
        docs |= {d.id: d for d in read.documents_where(Document.id.in_(ids))}
    status = standings(list(docs.values()))
    rows = []
    for e in entries:
        doc = docs.get(e.document_id) if e.document_id is not None else None
        rows.append(RegisterRow(e, doc, status.get(doc.id) if doc is not None else None))
    return rows
