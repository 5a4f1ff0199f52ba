"""A session's content language: the language of its statements, questions, instructions and
bingo pool, the same in the workspace, the run console, the beamer, phones and the report,
whatever language the interface speaks.

Stored in the session's `settings` JSON under "content_language" (no schema change); sessions made
before the choice existed read as Dutch.
"""

from __future__ import annotations

from app.core.i18n import CONTENT_LANGUAGES
from app.storage.settings import (
    CONTENT_LANGUAGE,
    SessionSettings,
    change_session_settings,
    session_settings,
)
from app.storage.store import Store

KEY = CONTENT_LANGUAGE


def settings_with(language: str, settings: dict[str, object] | None = None) -> str:
    """Settings JSON holding the language, for a session being created."""
    if language not in CONTENT_LANGUAGES:
        raise ValueError(f"unknown content language {language!r}")
    return SessionSettings(settings).with_content_language(language).to_text()


def content_language(store: Store, session_id: int) -> str:
    """The session's content language ('nl' for a session without one, or one that is gone)."""
    return session_settings(store, session_id).content_language


def set_content_language(store: Store, session_id: int, language: str) -> None:
    """Change the content language, keeping the other settings (retried when another laptop
    saved the settings a moment earlier)."""
    if language not in CONTENT_LANGUAGES:
        raise ValueError(f"unknown content language {language!r}")
    change_session_settings(store, session_id, lambda s: s.with_content_language(language))
