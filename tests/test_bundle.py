"""The standalone bundle builds from build.spec and runs (version, templates, a new session)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]


@pytest.mark.slow
def test_pyinstaller_bundle_runs(tmp_path: Path) -> None:
    pyinstaller = Path(sys.executable).parent / "pyinstaller"
    build = subprocess.run(
        [str(pyinstaller), str(ROOT / "build.spec"), "--noconfirm", "--log-level", "WARN",
         "--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "build")],
        capture_output=True, text=True, timeout=900, check=False, cwd=ROOT,
    )  # fmt: skip
    assert build.returncode == 0, build.stderr[-3000:]
    exe = tmp_path / "dist" / "tafelronde" / "tafelronde"
    # names sort by pyuca's Unicode collation table, which must travel with the bundle
    assert list((tmp_path / "dist" / "tafelronde").rglob("allkeys-*.txt"))
    version = subprocess.run([str(exe), "--version"], capture_output=True, text=True,
                             timeout=120, check=False)  # fmt: skip
    assert version.returncode == 0 and version.stdout.startswith("tafelronde ")
    listed = subprocess.run([str(exe), "templates"], capture_output=True, text=True,
                            timeout=120, check=False)  # fmt: skip
    assert "sector_day_alliances" in listed.stdout  # resources are inside the bundle
    created = subprocess.run(
        [str(exe), "new", "--template", "build_your_network", "--title", "X",
         "--db", str(tmp_path / "bundle.sqlite")],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert created.returncode == 0 and created.stdout.strip() == "1"  # migrations are bundled
