"""File dialogs that start where the organiser last saved or opened something.

One folder is remembered for every save and open dialog of the app (QSettings "files/folder"),
so the bingo cards, the group lists and the report land side by side without hunting; the app's
working directory is never offered. Qt's own dialog is used everywhere (see app/main.py), so it
speaks the interface's language whatever the desktop speaks.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

KEY = "files/folder"


def last_folder() -> Path:
    """The folder last used when it still exists; else Documents; else the home folder."""
    stored = QSettings().value(KEY, "")
    if isinstance(stored, str) and stored:
        folder = Path(stored)
        if folder.is_absolute() and folder.is_dir():
            return folder
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def remember(path: Path) -> None:
    """Remember the folder of a file (or the folder itself) for the next dialog."""
    folder = path if path.is_dir() else path.parent
    if folder.is_absolute():
        QSettings().setValue(KEY, str(folder))


def save_file(
    parent: QWidget | None, title: str, name: str, filters: str, folder: Path | None = None
) -> Path | None:
    """Ask where to save, suggesting name in folder or the remembered one (None = cancelled)."""
    start = (folder or last_folder()) / name
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(start), filters)
    if not chosen:
        return None
    remember(Path(chosen))
    return Path(chosen)


def open_file(parent: QWidget | None, title: str, filters: str) -> Path | None:
    """Ask for a file to open, starting in the remembered folder (None = cancelled)."""
    chosen, _filter = QFileDialog.getOpenFileName(parent, title, str(last_folder()), filters)
    if not chosen:
        return None
    remember(Path(chosen))
    return Path(chosen)


def choose_folder(parent: QWidget | None, title: str, start: Path | None = None) -> Path | None:
    """Ask for a folder, starting in start or the remembered folder (None = cancelled)."""
    chosen = QFileDialog.getExistingDirectory(parent, title, str(start or last_folder()))
    return Path(chosen) if chosen else None
