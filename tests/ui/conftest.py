from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, db_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """A main window on a fresh database file, in English."""
    win = MainWindow(language="en")
    qtbot.addWidget(win)
    win.show()
    assert win.open_database(str(db_path))
    yield win
    win.close()


@pytest.fixture
def answer_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Confirmation dialogs answer Yes; the texts they showed are recorded."""
    asked: list[str] = []

    def question(_parent, _title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked
