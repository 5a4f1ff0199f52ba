"""Printed bingo cards read back: every card number, check code and statement is on the page."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.core import bingo, bingo_game
from printables import bingo_cards
from printables.bingo_cards import Sheet, fit, write_cards


def _sheet(settings: bingo_game.Settings, pool) -> Sheet:  # type: ignore[no-untyped-def]
    return Sheet("Sectordag 2026", settings.layout, settings.rule, {s.id: s.text for s in pool}, {})


def _words(text: str) -> str:
    return re.sub(r"[\s\-]+", "", text)


@pytest.mark.parametrize(
    ("layout", "free", "per_page"), [("grid5", True, 1), ("grid4", False, 2), ("list", False, 4)]
)
def test_every_card_number_and_statement_is_printed(layout: str, free: bool, per_page: int) -> None:
    config = {"layout": layout, "free_centre": free, "seed": 11, "cards": 9}
    settings, pool, cards = bingo_game.make_cards(config, "nl")
    buffer = io.BytesIO()
    pages = write_cards(buffer, _sheet(settings, pool), cards, per_page=per_page, blank=True)
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    assert len(reader.pages) == pages == -(-(9 + 1) // per_page)
    texts = {s.id: s.text for s in pool}
    found_numbers = []
    page_texts = [page.extract_text() for page in reader.pages]
    for card in cards:
        page = page_texts[(card.number - 1) // per_page]
        assert f"Card {card.label}" in page
        assert f"check {card.code}" in page
        found_numbers.append(card.number)
        flat = _words(page)
        for statement in card.statement_ids:
            assert _words(texts[statement]) in flat, (card.number, texts[statement])
    assert found_numbers == list(range(1, 10))
    assert "Write your own card" in page_texts[-1]
    assert "Sectordag 2026" in page_texts[0]


def test_free_centre_and_translated_labels(tmp_path: Path) -> None:
    settings, pool, cards = bingo_game.make_cards({"layout": "grid5", "free_centre": True,
                                                   "seed": 1, "cards": 1})  # fmt: skip
    labels = {"card": "Kaart {number}", "free": "GRATIS", "code": "code {code}"}
    sheet = Sheet("Titel", settings.layout, settings.rule, {s.id: s.text for s in pool}, labels)
    target = tmp_path / "cards.pdf"
    write_cards(target, sheet, cards, blank=False)
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    assert "Kaart 001" in text and "GRATIS" in text and f"code {cards[0].code}" in text


@pytest.mark.parametrize("largest", [14.0, 9.0, 6.0])
def test_statements_wrap_inside_their_cell(largest: float) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from printables.fonts import REGULAR, register

    register()
    width, height = 30.0 * 2.83, 20.0 * 2.83
    for text in ["Spreiding is een gedeelde verantwoordelijkheid.",
                 "Participatie is meer dan een vinkje in een dossier of een aanvraagformulier.",
                 "Overdreven" * 8]:  # fmt: skip
        size, lines = fit(text, width, height, largest)
        assert size <= largest
        assert all(stringWidth(line, REGULAR, size) <= width + 0.5 for line in lines)
        assert len(lines) * size * 1.18 <= height + 0.01


def test_a_short_statement_keeps_the_largest_size() -> None:
    size, lines = fit("Cijfers zeggen niet alles.", 100.0, 60.0, 12.0)
    assert size == 12.0 and len(lines) >= 1


def test_bad_per_page_is_refused() -> None:
    settings, pool, cards = bingo_game.make_cards({"seed": 1, "cards": 1})
    with pytest.raises(ValueError):
        write_cards(io.BytesIO(), _sheet(settings, pool), cards, per_page=3)


def test_labels_have_english_sources() -> None:
    assert set(bingo_cards.LABELS) >= {"card", "code", "free", "count", "line", "full"}
    assert bingo.RULES == ("count", "line", "full")


def test_names_are_printed_on_named_cards_and_nothing_breaks_on_odd_text() -> None:
    config = {"layout": "list", "seed": 3, "cards": 3, "names": True,
              "pool": [{"id": f"u{i}", "text": f"Uitspraak {i} 🎭 met een héél-lang-samengesteld-"
                        f"woordmonster{i}"} for i in range(20)]}  # fmt: skip
    settings, pool, cards = bingo_game.make_cards(config, "nl", ["Anna Peeters", "Bram"])
    buffer = io.BytesIO()
    write_cards(buffer, _sheet(settings, pool), cards, per_page=4, blank=False)
    text = PdfReader(io.BytesIO(buffer.getvalue())).pages[0].extract_text()
    assert "Name: Anna Peeters" in text and "Name: Bram" in text
    assert "Uitspraak" in text and "🎭" not in text


def test_long_dutch_words_break_at_syllables_with_a_hyphen(tmp_path: Path) -> None:
    """Five statements per row, four cards per page: cells about 17 mm wide. Read back line by
    line (pdftotext -raw), a word broken at a line end carries a hyphen and is broken at one of
    its Dutch hyphenation points, never mid-syllable ("progra mmatoren" before)."""
    import pyphen

    words = ["programmatoren", "cultuurhuizen", "subsidieaanvraagformulieren",
             "cultuurcoördinator", "samenwerkingsverbanden"]  # fmt: skip
    pool = [{"id": f"s{i}", "text": f"Alle {words[i % 5]} {i}"} for i in range(30)]
    config = {"layout": "grid5", "seed": 5, "cards": 4, "pool": pool}
    settings, statements, cards = bingo_game.make_cards(config, "nl")
    sheet = Sheet("Sectordag", settings.layout, settings.rule,
                  {s.id: s.text for s in statements}, {}, "nl")  # fmt: skip
    target = tmp_path / "cards.pdf"
    write_cards(target, sheet, cards, per_page=4, blank=False)
    lines = subprocess.run(["pdftotext", "-raw", str(target), "-"], capture_output=True,
                           text=True, check=True).stdout.splitlines()  # fmt: skip
    dictionary = pyphen.Pyphen(lang="nl_NL")
    broken = 0
    pending, cuts = "", []  # a word being continued on the next line, and where it broke
    for line in lines:
        parts = line.split()
        if pending and parts:
            word = pending + parts[0].rstrip("-")
            if not parts[0].endswith("-") or len(parts) > 1:
                bare = word.rstrip("0123456789?")
                assert bare.lower() in words, (pending, line)
                allowed = dictionary.positions(bare)
                assert all(cut in allowed for cut in cuts), (bare, cuts)
                broken += len(cuts)
                pending, cuts = "", []
        last = parts[-1] if parts else ""
        if last.endswith("-") and last[:-1].isalpha():
            head = last[:-1] if not pending or len(parts) > 1 else pending + last[:-1]
            cuts = [*cuts, len(head)] if pending and len(parts) == 1 else [len(head)]
            pending = head
    assert broken >= 20  # the long words really were broken, each at a syllable
    flat = " ".join(lines)
    for word in words:  # and every word is there, whole or hyphenated
        assert word in flat.replace("- ", "").lower() or word in flat.lower()
    assert "progra mmatoren" not in flat and "progra-" not in flat


def test_named_cards_come_in_name_order(tmp_path: Path) -> None:
    from app.activities.bingo.state import BingoGame
    from app.storage import open_store

    store = open_store(tmp_path / "t.db")
    try:
        session = store.sessions.create("Bingo", capacity=10)
        for first, last in (("Zoë", "Öztürk"), ("Kees", "Willems"), ("anna", "de Vries"),
                            ("Émile", "Claes"), ("Bram", "Jansen"), ("Olga", "Ek")):  # fmt: skip
            store.participants.add(session.id, first_name=first, last_name=last)
        bingo_activity = store.agenda.add(session.id, "bingo", "Bingo",
                                          config={"names": True, "seed": 9})  # fmt: skip
        game = BingoGame(store, bingo_activity.id, "nl")
        order = ["anna de Vries", "Bram Jansen", "Émile Claes", "Kees Willems", "Olga Ek",
                 "Zoë Öztürk"]  # fmt: skip
        assert game.participant_names() == order
        assert [card.name for card in game.cards()][:6] == order
    finally:
        store.close()


def test_a_late_registration_does_not_shift_printed_names(tmp_path: Path) -> None:
    """Card n keeps the name printed on it (the winner's name is pre-filled from it) until the
    cards are printed again; then the new A to Z order counts."""
    from app.activities.bingo.printing import prepare
    from app.activities.bingo.state import BingoGame
    from app.storage import open_store

    store = open_store(tmp_path / "t.db")
    try:
        session = store.sessions.create("Bingo", capacity=10)
        for first in ("Kees", "Bram", "Zoë"):
            store.participants.add(session.id, first_name=first, last_name="Test")
        activity = store.agenda.add(session.id, "bingo", "Bingo", config={"names": True})
        job = prepare(BingoGame(store, activity.id, "nl"))
        assert job.names == ["Bram Test", "Kees Test", "Zoë Test"]
        store.participants.add(session.id, first_name="Anna", last_name="Test")  # after printing
        game = BingoGame(store, activity.id, "nl")
        assert [c.name for c in game.cards()][:3] == ["Bram Test", "Kees Test", "Zoë Test"]
        assert game.verify(1).card.name == "Bram Test"  # type: ignore[union-attr]
        again = prepare(BingoGame(store, activity.id, "nl"))  # printed again: A to Z anew
        assert again.names[0] == "Anna Test"
        assert BingoGame(store, activity.id, "nl").cards()[0].name == "Anna Test"
    finally:
        store.close()
