"""A session's settings, typed: the one place that parses and writes MeetingSession.settings.

The column is a JSON object so that a setting needs no schema change. Several features keep a key
there (content language, name order, note-taker roles, the room's "pick your name", when paper
was printed, the run console's resume point); each used to parse the text itself. Now
`session_settings` reads and `change_session_settings` writes (retried when another laptop saved
the settings a moment earlier); text that is not a JSON object reads as no settings at all, and
keys this version does not know are kept as they are.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Mapping
from typing import Any

from app.core.i18n import CONTENT_LANGUAGES, content_language_of
from app.core.names import CONVENTIONS, NAME_ORDER_KEY, convention_of
from app.storage.errors import ConflictError

CONTENT_LANGUAGE = "content_language"
ROOM_PICK_NAME = "room_pick_name"  # phones may pick their name for "where do I sit?"
PRINTED = "printed"
ROLES = "roles"
RUN = "run"
ATTEMPTS = 5  # saves retried on a version conflict


def parse(text: str | None) -> dict[str, Any]:
    """The stored text as a dict ({} for nothing, broken JSON or anything but an object)."""
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


class SessionSettings:
    """The settings of one session; changes make a new value (`with_`, `without`)."""

    def __init__(self, values: Mapping[str, Any] | None = None) -> None:
        self._values: dict[str, Any] = copy.deepcopy(dict(values or {}))

    @classmethod
    def from_text(cls, text: str | None) -> SessionSettings:
        return cls(parse(text))

    def to_text(self) -> str:
        return json.dumps(self._values, ensure_ascii=False)

    def as_dict(self) -> dict[str, Any]:
        """A copy of everything stored (for app.core.roles, which works on the whole dict)."""
        return copy.deepcopy(self._values)

    def get(self, key: str, default: Any = None) -> Any:
        return copy.deepcopy(self._values.get(key, default))

    def with_(self, **values: Any) -> SessionSettings:
        return SessionSettings({**self._values, **values})

    def without(self, key: str) -> SessionSettings:
        return SessionSettings({k: v for k, v in self._values.items() if k != key})

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SessionSettings) and other._values == self._values

    __hash__ = None  # type: ignore[assignment]  # mutable like the dict it wraps

    # -- the settings the app knows ------------------------------------------------------
    @property
    def content_language(self) -> str:
        """The language of statements, templates, report and paper ('nl' when unset)."""
        return content_language_of(self._values)

    def with_content_language(self, language: str) -> SessionSettings:
        if language not in CONTENT_LANGUAGES:
            raise ValueError(f"unknown content language {language!r}")
        return self.with_(**{CONTENT_LANGUAGE: language})

    @property
    def name_order(self) -> str:
        """The name order convention (app/core/names.py; 'last_name' when unset)."""
        return convention_of(self._values)

    def with_name_order(self, convention: str) -> SessionSettings:
        if convention not in CONVENTIONS:
            raise ValueError(f"unknown name order {convention!r}")
        return self.with_(**{NAME_ORDER_KEY: convention})

    @property
    def roles(self) -> dict[str, Any]:
        """The note-taker assignments as stored ({} when nobody has a role)."""
        value = self._values.get(ROLES)
        return copy.deepcopy(value) if isinstance(value, dict) else {}

    @property
    def note_takers(self) -> dict[str, Any]:
        """Laptop id -> its assignments."""
        value = self.roles.get("note_takers")
        return value if isinstance(value, dict) else {}

    @property
    def room_pick_name(self) -> bool:
        """Whether phones may pick their name from the list (only consenting names are sent)."""
        return self._values.get(ROOM_PICK_NAME) is True

    def with_room_pick_name(self, allowed: bool) -> SessionSettings:
        return self.with_(**{ROOM_PICK_NAME: bool(allowed)})

    @property
    def printed(self) -> dict[str, Any]:
        """Paper item key -> its stamp ({"at": ISO time, "people": n}), see printed.py."""
        value = self._values.get(PRINTED)
        return copy.deepcopy(value) if isinstance(value, dict) else {}

    @property
    def run(self) -> Any:
        """The run console's resume point as stored (app/core/run_state.py reads it)."""
        return self.get(RUN)


def session_settings(store: Any, session_id: int) -> SessionSettings:
    """The session's settings (empty for a session that is gone)."""
    meeting = store.sessions.get(session_id)
    return SessionSettings.from_text(meeting.settings if meeting is not None else None)


def change_session_settings(
    store: Any, session_id: int, change: Callable[[SessionSettings], SessionSettings]
) -> SessionSettings:
    """Apply `change` to the stored settings and save them with the session's version, again
    when another laptop saved first (ConflictError after ATTEMPTS tries). Nothing is written when
    the change changes nothing; LookupError for a session that is gone."""
    for _attempt in range(ATTEMPTS):
        meeting = store.sessions.get(session_id)
        if meeting is None:
            raise LookupError(f"no session {session_id}")
        current = SessionSettings.from_text(meeting.settings)
        new = change(current)
        if new == current:
            return current
        try:
            store.sessions.update(session_id, meeting.version, settings=new.to_text())
            return new
        except ConflictError:
            continue
    raise ConflictError(current=None)
