"""The statement pool of a bingo: the default clichés, a session's own edits, text-file import.

A session without its own pool uses the default in the session's language; the first edit copies
it into the activity config as [{"id", "text"}], so later changes to the default never alter cards
that were already printed.
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app import resources
from app.core.i18n import QT_TRANSLATE_NOOP, localized

MAX_LENGTH = 140  # longer statements do not fit a 5 x 5 cell in a readable size


@dataclass(frozen=True)
class Statement:
    id: str
    text: str


def default_pool(language: str = "nl") -> list[Statement]:
    data = json.loads(resources.read_text("bingo/statements.json"))
    return [Statement(item["id"], localized(item, language)) for item in data["statements"]]


def from_config(config: dict[str, Any], language: str = "nl") -> list[Statement]:
    """The session's pool, or the default when it has none (or an unreadable one)."""
    raw = config.get("pool")
    if not isinstance(raw, list):
        return default_pool(language)
    pool = []
    for item in raw:
        if isinstance(item, dict) and str(item.get("id", "")) and str(item.get("text", "")).strip():
            pool.append(Statement(str(item["id"]), str(item["text"]).strip()))
    return pool


def to_config(pool: list[Statement]) -> list[dict[str, str]]:
    return [{"id": s.id, "text": s.text} for s in pool]


def new_id(pool: list[Statement], rng: random.Random | None = None) -> str:
    """A fresh id for an added statement (never reused, so old marks cannot attach to it)."""
    taken = {s.id for s in pool}
    rng = rng or random.Random()
    while True:
        candidate = f"u{rng.randrange(16**6):06x}"
        if candidate not in taken:
            return candidate


def clean(text: str) -> str:
    """One statement as typed: spaces collapsed, list bullets and numbering removed."""
    text = " ".join(text.split())
    for bullet in ("- ", "* ", "• ", "– "):
        if text.startswith(bullet):
            text = text[len(bullet) :]
    head, dot, rest = text.partition(". ")
    if dot and head.isdigit():
        text = rest
    return text.strip()


def validate(text: str) -> str:
    """Empty string when the statement is fine, otherwise an English message to translate."""
    if not text:
        return QT_TRANSLATE_NOOP("Bingo", "A statement cannot be empty.")
    if len(text) > MAX_LENGTH:
        return QT_TRANSLATE_NOOP("Bingo", "A statement can have at most 140 characters.")
    return ""


@dataclass(frozen=True)
class ImportResult:
    statements: list[str]
    skipped: list[tuple[int, str]]  # (line number, English reason)


def parse_lines(text: str, existing: Sequence[Statement] = ()) -> ImportResult:
    """Statements from a text file, one per line; blanks, duplicates and too long lines skipped."""
    seen = {s.text.casefold() for s in existing}
    found: list[str] = []
    skipped: list[tuple[int, str]] = []
    for number, line in enumerate(text.splitlines(), 1):
        statement = clean(line)
        if not statement:
            continue
        problem = validate(statement)
        if problem:
            skipped.append((number, problem))
        elif statement.casefold() in seen:
            skipped.append((number, QT_TRANSLATE_NOOP("Bingo", "Already in the pool.")))
        else:
            seen.add(statement.casefold())
            found.append(statement)
    return ImportResult(found, skipped)


def read_text_file(raw: bytes) -> str:
    """Decode an imported file: UTF-8 (with or without BOM), else Windows-1252 as Excel writes."""
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")
