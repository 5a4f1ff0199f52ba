"""The poll's page in the session workspace: the question, and either the options (one per
line, 2-6) or the 1-5 scale. What is typed is saved shortly after typing stops, even when it is
not a runnable poll yet; the page then says what to fix, and the console will not open it."""

from __future__ import annotations

from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.activities.context import ActivityContext
from app.activities.poll.state import PollState
from app.core import poll as pl
from app.core.i18n import fill
from app.widgets.autosave import Autosaver
from app.widgets.errors import error_text
from app.widgets.plain import set_plain


class PollSetup(QWidget):
    def __init__(self, context: ActivityContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.state = PollState(context.store, context.activity_id)
        self.setObjectName("pollSetup")
        self.autosaver = Autosaver(self.save, parent=self)
        self.autosaver.failed.connect(self._save_failed)
        self.question = QLineEdit(self)
        self.question.setMaxLength(pl.MAX_QUESTION)
        self.question.setPlaceholderText(self.tr("What should the room answer?"))
        self.mode = QComboBox(self)
        self.mode.addItem(self.tr("Options (2 to 6)"), pl.OPTIONS)
        self.mode.addItem(self.tr("Scale from 1 to 5"), pl.SCALE)
        self.options = QPlainTextEdit(self)
        self.options.setPlaceholderText(self.tr("One option per line"))
        self.options.setTabChangesFocus(True)
        self.options_label = QLabel(self.tr("Options"), self)
        self.options_label.setBuddy(self.options)
        self.scale_note = QLabel(
            self.tr("Phones answer with 1 to 5; say in the question what 1 and 5 mean."), self
        )
        self.scale_note.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setObjectName("pollSetupStatus")
        form = QFormLayout()
        form.addRow(self.tr("Question"), self.question)
        form.addRow(self.tr("Answers"), self.mode)
        form.addRow(self.options_label, self.options)
        form.addRow("", self.scale_note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.load()
        self.question.textEdited.connect(lambda _text: self.autosaver.touch())
        self.options.textChanged.connect(self.autosaver.touch)
        self.mode.currentIndexChanged.connect(self._mode_changed)

    def load(self) -> None:
        poll = self.state.poll()
        self.question.setText(poll.question)
        self.mode.setCurrentIndex(max(0, self.mode.findData(poll.mode)))
        self.options.blockSignals(True)
        self.options.setPlainText("\n".join(poll.options))
        self.options.blockSignals(False)
        self._show_mode()
        self._check()

    def typed_options(self) -> list[str]:
        return self.options.toPlainText().split("\n")

    def _show_mode(self) -> None:
        scale = self.mode.currentData() == pl.SCALE
        self.options.setVisible(not scale)
        self.options_label.setVisible(not scale)
        self.scale_note.setVisible(scale)

    def _mode_changed(self) -> None:
        self._show_mode()
        self.autosaver.touch()
        self.autosaver.flush()

    def _check(self) -> pl.PollError | None:
        """Show what to fix, or that the poll is ready."""
        try:
            pl.validate(self.question.text(), self.mode.currentData(), self.typed_options())
        except pl.PollError as problem:
            set_plain(self.status, error_text(problem))
            return problem
        self.status.setText(self.tr("Saved. The poll is ready."))
        return None

    def save(self) -> None:
        """Store what is typed (blank lines dropped; the options stay while the scale is chosen,
        so switching back keeps them)."""
        options = [" ".join(text.split()) for text in self.typed_options()]
        config = {
            **self.state.config(),
            "question": " ".join(self.question.text().split()),
            "mode": self.mode.currentData(),
            "options": [t for t in options if t],
        }
        self.context.store.agenda.update(self.context.activity_id, config=config)
        self._check()

    def _save_failed(self, error: BaseException) -> None:
        set_plain(
            self.status, fill(self.tr("Could not save the poll: {error}"), error=error_text(error))
        )

    def hideEvent(self, event: QHideEvent) -> None:
        self.autosaver.flush()
        super().hideEvent(event)
