"""Test isolation: headless Qt, temporary settings and data folders, a fresh database per test."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis.configuration import set_hypothesis_home_dir

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Property tests explore the same examples on every run (and in CI): a failure is reproducible,
# never a coin toss. Explore new ground locally with HYPOTHESIS_PROFILE=explore.
settings.register_profile(
    "repeatable", derandomize=True, deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)  # fmt: skip
settings.register_profile("explore", deadline=None, max_examples=500)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))
# Hypothesis keeps its example database and constants cache in ./.hypothesis by default: tests
# write only under the temporary folder, never into the checkout.
set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "tafelronde-hypothesis")
os.environ["TAFELRONDE_TESTING"] = "1"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Settings and app data go to a temporary folder, never the developer's own."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("HOME", str(home))
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "tafelronde.sqlite"


@pytest.fixture
def store(db_path: Path) -> Iterator[object]:
    """A real, migrated SQLite database in a temporary file."""
    from app.storage import open_store

    opened = open_store(db_path)
    yield opened
    opened.close()


@pytest.fixture
def meeting(store):  # type: ignore[no-untyped-def]
    """A session made from the production managers' template, with five participants."""
    from app.core import templates

    session = store.sessions.create(
        "Netwerk productieleiders", templates.builtin("production_network_kickoff")
    )
    for first, org in [("Anna", "De Warme Winkel"), ("Bram", "Theaterschool"),
                       ("Chris", "VPT"), ("Dina", "De Warme Winkel"), ("Eef", "Mug")]:  # fmt: skip
        store.participants.add(session.id, first_name=first, last_name="Test", organisation=org)
    return session


@pytest.fixture(autouse=True, scope="session")
def _one_application(qapp):  # type: ignore[no-untyped-def]
    """The QApplication exists before any test: a command run in-process would otherwise make
    a bare QCoreApplication first, and every widget test after it would fail on it.

    Tests read the app in English as a user with `--lang en` does: the English catalogue holds
    only the plural forms (%n), so "1 round" and "3 rounds" read right."""
    from app.i18n import install_translators

    install_translators(qapp, "en")
    return qapp
