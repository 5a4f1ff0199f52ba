"""Breakout paper read back with pypdf: wall lists per round and one table card per table."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from printables.groups import write_groups_pdf


def rounds_for(tables: int, seats: int, rounds: int) -> list[list[list[str]]]:
    return [[[f"Naam{r}-{t}-{s} Ölçek" for s in range(seats)] for t in range(tables)]
            for r in range(rounds)]  # fmt: skip


def test_wall_lists_and_table_cards(tmp_path: Path) -> None:
    rounds = rounds_for(16, 5, 2)
    questions = [["Op welke terreinen willen we samen optrekken?", "Wat levert een netwerk op?"],
                 ["Welke vorm moet het netwerk krijgen? " * 4]]  # fmt: skip
    path = write_groups_pdf(tmp_path / "groups.pdf", "Netwerk productieleiders", rounds, questions)
    reader = PdfReader(path)
    texts = [page.extract_text() for page in reader.pages]
    walls = [t for t in texts if "who sits where" in t]
    cards = [t for t in texts if "who sits where" not in t]
    assert len(cards) == 32  # one card per table per round
    assert any("Round 1: who sits where" in t for t in walls)
    assert any("Round 2: who sits where" in t for t in walls)
    wall_text = "\n".join(walls)
    for r in range(2):  # every person of every round is on a wall list
        for t in range(16):
            assert f"Naam{r}-{t}-4 Ölçek" in wall_text
    first_card = cards[0]
    assert "Table 1" in first_card and "Round 1" in first_card
    assert "Op welke terreinen willen we samen optrekken?" in first_card
    assert "Naam0-0-0 Ölçek" in first_card
    assert "Table 16" in cards[31] and "Round 2" in cards[31] and "Welke vorm" in cards[31]


def test_many_tables_page_and_translated_labels(tmp_path: Path) -> None:
    rounds = rounds_for(30, 8, 1)
    path = write_groups_pdf(tmp_path / "big.pdf", "Groot", rounds, [[]],
                            tr=lambda s: s.replace("Table", "Tafel"))  # fmt: skip
    texts = [page.extract_text() for page in PdfReader(path).pages]
    walls = [t for t in texts if "who sits where" in t]
    assert len(walls) > 1 and "page 1 of" in walls[0]
    assert "Tafel 30" in "\n".join(walls)
