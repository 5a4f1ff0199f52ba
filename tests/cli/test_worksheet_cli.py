"""`tafelronde worksheet` as an organiser runs it: real database, real PDFs, exit codes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from app.core import templates, worksheets
from app.storage import open_store


def in_process(capsys, *args: str) -> subprocess.CompletedProcess[str]:  # type: ignore[no-untyped-def]
    """The same command in this process (quick); output captured like a subprocess's."""
    from app.cli import run

    code = run(["--lang", "en", *args])
    out, err = capsys.readouterr()
    return subprocess.CompletedProcess(list(args), code, out, err)


def tafelronde(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", "--lang", "en", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_list_prints_one_key_per_line() -> None:
    result = tafelronde("worksheet", "--list")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == worksheets.builtin_keys()


def test_blank_a3_and_filled_from_a_session(capsys, db_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    blank = tmp_path / "sheet.pdf"
    result = in_process(
        capsys, "worksheet", "regional_challenges", "--blank", "-o", str(blank), "--size", "A3"
    )
    assert result.returncode == 0, result.stderr
    assert round(float(PdfReader(blank).pages[0].mediabox.width)) == 842

    store = open_store(db_path)
    session = store.sessions.create("Sectordag", templates.builtin("sector_day_alliances"))
    activity = next(a for a in store.agenda.list(session.id) if '"regional_challenges"' in a.config)
    store.results.set(activity.id, "ws:main:challenges", [["Weinig jongeren", "Samen werven"]])
    store.close()
    filled = tmp_path / "filled.pdf"
    result = in_process(
        capsys,
        "worksheet",
        "regional_challenges",
        "--session",
        str(session.id),
        "--db",
        str(db_path),
        "-o",
        str(filled),
    )
    assert result.returncode == 0, result.stderr
    text = "".join(page.extract_text() for page in PdfReader(filled).pages)
    assert "Weinig jongeren" in text and "Samen werven" in text
    # the session is Dutch: its sheet is printed in Dutch, --lang en only sets the messages
    from app.activities.worksheet.state import load_catalogue

    definition = load_catalogue().get("regional_challenges")
    dutch, english = definition.text("title", "nl"), definition.text("title", "en")
    assert dutch != english
    flat = " ".join(text.split())
    assert " ".join(dutch.split()) in flat and " ".join(english.split()) not in flat


def test_clear_errors_for_unknown_key_and_session(capsys, db_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = str(tmp_path / "x.pdf")
    unknown = in_process(capsys, "worksheet", "bingo_cards", "--blank", "-o", out)
    assert unknown.returncode == 1
    assert "Unknown worksheet: bingo_cards" in unknown.stderr and "partner_map" in unknown.stderr
    open_store(db_path).close()
    missing = in_process(
        capsys, "worksheet", "partner_map", "--session", "99", "--db", str(db_path), "-o", out
    )
    assert missing.returncode == 1
    assert "There is no session with id 99" in missing.stderr
    store = open_store(db_path)
    session = store.sessions.create("Leeg")
    store.close()
    none = in_process(
        capsys,
        "worksheet",
        "partner_map",
        "--session",
        str(session.id),
        "--db",
        str(db_path),
        "-o",
        out,
    )
    assert none.returncode == 1 and "has no worksheet partner_map" in none.stderr
    assert not Path(out).exists()
