"""Messages of the data-safety features (context "StorageError", like every storage message)."""

from app.core.i18n import QT_TRANSLATE_NOOP

READ_ONLY_FILE = QT_TRANSLATE_NOOP(
    "StorageError",
    "{path} is read-only, so Tafelronde cannot save in it. It was left untouched.",
)
READ_ONLY_FOLDER = QT_TRANSLATE_NOOP(
    "StorageError",
    "The folder {folder} is read-only, so Tafelronde cannot save a database there.",
)
READ_ONLY_MISSING = QT_TRANSLATE_NOOP(
    "StorageError",
    "{path} does not exist, so it cannot be opened read-only.",
)
READ_ONLY_OLD = QT_TRANSLATE_NOOP(
    "StorageError",
    "{path} was made by another version of Tafelronde and cannot be opened read-only.",
)
TRUNCATED = QT_TRANSLATE_NOOP(
    "StorageError",
    "{path} is incomplete (copied only partly?). It was left untouched.",
)
CORRUPT = QT_TRANSLATE_NOOP(
    "StorageError",
    "{path} is damaged ({reason}). It was left untouched.",
)
IN_USE = QT_TRANSLATE_NOOP(
    "StorageError",
    "{path} is already open in another Tafelronde window ({host}, since {since}).",
)
NOT_A_SESSION_FILE = QT_TRANSLATE_NOOP(
    "StorageError",
    "{path} is not a Tafelronde session file ({reason}).",
)
NEWER_SESSION_FILE = QT_TRANSLATE_NOOP(
    "StorageError",
    "{path} is from a newer Tafelronde (format {found}; this one reads {supported}).",
)
NO_SESSION = QT_TRANSLATE_NOOP(
    "StorageError",
    "There is no session with number {session_id}.",
)
