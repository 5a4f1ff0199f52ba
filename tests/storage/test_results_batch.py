"""set_many: a burst of phone votes stored in one transaction, on both engines."""

from __future__ import annotations


def test_set_many_inserts_and_updates_in_one_change(any_store) -> None:  # type: ignore[no-untyped-def]
    meeting = any_store.sessions.create("Batch")
    activity = any_store.agenda.add(meeting.id, "statements", "Stellingen", 10, {})
    any_store.results.set(activity.id, "phone:s1:a", "agree")
    seen: list[tuple[str, int]] = []
    any_store.changes.subscribe(lambda table, session_id: seen.append((table, session_id)))

    written = any_store.results.set_many(
        activity.id, {"phone:s1:a": "disagree", "phone:s1:b": "doubt", "phone:s1:c": "agree"}
    )

    assert written == 3
    assert any_store.results.all(activity.id, "phone:s1:") == {
        "phone:s1:a": "disagree",
        "phone:s1:b": "doubt",
        "phone:s1:c": "agree",
    }
    assert any_store.results.row(activity.id, "phone:s1:a").version == 2  # updated, not doubled
    assert any_store.results.row(activity.id, "phone:s1:b").version == 1
    assert seen == [("activity_result", meeting.id)]  # one change for the whole burst
    assert any_store.results.set_many(activity.id, {}) == 0
