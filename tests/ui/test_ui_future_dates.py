"""Future dates in a step's form, as the clerk met them: a Tanggal pertimbangan a week ahead
was accepted (and the Lembar Pertimbangan signed with it). The calendar now offers no day
after today, and a later date that reaches the form anyway is refused by name."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate

from app.cases.read import case_detail
from app.permissions import Actor
from tests.conftest import advance_case
from tests.ui.conftest import TODAY
from tests.ui.test_ui_capabilities import create_officials, make_case


def qdate(d) -> QDate:
    return QDate(d.year, d.month, d.day)


def test_a_consideration_a_week_ahead_is_refused_with_the_field_named(window, qtbot, boxes):
    case_id = make_case(Actor("ppid_pembantu", "Budi"))
    advance_case(case_id, 3, create_officials())
    window.case_list.reload_choices()
    window.set_role("tim_pertimbangan")
    window.open_case(case_id)
    form = window.case_view.form
    field = form.field_widgets["tanggal_pertimbangan"]
    # The calendar stops at today: a week ahead cannot be picked or typed.
    assert field.maximumDate() == qdate(TODAY)
    field.setDate(qdate(TODAY + timedelta(days=7)))
    assert field.value() == TODAY
    # A later date that reaches the form anyway (e.g. stored before this rule) is refused.
    field.set_value(TODAY + timedelta(days=7))
    assert field.value() == TODAY + timedelta(days=7)
    form.save_button.click()
    assert (
        "Tanggal pertimbangan (2 Desember 2026) tidak boleh setelah hari ini (25 November 2026)."
        in boxes.texts("warning")
    )
    assert field.property("invalid") and field.toolTip().startswith("Tanggal pertimbangan")
    assert case_detail(case_id).current.data.get("tanggal_pertimbangan") is None
    field.set_value(TODAY)
    form.save_button.click()
    assert case_detail(case_id).current.data["tanggal_pertimbangan"] == TODAY.isoformat()


def test_every_date_field_of_every_step_stops_at_today(window):
    case_id = make_case(Actor("ppid_pembantu", "Budi"))
    officials = create_officials()
    window.case_list.reload_choices()
    roles = {1: "ppid_pembantu", 2: "ppid_utama", 3: "tim_pertimbangan", 4: "ppid_utama"}
    roles |= {5: "atasan_ppid", 6: "ppid_utama"}
    seen = []
    for number in range(1, 7):
        advance_case(case_id, number, officials)
        window.set_role(roles[number])
        window.open_case(case_id)
        for key, widget in window.case_view.form.field_widgets.items():
            if key.startswith("tanggal_"):
                seen.append(key)
                assert widget.maximumDate() == qdate(TODAY), key
    assert set(seen) >= {"tanggal_rapat", "tanggal_pertimbangan", "tanggal_penetapan"}
    assert {"tanggal_distribusi", "tanggal_publikasi"} <= set(seen)
