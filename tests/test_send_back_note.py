"""A returned step says why: who sent it back, when, and the reason, from the case's step
records; the timeline marks both the send-back and the step running again."""

from __future__ import annotations

from app.calendar_service import current_calendar
from app.cases import commands
from app.cases.listing import Thresholds
from app.cases.read import case_detail
from app.cases.timeline import returned_by, timeline_rows
from app.permissions import Actor
from tests.conftest import ACTORS, advance_case

REASON = "Alasan pengecualian butir 2 belum menyebut akibatnya."


def rows(case_id, today):
    calendar = current_calendar()
    return timeline_rows(case_detail(case_id), Thresholds.compute(today, calendar), calendar)


def test_the_step_sent_back_says_who_when_and_why(make_case, officials, today):
    case_id = make_case().id
    advance_case(case_id, 5, officials)
    assert returned_by(case_detail(case_id)) is None  # step 5 started in the ordinary way
    atasan = Actor("atasan_ppid", "H. Asep Saepudin", "asep")
    commands.send_back(atasan, case_id, 5, REASON)
    detail = case_detail(case_id)
    back = returned_by(detail)
    assert back is not None and detail.current.tahap == 4
    assert back.banner() == (
        "Tahap ini dikembalikan dari tahap 5 (Persetujuan Atasan PPID) oleh "
        f"H. Asep Saepudin (Atasan PPID) pada 25 November 2026. Alasan: {REASON}"
    )
    timeline = {r.step.number: r for r in rows(case_id, today)}
    assert timeline[4].status.startswith("Berjalan lagi (dikembalikan dari tahap 5) — ")
    assert timeline[4].note == back.banner()
    assert timeline[5].status == "Dikembalikan ke tahap 4"
    assert timeline[5].note == (
        f"Dikembalikan ke tahap 4 oleh H. Asep Saepudin (Atasan PPID) pada 25 November 2026. "
        f"Alasan: {REASON}"
    )


def test_the_next_round_of_the_returning_step_is_not_marked_returned(make_case, officials, today):
    case_id = make_case().id
    advance_case(case_id, 5, officials)
    commands.send_back(ACTORS["atasan_ppid"], case_id, 5, REASON)
    advance_case(case_id, 5, officials)
    detail = case_detail(case_id)
    assert detail.current.tahap == 5 and returned_by(detail) is None
    timeline = {r.step.number: r for r in rows(case_id, today)}
    assert timeline[5].status.startswith("Berjalan — ")
    assert timeline[4].status.startswith("Selesai") and timeline[4].note == ""
