"""The window shows exactly what ``app.capabilities`` allows (the same cases as
tests/test_capabilities.py, through the widgets), redraws one row of the case list after a
command instead of querying the list again, and returns to the login when the account
changed under a running session."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app import accounts
from app.accounts import AccountInput, RoleGrant
from app.cases import commands, listing
from app.cases.read import case_detail
from app.demo import fill_demo
from app.masterdata import list_officials
from app.models import Case, Event, Opd
from app.permissions import Actor
from tests.conftest import STEP1_ITEM, advance_case, fill_step
from tests.ui.support import UI_PASSWORD
from ui import messages
from ui.application import settings_for
from ui.main_window import MainWindow
from ui.session import Session


def opd(short: str) -> int:
    return Opd.get(Opd.singkatan == short).id


def make_case(actor: Actor, short: str = "Dinkes") -> int:
    case = commands.create_case(
        actor,
        commands.NewCase(
            opd_id=opd(short),
            pemicu="sebelum_permohonan",
            judul=f"DIK {short} 2026",
            tanggal_mulai=date(2026, 3, 2),
        ),
    ).case
    commands.save_item(actor, case.id, STEP1_ITEM)
    return case.id


def create_officials() -> dict:
    """The officials the window's database has (tests/ui/conftest.py), as the case helpers
    of tests/conftest.py name them."""
    by_role = {o.peran: o for o in list_officials()}
    return {"kepala": by_role["ppid_utama"], "tenaga_ahli": by_role["tim_pertimbangan"]}


def visible(widget) -> bool:
    return widget.isVisibleTo(widget.window())


def test_the_ppid_utama_works_step_1(window):
    case_id = make_case(Actor("ppid_utama", "Sari"))
    window.set_role("ppid_utama")
    window.case_list.reload_choices()
    window.open_case(case_id)
    form = window.case_view.form
    assert visible(form.complete_button) and form.complete_button.isEnabled()
    assert form.add_item_button.isEnabled() and not visible(form.banner)


def test_a_ppid_pembantu_sees_another_opds_case_read_only(window):
    """The test account is PPID Pembantu of Dinkes only."""
    setda = make_case(Actor("ppid_utama", "Sari"), "Setda")
    window.set_role("ppid_pembantu")
    window.case_list.reload_choices()
    window.open_case(setda)
    form = window.case_view.form
    assert not visible(form.complete_button) and not visible(form.save_button)
    assert not form.add_item_button.isEnabled() and not form.edit_item_button.isEnabled()
    assert visible(form.banner) and "hanya dapat dibaca" in form.banner.text()
    assert all(not w.isEnabled() for w in form.field_widgets.values())
    own = make_case(Actor("ppid_utama", "Sari"), "Dinkes")
    window.open_case(own)
    assert visible(form.complete_button) and form.add_item_button.isEnabled()


def test_the_atasan_sees_approve_only_at_step_5(window):
    officials = create_officials()
    case_id = make_case(Actor("ppid_utama", "Sari"))
    advance_case(case_id, 4, officials)
    window.set_role("atasan_ppid")
    window.case_list.reload_choices()
    window.open_case(case_id)
    form = window.case_view.form
    assert not visible(form.complete_button) and not visible(form.send_back_button)
    advance_case(case_id, 5, officials)
    window.open_case(case_id)
    assert visible(form.complete_button) and visible(form.send_back_button)


def test_restore_is_offered_to_the_administrator_only(window):
    window.set_role("ppid_utama")
    assert not window.restore_action.isEnabled() and window.backup_action.isEnabled()
    window.set_role("tim_pertimbangan")
    assert not window.backup_action.isEnabled() and not window.yearly_action.isEnabled()
    window.set_role("admin")
    assert window.restore_action.isEnabled()


def test_printing_is_offered_only_to_who_may_print_the_document(window, monkeypatch):
    from app.documents import render as renderers
    from app.documents.store import finalise
    from tests.pdf_support import make_pdf

    monkeypatch.setattr(
        renderers, "render_document", lambda kind, case_id, stamp=None, detail=None: make_pdf(kind)
    )
    officials = create_officials()
    case_id = make_case(Actor("ppid_utama", "Sari"))
    advance_case(case_id, 2, officials)
    fill_step(case_id, officials)
    finalise(Actor("ppid_utama", "Sari"), case_id, "ba_uji")
    panel = window.case_view.documents
    for role, may in (("tim_pertimbangan", False), ("ppid_utama", True)):
        window.set_role(role)
        window.open_case(case_id)
        window.case_view.tabs.setCurrentWidget(panel)  # a tab is drawn when it is shown
        row = next(
            r for r in range(panel.model.rowCount()) if panel.model.record(r).spec.kind == "ba_uji"
        )
        panel.view.selectRow(row)
        assert panel.print_button.isEnabled() is may, role


# ----------------------------------------------------------------------------- one row
def test_completing_a_step_redraws_one_row_without_querying_the_list(
    qtbot, demo_window, monkeypatch, boxes
):
    window = demo_window
    panel = window.case_list
    window.set_role("ppid_utama")
    panel.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by number: a row keeps its place
    case = Case.select().where((Case.tahap == 2) & (Case.status == "berjalan")).first()
    fill_step(case.id, create_officials())
    panel.select_case(case.id)
    window.open_case(case.id)
    row = panel.model.row_of(case.id)
    assert panel.model.index(row, 4).data().startswith("2.")

    id_queries, resets, changed_rows = [], [], []
    real = listing.query_case_ids
    monkeypatch.setattr(
        "ui.case_list.query_case_ids", lambda *a, **k: id_queries.append(a) or real(*a, **k)
    )
    panel.model.modelReset.connect(lambda: resets.append(True))
    panel.model.dataChanged.connect(
        lambda top, bottom: changed_rows.extend(range(top.row(), bottom.row() + 1))
    )
    qtbot.mouseClick(window.case_view.form.complete_button, Qt.MouseButton.LeftButton)

    assert boxes.texts("warning") == ""
    assert id_queries == [] and resets == []
    assert changed_rows == [row]
    assert panel.model.index(row, 4).data().startswith("3.")
    assert panel.selected_case_id() == case.id


def test_a_row_that_leaves_the_filter_is_removed_without_querying(
    qtbot, demo_window, boxes, monkeypatch
):
    """ "Tugas saya" of the PPID Utama: once its step is done, the case is the Tim's."""
    window = demo_window
    panel = window.case_list
    window.set_role("ppid_utama")
    panel.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    panel.mine.setChecked(True)
    case = Case.select().where((Case.tahap == 2) & (Case.status == "berjalan")).first()
    fill_step(case.id, create_officials())
    shown = panel.model.rowCount()
    window.open_case(case.id)
    id_queries = []
    real = listing.query_case_ids
    monkeypatch.setattr(
        "ui.case_list.query_case_ids", lambda *a, **k: id_queries.append(a) or real(*a, **k)
    )
    qtbot.mouseClick(window.case_view.form.complete_button, Qt.MouseButton.LeftButton)
    assert boxes.texts("warning") == ""
    assert id_queries == []
    assert panel.model.rowCount() == shown - 1 and panel.model.row_of(case.id) == -1


def test_a_row_that_moves_in_the_order_is_placed_without_querying_the_list(
    qtbot, demo_window, boxes, monkeypatch
):
    """Most urgent first: a completed step gets a later due date and moves down the list; it
    is put in its place by a binary search, and the list is then in the order a fresh query
    gives."""
    window = demo_window
    panel = window.case_list
    window.set_role("ppid_utama")
    model = panel.model
    for case in Case.select().where((Case.tahap == 2) & (Case.status == "berjalan")):
        fill_step(case.id, create_officials())
        panel.select_case(case.id)
        window.open_case(case.id)
        before = model.row_of(case.id)
        id_queries = []
        real = listing.query_case_ids
        monkeypatch.setattr(
            "ui.case_list.query_case_ids",
            lambda *a, seen=id_queries, query=real, **k: seen.append(a) or query(*a, **k),
        )
        qtbot.mouseClick(window.case_view.form.complete_button, Qt.MouseButton.LeftButton)
        assert boxes.texts("warning") == ""
        assert id_queries == []
        monkeypatch.undo()
        fresh = real(model._filter, model._thresholds, model._sort, model._descending)
        assert model._ids == fresh
        assert panel.selected_case_id() == case.id
        if model.row_of(case.id) != before:
            break
    else:
        pytest.fail("no completed step moved its case in the list")


def test_a_no_op_save_writes_no_event(window, qtbot):
    officials = create_officials()
    case_id = make_case(Actor("ppid_utama", "Sari"))
    advance_case(case_id, 2, officials)
    fill_step(case_id, officials)
    window.set_role("ppid_utama")
    window.case_list.reload_choices()
    window.open_case(case_id)
    before = Event.select().count()
    qtbot.mouseClick(window.case_view.form.save_button, Qt.MouseButton.LeftButton)
    assert Event.select().count() == before


# ----------------------------------------------------------------------------- stale session
@pytest.fixture
def siti_window(qtbot, ui_db, tmp_path, boxes):
    """Siti, PPID Pembantu of Dinkes, logged in; the administrator manages her account."""
    accounts.create_first_admin(AccountInput("kepala", "Kepala", [RoleGrant("admin")]), UI_PASSWORD)
    boss = accounts.login("kepala", UI_PASSWORD)
    accounts.create_user(
        boss.actor(boss.roles[0]),
        AccountInput("siti", "Siti Rohaeti", [RoleGrant("ppid_pembantu", opd("Dinkes"))]),
        UI_PASSWORD,
    )
    login = accounts.login("siti", UI_PASSWORD)
    win = MainWindow(ui_db, settings_for(tmp_path / "ui.ini"), Session(login))
    qtbot.addWidget(win)
    win.show()
    return win, login, boss.actor(boss.roles[0])


def test_a_deactivated_account_is_sent_back_to_the_login(siti_window, qtbot, boxes, monkeypatch):
    window, login, boss = siti_window
    case_id = make_case(window.session.actor)
    window.case_list.reload_choices()
    window.open_case(case_id)
    back_to_login = []
    monkeypatch.setattr(messages, "_session_expired", [lambda: back_to_login.append(True)])
    accounts.update_user(
        boss, login.user_id, AccountInput("siti", "Siti Rohaeti", list(login.roles), aktif=False)
    )
    before = Event.select().count()
    window.case_view.form.field_widgets["tempat_rapat"].setText("Ruang rapat")
    qtbot.mouseClick(window.case_view.form.save_button, Qt.MouseButton.LeftButton)
    assert back_to_login == [True]
    assert any(
        title == "Sesi berakhir" and "dinonaktifkan" in text for _k, title, text in boxes.shown
    )
    assert Event.select().count() == before
    assert case_detail(case_id).current.data.get("tempat_rapat") is None


def test_a_revoked_role_is_sent_back_to_the_login(siti_window, qtbot, boxes, monkeypatch):
    window, login, boss = siti_window
    case_id = make_case(window.session.actor)
    window.case_list.reload_choices()
    window.open_case(case_id)
    back_to_login = []
    monkeypatch.setattr(messages, "_session_expired", [lambda: back_to_login.append(True)])
    accounts.update_user(
        boss, login.user_id, AccountInput("siti", "Siti Rohaeti", [RoleGrant("tim_pertimbangan")])
    )
    boxes.answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(window.case_view.form.complete_button, Qt.MouseButton.LeftButton)
    assert back_to_login == [True]
    assert any("sudah dicabut" in text for _k, _title, text in boxes.shown)


@pytest.fixture
def demo_window(qtbot, ui_db, tmp_path, boxes, login):
    fill_demo(36, documents=False)
    win = MainWindow(ui_db, settings_for(tmp_path / "ui.ini"), Session(login))
    qtbot.addWidget(win)
    win.show()
    return win


def test_unlocking_the_screen_takes_the_roles_the_account_holds_now(siti_window, monkeypatch):
    """A role granted and one revoked while the screen was locked: after the password the
    toolbar offers the new roles and the window acts in one the account still holds."""
    window, login, boss = siti_window
    accounts.update_user(
        boss,
        login.user_id,
        AccountInput(
            "siti", "Siti Rohaeti", [RoleGrant("tim_pertimbangan"), RoleGrant("atasan_ppid")]
        ),
    )

    def unlock(dialog):
        dialog.password.setText(UI_PASSWORD)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr("ui.main_window.LockDialog.exec", unlock)
    window.lock_screen()
    offered = [window.role_combo.itemData(i) for i in range(window.role_combo.count())]
    assert offered == ["tim_pertimbangan", "atasan_ppid"]
    assert window.session.actor.role == "tim_pertimbangan"
    assert not window.new_case_action.isEnabled()  # a PPID Pembantu could; the Tim cannot
