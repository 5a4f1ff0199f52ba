"""Counts, arguments, position and reveal survive on a real database, and laptops don't clash."""

from __future__ import annotations

from app.activities import factory, registry
from app.activities.context import ActivityContext
from app.activities.statements.report import report_data
from app.activities.statements.runtime import StatementsRuntime
from app.activities.statements.state import StatementGame
from app.core import templates
from app.core.clock import FakeClock
from app.storage import open_store


def statements_activity(store):  # type: ignore[no-untyped-def]
    session = store.sessions.create("Sectordag", templates.builtin("sector_day_alliances"))
    activity = next(a for a in store.agenda.list(session.id) if a.kind == "statements")
    return session, activity


def runtime(store, session, activity, language: str = "en") -> StatementsRuntime:  # type: ignore[no-untyped-def]
    return StatementsRuntime(ActivityContext(store, session.id, activity.id, FakeClock(), language))


def test_registry_builds_this_runtime(store, qtbot) -> None:  # type: ignore[no-untyped-def]
    session, activity = statements_activity(store)
    kind = registry.kind("statements")
    assert kind.runtime and kind.setup and kind.report
    built = factory.make_runtime(ActivityContext(store, session.id, activity.id, FakeClock()))
    assert isinstance(built, StatementsRuntime)
    assert built.snapshot.statement is not None
    assert built.snapshot.statement.id == "demand-1"


def test_everything_survives_closing_the_database(store_url: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    store = open_store(store_url)
    session, activity = statements_activity(store)
    rt = runtime(store, session, activity)
    rt.start()
    assert rt.handle_key("next") is True
    second = rt.snapshot.statement
    assert second is not None and second.id == "demand-2"
    rt.set_count(0, 12)
    rt.bump(1, 1)
    rt.bump(1, 1)
    rt.bump(2, 1)
    rt.bump(2, -1)
    rt.bump(2, -1)  # never below zero
    pro = rt.add_argument("for", "  Listening is part of   the craft. ")
    con = rt.add_argument("against", "Surprise needs room")
    assert pro is not None and con is not None
    rt.set_strongest(con.id, True)
    rt.edit_argument(pro.id, "Listening is part of the job.")
    rt.set_revealed(True)
    store.close()

    store = open_store(store_url)
    again = runtime(store, session, activity)
    snap = again.snapshot
    assert snap.statement == second
    assert snap.tally.counts == (12, 2, 0)
    assert snap.revealed is True
    assert [(a.side, a.text, a.strongest) for a in snap.arguments] == [
        ("for", "Listening is part of the job.", False),
        ("against", "Surprise needs room", True),
    ]
    again.remove_argument(pro.id)
    assert [a.id for a in again.snapshot.arguments] == [con.id]
    # the next statement starts hidden and empty; back returns to the revealed one
    again.handle_key("next")
    assert again.snapshot.revealed is False and again.snapshot.tally.total == 0
    again.handle_key("back")
    assert again.snapshot.tally.counts == (12, 2, 0)
    store.close()


def test_clicker_hands_over_at_both_ends(store, qtbot) -> None:  # type: ignore[no-untyped-def]
    session, activity = statements_activity(store)
    StatementGame(store, activity.id).save_statements(
        StatementGame(store, activity.id, "en").statements()[:2]
    )
    rt = runtime(store, session, activity)
    assert rt.handle_key("back") is False  # first statement: the agenda may go back
    assert rt.handle_key("next") is True
    assert rt.handle_key("next") is False  # last statement: the agenda moves on
    assert rt.handle_key("black") is False


def test_two_laptops_counting_different_positions_keep_both(store, qtbot) -> None:  # type: ignore[no-untyped-def]
    session, activity = statements_activity(store)
    laptop_a = runtime(store, session, activity)
    laptop_b = runtime(store, session, activity)
    laptop_a.set_count(0, 7)  # b has not re-read yet: its snapshot still says 0 for everything
    laptop_b.set_count(2, 4)
    laptop_b.add_argument("for", "from b")
    laptop_a.add_argument("for", "from a")
    laptop_a.refresh()
    assert laptop_a.snapshot.tally.counts == (7, 0, 4)
    assert sorted(a.text for a in laptop_a.snapshot.arguments) == ["from a", "from b"]


def test_other_laptop_changes_reach_the_runtime(store, qtbot) -> None:  # type: ignore[no-untyped-def]
    session, activity = statements_activity(store)
    rt = runtime(store, session, activity)
    StatementGame(store, activity.id).set_count("demand-1", "doubt", 3)
    qtbot.waitUntil(lambda: rt.snapshot.tally.counts == (0, 3, 0), timeout=2000)


def test_five_point_scale_and_report_data(store, qtbot) -> None:  # type: ignore[no-untyped-def]
    session, activity = statements_activity(store)
    game = StatementGame(store, activity.id, "en")
    game.update_config(scale="five")
    rt = runtime(store, session, activity)
    assert rt.snapshot.scale.size == 5
    rt.set_count(4, 9)
    rt.set_count(0, 9)
    data = report_data(store, activity.id, "en")
    assert data.overview.most_divided is not None
    assert data.overview.most_divided.statement.id == "demand-1"
    assert data.overview.rows[0].tally.counts == (9, 0, 0, 0, 9)
    assert data.position_labels[0] == "Fully agree"


def test_phone_vote_keys_are_made_and_read_in_one_place() -> None:
    from app.activities.statements.state import (
        parse_phone_vote_key,
        phone_vote_key,
        phone_vote_prefix,
    )

    key = phone_vote_key("s7", "p3f")
    assert key.startswith(phone_vote_prefix("s7")) and key.startswith(phone_vote_prefix())
    assert parse_phone_vote_key(key) == ("s7", "p3f")
    assert parse_phone_vote_key("tally:s7:agree") is None
    assert parse_phone_vote_key(phone_vote_prefix()) is None
