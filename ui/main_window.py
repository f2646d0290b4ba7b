"""The main window: the case list on the left, the open case on the right, menus for
Berkas, Data Master and Bantuan, and the role the clerk acts as."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QEvent,
    QObject,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QMouseEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStatusBar,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME, accounts, workspace
from app.accounts import LoggedIn
from app.backup_reminder import backup_on_exit_wanted
from app.capabilities import capabilities
from app.changes import ChangeSet
from app.errors import UserError
from app.refdata import current_sop
from app.settings import CUTI_BERSAMA_LIBUR
from app.settings import value as setting_value
from ui import folders
from ui.backup_reminder import backup_reminder_text
from ui.case_list import CaseListPanel
from ui.case_view import CaseView
from ui.dashboard import CasesWanted, Dashboard, show_in_case_list
from ui.dialogs.login import ChangePasswordDialog, LockDialog
from ui.dialogs.report_tabs import ANNUAL, EVIDENCE, REGISTER, SOP
from ui.messages import report, show_user_error
from ui.session import Session
from ui.translation import LANGUAGES, app_text, choose_language, current_language

translate = QCoreApplication.translate

LOCK_LOST_TEXT = QT_TRANSLATE_NOOP(
    "MainWindow",
    "Berkas basis data ini telah diambil alih oleh Ujikon di komputer lain. "
    "Tutup Ujikon di sini agar tidak ada dua penulis pada satu berkas.",
)
SERVER_DOWN_TEXT = QT_TRANSLATE_NOOP(
    "MainWindow",
    "Server basis data {server} tidak menjawab. Periksa sambungan jaringan kantor dan "
    "apakah komputer server menyala; perubahan tidak dapat disimpan sampai server menjawab "
    "lagi, dan Ujikon menyambung lagi sendiri.",
)


class _DisabledEntryHover(QObject):
    """While the mouse is over a disabled menu entry, its status tip (why it is off, and who
    may) is in the status bar, as an enabled entry's is."""

    def __init__(self, status_bar: QStatusBar) -> None:
        super().__init__(status_bar)
        self._status_bar = status_bar

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if isinstance(obj, QMenu) and event.type() == QEvent.Type.MouseMove:
            assert isinstance(event, QMouseEvent)
            action = obj.actionAt(event.position().toPoint())
            if action is not None and not action.isEnabled() and action.statusTip():
                self._status_bar.showMessage(action.statusTip())
        return False


class MainWindow(QMainWindow):
    def __init__(
        self, db_path: Path, settings: QSettings, session: Session, reopen=None, logout=None
    ) -> None:
        super().__init__()
        self.db_path = db_path
        self.settings = settings
        self._reopen = reopen  # callable(path) that opens another database, or None
        self._logout = logout  # callable() that logs out and shows the login again, or None
        self.session = session
        folders.use_settings(settings)  # where the file dialogs open (ui/folders.py)

        self.case_list = CaseListPanel(self.session)
        self.case_view = CaseView(self.session)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.case_list)
        self.splitter.addWidget(self.case_view)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setChildrenCollapsible(False)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff3cd; color: #664d03; padding: 6px;")
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.addWidget(self.banner)
        # The dashboard first, then the cases (the list beside the open case).
        self.dashboard = Dashboard()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("main_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.dashboard, self.tr("D&asbor"))
        self.tabs.addTab(self.splitter, self.tr("&Kasus"))
        central_layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.dashboard.showCases.connect(self.show_cases)
        self.dashboard.backupRequested.connect(self.backup)
        self.dashboard.openDik.connect(self.show_dik)

        self._build_actions()
        self._build_toolbar()
        self.status_db = QLabel()
        self.statusBar().addPermanentWidget(self.status_db)
        self._update_status()

        self.case_list.caseSelected.connect(self.open_case)
        self.case_list.caseActivated.connect(self._activate_case)
        self.case_list.foundNothing.connect(self._found_nothing)
        self.case_view.changed.connect(self.apply_changes)
        self.session.actorChanged.connect(self._apply_permissions)
        self.setAcceptDrops(True)  # a case packet dropped on the window is received
        self._apply_permissions()
        self._restore_state()
        self.tabs.setCurrentWidget(self.dashboard)  # the day starts with the overview
        self.update_banner()
        # Another Ujikon may take this file over (e.g. after this PC slept for hours): look
        # once a minute and say so at the top.
        self._lock_watch = QTimer(self)
        self._lock_watch.timeout.connect(self.update_banner)
        self._lock_watch.start(60_000)
        # A server database: the other PCs' changes redrawn as they are committed.
        from ui.server_watch import watch_server

        self._server_down = False
        self.server_watch = watch_server(self)
        if self.server_watch is not None:
            self.server_watch.changed.connect(self.apply_remote_changes)
            self.server_watch.reachable.connect(self._server_reachable)

    # -- construction -----------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.new_case_action = self._action(
            self.tr("Kasus &baru…"), self.new_case, QKeySequence.StandardKey.New
        )
        self.find_action = self._action(
            self.tr("&Cari kasus"), self.case_list.focus_search, QKeySequence.StandardKey.Find
        )
        self.open_db_action = self._action(
            self.tr("&Buka basis data lain…"), self.open_database, QKeySequence.StandardKey.Open
        )
        self.server_action = self._action(self.tr("Sambungkan ke &server…"), self.connect_server)
        self.quit_action = self._action(
            self.tr("&Keluar"), self.close, QKeySequence.StandardKey.Quit
        )
        self.refresh_action = self._action(
            self.tr("&Muat ulang"), self.refresh, QKeySequence.StandardKey.Refresh
        )
        self.opd_action = self._action(self.tr("&Perangkat daerah…"), self.edit_opd)
        self.officials_action = self._action(self.tr("Pe&jabat…"), self.edit_officials)
        self.calendar_action = self._action(self.tr("&Kalender hari kerja…"), self.edit_calendar)
        self.office_action = self._action(
            self.tr("Profil kantor dan &naskah dinas…"), self.edit_office
        )
        self.register_action = self._action(
            self.tr("&Register nomor naskah keluar…"), self.show_register
        )
        self.verify_action = self._action(
            self.tr("Periksa &keaslian dokumen…"), self.verify_document
        )
        self.receive_packet_action = self._action(
            self.tr("Terima &paket kasus…"), lambda: self.receive_packet()
        )
        self.office_keys_action = self._action(
            self.tr("Kunci kantor &mitra…"), self.edit_office_keys
        )
        self.office_keys_action.setStatusTip(
            self.tr("Sidik jari kunci kantor ini, dan kunci kantor lain yang paketnya diterima")
        )
        self.backup_action = self._action(self.tr("&Cadangkan…"), self.backup)
        self.restore_action = self._action(self.tr("&Pulihkan dari cadangan…"), self.restore)
        self.yearly_action = self._action(self.tr("Arsip &tahunan…"), self.yearly_archive)
        self.check_action = self._action(
            self.tr("Periksa &keutuhan basis data…"), self.check_database
        )
        self.password_action = self._action(self.tr("Ganti &kata sandi…"), self.change_password)
        self.lock_action = self._action(
            self.tr("Kunci &layar"), self.lock_screen, QKeySequence("Ctrl+L")
        )
        self.logout_action = self._action(self.tr("Keluar akun / ganti pengguna…"), self.log_out)
        self.users_action = self._action(self.tr("Pen&gguna…"), self.edit_users)
        self.audit_action = self._action(
            self.tr("&Riwayat seluruh basis data…"), self.show_audit_log
        )
        self.handover_action = self._action(self.tr("&Serah terima tugas…"), self.hand_over)
        self.sop_action = self._action(
            self.tr("&SOP Uji Konsekuensi…"), self.show_sop, QKeySequence("F1")
        )
        self.about_action = self._action(self.tr("&Tentang Ujikon"), self.about)
        self.dik_action = self._action(
            self.tr("&Daftar Informasi yang Dikecualikan…"), self.show_dik
        )
        self.annual_action = self._action(
            self.tr("Laporan &tahunan…"), lambda: self.show_reports(ANNUAL)
        )
        self.register_book_action = self._action(
            self.tr("Buku &register…"), lambda: self.show_reports(REGISTER)
        )
        self.sop_document_action = self._action(
            self.tr("Dokumen &SOP…"), lambda: self.show_reports(SOP)
        )
        self.evidence_action = self._action(
            self.tr("Paket &bukti monitoring…"), lambda: self.show_reports(EVIDENCE)
        )
        bar = self.menuBar()
        berkas = bar.addMenu(self.tr("&Berkas"))
        berkas.addActions([self.new_case_action, self.find_action, self.refresh_action])
        berkas.addSeparator()
        berkas.addAction(self.receive_packet_action)
        berkas.addSeparator()
        berkas.addActions(
            [self.backup_action, self.restore_action, self.yearly_action, self.check_action]
        )
        berkas.addSeparator()
        berkas.addAction(self.verify_action)
        berkas.addAction(self.register_action)
        berkas.addSeparator()
        berkas.addAction(self.open_db_action)
        berkas.addAction(self.server_action)
        berkas.addSeparator()
        berkas.addActions([self.password_action, self.lock_action, self.logout_action])
        berkas.addSeparator()
        berkas.addAction(self.quit_action)
        master = bar.addMenu(self.tr("&Data Master"))
        master.addActions([self.opd_action, self.officials_action, self.calendar_action])
        master.addSeparator()
        master.addActions(
            [self.users_action, self.handover_action, self.audit_action, self.office_action]
        )
        master.addAction(self.office_keys_action)
        laporan = bar.addMenu(self.tr("&Laporan"))
        laporan.addAction(self.dik_action)
        laporan.addSeparator()
        laporan.addActions(
            [self.annual_action, self.register_book_action, self.sop_document_action]
        )
        laporan.addSeparator()
        laporan.addAction(self.evidence_action)
        self.reports_menu = laporan
        bantuan = bar.addMenu(self.tr("Ba&ntuan"))
        bantuan.addActions([self.sop_action, self.about_action])
        bantuan.addSeparator()
        bantuan.addMenu(self._language_menu())
        # What an action does, shown in its tooltip and the status bar while it is offered;
        # while it is not, the tooltip and status bar say why and who may (app.capabilities).
        self._offered = {
            "create_case": (self.new_case_action, self.tr("Buat kasus baru (Ctrl+N)")),
            "manage_users": (self.users_action, self.tr("Kelola akun pengguna dan perannya")),
            "restore": (
                self.restore_action,
                self.tr("Pulihkan basis data dari berkas cadangan"),
            ),
            "backup": (
                self.backup_action,
                self.tr("Cadangkan basis data ke folder pilihan"),
            ),
            "yearly_archive": (self.yearly_action, self.tr("Buat arsip tahunan hanya-baca")),
            "view_audit_log": (self.audit_action, self.tr("Riwayat seluruh basis data")),
            "receive_case": (
                self.receive_packet_action,
                self.tr(
                    "Terima kasus dari kantor lain: berkas paket kasus (.ujikon-kasus); "
                    "berkas itu dapat juga diseret ke jendela ini"
                ),
            ),
        }
        self.handover_action.setStatusTip(
            self.tr("Pindahkan tahap berjalan seorang pejabat ke akun lain")
        )
        # A menu says nothing in the status bar for a disabled entry: the filter does.
        self._menu_hover = _DisabledEntryHover(self.statusBar())
        for action in self.menuBar().actions():
            if action.menu() is not None:
                action.menu().setToolTipsVisible(True)
                action.menu().installEventFilter(self._menu_hover)
        # A disabled action's own shortcut does nothing: Ctrl+N then says why in the status bar.
        self.new_case_refused = QAction(self)
        self.new_case_refused.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_case_refused.triggered.connect(
            lambda: self.statusBar().showMessage(self.new_case_action.statusTip(), 15000)
        )
        self.addAction(self.new_case_refused)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Bilah alat"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.new_case_action)
        toolbar.addAction(self.refresh_action)
        toolbar.addAction(self.backup_action)
        spacer = QWidget()
        spacer.setSizePolicy(
            spacer.sizePolicy().horizontalPolicy().Expanding,
            spacer.sizePolicy().verticalPolicy().Preferred,
        )
        toolbar.addWidget(spacer)
        toolbar.addWidget(QLabel(self.tr("Bertindak sebagai: ")))
        self.role_combo = QComboBox()
        self._fill_roles()
        toolbar.addWidget(self.role_combo)
        self.user_label = QLabel()
        toolbar.addWidget(self.user_label)
        self.addToolBar(toolbar)
        saved = self.settings.value(f"peran/{self.session.login.username}", "")
        index = self.role_combo.findData(saved)
        if index >= 0:
            self.role_combo.setCurrentIndex(index)
        self._role_changed()
        self.role_combo.currentIndexChanged.connect(self._role_changed)

    def _fill_roles(self) -> None:
        """One entry per role the account holds (a PPID Pembantu of several OPDs is one)."""
        self.role_combo.blockSignals(True)
        self.role_combo.clear()
        for role in self.session.roles:
            self.role_combo.addItem(self.session.label(role), role)
            opds = self.session.login.role_opds(role)
            if len(opds) > 1:
                self.role_combo.setItemData(
                    self.role_combo.count() - 1,
                    self.tr(
                        "Satu peran untuk semua perangkat daerah Anda; saring daftar kasus "
                        'dengan "Perangkat daerah saya" atau satu perangkat daerah.'
                    ),
                    Qt.ItemDataRole.ToolTipRole,
                )
        self._show_acting_role()

    def _role_changed(self) -> None:
        role = self.role_combo.currentData()
        if role != self.session.role and not self.case_view.settle_unsaved(
            self.tr("berganti peran", "Simpan dulu sebelum …?")
        ):
            self._show_acting_role()
            return
        self.session.set_role(role)
        self.settings.setValue(f"peran/{self.session.login.username}", role)
        login = self.session.login
        self.user_label.setText(f"  {login.nama_lengkap} ({login.username})  ")
        self.setWindowTitle(
            self.tr("{app} — {nama} ({peran}) — Uji Konsekuensi Informasi Publik").format(
                app=APP_NAME, nama=login.nama_lengkap, peran=self.session.label()
            )
        )
        self._update_status()

    def _show_acting_role(self) -> None:
        """Show the role acted in in the role box (after a cancelled change, or a refill)."""
        self.role_combo.blockSignals(True)
        self.role_combo.setCurrentIndex(max(self.role_combo.findData(self.session.role), 0))
        self.role_combo.blockSignals(False)

    def set_role(self, role: str) -> None:
        """Act in ``role`` (as choosing it in the toolbar)."""
        index = self.role_combo.findData(role)
        if index < 0:
            raise ValueError(f"the account has no role {role}")
        self.role_combo.setCurrentIndex(index)

    def _apply_permissions(self) -> None:
        """Offer what ``app.capabilities`` says this actor may do now; an action not offered
        says why, and who may, in its tooltip and the status bar."""
        can = capabilities(self.session.actor)
        read_only = workspace.read_only()
        # The actions a file opened read-only cannot take, whoever acts, and why.
        read_only_reasons = {
            "restore": self.tr("Berkas ini dibuka hanya-baca; pemulihan tidak tersedia."),
            "receive_case": self.tr(
                "Berkas ini dibuka hanya-baca; paket kasus tidak dapat diterima."
            ),
        }
        for name, (action, tip) in self._offered.items():
            enabled = getattr(can, name)
            reason = app_text(can.why_not(name))
            short = app_text(can.why_not(name, short=True))
            if enabled and read_only and name in read_only_reasons:
                enabled = False
                reason = short = read_only_reasons[name]
            action.setEnabled(enabled)
            # The tooltip says all; the status bar, narrower, says why and who may.
            action.setToolTip(tip if enabled else reason)
            action.setStatusTip(tip if enabled else short)
        self.handover_action.setEnabled(can.manage_users)
        if not can.manage_users:
            self.handover_action.setStatusTip(app_text(can.why_not("manage_users", short=True)))
        self.new_case_refused.setEnabled(not can.create_case)

    # -- state ------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1340, 720)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([700, 666])
        header = self.settings.value("window/case_list_header")
        if isinstance(header, QByteArray):
            self.case_list.view.horizontalHeader().restoreState(header)
        # The list's one query at start, now that its columns and sort are restored; the last
        # case is opened once the list has it.
        last = self.settings.value("kasus_terakhir")
        self.case_list.start(int(last) if last is not None else None, self.open_case)

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue(
            "window/case_list_header", self.case_list.view.horizontalHeader().saveState()
        )
        if self.case_view.case_id is not None:
            self.settings.setValue("kasus_terakhir", self.case_view.case_id)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.case_view.settle_unsaved(self.tr("menutup Ujikon", "Simpan dulu sebelum …?")):
            event.ignore()
            return
        # The backup dialogs and the archive package are imported when first used, as the
        # other dialogs: only when this quit backs up first.
        if backup_on_exit_wanted(self.session.actor):
            from ui.dialogs.backup import backup_on_exit

            if not backup_on_exit(self.session, self):
                event.ignore()
                return
        self.save_state()
        super().closeEvent(event)
        if self.server_watch is not None:
            self.server_watch.stop()
            self.server_watch = None

    def update_banner(self) -> None:
        """Read-only mode, a network folder, a backup that is due: said at the top."""
        info = workspace.current()
        read_only = info is not None and info.read_only
        notes = [
            text
            for text in (
                translate("MainWindow", LOCK_LOST_TEXT) if workspace.lock_lost() else None,
                translate("MainWindow", SERVER_DOWN_TEXT).format(
                    server=info.where if info is not None else ""
                )
                if getattr(self, "_server_down", False)
                else None,
                info.read_only_reason if read_only else None,
                info.network_warning if info is not None else None,
                None if read_only else backup_reminder_text(),
            )
            if text
        ]
        self.banner.setText("\n".join(notes))
        self.banner.setVisible(bool(notes))

    def backup(self) -> None:
        from ui.dialogs.backup import BackupDialog

        BackupDialog(self.session, self).exec()
        self.update_banner()
        self.dashboard.show_backup()

    def restore(self) -> None:
        if self._reopen is None or not self.case_view.settle_unsaved(
            self.tr("memulihkan cadangan", "Simpan dulu sebelum …?")
        ):
            return
        # Reopen only after the dialog's own event loop has ended: reopening closes this
        # window, the dialog's parent.
        from ui.dialogs.backup import RestoreDialog

        reopen = self._reopen
        RestoreDialog(
            self.session,
            self.db_path,
            lambda path: QTimer.singleShot(0, lambda: reopen(path)),
            self,
        ).exec()

    def yearly_archive(self) -> None:
        from ui.dialogs.archive_tools import YearlyArchiveDialog

        YearlyArchiveDialog(self.session, self).exec()

    def check_database(self) -> None:
        from ui.dialogs.archive_tools import run_checks_dialog

        run_checks_dialog(self)

    def _update_status(self) -> None:
        if hasattr(self, "status_db"):
            text = (
                self.tr("Basis data: {path}  ·  cuti bersama = libur")
                if setting_value(CUTI_BERSAMA_LIBUR)
                else self.tr("Basis data: {path}  ·  cuti bersama = hari kerja")
            )
            info = workspace.current()  # a server named without its password
            text = text.format(path=info.where if info is not None else self.db_path)
            from app.exchange.office import office_opd

            opd = office_opd()
            if opd is not None:  # an OPD install says whose office it is
                text = self.tr("{status}  ·  kantor PPID Pembantu {opd}").format(
                    status=text, opd=opd.nama
                )
            self.status_db.setText(text)

    # -- cases ------------------------------------------------------------------------------
    def open_case(self, case_id: int) -> None:
        shown = self.case_view.case_id
        if shown is not None and shown != case_id:
            if not self.case_view.settle_unsaved(
                self.tr("membuka kasus lain", "Simpan dulu sebelum …?")
            ):
                self.case_list.select_case(shown, emit=False)  # stay on the case typed in
                return
        self.tabs.setCurrentWidget(self.splitter)
        try:
            self.case_view.show_case(case_id)
        except UserError as exc:
            show_user_error(self, exc)
            self.case_view.clear()
        except Exception as exc:
            report(self, exc)

    def show_cases(self, wanted: CasesWanted) -> None:
        """A figure of the dashboard was clicked: its cases in the list, the first opened."""
        self.tabs.setCurrentWidget(self.splitter)
        show_in_case_list(self.case_list, wanted)

    def receive_packet(self, path: Path | None = None) -> bool:
        """*Berkas → Terima paket kasus…* (``path`` None: chosen in a file dialog), and a
        packet dropped on the window: what it brings is shown, and once imported the case is
        redrawn and opened. True when a packet was imported."""
        from ui.dialogs.packets import ReceivePacketDialog, ask_packet_file

        if not self.receive_packet_action.isEnabled():
            self.statusBar().showMessage(self.receive_packet_action.statusTip(), 15000)
            return False
        if not self.case_view.settle_unsaved(
            self.tr("menerima paket kasus", "Simpan dulu sebelum …?")
        ):
            return False
        if path is None:
            path = ask_packet_file(self)
            if path is None:
                return False
        dialog = ReceivePacketDialog(self.session, path, self)
        if not dialog.exec() or dialog.case_id is None:
            return False
        self.case_list.search.clear()  # the case received must be in the list
        self.apply_changes(dialog.changes)
        self.case_list.select_case(dialog.case_id, emit=False)
        self.open_case(dialog.case_id)
        seen = dialog.inspection
        if seen is not None:
            self.statusBar().showMessage(
                self.tr("Paket kasus {nomor} diterima.").format(nomor=seen.nomor), 8000
            )
        return True

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """A case packet dragged over the window is taken (when this role may receive one);
        anything else is refused."""
        from ui.dialogs.packets import packet_path_from_mime

        if packet_path_from_mime(event.mimeData()) is None:
            event.ignore()
            return
        if not self.receive_packet_action.isEnabled():
            self.statusBar().showMessage(self.receive_packet_action.statusTip(), 15000)
            event.ignore()
            return
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        from ui.dialogs.packets import packet_path_from_mime

        path = packet_path_from_mime(event.mimeData())
        if path is None or not self.receive_packet_action.isEnabled():
            event.ignore()
            return
        event.acceptProposedAction()
        # Opened once the drop has ended: the program the file came from waits until then.
        QTimer.singleShot(0, lambda: self.receive_packet(path))

    def _found_nothing(self) -> None:
        """The search or filter found no case: the case pane is emptied and says so (after
        asking about typing not saved; Batal keeps the case open)."""
        if self.case_view.case_id is not None and not self.case_view.settle_unsaved(
            self.tr("menutup kasus ini", "Simpan dulu sebelum …?")
        ):
            return
        self.case_view.clear(
            self.tr(
                "Kasus tidak ditemukan.\n\nTidak ada kasus yang cocok dengan pencarian dan "
                "saringan di sebelah kiri; ubah atau hapus pencarian untuk melihat kasus lagi."
            )
        )

    def _activate_case(self, case_id: int) -> None:
        self.open_case(case_id)
        self.case_view.tabs.setCurrentIndex(0)
        self.case_view.tabs.setFocus()

    def apply_changes(self, changes: ChangeSet) -> None:
        """Redraw what a command changed, and only that (the case list redraws the changed
        row without querying its ids again unless the row moves)."""
        self.case_list.apply_changes(changes)
        self.case_view.apply_changes(changes)
        if changes.cases or changes.case_created or changes.calendar or changes.settings:
            self.dashboard.mark_stale()
        if changes.settings or changes.calendar:
            self._update_status()
            self.update_banner()

    def apply_remote_changes(self, changes: ChangeSet) -> None:
        """What another PC committed on the server: the same redraw as after a command
        here, without moving the selection or the clerk's unsaved typing."""
        self.case_list.apply_changes(changes)
        self.case_view.apply_remote_changes(changes)
        self.dashboard.mark_stale()
        if changes.settings or changes.calendar:
            self._update_status()
            self.update_banner()

    def _server_reachable(self, reachable: bool) -> None:
        self._server_down = not reachable
        self.update_banner()
        if reachable:
            self.refresh()  # what others did meanwhile

    def refresh(self) -> None:
        self.dashboard.mark_stale()
        self.case_list.reload_choices()
        if self.case_view.case_id is not None:
            self.open_case(self.case_view.case_id)
        self._update_status()

    def new_case(self) -> None:
        from ui.dialogs.new_case import NewCaseDialog

        dialog = NewCaseDialog(self.session, self)
        if dialog.exec() and dialog.created is not None:
            self.case_list.search.clear()  # the new case must be in the list
            self.apply_changes(dialog.changes)
            self.open_case(dialog.created.id)
            self.statusBar().showMessage(
                self.tr("Kasus {nomor} dibuat.").format(nomor=dialog.created.nomor), 6000
            )

    # -- master data and help -----------------------------------------------------------------
    def edit_opd(self) -> None:
        from ui.dialogs.master_data import OpdDialog

        dialog = OpdDialog(self.session, self)
        dialog.exec()
        self.apply_changes(dialog.changes)

    def edit_officials(self) -> None:
        from ui.dialogs.master_data import OfficialsDialog

        dialog = OfficialsDialog(self.session, self)
        dialog.exec()
        self.apply_changes(dialog.changes)

    def edit_calendar(self) -> None:
        from ui.dialogs.calendar import CalendarDialog

        dialog = CalendarDialog(self.session, self)
        dialog.calendarChanged.connect(self.apply_changes)
        dialog.exec()

    def change_password(self) -> None:
        ChangePasswordDialog(self.session.login.user_id, parent=self).exec()

    def lock_screen(self) -> None:
        """Hide the work behind the lock dialog; the same user's password opens it again.
        Typing not saved stays in the form while locked; logging out from the lock asks
        about it, and Batal there locks again."""
        while True:
            self.centralWidget().setVisible(False)
            dialog = LockDialog(self.session.login.username, self)
            try:
                unlocked = dialog.exec()
            finally:
                self.centralWidget().setVisible(True)
            if unlocked and dialog.login is not None:
                self._renew_session(dialog.login)
                return
            if self.log_out():
                return

    def _renew_session(self, login: LoggedIn) -> None:
        """Work on with the account's roles as they are now: one revoked while the screen was
        locked leaves the toolbar, one granted meanwhile appears."""
        self.session.renew(login)
        self._fill_roles()
        self._role_changed()

    def log_out(self) -> bool:
        """Log out and show the login again; False when the clerk chose to stay (Batal on
        typing not saved)."""
        if not self.case_view.settle_unsaved(self.tr("keluar akun", "Simpan dulu sebelum …?")):
            return False
        if self._logout is not None:
            self.save_state()
            self._logout()
        return True

    def edit_users(self) -> None:
        from ui.dialogs.users import UsersDialog

        dialog = UsersDialog(self.session, self)
        dialog.exec()
        self.apply_changes(dialog.changes)
        if dialog.changes.accounts:
            self._take_own_roles()

    def _take_own_roles(self) -> None:
        """The administrator may have changed their own roles: those granted are offered at
        once, and one taken away leaves the toolbar (the next action says so if it was the
        one acted in)."""
        login = self.session.login
        roles = accounts.grants_of(login.user_id)
        if roles and roles != login.roles:
            self._renew_session(dataclasses.replace(login, roles=roles))

    def hand_over(self) -> None:
        from ui.dialogs.handover import HandoverDialog

        dialog = HandoverDialog(self.session, parent=self)
        dialog.exec()
        self.apply_changes(dialog.changes)

    def show_audit_log(self) -> None:
        from ui.dialogs.audit_log import AuditLogDialog

        AuditLogDialog(self.session, self).exec()

    def edit_office(self) -> None:
        from ui.dialogs.office_settings import OfficeSettingsDialog

        OfficeSettingsDialog(self.session, self).exec()

    def edit_office_keys(self) -> None:
        """*Data Master → Kunci kantor mitra…*: open to everyone (it shows this office's own
        fingerprint); registering a key is offered there as ``app.capabilities`` says."""
        from ui.dialogs.office_keys import OfficeKeysDialog

        OfficeKeysDialog(self.session, self).exec()

    def show_dik(self) -> None:
        """*Laporan → Daftar Informasi yang Dikecualikan…* (and the dashboard's button)."""
        from ui.dialogs.dik import DikDialog

        dialog = DikDialog(self.session, self)
        dialog.exec()
        for changes in dialog.changes:
            self.apply_changes(changes)
        if dialog.changes:
            self.dashboard.mark_stale()
        if dialog.open_case_id is not None:
            self.case_list.search.clear()  # the new case must be in the list
            self.case_list.select_case(dialog.open_case_id, emit=False)
            self.open_case(dialog.open_case_id)

    def show_reports(self, tab: int = ANNUAL) -> None:
        """*Laporan → Laporan tahunan / Buku register / Dokumen SOP…*: one dialog, that tab."""
        from ui.dialogs.reports import ReportsDialog

        dialog = ReportsDialog(self.session, self, tab)
        dialog.exec()
        for changes in dialog.changes:
            self.apply_changes(changes)

    def show_register(self) -> None:
        from ui.dialogs.number_register import NumberRegisterDialog

        NumberRegisterDialog(self.session, self).exec()

    def verify_document(self) -> None:
        from ui.dialogs.verify import VerifyDialog

        VerifyDialog(self).exec()

    def show_sop(self) -> None:
        from ui.dialogs.sop_view import SopDialog

        try:
            SopDialog(current_sop(), self).exec()
        except UserError as exc:
            show_user_error(self, exc)

    def about(self) -> None:
        from app.about import version_info

        info = version_info(self.db_path)
        QMessageBox.about(
            self,
            self.tr("Tentang {app}").format(app=APP_NAME),
            self.tr(
                "<h3>{app} {version}</h3>"
                "<p>Uji Konsekuensi Informasi Publik untuk PPID Pemerintah Kabupaten Serang "
                "(UU 14/2008, Perki 1/2017).</p>"
                "<p>Bekerja sepenuhnya tanpa internet. Semua data kasus tersimpan di satu berkas "
                "basis data:<br><code>{path}</code></p>"
                "<p>Versi skema basis data: {schema} (berkas ini: {db_schema})<br>"
                "Versi SOP: {sop}<br>Log: <code>{log}</code></p>"
            ).format(
                app=APP_NAME,
                version=info.app_version,
                path=info.db_path,
                schema=info.schema_version,
                db_schema=info.db_schema,
                sop=info.sop_version,
                log=info.log_path,
            ),
        )

    def _language_menu(self) -> QMenu:
        """*Bantuan → Bahasa*: each language in its own name, the one in use checked. A choice
        is remembered for this PC's user and takes effect when Ujikon starts again."""
        menu = QMenu("&Bahasa / Language", self)  # notr: in both languages, to be found in either
        group = QActionGroup(menu)
        group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code, language in LANGUAGES.items():
            action = QAction(language.name, menu, checkable=True)
            action.setChecked(code == current_language())
            action.triggered.connect(lambda _=False, c=code: self.choose_language(c))
            group.addAction(action)
            menu.addAction(action)
            self.language_actions[code] = action
        return menu

    def choose_language(self, code: str) -> None:
        choose_language(self.settings, code)
        if code == current_language():
            return
        # Said in both languages: the clerk may not read the one the window is in.
        QMessageBox.information(
            self,
            self.tr("Bahasa"),
            self.tr(
                "Ujikon akan memakai bahasa yang dipilih setelah dibuka ulang.\n"
                "Ujikon will use the chosen language once it is started again."
            ),
        )

    def open_database(self) -> None:
        if self._reopen is None or not self.case_view.settle_unsaved(
            self.tr("membuka basis data lain", "Simpan dulu sebelum …?")
        ):
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Buka basis data Ujikon"),
            str(self.db_path.parent) if isinstance(self.db_path, Path) else "",
            self.tr("Basis data Ujikon (*.db *.sqlite);;Semua (*)"),
        )
        if path:
            self.save_state()
            from ui.dialogs.server_connect import SERVER_KEY

            self.settings.remove(SERVER_KEY)  # the next start opens the file again
            self._reopen(Path(path))

    def connect_server(self) -> None:
        """Berkas → Sambungkan ke server…: the office's PostgreSQL database; remembered for
        this user, so the next start opens it again."""
        from ui.dialogs.server_connect import SERVER_KEY, ServerConnectDialog

        if self._reopen is None or not self.case_view.settle_unsaved(
            self.tr("menyambung ke server", "Simpan dulu sebelum …?")
        ):
            return
        dialog = ServerConnectDialog(str(self.settings.value(SERVER_KEY, "")), self)
        if dialog.exec() and dialog.url:
            self.save_state()
            self.settings.setValue(SERVER_KEY, dialog.url)
            self._reopen(dialog.url)
