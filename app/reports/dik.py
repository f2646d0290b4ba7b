"""The Daftar Informasi yang Dikecualikan (DIK) of the office, across cases: every item a
penetapan in force exempts, with its OPD, legal basis, consequences, period, the penetapan's
number and date, and whether the exemption still holds.

An item is on the DIK when its case has a finalised *Surat Penetapan* whose newest version is
in force (not replaced, its number not cancelled) and the item's conclusion is *dikecualikan
seluruhnya* or *sebagian*. Its status is *berlaku* while its period runs, *berakhir* once a
dated period has passed (UU 14/2008 Pasal 20: it must then be tested again or opened).

It leaves the DIK when the office marks it opened (*dibuka kembali*, ``app.reports.expiry``)
and when a re-test case started for it has decided (that case is finished, or its own
penetapan is in force: its items take the place of this one).
Everything here is one query per table, so the register of a 100,000-case office is read in
one go."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.cases.model import ItemInfo
from app.cases.read import item_info
from app.cases.wording import classification_text, legal_citations, period_text
from app.documents import read
from app.documents.model import DocumentInfo
from app.documents.status import standings
from app.models import Case, DikFollowUp, Document, InfoItem, Opd, database
from app.states import CaseStatus

PENETAPAN = "penetapan"
BERLAKU = "berlaku"
BERAKHIR = "berakhir"
DIBUKA_KEMBALI = "dibuka kembali"
STATUS_LABELS = {BERLAKU: "Berlaku", BERAKHIR: "Berakhir", DIBUKA_KEMBALI: "Dibuka kembali"}

# The kinds of ``DikFollowUp`` rows.
OPENED = "dibuka"
REVIEWED = "ditinjau"
RETEST = "uji_ulang"


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
    status: str  # berlaku / berakhir / dibuka kembali
    berakhir_pada: date | None  # the end of a dated period
    butir_id: int  # the InfoItem
    kasus_id: int  # its Case

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)


def _legal_basis(item: ItemInfo) -> str:
    parts = legal_citations(item)
    if item.dasar_hukum_lain:
        parts.append(item.dasar_hukum_lain.strip())
    return "; ".join(parts)


def penetapan_in_force() -> dict[int, DocumentInfo]:
    """Case id → its Surat Penetapan in force (the newest version, its number not
    cancelled)."""
    penetapan = read.documents_where(Document.jenis == PENETAPAN)
    return {
        doc.case_id: doc
        for _doc_id, st in standings(penetapan).items()
        if st.in_force
        for doc in [st.document]
    }


@dataclass(frozen=True)
class FollowUps:
    """What the office did about the items on the DIK, read in one query."""

    opened: dict[int, date]  # item id → the day it was marked opened
    retests: dict[int, int]  # item id → the newest re-test case started for it
    reviewed: dict[int, date]  # item id → its latest review (or re-test start)


def follow_ups() -> FollowUps:
    """Every follow-up row (a handful per year: read whole, never by a list of ids)."""
    opened: dict[int, date] = {}
    retests: dict[int, int] = {}
    reviewed: dict[int, date] = {}
    query = DikFollowUp.select(
        DikFollowUp.butir, DikFollowUp.jenis, DikFollowUp.tanggal, DikFollowUp.kasus_baru
    ).order_by(DikFollowUp.id)
    sql, params = query.sql()
    for item_id, jenis, tanggal, kasus_baru in database.execute_sql(sql, params):
        day = tanggal if isinstance(tanggal, date) else date.fromisoformat(str(tanggal))
        if jenis == OPENED:
            opened.setdefault(item_id, day)
        elif jenis == RETEST and kasus_baru is not None:
            retests[item_id] = kasus_baru
            reviewed[item_id] = max(day, reviewed.get(item_id, day))
        elif jenis == REVIEWED:
            reviewed[item_id] = max(day, reviewed.get(item_id, day))
    return FollowUps(opened, retests, reviewed)


def decided_retests(case_ids: set[int], in_force: dict[int, DocumentInfo]) -> set[int]:
    """The re-test cases among ``case_ids`` that have decided: finished, or with their own
    penetapan in force."""
    if not case_ids:
        return set()
    finished = {
        row.id
        for row in Case.select(Case.id).where(
            Case.id.in_(sorted(case_ids)) & (Case.status == CaseStatus.FINISHED.value)
        )
    }
    return finished | (case_ids & set(in_force))


def dik_entries(today: date, *, with_opened: bool = False) -> list[DikEntry]:
    """The DIK as it stands on ``today``. ``with_opened``: also the items the office marked
    opened, with the status *dibuka kembali* (the office's own register; a published
    version never has them)."""
    in_force = penetapan_in_force()
    if not in_force:
        return []
    query = Case.select(Case.id, Case.nomor, Opd.nama).join(Opd)
    sql, params = query.where(Case.id.in_(sorted(in_force))).sql()
    cases: dict[int, tuple[str, str]] = {
        case_id: (nomor, opd) for case_id, nomor, opd in database.execute_sql(sql, params)
    }
    rows = list(
        InfoItem.select()
        .where(InfoItem.case.in_(sorted(in_force)))
        .order_by(InfoItem.case, InfoItem.urut)
    )
    items = [item_info(row) for row in rows]
    done = follow_ups()
    superseded = decided_retests(set(done.retests.values()), in_force)
    entries: list[DikEntry] = []
    for row, item in zip(rows, items, strict=True):
        if not item.exempt or done.retests.get(item.id) in superseded:
            continue
        opened = item.id in done.opened
        if opened and not with_opened:
            continue
        doc = in_force[row.case_id]
        case_nomor, opd = cases[row.case_id]
        ends = item.jangka_tanggal if item.jangka_jenis == "tanggal" else None
        status = BERAKHIR if ends is not None and ends < today else BERLAKU
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
                status=DIBUKA_KEMBALI if opened else status,
                berakhir_pada=ends,
                butir_id=item.id,
                kasus_id=row.case_id,
            )
        )
    return entries
