"""Session menu → "Series report…": the report of the whole network the open session belongs to
(app/activities/series_report.py), written whole or not at all to a PDF the organiser picks."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from app.core.i18n import QT_TRANSLATE_NOOP, fill
from app.i18n import translate

MENU = QT_TRANSLATE_NOOP("SeriesReportAction", "Series &report…")
TITLE = QT_TRANSLATE_NOOP("SeriesReportAction", "Series report")
PDF = QT_TRANSLATE_NOOP("SeriesReportAction", "PDF files (*.pdf)")
NOT_IN = QT_TRANSLATE_NOOP("SeriesReportAction", "This session is not part of a series.")
FAILED = QT_TRANSLATE_NOOP("SeriesReportAction", "The series report was not written")
SAVED = QT_TRANSLATE_NOOP("SeriesReportAction", "Saved {path}")


def install(window: Any, menu: QMenu) -> QAction:
    """Add the entry to `menu` (the main window's Session menu)."""
    action = QAction(translate("SeriesReportAction", MENU), window)
    action.setObjectName("seriesReportAction")
    action.triggered.connect(lambda _checked=False: write_series_report(window))
    menu.addAction(action)
    return action


def choose_file(parent: QWidget, suggested: str) -> str:
    """The PDF to write, or "" (tests replace this function)."""
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        translate("SeriesReportAction", TITLE),
        suggested,
        translate("SeriesReportAction", PDF),
    )
    return path


def write_series_report(window: Any) -> str | None:
    """Ask for a file and write the series report of the current session's series; the path
    written, or None (no session, not in a series, cancelled, or a failure that was shown)."""
    from app.activities.series_report import build_series_report
    from app.ui.messages import show_error

    store, session_id = window.store, window.current_session_id()
    if store is None or session_id is None:
        return None
    series_id = store.series.of_session(session_id)
    if series_id is None:
        QMessageBox.information(window, translate("SeriesReportAction", TITLE),
                                translate("SeriesReportAction", NOT_IN))  # fmt: skip
        return None
    series = store.series.get(series_id)
    path = choose_file(window, f"{series.title if series else 'series'}.pdf")
    if not path:
        return None
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    try:
        build_series_report(store, series_id, path)
    except Exception as error:  # disk full, no permission...: say why, keep the app running
        show_error(window, translate("SeriesReportAction", FAILED), error)
        return None
    window.statusBar().showMessage(fill(translate("SeriesReportAction", SAVED), path=path), 8000)
    return path
