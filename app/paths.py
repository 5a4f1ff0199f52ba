"""Where the app keeps its data: QStandardPaths' app data folder (tests point it elsewhere)."""

from __future__ import annotations

from pathlib import Path


def data_dir() -> Path:
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    from app import APP_NAME, ORG_NAME

    if not QCoreApplication.organizationName():
        QCoreApplication.setOrganizationName(ORG_NAME)
        QCoreApplication.setApplicationName(APP_NAME)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    folder = Path(location)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def default_database() -> Path:
    return data_dir() / "tafelronde.sqlite"


def user_templates_dir() -> Path:
    folder = data_dir() / "templates"
    folder.mkdir(parents=True, exist_ok=True)
    return folder
