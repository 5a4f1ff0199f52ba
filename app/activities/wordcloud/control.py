"""The console panel of the word cloud: the words with their counts (most first), hide or show a
word, merge two spellings into one, and a field where a note-taker types answers when no phones
are in the room. The panel only forwards intent to the runtime; every change goes to the store.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core import wordcloud as wc
from app.core.i18n import fill
from app.storage.errors import StorageError
from app.widgets.errors import error_text
from app.widgets.plain import plain_label, set_plain

if TYPE_CHECKING:  # the runtime imports this view; the view needs it for types only
    from app.activities.wordcloud.runtime import WordcloudRuntime

KEY_ROLE = Qt.ItemDataRole.UserRole
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def count_text(count: int) -> str:
    return QCoreApplication.translate("WordcloudControl", "%n answer(s)", "", count)


class WordcloudControl(QWidget):
    def __init__(self, runtime: WordcloudRuntime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runtime = runtime
        self.setObjectName("wordcloudControl")
        self.prompt = plain_label("", self)
        self.prompt.setWordWrap(True)
        self.prompt.setObjectName("wordcloudPrompt")
        font = self.prompt.font()
        font.setBold(True)
        self.prompt.setFont(font)
        self.summary = plain_label("", self)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Word"), self.tr("Answers"),
                                              self.tr("On the beamer")])  # fmt: skip
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(self.tr("Words"))
        self.hide_button = QPushButton(self.tr("Hide"), self)
        self.show_button = QPushButton(self.tr("Show again"), self)
        self.merge_button = QPushButton(self.tr("Merge selected"), self)
        self.merge_button.setToolTip(
            self.tr("Count the selected spellings as one word (the one with the most answers)")
        )
        self.unmerge_button = QPushButton(self.tr("Split merged"), self)
        self.entry = QLineEdit(self)
        self.entry.setMaxLength(wc.MAX_WORD)
        self.entry.setPlaceholderText(self.tr("Type an answer from the room and press Enter"))
        self.entry.setAccessibleName(self.tr("Answer from the room"))
        self.add_button = QPushButton(self.tr("Add"), self)
        self.status = plain_label("", self)
        self.status.setObjectName("wordcloudStatus")
        self.status.setWordWrap(True)

        buttons = QHBoxLayout()
        for button in (self.hide_button, self.show_button, self.merge_button, self.unmerge_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        entry_row = QHBoxLayout()
        entry_label = QLabel(self.tr("Answer"), self)
        entry_label.setBuddy(self.entry)
        entry_row.addWidget(entry_label)
        entry_row.addWidget(self.entry, 1)
        entry_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(entry_row)
        layout.addWidget(self.status)

        self.entry.returnPressed.connect(self.add)
        self.add_button.clicked.connect(self.add)
        self.hide_button.clicked.connect(lambda: self._set_hidden(True))
        self.show_button.clicked.connect(lambda: self._set_hidden(False))
        self.merge_button.clicked.connect(self.merge)
        self.unmerge_button.clicked.connect(self.unmerge)
        self.table.itemSelectionChanged.connect(self._enable)
        runtime.changed.connect(self.refresh)
        self.refresh()

    # -- showing ---------------------------------------------------------------------------
    def refresh(self) -> None:
        selected = set(self.selected_keys())
        words = wc.by_count(self.runtime.words)
        set_plain(self.prompt, self.runtime.prompt or self.tr("(no prompt yet)"))
        shown = sum(w.count for w in words if not w.hidden)
        set_plain(self.summary, self.tr("%n word(s) on the beamer", "", len(words)
                                        - sum(w.hidden for w in words))
                  + " · " + count_text(shown))  # fmt: skip
        self.table.blockSignals(True)
        self.table.setRowCount(len(words))
        for row, word in enumerate(words):
            text = word.text
            if word.merged:
                text += "  (+ " + ", ".join(word.merged) + ")"
            cells = (text, str(word.count), self.tr("hidden") if word.hidden else self.tr("yes"))
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)  # items show text literally, never markup
                item.setData(KEY_ROLE, word.key)
                if column == 1:
                    item.setTextAlignment(RIGHT)
                self.table.setItem(row, column, item)
            if word.key in selected:
                self.table.selectRow(row)
        self.table.blockSignals(False)
        self._enable()

    def selected_keys(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        items = (self.table.item(row, 0) for row in rows)
        return [item.data(KEY_ROLE) for item in items if item is not None]

    def _enable(self) -> None:
        found = [self.runtime.word(key) for key in self.selected_keys()]
        words = [w for w in found if w is not None]
        self.hide_button.setEnabled(any(not w.hidden for w in words))
        self.show_button.setEnabled(any(w.hidden for w in words))
        self.merge_button.setEnabled(len(words) >= 2)
        self.unmerge_button.setEnabled(any(w.merged for w in words))

    # -- intent ----------------------------------------------------------------------------
    def add(self) -> None:
        text = self.entry.text()
        try:
            added = self.runtime.add_typed(text)
        except StorageError as error:
            set_plain(self.status, error_text(error))  # the text stays in the field
            return
        if not added:
            set_plain(self.status, self.tr("Type a word first: spaces and punctuation alone "
                                           "are not an answer."))  # fmt: skip
            return
        self.entry.clear()
        set_plain(self.status, fill(self.tr("Added: {word}"), word=added))

    def _set_hidden(self, hidden: bool) -> None:
        keys = self.selected_keys()

        def hide_or_show() -> None:
            for key in keys:
                self.runtime.set_hidden(key, hidden)

        self._run(hide_or_show)

    def merge(self) -> None:
        keys = self.selected_keys()
        self._run(lambda: self.runtime.merge(keys))

    def unmerge(self) -> None:
        keys = self.selected_keys()

        def split() -> None:
            for key in keys:
                self.runtime.unmerge(key)

        self._run(split)

    def _run(self, action: Callable[[], object]) -> None:
        try:
            action()
        except StorageError as error:
            set_plain(self.status, error_text(error))
            return
        set_plain(self.status, "")
