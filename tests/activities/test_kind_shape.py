"""Every kind has the same shape: the registry names its parts, files and classes by one rule,
and the factory builds the console control and beamer view from the registry alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from app.activities import factory, registry
from app.activities.base import ActivityRuntime, PlaceholderPage
from app.activities.context import ActivityContext
from app.activities.factory import make_beamer, make_control
from app.core.clock import FakeClock

ROOT = Path(__file__).parents[2]
PARTS = {"runtime": "Runtime", "control": "Control", "beamer": "Beamer", "setup": "Setup"}

pytestmark = pytest.mark.gui


def camel(key: str) -> str:
    return "".join(word.title() for word in key.split("_"))


@pytest.mark.parametrize("kind", registry.KINDS, ids=lambda k: k.key)
def test_every_kind_names_its_parts_the_same_way(kind: registry.ActivityKind) -> None:
    folder = ROOT / "app" / "activities" / kind.key
    for part, suffix in PARTS.items():
        assert getattr(kind, part) == f"app.activities.{kind.key}.{part}:{camel(kind.key)}{suffix}"
        assert registry.load(getattr(kind, part)).__name__ == f"{camel(kind.key)}{suffix}"
    assert kind.report == f"app.activities.{kind.key}.report:section"
    assert callable(registry.load(kind.report))
    assert (folder / "report.py").exists()
    if kind.paper:
        assert kind.paper == f"app.activities.{kind.key}.paper:items"
    stored = folder / "state.py"
    if stored.exists():  # Qt-free: the report worker, the room and the command line use it
        assert "PySide6" not in stored.read_text(encoding="utf-8")


def test_no_kind_keeps_state_under_another_name() -> None:
    for kind in registry.KINDS:
        folder = ROOT / "app" / "activities" / kind.key
        assert not (folder / "model.py").exists() and not (folder / "data.py").exists()


class Mural(ActivityRuntime):
    """A throw-away kind's runtime, with its views named in the registry only."""


class MuralControl(QLabel):
    def __init__(self, runtime: Mural, parent: QWidget | None = None) -> None:
        super().__init__(f"control of {runtime.context.activity().title}", parent)


class MuralBeamer(QLabel):
    def __init__(self, runtime: Mural, parent: QWidget | None = None) -> None:
        super().__init__(f"beamer of {runtime.context.activity().title}", parent)


def test_the_factory_builds_control_and_beamer_from_the_registry(qtbot, store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    mural = registry.ActivityKind("mural", "Mural", 10, runtime=f"{__name__}:Mural",
                                  control=f"{__name__}:MuralControl",
                                  beamer=f"{__name__}:MuralBeamer")  # fmt: skip
    monkeypatch.setitem(registry._BY_KEY, "mural", mural)
    session = store.sessions.create("Dag")
    activity = store.agenda.add(session.id, "mural", "Muur")
    context = ActivityContext(store, session.id, activity.id, FakeClock())
    runtime = factory.make_runtime(context)
    assert type(runtime) is Mural
    control, beamer = make_control(runtime), factory.make_beamer(runtime)
    qtbot.addWidget(control)
    qtbot.addWidget(beamer)
    assert isinstance(control, MuralControl) and control.text() == "control of Muur"
    assert isinstance(beamer, MuralBeamer) and beamer.text() == "beamer of Muur"
    stand_in = ActivityRuntime(context)  # e.g. after the kind failed to start: no kind views
    placeholder, title = factory.make_control(stand_in), make_beamer(stand_in)
    qtbot.addWidget(placeholder)
    qtbot.addWidget(title)
    assert isinstance(placeholder, PlaceholderPage)
    assert isinstance(title, QLabel) and title.text() == "Muur"


def test_the_no_specific_kind_contract_names_every_kind() -> None:
    """A new kind's package joins the import contract that keeps the room, the report, the paper
    hub and storage free of kind code (pyproject.toml), or this fails."""
    import tomllib
    from pathlib import Path

    from app.activities import registry

    config = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text("utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    contract = next(c for c in contracts if "specific kind" in c["name"])
    packages = {kind.runtime.split(":")[0].rsplit(".", 1)[0] for kind in registry.KINDS}
    assert set(contract["forbidden_modules"]) == packages
