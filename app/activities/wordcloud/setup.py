"""The word cloud's page in the session workspace: the prompt and how many answers a phone may
send. Saved shortly after typing stops (Autosaver)."""

from __future__ import annotations

from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QFormLayout, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from app.activities.context import ActivityContext
from app.activities.wordcloud.state import WordCloud, max_answers_of, prompt_of
from app.core import wordcloud as wc
from app.widgets.autosave import Autosaver
from app.widgets.errors import error_text
from app.widgets.plain import plain_label, set_plain

MAX_PROMPT = 200


class WordcloudSetup(QWidget):
    def __init__(self, context: ActivityContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.cloud = WordCloud(context.store, context.activity_id)
        self.setObjectName("wordcloudSetup")
        self.autosaver = Autosaver(self.save, parent=self)
        self.autosaver.failed.connect(self._failed)
        config = self.cloud.config()
        self.prompt = QLineEdit(prompt_of(config), self)
        self.prompt.setMaxLength(MAX_PROMPT)
        self.prompt.setPlaceholderText(self.tr("e.g. One word for today"))
        self.max_answers = QSpinBox(self)
        self.max_answers.setRange(1, wc.MAX_ANSWERS)
        self.max_answers.setValue(max_answers_of(config))
        self.hint = plain_label(self.tr("Phones send their words while this activity is on the "
                                        "beamer; without phones, a note-taker types the room's "
                                        "answers on the console."), self)  # fmt: skip
        self.hint.setWordWrap(True)
        self.status = plain_label("", self)
        self.status.setObjectName("wordcloudSetupStatus")
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Prompt on the beamer and the phones"), self.prompt)
        form.addRow(self.tr("Answers per phone"), self.max_answers)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.prompt.textEdited.connect(self.autosaver.touch)
        self.prompt.editingFinished.connect(self.autosaver.flush)
        self.max_answers.valueChanged.connect(self._changed_now)

    def _changed_now(self) -> None:
        self.autosaver.touch()
        self.autosaver.flush()

    def save(self) -> None:
        self.cloud.update_config(prompt=" ".join(self.prompt.text().split()),
                                 max_answers=self.max_answers.value())  # fmt: skip
        set_plain(self.status, "")

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the page saves what was typed at once."""
        self.autosaver.flush()
        super().hideEvent(event)

    def _failed(self, error: BaseException) -> None:
        set_plain(self.status, error_text(error))
