"""Every output file written whole or not at all (PDFs, session files, templates, backups).

Why: a killed print run left the previous `cards.pdf` at 0 bytes, and a full disk left truncated
files or `.partial` files under the name the organiser chose. Here a writer works on a temporary
file in the target's own folder (so the final rename never crosses file systems); the file is
flushed and fsynced, then `os.replace`d over the target in one step. On any failure the temporary
file is removed and the previous file is untouched. After a SIGKILL only a hidden
``.<name>.<random>.tmp`` can remain beside it; the target is always either old or new, whole.

Failures become `OutputError` (still an OSError, so older handlers keep working): its `message`
is an English source text for Qt's translation (context "OutputError") that names the file and the
kind of problem (disk full, no permission, no folder) and never the data being written; callers
translate it with `params`. No Qt here: printables, storage and the command line use it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, TypeVar

from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP

T = TypeVar("T")
STALE_S = 3600  # a temporary older than this was left by a killed run

DISK_FULL = QT_TRANSLATE_NOOP(
    "OutputError",
    "There is not enough room on the disk to write {path}. Nothing was written; "
    "a previous file of that name is unchanged.",
)  # fmt: skip
NO_PERMISSION = QT_TRANSLATE_NOOP(
    "OutputError",
    "Tafelronde may not write {path} (no permission, a read-only disk or folder, or the file "
    "is open in another program). Nothing was written.",
)  # fmt: skip
NO_FOLDER = QT_TRANSLATE_NOOP("OutputError", "Cannot write {path}: the folder does not exist.")
IS_FOLDER = QT_TRANSLATE_NOOP("OutputError", "Cannot write {path}: that is a folder.")
OTHER = QT_TRANSLATE_NOOP(
    "OutputError",
    "Cannot write {path}: {reason}. Nothing was written; a previous file of that name "
    "is unchanged.",
)  # fmt: skip

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_DENIED = {errno.EACCES, errno.EPERM, errno.EROFS}


class OutputError(UserError, OSError):
    """An output file could not be written; nothing changed at its path.

    `message` + `params` are for translation (context "OutputError"); `path` is the target.
    """

    def __init__(self, path: Path, cause: OSError) -> None:
        code = cause.errno
        if code in _FULL:
            message = DISK_FULL
        elif code in _DENIED:
            message = NO_PERMISSION
        elif code == errno.ENOENT:
            message = NO_FOLDER
        elif code == errno.EISDIR:
            message = IS_FOLDER
        else:
            message = OTHER
        # strerror is the system's phrase ("Input/output error"), never the data being written
        reason = cause.strerror or type(cause).__name__
        OSError.__init__(self, code, reason, str(path))  # errno, strerror, filename as before
        self.context, self.text = "OutputError", message
        self.params = {"path": str(path), "reason": reason}
        self.path = path


def describe(error: object, translate: Callable[[str, str], str]) -> str:
    """Why a file could not be written, for "could not save: {reason}" lines: an OutputError in
    the user's language (translate is QCoreApplication.translate), else the system's reason."""
    if isinstance(error, OutputError):
        return error.translated(translate)
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or type(error).__name__


def temporary_name(target: Path) -> Path:
    """A hidden, unguessable name beside target (same folder, so the rename is atomic)."""
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows cannot open folders, nothing to do."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass  # some file systems cannot sync a folder; the file itself was synced
    finally:
        os.close(handle)


def _keep_mode(target: Path, temporary: Path) -> None:
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        return  # a new file: 0o666 minus the umask, like any other program's output
    os.chmod(temporary, mode)


def _sync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


@contextmanager
def replacing(target: str | Path, *, sync: bool = True) -> Iterator[Path]:
    """A temporary path to write by any means (SQLite backup, a library that wants a file
    name); when the block ends normally it is fsynced (unless the writer did) and renamed over
    target. A target that is a symbolic link is written through (the file it points at is
    replaced, the link stays); an existing target keeps its permissions (a report made private
    stays private)."""
    target = Path(target)
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    if target.is_dir():
        raise OutputError(target, IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR)))
    temporary = temporary_name(target)
    try:
        yield temporary
        if sync:
            _sync_file(temporary)
        _keep_mode(target, temporary)
        os.replace(temporary, target)
    except OSError as error:
        _remove(temporary)
        if isinstance(error, OutputError):
            raise
        raise OutputError(target, error) from error
    except BaseException:
        _remove(temporary)
        raise
    _sync_folder(target.parent)
    _clear_stale(target)


@contextmanager
def atomic_write(target: str | Path) -> Iterator[BinaryIO]:
    """A binary file object whose bytes replace target only when the block ends normally."""
    with replacing(target, sync=False) as temporary:
        # O_EXCL: never write through a file (or link) somebody placed under the temporary name
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)  # (Windows)
        descriptor = os.open(temporary, flags, 0o666)
        with os.fdopen(descriptor, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())


def write_with(target: str | Path, writer: Callable[[BinaryIO], T]) -> T:
    """Run writer(file object) into target atomically; returns what writer returns."""
    with atomic_write(target) as handle:
        return writer(handle)


def to_file(target: str | os.PathLike[str] | BinaryIO, write: Callable[[BinaryIO], T]) -> T:
    """write(stream): into target itself when it is a stream, atomically when it is a path."""
    if isinstance(target, str | os.PathLike):
        return write_with(Path(target), write)
    return write(target)


def write_bytes(target: str | Path, data: bytes) -> Path:
    with atomic_write(target) as handle:
        handle.write(data)
    return Path(target)


def write_text(target: str | Path, text: str, encoding: str = "utf-8") -> Path:
    return write_bytes(target, text.encode(encoding))


def _clear_stale(target: Path) -> None:
    """Remove what killed runs left beside target (hidden temporaries over an hour old): a
    write takes seconds, so an older one belongs to no running writer."""
    stale = time.time() - STALE_S
    pattern = re.sub(r"([*?\[])", r"[\1]", f".{target.name}.") + "*.tmp"
    for leftover in target.parent.glob(pattern):
        with contextlib.suppress(OSError):
            if re.fullmatch(r"[0-9a-f]{8}", leftover.name[len(target.name) + 2 : -4]) and (
                leftover.stat().st_mtime < stale
            ):
                leftover.unlink()


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):  # the original error is what the user needs to hear
        path.unlink(missing_ok=True)
