"""A PPID Pembantu of several OPDs, as the clerk met it: 60 entries in the role box, one per
OPD, and another OPD's case editable until saving failed and the text was lost. Now: one
role, the OPDs as a filter of the case list, other OPDs' cases read-only from the start."""

from __future__ import annotations

import pytest

from app import accounts
from app.accounts import AccountInput, RoleGrant
from app.models import Opd
from app.permissions import Actor
from tests.ui.support import UI_PASSWORD
from tests.ui.test_ui_capabilities import make_case, opd
from ui.application import settings_for
from ui.case_list import MY_OPDS
from ui.main_window import MainWindow
from ui.session import Session


def window_of(qtbot, ui_db, tmp_path, grants) -> MainWindow:
    accounts.create_first_admin(AccountInput("kepala", "Kepala"), UI_PASSWORD)
    boss = accounts.login("kepala", UI_PASSWORD)
    accounts.create_user(
        boss.actor(boss.roles[0]), AccountInput("siti", "Siti Rohaeti", grants), UI_PASSWORD
    )
    win = MainWindow(
        ui_db, settings_for(tmp_path / "ui.ini"), Session(accounts.login("siti", UI_PASSWORD))
    )
    qtbot.addWidget(win)
    win.show()
    return win


def roles_offered(win) -> list[str]:
    return [win.role_combo.itemText(i) for i in range(win.role_combo.count())]


def test_a_pembantu_of_every_opd_has_one_role(qtbot, ui_db, tmp_path, boxes):
    grants = [RoleGrant("ppid_pembantu", o.id) for o in Opd.select()]
    assert len(grants) == 60
    win = window_of(qtbot, ui_db, tmp_path, [*grants, RoleGrant("tim_pertimbangan")])
    assert roles_offered(win) == ["PPID Pembantu (60 perangkat daerah)", "Tim Pertimbangan"]
    assert win.session.actor.opds == {g.opd_id for g in grants}


@pytest.fixture
def siti(qtbot, ui_db, tmp_path, boxes):
    grants = [RoleGrant("ppid_pembantu", opd("Dinkes")), RoleGrant("ppid_pembantu", opd("Dinsos"))]
    return window_of(qtbot, ui_db, tmp_path, grants)


def test_the_opds_are_a_filter_of_the_case_list(siti):
    cases = {short: make_case(Actor("ppid_utama", "Sari"), short) for short in ("Dinkes", "Dinsos")}
    other = make_case(Actor("ppid_utama", "Sari"), "Dindikbud")
    siti.case_list.reload_choices()
    combo = siti.case_list.opd_filter
    assert roles_offered(siti) == ["PPID Pembantu (2 perangkat daerah)"]
    # Her own OPDs lead the filter, with one entry for both.
    assert [combo.itemText(i) for i in range(4)] == [
        "Semua perangkat daerah",
        "Perangkat daerah saya (2)",
        "Dinkes",
        "Dinsos",
    ]
    model = siti.case_list.model
    listed = lambda: {model.case_id(r) for r in range(model.rowCount())}  # noqa: E731
    assert listed() == {*cases.values(), other}
    combo.setCurrentIndex(combo.findData(MY_OPDS))
    assert listed() == set(cases.values())
    combo.setCurrentIndex(combo.findText("Dinsos"))
    assert listed() == {cases["Dinsos"]}


def test_another_opds_case_is_read_only_from_the_start(siti):
    own = make_case(Actor("ppid_utama", "Sari"), "Dinsos")
    other = make_case(Actor("ppid_utama", "Sari"), "Dindikbud")
    siti.case_list.reload_choices()
    form = siti.case_view.form
    siti.open_case(own)
    assert form.save_button.isVisibleTo(form) and form.field_widgets["tempat_rapat"].isEnabled()
    assert form.add_item_button.isEnabled()
    siti.open_case(other)
    assert not form.save_button.isVisibleTo(form)
    assert not form.field_widgets["tempat_rapat"].isEnabled()
    assert not form.add_item_button.isEnabled() and not form.edit_item_button.isEnabled()
    assert form.banner.isVisibleTo(form)
    assert form.banner.text() == (
        "Kasus ini milik Dinas Pendidikan dan Kebudayaan. Anda PPID Pembantu untuk Dinkes, "
        "Dinsos; formulir hanya dapat dibaca."
    )


def test_the_new_case_dialog_offers_a_pembantu_only_their_own_opds(siti, qtbot):
    from ui.dialogs.new_case import NewCaseDialog

    dialog = NewCaseDialog(siti.session, siti)
    qtbot.addWidget(dialog)
    offered = {dialog.opd.itemData(i) for i in range(1, dialog.opd.count())}
    assert offered == {opd("Dinkes"), opd("Dinsos")}


def test_the_new_case_dialog_preselects_a_pembantu_s_only_opd(qtbot, ui_db, tmp_path, boxes):
    from ui.dialogs.new_case import NewCaseDialog

    win = window_of(qtbot, ui_db, tmp_path, [RoleGrant("ppid_pembantu", opd("Dinkes"))])
    dialog = NewCaseDialog(win.session, win)
    qtbot.addWidget(dialog)
    assert dialog.opd.count() == 2 and dialog.opd.currentData() == opd("Dinkes")
