"""Every `# type: ignore` in the type-checked code names its error code and says why.

mypy runs with warn_unused_ignores (pyproject.toml), so an ignore that is no longer needed fails
CI; this test covers the other half: a bare ignore hides every error on its line, and one without
a reason leaves the next reader guessing whether it can go. The form is
`# type: ignore[attr-defined]  # why, in a few words`.
"""

from __future__ import annotations

import io
import re
import tokenize
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
IGNORE = re.compile(r"#\s*type:\s*ignore\b(?P<codes>\[[^\]]*\])?(?P<rest>.*)$")
CODE = re.compile(r"^[a-z][a-z-]*$")
REASON = re.compile(r"^\s+#\s*(?P<why>\S.*)$")
MIN_REASON = 6  # characters: "stubs" alone says too little


def problems(source: str, name: str = "<text>") -> list[str]:
    """The ignore comments of one file that lack an error code or a reason (comments only:
    a string that mentions `type: ignore` is not one)."""
    found = []
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    for token in tokens:
        if token.type != tokenize.COMMENT:
            continue
        match = IGNORE.search(token.string)
        if match is None:
            continue
        where = f"{name}:{token.start[0]}"
        codes = (match["codes"] or "[]")[1:-1].split(",")
        if not all(CODE.match(code.strip()) for code in codes):
            found.append(f"{where}: no error code: {token.string}")
            continue
        reason = REASON.match(match["rest"])
        if reason is None or len(reason["why"].strip()) < MIN_REASON:
            found.append(f"{where}: no reason: {token.string}")
    return found


def checked_files() -> list[Path]:
    """The Python files mypy checks (pyproject.toml, [tool.mypy] files)."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    folders = config["tool"]["mypy"]["files"]
    return sorted(path for folder in folders for path in (ROOT / folder).rglob("*.py"))


def test_every_type_ignore_in_checked_code_names_its_code_and_a_reason() -> None:
    files = checked_files()
    assert len(files) > 100  # app and printables, not an empty glob
    found = [
        problem
        for path in files
        for problem in problems(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    ]
    assert found == []


def test_the_check_catches_bare_and_unexplained_ignores() -> None:
    text = (
        "a = f()  # type: ignore\n"
        "b = f()  # type: ignore[attr-defined]\n"
        "c = f()  # type: ignore[]  # a reason here\n"
        "d = f()  # type: ignore[attr-defined]  # ok\n"
        "e = f()  # type:ignore  # no code but a reason\n"
        "g = f()  # type: ignore[arg-type, union-attr]  # stubs say int, Qt gives None\n"
        "h = f()  # type: ignore[attr-defined]  # reportlab's private page reset\n"
        's = "# type: ignore"\n'
    )
    assert problems(text) == [
        "<text>:1: no error code: # type: ignore",
        "<text>:2: no reason: # type: ignore[attr-defined]",
        "<text>:3: no error code: # type: ignore[]  # a reason here",
        "<text>:4: no reason: # type: ignore[attr-defined]  # ok",
        "<text>:5: no error code: # type:ignore  # no code but a reason",
    ]
