"""Text inputs that hand Ctrl+Z / Ctrl+Y to the worksheet's undo stack.

Qt's own line and text edits keep a private undo history and grab the undo keys first; here the
keys go to the editor instead, so one stack undoes everything, including choices
and counts. Tab moves to the next input, for typing through a table quickly.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


def is_undo_key(event: QKeyEvent) -> bool:
    if any(event.matches(key) for key in UNDO_KEYS):
        return True
    ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
    return bool(ctrl) and event.key() in (Qt.Key.Key_Z, Qt.Key.Key_Y)


def is_redo_key(event: QKeyEvent) -> bool:
    shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
    return (
        event.matches(QKeySequence.StandardKey.Redo)
        or event.key() == Qt.Key.Key_Y
        or (event.key() == Qt.Key.Key_Z and bool(shift))
    )


class _UndoKeyFilter(QObject):
    """Takes the undo keys from the input and hands them to the nearest ancestor with
    `handle_undo_key(redo)` (the worksheet editor), so the widget's own history never runs."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent):
            return False
        if event.type() == QEvent.Type.ShortcutOverride and is_undo_key(event):
            event.accept()  # deliver it as a key press to this filter, not to a shortcut
            return True
        if event.type() == QEvent.Type.KeyPress and is_undo_key(event):
            target: QObject | None = watched
            while target is not None and not hasattr(target, "handle_undo_key"):
                target = target.parent()
            if target is not None:
                target.handle_undo_key(is_redo_key(event))
            return True
        return False


class LineInput(QLineEdit):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._filter = _UndoKeyFilter(self)
        self.installEventFilter(self._filter)

    def set_text_quietly(self, text: str) -> None:
        if self.text() != text:
            self.blockSignals(True)
            self.setText(text)
            self.blockSignals(False)


class TextInput(QPlainTextEdit):
    """Multi-line input; `edited` carries the text on every change."""

    edited = Signal(str)

    def __init__(self, lines: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self._filter = _UndoKeyFilter(self)
        self.installEventFilter(self._filter)
        height = self.fontMetrics().lineSpacing() * lines + 14
        self.setMinimumHeight(min(height, 60))
        self.setFixedHeight(height)
        self.textChanged.connect(lambda: self.edited.emit(self.toPlainText()))

    def set_text_quietly(self, text: str) -> None:
        if self.toPlainText() == text:
            return
        cursor = self.textCursor().position()
        self.blockSignals(True)
        self.setPlainText(text)
        self.blockSignals(False)
        moved = self.textCursor()
        moved.setPosition(min(cursor, len(text)))
        self.setTextCursor(moved)
