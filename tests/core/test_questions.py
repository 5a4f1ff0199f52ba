"""The Q&A rules without storage: states, visibility, ordering, who may upvote, the report order."""

from __future__ import annotations

from app.core import questions as qa

Q = qa.Question


def q(qid: str, at: float, votes: int = 0, state: str = qa.APPROVED, phone: str = "") -> Q:
    return qa.Question(qid, f"text {qid}", at, phone=phone, votes=votes, state=state)


def test_state_from_the_moderators_decision_and_the_beamer() -> None:
    assert qa.state_of("", False) == qa.NEW
    assert qa.state_of("approved", False) == qa.APPROVED
    assert qa.state_of("approved", True) == qa.ON_SCREEN
    assert qa.state_of("", True) == qa.ON_SCREEN
    assert qa.state_of("hidden", True) == qa.HIDDEN  # hidden wins over the beamer
    assert qa.state_of("answered", True) == qa.ANSWERED
    assert qa.state_of("nonsense", False) == qa.NEW


def test_phones_see_new_questions_only_without_moderation_and_hidden_never() -> None:
    new, hidden = q("a", 1, state=qa.NEW), q("b", 2, state=qa.HIDDEN)
    assert not qa.visible_to_phones(new, moderated=True)
    assert qa.visible_to_phones(new, moderated=False)
    assert not qa.visible_to_phones(hidden, moderated=False)
    for state in (qa.APPROVED, qa.ON_SCREEN, qa.ANSWERED):
        assert qa.visible_to_phones(q("c", 3, state=state), moderated=True)


def test_a_phone_may_not_upvote_its_own_or_an_invisible_question() -> None:
    mine = q("a", 1, phone="p1")
    assert qa.may_upvote(mine, "p1", True) == "own_question"
    assert qa.may_upvote(mine, "p2", True) == ""
    assert qa.may_upvote(q("b", 1, state=qa.NEW, phone="p1"), "p2", True) == "no_question"
    assert qa.may_upvote(q("b", 1, state=qa.NEW, phone="p1"), "p2", False) == ""
    assert qa.may_upvote(q("c", 1, phone=""), "p2", True) == ""  # typed on the console


def test_ordering_by_votes_then_age_and_by_time() -> None:
    items = [q("a", 3, 1), q("b", 1, 5), q("c", 2, 5), q("d", 0, 0)]
    assert [x.id for x in qa.ordered(items)] == ["b", "c", "a", "d"]
    assert [x.id for x in qa.ordered(items, qa.BY_TIME)] == ["d", "b", "c", "a"]


def test_report_answered_first_hidden_and_unapproved_left_out() -> None:
    items = [q("a", 1, 9), q("b", 2, 1, qa.ANSWERED), q("c", 3, 4, qa.ANSWERED)]
    items += [q("d", 4, 99, qa.HIDDEN), q("e", 5, 50, qa.NEW), q("f", 6, 0, qa.ON_SCREEN)]
    shown, left_out = qa.for_report(items, moderated=True)
    assert [x.id for x in shown] == ["c", "b", "a", "f"] and left_out == 2
    shown, left_out = qa.for_report(items, moderated=False)
    assert [x.id for x in shown] == ["c", "b", "e", "a", "f"] and left_out == 1


def test_clean_text_is_one_line_cut_at_the_limit() -> None:
    assert qa.clean_text("  a\n\tb  ") == "a b"
    assert len(qa.clean_text("x" * 500)) == qa.MAX_TEXT
    assert len(qa.clean_text("y" * 100, qa.MAX_NAME)) == qa.MAX_NAME
    assert qa.same_text("Hoe  gaat HET?", "hoe gaat het?")
    assert qa.new_id() != qa.new_id()
