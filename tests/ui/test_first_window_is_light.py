"""The first window appears before the database layer is imported (SQLAlchemy and Alembic take
about a second): a module-level storage import in any menu or page would undo that."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import sys
from app.ui.startup import make_application
app = make_application([])
from app.ui.main_window import MainWindow
window = MainWindow(language="nl")
window.show()
app.processEvents()
print(sorted(m for m in ("sqlalchemy", "alembic", "sqlmodel") if m in sys.modules))
"""


def test_first_window_does_not_import_the_database_layer(tmp_path) -> None:  # type: ignore[no-untyped-def]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    env.update(XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    result = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True,
                            text=True, timeout=120)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"
