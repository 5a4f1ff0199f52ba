"""Every worksheet printed blank (A4, A3) and filled, read back with pypdf."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from app.core import worksheets
from app.core.i18n import localized
from app.core.worksheet_samples import sample_value
from printables.worksheets import Page, write_pdf

CATALOGUE = worksheets.catalogue()
KEYS = CATALOGUE.known()


def _pdf(definition, pages=None, size="A4", language="nl") -> PdfReader:  # type: ignore[no-untyped-def]
    buffer = io.BytesIO()
    write_pdf(buffer, definition, pages, size, language)
    buffer.seek(0)
    return PdfReader(buffer)


def _text(reader: PdfReader) -> str:
    """All text without white space, so words wrapped over lines still match."""
    return re.sub(r"\s+", "", "".join(page.extract_text() for page in reader.pages))


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("key", KEYS)
@pytest.mark.parametrize("size", ["A4", "A3"])
def test_blank_sheet_has_title_labels_and_terms(key: str, size: str) -> None:
    definition = CATALOGUE.get(key)
    reader = _pdf(definition, size=size)
    width = float(reader.pages[0].mediabox.width)
    assert round(width) == (595 if size == "A4" else 842)
    text = _text(reader)
    assert _squash(definition.text("title", "nl")) in text
    for spec in definition.fields:
        assert _squash(spec.text("label", "nl")) in text
        for item in (*spec.items, *spec.rows, *spec.left_terms, *[s.title for s in spec.steps]):
            if item:
                assert _squash(localized(item, "nl")) in text
    assert "Group:" in text  # a line to write the group's name on
    assert len(reader.pages) <= 3  # writing space, not endless paper


@pytest.mark.parametrize("key", KEYS)
def test_filled_sheet_shows_typed_text_in_english(key: str) -> None:
    definition = CATALOGUE.get(key)
    values = {spec.key: sample_value(spec, "Typed") for spec in definition.fields}
    reader = _pdf(definition, [Page("Tafel 3", values)], language="en")
    text = _text(reader)
    assert _squash(definition.text("title", "en")) in text
    assert "Group:Tafel3" in text
    for spec in definition.fields:
        assert _squash(spec.text("label", "en")) in text
        for typed in _typed_texts(spec, values[spec.key]):
            assert _squash(typed) in text, typed


def _typed_texts(spec, value) -> list[str]:  # type: ignore[no-untyped-def]
    from app.core.worksheet_fields import texts_of

    found = texts_of(spec, value)
    if spec.type == "links":  # the chosen terms are printed too
        found += [localized(spec.left_terms[v["left"]], "en") for v in value]
    return found


def test_long_content_flows_over_pages_and_two_copies() -> None:
    definition = CATALOGUE.get("sector_plan_blocks")
    long = {spec.key: sample_value(spec, "Long", long=True) for spec in definition.fields}
    short = {spec.key: sample_value(spec, "Short") for spec in definition.fields}
    reader = _pdf(definition, [Page("A", long), Page("B", short)])
    assert len(reader.pages) >= 4
    text = _text(reader)
    assert "Longblocks3c2" in text and "Shortfollow_up0" in text
    assert text.index("Group:A") < text.index("Group:B")


def test_unprintable_characters_do_not_break_the_pdf() -> None:
    definition = CATALOGUE.get("political_agenda")
    reader = _pdf(definition, [Page("x", {"contact": "emoji 🎭 <b>tag</b> & \x07 bell"})])
    assert "<b>tag</b>&" in _text(reader)


@pytest.mark.parametrize("key", [k for k in KEYS if k != "partner_map"])
def test_blank_sheet_fits_one_page_without_a_spilled_row(key: str) -> None:
    """T4's six steps with writing space spill one row at full space: a little less space per
    line keeps the sheet on one page (partner_map has three municipalities: two pages)."""
    assert len(_pdf(CATALOGUE.get(key)).pages) == 1


def test_rows_grow_for_long_item_texts() -> None:
    from reportlab.platypus import Paragraph

    from printables.worksheets import _at_least

    long = Paragraph("word " * 60)
    assert _at_least(20.0, [long, ""], [100.0, 100.0]) > 100
    assert _at_least(20.0, [Paragraph("x"), ""], [100.0, 100.0]) == 20.0
    assert _at_least(None, [long], [100.0]) is None
