"""The first-run setup of an OPD install, as a clerk at a perangkat daerah meets it: the kind
of office, its OPD (the kop line proposed from it), no SOP roles and no demo to choose; then a
window acting as that OPD's PPID Pembantu."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from app import accounts, settings
from app.exchange.office import PEMBANTU, UTAMA, is_opd_install, office_opd
from app.masterdata import list_opd
from app.settings import KOP_INSTANSI, NOMOR_REGISTER_POLA
from ui.dialogs.login import SetupDialog

PASSWORD = "sandi-kantor-1"


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def dinkes():
    return next(o for o in list_opd() if o.singkatan == "Dinkes")


def test_the_setup_offers_an_opd_install_with_its_opd(qtbot, ui_db, boxes):
    dialog = SetupDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    # The PPID Utama by default: its SOP roles asked, no OPD.
    assert dialog.office_kind.currentData() == UTAMA
    assert not dialog.opd.isVisible() and dialog.roles_box.isVisible()
    office_kop = dialog.kop_instansi.text()
    assert office_kop == settings.value(KOP_INSTANSI)

    choose(dialog.office_kind, PEMBANTU)
    assert dialog.opd.isVisible() and dialog.opd_note.isVisible()
    assert not dialog.roles_box.isVisible() and not dialog.demo.isEnabled()
    assert dialog.opd.count() == len(list_opd(active_only=True))
    # Without its OPD the setup says what to fix and creates nothing.
    dialog.full_name.setText("Admin Dinkes")
    dialog.password.setText(PASSWORD)
    dialog.repeat.setText(PASSWORD)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert boxes.shown and "Pilih perangkat daerah kantor ini" in boxes.shown[-1][2]
    assert accounts.needs_setup()

    address = dialog.kop_alamat.text()
    choose(dialog.opd, dinkes().id)
    assert dialog.kop_instansi.text() == dinkes().kop_line  # proposed from the OPD
    assert dialog.kop_alamat.text() == "; ".join(dinkes().kop_alamat) != address
    dialog.kop_alamat.setText("Jl. Veteran No. 1, Serang")
    dialog.kop_instansi.setText("DINAS KESEHATAN KABUPATEN SERANG")  # the clerk's own
    choose(dialog.opd, next(o.id for o in list_opd() if o.singkatan != "Dinkes"))
    assert dialog.kop_instansi.text() == "DINAS KESEHATAN KABUPATEN SERANG"  # kept
    assert dialog.kop_alamat.text() == "Jl. Veteran No. 1, Serang"
    choose(dialog.opd, dinkes().id)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert is_opd_install() and office_opd().id == dinkes().id
    assert settings.value(NOMOR_REGISTER_POLA) == "{urut:03d}/UK-DINKES/{tahun}"
    from app.masterdata import find_opd

    assert find_opd(opd_id=dinkes().id).kop_alamat == ("Jl. Veteran No. 1, Serang",)
    assert dialog.session is not None
    assert [(g.role, g.opd_id) for g in dialog.session.roles] == [
        ("ppid_pembantu", dinkes().id),
        ("admin", None),
    ]


def test_going_back_to_the_ppid_utama_restores_its_kop_and_roles(qtbot, ui_db):
    dialog = SetupDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    office_kop = dialog.kop_instansi.text(), dialog.kop_alamat.text()
    choose(dialog.office_kind, PEMBANTU)
    choose(dialog.opd, dinkes().id)
    assert dialog.kop_instansi.text() == dinkes().kop_line
    choose(dialog.office_kind, UTAMA)
    assert (dialog.kop_instansi.text(), dialog.kop_alamat.text()) == office_kop
    assert dialog.roles_box.isVisible() and dialog.demo.isEnabled()
    assert not dialog.opd.isVisible()


def test_the_window_of_an_opd_install_acts_as_its_pembantu(qtbot, ui_db, boxes, tmp_path):
    from ui.application import settings_for
    from ui.main_window import MainWindow
    from ui.session import Session

    dialog = SetupDialog()
    qtbot.addWidget(dialog)
    choose(dialog.office_kind, PEMBANTU)
    choose(dialog.opd, dinkes().id)
    dialog.full_name.setText("Admin Dinkes")
    dialog.password.setText(PASSWORD)
    dialog.repeat.setText(PASSWORD)
    dialog.accept()
    win = MainWindow(
        ui_db, settings_for(tmp_path / "ui.ini"), Session(accounts.login("admin", PASSWORD))
    )
    qtbot.addWidget(win)
    win.show()
    assert win.role_combo.currentText() == "PPID Pembantu — Dinkes"
    assert win.status_db.text().endswith(f"kantor PPID Pembantu {dinkes().nama}")
    assert win.new_case_action.isEnabled() and win.receive_packet_action.isEnabled()
    from app.cases.commands import new_case_opds

    assert [o.id for o in new_case_opds(win.session.actor)] == [dinkes().id]


def test_the_opd_install_s_pembantu_may_finalise_its_step_1_documents(
    qtbot, ui_db, boxes, tmp_path
):
    from datetime import date

    from app.masterdata import OfficialInput, save_official
    from app.permissions import Actor
    from tests.conftest import create_case_with_item
    from ui.application import settings_for
    from ui.main_window import MainWindow
    from ui.session import Session

    dialog = SetupDialog()
    qtbot.addWidget(dialog)
    choose(dialog.office_kind, PEMBANTU)
    choose(dialog.opd, dinkes().id)
    dialog.kop_alamat.setText("Jl. Veteran No. 1, Serang")
    dialog.full_name.setText("Admin Dinkes")
    dialog.password.setText(PASSWORD)
    dialog.repeat.setText(PASSWORD)
    dialog.accept()
    save_official(  # who signs the OPD's step-1 documents
        Actor("admin", "Admin"),
        OfficialInput(
            nama="Budi Santoso",
            nip="197501012000031002",
            golongan="IV/a",
            jabatan="Sekretaris Dinas Kesehatan",
            peran="ppid_pembantu",
            opd_id=dinkes().id,
        ),
    )
    case = create_case_with_item(start=date(2026, 11, 2))
    win = MainWindow(
        ui_db, settings_for(tmp_path / "ui.ini"), Session(accounts.login("admin", PASSWORD))
    )
    qtbot.addWidget(win)
    win.show()
    win.tabs.setCurrentWidget(win.splitter)
    win.open_case(case.id)
    win.case_view.tabs.setCurrentWidget(win.case_view.documents)
    panel = win.case_view.documents
    rows = [panel.model.record(r).spec.kind for r in range(panel.model.rowCount())]
    panel.view.selectRow(rows.index("laporan_identifikasi"))
    assert panel.finalise_button.isEnabled(), panel.readiness.text()
