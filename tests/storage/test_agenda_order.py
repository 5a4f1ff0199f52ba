"""Agenda storage for day preparation (issue 21), on SQLite and PostgreSQL: insert at a place,
reorder after a drop, planned minutes that follow the rounds, when paper was last printed."""

from __future__ import annotations

from app.storage.printed import printed, record_printed, up_to_date


def _titles(store, session_id):  # type: ignore[no-untyped-def]
    return [(a.position, a.title) for a in store.agenda.list(session_id)]


def test_insert_at_a_place_and_reorder(any_store) -> None:  # type: ignore[no-untyped-def]
    meeting = any_store.sessions.create("Dag")
    for title in ("A", "B", "C"):
        any_store.agenda.add(meeting.id, "segment", title, 10)
    any_store.agenda.add(meeting.id, "segment", "after A", 10, position=1)
    any_store.agenda.add(meeting.id, "segment", "first", 10, position=0)
    any_store.agenda.add(meeting.id, "segment", "far", 10, position=99)
    assert _titles(any_store, meeting.id) == [(0, "first"), (1, "A"), (2, "after A"), (3, "B"),
                                              (4, "C"), (5, "far")]  # fmt: skip
    ids = {a.title: a.id for a in any_store.agenda.list(meeting.id)}
    any_store.agenda.reorder(meeting.id, [ids["C"], ids["A"]])  # the rest keeps its order after
    assert [t for _p, t in _titles(any_store, meeting.id)] == ["C", "A", "first", "after A", "B",
                                                               "far"]  # fmt: skip
    assert not any_store.agenda.has_results(ids["C"])
    any_store.results.set(ids["C"], "note", "iets")
    assert any_store.agenda.has_results(ids["C"])


def test_planned_minutes_follow_the_rounds_unless_set_by_hand(any_store) -> None:  # type: ignore[no-untyped-def]
    meeting = any_store.sessions.create("Dag")
    breakout = any_store.agenda.add(meeting.id, "breakout", "Tafels", 30, {"rounds": [{}]})
    rounds = [{"minutes": 20}, {"minutes": 25}, {"minutes": 15}]
    any_store.agenda.update(breakout.id, config={"rounds": rounds, "change_minutes": 3})
    assert any_store.agenda.get(breakout.id).planned_minutes == 60 + 2 * 3
    any_store.agenda.update(breakout.id, config={"rounds": rounds, "planned_by_hand": True})
    assert any_store.agenda.get(breakout.id).planned_minutes == 66  # held by the organiser
    any_store.agenda.update(breakout.id, planned_minutes=50, config={"rounds": rounds[:1]})
    assert any_store.agenda.get(breakout.id).planned_minutes == 50  # minutes given: kept
    any_store.agenda.update(breakout.id, config="not json")
    assert any_store.agenda.get(breakout.id).planned_minutes == 50  # unreadable: unchanged
    talk = any_store.agenda.add(meeting.id, "segment", "Welkom", 12)
    any_store.agenda.update(talk.id, config={"caption": "Hallo"})
    assert any_store.agenda.get(talk.id).planned_minutes == 12  # no rule for a talk


def test_printed_stamps_survive_other_settings(any_store) -> None:  # type: ignore[no-untyped-def]
    from app.storage.content_language import content_language, set_content_language

    meeting = any_store.sessions.create("Dag")
    set_content_language(any_store, meeting.id, "en")
    record_printed(any_store, meeting.id, "agenda")
    set_content_language(any_store, meeting.id, "nl")
    assert set(printed(any_store, meeting.id)) == {"agenda"}
    assert content_language(any_store, meeting.id) == "nl"
    assert up_to_date(any_store, meeting.id, ["agenda"]) == {"agenda": True}  # no activities
    any_store.agenda.add(meeting.id, "segment", "Welkom", 10)
    assert up_to_date(any_store, meeting.id, ["agenda", "bingo:999"]) == {
        "agenda": False, "bingo:999": False}  # fmt: skip
