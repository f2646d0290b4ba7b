"""Date fields and error marks as the clerk met them: a click into an empty date field and
digits typed did nothing (the placeholder "belum diisi" took no digits); the red border of a
refused field stayed after it was fixed, and boxed the labels inside a field and the header
of the date field's calendar pop-up."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ui.forms.widgets import DateField, mark_invalid


def click_and_type(qtbot, field: DateField, digits: str) -> None:
    """Click into the field's text, then type, as the clerk does (the keys go to the date
    edit, which has the focus)."""
    qtbot.mouseClick(field.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(field, digits)


def red_pixels(widget: QWidget) -> int:
    """How many pixels of ``widget`` are painted in the error border's red (#c62828)."""
    image = widget.grab().toImage()
    count = 0
    for x in range(image.width()):
        for y in range(image.height()):
            c = QColor(image.pixel(x, y))
            if abs(c.red() - 0xC6) < 8 and abs(c.green() - 0x28) < 8 and abs(c.blue() - 0x28) < 8:
                count += 1
    return count


def test_digits_typed_after_a_click_into_an_empty_date_field_make_the_date(window, qtbot, new_case):
    new_case()
    field = window.case_view.form.field_widgets["tanggal_rapat"]
    assert field.value() is None
    click_and_type(qtbot, field, "05102026")
    assert field.value() == date(2026, 10, 5)
    assert field.text() == "05-10-2026"


def test_a_day_after_todays_day_can_be_typed_for_an_earlier_month(window, qtbot, new_case):
    """Today is 25 November and the field stops at today: 30 typed first is not refused as
    30 November (the month and the year come after it)."""
    new_case()
    field = window.case_view.form.field_widgets["tanggal_rapat"]
    click_and_type(qtbot, field, "30102026")
    assert field.value() == date(2026, 10, 30)
    field.set_value(None)
    click_and_type(qtbot, field, "03122025")  # December of last year
    assert field.value() == date(2025, 12, 3)


def test_the_red_border_of_a_refused_date_goes_when_the_date_is_typed(window, qtbot, new_case):
    new_case()
    form = window.case_view.form
    form.field_widgets["tempat_rapat"].setText("Aula Dinas Kesehatan")
    qtbot.mouseClick(form.complete_button, Qt.MouseButton.LeftButton)  # date left empty
    field = form.field_widgets["tanggal_rapat"]
    assert field.property("invalid") is True
    assert "Tanggal rapat" in field.toolTip()
    assert red_pixels(field) > 0
    click_and_type(qtbot, field, "05102026")
    assert field.property("invalid") is False
    assert field.toolTip() == ""
    assert red_pixels(field) == 0


def test_the_red_border_boxes_the_field_only_not_its_labels_or_the_calendar_header(qtbot):
    field = DateField()
    composite = QWidget()  # a field made of parts, such as the legal basis of an item
    label = QLabel("Pasal 17 huruf a", composite)
    QHBoxLayout(composite).addWidget(label)
    for w in (field, composite):
        qtbot.addWidget(w)
        w.show()
        mark_invalid(w, True, "Isian ini wajib diisi.")
    header = field.calendarWidget().findChild(QWidget, "qt_calendar_navigationbar")
    assert red_pixels(field) > 0 and red_pixels(composite) > 0
    assert red_pixels(header) == 0
    assert red_pixels(label) == 0
