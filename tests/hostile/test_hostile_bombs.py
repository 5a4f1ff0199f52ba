"""The bombs in a process of their own: peak resident memory and time, measured by the kernel.

One child process runs the command line (`app.cli.run`) on each bomb in turn, resetting the
resident-set peak before each (/proc/self/clear_refs) and reading it after (VmHWM), so each
figure is that bomb's own; one more child is the real `python -m app` to show the exit status and
that no traceback reaches the terminal. Figures are printed (pytest -s) for docs/data-safety.md.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from tests.helpers.hostile_files import (
    BILLION_LAUGHS,
    bomb_member,
    sheet,
    with_declared_size,
    xlsx,
    xlsx_bomb,
    zip_of,
)

MB = 1024 * 1024
CHILD = r"""
import json, re, sys, time
from pathlib import Path
from app.cli import run

def status(field):
    text = Path("/proc/self/status").read_text()
    return int(re.search(rf"^{field}:\s+(\d+) kB", text, re.M).group(1)) * 1024

run(["--lang", "en", "templates"])  # imports and Qt set up before the first figure
for line in sys.stdin:
    arguments = json.loads(line)
    Path("/proc/self/clear_refs").write_text("5")
    before, started = status("VmRSS"), time.perf_counter()
    code = run(["--lang", "en", *arguments])
    figures = {"code": code, "rise": status("VmHWM") - before,
               "seconds": time.perf_counter() - started}
    print("FIGURES " + json.dumps(figures), flush=True)
"""


def bombs(folder: Path) -> dict[str, tuple[bytes, str]]:
    """name -> (file content, command); each claims or holds far more than it is."""
    # 20,000 rows read and checked (the last one is refused, so the figure is the reading's)
    rows = [["Voornaam", "E-mail"]] + [[f"P{n}", f"p{n}@x.nl"] for n in range(19_999)]
    rows.append(["Laatste", "geen-adres"])
    return {
        # warm-up (not asserted): the first database, workbook and JSON code loaded
        "warm_up.xlsx": (xlsx(sheet([["Voornaam"], ["Warm"]])), "import"),
        "warm_up.tafelronde": (b"{}", "import-session"),
        "warm_up.json": (b"{}", "template"),
        "xlsx_declares_3_3_gb.xlsx": (
            with_declared_size(xlsx(), "xl/worksheets/sheet1.xml", 3_300_000_000), "import"),
        "xlsx_bomb_150_mb.xlsx": (xlsx_bomb(150), "import"),
        "xlsx_claims_xfd_20000_rows.xlsx": (xlsx(sheet(rows, "A1:XFD20001")), "import"),
        "xlsx_billion_laughs.xlsx": (
            xlsx(BILLION_LAUGHS + sheet([["Naam"], ["&lol9;"]]).split("?>", 1)[1]), "import"),
        "session_declares_3_2_gb.tafelronde": (
            with_declared_size(zip_of({"session.json": "{}"}), "session.json", 3_200_000_000),
            "import-session"),
        "session_bomb_120_mb.tafelronde": (bomb_member("session.json", 120), "import-session"),
        "session_brackets_1_mb.tafelronde": (b"[" * MB, "import-session"),
        "session_containers_1_8_mb.tafelronde": (b"[" + b"{}," * 600_000 + b"{}]",
                                                 "import-session"),
        "template_brackets_1_mb.json": (b"[" * MB, "template"),
    }  # fmt: skip


def test_bombs_stay_within_a_small_multiple_of_their_size(
    seeded_database: Path, tmp_path: Path
) -> None:
    database = tmp_path / "tafelronde.sqlite"
    shutil.copy(seeded_database, database)
    lines, sizes = [], {}
    for name, (content, command) in bombs(tmp_path).items():
        path = tmp_path / name
        path.write_bytes(content)
        sizes[name] = len(content)
        arguments = {
            "import": ["import", str(path), "--session", "1", "--db", str(database)],
            "import-session": ["import-session", str(path), "--db", str(database)],
            "template": ["template", "import", str(path)],
        }[command]
        lines.append(json.dumps(arguments))
    child = subprocess.run(
        [sys.executable, "-c", CHILD], input="\n".join(lines) + "\n", capture_output=True,
        text=True, timeout=120, check=False,
    )  # fmt: skip
    assert child.returncode == 0, child.stderr[-2000:]
    assert "Traceback" not in child.stderr, child.stderr[-2000:]
    figures = [json.loads(line[8:]) for line in child.stdout.splitlines() if line[:8] == "FIGURES "]
    assert len(figures) == len(sizes)
    measured = list(zip(sizes.items(), figures, strict=True))
    for (name, size), figure in measured:
        print(f"{name}: {size / MB:.2f} MB file, exit {figure['code']}, "
              f"peak RSS +{figure['rise'] / MB:.0f} MB, {figure['seconds']:.2f} s")  # fmt: skip
    for (name, size), figure in measured[3:]:
        assert figure["code"] == 1, name
        assert figure["rise"] < 64 * MB + 10 * size, name  # a small multiple of the file
        assert figure["seconds"] < 10, name


def test_the_real_command_exits_1_without_a_traceback(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.tafelronde"
    bomb.write_bytes(with_declared_size(zip_of({"session.json": "{}"}), "session.json", 3 * 2**30))
    result = subprocess.run(
        [sys.executable, "-m", "app", "--lang", "en", "import-session", str(bomb),
         "--db", str(tmp_path / "t.sqlite")],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert "bomb.tafelronde is too large for a session file" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) == 1
