"""The window in English (*Bantuan → Bahasa → English*): every text of ``ui/`` goes through
Qt's translation, the catalogue ``resources/translations/ujikon_en`` has the English of each,
and a window built in English shows no Indonesian of its own. Documents stay Indonesian: they
are official papers, and are made by ``app/``.

Three nets, because each misses what the others catch: the static check finds a literal that
never reaches the catalogue (``tools/translations.py unwrapped``); the catalogue checks find a
text without its English or a catalogue out of step with the code; the window check builds the
main window and every dialog in English and fails on a lookup the catalogue cannot answer (a
text under the wrong context, which the static check cannot see) or on an Indonesian word left
on screen."""

from __future__ import annotations

import filecmp
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from ui import translation
from ui.translation import (
    LANGUAGE_ENV,
    LANGUAGE_SETTING,
    chosen_language,
    current_language,
    install_translations,
    remove_translations,
)

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import translations as tool  # noqa: E402  (tools/ is not a package)

# A placeholder, with its format spec if any ("{tanggal}", "{hari:hari}", "{ke:>2}").
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*(?::[^{}]*)?\}|%n|%\d")


def catalogue() -> list[tuple[str, str, ET.Element]]:
    """The committed catalogue's messages and those of any part file not yet merged into it
    (``tools/translations.py update`` merges them)."""
    parts = sorted(tool.PARTS.glob("*.ts")) if tool.PARTS.exists() else []
    found = list(tool.messages(tool.TS))
    known = {(ctx, src) for ctx, src, _m in found}
    for part in parts:
        found += [m for m in tool.messages(part) if (m[0], m[1]) not in known]
    return found


def build_catalogue(folder: Path) -> Path:
    """The catalogue ``tools/translations.py update`` would make of the code and the part
    files, compiled into ``folder`` (the committed one is not touched)."""
    ts = folder / "ujikon_en.ts"
    ts.write_bytes(tool.TS.read_bytes())
    tool.lupdate(tool.ui_sources(), ts)
    if tool.fill_from_parts(ts):
        tool.lupdate(tool.ui_sources(), ts)
    tool.lrelease(ts, folder / "ujikon_en.qm")
    return folder


@pytest.fixture(scope="session")
def fresh_catalogue(tmp_path_factory) -> Path:
    """The folder of ``build_catalogue``: what the window will load once the parts are merged
    (the same as the committed catalogue when there are none)."""
    return build_catalogue(tmp_path_factory.mktemp("catalogue"))


def english_of(message: ET.Element) -> list[str]:
    translation_ = message.find("translation")
    assert translation_ is not None
    forms = translation_.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation_.text or ""]


# ----------------------------------------------------------------------- the catalogue
def test_no_text_reaches_a_widget_untranslated():
    left = [f"{p.relative_to(ROOT)}:{line}: {text!r}" for p, line, text in tool.unwrapped()]
    assert not left, "untranslated texts (wrap them, or mark `# notr: why`):\n" + "\n".join(left)


def test_every_text_has_its_english():
    missing = [(ctx, src) for ctx, src, msg in catalogue() if tool.unfinished(msg)]
    assert not missing, missing


def test_the_catalogue_is_in_step_with_the_code(tmp_path):
    """Run ``tools/translations.py update`` when this fails: a text was added or changed."""
    fresh = tmp_path / "fresh.ts"
    tool.lupdate(tool.ui_sources(), fresh)
    in_code = {(ctx, src) for ctx, src, _m in tool.messages(fresh)}
    in_catalogue = {(ctx, src) for ctx, src, _m in catalogue()}
    assert in_code - in_catalogue == set(), "texts the catalogue lacks"
    assert in_catalogue - in_code == set(), "texts no longer in the code"


def test_the_list_of_app_labels_is_in_step():
    assert tool.APP_TEXTS.read_text(encoding="utf-8") == tool.app_texts_source()


def test_the_compiled_catalogue_is_the_ts_compiled(tmp_path):
    qm = tmp_path / "ujikon_en.qm"
    tool.lrelease(tool.TS, qm)
    assert filecmp.cmp(qm, tool.QM, shallow=False), "run tools/translations.py update"


def test_no_part_file_is_left_behind():
    """Part files are merged into the catalogue by ``update`` and then removed."""
    assert not list(tool.PARTS.glob("*.ts")) if tool.PARTS.exists() else True


# What English may leave out: the number in words ("10 (sepuluh) hari kerja" reads "10 working
# days"), and the count of a singular form ("one case").
MAY_DROP = {"{words}", "%n"}


def test_every_translation_keeps_its_placeholders():
    wrong = []
    for ctx, src, msg in catalogue():
        wanted = set(PLACEHOLDER.findall(src))
        for text in english_of(msg):
            used = set(PLACEHOLDER.findall(text))
            if used - wanted or (wanted - used) - MAY_DROP:
                wrong.append((ctx, src, text))
            if "%n" in wanted and "%n" not in used and msg.get("numerus") != "yes":
                wrong.append((ctx, src, text))
    assert not wrong, wrong


def test_an_english_plural_has_two_forms():
    for ctx, src, msg in catalogue():
        if msg.get("numerus") == "yes":
            assert len(english_of(msg)) == 2, (ctx, src)


# ---------------------------------------------------------------- the choice of language
def test_the_language_comes_from_the_setting_and_the_environment(tmp_path, monkeypatch):
    from ui.application import settings_for

    monkeypatch.delenv(LANGUAGE_ENV, raising=False)
    settings = settings_for(tmp_path / "ui.ini")
    assert chosen_language(settings) == "id"
    settings.setValue(LANGUAGE_SETTING, "en")
    assert chosen_language(settings) == "en"
    settings.setValue(LANGUAGE_SETTING, "klingon")
    assert chosen_language(settings) == "id"
    monkeypatch.setenv(LANGUAGE_ENV, "en")
    assert chosen_language(None) == "en"


def test_bahasa_menu_remembers_english_for_the_next_start(window, boxes):
    assert window.language_actions["id"].isChecked()
    window.language_actions["en"].trigger()
    assert window.settings.value(LANGUAGE_SETTING) == "en"
    assert "dibuka ulang" in boxes.texts() and "started again" in boxes.texts()
    assert window.language_actions["en"].isChecked()


# ------------------------------------------------------------------ the window in English
class Misses(QTranslator):
    """Installed below the English catalogue, so Qt asks it only what that one cannot
    answer; it records the question (Qt's own contexts aside: their source is English)."""

    def __init__(self, ujikon_contexts: set[str]) -> None:
        super().__init__()
        self.contexts = ujikon_contexts
        self.missed: set[tuple[str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):
        if (context in self.contexts or not context.startswith("Q")) and WORD.search(source):
            self.missed.add((context, source))
        return source

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def english(qapp, fresh_catalogue):
    before = QLocale()
    contexts = {ctx for ctx, _src, _m in catalogue()}
    misses = Misses(contexts)
    qapp.installTranslator(misses)
    installed = install_translations(qapp, "en", fresh_catalogue)
    assert installed and current_language() == "en"
    misses.missed.clear()
    yield misses
    remove_translations(qapp)
    qapp.removeTranslator(misses)
    install_translations(qapp, translation.DEFAULT_LANGUAGE)
    remove_translations(qapp)
    QLocale.setDefault(before)


# Words of Indonesian that English never uses: one of them on screen is a text left
# untranslated. (Names on the office's paper — roles, document titles — are kept on purpose
# and taken out before the search, as is the data of the test database.)
INDONESIAN = {
    "dan",
    "yang",
    "tidak",
    "untuk",
    "dengan",
    "atau",
    "dari",
    "pada",
    "kasus",
    "tahap",
    "simpan",
    "batal",
    "tutup",
    "pilih",
    "belum",
    "sudah",
    "akan",
    "ini",
    "itu",
    "oleh",
    "bila",
    "baru",
    "semua",
    "cari",
    "hapus",
    "ubah",
    "tambah",
    "kata",
    "sandi",
    "pengguna",
    "berkas",
    "bantuan",
    "cadangan",
    "riwayat",
    "tanggal",
    "nomor",
    "dokumen",
    "hari",
    "kerja",
    "libur",
    "keluar",
    "masuk",
    "ganti",
    "tentang",
    "buka",
    "cetak",
    "periksa",
    "perangkat",
    "daerah",
    "pejabat",
    "peran",
    "akun",
    "butir",
    "batas",
    "waktu",
    "selesai",
    "kunci",
    "layar",
    "segera",
    "terlambat",
    "catatan",
    "alasan",
    "tampilkan",
    "sembunyikan",
    "isian",
    "kolom",
    "pengaturan",
    "kantor",
    "arsip",
    "tahunan",
    "keutuhan",
    "lihat",
    "halaman",
    "dipilih",
    "terpilih",
    "sebagian",
    "seluruhnya",
    "dikecualikan",
    "terbuka",
}
WORD = re.compile(r"[A-Za-z]+")


# Names of the law and of the office's papers, kept in Indonesian inside English sentences.
NAMES = [
    "Keputusan Sekretaris Daerah",
    "Keputusan Bupati",
    "Sekretaris Daerah",
    "Bagian Hukum",
    "Mengingat",
    "Surat Penetapan",
    "Berita Acara",
    "Lembar Pertimbangan",
    "Majelis Komisioner",
    "Daftar Informasi yang Dikecualikan",
    "Komisi Informasi",
    "Kepala Dinas",
    "cuti bersama",
    "Data Master",
    "Kabupaten",
    "SKB 3 Menteri",
    "Nomor … Tahun …",
]


def kept_on_purpose() -> list[str]:
    """Texts whose English is the Indonesian itself (names on paper), longest first."""
    kept = {
        src
        for _ctx, src, msg in catalogue()
        if any(text == src for text in english_of(msg)) and len(src) > 3
    }
    return sorted(kept | set(NAMES), key=len, reverse=True)


def shown_texts(widget: QWidget) -> list[str]:
    texts = [widget.windowTitle()]
    for w in [widget, *widget.findChildren(QWidget)]:
        if not w.isVisibleTo(widget) and w is not widget:
            continue
        if isinstance(w, QLabel | QAbstractButton):
            texts += [w.text(), w.toolTip()]
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        elif isinstance(w, QPlainTextEdit):
            texts.append(w.placeholderText())
        elif isinstance(w, QMenu):
            texts += [a.text() for a in w.actions()] + [w.title()]
        if isinstance(w, QTreeView | QTableView) and w.model() is not None:
            model = w.model()
            horizontal = Qt.Orientation.Horizontal
            texts += [
                str(model.headerData(i, horizontal) or "") for i in range(model.columnCount())
            ]
        if isinstance(w, QComboBox) and w.isEditable() is False and w.count() < 12:
            texts += [w.itemText(i) for i in range(w.count())]
    for action in widget.findChildren(QMenu):
        texts += [a.text() for a in action.actions()] + [action.title()]
    return [t for t in texts if t and t.strip()]


def indonesian_left(texts: list[str], data: list[str]) -> list[str]:
    removable = sorted(set(kept_on_purpose()) | set(data), key=len, reverse=True)
    left = []
    for text in texts:
        if composed_by_app(text):
            continue
        plain = re.sub(r"<[^>]+>", " ", text).replace("&", "")
        for name in removable:
            plain = plain.replace(name, " ")
        words = {w.lower() for w in WORD.findall(plain)}
        if words & INDONESIAN:
            left.append(text)
    return left


def data_texts() -> list[str]:
    """What the test database holds (OPD names, officials, accounts, case titles): data, in
    whatever language it was typed."""
    from app import settings
    from app.models import Case, Official, Opd, User
    from app.refdata import current_sop
    from app.settings import KOP_ALAMAT, KOP_INSTANSI, KOP_PEMERINTAH

    found: list[str] = []
    for opd in Opd.select():
        found += [opd.nama, opd.singkatan, f"{opd.nama} ({opd.singkatan})"]
    found += [o.nama for o in Official.select()] + [o.jabatan for o in Official.select()]
    found += [u.nama_lengkap for u in User.select()] + [u.username for u in User.select()]
    found += [c.judul for c in Case.select()] + [c.nomor for c in Case.select()]
    for key in (KOP_INSTANSI, KOP_PEMERINTAH, KOP_ALAMAT):
        value = settings.value(key)
        found += list(value) if isinstance(value, list | tuple) else [str(value)]
    # The SOP's own text (what each step does, its outputs) is the SOP's, in Indonesian.
    sop = current_sop()
    found += [s.activity for s in sop.steps] + [o for s in sop.steps for o in s.outputs]
    # Where this PC keeps the office key (a path, whatever its words).
    from app.signing import keyfile

    found.append(str(keyfile.key_folder()))
    return [t for t in found if t]


# Sentences of the core (``app/``) still shown in Indonesian in an English window, each kind
# named so that any other Indonesian on screen still fails the test. The core hands the window
# phrases (``app.phrases``) that ``ui.translation.app_text`` says in English; these are the
# places that do not pass them through it yet.
APP_COMPOSED = [re.compile(p) for p in ()]


def composed_by_app(text: str) -> bool:
    return any(p.search(text) for p in APP_COMPOSED)


def assert_english(widget: QWidget, english: Misses) -> None:
    left = indonesian_left(shown_texts(widget), data_texts())
    assert not left, f"Indonesian left in {type(widget).__name__}: {left}"
    # ``_ListEditDialog.class_text`` asks the subclass's context, then its own: a text the
    # first answers with itself ("NIP") is asked of the second too, and is no miss.
    known = {src for _ctx, src, _m in catalogue()}
    missed = {
        (ctx, src) for ctx, src in english.missed if not (ctx == "_ListEditDialog" and src in known)
    }
    assert not missed, f"texts the catalogue could not answer: {sorted(missed)}"


def test_the_main_window_speaks_english(english, window, new_case, qtbot):
    new_case()
    for role in ("ppid_pembantu", "ppid_utama", "admin"):
        window.set_role(role)
        assert_english(window, english)
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    assert [m.title().replace("&", "") for m in menus] == ["File", "Master data", "Reports", "Help"]


def _opd_install_setup(window):
    """The setup dialog with *PPID Pembantu (perangkat daerah)* and an OPD chosen."""
    from ui.dialogs.login import SetupDialog

    dialog = SetupDialog(window)
    dialog.office_kind.setCurrentIndex(dialog.office_kind.findData("ppid_pembantu"))
    dialog.opd.setCurrentIndex(0)
    return dialog


DIALOGS = {
    "new case": lambda w: __import__("ui.dialogs.new_case", fromlist=["x"]).NewCaseDialog(
        w.session, w
    ),
    "opd": lambda w: __import__("ui.dialogs.master_data", fromlist=["x"]).OpdDialog(w.session, w),
    "officials": lambda w: __import__("ui.dialogs.master_data", fromlist=["x"]).OfficialsDialog(
        w.session, w
    ),
    "calendar": lambda w: __import__("ui.dialogs.calendar", fromlist=["x"]).CalendarDialog(
        w.session, w
    ),
    "users": lambda w: __import__("ui.dialogs.users", fromlist=["x"]).UsersDialog(w.session, w),
    "audit log": lambda w: __import__("ui.dialogs.audit_log", fromlist=["x"]).AuditLogDialog(
        w.session, w
    ),
    "office": lambda w: __import__(
        "ui.dialogs.office_settings", fromlist=["x"]
    ).OfficeSettingsDialog(w.session, w),
    "register": lambda w: __import__(
        "ui.dialogs.number_register", fromlist=["x"]
    ).NumberRegisterDialog(w.session, w),
    "verify": lambda w: __import__("ui.dialogs.verify", fromlist=["x"]).VerifyDialog(w),
    "backup": lambda w: __import__("ui.dialogs.backup", fromlist=["x"]).BackupDialog(w.session, w),
    "yearly archive": lambda w: __import__(
        "ui.dialogs.archive_tools", fromlist=["x"]
    ).YearlyArchiveDialog(w.session, w),
    "handover": lambda w: __import__("ui.dialogs.handover", fromlist=["x"]).HandoverDialog(
        w.session, parent=w
    ),
    "change password": lambda w: __import__(
        "ui.dialogs.login", fromlist=["x"]
    ).ChangePasswordDialog(w.session.login.user_id, parent=w),
    "lock": lambda w: __import__("ui.dialogs.login", fromlist=["x"]).LockDialog(
        w.session.login.username, w
    ),
    "login": lambda w: __import__("ui.dialogs.login", fromlist=["x"]).LoginDialog(w),
    "setup": lambda w: __import__("ui.dialogs.login", fromlist=["x"]).SetupDialog(w),
    "setup of an OPD install": lambda w: _opd_install_setup(w),
    "office keys": lambda w: __import__("ui.dialogs.office_keys", fromlist=["x"]).OfficeKeysDialog(
        w.session, w
    ),
    "server": lambda w: __import__("ui.dialogs.server_connect", fromlist=["x"]).ServerConnectDialog(
        "", w
    ),
    "dik": lambda w: __import__("ui.dialogs.dik", fromlist=["x"]).DikDialog(w.session, w),
    "reports": lambda w: __import__("ui.dialogs.reports", fromlist=["x"]).ReportsDialog(
        w.session, w
    ),
    "sop": lambda w: __import__("ui.dialogs.sop_view", fromlist=["x"]).SopDialog(
        __import__("app.refdata", fromlist=["x"]).current_sop(), w
    ),
}


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_each_dialog_speaks_english(english, window, qtbot, name):
    window.set_role("admin")
    dialog: QDialog = DIALOGS[name](window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert_english(dialog, english)
    dialog.reject()


def test_dates_and_numbers_follow_the_window_language(english):
    from datetime import date

    from ui import formats

    assert formats.format_date(date(2026, 3, 5)) == "5 March 2026"
    assert formats.day_name(date(2026, 3, 5)) == "Thursday"
    assert formats.format_number(100000) == "100,000"
    assert formats.format_size(2_621_440) == "2.5 MB"


def test_dates_and_numbers_stay_indonesian_by_default():
    from datetime import date

    from ui import formats

    assert current_language() == "id"
    assert formats.format_date(date(2026, 3, 5)) == "5 Maret 2026"
    assert formats.day_name(date(2026, 3, 5)) == "Kamis"
    assert formats.format_number(100000) == "100.000"
    assert formats.format_size(2_621_440) == "2,5 MB"


# ------------------------------------------- the sentences the core composes, in English
SENT_BACK = "Alasan pengecualian butir 1 belum menyebut akibat bila dibuka."


def returned_case(window) -> int:
    """A case of Dinkes whose step 5 the Atasan PPID sent back to step 4, open in the window
    for the PPID Utama (whose step 4 it is)."""
    from app.cases import commands
    from app.permissions import Actor
    from tests.conftest import advance_case
    from tests.ui.test_ui_capabilities import create_officials, make_case

    case_id = make_case(Actor("ppid_pembantu", "Budi"))
    advance_case(case_id, 5, create_officials())
    commands.send_back(Actor("atasan_ppid", "H. Asep Saepudin"), case_id, 5, SENT_BACK)
    window.case_list.reload_choices()
    window.set_role("ppid_utama")
    window.open_case(case_id)
    return case_id


def timeline_cells(window, column: int, role=Qt.ItemDataRole.DisplayRole) -> dict[int, str]:
    model = window.case_view.timeline_model
    return {
        int(model.index(r, 0).data()): model.index(r, column).data(role)
        for r in range(model.rowCount())
    }


def test_the_timeline_deadline_and_returned_step_speak_english(english, window, qtbot):
    from app.calendar_service import current_calendar

    returned_case(window)
    view = window.case_view
    # 25 November 2026: step 4 restarted today, with its 30 working days.
    assert view.status_line.text() == (
        "Step 4 of 6: Draft Surat Penetapan (PPID Utama) — deadline 12 January 2027, "
        "30 working days left"
    )
    assert view.form.returned_banner.text() == (
        "↩ This step was sent back from step 5 (Approval by the Atasan PPID) by H. Asep "
        f"Saepudin (Atasan PPID) on 25 November 2026. Reason: {SENT_BACK}"
    )
    view.tabs.setCurrentIndex(1)  # the timeline
    status = timeline_cells(window, 2)
    assert status[1] == "Finished"
    assert status[4] == "Running again (sent back from step 5) — on time"
    assert status[5] == "Sent back to step 4"
    assert status[6] == "Not started"
    tips = timeline_cells(window, 2, Qt.ItemDataRole.ToolTipRole)
    assert tips[5] == (
        "Sent back to step 4 by H. Asep Saepudin (Atasan PPID) on 25 November 2026. "
        f"Reason: {SENT_BACK}"
    )
    durations = timeline_cells(window, 4)
    assert (durations[4], durations[5]) == ("30 working days", "3 working days")
    # The counted days of the running step: each numbered, each skipped day named.
    view.timeline.selectRow(3)
    explanation = view.explanation.toPlainText()
    assert explanation.startswith("Step 4: Draft Surat Penetapan\nStarts Wednesday, 25 November")
    assert "\n  day  1  Thursday, 26 November 2026" in explanation
    assert "\n  skipped Saturday, 28 November 2026 — Weekend" in explanation
    assert "\n  skipped Friday, 25 December 2026 — National holiday: " in explanation
    assert "\nDeadline: 12 January 2027." in explanation
    assert "\n\nCalendar basis: Ujikon's working-day calendar: national holidays" in explanation
    view.timeline.selectRow(5)
    assert view.explanation.toPlainText() == (
        "Step 6 has not started. Its deadline is counted as 10 working days from the day the "
        "step before it is completed."
    )
    assert "\n  skipped Saturday, 28 November 2026 — Weekend: Saturday\n" in explanation
    # The holidays' names and the SKB's reference are the calendar's data, as the SKB names
    # them.
    calendar = current_calendar()
    data = [SENT_BACK, *calendar.skb.values()]
    data += [d.name for year in (2026, 2027) for d in calendar.holidays_in_year(year)]
    left = indonesian_left([explanation, view.status_line.text(), *status.values()], data)
    assert not left, left


def test_a_refusal_and_a_read_only_form_speak_english(english, window, qtbot):
    from app.capabilities import capabilities
    from ui.translation import app_text

    returned_case(window)
    window.set_role("tim_pertimbangan")
    form = window.case_view.form
    assert form.banner.isVisibleTo(form)
    assert form.banner.text() == (
        "You are acting as Tim Pertimbangan. This step is worked by PPID Utama; the form is "
        "read-only. Switch the role in the toolbar if you are the one who works it."
    )
    can = capabilities(window.session.actor)
    assert app_text(can.why_not("manage_users")) == (
        "Tim Pertimbangan may not manage users. Who may: Administrator. Your account holds "
        'the role Administrator: choose it under "Acting as".'
    )
    # The header's trigger comes from the core too.
    assert "· Before any request for information ·" in window.case_view.header.text()


def test_the_documents_tab_speaks_english(english, window, qtbot):
    returned_case(window)
    view = window.case_view
    view.tabs.setCurrentWidget(view.documents)
    model = view.documents.model
    rows = [
        [str(model.index(r, c).data() or "") for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    statuses = {row[2] for row in rows}
    assert statuses <= {"Draft", "Draft, not ready", "Not needed", "Final v1"}, statuses
    steps = {row[1] for row in rows}
    assert "all" in steps or steps <= set("123456"), steps
    tips = [
        str(model.index(r, 2).data(Qt.ItemDataRole.ToolTipRole) or "")
        for r in range(model.rowCount())
    ]
    left = indonesian_left(tips, data_texts())
    assert not left, left


def test_app_text_keeps_the_indonesian_of_a_phrase_when_the_window_speaks_indonesian(qapp):
    from datetime import date

    from app.cases.timeline import SendBack
    from app.phrases import duration
    from app.refdata import current_sop
    from ui.translation import app_text

    assert current_language() == "id"
    back = SendBack(current_sop().step(5), 4, "Budi", "atasan_ppid", date(2026, 11, 25), "x")
    for value in (back.banner(), back.note(), duration(1), back.who):
        shown = app_text(value)
        assert shown == value and type(shown) is str


def test_a_field_check_speaks_english_on_its_field(english, qapp, boxes):
    from datetime import date

    from PySide6.QtWidgets import QLineEdit

    from app.errors import ValidationError
    from app.validation import check_date, check_text
    from ui.messages import attempt

    def save():
        problems = []
        check_text(problems, "nama", "Nama lengkap", "", required=True)
        check_text(problems, "jabatan", "Jabatan", "x" * 300, max_len=200)
        check_date(
            problems,
            "tanggal",
            "Tanggal selesai",
            date(2026, 12, 1),
            not_after=date(2026, 11, 25),
            not_after_label="hari ini",
        )
        raise ValidationError(problems)

    fields = {key: QLineEdit() for key in ("nama", "jabatan", "tanggal")}
    ok, _ = attempt(None, save, fields=fields)
    assert not ok
    assert fields["nama"].toolTip() == "Full name is required."
    assert fields["jabatan"].toolTip() == (
        "Position is too long (300 characters; at most 200). Shorten it."
    )
    assert fields["tanggal"].toolTip() == (
        "Completion date (1 December 2026) may not be after today (25 November 2026)."
    )
