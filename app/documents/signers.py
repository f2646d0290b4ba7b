"""Who signs each document, and what is missing before it can be signed.

A document is never finalised with an empty signature block ("(………………………)"): the
readiness of a document (``app.documents.readiness``) lists ``signer_problems``, which say
which official to add where. The renderers print the same officials.
"""

from __future__ import annotations

from app import settings
from app.cases.model import CaseDetail, OfficialInfo
from app.documents.issuer import penetapan_form
from app.documents.step_values import field_value
from app.masterdata import active_officials, official_by_id
from app.phrases import label, phrase
from app.settings import BUPATI_NAMA
from app.sop import DocumentSpec

MASTER_OFFICIALS = "Data Master → Pejabat dan peserta"

# The role whose official signs each kind (the penetapan: by its form). The BA hasil uji is
# signed by the participants present (its readiness asks for them); the deadline proof is
# signed by no one.
SIGNED_BY = {
    "laporan_identifikasi": "ppid_pembantu",
    "ba_pembantu": "ppid_pembantu",
    "laporan_uji": "ppid_utama",
    "pemberitahuan": "ppid_utama",
    "lembar_pertimbangan": "tim_pertimbangan",
}
PENETAPAN_SIGNED_BY = {
    "surat_penetapan": "ppid_utama",
    "keputusan_atasan": "atasan_ppid",
    "keputusan_sekda": "atasan_ppid",
    "keputusan_bupati": "bupati",
}


def ppid_pembantu(detail: CaseDetail) -> OfficialInfo | None:
    """The (first active) PPID Pembantu of the case's perangkat daerah."""
    return next(
        (o for o in active_officials("ppid_pembantu") if o.opd_id == detail.case.opd_id), None
    )


def ppid_utama(detail: CaseDetail, spec: DocumentSpec) -> OfficialInfo | None:
    """The "pejabat yang menetapkan" if chosen in the case, else the first active PPID
    Utama."""
    chosen = field_value(detail, spec, "pejabat_penetap")
    official = official_by_id(chosen) if chosen else None
    if official is not None:
        return official
    return next(iter(active_officials("ppid_utama")), None)


def atasan_ppid() -> OfficialInfo | None:
    return next(iter(active_officials("atasan_ppid")), None)


def tim_pertimbangan() -> list[OfficialInfo]:
    return active_officials("tim_pertimbangan")


def signing_role(spec: DocumentSpec) -> str | None:
    if spec.kind == "penetapan":
        return PENETAPAN_SIGNED_BY.get(penetapan_form())
    return SIGNED_BY.get(spec.kind)


def signer_problems(detail: CaseDetail, spec: DocumentSpec) -> list[str]:
    """Why the document would be signed by no one (empty when its signer exists)."""
    role = signing_role(spec)
    if role == "ppid_pembantu" and ppid_pembantu(detail) is None:
        opd = detail.case.opd.nama
        return [
            phrase(
                "Penanda tangan belum ada: tambahkan PPID Pembantu {opd} (pejabat aktif berperan "
                "PPID Pembantu pada {opd}) di {menu}",
                opd=opd,
                menu=label(MASTER_OFFICIALS),
            )
        ]
    if role == "ppid_utama" and ppid_utama(detail, spec) is None:
        return [
            phrase(
                "Penanda tangan belum ada: tambahkan PPID Utama (pejabat aktif berperan PPID "
                "Utama) di {menu}",
                menu=label(MASTER_OFFICIALS),
            )
        ]
    if role == "atasan_ppid" and atasan_ppid() is None:
        return [
            phrase(
                "Penanda tangan belum ada: tambahkan Atasan PPID (pejabat aktif berperan Atasan "
                "PPID) di {menu}",
                menu=label(MASTER_OFFICIALS),
            )
        ]
    if role == "tim_pertimbangan" and not tim_pertimbangan():
        return [
            phrase(
                "Penanda tangan belum ada: tambahkan anggota Tim Pertimbangan (pejabat aktif "
                "berperan Tim Pertimbangan) di {menu}",
                menu=label(MASTER_OFFICIALS),
            )
        ]
    if role == "bupati" and not settings.value(BUPATI_NAMA).strip():
        return [label("Penanda tangan belum ada: isi nama Bupati di Pengaturan → Profil kantor")]
    return []
