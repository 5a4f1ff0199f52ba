"""The statement game's report section in a real PDF: statements, counts, arguments, overview."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from app.core import statements as st
from printables import statements_section as section

THREE = st.SCALES["three"]
LABELS = ["Agree", "Doubt", "Disagree"]


def sample() -> section.StatementsReportData:
    a = st.Statement("a", "A full house says little about the value of a performance.", "Demand")
    b = st.Statement("b", "An empty hall and a key do not make a residency.", "Residencies")
    c = st.Statement("c", "Centres <b>should</b> open in summer & more", "Residencies")
    overview = st.overview([(a, st.Tally(THREE, (23, 4, 2))), (b, st.Tally(THREE, (9, 1, 10))),
                            (c, st.Tally.empty(THREE))])  # fmt: skip
    arguments = {
        "a": [st.Argument("1", "a", "for", "Numbers hide who never comes in.", False, 1.0),
              st.Argument("2", "a", "against", "Councils pay for seats.", True, 2.0)],
        "b": [st.Argument("3", "b", "for", "Makers need a technician, not only a key.", True, 3.0)],
    }  # fmt: skip
    return section.StatementsReportData(overview, LABELS, arguments)


def pdf_text(flowables: list) -> str:  # type: ignore[type-arg]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(flowables)
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def test_pdf_holds_statements_counts_arguments_and_overview() -> None:
    text = pdf_text(section.section(sample()))
    for statement in ("A full house says little about the value of a performance.",
                      "An empty hall and a key do not make a residency.",
                      "Centres <b>should</b> open in summer & more"):  # fmt: skip
        assert statement in text  # user text is escaped, not interpreted as markup
    for count in ("23 (79%)", "4 (14%)", "2 (7%)", "9 (45%)", "1 (5%)", "10 (50%)"):
        assert count in text
    assert "Numbers hide who never comes in." in text
    assert "★ Councils pay for seats. (strongest)" in text
    assert "Arguments for" in text and "Arguments against" in text
    assert "Most agreement: A full house says little" in text
    assert "Most divided: An empty hall and a key" in text
    assert "2 of 3 statements discussed, 49 positions counted." in text
    assert "No arguments noted." not in text
    # the undiscussed statement is not laid out like the others: it is listed last, numbered
    assert "No positions were counted." not in text
    assert text.index("Statements not discussed 3. Centres <b>should</b>") > text.index("2. An")
    data = sample()
    data.arguments.pop("b")
    assert "No arguments noted." in pdf_text(section.section(data))  # counted, nothing argued
    assert re.search(r"Demand .*Residencies", text)


def test_bar_chart_is_drawn_with_reportlab_graphics() -> None:
    drawing = section.bar_chart(st.Tally(THREE, (6, 0, 3)), LABELS)
    assert isinstance(drawing, Drawing)
    bars = [shape for shape in drawing.contents if isinstance(shape, Rect)]
    assert len(bars) == 2  # no bar for zero
    assert bars[0].width == 2 * bars[1].width  # proportional to the counts
    texts = [shape.text for shape in drawing.contents if isinstance(shape, String)]
    assert "1  Agree" in texts and "6  (67%)" in texts and "0  (0%)" in texts


def test_translated_labels_and_empty_game() -> None:
    data = sample()
    data.labels = {**data.labels, "for": "Argumenten voor", "strongest": "sterkste"}
    text = pdf_text(section.section(data))
    assert "Argumenten voor" in text and "(sterkste)" in text
    empty = section.StatementsReportData(st.overview([]), LABELS)
    assert "This statement game has no statements." in pdf_text(section.section(empty))


def test_full_report_through_the_activity(store, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The registry's report function on a real database, in the whole session report."""
    from app.activities.reporting import build_report
    from app.activities.statements.state import StatementGame
    from app.core import templates
    from printables.styles import ReportOptions

    session = store.sessions.create("Sectordag", templates.builtin("sector_day_alliances"))
    activity = next(a for a in store.agenda.list(session.id) if a.kind == "statements")
    game = StatementGame(store, activity.id, "en")
    game.set_count("residencies-3", "disagree", 17)
    game.add_argument("residencies-3", "against", "A workshop is work and deserves a fee.")
    buffer = io.BytesIO()
    build_report(store, session.id, buffer, ReportOptions(language="en"))
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)
    assert "Paying off a residency with a free workshop is not a fair trade." in text
    assert "17 (100%)" in text
    assert "A workshop is work and deserves a fee." in text
