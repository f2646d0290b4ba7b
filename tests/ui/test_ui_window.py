"""The case list with demo data, window state, master data, calendar and SOP dialogs."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from app.cases.listing import DeadlineStatus
from app.demo import fill_demo
from app.models import Case, HolidayOverride, Official
from app.refdata import current_sop
from ui.application import settings_for
from ui.dialogs.calendar import CalendarDialog
from ui.dialogs.master_data import OfficialsDialog
from ui.dialogs.sop_view import SopDialog
from ui.main_window import MainWindow
from ui.session import Session


@pytest.fixture
def demo_window(qtbot, ui_db, tmp_path, boxes, login):
    fill_demo(36, documents=False)
    win = MainWindow(ui_db, settings_for(tmp_path / "ui.ini"), Session(login))
    qtbot.addWidget(win)
    win.show()
    return win


def _column(model, col):
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_case_list_shows_every_demo_case_most_urgent_first(demo_window):
    model = demo_window.case_list.model
    assert model.rowCount() == 36
    statuses = _column(model, model.STATUS_COLUMN)
    order = ["Terlambat", "Segera jatuh tempo", "Tepat waktu", "Selesai"]
    ranks = [order.index(s) for s in statuses]
    assert ranks == sorted(ranks)
    assert "Terlambat" in statuses and "Selesai" in statuses
    overdue = model.index(0, model.STATUS_COLUMN)
    assert overdue.data(Qt.ItemDataRole.BackgroundRole).color().name() == "#f8d7da"
    assert model.index(0, model.DAYS_COLUMN).data().startswith("lewat")


def test_status_and_my_tasks_filters(demo_window):
    panel = demo_window.case_list
    panel.status_filter.setCurrentIndex(panel.status_filter.findData(DeadlineStatus.FINISHED))
    assert set(_column(panel.model, 1)) == {"Selesai"}
    panel.status_filter.setCurrentIndex(0)
    demo_window.set_role("atasan_ppid")
    panel.mine.setChecked(True)
    actors = set(_column(panel.model, 5))
    assert actors == {"Atasan PPID"}
    expected = (
        Case.select().where((Case.pelaksana == "atasan_ppid") & (Case.status == "berjalan")).count()
    )
    assert panel.model.rowCount() == expected


def test_sorting_by_number_column(demo_window):
    view = demo_window.case_list.view
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    numbers = _column(demo_window.case_list.model, 0)
    keys = [(int(n.split("/")[-1]), int(n.split("/")[0])) for n in numbers]  # (year, seq)
    assert len(numbers) == 36
    assert keys == sorted(keys, reverse=True)


def test_window_remembers_geometry_and_last_case(demo_window, qtbot, ui_db, tmp_path, login):
    # The offscreen screen is 800×800 and the window's minimum width near that: vary height.
    demo_window.resize(demo_window.width(), 560)
    case_id = demo_window.case_list.model.case_id(3)
    demo_window.open_case(case_id)
    demo_window.set_role("tim_pertimbangan")
    demo_window.close()
    again = MainWindow(ui_db, settings_for(tmp_path / "ui.ini"), Session(login))
    qtbot.addWidget(again)
    assert again.height() == 560
    assert again.case_view.case_id == case_id
    assert again.session.actor.role == "tim_pertimbangan"


def test_officials_dialog_rejects_a_17_digit_nip_and_saves_nothing(window, qtbot, boxes):
    dialog = OfficialsDialog(window.session, window)
    qtbot.addWidget(dialog)
    before = Official.select().count()
    dialog.nama.setText("Dede Suryana")
    dialog.jabatan.setText("Analis Kebijakan")
    dialog.nip.setText("19800101200501100")  # 17 digits
    assert "18 angka" in dialog.nip_hint.text()
    dialog.save_button.click()
    assert "NIP harus 18 angka" in boxes.texts("warning")
    assert dialog.nip.property("invalid") is True
    assert Official.select().count() == before
    dialog.nip.setText("19800101 200501 1 001")
    dialog.save_button.click()
    assert Official.select().count() == before + 1
    assert Official.get(Official.nama == "Dede Suryana").nip == "198001012005011001"


def test_calendar_dialog_adds_an_skb_date_and_reports_moved_deadlines(
    window, qtbot, boxes, new_case
):
    case = new_case()
    due_before = Case.get_by_id(case.id).batas_waktu
    window.set_role("admin")
    dialog = CalendarDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.override_date.set_value(date(2026, 11, 10))
    dialog.override_name.setText("Cuti bersama tambahan")
    dialog.override_ref.setText("SKB 3 Menteri No. 1/2026")
    dialog.add_button.click()
    assert HolidayOverride.select().count() == 1
    assert Case.get_by_id(case.id).batas_waktu > due_before
    assert "001/UK-PPID/2026, tahap 1" in boxes.texts("box")
    names = [
        dialog.holidays_model.index(r, 3).data() for r in range(dialog.holidays_model.rowCount())
    ]
    assert "Cuti bersama tambahan" in names


def test_calendar_dialog_without_skb_reference_changes_nothing(window, qtbot, boxes):
    window.set_role("admin")
    dialog = CalendarDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.override_date.set_value(date(2026, 12, 31))
    dialog.add_button.click()
    assert "Rujukan SKB wajib diisi" in boxes.texts("warning")
    assert HolidayOverride.select().count() == 0


def test_calendar_dialog_records_the_years_skb_as_administrator(window, qtbot, boxes):
    from app import calendar_service

    window.set_role("admin")
    dialog = CalendarDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.year.setValue(2026)
    assert dialog.skb.text().startswith("SKB 3 Menteri Nomor 1497 Tahun 2025")
    sources = [dialog.holidays_model.index(r, 4).data() for r in range(3)]
    assert sources == ["Nasional, SKB tahun 2026"] * 3
    tooltip = dialog.holidays_model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("SKB 3 Menteri Nomor 1497 Tahun 2025")
    dialog.year.setValue(2027)
    assert dialog.skb.text() == ""
    assert "SKB belum dicatat untuk tahun 2027" in dialog.skb.placeholderText()
    assert dialog.holidays_model.index(0, 4).data() == "Nasional, SKB belum dicatat"
    assert dialog.holidays_model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole) == (
        "SKB belum dicatat untuk tahun 2027"
    )
    seen = []
    dialog.calendarChanged.connect(seen.append)
    dialog.skb.setText("SKB 3 Menteri Nomor 12 Tahun 2026, Nomor 3 Tahun 2026, Nomor 4 Tahun 2026")
    dialog.skb_button.click()
    assert calendar_service.skb_references()[2027].startswith("SKB 3 Menteri Nomor 12 Tahun 2026")
    assert dialog.holidays_model.index(0, 4).data() == "Nasional, SKB tahun 2027"
    assert len(seen) == 1 and seen[0].calendar
    dialog.skb.setText("SKB 数字")
    dialog.skb_button.click()
    assert "Rujukan SKB tahun 2027" in boxes.texts("warning")
    assert dialog.skb.text() == "SKB 数字"  # kept to be corrected
    assert calendar_service.skb_references()[2027].startswith("SKB 3 Menteri Nomor 12")


def test_calendar_dialog_shows_the_skb_read_only_to_other_roles(window, qtbot):
    window.set_role("ppid_utama")
    dialog = CalendarDialog(window.session, window)
    qtbot.addWidget(dialog)
    assert not dialog.skb_button.isEnabled() and dialog.skb.isReadOnly()


def test_sop_dialog_shows_identity_and_all_steps(window, qtbot):
    dialog = SopDialog(current_sop(), window)
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "01/SOP-PPID/DISKOMINFOSATIK/2020" in text
    assert "19700706 199003 1 002" in text
    assert "30 (tiga puluh) hari kerja" in text
    assert "70 hari kerja" in text


def test_officials_dialog_stores_a_scanned_signature_for_printing(
    window, qtbot, monkeypatch, tmp_path, boxes
):
    from PySide6.QtWidgets import QFileDialog

    png = tmp_path / "ttd.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    dialog = OfficialsDialog(window.session, window)
    qtbot.addWidget(dialog)
    assert not dialog.images_box.isEnabled()  # a new official is saved first
    dialog.view.selectRow(0)
    official_id = dialog._current_id
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(png), ""))
    )
    dialog.ttd_button.click()
    dialog.images_allowed.setChecked(True)
    dialog.images_save.click()
    saved = Official.get_by_id(official_id)
    assert saved.boleh_ttd_gambar and bytes(saved.ttd_gambar) == png.read_bytes()


def test_my_tasks_of_a_ppid_pembantu_are_those_of_its_own_opd(demo_window):
    from datetime import date

    from app.cases import commands
    from app.models import Opd

    panel = demo_window.case_list
    demo_window.set_role("ppid_pembantu")  # the test account's PPID Pembantu role is Dinkes
    dinkes = Opd.get(Opd.singkatan == "Dinkes").id
    own = commands.create_case(
        demo_window.session.actor,
        commands.NewCase(
            opd_id=dinkes,
            pemicu="sebelum_permohonan",
            judul="DIK Dinkes",
            tanggal_mulai=date(2026, 11, 20),
        ),
    ).case
    others = (
        Case.select()
        .where(
            (Case.pelaksana == "ppid_pembantu") & (Case.status == "berjalan") & (Case.opd != dinkes)
        )
        .count()
    )
    assert others > 0  # the demo has PPID Pembantu steps of other OPDs
    panel.mine.setChecked(True)
    assert [panel.model.case_id(r) for r in range(panel.model.rowCount())] == [own.id]
