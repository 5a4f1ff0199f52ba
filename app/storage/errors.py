"""The one exception family the UI shows as a message instead of a traceback."""

from __future__ import annotations

from app.core.errors import UserError
from app.storage import messages as msg


class StorageError(UserError):
    """A storage failure that deserves a plain-language message.

    `message` is an English source text for Qt's translation system (context "StorageError");
    `params` fill its {placeholders} after translation.
    """

    def __init__(self, message: str, **params: object) -> None:
        super().__init__("StorageError", message, **params)


class NotADatabaseError(StorageError):
    """The file exists but is not a Tafelronde database (or not SQLite at all)."""


class NewerDatabaseError(StorageError):
    """The database was written by a newer version of the app."""


class ConflictError(StorageError):
    """Someone else saved the same record since it was loaded; nothing was overwritten."""

    def __init__(self, current: object) -> None:
        super().__init__(msg.CONFLICT)
        self.current = current


class NotFoundError(StorageError):
    """The record is gone (deleted on another laptop, or a wrong id)."""
