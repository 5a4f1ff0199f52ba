"""What the room sees on the beamer, read from the widgets (for the run tests).

`shows(beamer)` follows the beamer's stack down to the page on screen and returns its kind (the
widget class), the big timer's digits if one is visible, and every visible text on that page.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from app.core.hyphenation import SOFT_HYPHEN
from app.widgets.fit_label import FitLabel
from app.widgets.timer import TimerView


@dataclass
class Shown:
    page: str  # class name of the page on screen ("SegmentBeamer", "SeatingPage", "BlackScreen"...)
    timer: str | None  # the visible timer's digits, if any
    texts: list[str] = field(default_factory=list)

    def has(self, text: str) -> bool:
        return any(text in shown for shown in self.texts)


def page_on_screen(beamer: QWidget) -> QWidget:
    view = beamer.current_view()  # type: ignore[attr-defined]
    while isinstance(view, QStackedWidget) and view.currentWidget() is not None:
        view = view.currentWidget()
    return view


def shows(beamer: QWidget) -> Shown:
    page = page_on_screen(beamer)
    widgets = [page, *page.findChildren(QWidget)]
    visible = [w for w in widgets if w is page or w.isVisibleTo(page)]
    timers = [w for w in visible if isinstance(w, TimerView)]
    texts: list[str] = []
    for widget in visible:
        if isinstance(widget, QLabel | FitLabel) and widget.text().strip():
            texts.append(widget.text().replace(SOFT_HYPHEN, ""))  # invisible unless a line breaks
        plain = getattr(widget, "plain_text", None)
        if callable(plain):
            texts.append(plain())
    return Shown(type(page).__name__, timers[0].digits.text() if timers else None, texts)
