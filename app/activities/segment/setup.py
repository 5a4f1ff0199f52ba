"""A talk's or break's page in the session workspace: the caption under its timer.

Saved shortly after typing stops and when the field is left. A template's {"nl": ..., "en": ...}
caption keeps its other language: only the language being edited changes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.activities.context import ActivityContext
from app.core.i18n import fill, localized
from app.widgets.autosave import Autosaver
from app.widgets.errors import error_text
from app.widgets.timer import warning_spin


class SegmentSetup(QWidget):
    def __init__(self, context: ActivityContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("segmentSetup")
        self.caption = QLineEdit(localized(context.config().get("caption"), context.language), self)
        self.caption.setMaxLength(200)
        self.caption.setPlaceholderText(self.tr("Optional, e.g. the question of the talk"))
        about = QLabel(
            self.tr(
                "On the beamer: the title, the time left (the planned minutes, started when the "
                "run console enters this item) and this caption under it."
            ),
            self,
        )
        about.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a00000;")
        self.error.hide()
        form = QFormLayout()
        self.warning = warning_spin(context.config(), self)
        form.addRow(self.tr("Caption"), self.caption)
        form.addRow(self.tr("Warning colour"), self.warning)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(about)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.autosaver = Autosaver(self.save, parent=self)
        self.autosaver.failed.connect(self._failed)
        self.caption.textEdited.connect(lambda _text: self.autosaver.touch())
        self.caption.editingFinished.connect(self.autosaver.flush)
        self.warning.valueChanged.connect(self._warning_changed)

    def _warning_changed(self) -> None:
        self.autosaver.touch()
        self.autosaver.flush()

    def save(self) -> None:
        config = self.context.config()
        text = self.caption.text().strip()
        old = config.get("caption")
        config["caption"] = {**old, self.context.language: text} if isinstance(old, dict) else text
        config["warning_seconds"] = self.warning.value()
        self.context.store.agenda.update(self.context.activity_id, config=config)
        self.error.hide()

    def _failed(self, error: BaseException) -> None:
        self.error.setText(fill(self.tr("Not saved: {reason}"), reason=error_text(error)))
        self.error.show()

    def hideEvent(self, event: Any) -> None:
        self.autosaver.flush()  # the agenda page removes this page when another is selected
        super().hideEvent(event)
