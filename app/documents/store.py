"""Finalised documents, their verification, scans of signed copies, and the print record.

Finalising a document is two steps so that the window never renders on its GUI thread and
the write lock is held only to store:

1. ``prepare_finalisation`` (slow, writes nothing, may run on a worker thread): checks the
   acting account, the permission and the document's readiness (``app.documents.readiness``),
   predicts the outgoing number, draws a verification code and renders the stamped PDF.
2. ``store_finalisation`` (fast, one transaction): re-checks the account and permission, makes
   sure nothing was written since the render (the history's newest event is the same; every
   change writes one) and that the number is still the predicted one, then stores the PDF
   with its SHA-256, the number in the register and the history event.

``finalise`` does both (the command line, the tests). A finalised document is never changed:
there is no update function. A correction is a new version with a new number and a reason,
that names the version it replaces.

Anyone holding a paper or PDF copy can check it (``verify_pdf``): an exact copy matches a
stored SHA-256; a changed copy that still carries a known verification code in its text is
reported as changed; anything else is unknown to this database.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import re
import secrets
import stat
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PureWindowsPath

from peewee import fn

from app import history
from app.capabilities import authorize, step_context
from app.cases.model import CaseDetail
from app.cases.read import case_detail
from app.changes import ChangeSet
from app.clock import now_utc
from app.documents import dating, integrity, numbering, read
from app.documents.issuer import Issuer, issuer_of
from app.documents.model import DocumentInfo, Stamp
from app.documents.readiness import readiness
from app.documents.status import Standing, standing
from app.errors import ConflictError, FieldProblem, NotFound, ValidationError
from app.history import EventKind
from app.models import Attachment, Case, Document, Event, NumberRegister, database
from app.permissions import Action, Actor
from app.signing.office import document_signature
from app.sop import DocumentSpec
from app.states import DocumentStatus
from app.text import format_date, format_size
from app.validation import LONG_TEXT_MAX, SHORT_TEXT_MAX, check_text, clean_text

# Verification codes: Crockford's base-32 digits without 0 and 1 (it already leaves out I, L,
# O and U), so a code read off paper cannot be mistyped between look-alike characters.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_PREFIX = "UJK"
CODE_RE = re.compile(
    rf"{CODE_PREFIX}\s*-\s*([{CODE_ALPHABET}]{{4}})\s*-\s*([{CODE_ALPHABET}]{{4}})"
)

SCAN_MAX_BYTES = 25 * 1024 * 1024
SCAN_TYPES = (  # (magic bytes, mime, label)
    (b"%PDF", "application/pdf", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "image/png", "PNG"),
    (b"\xff\xd8\xff", "image/jpeg", "JPEG"),
)
VERIFY_MAX_PAGES = 50  # every page carries the code in its footer; the first few suffice
STORE_ATTEMPTS = 3  # renders retried when the case changed meanwhile


def _spec(detail: CaseDetail, kind: str) -> DocumentSpec:
    spec = detail.sop.document(kind)
    if spec is None:
        raise ValidationError(
            FieldProblem(
                "jenis", f'Jenis dokumen "{kind}" tidak dikenal SOP versi {detail.sop.version}.'
            )
        )
    return spec


def _context(detail: CaseDetail, spec: DocumentSpec):
    step = detail.sop.step(spec.step) if spec.step is not None else None
    return step_context(detail.case, step)


# --------------------------------------------------------------------------- codes
def new_verification_code() -> str:
    """A fresh code such as ``UJK-7F3A-9C2K`` (30^8 ≈ 6.6 × 10^11 possibilities), not yet used
    by any stored document."""
    for _ in range(100):
        body = "".join(secrets.choice(CODE_ALPHABET) for _ in range(8))
        code = f"{CODE_PREFIX}-{body[:4]}-{body[4:]}"
        if not Document.select().where(Document.kode == code).exists():
            return code
    raise RuntimeError("no unused verification code after 100 attempts")


# --------------------------------------------------------------------------- drafts
def preview(case_id: int, kind: str) -> bytes:
    """A draft of the document (no number, no code), ready or not. Drafts are never
    stored."""
    from app.documents.render import render_document

    detail = case_detail(case_id)
    _spec(detail, kind)
    return render_document(kind, case_id, detail=detail)


# --------------------------------------------------------------------------- finalising
@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf logs warnings about damaged files; a verification reports them its own way."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def _page_count(pdf: bytes) -> int:
    from pypdf import PdfReader

    with _quiet_pypdf():
        return len(PdfReader(io.BytesIO(pdf)).pages)


def _last_event_id() -> int:
    return Event.select(fn.MAX(Event.id)).scalar() or 0


@dataclass(frozen=True)
class PreparedDocument:
    """A stamped PDF rendered from the case as it was at ``snapshot`` (the newest history
    event then), waiting to be stored."""

    case_id: int
    kind: str
    title: str
    versi: int
    nomor: str | None
    tanggal: date
    kode: str
    pdf: bytes
    sha256: str
    pages: int
    reason: str
    replaces: int | None
    snapshot: int
    register: str = numbering.OFFICE_REGISTER  # whose register numbers it
    outside_number: bool = False  # ``nomor`` was given outside Ujikon


class StaleRender(Exception):
    """The case or the register changed after the PDF was rendered; render again."""


def _checked(
    actor: Actor,
    detail: CaseDetail,
    spec: DocumentSpec,
    finals: dict[str, DocumentInfo],
    tanggal: date | None,
    reason: str,
    nomor_luar: str,
) -> tuple[date, Issuer, bool, DocumentInfo | None]:
    """Every check of a finalisation short of rendering: (the date, the issuer, whether the
    number comes from outside, the version it replaces). Raises what refuses it."""
    authorize(actor, Action.FINALISE_DOCUMENT, _context(detail, spec))
    readiness(detail, spec, finals).require()
    tanggal = tanggal or dating.document_date(detail, spec, finals).proposed
    problems = dating.date_problems(detail, spec, finals, tanggal)
    previous = finals.get(spec.kind)
    if previous is not None:
        if not reason:
            problems.append(
                FieldProblem(
                    "alasan_koreksi",
                    f"Alasan koreksi wajib diisi: {spec.title} sudah difinalkan (versi "
                    f"{previous.versi}); versi baru menggantikannya dengan nomor baru.",
                )
            )
        check_text(
            problems,
            "alasan_koreksi",
            "Alasan koreksi",
            reason,
            max_len=LONG_TEXT_MAX,
            multiline=True,
        )
    issuer = issuer_of(detail, spec)
    outside = spec.numbered and issuer.outside_number
    if outside:
        problems += numbering.outside_number_problems(nomor_luar, tanggal)
    if problems:
        raise ValidationError(problems)
    return tanggal, issuer, outside, previous


def check_finalisation(
    actor: Actor,
    case_id: int,
    kind: str,
    tanggal: date | None = None,
    reason: str = "",
    nomor_luar: str = "",
) -> None:
    """Raise what ``prepare_finalisation`` would refuse, without rendering (the finalise
    dialog asks before it closes, so a wrong field is marked while the dialog is open)."""
    with database.atomic("DEFERRED"):
        detail = case_detail(case_id)
        spec = _spec(detail, kind)
        _checked(
            actor,
            detail,
            spec,
            read.finals_of(case_id),
            tanggal,
            clean_text(reason),
            clean_text(nomor_luar),
        )


def prepare_finalisation(
    actor: Actor,
    case_id: int,
    kind: str,
    tanggal: date | None = None,
    reason: str = "",
    nomor_luar: str = "",
) -> PreparedDocument:
    """Check and render, writing nothing (see the module docstring). ``tanggal``: the
    document's date (None: the day of the event it records, ``app.documents.dating``);
    ``nomor_luar``: the number the Bagian Hukum gave, for a penetapan numbered outside
    Ujikon. Raises the ``UserError`` that refuses it: permission, readiness
    (``DocumentNotReady`` naming what is missing), a date the document may not carry, a
    missing or clashing outside number, a correction without a reason."""
    from app.documents.render import render_document

    reason = clean_text(reason)
    nomor_luar = clean_text(nomor_luar)
    with database.atomic("DEFERRED"):  # one snapshot for the checks and the render
        snapshot = _last_event_id()
        detail = case_detail(case_id)
        spec = _spec(detail, kind)
        finals = read.finals_of(case_id)
        tanggal, issuer, outside, previous = _checked(
            actor, detail, spec, finals, tanggal, reason, nomor_luar
        )
        versi = previous.versi + 1 if previous else 1
        nomor: str | None = None
        if outside:
            nomor = nomor_luar
        elif spec.numbered:
            nomor = numbering.next_number(kind, tanggal, issuer.register, issuer.opd)[1]
        kode = new_verification_code()
        # The PDF's creation date is the moment it is finalised (its printed date is the
        # event's: ``tanggal``).
        stamp = Stamp(nomor, tanggal, kode, versi, reason, created=now_utc())
        pdf = render_document(kind, case_id, stamp, detail=detail)
    if not isinstance(pdf, bytes | bytearray) or not bytes(pdf).startswith(b"%PDF"):
        raise RuntimeError(f"render_document({kind!r}) did not return PDF bytes")
    pdf = bytes(pdf)
    return PreparedDocument(
        case_id,
        kind,
        spec.title,
        versi,
        nomor,
        tanggal,
        kode,
        pdf,
        hashlib.sha256(pdf).hexdigest(),
        _page_count(pdf),
        reason if previous else "",
        previous.id if previous else None,
        snapshot,
        issuer.register,
        outside,
    )


def store_finalisation(actor: Actor, prepared: PreparedDocument) -> ChangeSet:
    """Store a prepared document in one short transaction. Raises ``StaleRender`` when
    anything was written since it was rendered (prepare it again)."""
    p = prepared
    with database.atomic():
        if _last_event_id() != p.snapshot:
            raise StaleRender()
        detail = case_detail(p.case_id)
        authorize(actor, Action.FINALISE_DOCUMENT, _context(detail, _spec(detail, p.kind)))
        nomor = None
        if p.nomor is not None and p.outside_number:
            nomor = numbering.record_outside_number(p.kind, p.tanggal, p.nomor).nomor
        elif p.nomor is not None:
            issuer = issuer_of(detail, _spec(detail, p.kind))
            if issuer.register != p.register:
                raise StaleRender()
            entry = numbering.assign_number(p.kind, p.tanggal, issuer.register, issuer.opd)
            if entry.nomor != p.nomor:
                raise StaleRender()
            nomor = entry.nomor
        if Document.select().where(Document.kode == p.kode).exists():
            raise StaleRender()
        doc = Document.create(
            case=p.case_id,
            jenis=p.kind,
            versi=p.versi,
            nomor=nomor,
            tanggal=p.tanggal,
            kode=p.kode,
            sha256=p.sha256,
            pdf=p.pdf,
            halaman=p.pages,
            menggantikan=p.replaces,
            alasan_koreksi=p.reason,
            dibuat_oleh=actor.name,
            dibuat_peran=actor.role,
            created_at=now_utc(),
        )
        if nomor is not None:
            NumberRegister.update(document=doc).where(NumberRegister.nomor == nomor).execute()
        Case.update(updated_at=now_utc()).where(Case.id == p.case_id).execute()
        summary = f"{p.title} versi {p.versi} difinalkan"
        if nomor:
            summary += f", nomor {nomor}"
        summary += f", kode verifikasi {p.kode}"
        if p.replaces is not None:
            summary += f"; menggantikan versi {p.versi - 1}: {p.reason}"
        event = history.record(
            EventKind.DOCUMENT_FINALISED,
            summary,
            actor,
            p.case_id,
            {
                "jenis": p.kind,
                "versi": p.versi,
                "nomor": nomor,
                "kode": p.kode,
                "sha256": p.sha256,
                "menggantikan": p.replaces,
                "siap": True,
            },
        )
        signature = document_signature(doc, event)  # names the event: the head right after
        Document.update(tanda_tangan=signature).where(Document.id == doc.id).execute()
    return ChangeSet(
        case_id=p.case_id, documents=True, history=True, document=read.document(doc.id)
    )


def finalise(
    actor: Actor,
    case_id: int,
    kind: str,
    tanggal: date | None = None,
    reason: str = "",
    nomor_luar: str = "",
) -> ChangeSet:
    """Finalise ``kind`` of the case: number it (numbered types), stamp it with a new
    verification code and store the PDF. If the type was finalised before, this is a
    correction: ``reason`` is required and the new version gets a new number.
    ``ChangeSet.document`` is the finalised document."""
    for _attempt in range(STORE_ATTEMPTS):
        prepared = prepare_finalisation(actor, case_id, kind, tanggal, reason, nomor_luar)
        try:
            return store_finalisation(actor, prepared)
        except StaleRender:
            continue
    raise ConflictError("Data kasus terus berubah selama dokumen dibuat; ulangi sebentar lagi.")


# --------------------------------------------------------------------------- verifying
# The result of a check. ``status`` is the verdict: an identical PDF or a known code gives the
# document's own status (``app.documents.status``: asli, digantikan, dibatalkan); a PDF whose
# content differs from the stored one is "diubah"; anything else is "tidak_dikenal".
CODE_MAX_INPUT = 200  # characters; a scanner types about 20 (``UJIKON:UJK-XXXX-XXXX``)
QR_PREFIX = "UJIKON"  # what the QR code holds before the code (render/layout.py)
# Typed between the parts of a code, or by a scanner whose Shift state is off ("_" for "-",
# ";" for ":"): dropped. Anything else that is not a letter or a digit refuses the input.
CODE_SEPARATORS = frozenset("-_:;./\u2010\u2011\u2012\u2013\u2014\u2015\u2212")
# Characters never part of a code and what they usually were on the paper. None is mapped:
# each stands for more than one allowed character (and a guess that happened to land on
# another stored code would report that document), so the reader is told where to look.
EXCLUDED_HINTS = {
    "0": "huruf D atau Q",
    "O": "huruf D atau Q",
    "1": "angka 7 atau huruf J atau T",
    "I": "angka 7 atau huruf J atau T",
    "L": "angka 7 atau huruf J atau T",
    "U": "huruf V",
}


@dataclass(frozen=True)
class VerifyResult:
    status: str  # "asli" | "digantikan" | "dibatalkan" | "diubah" | "tidak_dikenal"
    document: DocumentInfo | None
    message: str  # Indonesian, for the user
    standing: Standing | None = None  # the document's status, when a document was found

    @property
    def details(self) -> list[tuple[str, str]]:
        """(label, value) of the document found, the same in the window and on the command
        line."""
        doc, st = self.document, self.standing
        if doc is None or st is None:
            return []
        if st.status == DocumentStatus.CANCELLED:
            state = "dibatalkan" + (f" ({st.alasan_batal})" if st.alasan_batal else "")
            if st.newest is not None:
                state += f"; digantikan oleh {st.replacement_text}"
        elif st.newest is not None:
            state = f"digantikan oleh {st.replacement_text}"
        else:
            state = "asli (berlaku)"
        return [
            ("Jenis dokumen", doc.title),
            ("Nomor", doc.nomor or "tanpa nomor"),
            ("Tanggal", format_date(doc.tanggal)),
            ("Kasus", doc.case_nomor),
            ("Versi", str(doc.versi)),
            ("Kode verifikasi", doc.kode),
            ("Status", state),
        ]


UNKNOWN_TEXT = "Bukan dokumen Ujikon yang difinalkan di basis data ini."


def _found(doc: DocumentInfo, lead: str, lead_void: str, tail: str = "") -> VerifyResult:
    """The verdict on a document found by its content or its code: its own status
    (``lead_void`` opens the message of a document no longer in force)."""
    st = standing(doc)
    if st.in_force:
        message = f"{lead}{doc.describe}, bertanggal {format_date(doc.tanggal)}."
    else:
        message = (
            f"{lead_void}{doc.describe}, bertanggal {format_date(doc.tanggal)}, tetapi dokumen "
            f"ini tidak berlaku lagi. {st.sentence}"
        )
    return VerifyResult(st.status.value, doc, message + tail, st)


def _pdf_text(data: bytes) -> str | None:
    """The text of the first pages, or None when ``data`` is not a readable PDF."""
    try:
        from pypdf import PdfReader

        with _quiet_pypdf():
            reader = PdfReader(io.BytesIO(data))
            texts: list[str] = []
            for i, page in enumerate(reader.pages):
                if i >= VERIFY_MAX_PAGES:
                    break
                try:
                    texts.append(page.extract_text() or "")
                except Exception:  # one broken page must not stop the check
                    continue
            return "\n".join(texts)
    except Exception:  # a damaged or hostile file is simply unknown
        return None


def verify_pdf(data: bytes) -> VerifyResult:
    """Check a copy of a document against the stored ones. Never raises for bad input."""
    digest = hashlib.sha256(data).hexdigest()
    found = read.documents_where(Document.sha256 == digest)
    if found:
        doc = found[0]
        problem = integrity.mismatch(doc, integrity.event_of(doc)) or (
            integrity.office_signature_problem(doc)
        )
        if problem is not None:  # the stored copy and its hash were replaced together
            return VerifyResult(
                "diubah",
                doc,
                f"JANGAN PERCAYAI berkas ini: isinya sama dengan salinan {doc.describe} yang "
                f"tersimpan, tetapi salinan tersimpan itu tidak cocok dengan catatan "
                f"finalisasinya di riwayat ({problem}). Dokumen di basis data telah diganti di "
                "luar Ujikon; periksa basis data (Berkas → Periksa keutuhan basis data).",
                standing(doc),
            )
        return _found(doc, "Dokumen asli: ", "Salinan asli dari ")
    original = integrity.finalised_with_hash(digest)
    if original is not None:  # the genuine copy of a document replaced in the database
        return _found(
            original,
            "Dokumen asli (menurut catatan finalisasinya): ",
            "Salinan asli dari ",
            " Perhatian: salinan PDF yang tersimpan di basis data untuk dokumen ini telah "
            "diganti di luar Ujikon; periksa basis data (Berkas → Periksa keutuhan basis data).",
        )
    if b"%PDF" not in data[:1024]:
        return VerifyResult("tidak_dikenal", None, f"Berkas ini bukan PDF. {UNKNOWN_TEXT}")
    text = _pdf_text(data)
    if text is None:
        return VerifyResult(
            "tidak_dikenal", None, f"Berkas ini bukan PDF yang dapat dibaca. {UNKNOWN_TEXT}"
        )
    codes = list(dict.fromkeys(f"{CODE_PREFIX}-{a}-{b}" for a, b in CODE_RE.findall(text.upper())))
    for code in codes:
        found = read.documents_where(Document.kode == code)
        if found:
            doc = found[0]
            st = standing(doc)
            message = (
                f"Berkas ini BUKAN berkas asli: kode verifikasi {code} milik {doc.describe}, "
                f"bertanggal {format_date(doc.tanggal)}, tetapi berkasnya berbeda dengan yang "
                "tersimpan. Isinya mungkin TELAH DIUBAH. Berkas yang dicetak ulang ke PDF "
                "(Print to PDF, Microsoft Print to PDF) atau disimpan ulang oleh aplikasi lain "
                "selalu berbeda dari berkas aslinya walaupun isinya sama, jadi tidak dapat "
                "dibuktikan asli dari berkasnya; bandingkan isinya dengan dokumen yang tersimpan "
                "di Ujikon (Buka PDF tersimpan), atau periksa berkas PDF asli dari Ujikon."
            )
            if not st.in_force:
                message += f" {st.sentence}"
            return VerifyResult("diubah", doc, message, st)
    if codes:
        return VerifyResult(
            "tidak_dikenal",
            None,
            f"Kode verifikasi {', '.join(codes)} tidak terdaftar. {UNKNOWN_TEXT}",
        )
    return VerifyResult("tidak_dikenal", None, UNKNOWN_TEXT)


# The largest file ``verify_file`` reads. A finalised Ujikon document is a ReportLab PDF of
# text with at most a logo and signature images (each limited to 2 MB: MAX_LOGO_BYTES,
# MAX_SIGNATURE_IMAGE), so even the longest stays far below this; a larger file cannot be one,
# and reading it would only cost memory and time (a 2 GB file once took 180 s and 6.4 GB).
VERIFY_MAX_BYTES = 100 * 1024 * 1024
VERIFY_HEAD_BYTES = 1024  # verify_pdf's test for a PDF looks at these first bytes only
VERIFY_CHUNK_BYTES = 1024 * 1024


def _unverifiable(text: str) -> VerifyResult:
    return VerifyResult("tidak_dikenal", None, text)


def _not_a_regular_file(path: Path, mode: int) -> VerifyResult | None:
    """Why ``path`` (of ``mode``, from stat) is not read, or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return _unverifiable(f"{path} adalah folder, bukan berkas. Pilih berkas PDF-nya.")
    return _unverifiable(
        f"{path} bukan berkas biasa (melainkan perangkat, pipa, atau soket), sehingga tidak "
        "dibaca. Pilih berkas PDF dokumennya.",
    )


def _too_large(path: Path, size: int) -> VerifyResult:
    return _unverifiable(
        f"Berkas {path} terlalu besar untuk diperiksa ({format_size(size)}; batasnya "
        f"{format_size(VERIFY_MAX_BYTES)}). Dokumen final Ujikon jauh lebih kecil, jadi berkas "
        "ini bukan salah satunya. Pilih berkas PDF dokumennya.",
    )


def _read_limited(f: io.BufferedReader, path: Path, total: int) -> bytes | VerifyResult:
    """The rest of ``f`` (``total`` bytes were read before), in chunks, or the refusal once
    the file grows past the limit (one whose size stat does not tell, or one still being
    written)."""
    chunks: list[bytes] = []
    while chunk := f.read(VERIFY_CHUNK_BYTES):
        total += len(chunk)
        if total > VERIFY_MAX_BYTES:
            return _too_large(path, total)
        chunks.append(chunk)
    return b"".join(chunks)


def verify_file(path: Path | str) -> VerifyResult:
    """``verify_pdf`` of a file; an unreadable file is reported, not raised.

    Nothing is read from what is not a regular file (``/dev/zero``, a FIFO that would block, a
    folder) or from a file over ``VERIFY_MAX_BYTES``. The file is opened without blocking
    (``O_NONBLOCK`` where the system has it) and checked again on the open descriptor, so a
    name swapped for a FIFO meanwhile cannot hang the check. A file whose first KiB holds no
    ``%PDF`` is judged from that KiB alone (``verify_pdf`` says so without the rest: every
    stored document is a PDF); only a PDF is read whole, in chunks, up to the limit."""
    path = Path(path)
    try:
        refused = _not_a_regular_file(path, os.stat(path).st_mode)
        if refused is not None:
            return refused
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0))
        with open(fd, "rb") as f:
            info = os.fstat(f.fileno())
            refused = _not_a_regular_file(path, info.st_mode)
            if refused is not None:
                return refused
            if info.st_size > VERIFY_MAX_BYTES:
                return _too_large(path, info.st_size)
            head = f.read(VERIFY_HEAD_BYTES)
            if b"%PDF" not in head:
                return verify_pdf(head)
            rest = _read_limited(f, path, len(head))
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        return VerifyResult("tidak_dikenal", None, f"Berkas {path} tidak dapat dibaca ({reason}).")
    if isinstance(rest, VerifyResult):
        return rest
    return verify_pdf(head + rest)


class CodeProblem(ValueError):
    """Why a typed or scanned text is not a verification code (an Indonesian message)."""


def _shown(char: str) -> str:
    """A character of the input as a message may show it (never a raw control character or
    a lone surrogate, which could not even be printed)."""
    if char.isprintable() and not ("\ud800" <= char <= "\udfff"):
        return f'"{char}"'
    return f"U+{ord(char):04X}"


def parse_code(text: object) -> str:
    """The verification code in what was typed or scanned: ``UJIKON:UJK-7F3A-9C2K`` (what
    the QR code holds), ``UJK-7F3A-9C2K``, in any case, with spaces or other dashes between
    the parts or none (``ujk 7f3a9c2k``, ``UJK7F3A9C2K``, ``7F3A-9C2K``), full-width
    characters from an input method. Raises ``CodeProblem`` naming what to fix."""
    if not isinstance(text, str):
        raise CodeProblem("Kode verifikasi harus berupa teks.")
    if len(text) > CODE_MAX_INPUT:
        raise CodeProblem(
            f"Teks ini terlalu panjang untuk kode verifikasi ({len(text)} karakter). Kode "
            "berbentuk UJK-XXXX-XXXX; ketik ulang atau pindai kode QR di kaki halaman."
        )
    bad = [c for c in text if "\ud800" <= c <= "\udfff"]
    if not bad:
        text = unicodedata.normalize("NFKC", text)
    kept: list[str] = []
    for char in text:
        upper = char.upper()
        if len(upper) == 1 and ("A" <= upper <= "Z" or "0" <= upper <= "9"):
            kept.append(upper)
        elif not (char.isspace() or char in CODE_SEPARATORS):
            bad.append(char)
    if bad:
        shown = ", ".join(dict.fromkeys(_shown(c) for c in bad))
        raise CodeProblem(
            f"Kode verifikasi memuat karakter yang tidak dipakai: {shown}. Kode berbentuk "
            "UJK-XXXX-XXXX dan hanya berisi huruf dan angka."
        )
    body = "".join(kept)
    if not body:
        raise CodeProblem(
            "Kode verifikasi kosong. Ketik kode yang tercetak di kaki setiap halaman "
            "(UJK-XXXX-XXXX), atau pindai kode QR-nya."
        )
    if body.startswith(QR_PREFIX + CODE_PREFIX):
        body = body[len(QR_PREFIX) :]
    if body.startswith(CODE_PREFIX):
        body = body[len(CODE_PREFIX) :]
    elif len(body) != 8:
        raise CodeProblem(
            "Bukan kode verifikasi Ujikon: kode diawali UJK- lalu 8 huruf atau angka "
            "(UJK-XXXX-XXXX)."
        )
    if len(body) != 8:
        raise CodeProblem(
            "Kode verifikasi terdiri atas 8 huruf atau angka setelah UJK- (UJK-XXXX-XXXX); "
            f"yang terbaca {len(body)}. Periksa apakah ada karakter yang terlewat atau "
            "berlebih."
        )
    shown_code = f"{CODE_PREFIX}-{body[:4]}-{body[4:]}"
    for i, char in enumerate(body):
        if char not in CODE_ALPHABET:
            hint = EXCLUDED_HINTS.get(char, "")
            raise CodeProblem(
                f'Kode {shown_code} memuat "{char}" (karakter ke-{i + 1} setelah UJK-), padahal '
                "kode verifikasi Ujikon tidak pernah memakai angka 0 dan 1 maupun huruf I, L, O "
                f"dan U. Periksa lagi karakter itu di kertas: biasanya {hint}."
            )
    return shown_code


def verify_code(text: object) -> VerifyResult:
    """Check a printed copy by the verification code typed by hand or read by a barcode/QR
    scanner (see ``parse_code``): the document it belongs to (type, number, date, case,
    version) and whether that document is in force. The paper's own text cannot be checked
    from its code: the message asks to compare it with the stored PDF (``read.get_pdf``).
    Never raises for bad input."""
    try:
        code = parse_code(text)
    except CodeProblem as exc:
        return VerifyResult("tidak_dikenal", None, str(exc))
    found = read.documents_where(Document.kode == code)  # the unique index on ``kode``
    if not found:
        return VerifyResult(
            "tidak_dikenal",
            None,
            f"Kode verifikasi {code} tidak terdaftar. {UNKNOWN_TEXT} Periksa lagi setiap "
            "karakternya; bila sudah benar, kertas ini bukan dokumen final Ujikon dari basis "
            "data ini.",
        )
    problem = integrity.office_signature_problem(found[0])
    if problem is not None:
        return VerifyResult(
            "diubah",
            found[0],
            f"JANGAN PERCAYAI catatan kode {code}: catatan {found[0].describe} di basis data "
            f"diubah di luar Ujikon ({problem}). Periksa basis data (Berkas → Periksa keutuhan "
            "basis data).",
            standing(found[0]),
        )
    return _found(
        found[0],
        f"Kode {code} terdaftar: ",
        f"Kode {code} terdaftar: ",
        " Bandingkan isi kertas dengan dokumen yang tersimpan: kode yang benar pada kertas yang "
        "isinya diubah tidak dapat dikenali dari kodenya saja.",
    )


# --------------------------------------------------------------------------- scans
def _scan_mime(data: bytes) -> str | None:
    for magic, mime, _label in SCAN_TYPES:
        if data.startswith(magic):
            return mime
    return None


def attach_scan(
    actor: Actor,
    case_id: int,
    tahap: int,
    filename: str,
    data: bytes,
    document_id: int | None = None,
    note: str = "",
) -> ChangeSet:
    """Store a scan of a signed paper copy (PDF, PNG or JPEG, recognised by content, at most
    25 MB) for a step that has started, optionally tied to the finalised document it is a copy
    of. PPID Utama or the step's actor may attach."""
    name = clean_text(PureWindowsPath(clean_text(filename)).name)
    note = clean_text(note)
    data = bytes(data or b"")
    with database.atomic():
        detail = case_detail(case_id)
        try:
            step = detail.sop.step(tahap)
        except KeyError:
            raise ConflictError(f"Tahap {tahap} tidak ada di SOP kasus ini.") from None
        authorize(actor, Action.ATTACH_SCAN, step_context(detail.case, step))
        if tahap not in detail.started_steps():
            raise ConflictError(f"Pindaian tidak dapat dilampirkan: tahap {tahap} belum dimulai.")
        problems: list[FieldProblem] = []
        check_text(problems, "nama_berkas", "Nama berkas", name, required=True, max_len=255)
        check_text(
            problems, "keterangan", "Keterangan", note, max_len=LONG_TEXT_MAX, multiline=True
        )
        mime = _scan_mime(data)
        if not data:
            problems.append(
                FieldProblem("berkas", f"Berkas {name} kosong; pilih hasil pindaian yang benar.")
            )
        elif len(data) > SCAN_MAX_BYTES:
            problems.append(
                FieldProblem(
                    "berkas",
                    f"Berkas {name} terlalu besar "
                    f"({format_size(len(data))}); paling besar "
                    "25 MB. Pindai ulang dengan resolusi lebih "
                    "rendah.",
                )
            )
        elif mime is None:
            problems.append(
                FieldProblem(
                    "berkas",
                    f"Berkas {name} bukan PDF, PNG, atau JPEG "
                    "(dilihat dari isinya, bukan dari namanya). "
                    "Simpan hasil pindaian sebagai PDF, PNG, "
                    "atau JPEG.",
                )
            )
        doc = None
        if document_id is not None:
            found = read.documents_where((Document.id == document_id) & (Document.case == case_id))
            if not found:
                raise NotFound("Dokumen itu tidak ditemukan pada kasus ini.")
            doc = found[0]
            if doc.step is not None and doc.step != tahap:
                problems.append(FieldProblem("tahap", f"{doc.title} bukan keluaran tahap {tahap}."))
        if problems:
            raise ValidationError(problems)
        scan = Attachment.create(
            case=case_id,
            tahap=tahap,
            document=document_id,
            nama_berkas=name,
            mime=mime,
            data=data,
            sha256=hashlib.sha256(data).hexdigest(),
            keterangan=note,
            dibuat_oleh=actor.name,
            created_at=now_utc(),
        )
        Case.update(updated_at=now_utc()).where(Case.id == case_id).execute()
        summary = f"Pindaian tahap {tahap} dilampirkan: {name} ({format_size(len(data))})"
        if doc is not None:
            summary += f" untuk {doc.describe}"
        history.record(
            EventKind.SCAN_ATTACHED,
            summary,
            actor,
            case_id,
            {
                "tahap": tahap,
                "berkas": name,
                "mime": mime,
                "sha256": scan.sha256,
                "dokumen": document_id,
            },
        )
    scan_info = next(s for s in read.scans_of_case(case_id) if s.id == scan.id)
    return ChangeSet(case_id=case_id, documents=True, steps=True, history=True, value=scan_info)


# --------------------------------------------------------------------------- printing
def record_print(actor: Actor, document_id: int, pages: int, printer: str) -> ChangeSet:
    """Note in the history that a finalised document was printed (who, where, how much).
    The printer name is the driver's text: cleaned (a lone surrogate cannot be stored)."""
    printer = clean_text(printer)[:SHORT_TEXT_MAX]
    with database.atomic():
        doc = read.document(document_id)
        detail = case_detail(doc.case_id)
        step = detail.sop.step(doc.step) if doc.step is not None else None
        authorize(actor, Action.PRINT_DOCUMENT, step_context(detail.case, step))
        history.record(
            EventKind.DOCUMENT_PRINTED,
            f"{doc.title} {doc.nomor or ''} versi {doc.versi} dicetak "
            f"({pages} halaman) ke {printer or 'printer'}".replace("  ", " "),
            actor,
            doc.case_id,
            {"dokumen": doc.id, "halaman": pages, "printer": printer},
        )
    return ChangeSet(case_id=doc.case_id, history=True)
