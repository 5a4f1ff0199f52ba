"""The first window when the database holds no session yet: every template with a line saying
what that day is, a blank session and "open a database file", each one click away (issue 21).

A template button makes the session at once (its title, today, 13:00, the interface's language
as content language; all can be changed on the overview), so the organiser lands in the agenda
of a ready day instead of in a dialog.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.templates import Template
from app.widgets.plain import plain_label


def first_sentence(text: str, limit: int = 160) -> str:
    """One line of a template's description: its first sentence, cut at a word if long."""
    line = " ".join(text.split())
    for stop in (". ", "! ", "? "):
        if stop in line:
            line = line.split(stop, 1)[0] + stop.strip()
            break
    if len(line) > limit:
        line = line[:limit].rsplit(" ", 1)[0] + "…"
    return line


class TemplateCard(QFrame):
    """One template: its title as the button, and what the day is under it."""

    chosen = Signal(object)

    def __init__(self, template: Template, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.template = template
        self.setObjectName("templateCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.button = QPushButton(template.title, self)  # a button text is never rich text
        self.button.setObjectName("templateButton")
        self.button.setToolTip(self.tr("Make a session from this template and open it"))
        self.button.clicked.connect(lambda: self.chosen.emit(self.template))
        self.line = plain_label(first_sentence(template.description), self)  # from a file
        self.line.setWordWrap(True)
        self.line.setObjectName("templateLine")
        column = QVBoxLayout(self)
        column.addWidget(self.button)
        column.addWidget(self.line)
        column.addStretch(1)


class StartPage(QWidget):
    template_chosen = Signal(object)  # a Template
    blank_requested = Signal()
    open_file_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        heading = QLabel(self.tr("Prepare a new day"), self)
        heading.setObjectName("pageTitle")
        intro = QLabel(
            self.tr("Start from a template: its agenda is ready and every part can be changed. "
                    "Or start blank, or open another database file."), self,
        )  # fmt: skip
        intro.setWordWrap(True)
        self.cards: list[TemplateCard] = []
        self.grid = QGridLayout()
        self.grid.setSpacing(12)
        holder = QWidget(self)
        inside = QVBoxLayout(holder)
        inside.addLayout(self.grid)
        self.others = QHBoxLayout()
        inside.addLayout(self.others)
        inside.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        self.blank_button = QPushButton(self.tr("Blank session"), self)
        self.blank_button.setObjectName("blankButton")
        self.blank_button.clicked.connect(self.blank_requested)
        self.open_button = QPushButton(self.tr("Open a database file…"), self)
        self.open_button.setObjectName("openFileButton")
        self.open_button.clicked.connect(self.open_file_requested)
        self.others.addWidget(self.blank_button)  # right under the templates
        self.others.addWidget(self.open_button)
        self.others.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)

    def set_templates(self, templates: list[Template], columns: int = 2) -> None:
        for card in self.cards:
            self.grid.removeWidget(card)
            card.deleteLater()
        self.cards = []
        for index, template in enumerate(templates):
            card = TemplateCard(template, self)
            card.chosen.connect(self.template_chosen)
            self.grid.addWidget(card, index // columns, index % columns)
            self.cards.append(card)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop)
