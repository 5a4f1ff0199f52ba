"""The meet-and-greet's page in the session workspace: free mingling or speed dating.

Choices (mode, rounds, minutes per round, pairs or trios) are saved as they change; the
instruction is saved shortly after typing stops (Autosaver) and on leaving the field. The
instruction keeps its other language: a template's {"nl": ..., "en": ...} only changes the
language being edited. A line under the form says how the rounds fit the planned minutes and
how many tables the registered people need.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.activities.context import ActivityContext
from app.activities.meet_greet.runtime import settings
from app.core.i18n import fill, localized
from app.core.rotation import table_sizes
from app.widgets.autosave import Autosaver
from app.widgets.errors import error_text
from app.widgets.timer import warning_spin

SWITCH_MINUTES = 0.5  # a rough allowance per change of tables, for the planning hint


class MeetGreetSetup(QWidget):
    def __init__(self, context: ActivityContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("meetGreetSetup")
        config = context.config()
        values = settings(config, context.activity().planned_minutes)
        self.mode = QComboBox(self)
        self.mode.addItem(self.tr("Free mingling with a timer"), "free")
        self.mode.addItem(self.tr("Speed dating: rounds at numbered tables"), "speed_dating")
        self.mode.setCurrentIndex(1 if values["mode"] == "speed_dating" else 0)
        self.rounds = QSpinBox(self)
        self.rounds.setRange(1, 50)
        self.rounds.setValue(values["rounds"])
        self.round_minutes = QSpinBox(self)
        self.round_minutes.setRange(1, 120)
        self.round_minutes.setSuffix(self.tr(" min"))
        self.round_minutes.setValue(values["round_minutes"])
        self.group_size = QComboBox(self)
        self.group_size.addItem(self.tr("Pairs"), 2)
        self.group_size.addItem(self.tr("Trios"), 3)
        self.group_size.setCurrentIndex(1 if values["group_size"] == 3 else 0)
        self.warning = warning_spin(config, self)
        self.instruction = QLineEdit(localized(config.get("instruction"), context.language), self)
        self.instruction.setPlaceholderText(
            self.tr("Shown under the timer, for example: Talk to someone you do not know yet")
        )
        self.instruction.setMaxLength(200)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setObjectName("meetGreetHint")
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a00000;")
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("Form"), self.mode)
        form.addRow(self.tr("Rounds"), self.rounds)
        form.addRow(self.tr("Minutes per round"), self.round_minutes)
        form.addRow(self.tr("Tables of"), self.group_size)
        form.addRow(self.tr("Instruction"), self.instruction)
        form.addRow(self.tr("Warning colour"), self.warning)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addStretch(1)

        self.autosaver = Autosaver(self.save, parent=self)
        self.autosaver.failed.connect(self._failed)
        for box in (self.mode, self.group_size):
            box.currentIndexChanged.connect(self._choice_changed)
        for spin in (self.rounds, self.round_minutes, self.warning):
            spin.valueChanged.connect(self._choice_changed)
        self.instruction.textEdited.connect(lambda _text: self.autosaver.touch())
        self.instruction.editingFinished.connect(self.autosaver.flush)
        self._update()

    def speed_dating(self) -> bool:
        return bool(self.mode.currentData() == "speed_dating")

    def _choice_changed(self) -> None:
        self._update()
        self.autosaver.touch()
        self.autosaver.flush()

    def _update(self) -> None:
        speed = self.speed_dating()
        for widget in (self.rounds, self.round_minutes, self.group_size):
            widget.setEnabled(speed)
        self.hint.setText(self.hint_text())

    def hint_text(self) -> str:
        """How the plan fits: minutes against planned, and tables for the registered people."""
        planned = self.context.activity().planned_minutes
        if not self.speed_dating():
            return fill(
                self.tr(
                    "The timer runs for the planned {minutes} minutes; Next starts it on the day."
                ),
                minutes=planned or 15,
            )
        rounds, minutes = self.rounds.value(), self.round_minutes.value()
        needed = rounds * minutes + (rounds - 1) * SWITCH_MINUTES
        text = fill(
            self.tr("%n round(s) × {minutes} min ≈ {needed} min with changing tables", "", rounds),
            minutes=minutes,
            needed=math.ceil(needed),
        )
        if needed > planned:
            text += " · " + fill(
                self.tr("more than the {planned} minutes planned"), planned=planned
            )
        people = [
            p
            for p in self.context.store.participants.list(self.context.session_id)
            if p.status in ("registered", "present")
        ]
        tables = len(table_sizes(len(people), int(self.group_size.currentData())))
        text += "\n" + fill(self.tr(
            "%n registered people: {tables}. The rotation is made on the day from the people "
            "marked present; nobody meets the same person twice while possible.", "", len(people)
        ), tables=self.tr("%n table(s)", "", tables))  # fmt: skip
        return text

    def config(self) -> dict[str, Any]:
        """The stored configuration with this page's values (other keys kept)."""
        config = self.context.config()
        config["mode"] = self.mode.currentData()
        config["rounds"] = self.rounds.value()
        config["round_minutes"] = self.round_minutes.value()
        config["group_size"] = int(self.group_size.currentData())
        config["warning_seconds"] = self.warning.value()
        text = self.instruction.text().strip()
        old = config.get("instruction")
        if isinstance(old, dict):
            config["instruction"] = {**old, self.context.language: text}
        else:
            config["instruction"] = text
        return config

    def save(self) -> None:
        self.context.store.agenda.update(self.context.activity_id, config=self.config())
        self.error.hide()

    def _failed(self, error: BaseException) -> None:
        self.error.setText(fill(self.tr("Not saved: {reason}"), reason=error_text(error)))
        self.error.show()

    def hideEvent(self, event: Any) -> None:
        self.autosaver.flush()  # the agenda page removes this page when another is selected
        super().hideEvent(event)
