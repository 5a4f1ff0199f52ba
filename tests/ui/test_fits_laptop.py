"""Workspace and run console on a laptop screen: 1366x768 and 1280x720, in Dutch (the longer
texts). Nothing asks for more than the screen, every activity's page and panel fits without
sideways scrolling, and the buttons that matter stay on screen (issue 15: the bingo page grew the
workspace to 1668 pixels; the console opened at 1292x800)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QRect
from PySide6.QtWidgets import QApplication, QWidget

import app.widgets.sound as sound
from app.core import templates
from app.core.clock import FakeClock
from app.i18n import install_translators
from app.ui.run.console import RunConsole

SIZES = [(1366, 768), (1280, 720), (1280, 650)]  # the last: maximised under a task bar
TEMPLATES = ("sector_day_alliances", "production_network_kickoff", "build_your_network")


def registry_keys() -> list[str]:
    from app.activities import registry

    return registry.keys()


def sessions(store) -> list[int]:  # type: ignore[no-untyped-def]
    """The templates' sessions, and one with every registered kind no template uses (a new kind
    is checked on a laptop screen as soon as it is registered)."""
    from app.activities import registry

    made, used = [], set()
    for key in TEMPLATES:
        template = templates.builtin(key)
        made.append(store.sessions.create(key, template, start_time="13:30").id)
        used |= {activity.kind for activity in template.activities}
    rest = store.sessions.create("Alle soorten", start_time="13:30")
    for kind in registry.KINDS:
        if kind.key not in used:
            store.agenda.add(rest.id, kind.key, kind.label, config=dict(kind.default_config))
    return [*made, rest.id]


@pytest.fixture(autouse=True)
def _dutch_and_silent(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(sound, "load_backend", lambda path: None)
    monkeypatch.setattr(sound, "_shared", None)
    app = QCoreApplication.instance()
    install_translators(app, "nl")
    yield
    install_translators(app, "en")


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def on_screen(widget: QWidget, window: QWidget) -> bool:
    """The widget is shown and lies wholly inside its window."""
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return widget.isVisible() and window.rect().contains(QRect(top_left, widget.size()))


def fits(hint_w: int, hint_h: int, width: int, height: int) -> bool:
    return hint_w <= width and hint_h <= height


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_workspace_fits_with_every_tab_and_agenda_item(qtbot, tmp_path: Path, size) -> None:  # type: ignore[no-untyped-def]
    from app.ui.main_window import MainWindow

    width, height = size
    window = MainWindow(language="nl")
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    window.open_database(str(tmp_path / "laptop.sqlite"))
    kinds: set[str] = set()
    for session_id in sessions(window.store):
        window.open_session(session_id)
        workspace = window.workspace
        for tab in range(workspace.tabs.count()):
            workspace.tabs.setCurrentIndex(tab)
            settle()
            hint = window.minimumSizeHint()
            name = workspace.tabs.tabText(tab)
            assert fits(hint.width(), hint.height(), width, height), f"tab {name}: {hint}"
            assert window.size().toTuple() == size, f"tab {name} resized the window"
        workspace.tabs.setCurrentWidget(workspace.agenda)
        agenda = workspace.agenda
        for row, activity in enumerate(agenda.activities):
            agenda.list.setCurrentRow(row)
            settle()
            kinds.add(activity.kind)
            hint = window.minimumSizeHint()
            what = f"{activity.kind} ({activity.title})"
            assert fits(hint.width(), hint.height(), width, height), f"{what}: {hint}"
            assert window.size().toTuple() == size, f"{what} resized the window"
            page = agenda.setup_stack.currentWidget()
            assert page is not None
            viewport = agenda.setup_scroll.viewport()
            assert page.minimumSizeHint().width() <= viewport.width(), f"{what} scrolls sideways"
            for button in (workspace.run_button, agenda.add_button, agenda.remove_button):
                assert on_screen(button, window), f"{what}: {button.text()} is off screen"
    assert kinds == set(registry_keys())


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_console_fits_with_every_kind(qtbot, store, size) -> None:  # type: ignore[no-untyped-def]
    width, height = size
    kinds: set[str] = set()
    for session_id in sessions(store):
        for i in range(20):
            store.participants.add(session_id, first_name=f"Persoon {i}", last_name="Jansen")
        console = RunConsole(store, session_id, FakeClock())
        qtbot.addWidget(console)
        console.showNormal()
        console.resize(width, height)
        settle()
        ui = console.ui
        for index, activity in enumerate(console.activities):
            console.go_to(index)
            settle()
            kinds.add(activity.kind)
            what = activity.kind
            hint = console.minimumSizeHint()
            assert fits(hint.width(), hint.height(), width, height), f"{what}: {hint}"
            assert console.size().toTuple() == size
            panel = ui.control_area.widget()
            need = panel.minimumSizeHint()
            viewport = ui.control_area.viewport().size()
            assert need.width() <= viewport.width(), f"{what}: panel {need} in {viewport}"
            assert need.height() <= viewport.height(), f"{what}: panel {need} in {viewport}"
            for widget in (ui.previous, ui.next, ui.black, ui.pause, ui.fullscreen,
                           ui.thumbnail, console.presenter.clock, ui.schedule):  # fmt: skip
                assert on_screen(widget, console), f"{what}: {widget.objectName()} off screen"
        console.close()
    assert kinds == set(registry_keys())


def test_console_opens_maximised_with_the_phones_dock_closed_on_a_laptop(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    meeting = store.sessions.create("Laptop")
    store.agenda.add(meeting.id, "segment", "Talk", 10)
    console = RunConsole(store, meeting.id, FakeClock())
    qtbot.addWidget(console)
    assert console.isMaximized() or console.windowState() & console.windowState().WindowMaximized
    console.show()
    dock = console.room.dock
    assert dock.isHidden()  # the test screen is narrower than WIDE_SCREEN
    toggle = console.ui.dock_buttons[0]
    toggle.click()
    assert dock.isVisible() and toggle.isChecked()
    dock.close()
    assert not toggle.isChecked()
    console.close()
