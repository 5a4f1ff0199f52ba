"""The agenda handout from plain data: times, titles, kinds, captions, hostile text."""

from __future__ import annotations

import io

from pypdf import PdfReader

from printables import handout


def test_handout_lists_the_agenda_with_translated_labels() -> None:
    data = handout.Handout(
        title="Sectordag “allianties” — €5",
        facts=["12-03-2026, 09:30", "Vooruit, Gent", ""],
        rows=[handout.HandoutRow("09:30–09:45", "Opening", "Talk or break", "Welkom!"),
              handout.HandoutRow("09:45–10:30", "Stellingen", "Statement game")],
        labels={**handout.LABELS, "agenda": "Programma", "time": "Tijd"},
    )  # fmt: skip
    buffer = io.BytesIO()
    handout.write_handout(data, buffer)
    text = "".join(page.extract_text() for page in PdfReader(buffer).pages)
    assert "Sectordag “allianties” — €5" in text and "Vooruit, Gent" in text
    assert "Programma" in text and "Tijd" in text and "Agenda" not in text
    assert "09:45–10:30" in text and "Welkom!" in text
    assert "Talk or break" not in text and "Statement game" not in text  # no internal kind labels


def test_hostile_and_long_agendas_make_a_valid_pdf() -> None:
    rows = [handout.HandoutRow("0:00–0:15", "W" * 300 + " 🎉 \x00 עברית", "x" * 50, "lang " * 400)
            for _ in range(40)]  # fmt: skip
    buffer = io.BytesIO()
    handout.write_handout(handout.Handout("T" * 200, ["\x1b[31m"], rows), buffer)
    reader = PdfReader(buffer)
    assert len(reader.pages) > 2 and "page 2" in reader.pages[1].extract_text()
