"""The facilitator's bingo panel: mark what the room hears, undo, check a called card, log winners.

Marking: click a statement, or type its number (or a few words) in the quick field and press
Enter. Ctrl+Z takes back the latest mark. Checking: type the card number, the card appears with
the heard statements in green and a verdict; "Confirm winner" logs time and name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.activities.bingo.card_view import CardView, cell_texts
from app.activities.bingo.state import local_time
from app.core import bingo_game
from app.core.i18n import fill
from app.i18n import translate
from app.widgets.plain import plain_label

if TYPE_CHECKING:  # the runtime imports this view; the view needs it for types only
    from app.activities.bingo.runtime import BingoRuntime

STATEMENT_ID = Qt.ItemDataRole.UserRole


class BingoControl(QWidget):
    def __init__(self, runtime: BingoRuntime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runtime = runtime
        self.setObjectName("bingoControl")
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._build_marking())
        splitter.addWidget(self._build_checking())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        QVBoxLayout(self).addWidget(splitter)
        undo = QShortcut(QKeySequence.StandardKey.Undo, self)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.activated.connect(self.undo)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.quick.setFocus)
        runtime.changed.connect(self.refresh)
        self.refresh()

    # building ------------------------------------------------------------------------------
    def _build_marking(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        self.status = plain_label("", box)
        self.status.setObjectName("bingoStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.quick = QLineEdit(box)
        self.quick.setPlaceholderText(
            self.tr("Number or words of a statement, Enter marks it (Ctrl+F)")
        )
        self.quick.returnPressed.connect(self.mark_quick)
        layout.addWidget(self.quick)
        self.feedback = plain_label("", box)  # shows statement texts
        self.feedback.setWordWrap(True)
        layout.addWidget(self.feedback)
        self.statements = QListWidget(box)
        self.statements.setObjectName("bingoStatements")
        self.statements.setWordWrap(True)
        self.statements.itemClicked.connect(self._clicked)
        layout.addWidget(self.statements, 1)
        row = QHBoxLayout()
        self.undo_button = QPushButton(self.tr("Undo last mark (Ctrl+Z)"), box)
        self.undo_button.clicked.connect(self.undo)
        self.unmark_button = QPushButton(self.tr("Unmark selected"), box)
        self.unmark_button.clicked.connect(self.unmark_selected)
        row.addWidget(self.undo_button)
        row.addWidget(self.unmark_button)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    def _build_checking(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.addWidget(QLabel(self.tr("Someone called bingo? Check the card:"), box))
        row = QHBoxLayout()
        self.card_number = QSpinBox(box)
        self.card_number.setRange(1, bingo_game.MAX_CARDS)
        self.card_number.setPrefix(self.tr("Card "))
        self.check_button = QPushButton(self.tr("Check card"), box)
        self.check_button.clicked.connect(self.check)
        self.card_number.lineEdit().returnPressed.connect(self.check)
        row.addWidget(self.card_number)
        row.addWidget(self.check_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.verdict = plain_label("", box)
        self.verdict.setObjectName("bingoVerdict")
        self.verdict.setWordWrap(True)
        layout.addWidget(self.verdict)
        self.card_view = CardView(box)
        layout.addWidget(self.card_view, 1)
        row = QHBoxLayout()
        self.winner_name = QLineEdit(box)
        self.winner_name.setPlaceholderText(self.tr("Winner's name"))
        self.confirm_button = QPushButton(self.tr("Confirm winner"), box)
        self.confirm_button.setEnabled(False)
        self.confirm_button.clicked.connect(self.confirm)
        row.addWidget(self.winner_name, 1)
        row.addWidget(self.confirm_button)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Winners"), box))
        self.winners = QListWidget(box)
        self.winners.setObjectName("bingoWinners")
        self.winners.setMaximumHeight(120)
        layout.addWidget(self.winners)
        return box

    # showing -------------------------------------------------------------------------------
    def refresh(self) -> None:
        snap = self.runtime.snapshot
        if snap.problem:
            self.status.setText(translate("Bingo", snap.problem, **snap.problem_params))
        else:
            self.status.setText(
                fill(self.tr("{heard} of %n statement(s) heard · {cards} of {all} cards meet the "
                        "win rule", "", len(snap.pool)), heard=len(snap.heard),
                                                             cards=snap.winning_cards,
                                                             all=snap.card_count)
            )  # fmt: skip
        current = self.statements.currentItem()
        current_id = current.data(STATEMENT_ID) if current else None
        self.statements.clear()
        for number, statement in enumerate(snap.pool, 1):
            hearings = snap.hearings(statement.id)
            text = f"{number}. {statement.text}"
            if hearings:
                times = ", ".join(local_time(m.at) for m in hearings)
                text = f"✔ {text}   ({times})"
            item = QListWidgetItem(text)
            item.setData(STATEMENT_ID, statement.id)
            if hearings:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.statements.addItem(item)
            if statement.id == current_id:
                self.statements.setCurrentItem(item)
        self.undo_button.setEnabled(bool(snap.marks))
        self.winners.clear()
        for winner in snap.winners:
            name = winner.name or self.tr("(no name)")
            line = fill(
                self.tr("{time} · card {card:03d} · {name}"),
                time=local_time(winner.at),
                card=winner.card,
                name=name,
            )
            self.winners.addItem(line)
        shown = self.runtime.last_verdict
        if shown is not None and shown.card is not None and not snap.problem:
            # marks changed since the check: judge the shown card again (without a new signal)
            self.runtime.last_verdict = self.runtime.game.verify(shown.card.number)
            self._show_verdict(shown.card.number)

    # actions -------------------------------------------------------------------------------
    def _clicked(self, item: QListWidgetItem) -> None:
        self.mark(item.data(STATEMENT_ID))

    def mark(self, statement_id: str) -> None:
        mark = self.runtime.mark(statement_id)
        self.feedback.setText(
            fill(
                self.tr("Heard at {time}: {text}"),
                time=local_time(mark.at),
                text=self.runtime.snapshot.text(statement_id),
            )
        )

    def mark_quick(self) -> None:
        """A number marks that statement; words mark the only statement that contains them."""
        query = self.quick.text().strip()
        pool = self.runtime.snapshot.pool
        if not query:
            return
        if query.isdigit():
            index = int(query) - 1
            matches = [pool[index]] if 0 <= index < len(pool) else []
        else:
            matches = [s for s in pool if query.casefold() in s.text.casefold()]
        if len(matches) == 1:
            self.mark(matches[0].id)
            self.quick.clear()
        elif not matches:
            self.feedback.setText(fill(self.tr("No statement matches “{query}”."), query=query))
        else:
            self.feedback.setText(
                fill(
                    self.tr("{n} statements match “{query}”; type more words or the number."),
                    n=len(matches),
                    query=query,
                )
            )

    def undo(self) -> None:
        mark = self.runtime.undo()
        if mark is None:
            self.feedback.setText(self.tr("Nothing to undo."))
        else:
            text = self.runtime.snapshot.text(mark.statement_id)
            self.feedback.setText(fill(self.tr("Taken back: {text}"), text=text))

    def unmark_selected(self) -> None:
        item = self.statements.currentItem()
        if item is not None:
            self.runtime.unmark(item.data(STATEMENT_ID))

    def check(self) -> None:
        number = self.card_number.value()
        if self.runtime.snapshot.problem:
            return
        self.runtime.verify(number)
        self._show_verdict(number)

    def _show_verdict(self, number: int) -> None:
        verdict = self.runtime.last_verdict
        if verdict is None or verdict.card is None:
            self.verdict.setText(fill(self.tr("There is no card {number:03d}."), number=number))
            self.card_view.clear()
            self.confirm_button.setEnabled(False)
            return
        card = verdict.card
        snap = self.runtime.snapshot
        texts = {s.id: s.text for s in snap.pool}
        self.card_view.show_card(cell_texts(card, texts), list(verdict.marks), snap.layout.side,
                                 self.runtime.context.language)  # fmt: skip
        if verdict.wins:
            text = self.tr("Card {number:03d} (check {code}) WINS: {heard} statements heard.")
        else:
            text = self.tr("Card {number:03d} (check {code}) does not win yet: {heard} heard.")
        self.verdict.setText(fill(text, number=card.number, code=card.code, heard=verdict.heard))
        self.verdict.setProperty("wins", verdict.wins)
        self.confirm_button.setEnabled(verdict.wins)
        if verdict.wins and not self.winner_name.text():
            self.winner_name.setText(card.name)

    def confirm(self) -> None:
        verdict = self.runtime.last_verdict
        if verdict is None or verdict.card is None or not verdict.wins:
            return
        self.runtime.confirm_winner(verdict.card.number, self.winner_name.text())
        self.winner_name.clear()
        self.confirm_button.setEnabled(False)
