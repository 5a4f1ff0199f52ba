"""Breakout paper read back with pypdf: wall lists per round and one table card per table."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from pypdf import PdfReader

from printables.groups import name_rows, write_groups_pdf


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
    walls = [t for t in texts if ": who sits where" in t]
    cards = [t for t in texts if "fold here" in t]
    assert len(cards) == 32  # one card per table per round
    lists = [t for t in texts if "names A to Z" in t]
    assert len(texts) == len(walls) + len(cards) + len(lists) and 2 <= len(lists) <= 4
    assert all(f"Naam1-{t}-4 Ölçek" in "\n".join(lists) for t in range(16))
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


def pdftotext(path: Path, *pages: int) -> str:
    first_last = ["-f", str(pages[0]), "-l", str(pages[-1])] if pages else []
    return subprocess.run(["pdftotext", "-layout", *first_last, str(path), "-"],
                          capture_output=True, text=True, check=True).stdout  # fmt: skip


PEOPLE = {1: "Zoë Öztürk", 2: "Bram Jansen", 3: "Anna de Vries", 4: "Kees Willems",
          5: "Élise Peeters", 6: "Jan Claes", 7: "Olga Ek"}  # fmt: skip
ROUNDS = [[[1, 2, 3], [4, 5, 6, 7]], [[1, 4], [2, 5, 3], [6]]]  # 7 is absent in round 2


def test_name_rows_are_alphabetical_with_a_table_per_round() -> None:
    rows = name_rows(ROUNDS, PEOPLE)
    assert [name for name, _ in rows] == ["Anna de Vries", "Bram Jansen", "Élise Peeters",
                                          "Jan Claes", "Kees Willems", "Olga Ek",
                                          "Zoë Öztürk"]  # fmt: skip
    assert dict(rows)["Zoë Öztürk"] == [1, 1] and dict(rows)["Olga Ek"] == [2, None]


def test_the_alphabetical_list_read_back(tmp_path: Path) -> None:
    tables = [[[PEOPLE[p] for p in t] for t in r] for r in ROUNDS]
    path = write_groups_pdf(tmp_path / "list.pdf", "Sectordag", tables, [[], []],
                            people=name_rows(ROUNDS, PEOPLE))  # fmt: skip
    text = pdftotext(path, 1)
    assert "Who sits where: names A to Z" in text
    rows = [line for line in text.splitlines() if not line.strip().startswith("Name")]
    lines = [line.split() for line in rows if re.search(r"\s(\d|–)\s*$", line)]
    got = {" ".join(words[:-2]): words[-2:] for words in lines}
    assert list(got) == ["Anna de Vries", "Bram Jansen", "Élise Peeters", "Jan Claes",
                         "Kees Willems", "Olga Ek", "Zoë Öztürk"]  # fmt: skip
    assert got["Zoë Öztürk"] == ["1", "1"] and got["Kees Willems"] == ["2", "1"]
    assert got["Olga Ek"] == ["2", "–"] and got["Jan Claes"] == ["2", "3"]


def test_table_cards_have_a_fold_line_and_copies(tmp_path: Path) -> None:
    tables = [[[PEOPLE[p] for p in t] for t in r] for r in ROUNDS]
    one = PdfReader(write_groups_pdf(tmp_path / "one.pdf", "S", tables, [["Vraag?"], []]))
    three = PdfReader(write_groups_pdf(tmp_path / "three.pdf", "S", tables, [["Vraag?"], []],
                                       copies=3))  # fmt: skip
    cards_one = [p for p in one.pages if "fold here" in p.extract_text()]
    cards_three = [p for p in three.pages if "fold here" in p.extract_text()]
    assert len(cards_one) == 5 and len(cards_three) == 15  # 2 + 3 tables, 3 copies of each
    assert len(three.pages) - len(one.pages) == 10
    texts = [p.extract_text() for p in cards_three]
    assert all("Table 1" in t for t in texts[:3]) and "Table 2" in texts[3]
    width, height = (float(v) for v in cards_one[0].mediabox.upper_right)
    stream = cards_one[0].get_contents().get_data().decode("latin-1")
    # the dashed fold line from edge to edge at half the height
    assert "[4 3] 0 d" in stream
    y, x = int(height / 2), int(width)
    assert re.search(rf"\b0 {y}\.\d+ m {x}\.\d+ {y}\.\d+ l S", stream), stream[-400:]
    # both halves carry the table number: once upright, once turned 180 degrees
    assert texts[0].count("Table 1") == 2 and "-1 " in stream  # the rotation matrix


def test_fold_line_in_the_rendered_page(tmp_path: Path) -> None:
    path = write_groups_pdf(tmp_path / "card.pdf", "S", [[["Anna"]]], [[]])
    subprocess.run(["pdftoppm", "-r", "40", "-gray", "-f", "3", "-l", "3", str(path),
                    str(tmp_path / "card")], check=True)  # fmt: skip
    image = next(tmp_path.glob("card*.pgm")).read_bytes()
    magic, size, _depth, pixels = image.split(b"\n", 3)
    assert magic == b"P5"
    w, h = (int(v) for v in size.split())
    middle = [min(pixels[(h // 2 + d) * w : (h // 2 + d + 1) * w]) for d in (-1, 0, 1)]
    quarter = min(pixels[(h // 4) * w + w // 3 : (h // 4) * w + w // 2])
    assert min(middle) < 200  # a grey dash across the middle
    assert quarter == 255  # blank paper elsewhere on that side
