"""Case packets in the window (ui.dialogs.packets): the open case sent from its button at an
OPD install, the packet looked into and imported at the PPID Utama, a damaged or forged one
refused with nothing imported, a case changed at both offices chosen field by field, and a
packet dropped on the main window."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QFileDialog

from app import accounts, clock, history, setup, store
from app.cases import commands
from app.cases.read import case_detail, get_case
from app.exchange import register_office_key
from app.exchange.office import PEMBANTU, UTAMA
from app.history.kinds import EventKind
from app.models import Case, Event, Opd, database
from tests.conftest import (
    ADMIN,
    PINNED_TODAY,
    advance_case,
    create_case_with_item,
    create_officials,
)
from tests.conftest import PEMBANTU as PEMBANTU_ACTOR
from tests.conftest import UTAMA as UTAMA_ACTOR
from tests.test_exchange import Office
from ui.application import settings_for
from ui.case_view import CaseView
from ui.dialogs import packets
from ui.dialogs.packets import ConflictModel, ReceivePacketDialog, packet_path_from_mime
from ui.main_window import MainWindow
from ui.session import Session

PASSWORD = "sandi-kantor-1"
NOMOR = "001/UK-DINKES/2026"
PACKET_NAME = "001-UK-DINKES-2026.ujikon-kasus"
WAIT_MS = 20_000


def _first_run(kantor: str, opd_id: int | None = None) -> None:
    setup.first_run(
        setup.FirstRun(
            username="petugas",
            nama_lengkap="Petugas Kantor",
            password=PASSWORD,
            kop_pemerintah="PEMERINTAH KABUPATEN SERANG",
            kop_instansi="DINAS KESEHATAN" if kantor == PEMBANTU else "DINAS KOMINFO",
            kop_alamat=["Jl. Veteran No. 1, Serang"],
            kantor=kantor,
            opd_id=opd_id,
        )
    )


def session(role: str) -> Session:
    return Session(accounts.login("petugas", PASSWORD), role)


def dinkes() -> Opd:
    return Opd.get(Opd.singkatan == "Dinkes")


def case_count() -> int:
    return Case.select().count()


@pytest.fixture
def offices(tmp_path, monkeypatch, qapp):
    """Two offices as their first-run setup makes them, each with the other's key: the OPD
    install of Dinkes (its account: Administrator and PPID Pembantu of Dinkes) and the PPID
    Utama (Administrator and PPID Utama)."""
    clock.pin_today(PINNED_TODAY)
    opd, utama = Office(tmp_path, "opd", monkeypatch), Office(tmp_path, "utama", monkeypatch)
    utama.open()
    utama.officials = create_officials()
    _first_run(UTAMA)
    register_office_key(ADMIN, dinkes().id, opd.public, opd.fingerprint)
    opd.open()
    opd.officials = create_officials()
    _first_run(PEMBANTU, dinkes().id)
    register_office_key(ADMIN, None, utama.public, utama.fingerprint)
    yield opd, utama
    store.close_database()
    clock.pin_today(None)


@pytest.fixture
def save_to(monkeypatch):
    """The save dialog answered with a file (its start path recorded)."""
    asked: list[str] = []

    def answer(target: Path):
        def choose(_parent, _title, start, _filter, *args, **kwargs):
            asked.append(start)
            return str(target), ""

        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
        return asked

    return answer


def send_from_opd(opd, qtbot, tmp_path, save_to, boxes, case_id: int | None = None) -> Path:
    """At the OPD install: step 1 done, the case sent from its button."""
    opd.open()
    if case_id is None:
        case_id = create_case_with_item(start=date(2026, 11, 2)).id
        advance_case(case_id, 2, opd.officials)
    view = CaseView(session("ppid_pembantu"))
    qtbot.addWidget(view)
    view.show_case(case_id)
    assert view.send_button.isEnabled()
    outbox = tmp_path / "flashdisk"
    outbox.mkdir(exist_ok=True)
    target = outbox / f"paket-{len(list(outbox.iterdir())) + 1}.ujikon-kasus"
    save_to(target)
    qtbot.mouseClick(view.send_button, Qt.MouseButton.LeftButton)
    assert target.is_file()
    view.close()
    return target


def receive_dialog(qtbot, path: Path, role: str = "ppid_utama") -> ReceivePacketDialog:
    dialog = ReceivePacketDialog(session(role), path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.inspecting(), timeout=WAIT_MS)
    return dialog


# ----------------------------------------------------------------------------- sending
def test_the_case_is_sent_from_its_button_once_step_1_is_done(
    offices, qtbot, tmp_path, save_to, boxes
):
    opd, _utama = offices
    opd.open()
    case = create_case_with_item(start=date(2026, 11, 2))
    view = CaseView(session("ppid_pembantu"))
    qtbot.addWidget(view)
    view.show_case(case.id)
    assert view.send_button.text().replace("&", "") == "Kirim ke PPID Utama…"
    assert not view.send_button.isEnabled()
    assert view.send_button.toolTip().startswith(f"Tahap 1 kasus {NOMOR} belum selesai")

    advance_case(case.id, 2, opd.officials)
    view.show_case(case.id)
    assert view.send_button.isEnabled()
    outbox = tmp_path / "flashdisk"
    outbox.mkdir()
    asked = save_to(outbox / "001-UK-DINKES-2026")  # the clerk typed the name without suffix
    with qtbot.waitSignal(view.changed, timeout=WAIT_MS) as sent:
        qtbot.mouseClick(view.send_button, Qt.MouseButton.LeftButton)
    assert Path(asked[0]).name == PACKET_NAME  # proposed: the case's number
    written = outbox / PACKET_NAME
    assert written.is_file()
    assert sent.args[0].case_id == case.id and sent.args[0].history
    [(kind, _title, text)] = boxes.shown
    assert kind == "information"
    assert str(written) in text and opd.fingerprint in text and "Kunci kantor mitra" in text
    last = Event.select().where(Event.case == case.id).order_by(Event.id.desc()).first()
    assert last.jenis == EventKind.PACKET_SENT

    # The administrator role of the same account may not send: the button says why.
    view._session.set_role("admin")
    assert not view.send_button.isEnabled() and view.send_button.toolTip()


def test_a_refused_send_is_shown_as_its_message_and_writes_nothing(
    offices, qtbot, tmp_path, save_to, boxes
):
    opd, _utama = offices
    opd.open()
    case = create_case_with_item(start=date(2026, 11, 2))
    advance_case(case.id, 2, opd.officials)
    view = CaseView(session("ppid_pembantu"))
    qtbot.addWidget(view)
    view.show_case(case.id)
    save_to(tmp_path / "tidak-ada" / PACKET_NAME)  # a folder that is not there
    qtbot.mouseClick(view.send_button, Qt.MouseButton.LeftButton)
    [(kind, _title, text)] = boxes.shown
    assert kind == "warning" and "tidak ada" in text and "Traceback" not in text
    assert not (tmp_path / "tidak-ada").exists()
    assert not Event.select().where(Event.jenis == EventKind.PACKET_SENT).exists()


# ----------------------------------------------------------------------------- receiving
def test_the_ppid_utama_receives_the_packet_and_the_case_continues_at_step_2(
    offices, qtbot, tmp_path, save_to, boxes
):
    opd, utama = offices
    path = send_from_opd(opd, qtbot, tmp_path, save_to, boxes)
    utama.open()
    before = case_count()
    dialog = receive_dialog(qtbot, path)
    assert not dialog.problem and dialog.inspection is not None
    assert NOMOR in dialog.case_label.text()
    assert dialog.opd_label.text() == dinkes().nama
    assert dialog.fingerprint_label.text() == opd.fingerprint
    assert dialog.here_label.text() == "Kasus baru di kantor ini"
    assert "1 butir informasi" in dialog.contents_label.text()
    assert dialog.running_label.text().startswith("Tahap 2")
    assert dialog.conflicts_box.isHidden()
    assert dialog.import_button.isEnabled()
    assert case_count() == before  # looking wrote nothing

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert case_count() == before + 1
    case = get_case(dialog.case_id)
    assert case.nomor == NOMOR and case.tahap == 2
    assert case_detail(case.id).current.tanggal_mulai == PINNED_TODAY
    assert dialog.changes.case_created and dialog.changes.case_id == case.id
    assert dialog.changes.cases == {case.id}


def test_a_flipped_byte_is_refused_and_nothing_is_imported(
    offices, qtbot, tmp_path, save_to, boxes
):
    opd, utama = offices
    path = send_from_opd(opd, qtbot, tmp_path, save_to, boxes)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    bad = tmp_path / "rusak.ujikon-kasus"
    bad.write_bytes(bytes(data))
    utama.open()
    before = case_count()
    dialog = receive_dialog(qtbot, bad)
    assert "rusak" in dialog.problem and dialog.inspection is None
    assert dialog.error.isVisibleTo(dialog) and "rusak" in dialog.error.text()
    assert "842029" in dialog.error.styleSheet()  # red, as the login's errors
    assert dialog.import_button.isHidden()
    assert dialog.close_button.text() == "Tutup"
    assert dialog.facts.isHidden()
    assert not dialog.import_packet()
    assert case_count() == before
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.case_id is None


def test_a_packet_of_a_key_not_registered_says_where_to_register_it(
    offices, qtbot, tmp_path, save_to, boxes
):
    from app.exchange import packet as pk
    from app.signing import keyfile

    opd, utama = offices
    path = send_from_opd(opd, qtbot, tmp_path, save_to, boxes)
    good = pk.read_packet(path)
    stranger = keyfile.create_key(tmp_path / "kunci-asing")
    manifest = {k: v for k, v in good.manifest.items() if k != "berkas"}
    manifest["pengirim"] = {**manifest["pengirim"], "publik": stranger.public.hex}
    forged = tmp_path / "asing.ujikon-kasus"
    pk.write_packet(forged, manifest, good.case, good.blobs, stranger.sign)
    utama.open()
    before = case_count()
    dialog = receive_dialog(qtbot, forged)
    assert "belum terdaftar" in dialog.error.text()
    assert "Data Master → Kunci kantor mitra" in dialog.error.text()
    assert stranger.public.fingerprint in dialog.error.text()
    assert dialog.import_button.isHidden() and case_count() == before


def test_a_case_changed_at_both_offices_is_chosen_field_by_field(
    offices, qtbot, tmp_path, save_to, boxes
):
    opd, utama = offices
    first = send_from_opd(opd, qtbot, tmp_path, save_to, boxes)
    case_id = Case.get(Case.nomor == NOMOR).id
    utama.open()
    here = receive_dialog(qtbot, first)
    assert here.import_packet()
    here_id = here.case_id
    # The PPID Utama works step 2; meanwhile the OPD changes the title and sends again.
    commands.save_step(UTAMA_ACTOR, here_id, 2, {"tempat_rapat": "Ruang Rapat Utama"})
    opd.open()
    with database.atomic():
        Case.update(judul="Judul dari OPD").where(Case.id == case_id).execute()
        history.record(EventKind.ITEM_SAVED, "Judul diubah", PEMBANTU_ACTOR, case_id)
    second = send_from_opd(opd, qtbot, tmp_path, save_to, boxes, case_id=case_id)

    utama.open()
    dialog = receive_dialog(qtbot, second)
    model = dialog.conflict_model
    assert dialog.conflicts_box.isVisibleTo(dialog)
    rows = {model.conflict(r).path: r for r in range(model.rowCount())}
    assert {"kasus.judul", "tahap.2.1.tempat_rapat"} <= set(rows)
    judul = rows["kasus.judul"]
    assert model.index(judul, ConflictModel.FIELD).data() == "Kasus: Judul"
    place = model.index(rows["tahap.2.1.tempat_rapat"], ConflictModel.FIELD).data()
    assert place == "Tahap 2: Tempat rapat"
    assert model.index(judul, ConflictModel.LOCAL_VALUE).data() == (
        "Pemutakhiran DIK Dinkes Tahun 2026"
    )
    assert model.index(judul, ConflictModel.INCOMING_VALUE).data() == "Judul dari OPD"
    assert model.index(rows["tahap.2.1.tempat_rapat"], ConflictModel.INCOMING_VALUE).data() == (
        "(kosong)"
    )
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Isian",
        "Di kantor ini",
        "Di paket",
        "Pilihan",
    ]
    assert not dialog.import_button.isEnabled()
    assert "Belum dipilih" in dialog.missing_label.text()

    # One row chosen with the keyboard (F2 opens the choice, picking it commits): not yet all.
    table = dialog.conflict_table
    table.setFocus()
    table.setCurrentIndex(model.index(judul, ConflictModel.CHOICE))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    combo = table.findChild(QComboBox)
    assert combo is not None
    local = combo.findData(packets.LOCAL)
    combo.setCurrentIndex(local)
    combo.activated.emit(local)
    assert model.choices() == {"kasus.judul": "lokal"}
    assert not dialog.import_button.isEnabled()

    # Then everything from the packet, and Impor.
    qtbot.mouseClick(dialog.all_packet_button, Qt.MouseButton.LeftButton)
    assert set(model.choices().values()) == {"paket"} and model.missing() == 0
    assert dialog.import_button.isEnabled()
    before = case_count()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.case_id == here_id
    assert case_count() == before and not dialog.changes.case_created
    assert get_case(here_id).judul == "Judul dari OPD"
    assert case_detail(here_id).current.data.get("tempat_rapat") is None
    last = Event.select().where(Event.case == here_id).order_by(Event.id.desc()).first()
    chosen = {c["isian"]: c["dipilih"] for c in last.rincian["pilihan"]}
    assert chosen and set(chosen.values()) == {"paket"} and "kasus.judul" in chosen


def test_the_result_goes_back_from_the_ppid_utama_and_the_opd_sees_what_changed(
    offices, qtbot, tmp_path, save_to, boxes
):
    opd, utama = offices
    first = send_from_opd(opd, qtbot, tmp_path, save_to, boxes)
    opd_case = Case.get(Case.nomor == NOMOR).id
    utama.open()
    here = receive_dialog(qtbot, first)
    assert here.import_packet()
    view = CaseView(session("ppid_utama"))
    qtbot.addWidget(view)
    view.show_case(here.case_id)
    assert view.send_button.text().replace("&", "") == "Kirim hasil ke perangkat daerah…"
    assert not view.send_button.isEnabled()
    advance_case(here.case_id, 7, utama.officials)
    view.show_case(here.case_id)
    assert view.send_button.isEnabled()
    reply = tmp_path / "balasan.ujikon-kasus"
    save_to(reply)
    qtbot.mouseClick(view.send_button, Qt.MouseButton.LeftButton)
    assert reply.is_file() and "kantor perangkat daerah" in boxes.shown[-1][2]
    view.close()

    opd.open()
    dialog = receive_dialog(qtbot, reply, "ppid_pembantu")
    assert dialog.here_label.text() == "Memperbarui kasus yang sudah ada di kantor ini"
    changed = dialog.changes_model.stringList()
    assert "Butir 1: Kesimpulan uji" in changed and dialog.changes_view.isVisibleTo(dialog)
    assert dialog.conflicts_box.isHidden() and dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.case_id == opd_case and get_case(opd_case).finished


def test_the_fields_are_named_as_the_clerk_knows_them(qapp):
    assert packets.field_label("butir.1.uraian") == "Butir 1: Uraian informasi"
    assert packets.field_label("tahap.3.2.tanggal_rapat") == "Tahap 3 (putaran 2): Tanggal rapat"
    assert packets.field_label("kasus.pemicu_rujukan") == "Kasus: Rujukan pemicu"
    assert packets.field_label("butir.2.kesimpulan") == "Butir 2: Kesimpulan uji"
    assert packets.field_label("lain.sesuatu", "sesuatu lain") == "sesuatu lain"
    assert packets.shown_value("sebagian", "butir.1.kesimpulan") == (
        "Dikecualikan sebagian (dihitamkan)"
    )
    assert packets.shown_value("2026-11-24") == "24 November 2026"
    assert packets.shown_value(["17.h.2", "17.i"]) == "17.h.2, 17.i"
    assert packets.shown_value(None) == "(kosong)"


# ----------------------------------------------------------------------------- the window
def drag_event(path: Path) -> QDragEnterEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDragEnterEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    event._mime = mime  # kept alive with the event
    event.ignore()
    return event


def drop_event(path: Path) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    event._mime = mime
    event.ignore()
    return event


@pytest.fixture
def utama_window(offices, qtbot, tmp_path, save_to, boxes):
    """The PPID Utama's main window, and a packet from the OPD to receive."""
    opd, utama = offices
    path = send_from_opd(opd, qtbot, tmp_path, save_to, boxes)
    utama.open()
    win = MainWindow(utama.db, settings_for(tmp_path / "ui.ini"), session("ppid_utama"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.set_role("ppid_utama")
    return win, path


def test_a_packet_file_dropped_on_the_window_opens_the_receive_dialog(
    utama_window, qtbot, tmp_path, monkeypatch
):
    win, path = utama_window
    assert win.acceptDrops()
    opened: list[ReceivePacketDialog] = []

    def run(dialog):
        opened.append(dialog)
        qtbot.waitUntil(lambda: not dialog.inspecting(), timeout=WAIT_MS)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ReceivePacketDialog, "exec", run)
    enter = drag_event(path)
    QApplication.sendEvent(win, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(win, drop_event(path))
    qtbot.waitUntil(lambda: bool(opened), timeout=WAIT_MS)
    assert opened[0].path == path and opened[0].inspection is not None

    text = tmp_path / "catatan.txt"
    text.write_text("bukan paket")
    refused = drag_event(text)
    QApplication.sendEvent(win, refused)
    assert not refused.isAccepted()
    assert packet_path_from_mime(QMimeData()) is None
    two = QMimeData()
    two.setUrls([QUrl.fromLocalFile(str(path)), QUrl.fromLocalFile(str(path))])
    assert packet_path_from_mime(two) is None  # exactly one file
    web = QMimeData()
    web.setUrls([QUrl("https://contoh.go.id/" + path.name)])
    assert packet_path_from_mime(web) is None  # a local file only


def test_berkas_terima_paket_imports_and_opens_the_case(utama_window, qtbot, monkeypatch):
    win, path = utama_window
    assert win.receive_packet_action.isEnabled()
    assert win.office_keys_action.isEnabled()
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )

    def run(dialog):
        qtbot.waitUntil(lambda: not dialog.inspecting(), timeout=WAIT_MS)
        assert dialog.import_packet()
        return dialog.result()

    monkeypatch.setattr(ReceivePacketDialog, "exec", run)
    win.receive_packet_action.trigger()
    case = Case.get(Case.nomor == NOMOR)
    assert win.case_view.case_id == case.id
    assert "Tahap 2 dari 6" in win.case_view.status_line.text()
    assert win.case_view.send_button.text().replace("&", "") == "Kirim hasil ke perangkat daerah…"
    assert not win.case_view.send_button.isEnabled()  # the result goes back after step 6
    assert "tahap 2" in win.case_view.send_button.toolTip()
    qtbot.waitUntil(lambda: win.case_list.selected_case_id() == case.id, timeout=WAIT_MS)


def test_a_role_that_may_not_receive_is_told_why_and_a_drop_is_refused(utama_window):
    win, path = utama_window
    win.set_role("admin")
    assert not win.receive_packet_action.isEnabled()
    assert win.receive_packet_action.statusTip()
    assert win.office_keys_action.isEnabled()  # its own fingerprint is shown to everyone
    enter = drag_event(path)
    QApplication.sendEvent(win, enter)
    assert not enter.isAccepted()
    assert not win.receive_packet(path)


def test_data_master_kunci_kantor_mitra_opens_the_office_keys_dialog(utama_window, monkeypatch):
    from ui.dialogs.office_keys import OfficeKeysDialog

    win, _path = utama_window
    opened: list[QDialog] = []
    monkeypatch.setattr(OfficeKeysDialog, "exec", lambda self: opened.append(self) or 0)
    for role in ("ppid_utama", "admin"):
        win.set_role(role)
        assert win.office_keys_action.isEnabled()
        win.office_keys_action.trigger()
    assert len(opened) == 2 and all(isinstance(d, OfficeKeysDialog) for d in opened)
