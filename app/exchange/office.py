"""Which kind of office this install is (a setting written at first-run setup), and who may
send a case from it: one function, ``send_refusal``."""

from __future__ import annotations

from typing import Literal

from app.cases.model import CaseInfo
from app.models import Opd
from app.permissions import SYSTEM, Action, Actor, Context, allowed, refusal
from app.phrases import label, phrase
from app.settings.spec import SettingSpec

UTAMA = "ppid_utama"
PEMBANTU = "ppid_pembantu"
OFFICE_LABELS = {UTAMA: "PPID Utama", PEMBANTU: "PPID Pembantu (perangkat daerah)"}

PERAN_KANTOR: SettingSpec[str] = SettingSpec(
    "peran_kantor", Literal["ppid_utama", "ppid_pembantu"], UTAMA, "Peran kantor", None
)
KANTOR_OPD: SettingSpec[str] = SettingSpec(
    "kantor_opd", str, "", "Perangkat daerah kantor ini", None
)


def office_role() -> str:
    from app import settings

    return settings.value(PERAN_KANTOR)


def office_opd() -> Opd | None:
    """The perangkat daerah of an OPD install (None at the PPID Utama)."""
    from app import settings

    if office_role() != PEMBANTU:
        return None
    return Opd.get_or_none(Opd.nama == settings.value(KANTOR_OPD))


def set_office(role: str, opd_nama: str = "") -> None:
    """Record the office's kind (inside the caller's transaction; first-run setup)."""
    from app import settings

    settings.write_internal(PERAN_KANTOR, role)
    settings.write_internal(KANTOR_OPD, opd_nama if role == PEMBANTU else "")


def is_opd_install() -> bool:
    """Whether this install is a perangkat daerah's (a PPID Pembantu office)."""
    return office_role() == PEMBANTU


def office_name(kind: str, opd_name: str = "") -> str:
    """An office in words, as a packet's manifest names it (its kind and OPD): "PPID Utama",
    "PPID Pembantu Dinas Kesehatan", "PPID Pembantu (perangkat daerah)" without its OPD, an
    unknown kind as it is written (a phrase or label the window translates)."""
    if kind == PEMBANTU and opd_name:
        return phrase("PPID Pembantu {opd}", opd=opd_name)
    if kind in OFFICE_LABELS:
        return label(OFFICE_LABELS[kind])
    return kind or "?"


def step_elsewhere_reason(step_number: int, step_actor: str) -> str:
    """Why the running step ``step_number`` is not worked at this office ("" when it is).
    An OPD install works step 1 only: steps 2 to 6 belong to the PPID Utama and the others,
    so their forms stay read-only there and the case is sent on as a packet. At the PPID
    Utama every step may be worked (a perangkat daerah without Ujikon has its step 1 entered
    there)."""
    if not is_opd_install() or works_step_here(step_actor):
        return ""
    return phrase(
        "Tahap {tahap} dikerjakan di kantor PPID Utama, bukan di kantor perangkat daerah ini. "
        "Kirim kasus ke PPID Utama (tombol Kirim ke PPID Utama); hasilnya kembali sebagai "
        "paket kasus.",
        tahap=step_number,
    )


def works_step_here(step_actor: str) -> bool:
    """Whether this office works a step whose SOP actor is ``step_actor`` (an OPD install
    works step 1, the PPID Utama the others)."""
    return (step_actor == PEMBANTU) == (office_role() == PEMBANTU)


def send_refusal(actor: Actor, case: CaseInfo) -> str:
    """Why ``actor`` may not send ``case`` to the other office now ("" when it may). At an
    OPD install: the PPID Pembantu of the case's OPD, once step 1 is completed. At the PPID
    Utama: the PPID Utama, with the result (the case finished at step 6) or a send-back to
    step 1."""
    if not allowed(actor, Action.SEND_CASE, Context(case_opd=case.opd_id)):
        return refusal(actor, Action.SEND_CASE, Context(case_opd=case.opd_id))
    if office_role() == PEMBANTU:
        opd = office_opd()
        if opd is None or opd.id != case.opd_id:
            return phrase(
                "Kasus {nomor} bukan milik perangkat daerah kantor ini; hanya kasus perangkat "
                "daerahnya sendiri yang dapat dikirim ke PPID Utama.",
                nomor=case.nomor,
            )
        if actor.role not in (PEMBANTU, SYSTEM):
            return label("Di kantor perangkat daerah, paket kasus dikirim oleh PPID Pembantu.")
        if case.tahap == 1 and not case.finished:
            return phrase(
                "Tahap 1 kasus {nomor} belum selesai. Selesaikan tahap 1 dahulu, lalu kirim ke "
                "PPID Utama.",
                nomor=case.nomor,
            )
        return ""
    if actor.role not in (UTAMA, SYSTEM):
        return label("Di kantor PPID Utama, hasil kasus dikirim kembali oleh PPID Utama.")
    if not case.finished and case.tahap != 1:
        return phrase(
            "Kasus {nomor} masih berjalan di tahap {tahap}. Kirim hasilnya setelah penetapan "
            "(tahap 6) selesai, atau setelah kasus dikembalikan ke tahap 1.",
            nomor=case.nomor,
            tahap=case.tahap,
        )
    return ""
