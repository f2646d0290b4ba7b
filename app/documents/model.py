"""The read models of documents: a finalised document (without its PDF bytes, which are read
on demand), a scan of a signed copy (without its bytes), and the stamp finalising adds."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class Stamp:
    """What finalisation adds to a document."""

    nomor: str | None  # outgoing number; None for unnumbered types
    tanggal: date
    kode: str  # verification code, e.g. "UJK-7F3A-9C21"
    versi: int = 1
    alasan: str = ""  # the reason of a correction (versi > 1), printed under its title
    # When it was finalised: the PDF's creation date (the caller fills it; without it the
    # PDF is dated at midnight of ``tanggal``).
    created: datetime | None = None


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    id: int
    case_id: int
    case_nomor: str
    jenis: str
    title: str  # as the case's SOP names it
    step: int | None  # the SOP step it is an output of (None: the case as a whole)
    versi: int
    nomor: str | None
    tanggal: date
    kode: str
    sha256: str
    halaman: int
    menggantikan: int | None
    alasan_koreksi: str
    dibuat_oleh: str
    dibuat_peran: str
    created_at: datetime

    @property
    def describe(self) -> str:
        """``Berita Acara … nomor … versi 1, kasus 001/UK-PPID/2026``."""
        nomor = f" nomor {self.nomor}" if self.nomor else ""
        return f"{self.title}{nomor} versi {self.versi}, kasus {self.case_nomor}"


@dataclass(frozen=True, slots=True)
class ScanInfo:
    id: int
    case_id: int
    tahap: int
    document_id: int | None
    nama_berkas: str
    mime: str
    sha256: str
    size: int
    keterangan: str
    dibuat_oleh: str
    created_at: datetime
