"""File menu entries for data safety: restore from a backup, export and import a session file.

`install(window, menu)` adds them to the main window's File menu; the slots use only the
window's public surface (store, current_session_id, open_database, show_sessions).
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from app.core.i18n import QT_TRANSLATE_NOOP, fill
from app.i18n import translate
from app.storage.errors import StorageError
from app.widgets import file_dialogs

# app.storage.backups and .engine pull in SQLAlchemy (~1 s): imported where used, so the
# File menu does not hold up the first window.

log = logging.getLogger(__name__)
CONTEXT = "SafetyMenu"
RESTORE = QT_TRANSLATE_NOOP("SafetyMenu", "&Restore from a backup…")
EXPORT = QT_TRANSLATE_NOOP("SafetyMenu", "E&xport session file…")
IMPORT = QT_TRANSLATE_NOOP("SafetyMenu", "I&mport session file…")
NO_FILE = QT_TRANSLATE_NOOP(
    "SafetyMenu",
    "Backups are made of database files. This database is on a server, which keeps its own.",
)
CHOOSE_SESSION = QT_TRANSLATE_NOOP("SafetyMenu", "Select or open a session first.")
SESSION_FILES = QT_TRANSLATE_NOOP("SafetyMenu", "Tafelronde session files (*.tafelronde)")
ANY_FILE = QT_TRANSLATE_NOOP("SafetyMenu", "All files (*)")
DATABASES = QT_TRANSLATE_NOOP("SafetyMenu", "Tafelronde databases (*.sqlite *.db)")
SAVED = QT_TRANSLATE_NOOP("SafetyMenu", "Session saved as {path}")
IMPORTED = QT_TRANSLATE_NOOP("SafetyMenu", "“{title}” was added to the sessions.")
ALREADY = QT_TRANSLATE_NOOP("SafetyMenu", "“{title}” was imported before; nothing was added twice.")
CANNOT_WRITE = QT_TRANSLATE_NOOP("SafetyMenu", "Cannot write {path}: {reason}")
RESTORED_AS = QT_TRANSLATE_NOOP("SafetyMenu", "Where to save the restored database?")


def install(window, menu: QMenu) -> list[QAction]:
    """Add the three entries to `menu` (the main window's File menu)."""
    actions = []
    for text, slot in ((RESTORE, restore_from_backup), (EXPORT, export_session),
                       (IMPORT, import_session)):  # fmt: skip
        action = QAction(translate(CONTEXT, text), window)
        action.triggered.connect(lambda _checked=False, slot=slot: slot(window))
        menu.addAction(action)
        actions.append(action)
    return actions


def _warn(window: QWidget, title: str, error: BaseException | str) -> None:
    from app.ui.messages import show_error

    show_error(window, title, error)


# -- restore ---------------------------------------------------------------------------------
def choose(window, database: Path, allow_replace: bool):
    """(backup, replace) picked in the dialog, or None (tests replace this function)."""
    from app.ui.safety.backup_dialog import BackupDialog

    dialog = BackupDialog(database, allow_replace=allow_replace, parent=window)
    return (dialog.chosen, dialog.replace) if dialog.exec() and dialog.chosen else None


def save_path(window, title: str, suggestion: Path, filters: str) -> Path | None:
    """A file name from the save dialog (tests replace this function)."""
    # a bare name goes to the remembered folder; a restored copy goes beside its database
    folder = suggestion.parent if suggestion.is_absolute() else None
    return file_dialogs.save_file(window, title, suggestion.name, filters, folder)


def open_path(window, title: str, filters: str) -> Path | None:
    return file_dialogs.open_file(window, title, filters)


def restore_from_backup(window) -> bool:
    """Pick a backup of the open database; open it as a new file or put it in place."""
    from app.storage.backups import restore, restore_as_new
    from app.storage.engine import sqlite_path

    title = translate(CONTEXT, RESTORE).replace("&", "")
    store = window.store
    database = sqlite_path(store.db.url) if store is not None else None
    if database is None:
        QMessageBox.information(window, title, translate(CONTEXT, NO_FILE))
        return False
    picked = choose(window, database, allow_replace=not getattr(store.db, "read_only", False))
    if picked is None:
        return False
    backup, replace = picked
    try:
        if replace:
            if getattr(window, "run_console", None) is not None:
                window.run_console.close()
                window.run_console = None
            if window.workspace is not None:
                window.workspace.flush()
            store.close()  # the file is replaced under it; open_database reopens it
            restore(backup.path, database)
            target = database
        else:
            from app.ui.safety.open_flow import restored_name

            chosen = save_path(
                window,
                translate(CONTEXT, RESTORED_AS),
                restored_name(database),
                translate(CONTEXT, DATABASES),
            )
            if chosen is None:
                return False
            target = chosen
            restore_as_new(backup.path, target)
    except (OSError, StorageError) as error:
        log.exception("restore failed")
        _warn(window, title, error)
        return False
    log.info("restored %s from %s", target, backup.path)
    return bool(window.open_database(str(target)))


# -- session files ---------------------------------------------------------------------------
def file_name(title: str) -> str:
    """A safe file name from a session title."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title)
    cleaned = re.sub(r"\s+", " ", cleaned).strip(" .")
    return (cleaned[:80] or "session") + ".tafelronde"


def export_session(window) -> Path | None:
    from app.core.atomic import OutputError
    from app.storage.session_file import write_session_file

    title = translate(CONTEXT, EXPORT).replace("&", "")
    session_id = window.current_session_id() if window.store is not None else None
    if session_id is None:
        QMessageBox.information(window, title, translate(CONTEXT, CHOOSE_SESSION))
        return None
    if window.workspace is not None:
        window.workspace.flush()
    meeting = window.store.sessions.get(session_id)
    suggestion = Path(file_name(meeting.title if meeting else ""))
    path = save_path(
        window,
        title,
        suggestion,
        translate(CONTEXT, SESSION_FILES) + ";;" + translate(CONTEXT, ANY_FILE),
    )
    if path is None:
        return None
    try:
        write_session_file(window.store, session_id, path)
    except StorageError as error:
        _warn(window, title, error)
        return None
    except OutputError as error:  # disk full, no permission: names the file, not the session
        _warn(window, title, error)
        return None
    except OSError as error:
        text = fill(
            translate(CONTEXT, CANNOT_WRITE), path=str(path), reason=error.strerror or str(error)
        )
        _warn(window, title, text)
        return None
    window.statusBar().showMessage(fill(translate(CONTEXT, SAVED), path=str(path)), 10_000)
    return path


def import_session(window) -> int | None:
    from app.storage.session_file import import_session_file

    title = translate(CONTEXT, IMPORT).replace("&", "")
    if window.store is None:
        return None
    path = open_path(
        window, title, translate(CONTEXT, SESSION_FILES) + ";;" + translate(CONTEXT, ANY_FILE)
    )
    if path is None:
        return None
    try:
        outcome = import_session_file(window.store, path)
    except StorageError as error:
        _warn(window, title, error)
        return None
    meeting = window.store.sessions.get(outcome.session_id)
    name = meeting.title if meeting is not None else str(outcome.session_id)
    text = translate(CONTEXT, IMPORTED) if outcome.created else translate(CONTEXT, ALREADY)
    window.show_sessions()
    window.statusBar().showMessage(fill(text, title=name), 10_000)
    return outcome.session_id
