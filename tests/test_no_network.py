"""The office PCs are offline: nothing in the domain may need the network."""

import socket
from datetime import date

import pytest

from app import clock, store
from app.cases import commands
from app.demo import fill_demo
from app.models import Case, Opd
from app.permissions import Actor
from app.store import close_database
from app.workdays import WorkCalendar


def refuse(*args, **kwargs):
    raise OSError("no network in this test")


def test_the_session_guard_blocks_outgoing_connections():
    with pytest.raises(RuntimeError, match="network access in tests"):
        socket.create_connection(("127.0.0.1", 9), timeout=0.01)
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s, pytest.raises(RuntimeError):
        s.connect(("127.0.0.1", 9))


def test_database_cases_demo_and_2027_deadlines_work_without_network(tmp_path, monkeypatch):
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    clock.pin_today(date(2026, 11, 25))
    try:
        store.open_database(tmp_path / "offline.db")
        try:
            assert fill_demo(cases=3) == 3
            case = commands.create_case(
                Actor("ppid_pembantu", "Budi"),
                commands.NewCase(
                    opd_id=Opd.get(Opd.singkatan == "Dinkes").id,
                    pemicu="sebelum_permohonan",
                    judul="Kasus luring",
                    tanggal_mulai=date(2026, 11, 2),
                ),
            ).case
            assert case.batas_waktu == date(2026, 11, 16)
            assert Case.select().count() == 4
        finally:
            close_database()
    finally:
        clock.pin_today(None)

    calendar = WorkCalendar()  # a fresh calendar: 2027 is loaded now, offline
    holidays_2027 = calendar.holidays_in_year(2027)
    assert len(holidays_2027) >= 20
    # 24 Dec 2027 cuti bersama, 25 Natal (Saturday): the 5th working day is Tuesday 28 Dec
    assert calendar.add_working_days(date(2027, 12, 20), 5) == date(2027, 12, 28)
    assert calendar.is_working_day(date(2027, 1, 4))
    assert not calendar.is_working_day(date(2027, 1, 1))
