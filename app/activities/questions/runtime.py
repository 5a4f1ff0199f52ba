"""The live Q&A: the questions with their votes, the order chosen on the console, the one on the
beamer. Every decision goes straight to the store (state.py) and the runtime re-reads one
snapshot, so phones, the beamer and a second laptop follow along (follow_store)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QTimer

from app.activities.base import ActivityRuntime
from app.activities.context import ActivityContext
from app.activities.questions.state import QuestionBoard
from app.core import questions as qa

RELOAD_MS = 200


@dataclass
class Snapshot:
    """What the console and the beamer show, read once per change."""

    title: str = ""
    intro: str = ""
    questions: list[qa.Question] = field(default_factory=list)  # in the console's order
    screen: qa.Question | None = None
    moderated: bool = True
    config: dict[str, Any] = field(default_factory=dict)

    def find(self, question_id: str) -> qa.Question | None:
        return next((q for q in self.questions if q.id == question_id), None)


class QuestionsRuntime(ActivityRuntime):
    def __init__(self, context: ActivityContext, parent: QObject | None = None) -> None:
        super().__init__(context, parent)
        self.board = QuestionBoard(context.store, context.activity_id)
        self.sort = qa.BY_VOTES
        self.snapshot = Snapshot()
        # phones' saves reach the console at most five times a second (a throttle, not a
        # debounce: a steady stream cannot postpone it); the console's own actions show at once
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_MS)
        self._reload_timer.timeout.connect(self.refresh)
        self.follow_store(True)
        self.refresh()

    # -- store ---------------------------------------------------------------------------
    def reload_from_store(self) -> None:
        if not self._reload_timer.isActive():
            self._reload_timer.start()

    def refresh(self) -> None:
        self._reload_timer.stop()
        if self.context.store.closed:
            return
        activity = self.context.activity()
        config = self.board.config()
        rows = self.board.rows()
        questions = qa.ordered(self.board.questions(rows, config), self.sort)
        screen_id = self.board.screen_id(rows)
        screen = next((q for q in questions if q.id == screen_id and q.state == qa.ON_SCREEN), None)
        self.snapshot = Snapshot(
            title=activity.title, intro=str(config.get("intro", "")), questions=questions,
            screen=screen, moderated=self.board.moderated(config), config=config,
        )  # fmt: skip
        self.changed.emit()

    # -- the console's intents -----------------------------------------------------------
    def set_sort(self, by: str) -> None:
        if by in (qa.BY_VOTES, qa.BY_TIME) and by != self.sort:
            self.sort = by
            self.snapshot.questions = qa.ordered(self.snapshot.questions, by)
            self.changed.emit()

    def approve(self, question_id: str) -> None:
        self._decide(question_id, qa.APPROVED)

    def hide(self, question_id: str) -> None:
        self._decide(question_id, qa.HIDDEN)

    def mark_answered(self, question_id: str) -> None:
        self._decide(question_id, qa.ANSWERED)

    def _decide(self, question_id: str, decision: str) -> None:
        if self.snapshot.find(question_id) is not None:
            self.board.set_moderation(question_id, decision)
            self.refresh()

    def put_on_screen(self, question_id: str) -> None:
        """The one question on the beamer; the one there before goes back to approved."""
        question = self.snapshot.find(question_id)
        if question is not None and question.state != qa.ON_SCREEN:
            self.board.put_on_screen(question_id)
            self.refresh()

    def clear_screen(self) -> None:
        if self.snapshot.screen is not None:
            self.board.clear_screen()
            self.refresh()

    def add_question(self, text: str) -> str:
        """A question asked aloud, typed in by a note-taker (approved at once)."""
        qid = self.board.add_question(text)
        if qid:
            self.refresh()
        return qid

    # -- life cycle (control and beamer are named in the registry) ---------------------------
    def start(self) -> None:
        self.follow_store(True)
        self.refresh()

    def stop(self) -> None:
        """Questions stay where they are: the console may come back to them."""
