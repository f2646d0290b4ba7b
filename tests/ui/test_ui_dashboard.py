"""The dashboard tab on the 36-case demo: its figures are app's, and a click on one shows
those cases in the case list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF

from app.cases.listing import DeadlineStatus
from app.demo import fill_demo
from app.reports.dashboard import dashboard_totals, step_counts
from ui.application import settings_for
from ui.main_window import MainWindow
from ui.session import Session


@pytest.fixture
def demo_window(qtbot, ui_db, tmp_path, boxes, login):
    fill_demo(36, documents=False)
    win = MainWindow(ui_db, settings_for(tmp_path / "ui.ini"), Session(login))
    qtbot.addWidget(win)
    win.resize(1366, 740)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: not win.dashboard.busy(), timeout=20_000)
    return win


def _listed(window):
    model = window.case_list.model
    return [model.case_row(r) for r in range(model.rowCount())]


def test_the_window_opens_on_the_dashboard_with_apps_figures(demo_window):
    window = demo_window
    assert window.tabs.currentWidget() is window.dashboard
    totals = dashboard_totals()
    assert totals.open > 0 and totals.overdue > 0  # the demo has overdue cases
    assert window.dashboard.open_card.text().split("\n")[0] == str(totals.open)
    assert window.dashboard.overdue_card.text().split("\n")[0] == str(totals.overdue)
    assert window.dashboard.week_card.text().split("\n")[0] == str(totals.due_this_week)
    shown = {
        n: (b.text(), late.text()) for n, (b, late, _week) in window.dashboard.step_rows.items()
    }
    assert shown == {s.number: (str(s.open), str(s.overdue)) for s in step_counts()}
    assert window.dashboard.charts is not None
    assert len(window.dashboard.months_chart.bars()) == 12
    assert [b.limit for b in window.dashboard.steps_chart.bars()] == [10, 10, 7, 30, 3, 10]
    months, steps = window.dashboard.months_chart, window.dashboard.steps_chart
    assert months.bar_at(QPointF(months.width() - 2, months.height() / 2)) == 11  # this month
    assert steps.bar_at(QPointF(steps.width() / 2, 2)) == 0  # step 1 is the top row
    assert "kasus selesai pada" in months.bars()[11].tooltip
    assert "kali selesai atau dikembalikan" in steps.bars()[0].tooltip


def test_the_overdue_card_shows_the_overdue_cases_in_the_list(demo_window, qtbot):
    window = demo_window
    window.case_list.search.setText("tidak ada kasus seperti ini")
    window.case_list.apply_filter()
    window.dashboard.overdue_card.click()
    assert window.tabs.currentWidget() is window.splitter
    assert window.case_list.search.text() == ""
    rows = _listed(window)
    assert len(rows) == dashboard_totals().overdue
    assert {r.status for r in rows} == {DeadlineStatus.OVERDUE}
    assert window.case_view.case_id == rows[0].id  # the first is opened


def test_a_step_count_shows_the_cases_at_that_step_from_the_first(demo_window):
    window = demo_window
    counts = {s.number: s for s in step_counts()}
    step = next(n for n in (3, 2, 4) if counts[n].open)
    open_button, late_button, _week = window.dashboard.step_rows[step]
    open_button.click()
    model = window.case_list.model
    selected = window.case_list.selected_case_id()
    row = model.row_of(selected)
    rows = _listed(window)
    at_step = [r for r in rows if r.status != DeadlineStatus.FINISHED and r.tahap == step]
    assert len(at_step) == counts[step].open
    assert rows[row].tahap == step and rows[row].id == at_step[0].id
    assert all(r.tahap < step for r in rows[:row])  # the ones before are earlier steps
    assert rows[row : row + len(at_step)] == at_step  # and the counted ones follow
    if counts[step].overdue:
        late_button.click()
        rows = _listed(window)
        assert {r.status for r in rows} == {DeadlineStatus.OVERDUE}
        selected = model.row_of(window.case_list.selected_case_id())
        assert rows[selected].tahap == step
        assert sum(1 for r in rows if r.tahap == step) == counts[step].overdue


def test_the_week_card_selects_the_first_case_due_this_week(demo_window):
    window = demo_window
    totals = dashboard_totals()
    if not totals.due_this_week:
        pytest.skip("no demo case due this week")
    window.dashboard.week_card.click()
    rows = _listed(window)
    row = window.case_list.model.row_of(window.case_list.selected_case_id())
    due = [r for r in rows if r.batas_waktu and totals.today <= r.batas_waktu <= totals.week_end]
    assert len(due) == totals.due_this_week
    assert rows[row].id == due[0].id
    assert all(r.batas_waktu < totals.today for r in rows[:row])


def test_a_change_while_the_cases_are_shown_is_drawn_on_the_next_visit(demo_window, qtbot):
    from app.cases import commands
    from app.models import Opd
    from app.permissions import Actor

    window = demo_window
    before = window.dashboard.totals.open
    window.tabs.setCurrentWidget(window.splitter)
    created = commands.create_case(
        Actor("ppid_utama", "Sari"),
        commands.NewCase(
            opd_id=Opd.get(Opd.singkatan == "Dinkes").id,
            pemicu="sebelum_permohonan",
            judul="Kasus baru dari uji dasbor",
            tanggal_mulai=window.dashboard.totals.today,
        ),
    )
    window.apply_changes(created)
    assert window.dashboard.totals.open == before  # not drawn while hidden
    window.tabs.setCurrentWidget(window.dashboard)
    assert window.dashboard.totals.open == before + 1
    qtbot.waitUntil(lambda: not window.dashboard.busy(), timeout=20_000)
