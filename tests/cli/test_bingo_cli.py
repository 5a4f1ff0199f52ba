"""`tafelronde bingo` as an organiser runs it: a real database file, a real PDF, exit codes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from app.activities.bingo.state import BingoGame
from app.core import templates
from app.storage import open_store


def _session(db_path: Path) -> tuple[int, int]:
    store = open_store(db_path)
    try:
        session = store.sessions.create("Sectordag", templates.builtin("sector_day_alliances"))
        bingo = next(a for a in store.agenda.list(session.id) if a.kind == "bingo")
        return int(session.id), int(bingo.id)  # type: ignore[arg-type]
    finally:
        store.close()


def tafelronde(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", "--lang", "en", *args],
                          capture_output=True, text=True, timeout=60, check=False)  # fmt: skip


def test_bingo_writes_the_sessions_cards_and_keeps_its_seed(db_path: Path, tmp_path: Path) -> None:
    session_id, activity_id = _session(db_path)
    out = tmp_path / "cards.pdf"
    result = tafelronde("bingo", "--session", str(session_id), "--db", str(db_path),
                        "--cards", "30", "--per-page", "2", "-o", str(out))  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "30 cards written" in result.stdout
    pages = PdfReader(out).pages
    assert len(pages) == 16  # 30 cards and the blank card, two per page
    store = open_store(db_path)
    try:
        game = BingoGame(store, activity_id, "nl")  # the session is Dutch; --lang is for messages
        assert game.config()["seed"] > 0 and game.config()["printed"] == 30
        card = game.cards()[29]
        texts = {s.id: s.text for s in game.pool()}
    finally:
        store.close()
    last = pages[14].extract_text()
    assert f"check {card.code}" in last
    assert all(texts[i].split()[0] in last for i in card.statement_ids)


def test_bingo_errors_are_clear_and_exit_1(db_path: Path, tmp_path: Path) -> None:
    from app.cli import run

    session_id, _ = _session(db_path)
    missing = tafelronde("bingo", "--session", "999", "--db", str(db_path), "-o",
                         str(tmp_path / "x.pdf"))  # fmt: skip
    assert missing.returncode == 1 and "no session with id 999" in missing.stderr
    assert "Traceback" not in missing.stderr
    assert run(["--lang", "en", "bingo", "--session", str(session_id), "--db", str(db_path),
                "-o", str(tmp_path / "nope" / "x.pdf")]) == 1  # fmt: skip
    assert run(["--lang", "en", "bingo", "--session", str(session_id), "--db", str(db_path),
                "--cards", "0", "-o", str(tmp_path / "x.pdf")]) == 1  # fmt: skip
    store = open_store(db_path)
    try:
        empty = store.sessions.create("Zonder bingo")
    finally:
        store.close()
    assert run(["--lang", "en", "bingo", "--session", str(empty.id), "--db", str(db_path),
                "-o", str(tmp_path / "x.pdf")]) == 1  # fmt: skip
    assert not (tmp_path / "x.pdf").exists()
