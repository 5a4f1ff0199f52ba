"""The sector day's report as a funder reads it (issue 20 item 3): built from a real session with
some results and some empty activities, read back from the PDF with pypdf, pdftotext and the
real `pdffonts` binary."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.activities import reporting
from app.activities.registry import KINDS
from app.i18n import install_translators
from printables.styles import ReportOptions
from tests.helpers.sector_day import ACTIONS, DISCUSSED, EMPTY_TITLES, OBSERVATION, fill_sector_day


@pytest.fixture
def dutch(qapp):  # type: ignore[no-untyped-def]
    """The organiser's language; English again afterwards for the other tests."""
    install_translators(qapp, "nl")
    yield
    install_translators(qapp, "en")


def write(store, session_id: int, tmp_path: Path, keep_empty: bool = False) -> Path:  # type: ignore[no-untyped-def]
    target = tmp_path / "verslag.pdf"
    chosen = ReportOptions(language="nl", include_participants=True, keep_empty=keep_empty)
    reporting.build_report(store, session_id, target, chosen)
    return target


def pdftotext(path: Path) -> str:
    result = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                            text=True, check=True)  # fmt: skip
    return result.stdout


def pages_of(path: Path) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]


def headings(path: Path) -> list[str]:
    """The report's outline (every H1 heading is a bookmark)."""
    return [item.title for item in PdfReader(path).outline if not isinstance(item, list)]


def kind_labels() -> set[str]:
    from PySide6.QtCore import QCoreApplication

    return {QCoreApplication.translate("ActivityKind", kind.label) for kind in KINDS}


def test_sector_day_report_has_no_empty_sections_and_no_kind_labels(  # type: ignore[no-untyped-def]
    store, tmp_path: Path, dutch
) -> None:
    session_id = fill_sector_day(store)
    pdf = write(store, session_id, tmp_path)
    text = " ".join(pdftotext(pdf).split())
    sections = headings(pdf)
    # activities without results stay in the agenda, never as a heading with nothing under it
    for title in EMPTY_TITLES:
        assert title not in sections and text.count(title) == 1, title
    assert "Geen resultaten vastgelegd" not in text and "Er werd niets ingevuld" not in text
    assert {"Sectorbingo", "Stellingenspel", "T1 Gedeelde woordenschat", "Actiepunten",
            "Deelnemers", "Bijlage"} <= set(sections)  # fmt: skip
    # no internal kind labels: the segment's and the worksheet's differ from every title
    labels = kind_labels()
    assert {"Toelichting of pauze", "Werkblad"} <= labels
    for label in labels - set(sections):
        assert label not in text, label
    # undiscussed statements: one line, the list in the appendix after everything else
    left = 16 - DISCUSSED
    assert f"{left} stellingen niet besproken: zie de bijlage." in text
    appendix = text.index("Stellingenspel – Niet besproken stellingen")
    assert appendix > text.index(ACTIONS[-1][0])
    assert text.index("5. Een voorstelling op maat") > appendix  # numbered as in the game
    assert text.count("Een voorstelling op maat van één gemeente") == 1
    # every bingo statement heard once: no "most heard"
    assert "Meest gehoord" not in text and "Gehoord, in volgorde" in text
    # worksheets as content: filled fields only, no sheet title, no mid-word header breaks
    assert OBSERVATION in text and "T3 · Rollen verdelen" not in text
    assert "Bij wie (naam en functie)" not in text  # T4 was left empty
    assert "vastleggen in de" in text and "het team hebben" not in text  # filled rows only
    layout = pdftotext(pdf)
    assert "Programmator" in layout and not re.search(r"Programmat\b", layout)
    # participants: role and municipality in their own columns
    assert "Functie" in text and "Gemeente" in text
    assert "Femke Claes Stad Gent beleidsmedewerker" in " ".join(pages_of(pdf))


def test_every_font_is_embedded_and_metadata_is_set(store, tmp_path: Path, dutch) -> None:  # type: ignore[no-untyped-def]
    pdf = write(store, fill_sector_day(store), tmp_path)
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    rows = fonts.stdout.splitlines()[2:]
    assert len(rows) >= 3  # regular, bold, italic subsets
    for row in rows:
        name, embedded = row.split()[0], row.split()[-5]
        assert embedded == "yes", row
        assert "Helvetica" not in name
    reader = PdfReader(pdf)
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Sectordag podiumkunsten – nieuwe allianties"
    assert meta.author == "Kunstenpunt en VVC"
    assert meta.subject == "Verslag van de bijeenkomst"
    assert reader.trailer["/Root"]["/Lang"] == "nl"


def test_the_option_keeps_empty_sections(store, tmp_path: Path, dutch) -> None:  # type: ignore[no-untyped-def]
    pdf = write(store, fill_sector_day(store), tmp_path, keep_empty=True)
    sections = headings(pdf)
    for title in EMPTY_TITLES:
        assert title in sections, title
    text = " ".join(pdftotext(pdf).split())
    assert "Geen resultaten vastgelegd." in text and "Er werd niets ingevuld." in text


def test_handout_and_paper_worksheets_embed_every_font(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from printables import handout, worksheets
    from printables.report import ReportData, build

    targets = []
    for name, write_one in (
        ("handout.pdf", lambda p: handout.write_handout(handout.Handout("Dag", rows=[
            handout.HandoutRow("09:30", "Opening", "Talk or break")]), p)),
        ("sheet.pdf", lambda p: worksheets.write_pdf(p, _definition("role_division"))),
        ("empty.pdf", lambda p: build(ReportData(title="Leeg"), p)),
    ):  # fmt: skip
        target = tmp_path / name
        write_one(target)
        targets.append(target)
    for target in targets:
        fonts = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True,
                               check=True).stdout.splitlines()[2:]  # fmt: skip
        assert fonts and all(row.split()[-5] == "yes" for row in fonts), (target, fonts)
    assert "Talk or break" not in pdftotext(targets[0])


def _definition(key: str):  # type: ignore[no-untyped-def]
    from app.core import worksheets

    return worksheets.load_file(worksheets.builtin_dir() / f"{key}.json")
