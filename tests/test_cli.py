"""The headless commands, run as an organiser would: real processes, a real database file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app import __version__
from app.storage import open_store

FIXTURES = Path(__file__).parent / "fixtures" / "import"


def tafelronde(*args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", "--lang", lang, *args],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip


def test_version_prints_and_exits_without_a_window() -> None:
    command = [sys.executable, "-m", "app", "--version"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=60,
                            env={"PATH": "/usr/bin:/bin"}, check=False)  # fmt: skip
    assert result.returncode == 0
    assert result.stdout.strip() == f"tafelronde {__version__}"


def test_templates_lists_keys() -> None:
    result = tafelronde("templates")
    keys = [line.split("\t")[0] for line in result.stdout.splitlines()]
    assert "production_network_kickoff" in keys and len(keys) == 5


def test_new_then_import_then_failing_import_imports_nothing(db_path: Path) -> None:
    created = tafelronde("new", "--template", "production_network_kickoff",
                         "--title", "Netwerk", "--db", str(db_path))  # fmt: skip
    assert created.returncode == 0, created.stderr
    session_id = int(created.stdout.strip())

    ok = tafelronde("import", str(FIXTURES / "dutch_semicolon_cp1252.csv"),
                    "--session", str(session_id), "--db", str(db_path))  # fmt: skip
    assert ok.returncode == 0, ok.stderr
    assert "3 participants imported" in ok.stdout

    bad = tafelronde("import", str(FIXTURES / "malformed_bad_email.csv"),
                     "--session", str(session_id), "--db", str(db_path))  # fmt: skip
    assert bad.returncode == 1
    assert "Row 3" in bad.stderr and "not-an-address" in bad.stderr

    again = tafelronde("import", str(FIXTURES / "dutch_semicolon_cp1252.csv"),
                       "--session", str(session_id), "--db", str(db_path))  # fmt: skip
    assert again.returncode == 1 and "already in the session" in again.stderr

    store = open_store(db_path)
    try:
        people = store.participants.list(session_id)
        assert sorted(p.first_name for p in people) == ["Anïs", "José", "René"]
        assert len(store.agenda.list(session_id)) == 8  # the template's activities
    finally:
        store.close()


def test_unknown_template_and_session_are_clear_errors(db_path: Path) -> None:
    result = tafelronde("new", "--template", "nope", "--title", "X", "--db", str(db_path))
    assert result.returncode == 1 and "Unknown template: nope" in result.stderr
    result = tafelronde("import", str(FIXTURES / "dutch.xlsx"), "--session", "42",
                        "--db", str(db_path))  # fmt: skip
    assert result.returncode == 1 and "no session with id 42" in result.stderr


def test_a_file_that_is_not_a_database_is_refused_and_untouched(tmp_path: Path) -> None:
    foreign = tmp_path / "notes.sqlite"
    foreign.write_bytes(b"just some text, not a database\n" * 10)
    before = foreign.read_bytes()
    result = tafelronde("new", "--title", "X", "--db", str(foreign))
    assert result.returncode == 1 and "not a Tafelronde database" in result.stderr
    assert foreign.read_bytes() == before


def test_a_mistyped_command_is_an_error_not_a_window(tmp_path: Path) -> None:
    """`tafelronde agneda list` in a batch script must fail at once, never put up a window."""
    result = subprocess.run(
        [sys.executable, "-m", "app", "agneda", "list"], capture_output=True, text=True,
        timeout=60, check=False, env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen",
                                      "HOME": str(tmp_path)},
    )  # fmt: skip
    assert result.returncode == 2
    assert "agneda" in result.stderr and "report" in result.stderr  # the commands are listed


def test_which_arguments_open_the_window(tmp_path: Path) -> None:
    from app.cli import is_command_line

    database = tmp_path / "dag.sqlite"
    database.write_bytes(b"")
    assert not is_command_line([])
    assert not is_command_line([str(database)])  # a database file to open in the window
    assert not is_command_line(["--db", "report", "--session", "3", "--lang", "en"])
    assert is_command_line(["agneda"])
    assert is_command_line([str(tmp_path / "missing.sqlite")])
    assert is_command_line(["--lang", "en", "report", "--help"])


def test_a_database_file_named_alone_is_opened() -> None:
    from app.ui.startup import parse_args

    assert parse_args(["dag.sqlite"]).db == "dag.sqlite"
    assert parse_args(["--db", "a.sqlite"]).db == "a.sqlite"
