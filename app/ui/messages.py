"""Turning known errors into plain messages (never a traceback dialog)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.widgets.errors import error_text
from app.widgets.plain import message_text

__all__ = ["error_text", "failure_text", "install_error_hook", "show_error"]


def failure_text(error: object) -> str:
    """Why a file could not be written, translated (app/core/atomic.py `describe`)."""
    from app.core.atomic import describe

    return describe(error, QCoreApplication.translate)


def show_error(parent: QWidget | None, title: str, error: BaseException | str) -> None:
    text = error if isinstance(error, str) else error_text(error)
    QMessageBox.warning(parent, title, message_text(text))  # may quote data: never markup


def install_error_hook(window: QWidget) -> None:
    """A storage error that escapes a slot (a write the role does not allow, a server that went
    away) is shown as a plain message instead of a traceback; anything else goes to the hook
    that was there before (printed and logged)."""
    import logging
    import sys

    from app.storage.errors import StorageError

    previous = sys.excepthook

    def hook(kind, error, trace):
        if isinstance(error, StorageError):
            logging.getLogger(__name__).warning("not saved: %s", error)
            show_error(window, QCoreApplication.translate("messages", "Not saved"), error)
            return
        previous(kind, error, trace)

    sys.excepthook = hook
