"""Parts of the agenda tab: the list that reorders by drag and drop or Alt+Up/Down, the stable
list of activity kinds, and the planned-minutes row that says whether it follows the content.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QDropEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.activities import registry
from app.activities.factory import kind_label
from app.core.i18n import fill
from app.widgets.durations import minutes as duration_words


class AgendaList(QListWidget):
    """Activities in order. Dragging an item, or Alt+Up/Alt+Down, asks for a new order:
    `order_changed` carries the activity ids as they now stand."""

    order_changed = Signal(list)
    move_requested = Signal(int)  # -1 up, +1 down

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaList")
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setToolTip(self.tr("Drag an activity, or press Alt+Up / Alt+Down, to move it"))
        self.model().rowsMoved.connect(self._moved)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Alt+Up / Alt+Down move the selected activity (plain arrows still select)."""
        steps = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt and event.key() in steps:
            self.move_requested.emit(steps[Qt.Key(event.key())])
            event.accept()
            return
        super().keyPressEvent(event)

    def ids(self) -> list[int]:
        return [self.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.count())]

    def _moved(self, *_args: QModelIndex | int) -> None:
        # the model is still finishing the move: read the new order once it has
        QTimer.singleShot(0, lambda: self.order_changed.emit(self.ids()))

    def dropEvent(self, event: QDropEvent) -> None:
        before = self.ids()
        super().dropEvent(event)
        if self.ids() != before:
            QTimer.singleShot(0, lambda: self.order_changed.emit(self.ids()))


class KindList(QListWidget):
    """Every kind of activity, always in the same order and place (a combo box opened centred
    on the last choice, so the items moved between uses). Double-click adds one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kindList")
        for kind in registry.KINDS:
            item = QListWidgetItem(kind_label(kind.key))
            item.setData(Qt.ItemDataRole.UserRole, kind.key)
            self.addItem(item)
        self.setCurrentRow(0)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit()

    def _fit(self) -> None:
        """As tall as all its kinds: none hidden behind a scroll bar."""
        rows = sum(self.sizeHintForRow(row) for row in range(self.count()))
        self.setFixedHeight(rows + 2 * self.frameWidth() + 2)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._fit()  # a style sheet from the window changes the rows' height

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def choose(self, key: str) -> None:
        """Select a kind by its key (as a click on it does)."""
        for row in range(self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.setCurrentRow(row)

    def kind(self) -> str:
        item = self.currentItem() or self.item(0)
        return str(item.data(Qt.ItemDataRole.UserRole))


class PlannedMinutes(QWidget):
    """The planned minutes, with a line saying they follow the content or were set by hand,
    and a button back to the automatic value."""

    reset_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spin = QSpinBox(self)
        self.spin.setObjectName("plannedMinutes")
        self.spin.setRange(0, 24 * 60)
        self.spin.setSuffix(self.tr(" min"))
        self.note = QLabel(self)
        self.note.setObjectName("plannedNote")
        self.reset = QPushButton(self)
        self.reset.setObjectName("plannedReset")
        self.reset.clicked.connect(self.reset_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.spin)
        row.addWidget(self.note, 1)
        row.addWidget(self.reset)

    def show_rule(self, automatic: int | None, by_hand: bool) -> None:
        """Say where the minutes come from: the rounds (automatic) or the organiser."""
        if automatic is None:
            self.note.clear()
            self.reset.hide()
        elif by_hand:
            self.note.setText(self.tr("set by hand"))
            self.reset.setText(
                fill(self.tr("Automatic: {duration}"), duration=duration_words(automatic))
            )
            self.reset.show()
        else:
            self.note.setText(self.tr("follows the rounds"))
            self.reset.hide()
