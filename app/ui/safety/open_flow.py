"""Opening a database with a way out of every problem (issue 9).

`open_with_way_out` is what the main window calls instead of `open_store`:

- a read-only file or folder: offer to open it read-only (nothing is written, not even a backup);
- a truncated or damaged file (or one overwritten by something else) that has backups: offer to
  restore one *as a new file* (the bad file is never overwritten; it may be all that is left of
  the last hour);
- a file another Tafelronde window has open: warn, and offer read-only or to open it anyway
  (SQLite keeps the file whole either way: tests/storage/test_two_instances.py);
- anything else (not SQLite, another program's database, a newer version): the StorageError
  goes back to the caller, which shows its message; the way out is File › Open another file.
Every question also offers "Open another file…".

The dialogs are small QMessageBox/QDialog objects built by functions that tests replace.
"""

from __future__ import annotations

import logging
from datetime import datetime
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.i18n import QT_TRANSLATE_NOOP, fill
from app.i18n import translate
from app.storage import open_store
from app.storage import safety_messages as safety
from app.storage.backups import list_backups, restore_as_new
from app.storage.engine import sqlite_path, to_url
from app.storage.errors import NotADatabaseError, StorageError
from app.storage.file_checks import ReadOnlyDatabaseError
from app.storage.instance import InstanceLock
from app.storage.migrate import open_database
from app.storage.store import Store

log = logging.getLogger(__name__)
_held: dict[Path, tuple[InstanceLock, int]] = {}  # this process's locks (one per file)

TITLE = QT_TRANSLATE_NOOP("OpenProblem", "Cannot open the database")
READ_ONLY = QT_TRANSLATE_NOOP("OpenProblem", "Open read-only")
CANCEL = QT_TRANSLATE_NOOP("OpenProblem", "Cancel")
ANYWAY = QT_TRANSLATE_NOOP("OpenProblem", "Open anyway")
CHOOSE_BACKUP = QT_TRANSLATE_NOOP("OpenProblem", "Choose a backup…")
OTHER_FILE = QT_TRANSLATE_NOOP("OpenProblem", "Open another file…")
READ_ONLY_HINT = QT_TRANSLATE_NOOP(
    "OpenProblem",
    "You can open it read-only: you can look at everything and print or export it, "
    "but not change it.",
)
BACKUPS_HINT = QT_TRANSLATE_NOOP(
    "OpenProblem",
    "There are {count} backups of this file, the newest from {time}. Restore one as a new "
    "file? The damaged file stays as it is.",
)
IN_USE_HINT = QT_TRANSLATE_NOOP(
    "OpenProblem",
    "Two windows changing the same session overwrite each other's work. Open it read-only "
    "here, or close the other window first.",
)


class WayOutCancelled(StorageError):
    """The problem was shown with its ways out and the user chose none: show nothing more."""


class Choice(Enum):
    CANCEL = "cancel"
    READ_ONLY = "read_only"
    ANYWAY = "anyway"
    RESTORE = "restore"
    OTHER_FILE = "other_file"


def _message(error: StorageError) -> str:
    from app.ui.messages import error_text

    return error_text(error)


def question(
    parent: QWidget | None, text: str, choices: list[tuple[Choice, str]]
) -> tuple[QMessageBox, dict[object, Choice]]:
    """The warning with one button per way out, not yet shown."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("OpenProblem", TITLE), text,
                      QMessageBox.StandardButton.NoButton, parent)  # fmt: skip
    buttons: dict[object, Choice] = {}
    for choice, label in choices:
        role = QMessageBox.ButtonRole.AcceptRole
        if choice is Choice.CANCEL:
            role = QMessageBox.ButtonRole.RejectRole
        buttons[box.addButton(label, role)] = choice
    return box, buttons


def ask(parent: QWidget | None, text: str, choices: list[tuple[Choice, str]]) -> Choice:
    """Ask which way out (tests replace this function)."""
    box, buttons = question(parent, text, choices)
    box.exec()
    return buttons.get(box.clickedButton(), Choice.CANCEL)


def choose_backup(parent: QWidget | None, database: Path):
    """The backup the user picks in the restore dialog (tests replace this function)."""
    from app.ui.safety.backup_dialog import BackupDialog

    dialog = BackupDialog(database, allow_replace=False, parent=parent)
    return dialog.chosen if dialog.exec() else None


def restored_name(database: Path) -> Path:
    """A new file beside the damaged one for its restored copy."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return database.with_name(f"{database.stem}-restored-{stamp}{database.suffix or '.sqlite'}")


def open_with_way_out(parent: QWidget | None, target: str) -> Store:
    """Open `target`; on a known problem let the user pick a way out. Raises StorageError."""
    file = sqlite_path(to_url(target)) if "://" not in target else None
    try:
        store = open_store(target)
    except ReadOnlyDatabaseError as error:
        if not error.can_open_read_only:
            raise
        choice = ask(
            parent,
            _message(error) + "\n\n" + translate("OpenProblem", READ_ONLY_HINT),
            [
                (Choice.READ_ONLY, translate("OpenProblem", READ_ONLY)),
                (Choice.OTHER_FILE, translate("OpenProblem", OTHER_FILE)),
                (Choice.CANCEL, translate("OpenProblem", CANCEL)),
            ],
        )
        if choice is not Choice.READ_ONLY:
            _other_file_if(choice, parent)
            raise WayOutCancelled(error.message, **error.params) from error
        return _read_only(target)
    except NotADatabaseError as error:  # damaged, truncated, or overwritten by something else
        if file is None or not list_backups(file):
            raise
        return _restore_damaged(parent, file, error)
    return _guard_instance(parent, store, file) if file is not None else store


def _other_file_if(choice: Choice, parent: QWidget | None) -> None:
    """The answer "Open another file…": the main window's file dialog, after this question."""
    if choice is Choice.OTHER_FILE and parent is not None and hasattr(parent, "choose_database"):
        QTimer.singleShot(0, parent.choose_database)


def _read_only(target: str) -> Store:
    return Store(open_database(target, read_only=True))


def _restore_damaged(parent: QWidget | None, file: Path, error: StorageError) -> Store:
    backups = list_backups(file)
    newest = backups[0].taken_at.strftime("%d-%m-%Y %H:%M")
    text = (
        _message(error)
        + "\n\n"
        + fill(translate("OpenProblem", BACKUPS_HINT), count=len(backups), time=newest)
    )
    ways = [
        (Choice.RESTORE, translate("OpenProblem", CHOOSE_BACKUP)),
        (Choice.OTHER_FILE, translate("OpenProblem", OTHER_FILE)),
        (Choice.CANCEL, translate("OpenProblem", CANCEL)),
    ]
    choice = ask(parent, text, ways)
    backup = choose_backup(parent, file) if choice is Choice.RESTORE else None
    if backup is None:
        _other_file_if(choice, parent)
        raise WayOutCancelled(error.message, **error.params) from error
    target = restore_as_new(backup.path, restored_name(file))
    log.info("restored %s from %s into %s", file, backup.path, target)
    return _guard_instance(parent, open_store(target), target)


def _guard_instance(parent: QWidget | None, store: Store, file: Path) -> Store:
    """Hold the file's instance lock while the store is open; warn if another window holds it.

    Returns the store to use: the same one, or a read-only one if the user chose that."""
    key = file.resolve()
    if key in _held:  # this process already has it open (a second window of the same app)
        lock, count = _held[key]
        _held[key] = (lock, count + 1)
    else:
        lock = InstanceLock(file)
        holder = lock.acquire()
        if holder is not None:
            text = (
                fill(
                    translate("StorageError", safety.IN_USE),
                    path=str(file),
                    host=holder.get("host", "?"),
                    since=holder.get("since", "?"),
                )
                + "\n\n"
                + translate("OpenProblem", IN_USE_HINT)
            )
            choice = ask(
                parent,
                text,
                [
                    (Choice.READ_ONLY, translate("OpenProblem", READ_ONLY)),
                    (Choice.ANYWAY, translate("OpenProblem", ANYWAY)),
                    (Choice.CANCEL, translate("OpenProblem", CANCEL)),
                ],
            )
            if choice is Choice.ANYWAY:
                return store
            store.close()
            _other_file_if(choice, parent)
            if choice is Choice.READ_ONLY:
                return _read_only(str(file))
            raise WayOutCancelled(safety.IN_USE, path=str(file), host="", since="")
        _held[key] = (lock, 1)
    original_close = store.close
    closed = [False]

    def close() -> None:
        original_close()
        if not closed[0]:
            closed[0] = True
            _release(key)

    store.close = close  # type: ignore[method-assign]  # this store also releases the lock
    return store


def _release(key: Path) -> None:
    if key not in _held:
        return
    lock, count = _held[key]
    if count > 1:
        _held[key] = (lock, count - 1)
    else:
        del _held[key]
        lock.release()
