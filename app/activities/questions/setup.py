"""The Q&A's page in the session workspace: an introduction for the phones and the beamer,
whether phones may add a name, and whether questions wait for the moderator. Saved as soon as
it changes (the introduction shortly after typing stops)."""

from __future__ import annotations

from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app.activities.context import ActivityContext
from app.activities.questions.state import INTRO_MAX, QuestionBoard
from app.core.i18n import fill
from app.widgets.autosave import Autosaver
from app.widgets.errors import error_text


class QuestionsSetup(QWidget):
    def __init__(self, context: ActivityContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.board = QuestionBoard(context.store, context.activity_id)
        self.setObjectName("questionsSetup")
        self.autosaver = Autosaver(self.save_intro, parent=self)
        self.autosaver.failed.connect(self._save_failed)
        self.intro = QPlainTextEdit(self)
        self.intro.setPlaceholderText(
            self.tr("For example: Ask the panel anything about touring abroad.")
        )
        self.intro.setMaximumHeight(90)
        self.allow_names = QCheckBox(self.tr("Phones may add a name to their question"), self)
        self.moderation = QCheckBox(
            self.tr("Questions wait for approval before phones see them"), self
        )
        hint = QLabel(
            self.tr(
                "Questions are anonymous unless names are allowed here and someone types one. "
                "Without approval every question is visible to all phones at once; the "
                "moderator can still hide it."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setObjectName("mutedText")
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Introduction"), self.intro)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.allow_names)
        layout.addWidget(self.moderation)
        layout.addWidget(hint)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.load()
        self.intro.textChanged.connect(self.autosaver.touch)
        self.allow_names.toggled.connect(lambda on: self.board.update_config(allow_names=on))
        self.moderation.toggled.connect(lambda on: self.board.update_config(moderation=on))

    def load(self) -> None:
        config = self.board.config()
        for widget in (self.intro, self.allow_names, self.moderation):
            widget.blockSignals(True)
        self.intro.setPlainText(str(config.get("intro", "")))
        self.allow_names.setChecked(self.board.names_allowed(config))
        self.moderation.setChecked(self.board.moderated(config))
        for widget in (self.intro, self.allow_names, self.moderation):
            widget.blockSignals(False)

    def save_intro(self) -> None:
        text = " ".join(self.intro.toPlainText().split())[:INTRO_MAX]
        self.board.update_config(intro=text)
        self.status.setText(self.tr("Saved."))

    def _save_failed(self, error: BaseException) -> None:
        self.status.setText(fill(self.tr("Could not save: {error}"), error=error_text(error)))

    def hideEvent(self, event: QHideEvent) -> None:
        self.autosaver.flush()
        super().hideEvent(event)
