"""The beamer window: full-screen on the second screen when there is one, a window otherwise.

It only shows what it is given (the current activity's beamer widget, a title page) plus two
overlays the facilitator switches: black screen and the pause screen. It follows screens being
plugged in or out. F5 toggles full screen, Esc leaves it; clicker keys are handled by the run
console for both windows (see app/ui/run/keys.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QScreen, QShowEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from app.ui.beamer.screens import TitleScreen
from app.ui.theme import BEAMER_STYLE


def choose_screen(
    screens: Sequence[QScreen], primary: QScreen | None, avoid: QScreen | None = None
) -> QScreen | None:
    """The screen for the beamer: one that is not the laptop's (the console's or the primary).

    None when there is only one screen: then the beamer is an ordinary window.
    """
    if len(screens) < 2:
        return None
    laptop = avoid or primary
    return next((screen for screen in screens if screen is not laptop), None)


class BeamerWindow(QWidget):
    """The projected view. `content` is the activity; black and pause cover it when switched on."""

    blackChanged = Signal(bool)
    pauseChanged = Signal(bool)
    closed = Signal()

    def __init__(self, session_title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("beamerRoot")
        self.setWindowTitle(self.tr("Tafelronde – beamer"))
        self.setStyleSheet(BEAMER_STYLE)
        self.setAutoFillBackground(True)
        self.session_title = session_title
        self._content: QWidget = TitleScreen(session_title)
        self.black = QWidget()
        self.black.setObjectName("blackScreen")
        self.black.setStyleSheet("background-color: #000000;")
        self.pause = TitleScreen(session_title, self.tr("Pause"))
        self.stack = QStackedWidget(self)
        for page in (self._content, self.black, self.pause):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._black = False
        self._paused = False
        self._cover: QWidget | None = None  # e.g. the room's join screen, over the activity
        self._overlay: QWidget | None = None  # a moment over everything: a bingo winner
        self.avoid_screen: QScreen | None = None  # the console's screen, set by the console
        self.follow_screens = True
        self._listening = False
        self._listen(True)
        self.resize(960, 540)  # 16:9 while hidden too: the console's thumbnail draws it

    # -- what is shown --------------------------------------------------------------------
    def set_content(self, widget: QWidget) -> None:
        """Show an activity's beamer widget (or a title page); the previous one is deleted."""
        old = self._content
        self._content = widget
        self.stack.insertWidget(0, widget)
        self.stack.removeWidget(old)
        old.deleteLater()
        self._update_page()

    def content(self) -> QWidget:
        return self._content

    def current_view(self) -> QWidget:
        """What the room sees right now (content, black or pause): for the console thumbnail."""
        view = self.stack.currentWidget()
        assert view is not None  # the stack always holds its three views
        return view

    def is_black(self) -> bool:
        return self._black

    def set_black(self, on: bool) -> None:
        if on != self._black:
            self._black = on
            self._update_page()
            self.blackChanged.emit(on)

    def toggle_black(self) -> None:
        self.set_black(not self._black)

    def is_paused(self) -> bool:
        return self._paused

    def set_pause(self, on: bool, message: str = "", countdown: str = "") -> None:
        """The pause screen: session title, the facilitator's short message and, when a time
        to be back was set, "Back at 15:30 · 12 min to go"."""
        self.pause.set_title(self.session_title)
        self.pause.set_message(message.strip() or ("" if countdown else self.tr("Pause")))
        self.pause.set_detail(countdown)
        if on != self._paused:
            self._paused = on
            self._update_page()
            self.pauseChanged.emit(on)

    def set_cover(self, widget: QWidget | None) -> None:
        """Show a page over the activity without ending it (the room's join screen); None
        uncovers. Black and pause still go over it."""
        self._cover = self._swap(self._cover, widget)
        self._update_page()

    def cover(self) -> QWidget | None:
        return self._cover

    def set_overlay(self, widget: QWidget | None) -> None:
        """Show a page briefly over the activity and any cover (a bingo winner); None takes it
        off. The activity underneath keeps running; black and pause still go over it."""
        self._overlay = self._swap(self._overlay, widget)
        self._update_page()

    def _swap(self, old: QWidget | None, new: QWidget | None) -> QWidget | None:
        """Put `new` in the stack in place of `old` (a cover or an overlay layer); returns it."""
        if new is not None:
            self.stack.addWidget(new)
        if old is not None and old is not new:
            self.stack.removeWidget(old)
            old.deleteLater()
        return new

    def overlay(self) -> QWidget | None:
        return self._overlay

    def _update_page(self) -> None:
        content = self._cover if self._cover is not None else self._content
        content = self._overlay if self._overlay is not None else content
        page = self.black if self._black else self.pause if self._paused else content
        self.stack.setCurrentWidget(page)

    # -- screens --------------------------------------------------------------------------
    def place(self) -> QScreen | None:
        """Full screen on the second screen if there is one, else a normal window; returns it."""
        target = choose_screen(
            QGuiApplication.screens(), QGuiApplication.primaryScreen(), self.avoid_screen
        )
        if target is None:
            was_full = self.isFullScreen()
            if was_full:
                self.showNormal()
            if was_full or not self.isVisible():
                self._as_window()
            return None
        if self.windowHandle() is None:
            self.winId()  # create the native window so it can be moved to the screen
        self.windowHandle().setScreen(target)
        self.setGeometry(target.geometry())
        self.showFullScreen()
        return target

    def _as_window(self) -> None:
        """A 16:9 window in the middle of the laptop screen (the projector is gone or absent)."""
        screens = QGuiApplication.screens()
        home = (
            self.avoid_screen if self.avoid_screen in screens else QGuiApplication.primaryScreen()
        )
        width, height = 960, 540
        if home is not None:
            area = home.availableGeometry()
            width = max(320, min(width, int(area.width() * 0.7)))
            height = width * 9 // 16
            self.setGeometry(
                area.x() + (area.width() - width) // 2,
                area.y() + (area.height() - height) // 2,
                width,
                height,
            )
        else:
            self.resize(width, height)
        self.show()

    def show_window(self) -> None:
        """The console's "Beamer as a window": a 16:9 window (one screen, a rehearsal)."""
        if self.isFullScreen():
            self.showNormal()
        self._as_window()
        self.raise_()

    def _screens_changed(self, screen: QScreen) -> None:
        del screen
        # a projector plugged in later takes the (still hidden) beamer too
        plugged = len(QGuiApplication.screens()) > 1
        if self.follow_screens and (self.isVisible() or plugged):
            self.place()

    def toggle_fullscreen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F5:
            self.toggle_fullscreen()
        elif event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
        else:
            super().keyPressEvent(event)

    def _listen(self, on: bool) -> None:
        """Follow screenAdded/screenRemoved while the window is open (not after it closed)."""
        app = QGuiApplication.instance()
        if not isinstance(app, QGuiApplication) or on == self._listening:
            return
        self._listening = on
        for signal in (app.screenAdded, app.screenRemoved):
            if on:
                signal.connect(self._screens_changed)
            else:
                signal.disconnect(self._screens_changed)

    def is_following(self) -> bool:
        return self._listening and self.follow_screens

    def showEvent(self, event: QShowEvent) -> None:
        self._listen(True)  # shown again (F5 in the console) after someone closed it by hand
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._listen(False)
        self.closed.emit()
        super().closeEvent(event)
