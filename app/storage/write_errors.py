"""A write the database refused (disk full, read-only file), as a message without data.

The driver's own error text quotes the statement and its parameters: a failed participant import
printed the names and e-mail addresses being inserted. These messages say what happened and
which database, never what was being written. Used by the command line and the windows alike.
"""

from __future__ import annotations

from app.core.i18n import QT_TRANSLATE_NOOP
from app.storage.errors import StorageError

DATABASE_FULL = QT_TRANSLATE_NOOP(
    "StorageError",
    "The database {name} is full: there is no room left on the disk. Nothing of this "
    "change was saved; what was saved before is intact.",
)
DATABASE_READ_ONLY = QT_TRANSLATE_NOOP(
    "StorageError", "The database {name} is read-only. Nothing of this change was saved."
)
DATABASE_REFUSED = QT_TRANSLATE_NOOP(
    "StorageError",
    "The database {name} refused the change ({kind}). Nothing of this change was saved.",
)


class DatabaseWriteError(StorageError):
    """A write the database refused; the message names the database and the kind of problem."""


def refused_write(error: Exception, name: str) -> DatabaseWriteError:
    """The StorageError to show for a driver error raised by a write (SQLAlchemy's DBAPIError
    or the driver's own). Only the error's class and a few known phrases are looked at."""
    original = getattr(error, "orig", None) or error
    text = str(original).splitlines()[0].lower() if str(original) else ""
    if "full" in text or "no space" in text or "could not extend" in text:
        return DatabaseWriteError(DATABASE_FULL, name=name)
    if "readonly" in text or "read-only" in text or "read only" in text:
        return DatabaseWriteError(DATABASE_READ_ONLY, name=name)
    return DatabaseWriteError(DATABASE_REFUSED, name=name, kind=type(original).__name__)
