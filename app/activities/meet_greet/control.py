"""The facilitator's panel: timer buttons, round steps, name look-up, rotation and print."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.activities.meet_greet.phases import DONE, READY, ROUND, SWITCH
from app.activities.met_before import encounters_text
from app.core.i18n import fill
from app.widgets.plain import plain_label
from app.widgets.timer import TimerControls

if TYPE_CHECKING:  # the runtime imports this view; the view needs it for types only
    from app.activities.meet_greet.runtime import MeetGreetRuntime


class MeetGreetControl(QWidget):
    def __init__(self, runtime: MeetGreetRuntime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runtime = runtime
        layout = QVBoxLayout(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setObjectName("meetGreetStatus")
        layout.addWidget(self.status)
        layout.addWidget(TimerControls(runtime.timer, self))
        if runtime.instruction:
            instruction = plain_label(runtime.instruction, self)
            instruction.setWordWrap(True)
            layout.addWidget(instruction)
        self.step = QPushButton(self)
        self.step.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.step.clicked.connect(runtime.forward)
        layout.addWidget(self.step)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Type a name to find someone's table"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setObjectName("tableLookup")
        self.search.textChanged.connect(self.find_person)
        buttons = QHBoxLayout()
        self.reshuffle = QPushButton(self.tr("New rotation with present people"), self)
        self.reshuffle.clicked.connect(self.new_rotation)
        self.print = QPushButton(self.tr("Print schedule and table cards…"), self)
        self.print.clicked.connect(self.print_schedule)
        for button in (self.reshuffle, self.print):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.warning = plain_label("", self)  # names people
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #a00000;")
        if runtime.speed_dating:
            layout.addWidget(self.search)
            layout.addWidget(self.results, 1)
            layout.addLayout(buttons)
            layout.addWidget(self.warning)
        else:
            for widget in (self.search, self.results, self.reshuffle, self.print, self.warning):
                widget.hide()
            self.step.hide()
            layout.addStretch(1)
        runtime.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        runtime = self.runtime
        if not runtime.speed_dating:
            self.status.setText(self.tr("Free mingling. Next starts the timer, then moves on."))
            return
        phase_text = {
            READY: self.tr("{round}: ready. Next starts the round."),
            ROUND: self.tr("{round}: running."),
            SWITCH: self.tr("{round} is over: the beamer says “Switch!”."),
            DONE: self.tr("All rounds done. Next moves on in the agenda."),
        }[runtime.phase]
        self.status.setText(fill(phase_text, round=runtime.header()))
        self.step.setText(
            {READY: self.tr("Start round"), ROUND: self.tr("End round now"),
             SWITCH: self.tr("Start next round"), DONE: self.tr("Done")}[runtime.phase]
        )  # fmt: skip
        self.step.setEnabled(runtime.phase != DONE)
        problems = []
        present = len(runtime.present())
        if runtime.everyone_registered() and present >= 2:
            problems.append(
                self.tr(
                    "Nobody is marked present: the rotation seats everyone registered (%n "
                    "people). Mark people present on the participants page, then make a new "
                    "rotation.",
                    "",
                    present,
                )
            )
        elif present < 2:
            problems.append(
                self.tr(
                    "Fewer than two people are marked present: mark people "
                    "present on the participants page, then make a new rotation."
                )
            )
        fresh = runtime.new_encounters()
        if fresh is not None:
            self.status.setText(self.status.text() + "\n" + encounters_text(fresh))
        missing = runtime.missing_from_rotation()
        if missing:
            problems.append(
                fill(
                    self.tr("Not in the rotation (arrived later): {names}"),
                    names=", ".join(sorted(missing)),
                )
            )
        self.warning.setText("\n".join(problems))
        self.warning.setVisible(bool(problems))
        self.find_person(self.search.text())

    def find_person(self, text: str) -> None:
        self.results.clear()
        for name, tables in self.runtime.lookup(text):
            where = ", ".join(
                fill(self.tr("round {k}: table {t}"), k=k, t=t or "–")
                for k, t in enumerate(tables, start=1)
            )
            current = (
                tables[self.runtime.round_index] if self.runtime.round_index < len(tables) else None
            )
            now = fill(self.tr("now table {t}"), t=current or "–")
            self.results.addItem(f"{name} — {now} ({where})")

    def new_rotation(self) -> None:
        if self.runtime.rounds_held() > 0:  # a round counts once its timer started
            answer = QMessageBox.question(
                self, self.tr("New rotation"),
                self.tr(
                    "The rounds held so far stay as they were; the coming rounds get new tables "
                    "for everyone present now, avoiding people who already met. Go ahead?"
                ),
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.runtime.new_rotation()

    def print_schedule(self) -> None:
        """The print hub (as Ctrl+P) with this schedule and its table cards ticked."""
        from app.activities.print_hub import open_print_hub

        context = self.runtime.context
        self.print_hub = open_print_hub(self, context.store, context.session_id,
                                        f"rotation:{context.activity_id}")  # fmt: skip
