"""One alphabetical order for every paper list and beamer name list: accents with their letter."""

from __future__ import annotations

from app.core.name_order import sort_key


def test_accents_sort_with_their_letter_and_case_is_ignored() -> None:
    names = ["Zoë Öztürk", "willem Peeters", "Olga Ek", "Élise Claes", "Anna de Vries", "Émile"]
    assert sorted(names, key=sort_key) == ["Anna de Vries", "Élise Claes", "Émile", "Olga Ek",
                                           "willem Peeters", "Zoë Öztürk"]  # fmt: skip
    assert sorted(["Öztürk", "Willems", "Oosterhuis"], key=sort_key) == [
        "Oosterhuis", "Öztürk", "Willems"]  # code points put Ö after W  # fmt: skip
