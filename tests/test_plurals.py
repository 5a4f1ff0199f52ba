"""Counts read right in both languages through Qt's %n forms ("1 ronde", "48 statements"), and
the English plural catalogue is compiled and loaded like the Dutch ones."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from app.activities.bingo.setup import BingoSetup
from app.activities.context import ActivityContext
from app.activities.meet_greet.setup import MeetGreetSetup
from app.core import templates
from app.i18n import install_translators
from tests.test_translations import TRANSLATIONS, messages, tool

EN = TRANSLATIONS / "bingo_panel_en.ts"


@pytest.fixture
def dutch(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    install_translators(qapp, "nl")
    try:
        yield
    finally:
        install_translators(qapp, "en")


def _tr(context: str, text: str, n: int) -> str:
    return QCoreApplication.translate(context, text, "", n)


@pytest.mark.parametrize(
    ("language", "one", "many"),
    [("nl", "1 ronde ×", "3 rondes ×"), ("en", "1 round ×", "3 rounds ×")],
)
def test_round_counts(qapp, language, one, many) -> None:  # type: ignore[no-untyped-def]
    install_translators(qapp, language)
    try:
        text = "%n round(s) × {minutes} min ≈ {needed} min with changing tables"
        assert _tr("MeetGreetSetup", text, 1).startswith(one)
        assert _tr("MeetGreetSetup", text, 3).startswith(many)
        pool = _tr("BingoSetup", "Statement pool: %n statement(s)", 48)
        assert pool.endswith("48 uitspraken" if language == "nl" else "48 statements")
        single = _tr("BingoSetup", "Statement pool: %n statement(s)", 1)
        assert single.endswith("1 uitspraak" if language == "nl" else "1 statement")
        report = _tr("Report", "%n round(s) at up to {tables} tables: {people} people, "
                     "{pairs} pairs met.", 1)  # fmt: skip
        assert report.startswith("1 ronde aan" if language == "nl" else "1 round at")
    finally:
        install_translators(qapp, "en")


def test_pages_show_singular_and_plural_in_dutch(qtbot, store, dutch) -> None:  # type: ignore[no-untyped-def]
    meeting = store.sessions.create("Dag", templates.builtin("sector_day_alliances", "nl"))
    store.participants.add(meeting.id, first_name="Een")
    config = {"mode": "speed_dating", "rounds": 1, "round_minutes": 5}
    activity = store.agenda.add(meeting.id, "meet_greet", "Speeddaten", 15, config)
    page = MeetGreetSetup(ActivityContext(store, meeting.id, activity.id, language="nl"))
    qtbot.addWidget(page)
    assert "1 ronde × 5 min" in page.hint.text()
    assert "1 rondes" not in page.hint.text()
    assert "1 ingeschreven persoon: 1 tafel." in page.hint.text()
    bingo = next(a for a in store.agenda.list(meeting.id) if a.kind == "bingo")
    setup = BingoSetup(ActivityContext(store, meeting.id, bingo.id, language="nl"))
    qtbot.addWidget(setup)
    assert "uitspraken" in setup.pool_label.text() and "(s)" not in setup.pool_label.text()


def test_english_bingo_pool_count_has_no_brackets(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    meeting = store.sessions.create("Day", templates.builtin("sector_day_alliances", "en"))
    bingo = next(a for a in store.agenda.list(meeting.id) if a.kind == "bingo")
    setup = BingoSetup(ActivityContext(store, meeting.id, bingo.id, language="en"))
    qtbot.addWidget(setup)
    assert setup.pool_label.text().startswith("Statement pool: 48 statements")


def test_english_catalogue_is_complete_and_compiled(tmp_path: Path) -> None:
    found = messages(EN)
    assert found and all(text for text in found.values())
    qm = EN.with_suffix(".qm")
    fresh = tmp_path / qm.name
    subprocess.run([tool("lrelease"), str(EN), "-qm", str(fresh)], check=True,
                   capture_output=True)  # fmt: skip
    assert fresh.read_bytes() == qm.read_bytes(), f"{qm.name} is older than {EN.name}"


def test_every_plural_text_has_english_forms(tmp_path: Path) -> None:
    """Each %n text the code uses has singular and plural English forms (no "(s)" on screen), in
    any <area>_en.ts catalogue."""
    sources = [str(p) for p in sorted((TRANSLATIONS.parents[1] / "app").rglob("*.py"))
               if "migrations" not in p.parts]  # fmt: skip
    scanned = tmp_path / "all.ts"
    subprocess.run([tool("lupdate"), *sources, "-ts", str(scanned)], check=True,
                   capture_output=True)  # fmt: skip
    import xml.etree.ElementTree as ET

    numerus = {(c.findtext("name"), m.findtext("source"))
               for c in ET.parse(scanned).getroot().iter("context")
               for m in c.iter("message") if m.get("numerus") == "yes"}  # fmt: skip
    english = {key for ts in sorted(TRANSLATIONS.glob("*_en.ts")) for key in messages(ts)}
    missing = sorted(f"{c}: {s}" for c, s in numerus - english)
    assert not missing, f"English plural forms missing for {missing}"
