"""The facilitator's poll panel: open, close, show the results; the counts so far (the
facilitator sees them before the room does); per choice −/+ buttons and a box for votes typed
in by hand when there are no phones in the room. Every change is written at once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.activities.poll.state import CLOSED, MAX_COUNT, OPEN
from app.core.i18n import fill
from app.widgets.errors import error_text
from app.widgets.layouts import clear_layout
from app.widgets.plain import plain_label, set_plain

if TYPE_CHECKING:  # the runtime imports this view; the view needs it for types only
    from app.activities.poll.runtime import PollRuntime


class PollControl(QWidget):
    def __init__(self, runtime: PollRuntime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runtime = runtime
        self.setObjectName("pollControl")
        self.question = plain_label("", self)
        self.question.setWordWrap(True)
        self.question.setObjectName("pollQuestion")
        font = self.question.font()
        font.setBold(True)
        if font.pointSizeF() > 0:  # a font set in pixels has no point size to scale
            font.setPointSizeF(font.pointSizeF() * 1.3)
        self.question.setFont(font)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setObjectName("pollStatus")
        self.open_button = QPushButton(self.tr("Open the poll"), self)
        self.close_button = QPushButton(self.tr("Close the poll"), self)
        self.reveal_button = QPushButton(self.tr("Show the results"), self)
        self.reveal_button.setCheckable(True)
        self.reveal_button.setToolTip(self.tr("On the beamer and on the phones"))
        buttons = QHBoxLayout()
        for button in (self.open_button, self.close_button, self.reveal_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.grid = QGridLayout()
        self.totals = QLabel(self)
        self.totals.setObjectName("pollTotals")
        self.hint = QLabel(
            self.tr("Counting hands? Type the count per option or use − and +: they are added "
                    "to the phones' answers as typed-in votes."), self)  # fmt: skip
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        layout.addLayout(self.grid)
        layout.addWidget(self.totals)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.names: list[QLabel] = []
        self.phone_labels: list[QLabel] = []
        self.spins: list[QSpinBox] = []
        self.minus_buttons: list[QPushButton] = []
        self.plus_buttons: list[QPushButton] = []
        self.count_labels: list[QLabel] = []
        self._keys: tuple[str, ...] = ()
        self.open_button.clicked.connect(runtime.open)
        self.close_button.clicked.connect(runtime.close)
        self.reveal_button.clicked.connect(runtime.toggle_reveal)
        runtime.changed.connect(self.refresh)
        self.refresh()

    def _build_rows(self) -> None:
        clear_layout(self.grid)
        self.names, self.phone_labels, self.spins = [], [], []
        self.minus_buttons, self.plus_buttons, self.count_labels = [], [], []
        headers = (self.tr("Option"), self.tr("Phones"), self.tr("Typed in"), "", "",
                   self.tr("Total"))  # fmt: skip
        for column, text in enumerate(headers):
            if text:
                self.grid.addWidget(QLabel(f"<b>{text}</b>", self), 0, column)
        for row, choice in enumerate(self.runtime.snapshot.tally.choices, start=1):
            index = row - 1
            name = plain_label(f"{choice.key}  {choice.label}", self)
            name.setWordWrap(True)
            phones = QLabel(self)
            spin = QSpinBox(self)
            spin.setRange(0, MAX_COUNT)
            spin.setAccessibleName(fill(self.tr("Typed-in votes for option {key}"), key=choice.key))
            minus = QPushButton("−", self)
            minus.setAccessibleName(self.tr("One typed-in vote less"))
            plus = QPushButton("+", self)
            plus.setAccessibleName(self.tr("One typed-in vote more"))
            for button in (minus, plus):
                button.setFixedWidth(button.fontMetrics().height() * 3)
            total = QLabel(self)
            spin.valueChanged.connect(lambda value, i=index: self.runtime.set_typed(i, value))
            minus.clicked.connect(lambda _=False, i=index: self.runtime.bump(i, -1))
            plus.clicked.connect(lambda _=False, i=index: self.runtime.bump(i, +1))
            for column, widget in enumerate((name, phones, spin, minus, plus, total)):
                self.grid.addWidget(widget, row, column)
            self.names.append(name)
            self.phone_labels.append(phones)
            self.spins.append(spin)
            self.minus_buttons.append(minus)
            self.plus_buttons.append(plus)
            self.count_labels.append(total)
        self.grid.setColumnStretch(0, 1)

    def refresh(self) -> None:
        snap = self.runtime.snapshot
        tally = snap.tally
        keys = tuple(f"{c.key}:{c.label}" for c in tally.choices)
        if keys != self._keys:
            self._keys = keys
            self._build_rows()
        set_plain(self.question, snap.poll.question)
        if snap.problem is not None:
            status = fill(self.tr("Not ready: {problem} (on this activity's page in the workspace)"
                             ), problem=error_text(snap.problem))  # fmt: skip
        elif snap.status == OPEN:
            status = self.tr("Open: phones can answer and change their answer.")
        elif snap.status == CLOSED:
            status = self.tr("Closed: answers are no longer accepted.")
        else:
            status = self.tr("Not open yet: phones see the question, answering starts when "
                             "you open the poll.")  # fmt: skip
        if snap.revealed:
            status += " " + self.tr("The results are shown.")
        set_plain(self.status, status)
        self.open_button.setEnabled(snap.ready and snap.status != OPEN)
        self.open_button.setText(self.tr("Reopen the poll") if snap.status == CLOSED
                                 else self.tr("Open the poll"))  # fmt: skip
        self.close_button.setEnabled(snap.status == OPEN)
        self.reveal_button.setEnabled(snap.ready)
        self.reveal_button.setChecked(snap.revealed)
        self.reveal_button.setText(self.tr("Hide the results") if snap.revealed
                                   else self.tr("Show the results"))  # fmt: skip
        shares = tally.shares()
        for i in range(len(tally.choices)):
            self.phone_labels[i].setText(str(tally.phones[i]))
            spin = self.spins[i]
            if spin.value() != tally.typed[i]:
                spin.blockSignals(True)
                spin.setValue(tally.typed[i])
                spin.blockSignals(False)
            self.minus_buttons[i].setEnabled(tally.typed[i] > 0)
            self.count_labels[i].setText(
                f"{tally.counts[i]}  ({round(shares[i] * 100)}%)" if tally.total else "0"
            )
        self.totals.setText(
            self.tr("%n answer(s) in all", "", tally.total) + " · "
            + self.tr("%n from phones", "", sum(tally.phones)) + " · "
            + self.tr("%n typed in", "", tally.typed_total))  # fmt: skip
