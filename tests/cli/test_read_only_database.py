"""The commands that only read work on a read-only database (the file and its folder chmodded
read-only, as on a write-protected USB stick or a colleague's shared folder): no migration, no
backup, no WAL switch, nothing beside the file, and the file byte for byte as it was.

Tests run as root here; the app respects the read-only mark even where root could write
(app/storage/file_checks.py `writable`), so the chmod is what decides.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.activities.bingo.state import BingoGame
from app.core import templates
from app.storage import open_store


def tafelronde(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", "--lang", "en", *args],
                          capture_output=True, text=True, timeout=120, check=False)  # fmt: skip


@pytest.fixture
def locked(tmp_path: Path) -> Iterator[tuple[Path, int, int]]:
    """(database, session id, bingo id): a session whose bingo cards were printed once (so its
    seed is stored), then the file and its folder made read-only."""
    folder = tmp_path / "stick"
    folder.mkdir()
    database = folder / "netwerkdag.sqlite"
    store = open_store(database)
    try:
        session = store.sessions.create("Netwerkdag", templates.builtin("sector_day_alliances"))
        store.participants.add(session.id, first_name="Anna", last_name="Test", consent=True)
        bingo = next(a for a in store.agenda.list(session.id) if a.kind == "bingo")
        game = BingoGame(store, bingo.id, "nl")  # type: ignore[arg-type]
        game.ensure_seed()
        game.update_config(printed=30)
        session_id, bingo_id = int(session.id), int(bingo.id)  # type: ignore[arg-type]
    finally:
        store.close()
    database.chmod(0o444)
    folder.chmod(0o555)
    try:
        yield database, session_id, bingo_id
    finally:
        folder.chmod(0o755)
        database.chmod(0o644)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.mark.parametrize(
    "command",
    [
        ("report", "--session", "{s}", "-o", "{out}/report.pdf"),
        ("export", "--session", "{s}", "-o", "{out}/netwerkdag.tafelronde"),
        ("materials", "--session", "{s}", "-o", "{out}/materials.pdf"),
        ("worksheet", "role_division", "--session", "{s}", "-o", "{out}/rollen.pdf"),
        ("bingo", "--session", "{s}", "--cards", "30", "-o", "{out}/cards.pdf"),
    ],
    ids=lambda c: c[0],
)
def test_reading_commands_work_on_a_read_only_database(
    command: tuple[str, ...], locked: tuple[Path, int, int], tmp_path: Path
) -> None:
    database, session_id, _ = locked
    before = snapshot(database.parent)
    out = tmp_path / "out"
    out.mkdir()
    args = [part.format(s=session_id, out=out) for part in command]
    result = tafelronde(*args, "--db", str(database))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    written = next(out.iterdir())
    if written.suffix == ".pdf":
        assert len(PdfReader(written).pages) >= 1
    else:
        assert b'"Netwerkdag"' in written.read_bytes()
    assert snapshot(database.parent) == before  # no -wal, -shm, backup, lock; file unchanged


def test_bingo_on_a_read_only_database_prints_only_cards_the_game_knows(
    locked: tuple[Path, int, int], tmp_path: Path
) -> None:
    database, session_id, _ = locked
    before = snapshot(database.parent)
    result = tafelronde("bingo", "--session", str(session_id), "--db", str(database), "--cards",
                        "500", "-o", str(tmp_path / "cards.pdf"))  # fmt: skip
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "read-only: at most" in result.stderr
    assert not (tmp_path / "cards.pdf").exists()
    assert snapshot(database.parent) == before


def test_a_read_only_file_in_a_writable_folder_gets_nothing_beside_it(tmp_path: Path) -> None:
    database = tmp_path / "netwerkdag.sqlite"
    store = open_store(database)
    try:
        session = store.sessions.create("Netwerkdag", templates.builtin("sector_day_alliances"))
    finally:
        store.close()
    database.chmod(0o444)
    out = tmp_path / "out"
    out.mkdir()
    before = snapshot(tmp_path)
    result = tafelronde("report", "--session", str(session.id), "--db", str(database), "-o",
                        str(out / "report.pdf"))  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert snapshot(tmp_path) == before  # no -wal, -shm, backup or lock beside it
    assert len(PdfReader(out / "report.pdf").pages) >= 1
