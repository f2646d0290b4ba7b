"""Who issues a document: on whose kop it is printed and in whose register it is numbered.

- The documents of a step the PPID Pembantu works (the Laporan hasil identifikasi and the BA
  tingkat PPID Pembantu) are the perangkat daerah's own: its kop (Data Master → Perangkat
  daerah) and its own register and pattern.
- A penetapan in the form of a Keputusan Bupati or a Keputusan Sekretaris Daerah is numbered
  by the Bagian Hukum: the user enters that number when finalising (``outside_number``); it
  is recorded in the register as a number from outside, never taken from a sequence here.
  A Keputusan of the Atasan PPID or of the Sekretaris Daerah carries the kop of the signer's
  own perangkat daerah (the Sekretariat Daerah), a Keputusan Bupati the emblem and the title
  of the Bupati.
- Everything else is the office's (the PPID Utama's): the kop and register of the settings.
"""

from __future__ import annotations

from dataclasses import dataclass

from app import settings
from app.cases.model import CaseDetail, OpdInfo
from app.documents.numbering import OFFICE_REGISTER, OUTSIDE_REGISTER, opd_register
from app.masterdata import find_opd
from app.phrases import label, phrase
from app.settings import KOP_ALAMAT, KOP_INSTANSI, KOP_PEMERINTAH, PENETAPAN_BENTUK
from app.sop import DocumentSpec

# The penetapan forms whose number the Bagian Hukum gives (Keputusan of the Kepala Daerah
# and of the Sekretaris Daerah are registered by the Setda, not by the PPID).
OUTSIDE_NUMBERED_FORMS = frozenset({"keputusan_bupati", "keputusan_sekda"})
SETDA_NAME = "Sekretariat Daerah"


@dataclass(frozen=True)
class Kop:
    """The letterhead a document is printed on."""

    pemerintah: str
    instansi: str
    alamat: tuple[str, ...]
    opd: OpdInfo | None = None  # the perangkat daerah whose kop it is (None: the office's)
    kepala_daerah: bool = False  # emblem and "BUPATI …" only, no address

    @property
    def where_to_fix(self) -> str:
        if self.opd is None:
            return label("Pengaturan → Profil kantor")
        return phrase("Data Master → Perangkat daerah → {opd}", opd=self.opd.nama)


@dataclass(frozen=True)
class Issuer:
    register: str  # OFFICE_REGISTER, OUTSIDE_REGISTER or opd_register(id)
    name: str  # who issues, in words
    kop: Kop
    opd: OpdInfo | None = None  # the perangkat daerah whose register numbers it

    @property
    def outside_number(self) -> bool:
        return self.register == OUTSIDE_REGISTER


def office_kop(instansi: str | None = None) -> Kop:
    return Kop(
        settings.value(KOP_PEMERINTAH),
        instansi or settings.value(KOP_INSTANSI),
        tuple(line for line in settings.value(KOP_ALAMAT) if line.strip()),
    )


def opd_kop(opd: OpdInfo) -> Kop:
    return Kop(settings.value(KOP_PEMERINTAH), opd.kop_line, opd.kop_alamat, opd=opd)


def penetapan_form() -> str:
    return settings.value(PENETAPAN_BENTUK)


def atasan_opd() -> OpdInfo | None:
    """The perangkat daerah of the (first active) Atasan PPID, or None."""
    from app.documents.signers import atasan_ppid  # signers reads this module's form

    atasan = atasan_ppid()
    if atasan is not None and atasan.opd_id is not None:
        found = find_opd(opd_id=atasan.opd_id)
        if found is not None:
            return found
    return None


def _penetapan_kop(form: str) -> Kop:
    if form == "keputusan_bupati":
        return Kop(settings.value(KOP_PEMERINTAH), "", (), kepala_daerah=True)
    if form in ("keputusan_atasan", "keputusan_sekda"):
        opd = atasan_opd()
        if opd is None and form == "keputusan_sekda":
            opd = find_opd(nama=SETDA_NAME)
        if opd is not None:
            return opd_kop(opd)
    return office_kop()


def issuer_of(detail: CaseDetail, spec: DocumentSpec) -> Issuer:
    step = detail.sop.step(spec.step) if spec.step is not None else None
    if step is not None and step.actor == "ppid_pembantu":
        opd = detail.case.opd
        return Issuer(opd_register(opd.id), f"PPID Pembantu {opd.nama}", opd_kop(opd), opd)
    if spec.kind == "penetapan":
        form = penetapan_form()
        kop = _penetapan_kop(form)
        if form in OUTSIDE_NUMBERED_FORMS:
            return Issuer(OUTSIDE_REGISTER, "Bagian Hukum Sekretariat Daerah", kop)
        return Issuer(OFFICE_REGISTER, "PPID Utama", kop)
    return Issuer(OFFICE_REGISTER, "PPID Utama", office_kop())


def kop_problems(kop: Kop) -> list[str]:
    """What a kop lacks before a document may be finalised on it."""
    if kop.kepala_daerah:
        return []
    if not kop.alamat:
        whose = (
            phrase("Kop surat {opd}", opd=kop.opd.nama)
            if kop.opd is not None
            else label("Kop surat kantor")
        )
        return [
            phrase("{kop} belum memuat alamat: isi di {menu}", kop=whose, menu=kop.where_to_fix)
        ]
    return []
