"""A search or filter, as the clerk met it: the list kept its scroll position, so the first
cases found were above the view; a search that found nothing showed an empty list and left
the last case open on the right. Now the list starts at its top, and an empty result says
"tidak ditemukan" and empties the case pane."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from app.cases import commands
from app.models import Opd
from app.permissions import Actor

PEMBANTU = Actor("ppid_pembantu", "Budi")
NOT_FOUND = "Kasus tidak ditemukan: tidak ada kasus yang cocok dengan pencarian dan saringan ini."


def make_cases(n: int) -> None:
    dinkes = Opd.get(Opd.singkatan == "Dinkes").id
    for i in range(n):
        commands.create_case(
            PEMBANTU,
            commands.NewCase(
                opd_id=dinkes,
                pemicu="sebelum_permohonan",
                judul=f"DIK Dinas Kesehatan bagian {i + 1}",
                tanggal_mulai=date(2026, 11, 2),
            ),
        )


def search_for(window, qtbot, text: str) -> None:
    """Type into the search box and press Enter, as the clerk does."""
    search = window.case_list.search
    search.clear()
    qtbot.keyClicks(search, text)
    qtbot.keyClick(search, Qt.Key.Key_Return)


def test_a_filter_starts_the_list_at_its_top(window, qtbot):
    window.tabs.setCurrentWidget(window.splitter)  # the Kasus tab (the window opens on the Dasbor)
    make_cases(40)
    window.case_list.reload_choices()
    bar = window.case_list.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # the list is laid out: 40 rows do not fit
    bar.setValue(bar.maximum())  # the clerk scrolled down
    search_for(window, qtbot, "bagian")
    assert window.case_list.model.rowCount() == 40
    assert bar.value() == 0


def test_a_filter_keeps_the_open_case_selected_but_shows_the_top(window, qtbot):
    make_cases(40)
    window.case_list.reload_choices()
    last = window.case_list.model.case_id(39)
    window.case_list.select_case(last)  # scrolled down to it
    bar = window.case_list.view.verticalScrollBar()
    assert bar.value() > 0
    search_for(window, qtbot, "bagian")
    assert window.case_list.selected_case_id() == last
    assert bar.value() == 0


def test_a_search_that_finds_nothing_says_so_and_empties_the_case_pane(window, qtbot, new_case):
    case = new_case()
    assert window.case_view.case_id == case.id
    search_for(window, qtbot, "judul yang tidak ada")
    assert window.case_list.model.rowCount() == 0
    assert window.case_list.count_label.text() == NOT_FOUND
    assert window.case_view.case_id is None
    assert "Kasus tidak ditemukan." in window.case_view.placeholder.text()
    search_for(window, qtbot, "Kesehatan")  # found again: the count, a case to click
    assert window.case_list.count_label.text() == "1 kasus"
