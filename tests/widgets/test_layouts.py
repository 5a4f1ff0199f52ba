"""A layout emptied for a rebuild shows nothing of the old rows, even before the event loop runs
(the beamer showed a stray clipped label under the follow-up's title)."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from app.widgets.layouts import clear_layout


def test_cleared_rows_disappear_at_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = QWidget()
    qtbot.addWidget(page)
    grid = QGridLayout(page)
    old = [QLabel(f"rij {n}", page) for n in range(3)]
    for row, label in enumerate(old):
        grid.addWidget(label, row, 0)
    page.show()
    assert all(label.isVisible() for label in old)
    clear_layout(grid)
    assert grid.count() == 0
    assert not any(label.isVisible() for label in old)  # before any deferred delete ran
    assert all(label.isHidden() for label in old)  # hidden, not only covered
