"""Change notifications of the store, in a module of their own: it imports no database layer,
so the window can route them through the GUI thread (app/widgets/gui_thread.py) before any
database is opened and without paying SQLAlchemy's import at start."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

Listener = Callable[[str, int], None]  # (table name, session id)


class Changes:
    """Tells interested parties (run console, beamer, other tabs) what was just saved.

    Listeners are widgets, which may only be touched on the GUI thread, while a save can happen
    on any thread. Storage imports no Qt, so the window installs `dispatch` once at start
    (app/widgets/gui_thread.py): it calls at once on the GUI thread and queues the call there
    from any other. Without it (command line, plain tests) listeners are called directly.
    """

    dispatch: ClassVar[Callable[[Callable[[], None]], None] | None] = None

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def emit(self, table: str, session_id: int) -> None:
        if Changes.dispatch is None:
            self._deliver(table, session_id)
        else:
            Changes.dispatch(lambda: self._deliver(table, session_id))

    def _deliver(self, table: str, session_id: int) -> None:
        for listener in list(self._listeners):
            listener(table, session_id)
