"""A returned step, as the clerk met it: the Atasan sent step 5 back, and step 4 looked
fresh, the reason only in a tooltip of Riwayat. Now the form of step 4 opens with a banner
naming who returned it, when and why, and the timeline marks the send-back."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.permissions import Actor
from tests.conftest import advance_case
from tests.ui.support import answer_reason
from tests.ui.test_ui_capabilities import create_officials, make_case

REASON = "Alasan pengecualian butir 1 belum menyebut akibat bila dibuka."


def test_the_returned_step_shows_who_when_and_why(window, qtbot, monkeypatch, boxes):
    case_id = make_case(Actor("ppid_pembantu", "Budi"))
    advance_case(case_id, 5, create_officials())
    window.case_list.reload_choices()
    window.set_role("atasan_ppid")
    window.open_case(case_id)
    form = window.case_view.form
    assert not form.returned_banner.isVisibleTo(form)
    answer_reason(monkeypatch, REASON)
    qtbot.mouseClick(form.send_back_button, Qt.MouseButton.LeftButton)

    window.set_role("ppid_utama")  # the PPID Utama opens the case it got back
    window.open_case(case_id)
    assert form.title.text().startswith("Tahap 4:")
    assert form.returned_banner.isVisibleTo(form)
    assert form.returned_banner.text() == (
        "↩ Tahap ini dikembalikan dari tahap 5 (Persetujuan Atasan PPID) oleh Petugas Uji "
        f"(Atasan PPID) pada 25 November 2026. Alasan: {REASON}"
    )

    window.case_view.tabs.setCurrentIndex(1)  # Linimasa tahapan
    model = window.case_view.timeline_model
    status = {int(model.index(r, 0).data()): model.index(r, 2) for r in range(model.rowCount())}
    assert status[4].data().startswith("Berjalan lagi (dikembalikan dari tahap 5)")
    assert REASON in status[4].data(Qt.ItemDataRole.ToolTipRole)
    assert status[5].data() == "Dikembalikan ke tahap 4"
    assert (
        status[5]
        .data(Qt.ItemDataRole.ToolTipRole)
        .startswith("Dikembalikan ke tahap 4 oleh Petugas Uji (Atasan PPID) pada 25 November 2026.")
    )
