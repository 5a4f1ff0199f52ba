"""Output files of the real commands when the disk fills up or the run is killed: the previous
file stays byte for byte, no temporary file is left under any name, the message names the file
and not the people in it, and the exit status is 1.

The full disk is real for the command: the child process runs with RLIMIT_FSIZE, so the kernel
refuses every write beyond the limit (EFBIG), whichever code path writes. The limit leaves room
for SQLite's 32 KiB -shm file, so the database can still be read.
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.core import templates
from app.storage import open_store

LIMIT = 40 * 1024  # above the 32 KiB -shm, below every output of these commands
PEOPLE = [(f"Voornaam{n}", f"Achternaam{n}", f"persoon{n}@voorbeeld.nl") for n in range(400)]


def _session(db_path: Path) -> int:
    store = open_store(db_path)
    try:
        session = store.sessions.create("Sectordag", templates.builtin("sector_day_alliances"))
        store.participants.add_many(session.id, [
            {"first_name": first, "last_name": last, "email": email, "organisation": "Mug"}
            for first, last, email in PEOPLE
        ])  # fmt: skip
        return int(session.id)  # type: ignore[arg-type]
    finally:
        store.close()


def tafelronde(*args: str, file_limit: int | None = None) -> subprocess.CompletedProcess[str]:
    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (file_limit, file_limit))  # type: ignore[arg-type]

    return subprocess.run([sys.executable, "-m", "app", "--lang", "en", *args],
                          capture_output=True, text=True, timeout=120, check=False,
                          preexec_fn=limited if file_limit else None)  # fmt: skip


def temporaries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith((".tmp", ".part",
                                                                          ".partial")))  # fmt: skip


def assert_clean_failure(result: subprocess.CompletedProcess[str], target: Path) -> None:
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert "not enough room on the disk" in result.stderr and str(target) in result.stderr
    text = (result.stdout + result.stderr).lower()
    assert "voornaam" not in text and "achternaam" not in text and "@voorbeeld" not in text


COMMANDS = {  # the command's own arguments; --session, --db and -o are added
    "bingo": ("bingo", "--cards", "40"),
    "materials": ("materials",),
    "export": ("export",),
    "report": ("report", "--include-participants", "--include-emails"),
    "worksheet": ("worksheet", "role_division"),
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_full_disk_keeps_the_previous_file(command: str, db_path: Path, tmp_path: Path) -> None:
    session = str(_session(db_path))
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / ("cards.pdf" if command != "export" else "sectordag.tafelronde")
    arguments = (*COMMANDS[command], "--session", session, "--db", str(db_path), "-o",
                 str(target))  # fmt: skip
    first = tafelronde(*arguments)
    assert first.returncode == 0, first.stderr
    previous = target.read_bytes()
    assert len(previous) > LIMIT  # so the second run cannot fit
    full = tafelronde(*arguments, file_limit=LIMIT)
    assert_clean_failure(full, target)
    assert target.read_bytes() == previous
    assert temporaries(folder) == []


def test_the_message_is_in_dutch_by_default(db_path: Path, tmp_path: Path) -> None:
    session = str(_session(db_path))
    target = tmp_path / "kaarten.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "app", "--lang", "nl", "bingo", "--session", session, "--db",
         str(db_path), "--cards", "40", "-o", str(target)],
        capture_output=True, text=True, timeout=120, check=False,
        preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (LIMIT, LIMIT)),
    )  # fmt: skip
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "niet genoeg ruimte" in result.stderr and str(target) in result.stderr
    assert not target.exists() and temporaries(tmp_path) == []


def test_a_disk_full_import_names_nobody_and_stores_nothing(
    db_path: Path,
    tmp_path: Path,
    capsys,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    """The database file may not grow by a page (SQLITE_FULL, what a full disk gives): the
    driver's error quotes the rows being inserted, the message must not."""
    from app.cli import run
    from app.storage import engine

    session = _session(db_path)
    csv = tmp_path / "aanmeldingen.csv"
    rows = [f"Nieuw{n};Persoon{n};nieuw{n}@geheim.nl" for n in range(3000)]
    csv.write_text("Voornaam;Achternaam;E-mail\n" + "\n".join(rows) + "\n", encoding="utf-8")
    original = engine._sqlite_pragmas

    def full_disk(connection, record) -> None:  # type: ignore[no-untyped-def]
        original(connection, record)
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count={pages}")

    monkeypatch.setattr(engine, "_sqlite_pragmas", full_disk)
    status = run(["--lang", "en", "import", str(csv), "--session", str(session), "--db",
                  str(db_path)])  # fmt: skip
    out, err = capsys.readouterr()
    assert status == 1
    assert "is full" in err and str(db_path) in err
    assert "geheim" not in (out + err) and "Nieuw" not in (out + err)
    monkeypatch.setattr(engine, "_sqlite_pragmas", original)
    store = open_store(db_path)
    try:
        assert len(store.participants.list(session)) == len(PEOPLE)  # all or nothing
    finally:
        store.close()


def test_killing_bingo_while_it_writes_keeps_the_previous_cards(
    db_path: Path, tmp_path: Path
) -> None:
    """SIGKILL once the new cards are being written (their temporary file exists): the previous
    cards.pdf is whole (it used to be left at 0 bytes); only a hidden temporary file remains."""
    session = str(_session(db_path))
    folder = tmp_path / "out"  # apart from the database and its backups' temporary files
    folder.mkdir()
    target = folder / "cards.pdf"
    first = tafelronde("bingo", "--session", session, "--db", str(db_path), "--cards", "10",
                       "-o", str(target))  # fmt: skip
    assert first.returncode == 0, first.stderr
    previous = target.read_bytes()
    child = subprocess.Popen([sys.executable, "-m", "app", "bingo", "--session", session, "--db",
                              str(db_path), "--cards", "1000", "-o", str(target)],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while not temporaries(folder) and child.poll() is None:  # wait for a condition
            assert time.monotonic() < deadline, "the temporary file never appeared"
            time.sleep(0.005)
        assert child.poll() is None, "the run ended before it could be killed"
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    assert target.read_bytes() == previous
    left = temporaries(folder)
    assert len(left) == 1 and left[0].startswith(".cards.pdf.")  # hidden, never the real name
