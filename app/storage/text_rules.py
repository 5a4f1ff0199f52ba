"""One rule for text on both engines, checked on every write.

SQLite stores what PostgreSQL refuses: a NUL character in a title, a 5,000-character result key
(PostgreSQL checks VARCHAR(200), SQLite ignores lengths). Text a laptop accepted then could not
be copied to the shared server (a traceback halfway through `tafelronde copy`). So every write,
whichever way it comes in (a form, an import, a session file, a copy, a phone), meets the same
check before it reaches either database:

- no NUL character (PostgreSQL cannot store one in text);
- no lone surrogate (half of an emoji pair, from broken input; no UTF-8 encoding exists for it);
- no more characters than the column declares (VARCHAR(n)), and at most MAX_TEXT in any text.

Refused text raises TextError (a StorageError with a translated message naming the field and the
start of the text); the transaction rolls back, so nothing half-written stays. The rule refuses
rather than cleans: silently changing what someone typed or imported would be a loss too.

Two hooks (registered by `install`, called from engine.make_engine): `before_flush` checks ORM
objects column by column (knowing the field and its declared length); `before_cursor_execute`
checks every string parameter of every statement, the safety net for bulk statements.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from app.core.i18n import QT_TRANSLATE_NOOP
from app.storage.errors import StorageError

MAX_TEXT = 10_000_000  # characters in one value (thousands of pages; a bound, not a budget)
PREVIEW = 40

BAD_CHARACTER = QT_TRANSLATE_NOOP(
    "StorageError",
    'The text "{preview}" ({field}) contains a character that cannot be stored (a NUL '
    "character or half of an emoji). Nothing was saved.",
)
TOO_LONG = QT_TRANSLATE_NOOP(
    "StorageError",
    'The text "{preview}" ({field}) is {length} characters long; at most {limit} fit. '
    "Nothing was saved.",
)


FILE_BAD_CHARACTER = QT_TRANSLATE_NOOP(
    "StorageError",
    '{path}: the text "{preview}" ({field}) contains a character that cannot be stored (a NUL '
    "character or half of an emoji). Nothing was imported.",
)
FILE_TOO_LONG = QT_TRANSLATE_NOOP(
    "StorageError",
    '{path}: the text "{preview}" ({field}) is {length} characters long; at most {limit} fit. '
    "Nothing was imported.",
)
IN_FILE = {BAD_CHARACTER: FILE_BAD_CHARACTER, TOO_LONG: FILE_TOO_LONG}


class TextError(StorageError):
    """Text that one of the engines cannot store; refused on both."""

    def in_file(self, path: object) -> TextError:
        """The same refusal, naming the file it came from (a session file being imported)."""
        return TextError(IN_FILE.get(self.message, self.message), path=str(path), **self.params)


def _preview(text: str) -> str:
    shown = text[:PREVIEW].replace("\x00", "\u2400")
    shown = shown.encode("utf-8", "replace").decode("utf-8")  # a lone surrogate becomes "?"
    return shown + ("…" if len(text) > PREVIEW else "")


def problem(text: str, limit: int | None = None) -> str | None:
    """ "character" or "length" when text breaks the rule, else None."""
    if "\x00" in text:
        return "character"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "character"
    if len(text) > min(limit or MAX_TEXT, MAX_TEXT):
        return "length"
    return None


def check(text: str, field: str, limit: int | None = None) -> None:
    """Raise TextError when `text` (for `field`) breaks the rule."""
    found = problem(text, limit)
    if found == "character":
        raise TextError(BAD_CHARACTER, preview=_preview(text), field=field)
    if found == "length":
        bound = min(limit or MAX_TEXT, MAX_TEXT)
        preview = _preview(text)
        raise TextError(TOO_LONG, preview=preview, field=field, length=len(text), limit=bound)


def _check_objects(session: Session, _context: Any, _instances: Any) -> None:
    """New rows: every text column; changed rows: the columns that change (text stored before
    this rule existed does not stop checking someone in)."""
    for record, new in [(r, True) for r in session.new] + [(r, False) for r in session.dirty]:
        table = getattr(record, "__tablename__", type(record).__name__)
        state = inspect(record)
        for column in type(record).__table__.columns:
            value = getattr(record, column.key, None)
            if not isinstance(value, str):
                continue
            if not new and not state.attrs[column.key].history.has_changes():
                continue
            length = getattr(column.type, "length", None)  # VARCHAR(n); sqlmodel's AutoString
            length = length if isinstance(length, int) else None
            check(value, f"{table}.{column.key}", length)


def _table(statement: str) -> str:
    """The table an INSERT or UPDATE writes (for the message), else "database"."""
    words = statement.split(None, 3)
    if len(words) > 2 and words[0].upper() == "INSERT":
        return words[2].strip('"')
    if len(words) > 1 and words[0].upper() == "UPDATE":
        return words[1].strip('"')
    return "database"


def _check_parameters(
    _conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool
) -> tuple[str, Any]:
    # one row (a tuple or a dict) or many (a list of them); batched inserts pass their rows
    # one batch at a time as a single flat tuple, whatever `_many` says
    rows = parameters if isinstance(parameters, list) else [parameters]
    for row in rows:
        values = row.values() if isinstance(row, dict) else row
        for value in values if isinstance(values, tuple | list) or isinstance(row, dict) else ():
            if isinstance(value, str):
                check(value, _table(statement))
    return statement, parameters


def install(engine: Engine) -> None:
    """Check every write through this engine (and every ORM flush, once per process)."""
    if not event.contains(Session, "before_flush", _check_objects):
        event.listen(Session, "before_flush", _check_objects)
    event.listen(engine, "before_cursor_execute", _check_parameters, retval=True)
