"""At 1366×768, as the clerk met it: case titles only after scrolling the list sideways,
document and OPD names cut, and the splitter between the list and the case jumping each
time another case opened (a long status line widened the case pane). Now the list hides its
less useful columns (the header's context menu shows them again) and fits without a
sideways scroll, names wrap, and the splitter stays where the clerk put it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from app.cases import commands
from app.models import Opd
from app.permissions import Actor
from ui.dialogs.users import UsersDialog


def at_1366(window, qtbot) -> None:
    window.tabs.setCurrentWidget(window.splitter)  # the Kasus tab (the window opens on the Dasbor)
    window.resize(1366, 740)
    qtbot.waitUntil(lambda: window.width() == 1366)


def make_case(title: str, start: date) -> int:
    return commands.create_case(
        Actor("ppid_pembantu", "Budi"),
        commands.NewCase(
            opd_id=Opd.get(Opd.singkatan == "Dinkes").id,
            pemicu="sebelum_permohonan",
            judul=title,
            tanggal_mulai=start,
        ),
    ).case.id


def test_the_case_list_shows_the_title_without_a_sideways_scroll(window, qtbot):
    make_case("Pemutakhiran DIK Dinas Kesehatan Tahun 2026", date(2026, 11, 2))
    window.case_list.reload_choices()
    at_1366(window, qtbot)
    header = window.case_list.view.horizontalHeader()
    hidden = [
        header.model().headerData(c, Qt.Orientation.Horizontal)
        for c in range(8)
        if header.isSectionHidden(c)
    ]
    assert hidden == ["Batas waktu", "Pelaksana", "Perangkat daerah"]
    assert not header.isSectionHidden(7)  # Judul
    qtbot.waitUntil(lambda: window.case_list.view.viewport().width() > 0)
    assert window.case_list.view.horizontalScrollBar().maximum() == 0
    assert header.sectionViewportPosition(7) + header.sectionSize(7) <= (
        window.case_list.view.viewport().width()
    )


def test_the_header_menu_shows_a_hidden_column_again(window):
    menu = window.case_list.column_menu()
    entries = {a.text(): a for a in menu.actions() if a.isCheckable()}
    assert not entries["Perangkat daerah"].isChecked()
    assert not entries["Judul"].isEnabled()  # the title is always shown
    entries["Perangkat daerah"].trigger()
    header = window.case_list.view.horizontalHeader()
    assert not header.isSectionHidden(6)
    assert header.sectionSize(6) >= 30


def test_the_splitter_keeps_its_place_when_cases_open_and_the_window_reloads(window, qtbot):
    overdue = make_case("Pemutakhiran DIK Dinas Kesehatan Tahun 2026", date(2026, 9, 1))
    fresh = make_case("DIK 2027", date(2026, 11, 24))
    window.case_list.reload_choices()
    at_1366(window, qtbot)
    window.splitter.setSizes([760, 606])  # the clerk gave the list more room
    before = window.splitter.sizes()
    for case_id in (overdue, fresh, overdue):
        window.open_case(case_id)
        assert window.splitter.sizes() == before
        # what the case pane needs does not depend on the case (a long status line wraps)
        assert window.case_view.minimumSizeHint().width() <= 606, case_id
    window.refresh()
    assert window.splitter.sizes() == before


def test_opd_names_are_whole_in_the_users_dialog(qtbot, window):
    dialog = UsersDialog(window.session, window)
    qtbot.addWidget(dialog)
    roles = dialog.roles
    assert roles.opds.textElideMode() == Qt.TextElideMode.ElideNone
    assert roles.opds.wordWrap()
    roles.set_role_checked("ppid_pembantu", True)
    for opd in Opd.select():
        roles.set_opd_checked(opd.id, True)
    text = roles.opd_summary.text()
    assert text.startswith("PPID Pembantu untuk 60 perangkat daerah: ")
    assert text.endswith(" dan 54 lainnya.")


def test_the_new_case_dialog_shows_its_perangkat_daerah_label_whole(window, qtbot):
    from PySide6.QtWidgets import QFormLayout, QLabel

    from ui.dialogs.new_case import NewCaseDialog

    dialog = NewCaseDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    form = dialog.findChild(QFormLayout)
    label = form.itemAt(0, QFormLayout.ItemRole.LabelRole).widget()
    assert isinstance(label, QLabel)
    assert label.text() == "Perangkat daerah (PPID Pembantu) *"
    assert label.width() >= label.sizeHint().width()
