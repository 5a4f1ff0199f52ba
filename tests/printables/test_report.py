"""printables/report.py from plain data: layout pieces, contents, footer, hostile text."""

from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab.platypus import Paragraph

from printables import report
from printables.styles import escape, stylesheet


def text_of(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def sample(**changes) -> report.ReportData:  # type: ignore[no-untyped-def]
    body = [Paragraph(escape("Body of the section"), stylesheet()["Body"])]
    data = report.ReportData(
        title="Sectordag “allianties” — €5 café",
        date="12-03-2026",
        venue="Vooruit, Gent",
        organisers="Kunstenpunt",
        counts={"present": 41, "registered": 45, "waiting": 7},
        agenda=[report.AgendaRow("Opening", "Talk or break", "09:30–09:45", 15, "09:32–09:50", 18)],
        sections=[report.Section("Opening", "Talk or break", body)],
        actions=[report.ActionRow("Write the plan", "Anna", "1 April", done=True)],
        participants=[report.PersonRow("Anna de Vries", "Mug", "producer", "anna@mug.example")],
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def build(data: report.ReportData) -> tuple[bytes, int]:
    buffer = io.BytesIO()
    pages = report.build(data, buffer)
    return buffer.getvalue(), pages


def test_cover_agenda_actions_people_and_footer() -> None:
    data, pages = build(sample())
    pages_text = text_of(data)
    assert pages == len(pages_text) == 2
    cover = pages_text[0]
    assert "Sectordag “allianties” — €5 café" in cover
    assert "41" in cover and "45" in cover and "7" in cover and "Vooruit, Gent" in cover
    body = pages_text[1]
    assert "09:30–09:45 (15 min)" in body and "09:32–09:50 (18 min)" in body
    assert "Write the plan" in body and "Anna de Vries" in body and "✓" in body
    assert "anna@mug.example" not in body  # e-mails only with show_emails
    assert "Page 2 of 2" in body and "Sectordag" in body.split("Page 2 of 2")[0]
    assert "Page 1" not in cover  # the cover carries no footer


def test_emails_shown_only_when_asked() -> None:
    assert "anna@mug.example" in "".join(text_of(build(sample(show_emails=True))[0]))


def test_fonts_are_embedded() -> None:
    reader = PdfReader(io.BytesIO(build(sample())[0]))
    fonts = reader.pages[1]["/Resources"]["/Font"]
    fonts = [font.get_object() for font in fonts.values()]
    embedded = [font for font in fonts if font["/Subtype"] == "/TrueType"]
    assert len(embedded) >= 2  # regular and bold subsets of DejaVu Sans
    assert all("/FontFile2" in font["/FontDescriptor"].get_object() for font in embedded)


def test_labels_come_from_the_data() -> None:
    labels = {**report.LABELS, "actions": "Actiepunten", "page": "Pagina {page} van {pages}"}
    text = "".join(text_of(build(sample(labels=labels))[0]))
    assert "Actiepunten" in text and "Pagina 2 van 2" in text and "Action items" not in text


def test_long_reports_get_contents_with_right_page_numbers() -> None:
    body = [Paragraph("x " * 1500, stylesheet()["Body"])]
    sections = [report.Section(f"Sectie{n}", "", list(body)) for n in range(8)]
    data, pages = build(sample(sections=sections))
    texts = text_of(data)
    assert "Contents" in texts[1] and "Contents" not in texts[0] + texts[2]
    lines = [line.strip() for line in texts[1].splitlines()]
    for n in range(8):
        page = int(lines[lines.index(f"Sectie{n}") + 1])
        assert f"Sectie{n}" in texts[page - 1], (n, page)
    assert int(lines[lines.index("Participants") + 1]) == pages


def test_short_reports_have_no_contents_and_many_headings_fill_two_pages() -> None:
    assert "Contents" not in "".join(text_of(build(sample())[0]))
    sections = [report.Section(f"Kop{n}", "", []) for n in range(60)]
    texts = text_of(build(sample(sections=sections))[0])
    assert "Contents" in texts[1] and "Kop59" in texts[2] and "Kop0" not in texts[2]
    lines = [line.strip() for line in texts[2].splitlines()]
    page = int(lines[lines.index("Kop59") + 1])
    assert "Kop59" in texts[page - 1]


def test_empty_lists_are_left_out_or_say_so_when_kept() -> None:
    text = "".join(text_of(build(sample(actions=[], participants=[]))[0]))
    assert "Action items" not in text and "Participants" not in text  # no empty headings
    kept = sample(actions=[], participants=[], keep_empty=True)
    text = "".join(text_of(build(kept)[0]))
    assert "No action items were agreed." in text
    assert "Nobody agreed to be named in the report." in text


def test_sections_left_out_are_absent() -> None:
    text = "".join(text_of(build(sample(agenda=None, actions=None, participants=None))[0]))
    assert "Agenda" not in text and "Action items" not in text and "Participants" not in text


def test_hostile_text_makes_a_valid_pdf() -> None:
    hostile = [
        "lang " * 2000,  # 10 000 characters
        "W" * 300,  # one unbroken 300-character word
        "https://example.org/" + "pad/" * 80,
        "Emoji 🎉🙂👩‍👩‍👧 and ™ ≠ ∞",
        "עברית ومرحبا right to left",
        "control \x00\x01\x07\x1b[31m chars \ufeff \u200b",
        "<b>not markup</b> & <script>",
    ]
    cell_style = stylesheet()["Body"]
    body = [Paragraph(escape(text), cell_style) for text in hostile]
    actions = [report.ActionRow(text, text[:500], text[:300]) for text in hostile]
    people = [report.PersonRow(text[:400], text[:400], text[:400]) for text in hostile]
    data = sample(title="W" * 300 + " \x00 🎉", sections=[report.Section("W" * 300, "", body)],
                  actions=actions, participants=people, venue=hostile[0])  # fmt: skip
    pdf, pages = build(data)
    texts = text_of(pdf)
    assert pdf.startswith(b"%PDF") and pages == len(texts) > 3
    joined = "".join(texts)
    assert "<b>not markup</b> &amp;" not in joined and "<b>not markup</b> &" in joined
    assert "W" * 40 in joined
    assert "\x00" not in joined
