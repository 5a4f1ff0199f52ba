"""Guards for files that come from elsewhere: zip archives and JSON read within fixed bounds.

Every reader of an outside file (registration lists, session files, templates) goes through
these checks *before* it inflates or builds anything big, so a hostile file costs at most a small
multiple of its own size in memory and is refused with a specific reason instead of a traceback
(MemoryError, RecursionError, OverflowError). The readers turn an `InputLimit` into their own
translated message naming the file (see `kind`).
"""

from __future__ import annotations

import io
import json
import math
import zipfile
from typing import Any

# JSON from session files and templates: the app itself writes at most ~8 levels
MAX_DEPTH = 64
# integers outside a 64-bit signed range cannot be stored by either database engine
MAX_INT = 2**63 - 1


class InputLimit(ValueError):
    """A file that exceeds a bound. `kind` is one of "size", "entries", "ratio", "depth",
    "number", "json", "zip"; `params` hold the figures for the reader's message."""

    def __init__(self, kind: str, **params: object) -> None:
        self.kind = kind
        self.params = params
        super().__init__(f"{kind}: {params}")


def megabytes(size: int) -> int:
    """Whole megabytes, rounded up, for messages."""
    return max(1, -(-size // (1024 * 1024)))


def open_zip(
    data: bytes, *, max_unpacked: int, max_entries: int, max_ratio: int = 0
) -> zipfile.ZipFile:
    """The archive in `data`, after checking its directory (nothing is inflated yet).

    zipfile stops every member at the size its directory declares (and fails the CRC check
    beyond it), so the declared sizes checked here bound what reading can ever produce.
    `max_ratio` (0: unchecked) refuses members that unpack to more than that many times their
    packed size once they are over 1 MB: the shape of a zip bomb."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise InputLimit("zip") from exc
    if len(members) > max_entries:
        archive.close()
        raise InputLimit("entries", found=len(members), max=max_entries)
    unpacked = sum(member.file_size for member in members)
    if unpacked > max_unpacked:
        archive.close()
        raise InputLimit("size", found=megabytes(unpacked), max=megabytes(max_unpacked))
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if max_ratio and member.file_size > 1024 * 1024 and ratio > max_ratio:
            archive.close()
            raise InputLimit("ratio", name=member.filename[:80], ratio=int(ratio), max=max_ratio)
    return archive


def _parse_constant(text: str) -> float:
    raise InputLimit("number", number=text)


def _number(value: Any) -> None:
    """Refuse integers beyond 64 bits and floats that are not finite (1e999 decodes to inf)."""
    if isinstance(value, bool):
        return
    if (isinstance(value, int) and abs(value) > MAX_INT) or (
        isinstance(value, float) and not math.isfinite(value)
    ):
        text = str(value) if isinstance(value, float) or value.bit_length() < 200 else "…"
        raise InputLimit("number", number=text if len(text) <= 24 else text[:20] + "…")


def check_tree(value: Any, max_depth: int = MAX_DEPTH) -> None:
    """Hold decoded JSON to `max_depth` levels and to storable numbers; raises InputLimit.

    Walked without recursion, so a deep document cannot overflow the walker itself."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, list):
            children = item
        else:
            _number(item)
            continue
        if depth > max_depth:
            raise InputLimit("depth", max=max_depth)
        for child in children:
            if isinstance(child, dict | list):
                stack.append((child, depth + 1))
            elif isinstance(child, int | float):
                _number(child)


def loads(text: str, max_depth: int = MAX_DEPTH) -> Any:
    """json.loads within bounds: nesting, integer range, no NaN/Infinity; raises InputLimit.

    The C decoder guards its own recursion (RecursionError past the interpreter's limit, about
    1,000 levels, at a cost of bytes); the decoded tree is then held to `max_depth` by an
    iterative walk, so nothing that later walks it recursively can overflow."""
    try:
        data = json.loads(text, parse_constant=_parse_constant)
    except RecursionError as exc:
        raise InputLimit("depth", max=max_depth) from exc
    except json.JSONDecodeError as exc:
        raise InputLimit("json", line=exc.lineno, column=exc.colno) from exc
    except InputLimit:
        raise
    except ValueError as exc:  # an integer of more than 4,300 digits (Python's own limit)
        raise InputLimit("number", number="…") from exc
    check_tree(data, max_depth)
    return data
