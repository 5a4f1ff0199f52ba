"""The projected Q&A: the one question the moderator put on the beamer, as large as fits, with
its votes and (when names are allowed and one was typed) who asked it. With nothing on screen the
title and the invitation to ask from a phone.

Every part is placed from the widget's height in resizeEvent; no text is under a twentieth of the
height. Texts are drawn by FitLabel (drawText): a question is shown literally, never as markup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QWidget

from app.core import questions as qa
from app.widgets import beamer_style as look
from app.widgets.fit_label import FitLabel

if TYPE_CHECKING:  # the runtime imports this view; the view needs it for types only
    from app.activities.questions.runtime import QuestionsRuntime


class QuestionsBeamer(QWidget):
    def __init__(self, runtime: QuestionsRuntime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runtime = runtime
        self.setObjectName("questionsBeamer")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(f"#questionsBeamer {{ background: {look.BACKGROUND}; }}")
        self.title = FitLabel("", self, bold=True, max_height_fraction=0.8)
        self.title.setColor(look.ACCENT)
        self.question = FitLabel("", self, bold=True, max_height_fraction=0.22)
        self.question.setColor(look.TEXT)
        self.votes = FitLabel("", self, max_height_fraction=0.8)
        self.votes.setColor(look.MUTED)
        runtime.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        snap = self.runtime.snapshot
        self.title.setText(snap.title or self.tr("Questions to the panel"))
        question = snap.screen
        if question is None:
            self.question.setText(snap.intro or self.tr("Send your question from your phone."))
            self.votes.setText("")
        else:
            self.question.setText(qa.breakable(question.text))
            votes = self.tr("%n vote(s)", "", question.votes)
            self.votes.setText(f"{question.name} · {votes}" if question.name else votes)
        self._place()

    def shown_text(self) -> str:
        """The question as the beamer shows it, without the invisible break points."""
        return self.question.text().replace(qa.ZERO_WIDTH_SPACE, "")

    def _place(self) -> None:
        """Title bar 12% of the height, the question most of the rest, the votes 10% below."""
        w, h = self.width(), self.height()
        m = max(6, h // 28)
        smallest = look.min_text_px(h)
        for label in (self.title, self.question, self.votes):
            label.setMinimumPixelSize(smallest)
        bar = h * 12 // 100
        votes_h = h * 10 // 100
        self.title.setGeometry(QRect(m * 2, m, w - 4 * m, bar))
        top = m * 2 + bar
        self.question.setGeometry(QRect(m * 2, top, w - 4 * m, h - top - votes_h - 3 * m))
        self.votes.setGeometry(QRect(m * 2, h - votes_h - m, w - 4 * m, votes_h))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()
