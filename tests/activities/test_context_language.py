"""An activity's context speaks the session's content language unless told otherwise."""

from __future__ import annotations

from typing import Any

from app.activities.context import ActivityContext
from app.storage.content_language import set_content_language


def test_the_context_reads_the_sessions_language(store: Any) -> None:
    session = store.sessions.create("Netwerkdag")
    activity = store.agenda.add(session.id, "statements", "Stellingen")
    assert ActivityContext(store, session.id, activity.id).language == "nl"
    set_content_language(store, session.id, "en")
    assert ActivityContext(store, session.id, activity.id).language == "en"
    given = ActivityContext(store, session.id, activity.id, language="nl")
    assert given.language == "nl"  # what the caller passes down wins
