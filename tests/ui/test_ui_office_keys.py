"""Data Master → Kunci kantor mitra, as an administrator meets it: this office's fingerprint to
read out, the partner keys registered, and a key registered from a packet once the
fingerprint the sending office read out is typed in; a wrong one keeps the form open."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QFileDialog

from app.capabilities import capabilities
from app.exchange.keys import list_office_keys
from app.exchange.office import PEMBANTU, UTAMA, set_office
from app.models import Opd, database
from app.signing import keyfile
from tests.test_office_keys import signed_packet
from ui.dialogs.office_keys import OfficeKeysDialog, RegisterKeyForm
from ui.session import Session
from ui.translation import app_text


@pytest.fixture
def admin(login) -> Session:
    return Session(login, "admin")


@pytest.fixture
def partner(tmp_path):
    """Another office's key (its own folder: never this PC's)."""
    return keyfile.create_key(tmp_path / "kunci-mitra")


@pytest.fixture
def forms(monkeypatch) -> list[RegisterKeyForm]:
    """The register forms opened, shown without waiting (a modal exec would never return)."""
    opened: list[RegisterKeyForm] = []

    def show(form) -> int:
        opened.append(form)
        form.show()
        return 0

    monkeypatch.setattr(RegisterKeyForm, "exec", show)
    return opened


def choose_file(monkeypatch, path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_args: (str(path), ""))
    )


def open_dialog(qtbot, session) -> OfficeKeysDialog:
    dialog = OfficeKeysDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_own_fingerprint_is_shown_to_read_out_and_copy(qtbot, admin, boxes):
    dialog = open_dialog(qtbot, admin)
    own = keyfile.pinned_public().fingerprint
    assert dialog.own_label.text() == own
    fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
    assert dialog.own_label.font().family() == fixed
    assert dialog.own_label.textInteractionFlags()  # selectable
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == own
    assert dialog.model.rowCount() == 0 and dialog.empty_note.isVisible()


def test_registering_from_a_packet_with_the_right_fingerprint_adds_a_row(
    qtbot, admin, boxes, forms, partner, tmp_path, monkeypatch
):
    packet = signed_packet(
        tmp_path / "001-UK-DINKES-2026.ujikon-kasus", partner, PEMBANTU, "Dinas Kesehatan"
    )
    dialog = open_dialog(qtbot, admin)
    choose_file(monkeypatch, packet)
    dialog.register_button.click()
    [form] = forms
    assert form.packet_fingerprint.text() == partner.public.fingerprint
    assert form.opd is not None
    assert form.opd.currentData() == Opd.get(Opd.singkatan == "Dinkes").id  # from the packet
    assert form.ok_button.isEnabled() and not form.error.isVisible()
    form.read_out.setText(partner.public.fingerprint.lower())
    form.ok_button.click()
    assert not form.isVisible() and form.fingerprint == partner.public.fingerprint
    assert dialog.model.rowCount() == 1
    row = dialog.model.record(0)
    assert (row.whose, row.fingerprint) == ("Dinas Kesehatan", partner.public.fingerprint)
    assert not dialog.empty_note.isVisible() and dialog.done_note.isVisible()
    assert dialog.changed and not boxes.shown


def test_a_wrong_fingerprint_is_shown_in_the_form_which_stays_open(
    qtbot, admin, boxes, forms, partner, tmp_path, monkeypatch
):
    packet = signed_packet(tmp_path / "p.ujikon-kasus", partner, PEMBANTU, "Dinas Kesehatan")
    dialog = open_dialog(qtbot, admin)
    choose_file(monkeypatch, packet)
    dialog.register_button.click()
    [form] = forms
    wrong = keyfile.pinned_public().fingerprint
    form.read_out.setText(wrong)
    form.ok_button.click()
    assert form.isVisible() and form.error.isVisible()
    assert "tidak sama dengan sidik jari kunci ini" in form.error.text()
    assert form.read_out.property("invalid")
    assert form.read_out.text() == wrong  # nothing typed is lost
    assert list_office_keys() == [] and dialog.model.rowCount() == 0
    assert not boxes.shown
    # Corrected, the same form registers it.
    form.read_out.setText(partner.public.fingerprint)
    form.ok_button.click()
    assert not form.isVisible() and dialog.model.rowCount() == 1


def test_a_packet_that_does_not_fit_this_office_says_why_and_offers_nothing(
    qtbot, admin, boxes, forms, partner, tmp_path, monkeypatch
):
    packet = signed_packet(tmp_path / "utama-lain.ujikon-kasus", partner, UTAMA)
    dialog = open_dialog(qtbot, admin)
    choose_file(monkeypatch, packet)
    dialog.register_button.click()
    [form] = forms
    assert form.error.isVisible() and "padahal kantor ini PPID Utama" in form.error.text()
    assert not form.ok_button.isEnabled() and not form.read_out.isEnabled()


def test_a_damaged_packet_is_refused_before_the_form(
    qtbot, admin, boxes, forms, partner, tmp_path, monkeypatch
):
    packet = signed_packet(tmp_path / "p.ujikon-kasus", partner, PEMBANTU, "Dinas Kesehatan")
    packet.write_bytes(packet.read_bytes()[:-40])  # cut short
    dialog = open_dialog(qtbot, admin)
    choose_file(monkeypatch, packet)
    dialog.register_button.click()
    assert forms == []
    assert "rusak" in boxes.texts("warning")


def test_at_an_opd_install_the_key_is_the_ppid_utamas(
    qtbot, admin, boxes, forms, partner, tmp_path, monkeypatch
):
    with database.atomic():
        set_office(PEMBANTU, "Dinas Kesehatan")
    packet = signed_packet(tmp_path / "balasan.ujikon-kasus", partner, UTAMA)
    dialog = open_dialog(qtbot, admin)
    choose_file(monkeypatch, packet)
    dialog.register_button.click()
    [form] = forms
    assert form.opd is None  # no OPD to choose: "PPID Utama", fixed
    form.read_out.setText(partner.public.fingerprint)
    form.ok_button.click()
    assert [r.whose for r in dialog.model.rows()] == ["PPID Utama"]


def test_one_who_is_not_an_administrator_sees_the_button_off_and_why(qtbot, login, boxes):
    session = Session(login, "ppid_utama")
    dialog = open_dialog(qtbot, session)
    assert not dialog.register_button.isEnabled()
    reason = app_text(capabilities(session.actor).why_not("register_office_key"))
    assert reason and dialog.register_button.toolTip() == reason
    assert dialog.permission_note.isVisible() and dialog.permission_note.text() == reason
    assert dialog.own_label.text() == keyfile.pinned_public().fingerprint
