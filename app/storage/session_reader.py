"""Reading a session file from elsewhere within fixed bounds, before anything is stored.

A session file is JSON, or a zip holding ``session.json``. Before anything is inflated or decoded:
the file's size on disk, the archive's directory (declared sizes, number of members) and a count
of the brackets that would each become an object. Then JSON is decoded with nesting, integer and
float bounds (app/core/safe_input.py), and the numbers that become database columns are held to
the range both engines store. A 1.5 MB zipped file that would inflate to 3.2 GB, a document nested
100,000 levels deep or ``"position": 10**30`` is refused with a message naming the file.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path
from typing import Any

from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.safe_input import InputLimit, loads, megabytes, open_zip
from app.storage import safety_messages as safety
from app.storage.errors import StorageError

FORMAT = "tafelronde-session"
FORMAT_VERSION = 1
MAX_BYTES = 32 * 1024 * 1024  # 10,000 participants with results are ~5 MB
MAX_CONTAINERS = 500_000  # objects and lists: each costs ~100-200 bytes once decoded
MAX_MEMBERS = 16
MAX_DEPTH = 64
MAX_COLUMN_INT = 2**31 - 1  # PostgreSQL INTEGER

TOO_LARGE = QT_TRANSLATE_NOOP(
    "StorageError",
    "{path} is too large for a session file ({found} MB unpacked; at most {max} MB). "
    "Nothing was imported.",
)
TOO_MANY_MEMBERS = QT_TRANSLATE_NOOP(
    "StorageError",
    "{path} is not a session file: the archive holds {found} files (at most {max}). "
    "Nothing was imported.",
)
TOO_MANY_PARTS = QT_TRANSLATE_NOOP(
    "StorageError",
    "{path} holds more than {max} records and lists, more than any session file. "
    "Nothing was imported.",
)
TOO_DEEP = QT_TRANSLATE_NOOP(
    "StorageError",
    "{path} is nested more than {max} levels deep, which no session file is. Nothing was imported.",
)
BAD_NUMBER = QT_TRANSLATE_NOOP(
    "StorageError",
    "{path} is not a usable session file: it holds a number that cannot be stored ({number}). "
    "Nothing was imported.",
)
OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "StorageError",
    "{path} is not a usable session file: “{field}” is {value}, outside the range 0 to {max}. "
    "Nothing was imported.",
)
NOT_JSON = QT_TRANSLATE_NOOP(
    "StorageError",
    "{path} is not a Tafelronde session file (it is damaged at line {line}, column {column}).",
)
CANNOT_READ = QT_TRANSLATE_NOOP("StorageError", "{path} cannot be read: {reason}.")
NOT_UTF8 = QT_TRANSLATE_NOOP(
    "StorageError",
    "{path} is not a Tafelronde session file (it is not UTF-8 text).",
)


class SessionFileError(StorageError):
    """The file cannot be imported; the message says why."""


def _limit_error(path: Path, limit: InputLimit) -> SessionFileError:
    where = str(path)
    if limit.kind == "size":
        return SessionFileError(TOO_LARGE, path=where, **limit.params)
    if limit.kind == "entries":
        return SessionFileError(TOO_MANY_MEMBERS, path=where, **limit.params)
    if limit.kind == "depth":
        return SessionFileError(TOO_DEEP, path=where, **limit.params)
    if limit.kind == "number":
        return SessionFileError(BAD_NUMBER, path=where, **limit.params)
    if limit.kind == "json":
        return SessionFileError(NOT_JSON, path=where, **limit.params)
    return SessionFileError(safety.NOT_A_SESSION_FILE, path=where, reason="zip")


def _raw(path: Path) -> bytes:
    """The JSON bytes of the file, after the size checks (never more than MAX_BYTES)."""
    with path.open("rb") as handle:
        raw = handle.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        size = path.stat().st_size
        raise InputLimit("size", found=megabytes(size), max=megabytes(MAX_BYTES))
    if not raw.startswith(b"PK"):
        return raw
    with open_zip(raw, max_unpacked=MAX_BYTES, max_entries=MAX_MEMBERS) as archive:
        try:
            return archive.read("session.json")
        # missing member, bad CRC (a member longer than declared), encrypted, unknown method
        except (KeyError, zipfile.BadZipFile, zlib.error, EOFError, RuntimeError,
                NotImplementedError) as exc:  # fmt: skip
            raise InputLimit("zip") from exc


def _column(value: Any, field: str, path: Path, limit: int = MAX_COLUMN_INT) -> None:
    if isinstance(value, int) and not isinstance(value, bool) and not 0 <= value <= limit:
        raise SessionFileError(OUT_OF_RANGE, path=str(path), field=field, value=value, max=limit)


def check_columns(data: dict[str, Any], path: Path) -> None:
    """The whole numbers that become database columns fit them on both engines."""
    session = data.get("session")
    if isinstance(session, dict):
        _column(session.get("capacity"), "capacity", path)
    for table, fields in (
        ("participants", ("position",)),
        ("activities", ("position", "planned_minutes")),
        ("actions", ("position",)),
    ):
        records = data.get(table)
        for record in records if isinstance(records, list) else ():
            if isinstance(record, dict):
                for field in fields:
                    _column(record.get(field), field, path)


def read_session_file(path: Path) -> dict[str, Any]:
    """Parse and check a session file; raises SessionFileError with a specific reason."""
    try:
        raw = _raw(path)
        if raw.count(b"{") + raw.count(b"[") > MAX_CONTAINERS:
            raise SessionFileError(TOO_MANY_PARTS, path=str(path), max=MAX_CONTAINERS)
        data = loads(raw.decode("utf-8-sig"), max_depth=MAX_DEPTH)
    except InputLimit as limit:
        raise _limit_error(path, limit) from limit
    except UnicodeDecodeError as exc:
        raise SessionFileError(NOT_UTF8, path=str(path)) from exc
    except OSError as exc:  # missing, a folder, no permission
        reason = exc.strerror or str(exc)
        raise SessionFileError(CANNOT_READ, path=str(path), reason=reason) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise SessionFileError(safety.NOT_A_SESSION_FILE, path=str(path), reason="format")
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise SessionFileError(safety.NOT_A_SESSION_FILE, path=str(path), reason="format_version")
    if version > FORMAT_VERSION:
        raise SessionFileError(
            safety.NEWER_SESSION_FILE, path=str(path), found=version, supported=FORMAT_VERSION
        )
    check_columns(data, path)
    return data
