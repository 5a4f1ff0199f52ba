"""Rotation printables: the schedule per person and the table cards, read back from the PDF."""

from __future__ import annotations

import io

from pypdf import PdfReader

from app.core.rotation import rotate
from printables.rotation import write_schedule, write_table_cards


def test_schedule_lists_everyone_sorted_with_a_table_per_round(tmp_path) -> None:  # type: ignore[no-untyped-def]
    names = {i: f"Deelnemer {i:02d} – Zoë “café”" for i in range(80)}
    rotation = rotate(list(names), 5, 2, seed=1)
    rows = [(names[p], rotation.schedule_of(p)) for p in names]
    target = tmp_path / "schema.pdf"
    write_schedule(target, "Netwerkdag", rows, "nl")
    reader = PdfReader(target)
    text = "".join(page.extract_text() for page in reader.pages)
    assert len(reader.pages) >= 2
    assert "Tafelschema – Netwerkdag" in text and "Ronde 5" in text
    assert text.index("Deelnemer 00") < text.index("Deelnemer 79")
    assert "Zoë “café”" in text  # accents and curly quotes survive


def test_table_cards_two_per_page_in_english() -> None:
    out = io.BytesIO()
    write_table_cards(out, 5, "en")
    reader = PdfReader(io.BytesIO(out.getvalue()))
    assert len(reader.pages) == 3
    first = reader.pages[0].extract_text()
    assert "Table" in first and "1" in first and "2" in first
    assert "5" in reader.pages[2].extract_text()
