"""The Daftar Informasi yang Dikecualikan (DIK) of the office, across cases: every item a
penetapan in force exempts, with its OPD, legal basis, consequences, period, the penetapan's
number and date, and whether the exemption still holds.

An item is on the DIK when its case has a finalised *Surat Penetapan* whose newest version is
in force (not replaced, its number not cancelled) and the item's conclusion is *dikecualikan
seluruhnya* or *sebagian*. Its status is *berlaku* while its period runs, *berakhir* once a
dated period has passed (UU 14/2008 Pasal 20: it must then be tested again or opened).
Everything here is one query per table, so the register of a 100,000-case office is read in
one go."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.cases.model import ItemInfo
from app.cases.read import item_info
from app.cases.wording import classification_text, legal_citations, period_text
from app.documents import read
from app.documents.status import standings
from app.models import Case, Document, InfoItem, Opd, database

PENETAPAN = "penetapan"
BERLAKU = "berlaku"
BERAKHIR = "berakhir"


@dataclass(frozen=True)
class DikEntry:
    nomor: int  # its number in the register (1, 2, …, in case and item order)
    informasi: str
    opd: str
    klasifikasi: str  # dikecualikan seluruhnya / sebagian (dihitamkan)
    dasar_hukum: str
    konsekuensi_dibuka: str
    konsekuensi_ditutup: str
    jangka_waktu: str
    penetapan_nomor: str
    penetapan_tanggal: date
    kasus: str
    status: str  # berlaku / berakhir
    berakhir_pada: date | None  # the end of a dated period


def _legal_basis(item: ItemInfo) -> str:
    parts = legal_citations(item)
    if item.dasar_hukum_lain:
        parts.append(item.dasar_hukum_lain.strip())
    return "; ".join(parts)


def dik_entries(today: date) -> list[DikEntry]:
    """The DIK as it stands on ``today``."""
    penetapan = read.documents_where(Document.jenis == PENETAPAN)
    in_force = {
        doc.case_id: doc
        for doc_id, st in standings(penetapan).items()
        if st.in_force
        for doc in [st.document]
    }
    if not in_force:
        return []
    query = Case.select(Case.id, Case.nomor, Opd.nama).join(Opd)
    sql, params = query.where(Case.id.in_(sorted(in_force))).sql()
    cases: dict[int, tuple[str, str]] = {
        case_id: (nomor, opd) for case_id, nomor, opd in database.execute_sql(sql, params)
    }
    rows = (
        InfoItem.select()
        .where(InfoItem.case.in_(sorted(in_force)))
        .order_by(InfoItem.case, InfoItem.urut)
    )
    entries: list[DikEntry] = []
    for row in rows:
        item = item_info(row)
        if not item.exempt:
            continue
        doc = in_force[row.case_id]
        case_nomor, opd = cases[row.case_id]
        ends = item.jangka_tanggal if item.jangka_jenis == "tanggal" else None
        entries.append(
            DikEntry(
                nomor=len(entries) + 1,
                informasi=item.uraian,
                opd=opd,
                klasifikasi=classification_text(item),
                dasar_hukum=_legal_basis(item),
                konsekuensi_dibuka=item.konsekuensi_dibuka,
                konsekuensi_ditutup=item.konsekuensi_ditutup,
                jangka_waktu=period_text(item, "-"),
                penetapan_nomor=doc.nomor or "",
                penetapan_tanggal=doc.tanggal,
                kasus=case_nomor,
                status=BERAKHIR if ends is not None and ends < today else BERLAKU,
                berakhir_pada=ends,
            )
        )
    return entries
