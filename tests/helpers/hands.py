"""A person's hands for UI tests: every click, key and typed string goes through real widgets
(qtbot) and is counted, so a test can say how much work a route costs (issue 21).

Counted as a *click*: a mouse click on a button, tab, list item, and the confirmation of a
dialog (OK / Save / Open), also in the operating system's file dialogs, which a test cannot
drive and therefore patches (`file_dialogs`): the person's click there still counts. A *key* is
one key press or shortcut (Ctrl+P is one key). A *typed string* is a run of characters typed
into one field (a file name, a date), however long.

Only what a person can reach is acted on: the widget must be visible and enabled.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QWidget,
)

CLICK, KEY, TYPED = "click", "key", "typed"


@dataclass
class Action:
    step: str
    kind: str  # CLICK, KEY or TYPED
    what: str


@dataclass
class Hands:
    qtbot: Any
    actions: list[Action] = field(default_factory=list)
    step_name: str = ""
    _planned_files: list[tuple[str, Path, bool]] = field(default_factory=list)
    _dialog_errors: list[BaseException] = field(default_factory=list)

    # -- counting ----------------------------------------------------------------------------
    def step(self, name: str) -> None:
        """Start a new part of the route; what follows is counted under it."""
        self.step_name = name

    def _count(self, kind: str, what: str) -> None:
        self.actions.append(Action(self.step_name, kind, what))

    def count(self, kind: str, step: str | None = None) -> int:
        return sum(1 for a in self.actions if a.kind == kind and step in (None, a.step))

    @property
    def clicks(self) -> int:
        return self.count(CLICK)

    @property
    def keys(self) -> int:
        return self.count(KEY)

    @property
    def typed(self) -> int:
        return self.count(TYPED)

    def steps(self) -> list[tuple[str, int, int, int]]:
        """(step, clicks, keys, typed strings) in the order the steps were walked."""
        names = list(dict.fromkeys(a.step for a in self.actions))
        return [(n, self.count(CLICK, n), self.count(KEY, n), self.count(TYPED, n)) for n in names]

    def summary(self) -> str:
        lines = [f"{self.clicks} clicks, {self.keys} keys, {self.typed} typed strings"]
        for name, clicks, keys, typed in self.steps():
            lines.append(f"  {name}: {clicks} clicks, {keys} keys, {typed} typed")
        return "\n".join(lines)

    # -- hands -------------------------------------------------------------------------------
    def _reachable(self, widget: QWidget, what: str) -> None:
        """Visible and enabled, in the active window: a click there activates a window, and
        when a dialog closes the window manager gives its parent back the focus (the
        offscreen platform does not, so the test does it)."""
        assert widget.isVisible(), f"{what} is not visible: a person cannot click it"
        assert widget.isEnabled(), f"{what} is disabled: a person cannot click it"
        window = widget.window()
        if not window.isActiveWindow():
            window.activateWindow()
            self.qtbot.waitUntil(window.isActiveWindow, timeout=5000)

    def click(self, widget: QWidget, what: str = "", pos: QPoint | None = None) -> None:
        """One left click on a widget (a button's centre unless pos is given)."""
        text = widget.text() if hasattr(widget, "text") else ""
        what = what or text or widget.objectName() or type(widget).__name__
        self._reachable(widget, what)
        self._count(CLICK, what)
        if pos is None:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        else:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)

    def click_tab(self, tabs: QTabWidget, page: QWidget) -> None:
        """Click the tab of a page, on the tab bar."""
        bar = tabs.tabBar()
        index = tabs.indexOf(page)
        assert index >= 0 and bar.isTabVisible(index) and bar.isTabEnabled(index)
        self.click(bar, f"tab {bar.tabText(index)}", bar.tabRect(index).center())
        assert tabs.currentIndex() == index

    def click_item(self, view: QListWidget, item: QListWidgetItem, what: str = "") -> None:
        """Click a row of a list where it shows (scrolled into view first, as a person would)."""
        view.scrollToItem(item, QAbstractItemView.ScrollHint.EnsureVisible)
        rect = view.visualItemRect(item)
        assert rect.isValid(), f"{item.text()} is not shown"
        self._reachable(view, what or item.text())
        self._count(CLICK, what or item.text())
        self.qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert view.currentItem() is item

    def key(
        self,
        widget: QWidget,
        key: Qt.Key,
        modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
        what: str = "",
    ) -> None:
        """One key press (with its modifier: Ctrl+P is one key). Keys go to the active window,
        to whatever has the focus there (a window given here stands for its focused widget)."""
        self._reachable(widget, what or str(key))
        window = widget.window()
        if widget is window and window.focusWidget() is not None:
            widget = window.focusWidget()
        self._count(KEY, what or str(key))
        self.qtbot.keyClick(widget, key, modifier)

    def type(self, widget: QWidget, text: str, what: str = "") -> None:
        """Type a string into a field: one typed string however long."""
        self._reachable(widget, what or text)
        self._count(TYPED, what or text)
        self.qtbot.keyClicks(widget, text)

    # -- the operating system's file dialogs -----------------------------------------------------
    def file_dialogs(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Patch Qt's static file dialogs: each call answers the next planned path and counts
        the person's work in it (typing a name when planned, and the confirming click)."""

        def answer(kind: str) -> Callable[..., Any]:
            def dialog(*_args: Any, **_kwargs: Any) -> Any:
                assert self._planned_files, f"an unexpected {kind} dialog opened"
                planned, path, typed = self._planned_files.pop(0)
                assert planned == kind, f"expected a {planned} dialog, got {kind}"
                if typed:
                    self._count(TYPED, f"{kind} dialog: {path.name}")
                self._count(CLICK, f"{kind} dialog: confirm")
                return str(path) if kind == "folder" else (str(path), "")

            return dialog

        monkeypatch.setattr(QFileDialog, "getOpenFileName", answer("open"))
        monkeypatch.setattr(QFileDialog, "getSaveFileName", answer("save"))
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", answer("folder"))

    def plan_file(self, kind: str, path: Path, typed: bool = False) -> None:
        """The next file dialog of this kind ("open", "save", "folder") answers path."""
        self._planned_files.append((kind, path, typed))

    def files_left(self) -> int:
        return len(self._planned_files)

    # -- the app's own modal dialogs ---------------------------------------------------------------
    def in_dialog(self, cls: type, act: Callable[[Any], None], timeout_ms: int = 20000) -> None:
        """When a modal dialog of class cls shows (opened by the next action), do act(dialog) in
        it. A failure closes the dialog (so the test does not hang) and is raised by check()."""
        waited = {"ms": 0}

        def poll() -> None:
            shown = [w for w in QApplication.topLevelWidgets()
                     if isinstance(w, cls) and w.isVisible()]  # fmt: skip
            if not shown:
                waited["ms"] += 10
                if waited["ms"] < timeout_ms:
                    QTimer.singleShot(10, poll)
                else:
                    self._dialog_errors.append(AssertionError(f"no {cls.__name__} showed"))
                return
            try:
                act(shown[-1])
            except BaseException as error:  # raised again by check()
                self._dialog_errors.append(error)
                shown[-1].reject()

        QTimer.singleShot(0, poll)

    def check(self) -> None:
        """Raise what went wrong inside a dialog."""
        if self._dialog_errors:
            raise self._dialog_errors[0]
