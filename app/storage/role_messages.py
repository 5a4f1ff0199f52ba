"""Messages of refused writes (roles), marked for translation (context "StorageError")."""

from app.core.i18n import QT_TRANSLATE_NOOP

OTHER_PART = QT_TRANSLATE_NOOP(
    "StorageError",
    "This laptop is a note-taker for another group or table: it cannot write these notes. "
    "Nothing was saved.",
)
NOT_A_NOTE = QT_TRANSLATE_NOOP(
    "StorageError",
    "This laptop is a note-taker: it can write notes only, not the activity's other results. "
    "Nothing was saved.",
)
PARTICIPANTS = QT_TRANSLATE_NOOP(
    "StorageError",
    "This laptop is a note-taker: it cannot add, change or delete participants. Nothing was saved.",
)
SESSION = QT_TRANSLATE_NOOP(
    "StorageError",
    "This laptop is a note-taker: it cannot change the session, its agenda, its actions or the "
    "roles. Ask the facilitator. Nothing was saved.",
)
SERVER_REFUSED = QT_TRANSLATE_NOOP(
    "StorageError",
    "The database server refused this for the login {login}: that login may only do what its "
    "role allows (a note-taker login reads the session and writes notes). Nothing was saved.",
)
NEEDS_OWNER = QT_TRANSLATE_NOOP(
    "StorageError",
    "The database {name} must first be brought up to date by its owner: run "
    "'tafelronde db setup-roles' with the owner's login once (see the shared-database guide).",
)
