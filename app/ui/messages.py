"""Turning known errors into plain messages (never a traceback dialog)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.widgets.plain import message_text


def error_text(error: BaseException) -> str:
    """A translated, specific text for errors that carry a message template and params."""
    message = getattr(error, "message", None)
    params = getattr(error, "params", {})
    if isinstance(message, str):
        context = type(error).__mro__[0].__name__
        for cls in type(error).__mro__:
            translated = QCoreApplication.translate(cls.__name__, message)
            if translated != message:
                return translated.format(**params)
        del context
        return message.format(**params) if params else message
    return QCoreApplication.translate("messages", "Something went wrong: {error}").format(
        error=str(error) or type(error).__name__
    )


def show_error(parent: QWidget | None, title: str, error: BaseException | str) -> None:
    text = error if isinstance(error, str) else error_text(error)
    QMessageBox.warning(parent, title, message_text(text))  # may quote data: never markup
