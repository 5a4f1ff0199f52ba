"""The hostile-input suite's runner: each generated file goes through the command line in-process.

`hostile` runs `app.cli.run` (the `tafelronde` entry point) on a file made in tmp_path and returns
what a user would see (exit status, stdout, stderr) plus how far the process's resident memory
rose above where it was (Linux: the peak is reset through /proc/self/clear_refs, then VmHWM is
read; no tracing overhead) and whether the database and the templates folder are byte-for-byte
what they were.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass
class Outcome:
    code: int
    out: str
    err: str
    peak: int  # bytes the resident set rose by at its peak, while the command ran
    db_unchanged: bool
    templates_unchanged: bool
    size: int  # the hostile file's size


@dataclass(frozen=True)
class Case:
    """One generated file: what the command says (`expect`, a fragment of stderr in English)
    and its exit status (None: either 0 or 1 is right, e.g. odd but harmless input)."""

    name: str
    suffix: str
    build: Callable[[], bytes]
    expect: str | None
    code: int | None = 1

    def __str__(self) -> str:
        return self.name


def _status(field: str) -> int:
    found = re.search(rf"^{field}:\s+(\d+) kB", Path("/proc/self/status").read_text(), re.M)
    assert found, f"{field} missing from /proc/self/status"
    return int(found.group(1)) * 1024


def reset_peak() -> int:
    """Reset the resident-set high-water mark; the current resident set in bytes."""
    Path("/proc/self/clear_refs").write_text("5")
    return _status("VmRSS")


def peak_since(start: int) -> int:
    return max(0, _status("VmHWM") - start)


def dump(path: Path) -> str:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return "\n".join(connection.iterdump())
    finally:
        connection.close()


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture(scope="session")
def seeded_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with one session of three people, made once and copied for each case."""
    from app.storage import open_store

    path = tmp_path_factory.mktemp("seed") / "seed.sqlite"
    store = open_store(path)
    try:
        session = store.sessions.create("Netwerkdag")
        assert session.id == 1
        for first in ("Anna", "Bram", "Chris"):
            store.participants.add(session.id, first_name=first, last_name="Test")
    finally:
        store.close()
    return path


@pytest.fixture
def hostile(seeded_database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """Run a command on a case's file: `hostile(case, command) -> Outcome`."""
    from app.cli import run
    from app.paths import user_templates_dir

    database = tmp_path / "tafelronde.sqlite"
    shutil.copy(seeded_database, database)

    def go(case: Case, command: str, lang: str = "en") -> Outcome:
        file = tmp_path / f"{case.name}{case.suffix}"
        file.write_bytes(case.build())
        arguments = {
            "import": ["import", str(file), "--session", "1", "--db", str(database)],
            "import-session": ["import-session", str(file), "--db", str(database)],
            "template": ["template", "import", str(file)],
        }[command]
        templates = user_templates_dir()
        database_before, templates_before = dump(database), tree(templates)
        capsys.readouterr()
        start = reset_peak()
        code = run(["--lang", lang, *arguments])
        peak = peak_since(start)
        captured = capsys.readouterr()
        return Outcome(
            code=code, out=captured.out, err=captured.err, peak=peak,
            db_unchanged=dump(database) == database_before,
            templates_unchanged=tree(templates) == templates_before,
            size=file.stat().st_size,
        )  # fmt: skip

    return go


def check(case: Case, outcome: Outcome, file_name: str) -> None:
    """The clean outcome every hostile file must have."""
    said = outcome.out + outcome.err
    assert "Traceback" not in said and "Error:" not in said, said
    if case.code is not None:
        assert outcome.code == case.code, said
    else:
        assert outcome.code in (0, 1), said
        print(f"either-way case {case.name}: exit {outcome.code} {said.strip()[:160]}")
    if outcome.code == 1:
        assert file_name in outcome.err, outcome.err  # the message names the file
        assert outcome.db_unchanged, "a refused file changed the database"
        assert outcome.templates_unchanged, "a refused file changed the templates folder"
        assert len(outcome.err.strip().splitlines()) == 1, outcome.err  # one clear message
    if case.expect is not None:
        assert case.expect in outcome.err, outcome.err
    # memory: a small multiple of the file, never the gigabytes its contents claim
    assert outcome.peak < 48 * 1024 * 1024 + 12 * outcome.size, outcome.peak
