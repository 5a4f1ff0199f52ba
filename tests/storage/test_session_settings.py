"""The typed session settings: one parse, one write, unknown keys kept, on both engines."""

from __future__ import annotations

import json

import pytest

from app.core import roles
from app.storage.content_language import content_language, set_content_language
from app.storage.errors import ConflictError
from app.storage.name_order import name_order, set_name_order
from app.storage.printed import printed, record_printed
from app.storage.settings import SessionSettings, change_session_settings, session_settings


@pytest.mark.parametrize("text", [None, "", "not json", "[1, 2]", '"text"', "{"])
def test_odd_stored_text_reads_as_no_settings(text: str | None) -> None:
    settings = SessionSettings.from_text(text)
    assert settings.as_dict() == {}
    assert settings.content_language == "nl" and settings.name_order == "last_name"
    assert settings.roles == {} and settings.note_takers == {} and settings.printed == {}
    assert settings.room_pick_name is False and settings.run is None


def test_typed_values_and_odd_values() -> None:
    settings = SessionSettings.from_text(json.dumps({
        "content_language": "en", "name_order": "particle", "room_pick_name": True,
        "roles": {"note_takers": {"lap-1": [{"activity": 3, "part": None}]}},
        "printed": {"agenda": {"at": "2026-12-04T10:00:00+00:00", "people": 4}}, "extra": [1],
    }))  # fmt: skip
    assert settings.content_language == "en" and settings.name_order == "particle"
    assert settings.room_pick_name is True
    assert list(settings.note_takers) == ["lap-1"]
    assert settings.printed["agenda"]["people"] == 4
    odd = SessionSettings({"room_pick_name": "yes", "printed": [1], "roles": "x", "name_order": 7})
    assert odd.room_pick_name is False and odd.printed == {} and odd.roles == {}
    assert odd.name_order == "last_name"
    with pytest.raises(ValueError):
        settings.with_content_language("xx")
    with pytest.raises(ValueError):
        settings.with_name_order("first_name")


def test_values_are_copies_and_changes_make_new_values() -> None:
    settings = SessionSettings({"roles": {"note_takers": {}}})
    settings.roles["note_takers"]["sneaky"] = []
    settings.as_dict()["roles"]["x"] = 1
    assert settings.as_dict() == {"roles": {"note_takers": {}}}
    changed = settings.with_room_pick_name(True)
    assert settings.room_pick_name is False and changed.room_pick_name is True
    assert changed.without("room_pick_name") == settings


def test_every_writer_keeps_the_others_keys(any_store) -> None:  # type: ignore[no-untyped-def]
    meeting = any_store.sessions.create("Sectordag", settings=json.dumps({"future_key": {"a": 1}}))
    set_content_language(any_store, meeting.id, "en")
    set_name_order(any_store, meeting.id, "particle")
    record_printed(any_store, meeting.id, "agenda")
    change_session_settings(any_store, meeting.id, lambda s: s.with_room_pick_name(True))
    change_session_settings(
        any_store, meeting.id, lambda s: SessionSettings(roles.assign(s.as_dict(), "lap-1", 5))
    )
    stored = session_settings(any_store, meeting.id)
    assert stored.get("future_key") == {"a": 1}
    assert content_language(any_store, meeting.id) == "en" == stored.content_language
    assert name_order(any_store, meeting.id) == "particle"
    assert list(printed(any_store, meeting.id)) == ["agenda"]
    assert stored.room_pick_name is True and list(stored.note_takers) == ["lap-1"]
    assert json.loads(any_store.sessions.get(meeting.id).settings) == stored.as_dict()


def test_a_change_that_changes_nothing_writes_nothing(any_store) -> None:  # type: ignore[no-untyped-def]
    meeting = any_store.sessions.create("Sectordag")
    before = any_store.sessions.get(meeting.id).version
    change_session_settings(any_store, meeting.id, lambda s: s)
    assert any_store.sessions.get(meeting.id).version == before


def test_a_concurrent_save_is_retried_not_overwritten(any_store) -> None:  # type: ignore[no-untyped-def]
    meeting = any_store.sessions.create("Sectordag")
    calls = []

    def change(current: SessionSettings) -> SessionSettings:
        calls.append(current)
        if len(calls) == 1:  # another laptop saves its language between our read and our write
            set_content_language(any_store, meeting.id, "en")
        return current.with_room_pick_name(True)

    change_session_settings(any_store, meeting.id, change)
    stored = session_settings(any_store, meeting.id)
    assert len(calls) == 2 and stored.content_language == "en" and stored.room_pick_name


def test_gone_sessions_and_endless_conflicts(any_store) -> None:  # type: ignore[no-untyped-def]
    assert session_settings(any_store, 999).as_dict() == {}
    with pytest.raises(LookupError):
        change_session_settings(any_store, 999, lambda s: s.with_room_pick_name(True))
    meeting = any_store.sessions.create("Sectordag")

    def always_late(current: SessionSettings) -> SessionSettings:
        any_store.sessions.update(meeting.id, title=f"{len(current.as_dict())}-{id(current)}")
        return current.with_room_pick_name(True)

    with pytest.raises(ConflictError):
        change_session_settings(any_store, meeting.id, always_late)
    assert session_settings(any_store, meeting.id).room_pick_name is False
