"""The merge keeps both texts; the roles rule restricts only laptops marked as note-taker."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.core.merge import keeps_both, merge_texts
from app.core.roles import allowed, assign, is_note_taker, release


@given(st.text(), st.text())
def test_merge_never_loses_a_text(mine: str, theirs: str) -> None:
    assert keeps_both(merge_texts(mine, theirs), mine, theirs)


def test_merge_is_plain_when_one_contains_the_other() -> None:
    assert merge_texts("tafel 1", "tafel 1") == "tafel 1"
    assert merge_texts("tafel 1 en meer", "tafel 1") == "tafel 1 en meer"
    assert merge_texts("mijn", "hun\n") == "hun\n\nmijn"


def test_roles() -> None:
    settings = assign({}, "lap-a", 12, "group-3")
    settings = assign(settings, "lap-a", 15)  # the whole worksheet
    settings = assign(settings, "lap-a", 15)  # twice is once
    assert settings["roles"]["note_takers"]["lap-a"] == [
        {"activity": 12, "part": "group-3"},
        {"activity": 15, "part": None},
    ]
    assert is_note_taker(settings, "lap-a") and not is_note_taker(settings, "facilitator")
    assert allowed(settings, "lap-a", 12, "group-3")
    assert allowed(settings, "lap-a", 12)  # the activity shows in the list
    assert not allowed(settings, "lap-a", 12, "group-4")
    assert allowed(settings, "lap-a", 15, "any part")
    assert not allowed(settings, "lap-a", 99)
    assert allowed(settings, "facilitator", 99, "group-4")  # not a note-taker: everything
    assert allowed({}, "lap-a", 99) and allowed({"roles": "broken"}, "lap-a", 1)
    assert allowed(release(settings, "lap-a"), "lap-a", 99)
    assert not allowed(assign({}, "lap-b", 1, "x"), "lap-b", 2)
