"""The facilitator's panel: counts per position, arguments for and against, previous/next, reveal.

Number keys 1-3 (or 1-5) add one to a position and Alt+number takes one away, wherever the focus
is in the console except a text field; a count can also be typed into its box. Every change is
written to the store at once (one row per count or argument), so nothing waits to be saved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.activities.statements.chart import position_labels
from app.activities.statements.state import MAX_COUNT
from app.core import statements as st
from app.core.i18n import fill
from app.widgets.layouts import clear_layout
from app.widgets.plain import escaped, plain_label

if TYPE_CHECKING:  # the runtime imports this view; the view needs it for types only
    from app.activities.statements.runtime import StatementsRuntime

DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}
TEXT_INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)
ID_ROLE = Qt.ItemDataRole.UserRole
STAR = "★"


class StatementArgumentList(QWidget):
    """Arguments on one side: a list (double-click to edit), a line to add, a strongest mark."""

    def __init__(self, runtime: StatementsRuntime, side: str, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.runtime = runtime
        self.side = side
        self.setObjectName(f"arguments_{side}")
        self.heading = QLabel(f"<b>{escaped(title)}</b>", self)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.entry = QLineEdit(self)
        self.entry.setPlaceholderText(self.tr("Type an argument and press Enter"))
        self.entry.setMaxLength(st.MAX_ARGUMENT)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.strongest_button = QPushButton(f"{STAR} " + self.tr("Strongest"), self)
        self.strongest_button.setCheckable(True)
        self.strongest_button.setToolTip(self.tr("Mark the selected argument as the strongest"))
        self.remove_button = QPushButton(self.tr("Remove"), self)
        entry_row = QHBoxLayout()
        entry_row.addWidget(self.entry, 1)
        entry_row.addWidget(self.add_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.strongest_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(entry_row)
        layout.addLayout(buttons)
        self.entry.returnPressed.connect(self.add)
        self.add_button.clicked.connect(self.add)
        self.strongest_button.clicked.connect(self.toggle_strongest)
        self.remove_button.clicked.connect(self.remove)
        self.list.itemChanged.connect(self._edited)
        self.list.currentItemChanged.connect(lambda *_: self._sync_buttons())

    def add(self) -> None:
        if self.runtime.add_argument(self.side, self.entry.text()) is not None:
            self.entry.clear()

    def selected_id(self) -> str:
        item = self.list.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else ""

    def toggle_strongest(self) -> None:
        argument = self.runtime.argument(self.selected_id())
        if argument is not None:
            self.runtime.set_strongest(argument.id, not argument.strongest)
        self._sync_buttons()

    def remove(self) -> None:
        if self.selected_id():
            self.runtime.remove_argument(self.selected_id())

    def _edited(self, item: QListWidgetItem) -> None:
        text = item.text().removeprefix(STAR).strip()
        self.runtime.edit_argument(str(item.data(ID_ROLE)), text)

    def refresh(self) -> None:
        selected = self.selected_id()
        self.list.blockSignals(True)
        self.list.clear()
        for argument in self.runtime.snapshot.arguments:
            if argument.side != self.side:
                continue
            item = QListWidgetItem(f"{STAR} {argument.text}" if argument.strongest
                                   else argument.text)  # fmt: skip
            item.setData(ID_ROLE, argument.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            if argument.strongest:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)
            if argument.id == selected:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        argument = self.runtime.argument(self.selected_id())
        self.strongest_button.setEnabled(argument is not None)
        self.remove_button.setEnabled(argument is not None)
        self.strongest_button.setChecked(bool(argument and argument.strongest))


class StatementsControl(QWidget):
    def __init__(self, runtime: StatementsRuntime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runtime = runtime
        self.setObjectName("statementsControl")
        self.position_label = QLabel(self)
        self.theme_label = plain_label("", self)  # themes and statements are data
        self.theme_label.setWordWrap(True)
        self.statement_label = plain_label("", self)
        self.statement_label.setWordWrap(True)
        self.statement_label.setObjectName("statementText")
        font = self.statement_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.statement_label.setFont(font)
        self.back_button = QPushButton("◀ " + self.tr("Previous"), self)
        self.next_button = QPushButton(self.tr("Next") + " ▶", self)
        self.reveal_button = QPushButton(self)
        self.reveal_button.setCheckable(True)
        for button in (self.back_button, self.next_button, self.reveal_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.back_button.clicked.connect(lambda: runtime.handle_key("back"))
        self.next_button.clicked.connect(lambda: runtime.handle_key("next"))
        self.reveal_button.clicked.connect(runtime.toggle_reveal)

        self.counts_box = QGroupBox(self.tr("Positions"), self)
        self.counts_grid = QGridLayout(self.counts_box)
        self.spins: list[QSpinBox] = []
        self.name_labels: list[QLabel] = []
        self.share_labels: list[QLabel] = []
        self.plus_buttons: list[QPushButton] = []
        self.minus_buttons: list[QPushButton] = []
        self.total_label = QLabel(self)
        self.hint = QLabel(self.tr("Keys: 1, 2, 3… add one; Alt + number takes one away."), self)
        self.hint.setWordWrap(True)
        self.hint.setObjectName("mutedText")
        self._scale_key = ""

        self.for_list = StatementArgumentList(runtime, "for", self.tr("Arguments for"), self)
        self.against_list = StatementArgumentList(
            runtime, "against", self.tr("Arguments against"), self
        )

        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addWidget(self.position_label, 1, Qt.AlignmentFlag.AlignCenter)
        nav.addWidget(self.next_button)
        left = QVBoxLayout()
        left.addWidget(self.counts_box)
        left.addWidget(self.total_label)
        left.addWidget(self.reveal_button)
        left.addWidget(self.hint)
        if runtime.timer is not None:
            from app.widgets.timer import TimerControls

            left.addWidget(TimerControls(runtime.timer, self))
        left.addStretch(1)
        arguments = QHBoxLayout()
        arguments.addWidget(self.for_list, 1)
        arguments.addWidget(self.against_list, 1)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(arguments, 5)
        layout = QVBoxLayout(self)
        layout.addLayout(nav)
        layout.addWidget(self.theme_label)
        layout.addWidget(self.statement_label)
        layout.addLayout(body, 1)

        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)  # Qt drops the filter when this widget is deleted
        runtime.changed.connect(self.refresh)
        self.refresh()

    # -- counts --------------------------------------------------------------------------
    def _build_counts(self) -> None:
        """One row per position: key, name, −, the count (typeable), +, share."""
        clear_layout(self.counts_grid)
        self.spins, self.name_labels, self.share_labels = [], [], []
        self.plus_buttons, self.minus_buttons = [], []
        scale = self.runtime.snapshot.scale
        for row, label in enumerate(position_labels(scale)):
            key = QLabel(f"<b>{row + 1}</b>", self.counts_box)
            name = plain_label(label, self.counts_box)
            minus = QPushButton("−", self.counts_box)
            plus = QPushButton("+", self.counts_box)
            spin = QSpinBox(self.counts_box)
            spin.setRange(0, MAX_COUNT)
            spin.setObjectName(f"count_{row + 1}")
            spin.setAccessibleName(label)
            spin.setMinimumWidth(80)
            share = QLabel(self.counts_box)
            for button in (minus, plus):
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                button.setFixedWidth(40)
            minus.clicked.connect(lambda _=False, r=row: self.runtime.bump(r, -1))
            plus.clicked.connect(lambda _=False, r=row: self.runtime.bump(r, 1))
            spin.valueChanged.connect(lambda value, r=row: self.runtime.set_count(r, value))
            for column, widget in enumerate((key, name, minus, spin, plus, share)):
                self.counts_grid.addWidget(widget, row, column)
            self.spins.append(spin)
            self.name_labels.append(name)
            self.share_labels.append(share)
            self.plus_buttons.append(plus)
            self.minus_buttons.append(minus)
        self._scale_key = scale.key

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Number keys count, wherever the focus is in this window except a text field."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        if not self.isVisible() or watched.window() is not self.window():
            return False
        assert isinstance(event, QKeyEvent)
        number = DIGITS.get(event.key())
        if number is None or number > len(self.spins):
            return False
        if isinstance(QApplication.focusWidget() or watched, TEXT_INPUTS):
            return False  # typing a count or an argument
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers == Qt.KeyboardModifier.AltModifier:
            self.runtime.bump(number - 1, -1)
        elif modifiers == Qt.KeyboardModifier.NoModifier:
            self.runtime.bump(number - 1, 1)
        else:
            return False
        return True

    def refresh(self) -> None:
        snap = self.runtime.snapshot
        if snap.scale.key != self._scale_key:
            self._build_counts()
        statement = snap.statement
        total = len(snap.statements)
        self.position_label.setText(
            fill(self.tr("Statement {n} of {total}"), n=snap.index + 1, total=total)
            if statement is not None
            else self.tr("No statements")
        )
        self.theme_label.setText(statement.theme if statement else "")
        self.statement_label.setText(
            statement.text
            if statement
            else self.tr("Add statements on this activity's page in the session workspace.")
        )
        self.back_button.setEnabled(snap.index > 0)
        self.next_button.setEnabled(0 <= snap.index < total - 1)
        shares = snap.tally.shares()
        for position, (spin, share_label) in enumerate(zip(self.spins, self.share_labels,
                                                           strict=True)):  # fmt: skip
            count = snap.hand.counts[position]  # the boxes hold the hand count only
            if spin.value() != count:
                spin.blockSignals(True)
                spin.setValue(count)
                spin.blockSignals(False)
            spin.setEnabled(statement is not None)
            text = f"{round(shares[position] * 100)}%" if snap.tally.total else ""
            phones = self.runtime.phone_votes(position)
            if phones:
                text += "  " + fill(self.tr("+{n} by phone"), n=phones)
            share_label.setText(text)
        self.total_label.setText(fill(self.tr("Counted: {total}"), total=snap.tally.total))
        self.reveal_button.setEnabled(statement is not None)
        self.reveal_button.setChecked(snap.revealed)
        self.reveal_button.setText(
            self.tr("Hide the tally on the beamer")
            if snap.revealed
            else self.tr("Show the tally on the beamer")
        )
        for widget in (self.for_list, self.against_list):
            widget.setEnabled(statement is not None)
            widget.refresh()
