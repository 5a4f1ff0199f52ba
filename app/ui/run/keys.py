"""Presentation-clicker keys for the run console and the beamer window, whichever has focus.

An application event filter sees a key before the focused widget does, so a focused button or
list cannot swallow PageDown or Space; text fields keep every key except PageUp/PageDown, so a
facilitator can still type a pause message or look up a name. Pressing any button of the console
(or Enter in the pause message) takes the focus out of the text field typed in last, so B and "."
blank the screen again instead of being typed into it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

Key = Qt.Key
ACTIONS: dict[int, str] = {
    Key.Key_PageDown: "next",
    Key.Key_Right: "next",
    Key.Key_Space: "next",
    Key.Key_PageUp: "back",
    Key.Key_Left: "back",
    Key.Key_B: "black",
    Key.Key_Period: "black",
}
CLICKER_ONLY = {Key.Key_PageDown, Key.Key_PageUp}  # never typed into a text field
TEXT_INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)


def action_for(event: QKeyEvent, focus: QWidget | None) -> str | None:
    """The clicker action of a key press, or None when the key belongs to the focused widget."""
    action = ACTIONS.get(event.key())
    if action is None or event.modifiers() & (
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    ):
        return None
    if is_typing(focus) and event.key() not in CLICKER_ONLY:
        # a number field (a count, the pause's time) takes no letters: B and "." still blank
        numbers = isinstance(focus, QAbstractSpinBox) and not isinstance(focus, QDoubleSpinBox)
        if not (numbers and action == "black"):
            return None
    return action


def is_typing(widget: QWidget | None) -> bool:
    """A field that takes letters (the pause message, a name look-up, a number)."""
    return isinstance(widget, TEXT_INPUTS) or (
        isinstance(widget, QComboBox) and widget.isEditable()
    )


def release_typing(window: QWidget) -> None:
    """Take the focus out of a text field of the window, so B, ".", Space and the arrows act
    as clicker keys again (the window itself takes it; buttons take no focus)."""
    focus = QApplication.focusWidget()
    if focus is not None and focus.window() is window and is_typing(focus):
        focus.clearFocus()
        window.setFocus(Qt.FocusReason.OtherFocusReason)


class ClickerKeys(QObject):
    """Emits `action("next" | "back" | "black")` for clicker keys pressed in the given windows."""

    action = Signal(str)

    def __init__(self, windows: list[QWidget], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.windows = windows
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def remove(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(watched, QAbstractButton)
            and watched.window() in self.windows
        ):
            # after any button the keys act on the session again, not in the field typed last
            window, before = watched.window(), QApplication.focusWidget()

            def release() -> None:  # unless the button itself put the focus somewhere on purpose
                if QApplication.focusWidget() is before:
                    release_typing(window)

            QTimer.singleShot(0, window, release)
            return False
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        if watched.window() not in self.windows:
            return False
        assert isinstance(event, QKeyEvent)
        action = action_for(event, QApplication.focusWidget() or watched)
        if action is None:
            return False
        if not event.isAutoRepeat():
            self.action.emit(action)
        return True
