"""The console's Q&A panel: the questions sorted by votes or time, approve or hide, put one on
the beamer, mark it answered, and a field for a question asked aloud when no phones are in the
room. Thin: it shows the runtime's snapshot and forwards intent. Questions come from phones, so
every cell is plain text (table items never interpret markup)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core import questions as qa
from app.widgets.autosave import Autosaver
from app.widgets.plain import plain_label

if TYPE_CHECKING:  # the runtime imports this panel; the panel needs it for types only
    from app.activities.questions.runtime import QuestionsRuntime

ID_ROLE = Qt.ItemDataRole.UserRole
VOTES, TEXT, NAME, STATE = range(4)


def state_label(state: str) -> str:
    return QCoreApplication.translate("QuestionState", qa.STATE_LABELS[state])


Index = QModelIndex | QPersistentModelIndex


class QuestionsModel(QAbstractTableModel):
    """The questions as table rows, read from the runtime's snapshot: a refresh with hundreds of
    questions is one model reset, not a widget per cell (the room stays fast under 300 phones).
    Views show model text as plain text."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.questions: list[qa.Question] = []
        self.headers = [self.tr("Votes"), self.tr("Question"), self.tr("Asked by"),
                        self.tr("State")]  # fmt: skip
        self.states = {state: state_label(state) for state in qa.STATES}
        self.muted = parent.palette().placeholderText()

    def set_questions(self, questions: list[qa.Question]) -> None:
        self.beginResetModel()
        self.questions = list(questions)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.questions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        question = self.questions[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == VOTES:
                return str(question.votes)
            if column == TEXT:
                return question.text
            return question.name if column == NAME else self.states[question.state]
        if role == ID_ROLE:
            return question.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == VOTES:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ForegroundRole and question.state == qa.HIDDEN:
            return self.muted
        return None


class QuestionsControl(QWidget):
    def __init__(self, runtime: QuestionsRuntime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runtime = runtime
        self.setObjectName("questionsControl")
        self.sort_box = QComboBox(self)
        self.sort_box.addItem(self.tr("Most votes first"), qa.BY_VOTES)
        self.sort_box.addItem(self.tr("Oldest first"), qa.BY_TIME)
        self.count = QLabel(self)
        self.count.setObjectName("questionsCount")
        self.model = QuestionsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((VOTES, 70), (NAME, 130), (STATE, 120)):
            self.table.setColumnWidth(column, width)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)  # one line per question; the selected one in full below
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.detail = plain_label("", self)  # the selected question in full: it is data
        self.detail.setWordWrap(True)
        self.detail.setObjectName("questionsDetail")
        self.approve_button = QPushButton(self.tr("Approve"), self)
        self.hide_button = QPushButton(self.tr("Hide"), self)
        self.screen_button = QPushButton(self.tr("Put on the beamer"), self)
        self.answered_button = QPushButton(self.tr("Mark answered"), self)
        self.clear_button = QPushButton(self.tr("Take off the beamer"), self)
        self.aloud = QLineEdit(self)
        self.aloud.setMaxLength(qa.MAX_TEXT)
        self.aloud.setPlaceholderText(self.tr("Type a question asked aloud and press Enter"))
        self.add_button = QPushButton(self.tr("Add question"), self)
        self.aloud.setText(runtime.board.draft())  # typed before the laptop stopped
        self.draft_saver = Autosaver(
            lambda: runtime.board.save_draft(self.aloud.text()), parent=self
        )

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Sort"), self))
        top.addWidget(self.sort_box)
        top.addStretch(1)
        top.addWidget(self.count)
        buttons = QHBoxLayout()
        for button in (self.approve_button, self.hide_button, self.screen_button,
                       self.answered_button, self.clear_button):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch(1)
        aloud = QHBoxLayout()
        aloud.addWidget(self.aloud, 1)
        aloud.addWidget(self.add_button)
        form = QFormLayout()
        form.addRow(self.tr("Asked aloud"), aloud)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        layout.addLayout(form)

        self.sort_box.currentIndexChanged.connect(
            lambda _i: runtime.set_sort(self.sort_box.currentData())
        )
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.approve_button.clicked.connect(lambda: self._act(runtime.approve))
        self.hide_button.clicked.connect(lambda: self._act(runtime.hide))
        self.screen_button.clicked.connect(lambda: self._act(runtime.put_on_screen))
        self.answered_button.clicked.connect(lambda: self._act(runtime.mark_answered))
        self.clear_button.clicked.connect(runtime.clear_screen)
        self.aloud.textEdited.connect(lambda _text: self.draft_saver.touch())
        self.aloud.returnPressed.connect(self.add_aloud)
        self.add_button.clicked.connect(self.add_aloud)
        runtime.changed.connect(self.refresh)
        self.refresh()

    # -- showing ---------------------------------------------------------------------------
    def refresh(self) -> None:
        snap = self.runtime.snapshot
        selected = self.selected_id()
        self.model.set_questions(snap.questions)
        if selected:
            self.select(selected)
        waiting = sum(q.state == qa.NEW for q in snap.questions)
        text = self.tr("%n question(s)", "", len(snap.questions))
        if waiting and snap.moderated:
            text += " · " + self.tr("%n waiting for approval", "", waiting)
        self.count.setText(text)
        self._enable()

    def row_texts(self) -> list[tuple[str, ...]]:
        """What the table shows, row by row (for tests and the screenshot)."""
        model = self.model
        return [tuple(str(model.data(model.index(r, c))) for c in range(4))
                for r in range(model.rowCount())]  # fmt: skip

    def selected_id(self) -> str:
        rows = self.table.selectionModel().selectedRows()
        return str(rows[0].data(ID_ROLE)) if rows else ""

    def select(self, question_id: str) -> None:
        for row, question in enumerate(self.model.questions):
            if question.id == question_id:
                self.table.selectRow(row)
                return

    def _enable(self) -> None:
        question = self.runtime.snapshot.find(self.selected_id())
        state = question.state if question is not None else ""
        self.detail.setText(question.text if question is not None else "")
        self.approve_button.setEnabled(state in (qa.NEW, qa.HIDDEN, qa.ANSWERED))
        self.hide_button.setEnabled(bool(state) and state != qa.HIDDEN)
        self.screen_button.setEnabled(bool(state) and state != qa.ON_SCREEN)
        self.answered_button.setEnabled(bool(state) and state != qa.ANSWERED)
        self.clear_button.setEnabled(self.runtime.snapshot.screen is not None)

    # -- intents ---------------------------------------------------------------------------
    def _act(self, action: Callable[[str], None]) -> None:
        question_id = self.selected_id()
        if question_id:
            action(question_id)
            self.select(question_id)

    def add_aloud(self) -> None:
        self.draft_saver.flush()
        if self.runtime.add_question(self.aloud.text()):
            self.aloud.clear()

    def hideEvent(self, event: QHideEvent) -> None:
        self.draft_saver.flush()
        super().hideEvent(event)
