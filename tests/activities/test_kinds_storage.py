"""The storage of the bingo and breakout kinds on both engines (with the statement, worksheet,
meet-and-greet and report modules listed in conftest.BOTH_ENGINES, every kind's results are
exercised on SQLite and on a real PostgreSQL)."""

from __future__ import annotations

from app.activities.bingo.state import BingoGame
from app.activities.breakout.state import BreakoutConfig, BreakoutData, solve_and_store
from app.activities.context import ActivityContext


def test_bingo_marks_undo_and_winners_round_trip(store, meeting) -> None:  # type: ignore[no-untyped-def]
    activity = store.agenda.add(meeting.id, "bingo", "Bingo", 15,
                                {"rule": "count", "target": 3, "layout": "grid4"})  # fmt: skip
    game = BingoGame(store, activity.id, "nl")
    seed = game.ensure_seed()
    pool = game.pool()
    first, second, third = (s.id for s in pool[:3])
    for statement in (first, second, third, first):  # heard twice counts twice
        game.mark(statement, by="lap-1")
    assert game.undo() is not None  # the second "first" goes
    again = BingoGame(store, activity.id, "nl")  # as another laptop reads it
    assert again.ensure_seed() == seed
    assert [m.statement_id for m in again.marks()] == [first, second, third]
    assert again.heard_ids() == {first, second, third}
    assert again.unmark(second) == 1 and again.heard_ids() == {first, third}
    card = again.cards(1)[0]
    for cell in card.cells:
        again.mark(cell)
    assert again.verify(card.number).wins
    again.confirm_winner(card.number, "Anna")
    assert [(w.card, w.name) for w in BingoGame(store, activity.id, "nl").winners()] == [
        (card.number, "Anna")
    ]


def test_breakout_schedule_and_notes_round_trip_and_merge(store, meeting) -> None:  # type: ignore[no-untyped-def]
    activity = next(a for a in store.agenda.list(meeting.id) if a.kind == "breakout")
    config = BreakoutConfig.parse(ActivityContext(store, meeting.id, activity.id).config())
    schedule = solve_and_store(store, meeting.id, activity.id, config)
    data = BreakoutData(store, activity.id)
    assert data.schedule() == schedule.rounds
    seated = sorted(p for group in data.schedule()[0] for p in group)
    assert seated == sorted(p.id for p in store.participants.list(meeting.id))
    data.mark_started(1)
    assert BreakoutData(store, activity.id).started() == 1
    version, merged = data.save_note(1, 1, 1, "Samen inkopen", 0)
    assert merged is None and data.note(1, 1, 1) == "Samen inkopen"
    # a second laptop that started from the empty note: both texts kept, nothing overwritten
    _, merged = BreakoutData(store, activity.id).save_note(1, 1, 1, "Gedeelde opslag", 0)
    assert merged is not None and "Samen inkopen" in merged and "Gedeelde opslag" in merged
    assert data.note(1, 1, 1) == merged and data.note_version(1, 1, 1) == version + 1
    data.set_key_point(1, 1, 1, True)
    assert BreakoutData(store, activity.id).is_key_point(1, 1, 1)
