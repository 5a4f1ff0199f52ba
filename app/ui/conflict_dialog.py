"""Two people edited the same field: show both texts side by side, let the user choose or merge.

Nothing is discarded silently: the merged field starts with both texts (app.core.merge), and
Cancel returns None so the caller keeps the user's text in the editor (and tries again later).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.core.i18n import fill
from app.core.merge import merge_texts


class ConflictDialog(QDialog):
    def __init__(self, parent: QWidget | None, field_label: str, mine: str, theirs: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.chosen: str | None = None
        self.resize(900, 560)
        grid = QGridLayout(self)
        intro = QLabel(
            fill(
                self.tr(
                    "While you were editing “{field}”, someone else saved it. Nothing was "
                    "overwritten. Choose a text, or edit the merged text below."
                ),
                field=field_label,
            )
        )
        intro.setWordWrap(True)
        grid.addWidget(intro, 0, 0, 1, 2)
        grid.addWidget(QLabel(self.tr("Your text")), 1, 0)
        grid.addWidget(QLabel(self.tr("Saved meanwhile by someone else")), 1, 1)
        self.mine_view = self._read_only(mine)
        self.theirs_view = self._read_only(theirs)
        grid.addWidget(self.mine_view, 2, 0)
        grid.addWidget(self.theirs_view, 2, 1)
        self.keep_mine = QPushButton(self.tr("Keep my text"))
        self.keep_theirs = QPushButton(self.tr("Keep their text"))
        self.keep_mine.clicked.connect(lambda: self._choose(mine))
        self.keep_theirs.clicked.connect(lambda: self._choose(theirs))
        grid.addWidget(self.keep_mine, 3, 0)
        grid.addWidget(self.keep_theirs, 3, 1)
        grid.addWidget(QLabel(self.tr("Merged text (both texts to start with)")), 4, 0, 1, 2)
        self.merged = QPlainTextEdit(merge_texts(mine, theirs))
        grid.addWidget(self.merged, 5, 0, 1, 2)
        self.buttons = QDialogButtonBox()
        self.save_merged = self.buttons.addButton(
            self.tr("Save merged text"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_merged.clicked.connect(lambda: self._choose(self.merged.toPlainText()))
        self.buttons.rejected.connect(self.reject)
        grid.addWidget(self.buttons, 6, 0, 1, 2)

    def _read_only(self, text: str) -> QPlainTextEdit:
        view = QPlainTextEdit(text)
        view.setReadOnly(True)
        return view

    def _choose(self, text: str) -> None:
        self.chosen = text
        self.accept()


def resolve_conflict(
    parent: QWidget | None, field_label: str, mine: str, theirs: str
) -> str | None:
    """The text to save after a conflict, or None (cancel: keep editing, nothing saved)."""
    dialog = ConflictDialog(parent, field_label, mine, theirs)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.chosen
        return None
    finally:
        dialog.deleteLater()
