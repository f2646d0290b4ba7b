"""Developer wording in the numbering settings, as the clerk met it: "Token: {kode} kode
klasifikasi, {urut:03d} nomor urut, …". The help now says in words what each placeholder
becomes, and under each pattern the dialog writes the number it gives
(``numbering.example_number``), as it is typed."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from ui.dialogs.office_settings import OfficeSettingsDialog


def test_each_pattern_shows_the_number_it_gives_as_it_is_typed(window, qtbot):
    dialog = OfficeSettingsDialog(window.session, window)
    qtbot.addWidget(dialog)
    for field, text in (
        (dialog.kode_unit, "PPID"),
        (dialog.kode["default"], "000.9.2"),
        (dialog.pola["default"], "{kode}/{urut:03d}/{unit}/{bulan_romawi}/{tahun}"),
    ):
        field.clear()
        qtbot.keyClicks(field, text)
    expected = "Nomor urut ke-12 pada November 2026 menjadi 000.9.2/012/PPID/XI/2026."
    assert dialog.examples["default"].text() == expected
    # a type without its own pattern gives the default's number
    other = next(k for k in dialog.examples if k != "default")
    dialog.pola[other].clear()
    assert dialog.examples[other].text().endswith("/012/PPID/XI/2026.")
    dialog.pola["default"].clear()
    qtbot.keyClicks(dialog.pola["default"], "{kode}/{unit}")  # no number in it
    assert "{urut}" in dialog.examples["default"].text()
    assert "menjadi" not in dialog.examples["default"].text()


def test_the_help_says_in_words_what_each_placeholder_becomes(window, qtbot):
    dialog = OfficeSettingsDialog(window.session, window)
    qtbot.addWidget(dialog)

    help_text = next(
        label.text() for label in dialog.findChildren(QLabel) if "kurung kurawal" in label.text()
    )
    assert "{urut:03d} nomor urut yang sama ditulis tiga angka (012)" in help_text
    assert "Token:" not in help_text
