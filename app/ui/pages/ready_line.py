""" "Ready for the day?" on the session overview (issue 21): participants imported, groups made,
the paper printed since the last change, and what is still missing, each a click away.

Printed-since-the-last-change reads app/storage/printed.py (the print hub records each item it
writes with `record_printed`); the paper items are those of app/activities/paper.py, so the line
and Ctrl+P always agree on what there is to print.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.core.i18n import fill
from app.storage.models import stored_id
from app.storage.store import Store
from app.widgets.layouts import clear_layout
from app.widgets.plain import plain_label


@dataclass(frozen=True)
class Check:
    done: bool
    text: str  # translated, may hold a title from data (shown as plain text)
    action: str = ""  # "participants", "agenda:<activity id>", "print"
    button: str = ""  # translated text of the button that fixes it


class ReadyLine(QGroupBox):
    """Rebuilt on `refresh()` (the overview calls it whenever the tab shows)."""

    go_to = Signal(str)  # "participants" or "agenda:<activity id>"
    print_requested = Signal()

    def __init__(self, store: Store, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readyLine")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setTitle(self.tr("Ready for the day?"))
        self.store = store
        self.session_id = session_id
        self.summary = QLabel(self)
        self.summary.setObjectName("readySummary")
        self.rows = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(self.rows)
        self.checks: list[Check] = []
        self.buttons: dict[str, QPushButton] = {}

    def compute(self) -> list[Check]:
        from app.activities import paper
        from app.activities.breakout.state import BreakoutData
        from app.storage.content_language import content_language
        from app.storage.printed import up_to_date

        checks = []
        people = len(self.store.participants.list(self.session_id))
        if people:
            checks.append(Check(True, self.tr("%n participant(s) imported", "", people)))
        else:
            checks.append(Check(False, self.tr("No participants yet"), "participants",
                                self.tr("Import participants…")))  # fmt: skip
        for activity in self.store.agenda.list(self.session_id):
            if activity.kind != "breakout":
                continue
            title = activity.title or activity.kind
            if BreakoutData(self.store, stored_id(activity)).schedule():
                text = fill(self.tr("Groups made: {title}"), title=title)
                checks.append(Check(True, text))
            else:
                text = fill(self.tr("No groups yet: {title}"), title=title)
                target = f"agenda:{activity.id}"
                checks.append(Check(False, text, target, self.tr("Make the groups…")))
        language = content_language(self.store, self.session_id)
        items = [i for i in paper.items(self.store, self.session_id, language) if not i.unavailable]
        fresh = up_to_date(self.store, self.session_id, [i.key for i in items])
        stale = [i.title for i in items if not fresh[i.key]]
        if not items:
            pass
        elif stale:
            text = self.tr("Not printed since the last change: {items}")
            checks.append(
                Check(False, fill(text, items="; ".join(stale)), "print", self.tr("Print…"))
            )
        else:
            checks.append(Check(True, self.tr("All paper printed since the last change")))
        return checks

    def refresh(self) -> None:
        self.checks = self.compute()
        clear_layout(self.rows)
        self.buttons = {}
        for check in self.checks:
            holder = QWidget(self)
            line = QHBoxLayout(holder)
            line.setContentsMargins(0, 0, 0, 0)
            mark = QLabel("✓" if check.done else "✗", holder)
            mark.setStyleSheet("color: #1b7f3b;" if check.done else "color: #b00020;")
            line.addWidget(mark)
            text = plain_label(check.text, holder)  # titles are data: plain text
            text.setWordWrap(True)  # a long list of paper wraps instead of widening the window
            line.addWidget(text, 1)
            if check.action:
                button = QPushButton(check.button, holder)
                button.clicked.connect(lambda _c=False, a=check.action: self._act(a))
                line.addWidget(button)
                self.buttons[check.action] = button
            self.rows.addWidget(holder)
        missing = sum(1 for check in self.checks if not check.done)
        self.summary.setText(
            self.tr("Still missing: %n thing(s)", "", missing) if missing
            else self.tr("Everything is ready for the day.")
        )  # fmt: skip

    def _act(self, action: str) -> None:
        if action == "print":
            self.print_requested.emit()
        else:
            self.go_to.emit(action)
