"""Every storage message in one place, marked for translation (context "StorageError")."""

from app.core.i18n import QT_TRANSLATE_NOOP

GONE = QT_TRANSLATE_NOOP(
    "StorageError",
    "This item no longer exists; it was probably deleted elsewhere.",
)
BAD_ADDRESS = QT_TRANSLATE_NOOP(
    "StorageError",
    "This is not a valid database address: {url}",
)
NO_FOLDER = QT_TRANSLATE_NOOP(
    "StorageError",
    "The folder {folder} does not exist.",
)
IS_FOLDER = QT_TRANSLATE_NOOP(
    "StorageError",
    "{path} is a folder, not a database file.",
)
NOT_OURS = QT_TRANSLATE_NOOP(
    "StorageError",
    "{path} is not a Tafelronde database. It was left untouched.",
)
BAD_ENGINE = QT_TRANSLATE_NOOP(
    "StorageError",
    "Tafelronde works with SQLite or PostgreSQL, not {backend}.",
)
DAMAGED = QT_TRANSLATE_NOOP(
    "StorageError",
    "{path} is damaged or not a Tafelronde database ({reason}). It was left untouched.",
)
FOREIGN = QT_TRANSLATE_NOOP(
    "StorageError",
    "{path} belongs to another program. It was left untouched.",
)
NEWER = QT_TRANSLATE_NOOP(
    "StorageError",
    "This database was made by a newer version of Tafelronde. Update the app to open it.",
)
CANNOT_OPEN = QT_TRANSLATE_NOOP(
    "StorageError",
    "The database {name} cannot be opened: {reason}",
)
CONFLICT = QT_TRANSLATE_NOOP(
    "StorageError",
    "Someone else changed this in the meantime.",
)
ALREADY_LISTED = QT_TRANSLATE_NOOP(
    "StorageError",
    "{name} is already in this session (perhaps imported at the same moment elsewhere). "
    "Nothing was imported.",
)
