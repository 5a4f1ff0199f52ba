"""`tafelronde import FILE --column FIELD=HEADER`: columns mapped by hand from the command line,
and registration exports that import as they come (particles kept, placeholders dropped)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import run
from app.storage import open_store
from app.storage.participants import full_name
from tests.fixtures.registration_exports import MS_FORMS, write_xlsx

FORM = (
    "Tijdstempel;Wat is je naam?;Naam;Mail;Werkgever\n"
    "2026/03/02;Zoë van der Öztürk;;zoe@example.nl;Gemeente Utrecht\n"
    "2026/03/02;Jan de Vries;;jan@example.nl;GGD\n"
)


@pytest.fixture
def session(db_path: Path) -> int:
    store = open_store(db_path)
    try:
        return store.sessions.create("Sectordag").id
    finally:
        store.close()


def people(db_path: Path, session: int) -> list[tuple[str, str, str, str, str]]:
    store = open_store(db_path)
    try:
        return [(p.first_name, p.name_particle, p.last_name, p.email, p.organisation)
                for p in store.participants.list(session)]  # fmt: skip
    finally:
        store.close()


def test_column_maps_a_question_header_and_ignores_a_field(
    db_path: Path, session: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "form.csv"
    path.write_text(FORM, encoding="utf-8")
    # guessed alone, only the empty "Naam" looks like a name column: said so, with the way out
    base = ["--lang", "en", "import", str(path), "--session", str(session), "--db", str(db_path)]
    assert run(base) == 1
    err = capsys.readouterr().err
    assert "The column “Naam” has no name in any row" in err and "--column full_name=" in err
    code = run([*base, "--column", "full_name=Wat is je naam?", "--column", "email="])
    assert code == 0, capsys.readouterr().err
    assert "2 participants imported" in capsys.readouterr().out
    assert people(db_path, session) == [
        ("Zoë", "van der", "Öztürk", "", "Gemeente Utrecht"),  # e-mail ignored by hand
        ("Jan", "de", "Vries", "", "GGD"),
    ]


def test_unknown_field_and_header_and_malformed_choice_are_clear(
    db_path: Path, session: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "form.csv"
    path.write_text(FORM, encoding="utf-8")
    base = ["--lang", "en", "import", str(path), "--session", str(session), "--db", str(db_path)]
    assert run([*base, "--column", "voornaam=Naam"]) == 1
    err = capsys.readouterr().err
    assert "Unknown field “voornaam”" in err and "first_name, name_particle, last_name" in err
    assert run([*base, "--column", "full_name=Volledige naam"]) == 1
    err = capsys.readouterr().err
    assert "no column “Volledige naam”" in err and "“Wat is je naam?”" in err
    assert run([*base, "--column", "full_name"]) == 1
    assert "FIELD=HEADER" in capsys.readouterr().err
    assert people(db_path, session) == []


def test_microsoft_forms_export_imports_as_it_comes(
    db_path: Path, session: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_xlsx(tmp_path / "Sectordag(1-4).xlsx", MS_FORMS)
    assert (
        run(["--lang", "en", "import", str(path), "--session", str(session), "--db", str(db_path)])
        == 0
    )
    store = open_store(db_path)
    try:
        names = [full_name(p) for p in store.participants.list(session)]
    finally:
        store.close()
    assert names == ["Zoë van der Öztürk", "Jan de Vries", "Émilie Dubois", "Kees IJzerman"]


def test_dutch_messages_for_a_bad_column(db_path: Path, session: int, tmp_path: Path) -> None:
    path = tmp_path / "form.csv"
    path.write_text(FORM, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "app", "--lang", "nl", "import", str(path), "--session",
         str(session), "--db", str(db_path), "--column", "achternaam=Naam"],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert "Onbekend veld “achternaam”" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
