"""Qt's own texts in Indonesian: the standard buttons, the message box, the file dialog, the
print dialog, the text fields' context menus and the calendar pop-up, through the translator
``ui.translation`` installs at start (``resources/translations/qtbase_id``)."""

from __future__ import annotations

import filecmp
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPoint, Qt, QTimer, QTranslator
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QToolButton,
    QTreeView,
    QWidget,
)

from ui import translation
from ui.translation import install_translations, remove_translations

TS = translation.TRANSLATIONS / "qtbase_id.ts"
QM = translation.TRANSLATIONS / "qtbase_id.qm"

# Contexts whose lookups are left to Qt on purpose: key names in shortcuts ("Ctrl", "Del"), the
# progress bar's "%p%", paper names that are names in every language ("A4", "Legal").
LEFT_TO_QT = {"QShortcut", "QProgressBar", "QPageSize"}
# Windows shows its own print and page setup dialogs, in Windows' language.
qt_print_dialogs = pytest.mark.skipif(
    sys.platform == "win32", reason="Windows shows its own print dialogs"
)


def ts_messages() -> list[tuple[str, str, str, str]]:
    """(context, source, comment, translation) of every message in the .ts."""
    found = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append(
                (
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    message.findtext("translation") or "",
                )
            )
    return found


def english_left() -> set[str]:
    """The English sources whose Indonesian differs: none of them may show in a dialog. (Paper
    names are left out: a printer's driver names its own paper sizes, "Envelope C5".)"""
    return {
        plain(src)
        for ctx, src, _cmt, tr in ts_messages()
        if plain(src) != plain(tr) and src and ctx != "QPageSize"
    }


def plain(text: str) -> str:
    return text.replace("&", "").strip()


def shown_texts(widget: QWidget) -> list[str]:
    """Every text a person reads in the widget: labels, buttons, group titles, tabs, the items
    of combo boxes and the headers of tree views, the window title."""
    texts = [widget.windowTitle()]
    for w in [widget, *widget.findChildren(QWidget)]:
        if isinstance(w, QLabel | QAbstractButton):
            texts.append(w.text())
            texts.append(w.toolTip())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QTreeView) and w.model() is not None:
            model = w.model()
            horizontal = Qt.Orientation.Horizontal
            texts += [str(model.headerData(i, horizontal)) for i in range(model.columnCount())]
    return [plain(t) for t in texts if t and plain(t)]


class Misses(QTranslator):
    """Installed before the Indonesian catalogue, so Qt asks it only what that one lacks (it
    answers with the English source, as Qt would without it)."""

    def __init__(self) -> None:
        super().__init__()
        self.missed: set[tuple[str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):
        if context not in LEFT_TO_QT:
            self.missed.add((context, source))
        return source

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def indonesian(qapp):
    """The window's translator and locale, as ``ui.application.run`` installs them; taken out
    again after the test (the other tests build their windows without it)."""
    before = QLocale()
    misses = Misses()
    qapp.installTranslator(misses)
    installed = install_translations(qapp)
    assert installed, "qtbase_id.qm was not loaded"
    misses.missed.clear()  # asked while it was alone, before the catalogue came in
    yield misses
    remove_translations(qapp)
    qapp.removeTranslator(misses)
    QLocale.setDefault(before)


def button_text(box, which) -> str:
    return plain(box.button(which).text())


def test_message_box_yes_no_cancel_are_ya_tidak_batal(indonesian):
    B = QMessageBox.StandardButton
    box = QMessageBox(
        QMessageBox.Icon.Question, "Hapus", "Hapus data ini?", B.Yes | B.No | B.Cancel
    )
    assert [button_text(box, b) for b in (B.Yes, B.No, B.Cancel)] == ["Ya", "Tidak", "Batal"]
    box.setDetailedText("rincian")
    box.show()
    details = [plain(b.text()) for b in box.findChildren(QAbstractButton)]
    assert "Tampilkan rincian…" in details
    box.close()
    assert not indonesian.missed


def test_every_standard_button_is_indonesian(indonesian):
    B = QDialogButtonBox.StandardButton
    expected = {
        B.Ok: "OK",
        B.Save: "Simpan",
        B.SaveAll: "Simpan semua",
        B.Open: "Buka",
        B.Yes: "Ya",
        B.YesToAll: "Ya untuk semua",
        B.No: "Tidak",
        B.NoToAll: "Tidak untuk semua",
        B.Abort: "Hentikan",
        B.Retry: "Coba lagi",
        B.Ignore: "Abaikan",
        B.Close: "Tutup",
        B.Cancel: "Batal",
        B.Discard: "Buang",
        B.Help: "Bantuan",
        B.Apply: "Terapkan",
        B.Reset: "Setel ulang",
        B.RestoreDefaults: "Pulihkan bawaan",
    }
    for which, text in expected.items():
        assert button_text(QDialogButtonBox(which), which) == text
    assert not indonesian.missed


def test_sop_dialogs_close_button_reads_tutup(indonesian):
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    assert button_text(buttons, QDialogButtonBox.StandardButton.Close) == "Tutup"


@pytest.mark.parametrize("mode", ["open", "save", "folder"])
def test_file_dialog_speaks_indonesian(indonesian, tmp_path, mode):
    (tmp_path / "surat.pdf").write_bytes(b"%PDF-1.4\n")
    dialog = QFileDialog(None, "", str(tmp_path), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    if mode == "save":
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    elif mode == "folder":
        dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    dialog.show()
    texts = shown_texts(dialog)
    dialog.close()
    assert {"Cari di:", "Batal"} <= set(texts)
    if mode == "folder":
        assert {"Pilih folder", "Folder:", "Pilih"} <= set(texts)
    else:
        assert {"Nama berkas:", "Jenis berkas:", "Nama", "Ukuran", "Jenis"} <= set(texts)
        assert "Tanggal diubah" in texts
        assert ("Simpan" if mode == "save" else "Buka") in texts
        assert ("Simpan sebagai" if mode == "save" else "Buka") in texts
    assert not set(texts) & english_left()
    assert not indonesian.missed


def test_file_dialog_asks_in_indonesian_before_replacing_a_file(indonesian):
    question = QCoreApplication.translate(
        "QFileDialog", "%1 already exists.\nDo you want to replace it?"
    )
    assert (
        question.replace("%1", "surat.pdf")
        == "surat.pdf sudah ada.\nApakah Anda ingin menggantinya?"
    )


def pdf_printer(tmp_path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "cetak.pdf"))
    return printer


@qt_print_dialogs
def test_print_dialog_speaks_indonesian(indonesian, tmp_path):
    printer = pdf_printer(tmp_path)  # kept: the dialog does not own it
    dialog = QPrintDialog(printer)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setMinMax(1, 3)
    dialog.show()
    texts = shown_texts(dialog)
    dialog.close()
    wanted = {
        "Printer",
        "Nama:",
        "Properti",
        "Lokasi:",
        "Jenis:",
        "Berkas keluaran:",
        "Rentang cetak",
        "Cetak semua",
        "Halaman dari",
        "sampai",
        "Salinan",
        "Jumlah salinan:",
        "Susun per salinan",
        "Urutan terbalik",
        "Opsi",
        "Cetak",
        "Batal",
        "Cetak ke berkas (PDF)",
        "Cetak bolak-balik",
    }
    assert wanted <= set(texts), wanted - set(texts)
    assert not set(texts) & english_left()
    assert not indonesian.missed


@qt_print_dialogs
def test_page_setup_speaks_indonesian(indonesian):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if printer.outputFormat() != QPrinter.OutputFormat.NativeFormat:
        pytest.skip("no printer installed: the page setup dialog needs one")
    setup = QPageSetupDialog(printer)
    setup.show()
    texts = shown_texts(setup)
    setup.close()
    wanted = {"Kertas", "Ukuran kertas:", "Orientasi", "Potret", "Lanskap", "Margin"}
    assert wanted <= set(texts), wanted - set(texts)
    assert not set(texts) & english_left()
    assert not indonesian.missed


def test_print_preview_speaks_indonesian(indonesian, tmp_path):
    printer = pdf_printer(tmp_path)
    preview = QPrintPreviewDialog(printer)
    preview.show()
    tips = {plain(a.toolTip()) for a in preview.findChildren(QToolButton)} | {
        plain(t) for t in shown_texts(preview)
    }
    preview.close()
    assert {"Pratinjau cetak", "Halaman berikutnya", "Perbesar", "Cetak"} <= tips
    assert not tips & english_left()
    assert not indonesian.missed


@pytest.mark.parametrize("kind", [QLineEdit, QPlainTextEdit])
def test_text_field_context_menu_reads_salin_tempel(indonesian, kind):
    field = kind()
    menu = field.createStandardContextMenu()
    actions = [plain(a.text()).split("\t")[0] for a in menu.actions() if not a.isSeparator()]
    assert {"Urungkan", "Ulangi", "Potong", "Salin", "Tempel", "Hapus", "Pilih semua"} <= set(
        actions
    )
    assert not indonesian.missed


def while_open(start, look) -> list[str]:
    """Run ``start`` (which opens a modal menu or dialog and waits) and read the texts of what
    it opened with ``look`` before closing it."""
    seen: list[str] = []
    returned = []

    def read_and_close() -> None:
        if returned:
            return  # ``start`` came back without opening anything: nothing to close
        opened = QApplication.activePopupWidget() or QApplication.activeModalWidget()
        if opened is None:
            QTimer.singleShot(20, read_and_close)
            return
        seen.extend(look(opened))
        opened.close()

    QTimer.singleShot(20, read_and_close)
    start()
    returned.append(True)
    return seen


def test_spin_box_menu_steps_up_and_down_in_indonesian(indonesian):
    spin = QSpinBox()
    spin.setRange(0, 10)
    spin.setValue(5)
    spin.show()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(2, 2), QPoint(2, 2))
    texts = while_open(
        lambda: QApplication.sendEvent(spin, event),
        lambda menu: [plain(a.text()).split("\t")[0] for a in menu.actions()],
    )
    assert {"Salin", "Tempel", "Pilih semua", "Naikkan", "Turunkan"} <= set(texts), texts
    assert not indonesian.missed


@qt_print_dialogs
def test_printer_properties_speak_indonesian(indonesian):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if printer.outputFormat() != QPrinter.OutputFormat.NativeFormat:
        pytest.skip("no printer installed: its properties need one")
    dialog = QPrintDialog(printer)
    dialog.show()
    properties = next(
        b for b in dialog.findChildren(QAbstractButton) if b.objectName() == "properties"
    )
    texts = while_open(properties.click, shown_texts)
    dialog.close()
    wanted = {"Properti printer", "Halaman", "Lanjutan", "Opsi pekerjaan cetak", "Kertas"}
    assert wanted <= set(texts), wanted - set(texts)
    assert {"Ukuran kertas:", "Orientasi", "Halaman sampul", "Jadwal cetak:"} <= set(texts)
    assert not set(texts) & english_left()
    assert not indonesian.missed


def test_calendar_pop_up_names_months_and_days_in_indonesian(indonesian):
    assert QLocale().name() == "id_ID"
    calendar = QCalendarWidget()
    calendar.setSelectedDate(QDate(2026, 3, 17))
    calendar.show()
    month = calendar.findChild(QToolButton, "qt_calendar_monthbutton")
    assert month.text() == "Maret"
    months = [a.text() for a in month.menu().actions()]
    assert months[0] == "Januari" and months[7] == "Agustus" and months[11] == "Desember"
    assert calendar.locale().dayName(1) == "Senin"
    assert calendar.locale().dayName(7, QLocale.FormatType.ShortFormat) == "Min"
    calendar.close()


def test_english_loads_no_indonesian_qt_catalogue(qapp):
    before = QLocale()
    try:
        installed = install_translations(qapp, "en")
        # Ujikon's own English only: Qt's texts are English already, qtbase_id is not loaded.
        assert [Path(t.filePath()).name for t in installed] == ["ujikon_en.qm"]
        assert QLocale().language() == QLocale.Language.English
        box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes)
        assert button_text(box, QMessageBox.StandardButton.Yes) == "Yes"
        # and back: the second call replaces the catalogues of the first
        assert install_translations(qapp, "id")
        box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes)
        assert button_text(box, QMessageBox.StandardButton.Yes) == "Ya"
    finally:
        remove_translations(qapp)
        QLocale.setDefault(before)


def test_the_qm_holds_every_translation_of_the_ts():
    """The committed .qm is in step with the .ts: each message of the .ts translates to what
    the .ts says (a .ts edited without running lrelease fails here)."""
    translator = QTranslator()
    assert translator.load(str(QM))
    messages = ts_messages()
    assert len(messages) > 300
    stale = [
        (ctx, src)
        for ctx, src, cmt, tr in messages
        if translator.translate(ctx, src, cmt or None) != tr
    ]
    assert not stale, stale


def lrelease() -> str | None:
    return shutil.which("pyside6-lrelease")


@pytest.mark.skipif(lrelease() is None, reason="pyside6-lrelease not on PATH")
def test_the_qm_is_what_lrelease_makes_of_the_ts(tmp_path):
    """Byte for byte: regenerate with
    ``uv run pyside6-lrelease resources/translations/qtbase_id.ts``."""
    fresh = tmp_path / "qtbase_id.qm"
    subprocess.run(
        [str(lrelease()), "-silent", str(TS), "-qm", str(fresh)], check=True, capture_output=True
    )
    assert filecmp.cmp(fresh, QM, shallow=False)


START = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QMessageBox
import ui.application as application

def first_widget(path):
    B = QMessageBox.StandardButton
    box = QMessageBox(QMessageBox.Icon.Question, "", "", B.Yes | B.No)
    print(box.button(B.Yes).text(), box.button(B.No).text())
    return False  # as if the database could not be opened: the start ends here

application.open_database_with_message = first_widget
application.run(Path(sys.argv[1]))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="would log into the real profile")
def test_the_application_installs_the_catalogue_before_its_first_widget(tmp_path):
    """``ui.application.run`` as it starts: the first thing that may show a widget (the
    database opening, with its messages) already finds Qt in Indonesian."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    done = subprocess.run(
        [sys.executable, "-c", START, str(tmp_path / "ujikon.db")],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
        timeout=60,
        check=False,
    )
    assert done.stdout.split() == ["&Ya", "&Tidak"], done.stderr
