"""Hostile text typed into every kind of result still makes a valid report (end to end)."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from reportlab.platypus import Flowable, Paragraph

from app.activities import reporting
from app.activities.bingo.state import BingoGame
from app.activities.breakout.state import BreakoutData
from app.activities.statements.state import StatementGame
from app.activities.worksheet import state as sheets
from app.core import templates
from app.core.bingo_pool import Statement as BingoStatement
from app.core.statements import Statement
from printables import report
from printables.styles import ReportOptions

HOSTILE = [
    "lang " * 2000,  # 10 000 characters
    "W" * 300,  # one unbroken word
    "https://example.org/" + "pad/" * 80,
    "Emoji 🎉🙂👩‍👩‍👧 ™ ≠ ∞",
    "עברית ومرحبا right to left",
    "control \x01\x07\x1b[31m chars \ufeff \u200b",  # NUL: refused by storage (text_rules.py)
    "<b>not markup</b> & <script>",
]


def fill_hostile(store, key: str) -> int:  # type: ignore[no-untyped-def]
    session = store.sessions.create(HOSTILE[1] + HOSTILE[3], templates.builtin(key, "en"),
                                    venue=HOSTILE[0], organisers=HOSTILE[6])  # fmt: skip
    for text in HOSTILE:
        store.participants.add(session.id, first_name=text[:400], last_name=text[:300],
                               organisation=text, email=text[:200], consent=True)  # fmt: skip
        store.actions.add(session.id, what=text, who=text[:500], due=text[:300])
    for activity in store.agenda.list(session.id):
        if activity.kind == "breakout":
            notes = BreakoutData(store, activity.id)
            for table, text in enumerate(HOSTILE, start=1):
                notes.set_note(1, table, 1, text)
        elif activity.kind == "statements":
            game = StatementGame(store, activity.id, "en")
            game.save_statements([Statement(f"s{n}", text[:3000], text[:200])
                                  for n, text in enumerate(HOSTILE)])  # fmt: skip
            for n, text in enumerate(HOSTILE):
                game.add_argument(f"s{n}", "for", text)
                game.set_count(f"s{n}", game.scale().positions[0], n)
        elif activity.kind == "bingo":
            bingo = BingoGame(store, activity.id, "en")
            bingo.save_pool([BingoStatement(f"b{n}", HOSTILE[n % 7][:500]) for n in range(30)])
            for n in range(10):
                bingo.mark(f"b{n}")
            bingo.confirm_winner(1, HOSTILE[1])
        elif activity.kind == "worksheet":
            definition = sheets.definition_for(store, activity.id)
            for spec in definition.fields if definition else []:
                if spec.type in ("text", "long_text"):
                    sheets.write_value(
                        store, activity.id, "main", spec.key, HOSTILE[0] + HOSTILE[1]
                    )
                elif spec.type == "list":
                    sheets.write_value(store, activity.id, "main", spec.key, HOSTILE)
        else:
            for n, text in enumerate(HOSTILE):
                store.results.set(activity.id, f"note:{n}", text)
    return session.id


@pytest.mark.parametrize("key", ["sector_day_alliances", "learning_network_reflection"])
def test_hostile_results_make_a_valid_report(store, key: str) -> None:  # type: ignore[no-untyped-def]
    session_id = fill_hostile(store, key)
    buffer = io.BytesIO()
    options = ReportOptions(include_participants=True, include_emails=True)
    pages = reporting.build_report(store, session_id, buffer, options)
    reader = PdfReader(buffer)
    assert buffer.getvalue().startswith(b"%PDF") and pages == len(reader.pages) > 10
    text = "".join(page.extract_text() for page in reader.pages)
    assert "could not be made" not in text  # every section laid out, long cells split
    assert "<b>not markup</b> &" in text and "\x1b" not in text and "\x07" not in text


class _Monolith(Flowable):
    """Taller than any page and impossible to split: stands for a kind's broken layout."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 100, 5000

    def draw(self) -> None:
        pass


def test_a_section_that_cannot_be_laid_out_is_replaced_by_a_message() -> None:
    good = [Paragraph("Fine section text")]
    data = report.ReportData(title="T", sections=[report.Section("Broken", "", [_Monolith()]),
                                                   report.Section("Fine", "", good)],
                             actions=[report.ActionRow("Still here")])  # fmt: skip
    buffer = io.BytesIO()
    pages = report.build(data, buffer)
    reader = PdfReader(buffer)
    assert pages == len(reader.pages)
    text = "".join(page.extract_text() for page in reader.pages)
    assert "could not be made: a part of it is too large" in text
    assert "Fine section text" in text and "Still here" in text
