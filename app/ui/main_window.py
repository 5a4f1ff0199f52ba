"""The main window: the session list and the session workspace, menus and shortcuts."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from app import APP_NAME, __version__
from app.core.i18n import fill
from app.widgets.plain import message_text

if TYPE_CHECKING:
    from app.core.templates import Template
    from app.storage.store import Store
    from app.ui.run.console import RunConsole
    from app.ui.session_list import SessionListPage
    from app.ui.workspace import SessionWorkspace

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(self, language: str = "nl", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.store: Store | None = None
        self.session_list: SessionListPage | None = None
        self.workspace: SessionWorkspace | None = None
        self.run_console: RunConsole | None = None
        self.setWindowTitle(APP_NAME)
        from app.ui.desk_style import DESK_STYLESHEET

        self.setStyleSheet(DESK_STYLESHEET)
        self.stack = QStackedWidget(self)
        self.loading = QLabel(self.tr("Opening the database…"), self)
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading)
        self.setCentralWidget(self.stack)
        self._build_menus()
        self.resize(1200, 780)
        geometry = QSettings().value("main_window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        self.statusBar()

    # -- menus -----------------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_action = self._action(self.tr("&New session…"), self.new_session,
                                       QKeySequence.StandardKey.New)  # fmt: skip
        file_menu.addAction(self.new_action)
        file_menu.addAction(self._action(self.tr("&Open database file…"), self.choose_database,
                                         QKeySequence.StandardKey.Open))  # fmt: skip
        from app.ui.connect_dialog import add_to_menu

        add_to_menu(self, file_menu)  # Shared database… (PostgreSQL for several laptops)
        file_menu.addAction(self._action(self.tr("&Save"), self.save_now,
                                         QKeySequence.StandardKey.Save))  # fmt: skip
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("Save session as &template…"),
                                         self.save_as_template))  # fmt: skip
        file_menu.addAction(self._action(self.tr("&Export template…"), self.export_template))
        file_menu.addAction(self._action(self.tr("&Import template…"), self.import_template))
        file_menu.addSeparator()
        from app.ui.safety.actions import install  # issue 9: restore a backup, session files

        install(self, file_menu)
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Quit"), self.close,
                                         QKeySequence.StandardKey.Quit))  # fmt: skip
        session_menu = bar.addMenu(self.tr("&Session"))
        session_menu.addAction(self._action(self.tr("&Run on the beamer"), self.run_current,
                                            QKeySequence("Ctrl+R")))  # fmt: skip
        from app.ui.run.launch import install as install_run  # rehearsal, clear actual times

        install_run(self, session_menu)
        session_menu.addAction(self._action(self.tr("&Print materials…"), self.print_materials,
                                            QKeySequence.StandardKey.Print))  # fmt: skip
        from app.ui.series_report_action import install as install_series_report

        install_series_report(self, session_menu)  # the report of the whole network
        language_menu = bar.addMenu(self.tr("&Language"))
        for code, label in (("nl", "Nederlands"), ("en", "English")):
            action = self._action(label, lambda _c=False, code=code: self.choose_language(code))
            action.setCheckable(True)
            action.setChecked(code == self.language)
            language_menu.addAction(action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About Tafelronde"), self.about))

    # -- database --------------------------------------------------------------------------
    def open_database(self, target: str, session_id: int | None = None) -> bool:
        """Open a database (path or URL); on failure say why and keep the current one."""
        from app.storage.errors import StorageError
        from app.ui.messages import show_error
        from app.ui.safety.open_flow import WayOutCancelled, open_with_way_out

        try:
            store = open_with_way_out(self, target)  # issue 9: read-only, backups, in use
        except StorageError as error:
            from app.storage.addresses import without_password

            log.warning("cannot open %s: %s", without_password(target), error)  # no password
            if not isinstance(error, WayOutCancelled):  # else its dialog said it already
                show_error(self, self.tr("Cannot open the database"), error)
            if self.store is None:
                self.loading.setText(
                    self.tr("No database is open. Use File › Open database file… to choose one.")
                )
            return False
        self._close_store()
        from app.widgets.live import laptop_id

        store.act_as(laptop_id())  # the storage layer enforces this laptop's role (issue 16)
        self.store = store
        self.setWindowTitle(f"{APP_NAME} — {store.db.display_name}")
        self.show_sessions()
        if session_id is not None and store.sessions.get(session_id) is not None:
            self.open_session(session_id)
        return True

    def _close_store(self) -> None:
        if self.workspace is not None:
            self.workspace.flush()
        if self.store is not None:
            self.store.close()

    def choose_database(self) -> None:
        from app.widgets import file_dialogs  # the folder used last, never the working directory

        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Open or create a database"),
            str(file_dialogs.last_folder()),
            self.tr("Tafelronde databases (*.sqlite *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            file_dialogs.remember(Path(path))
            self.open_database(path)

    # -- pages -----------------------------------------------------------------------------
    def _replace_page(self, page: QWidget) -> None:
        while self.stack.count() > 1:
            old = self.stack.widget(1)
            assert old is not None  # count() > 1
            self.stack.removeWidget(old)
            old.deleteLater()
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)

    def show_sessions(self) -> None:
        from app.ui.session_list import SessionListPage

        if self.workspace is not None:
            self.workspace.flush()
        self.workspace = None
        assert self.store is not None  # pages are shown once a database is open
        self.session_list = page = SessionListPage(self.store, self)
        page.open_requested.connect(self.open_session)
        page.new_requested.connect(self.new_session)
        start = page.start  # the start page while there is no session (issue 21)
        start.set_templates(self._templates(self.language))
        start.template_chosen.connect(self.start_from)
        start.blank_requested.connect(lambda: self.start_from(None))
        start.open_file_requested.connect(self.choose_database)
        self._replace_page(page)

    @staticmethod
    def _templates(language: str) -> list:
        from app.paths import user_templates_dir
        from app.ui.template_library import all_templates

        return all_templates(user_templates_dir(), language)

    def start_from(self, template: Template | None) -> None:
        """One click on the start page: a session from that template (or blank), opened."""
        from datetime import date

        from app.core.i18n import CONTENT_LANGUAGES
        from app.storage.content_language import settings_with

        if self.store is None:
            return
        language = self.language if self.language in CONTENT_LANGUAGES else "nl"
        title = getattr(template, "title", "") or self.tr("New session")
        meeting = self.store.sessions.create(
            title, template, date=date.today().isoformat(), start_time="13:00",
            settings=settings_with(language),
        )  # fmt: skip
        assert meeting.id is not None  # a stored row has its id
        self.open_session(meeting.id)

    def open_session(self, session_id: int) -> None:
        from app.ui.workspace import SessionWorkspace

        self.session_list = None
        assert self.store is not None  # pages are shown once a database is open
        self.workspace = workspace = SessionWorkspace(self.store, session_id, self.language, self)
        workspace.back_requested.connect(self.show_sessions)
        workspace.run_requested.connect(self.run_session)
        workspace.open_requested.connect(self.open_session)
        self._replace_page(workspace)

    def current_session_id(self) -> int | None:
        if self.workspace is not None:
            return self.workspace.session_id
        if self.session_list is not None:
            return self.session_list.selected_id()
        return None

    def new_session(self) -> None:
        if self.store is None:
            return
        from app.storage.content_language import settings_with
        from app.storage.models import stored_id
        from app.ui.new_session_dialog import NewSessionDialog

        load = self._templates
        series = [(stored_id(s), s.title) for s in self.store.series.list()]
        dialog = NewSessionDialog(load(self.language), self, self.language, load, series)
        if not dialog.exec():
            return
        meeting = self.store.sessions.create(
            dialog.session_title(),
            dialog.template(),
            date=dialog.session_date(),
            start_time=dialog.session_start(),
            settings=settings_with(dialog.content_language()),
        )
        assert meeting.id is not None  # a stored row has its id
        if (series_id := dialog.series_id()) is not None:
            self.store.series.add_session(series_id, meeting.id)
        self.open_session(meeting.id)

    def save_now(self) -> None:
        if self.workspace is not None:
            self.workspace.flush()
        self.statusBar().showMessage(self.tr("Everything is saved."), 3000)

    # -- templates -------------------------------------------------------------------------
    def save_as_template(self) -> Path | None:
        session_id = self.current_session_id()
        if self.store is None or session_id is None:
            return None
        from app.paths import user_templates_dir
        from app.ui import template_library

        meeting = self.store.sessions.get(session_id)
        if meeting is None:  # deleted on another laptop meanwhile
            return None
        title, ok = QInputDialog.getText(
            self, self.tr("Save as template"), self.tr("Template name:"), text=meeting.title
        )
        if not ok or not title.strip():
            return None
        if self.workspace is not None:
            self.workspace.flush()
        template = template_library.from_session(self.store, session_id, title.strip())
        try:
            path = template_library.save(template, user_templates_dir())
        except OSError as error:  # a full disk: the message names the file (app/core/atomic.py)
            from app.ui.messages import show_error

            show_error(self, self.tr("Save as template"), error)
            return None
        self.statusBar().showMessage(self.tr("Template saved."), 3000)
        return path

    def export_template(self) -> None:
        session_id = self.current_session_id()
        if self.store is None or session_id is None:
            return
        from app.ui import template_library

        meeting = self.store.sessions.get(session_id)
        if meeting is None:  # deleted on another laptop meanwhile
            return
        from app.widgets import file_dialogs  # starts in the folder used last

        path = file_dialogs.save_file(
            self, self.tr("Export template"), f"{template_library.slug(meeting.title)}.json",
            self.tr("Tafelronde templates (*.json)"),
        )  # fmt: skip
        if path:
            from app.core.atomic import OutputError

            template = template_library.from_session(self.store, session_id, meeting.title)
            try:
                template_library.export(template, Path(path))  # whole or not at all
            except OutputError as error:
                from app.ui.messages import show_error

                show_error(self, self.tr("Export template"), error)

    def import_template(self) -> None:
        from app.core.templates import TemplateError
        from app.paths import user_templates_dir
        from app.ui import template_library
        from app.ui.messages import show_error
        from app.widgets import file_dialogs  # starts in the folder used last

        path = file_dialogs.open_file(
            self, self.tr("Import template"), self.tr("Tafelronde templates (*.json)")
        )
        if not path:
            return
        try:
            template = template_library.import_file(Path(path), user_templates_dir(), self.language)
        except TemplateError as error:
            show_error(self, self.tr("Import template"), error)
            return
        QMessageBox.information(
            self,
            self.tr("Import template"),
            message_text(
                fill(self.tr("“{title}” is now available under New session."), title=template.title)
            ),
        )

    # -- running and printing --------------------------------------------------------------
    def run_current(self) -> None:
        session_id = self.current_session_id()
        if session_id is not None:
            self.run_session(session_id)

    def run_session(self, session_id: int, rehearsal: bool = False) -> None:
        from app.ui.messages import show_error

        if self.workspace is not None:
            self.workspace.flush()
        try:
            from app.ui.run.console import RunConsole
        except ImportError as error:
            show_error(self, self.tr("Run session"), error)
            return
        if self.run_console is not None:
            self.run_console.close()
        assert self.store is not None  # a session is open, so its database is
        self.run_console = console = RunConsole(
            self.store, session_id, parent=None, rehearsal=rehearsal
        )
        console.show()

    def print_materials(self) -> None:
        session_id = self.current_session_id()
        if self.store is None or session_id is None:
            return
        try:
            from app.ui.printables_dialog import PrintablesDialog
        except ImportError:
            return
        PrintablesDialog(self.store, session_id, self).exec()

    # -- misc ------------------------------------------------------------------------------
    def choose_language(self, code: str) -> None:
        QSettings().setValue("language", code)
        QMessageBox.information(
            self, self.tr("Language"), self.tr("The new language applies after a restart.")
        )

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Tafelronde"),
            fill(
                self.tr("Tafelronde {version}\nRun network and sector meetings in the room."),
                version=__version__,
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        if self.run_console is not None:
            self.run_console.close()
        self._close_store()
        super().closeEvent(event)
