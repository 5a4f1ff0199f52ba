"""The control panel on the laptop: beamer page, timer, groups, and the notes per group.

Notes are one text per (round, group, question), autosaved as their own result row, so two
laptops taking notes for different groups never overwrite each other. A tick marks a note as a
key point for the plenary.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.activities.breakout.solving import GroupMaker, notice_texts
from app.activities.breakout.state import Phase
from app.core.groups import Schedule
from app.core.i18n import fill
from app.widgets.autosave import Autosaver
from app.widgets.errors import error_text
from app.widgets.plain import plain_label
from app.widgets.timer import TimerControls

if TYPE_CHECKING:  # the runtime imports this view; the view needs it for types only
    from app.activities.breakout.runtime import BreakoutRuntime


class NoteEditor(QWidget):
    """One question's note for one group, with its key-point tick."""

    def __init__(self, runtime: BreakoutRuntime, where: tuple[int, int, int], question: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.runtime, self.where = runtime, where
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        title = plain_label(f"{where[2]}. {question}", self)  # a question from data
        title.setWordWrap(True)
        title.setStyleSheet("font-weight: bold;")
        layout.addWidget(title)
        self.edit = QPlainTextEdit(self)
        self.edit.setPlaceholderText(self.tr("What did this group say?"))
        self.edit.setPlainText(runtime.data.note(*where))
        self.base_version = runtime.data.note_version(*where)  # what this laptop last saw
        self.edit.setMinimumHeight(90)
        layout.addWidget(self.edit)
        self.key_point = QCheckBox(self.tr("Key point for the plenary"), self)
        self.key_point.setChecked(runtime.data.is_key_point(*where))
        layout.addWidget(self.key_point)
        self.status = QLabel("", self)
        layout.addWidget(self.status)
        self.saver = Autosaver(self._save, parent=self)
        self.saver.failed.connect(self._failed)
        self.edit.textChanged.connect(self.saver.touch)
        self.key_point.toggled.connect(self._toggle_key)

    def _save(self) -> None:
        text = self.edit.toPlainText()
        self.base_version, merged = self.runtime.data.save_note(
            *self.where, text, self.base_version
        )
        if merged is None:
            self.status.setText("")
            return
        # another laptop wrote this note meanwhile: show both texts, nothing was overwritten
        cursor = self.edit.textCursor().position()
        self.edit.blockSignals(True)
        self.edit.setPlainText(merged)
        self.edit.blockSignals(False)
        moved = self.edit.textCursor()
        moved.setPosition(min(len(merged), cursor + max(0, merged.find(text))))
        self.edit.setTextCursor(moved)
        self.status.setText(
            self.tr("Someone else wrote here too: both texts are kept, edit them together.")
        )

    def _toggle_key(self, on: bool) -> None:
        self.saver.flush()
        try:
            self.runtime.data.set_key_point(*self.where, on)
        except Exception as error:
            self._failed(error)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(fill(self.tr("Not saved yet: {error}"), error=error_text(error)))


class BreakoutControl(QWidget):
    def __init__(self, runtime: BreakoutRuntime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runtime = runtime
        self.editors: list[NoteEditor] = []
        self.maker = GroupMaker(runtime.context, self)
        self.maker.finished.connect(self._solved)
        self.maker.failed.connect(self._solve_failed)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.round_box = QComboBox(self)
        for n in range(1, len(runtime.config.rounds) + 1):
            self.round_box.addItem(fill(self.tr("Round {n}"), n=n))
        self.round_box.currentIndexChanged.connect(self._round_chosen)
        bar.addWidget(self.round_box)
        self.phase_buttons = {}
        for phase, text in ((Phase.QUESTIONS, self.tr("Questions")),
                            (Phase.SEATING, self.tr("Who sits where")),
                            (Phase.NAMES, self.tr("Names A to Z")),
                            (Phase.PLENARY, self.tr("Plenary: key points"))):  # fmt: skip
            button = QPushButton(text, self)
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, p=phase: self._show(p))
            bar.addWidget(button)
            self.phase_buttons[phase] = button
        bar.addStretch(1)
        layout.addLayout(bar)
        self.timer_controls = TimerControls(runtime.timer, self)
        runtime.timer.stateChanged.connect(self._timer_state)
        layout.addWidget(self.timer_controls)
        solve_bar = QHBoxLayout()
        self.groups_status = plain_label("", self)  # names people
        self.groups_status.setWordWrap(True)
        self.solve_button = QPushButton(self.tr("Make groups for rounds not started"), self)
        self.solve_button.clicked.connect(self._solve)
        solve_bar.addWidget(self.groups_status, 1)
        solve_bar.addWidget(self.solve_button)
        layout.addLayout(solve_bar)
        splitter = QSplitter(self)
        self.group_list = QListWidget(splitter)
        self.group_list.setWordWrap(True)  # every name of a table readable, not cut off
        self.group_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.group_list.currentRowChanged.connect(self._group_chosen)
        scroll = QScrollArea(splitter)
        scroll.setWidgetResizable(True)
        self.notes_panel = QWidget()
        self.notes_layout = QGridLayout(self.notes_panel)
        scroll.setWidget(self.notes_panel)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)
        runtime.changed.connect(self.refresh)
        self.refresh()

    # -- view ------------------------------------------------------------------------------
    def refresh(self) -> None:
        rt = self.runtime
        self.round_box.blockSignals(True)
        self.round_box.setCurrentIndex(rt.round_index)
        self.round_box.blockSignals(False)
        for phase, button in self.phase_buttons.items():
            button.setChecked(phase == rt.phase)
        groups = rt.group_names()
        if groups:
            text = self.tr("Groups in this round: {groups} · rounds started: {started} of {rounds}")
            self.groups_status.setText(
                fill(text, groups=len(groups), started=rt.data.started(),
                     rounds=len(rt.config.rounds))
            )  # fmt: skip
        else:
            self.groups_status.setText(self.tr("No groups yet for this round."))
        current = max(0, self.group_list.currentRow())
        self.group_list.blockSignals(True)
        self.group_list.clear()
        for n, members in enumerate(groups, start=1):
            self.group_list.addItem(fill(self.tr("Table {n}: {names}"),
                n=n, names=", ".join(members)))  # fmt: skip
        self.group_list.blockSignals(False)
        if groups:
            self.group_list.setCurrentRow(min(current, len(groups) - 1))
        self._group_chosen(self.group_list.currentRow())

    def _timer_state(self, _state: str) -> None:
        """The timer ran: this round has started (kept as it is when re-solving)."""
        if self.runtime.timer_round is None:
            self.runtime.timer_round = self.runtime.round_index
        self.runtime.timer_started()

    def _group_chosen(self, row: int) -> None:
        self.flush()
        for editor in self.editors:
            editor.deleteLater()
        self.editors = []
        if row < 0:
            return
        rt = self.runtime
        for q, question in enumerate(rt.questions() or [self.tr("Notes")], start=1):
            editor = NoteEditor(rt, (rt.round_index + 1, row + 1, q), question, self.notes_panel)
            self.notes_layout.addWidget(editor, q - 1, 0)
            self.editors.append(editor)

    def select_group(self, number: int) -> None:
        """Show the notes of table `number` (1-based)."""
        self.group_list.setCurrentRow(number - 1)

    def flush(self) -> None:
        for editor in self.editors:
            editor.saver.flush()

    # -- commands --------------------------------------------------------------------------
    def _round_chosen(self, index: int) -> None:
        self.flush()
        self.runtime.show(index, self.runtime.phase if self.runtime.phase != Phase.PLENARY
                          else Phase.QUESTIONS)  # fmt: skip

    def _show(self, phase: Phase) -> None:
        self.flush()
        self.runtime.show(self.runtime.round_index, phase)

    def _solve(self) -> None:
        self.flush()
        self.solve_button.setEnabled(False)
        self.groups_status.setText(self.tr("Making groups…"))
        self.maker.start()

    def _solved(self, schedule: Schedule) -> None:
        self.solve_button.setEnabled(True)
        self.runtime.reload()
        self.refresh()
        notes = notice_texts(schedule, self.runtime.names)  # reload() read the names again
        if notes:
            self.groups_status.setText(self.groups_status.text() + "\n" + "\n".join(notes))

    def _solve_failed(self, message: str) -> None:
        self.solve_button.setEnabled(True)
        self.groups_status.setText(message)

    def hideEvent(self, event) -> None:
        self.flush()
        super().hideEvent(event)
