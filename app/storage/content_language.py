"""A session's content language: the language of its statements, questions, instructions and
bingo pool, the same in the workspace, the run console, the beamer, phones and the report,
whatever language the interface speaks.

Stored in the session's `settings` JSON under "content_language" (no schema change); sessions made
before the choice existed read as Dutch.
"""

from __future__ import annotations

import json

from app.core.i18n import CONTENT_LANGUAGES, content_language_of
from app.storage.errors import ConflictError
from app.storage.store import Store

KEY = "content_language"


def _settings(text: str | None) -> dict[str, object]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def settings_with(language: str, settings: dict[str, object] | None = None) -> str:
    """Settings JSON holding the language, for a session being created."""
    if language not in CONTENT_LANGUAGES:
        raise ValueError(f"unknown content language {language!r}")
    return json.dumps({**(settings or {}), KEY: language}, ensure_ascii=False)


def content_language(store: Store, session_id: int) -> str:
    """The session's content language ('nl' for a session without one, or one that is gone)."""
    meeting = store.sessions.get(session_id)
    return content_language_of(_settings(meeting.settings if meeting else None))


def set_content_language(store: Store, session_id: int, language: str) -> None:
    """Change the content language, keeping the other settings (retried when another laptop
    saved the settings a moment earlier)."""
    if language not in CONTENT_LANGUAGES:
        raise ValueError(f"unknown content language {language!r}")
    for _attempt in range(5):
        meeting = store.sessions.get(session_id)
        if meeting is None:
            raise LookupError(f"no session {session_id}")
        current = _settings(meeting.settings)
        if current.get(KEY) == language:
            return
        try:
            store.sessions.update(session_id, meeting.version,
                                  settings=settings_with(language, current))  # fmt: skip
            return
        except ConflictError:
            continue
    raise ConflictError(current=None)
