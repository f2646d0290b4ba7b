"""File dialogs, as the clerk met them: each opened in the home folder, so the scans folder
was looked for again for every signed copy. A file dialog now opens in the folder last used
for the same purpose (remembered in the window's settings), else in Documents."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from ui import folders
from ui.dialogs.office_settings import OfficeSettingsDialog
from ui.dialogs.verify import VerifyDialog


def test_a_file_dialog_opens_in_the_folder_last_used_for_its_purpose(
    window, qtbot, monkeypatch, tmp_path
):
    scans = tmp_path / "Pindaian PPID"
    scans.mkdir()
    pdf = scans / "ba-uji-ttd.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    opened_in: list[str] = []

    def choose(_parent, _title, start, _filter):
        opened_in.append(start)
        return str(pdf), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(choose))
    dialog = VerifyDialog(window)
    qtbot.addWidget(dialog)
    dialog.choose.click()
    dialog.choose.click()
    assert opened_in == [str(folders.documents_folder()), str(scans)]
    assert window.settings.value("folder/periksa_pdf") == str(scans)
    # another purpose keeps its own folder: the logo still starts in Documents
    settings = OfficeSettingsDialog(window.session, window)
    qtbot.addWidget(settings)
    opened_in.clear()
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        staticmethod(lambda _p, _t, s, _f: opened_in.append(s) or ("", "")),
    )
    settings._choose_logo()
    assert opened_in == [str(folders.documents_folder())]


def test_a_folder_since_removed_falls_back_to_documents(window, tmp_path):
    gone = tmp_path / "flashdisk"
    window.settings.setValue("folder/pindaian", str(gone))
    assert folders.start_folder(folders.SCAN) == folders.documents_folder()
