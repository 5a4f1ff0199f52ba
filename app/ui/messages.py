"""Turning known errors into plain messages (never a traceback dialog)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.errors import UserError
from app.i18n import user_text
from app.widgets.plain import message_text


def error_text(error: BaseException) -> str:
    """A translated, specific text: a UserError in the user's language (app.i18n.user_text),
    a driver's refusal without the rows it quoted, anything else as "Something went wrong"."""
    from sqlalchemy.exc import DBAPIError

    if isinstance(error, DBAPIError):  # its text quotes the rows being written: never shown
        from app.storage.write_errors import refused_write

        return " ".join(error_text(refused_write(error, "")).split())  # (no name known here)
    if isinstance(error, UserError):
        return user_text(error)
    return QCoreApplication.translate("messages", "Something went wrong: {error}").format(
        error=str(error) or type(error).__name__
    )


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

    def hook(kind, error, trace):  # type: ignore[no-untyped-def]
        if isinstance(error, StorageError):
            logging.getLogger(__name__).warning("not saved: %s", error)
            show_error(window, QCoreApplication.translate("messages", "Not saved"), error)
            return
        previous(kind, error, trace)

    sys.excepthook = hook
