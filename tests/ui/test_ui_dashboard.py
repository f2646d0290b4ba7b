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
        n: (b.text(), late.text(), week.text())
        for n, (b, late, week) in window.dashboard.step_rows.items()
    }
    assert shown == {
        s.number: (str(s.open), str(s.overdue), str(s.due_this_week)) for s in step_counts()
    }
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


def test_a_step_count_filters_the_list_to_that_steps_running_cases(demo_window):
    window = demo_window
    panel = window.case_list
    counts = {s.number: s for s in step_counts()}
    step = next(n for n in (3, 2, 4) if counts[n].open)
    panel.year_filter.setCurrentIndex(1)  # another filter: cleared by the click
    open_button, late_button, _week = window.dashboard.step_rows[step]
    open_button.click()
    rows = _listed(window)
    assert len(rows) == counts[step].open
    assert {(r.tahap, r.status != DeadlineStatus.FINISHED) for r in rows} == {(step, True)}
    assert panel.step_filter.currentData() == step and panel.year_filter.currentIndex() == 0
    assert panel.selected_case_id() == rows[0].id
    if counts[step].overdue:
        late_button.click()
        rows = _listed(window)
        assert len(rows) == counts[step].overdue
        assert {(r.tahap, r.status) for r in rows} == {(step, DeadlineStatus.OVERDUE)}
    window.dashboard.open_card.click()  # the step filter goes again
    assert panel.step_filter.currentData() is None and panel.status_filter.currentIndex() == 0


def test_the_week_card_filters_the_list_to_the_cases_due_this_week(demo_window):
    window = demo_window
    panel = window.case_list
    totals = dashboard_totals()
    assert totals.due_this_week, "the demo has cases due this week"
    window.dashboard.week_card.click()
    rows = _listed(window)
    assert len(rows) == totals.due_this_week
    assert all(totals.today <= r.batas_waktu <= totals.week_end for r in rows)
    assert panel.due_filter.currentIndex() != 0 and panel.selected_case_id() == rows[0].id
    assert [r.batas_waktu for r in rows] == sorted(r.batas_waktu for r in rows)


def test_a_steps_due_this_week_figure_filters_by_both(demo_window):
    window = demo_window
    counts = {s.number: s for s in step_counts()}
    step = max(counts, key=lambda n: counts[n].due_this_week)
    assert counts[step].due_this_week, "the demo has a step with cases due this week"
    totals = dashboard_totals()
    _open, _late, week_button = window.dashboard.step_rows[step]
    week_button.click()
    rows = _listed(window)
    assert len(rows) == counts[step].due_this_week
    assert all(r.tahap == step and totals.today <= r.batas_waktu <= totals.week_end for r in rows)
    assert window.case_list.step_filter.currentData() == step


def test_a_clerk_filters_by_step_and_by_this_weeks_deadlines(demo_window):
    panel = demo_window.case_list
    counts = {s.number: s for s in step_counts()}
    step = max(counts, key=lambda n: counts[n].open)
    panel.step_filter.setCurrentIndex(panel.step_filter.findData(step))
    assert f"Tahap {step}:" in panel.step_filter.currentText()
    assert len(_listed(demo_window)) == counts[step].open
    panel.due_filter.setCurrentIndex(1)
    both = _listed(demo_window)
    assert len(both) == counts[step].due_this_week
    assert all(r.tahap == step for r in both)


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


def test_hapus_saringan_lists_every_case_again(demo_window, qtbot):
    panel = demo_window.case_list
    everything = len(_listed(demo_window))
    assert not panel.clear_button.isEnabled()
    panel.search.setText("a")
    panel.step_filter.setCurrentIndex(2)
    panel.due_filter.setCurrentIndex(1)
    panel.mine.setChecked(True)
    assert panel.clear_button.isEnabled() and len(_listed(demo_window)) < everything
    panel.clear_button.click()
    assert panel.search.text() == "" and not panel.mine.isChecked()
    assert all(combo.currentIndex() == 0 for combo in panel.filter_combos())
    assert len(_listed(demo_window)) == everything and not panel.clear_button.isEnabled()
