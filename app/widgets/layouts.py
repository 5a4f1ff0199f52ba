"""Emptying a layout that is built again (a list of rows, a grid of counts).

Why one helper: `deleteLater()` alone leaves the old widgets painted where they were until the
event loop runs, so a rebuilt page shows a stray, clipped label for a frame (on the beamer the
whole room sees it). Hidden first, they are gone at once. They keep their parent until deleted:
a widget taken off its parent (`setParent(None)`) belongs to its Python wrapper, and the garbage
collector may then delete it on whichever thread it runs (a worker's), which crashed the app.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLayout


def clear_layout(layout: QLayout) -> None:
    """Take every item out of the layout; its widgets disappear now and are deleted later."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()  # off the screen now; deleted (on the GUI thread) when the loop runs
            widget.deleteLater()
