"""Warnings: what a clerk should know before completing a step but that never refuses it.

Step 2's consequence test is held by the PPID Utama *with* the PPID Pembantu of the case's
OPD (SOP step 2): when that official is not marked present, the step warns (and still
completes)."""

from __future__ import annotations

import pytest

from app.cases import commands, rules
from app.cases.read import case_detail
from app.masterdata import OfficialInput, save_official
from tests.conftest import ADMIN, opd_id

SEKRETARIS_DINKES = OfficialInput(
    nama="Neneng Rohaeti",
    nip="197603142001122003",
    golongan="IV/a",
    jabatan="Sekretaris Dinas Kesehatan",
    opd_id=None,  # set per test
    peran="ppid_pembantu",
)


def pembantu_of(singkatan: str, nama: str = "Neneng Rohaeti") -> int:
    data = OfficialInput(
        **{**SEKRETARIS_DINKES.__dict__, "nama": nama, "opd_id": opd_id(singkatan)}
    )
    return save_official(ADMIN, data).value.id


@pytest.fixture
def at_step2(make_case, advance):
    case = make_case()  # Dinkes
    detail = advance(case.id, 2)
    assert detail.current_step.number == 2
    return case


def warnings(case_id: int) -> list[str]:
    detail = case_detail(case_id)
    return rules.step_warnings(detail, detail.current_step)


def test_step2_warns_when_the_cases_ppid_pembantu_is_not_present(at_step2, officials, utama):
    dinkes = pembantu_of("Dinkes")
    kepala = officials["kepala"].id
    commands.set_participants(utama, at_step2.id, 2, [(kepala, True)])
    [warning] = warnings(at_step2.id)
    assert "PPID Pembantu Dinas Kesehatan belum tercatat hadir dalam rapat tahap 2" in warning
    assert "Tahap tetap dapat diselesaikan" in warning
    # listed but absent: still a warning
    commands.set_participants(utama, at_step2.id, 2, [(kepala, True), (dinkes, False)])
    assert len(warnings(at_step2.id)) == 1
    # present: no warning
    commands.set_participants(utama, at_step2.id, 2, [(kepala, True), (dinkes, True)])
    assert warnings(at_step2.id) == []


def test_another_opds_ppid_pembantu_does_not_count(at_step2, officials, utama):
    other = pembantu_of("Disdukcapil", "Lilis Nurjanah")
    commands.set_participants(
        utama, at_step2.id, 2, [(officials["kepala"].id, True), (other, True)]
    )
    assert len(warnings(at_step2.id)) == 1


def test_the_warning_never_refuses_the_completion(at_step2, officials, fill, utama):
    fill(at_step2.id)  # participants: the Kepala Dinas only
    assert len(warnings(at_step2.id)) == 1
    detail = case_detail(at_step2.id)
    assert rules.completion_problems(detail, detail.current_step) == []
    rec = detail.current
    commands.complete_step(utama, at_step2.id, 2, on=rec.tanggal_mulai)
    assert case_detail(at_step2.id).current_step.number == 3


def test_steps_without_a_joint_meeting_have_no_such_warning(make_case, advance):
    case = make_case()
    assert warnings(case.id) == []  # step 1: the PPID Pembantu's own meeting
    advance(case.id, 3)
    assert warnings(case.id) == []  # step 3: no meeting
