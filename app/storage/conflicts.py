"""Saving a text field that someone else may have changed meanwhile: detect, then merge.

`save_text` writes with the version the editor started from. If another laptop saved first, the
version check (ResultRepository.set) raises ConflictError; `resolve(mine, theirs)` then decides
the text to save: the conflict dialog in the app, `merge_texts` (both kept) when unattended.
resolve returning None means "not now" (the user keeps editing): ConflictError is re-raised and
nothing was overwritten.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.core.merge import merge_texts
from app.storage.errors import ConflictError
from app.storage.models import ActivityResult

if TYPE_CHECKING:
    from app.storage.results import ResultRepository

Resolver = Callable[[str, str], "str | None"]
MAX_ROUNDS = 20


def _text(value: Any) -> str:
    return "" if value is None else value if isinstance(value, str) else str(value)


def save_text(
    results: ResultRepository,
    activity_id: int,
    key: str,
    text: str,
    base_version: int,
    resolve: Resolver = merge_texts,
    by: str = "",
) -> tuple[ActivityResult, bool]:
    """Save text as (activity, key), starting from base_version (0: the key was empty).

    Returns (row, merged): merged is True when a conflict went through `resolve`.
    """
    import json

    merged = False
    for _ in range(MAX_ROUNDS):
        try:
            return results.set(activity_id, key, text, expected_version=base_version, by=by), merged
        except ConflictError as conflict:
            current = conflict.current
            if current is None:  # they deleted it, or it never existed: ours is all there is
                theirs, base_version = "", 0
            else:
                assert isinstance(current, ActivityResult)  # what ResultRepository.set raises with
                theirs, base_version = _text(json.loads(current.value)), current.version
            choice = resolve(text, theirs)
            if choice is None:
                raise
            text, merged = choice, True
    raise ConflictError(current=None)
