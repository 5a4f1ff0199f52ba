"""The compact bingo panel beside any activity: the clichés are heard during the talks and the
statement game, so the facilitator marks them, checks a called card and confirms a winner here
without switching the beamer away from what the room is watching.

It drives a BingoRuntime of the session's bingo activity, so marks and winners are the same rows
in the store that the bingo's own agenda item (and phones, and the report) read.

Marking: type a statement's number, or a few words (a completer offers the matching statements),
and press Enter. Checking: card number, Check; a winning card enables "Confirm winner", which
logs it and (when ticked) asks for the winner to be shown over the beamer for a moment.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.activities.bingo.runtime import BingoRuntime
from app.activities.bingo.state import local_time
from app.core import bingo_game
from app.core.bingo_pool import Statement
from app.core.i18n import fill
from app.i18n import translate
from app.widgets.plain import plain_label, set_plain


def statement_choices(pool: list[Statement]) -> list[str]:
    """What the completer offers: "12. The sector is..." (the number is the one typed)."""
    return [f"{number}. {statement.text}" for number, statement in enumerate(pool, 1)]


def matching(pool: list[Statement], query: str) -> list[Statement]:
    """Statements meant by a typed number, a completer choice ("12. ...") or a few words."""
    query = query.strip()
    if not query:
        return []
    head, dot, _rest = query.partition(". ")
    if query.isdigit() or (dot and head.isdigit()):
        index = int(query if query.isdigit() else head) - 1
        return [pool[index]] if 0 <= index < len(pool) else []
    words = query.casefold().split()
    return [s for s in pool if all(word in s.text.casefold() for word in words)]


class BingoPanel(QWidget):
    """Mark heard statements, check a card, confirm a winner; emits `show_winner(card, name)`."""

    show_winner = Signal(int, str)

    def __init__(self, runtime: BingoRuntime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runtime = runtime
        self.setObjectName("bingoPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.status = plain_label("", self)
        self.status.setObjectName("bingoPanelStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self.quick = QLineEdit(self)
        self.quick.setObjectName("bingoPanelQuick")
        self.quick.setPlaceholderText(self.tr("Heard: number or words, Enter"))
        self.quick.setClearButtonEnabled(True)
        self.choices = QStringListModel(self)
        self.completer = QCompleter(self.choices, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setMaxVisibleItems(8)
        self.quick.setCompleter(self.completer)
        self.completer.activated.connect(self._completed)
        self.quick.returnPressed.connect(self.mark_quick)
        layout.addWidget(self.quick)
        self.feedback = plain_label("", self)
        self.feedback.setObjectName("bingoPanelFeedback")
        self.feedback.setWordWrap(True)
        layout.addWidget(self.feedback)
        self.undo_button = QPushButton(self.tr("Undo last mark"), self)
        self.undo_button.clicked.connect(self.undo)
        layout.addWidget(self.undo_button)

        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)
        row = QHBoxLayout()
        self.card_number = QSpinBox(self)
        self.card_number.setRange(1, bingo_game.MAX_CARDS)
        self.card_number.setPrefix(self.tr("Card "))
        self.card_number.lineEdit().returnPressed.connect(self.check)
        self.check_button = QPushButton(self.tr("Check"), self)
        self.check_button.clicked.connect(self.check)
        row.addWidget(self.card_number, 1)
        row.addWidget(self.check_button)
        layout.addLayout(row)
        self.verdict = plain_label("", self)
        self.verdict.setObjectName("bingoPanelVerdict")
        self.verdict.setWordWrap(True)
        layout.addWidget(self.verdict)
        self.winner_name = QLineEdit(self)
        self.winner_name.setPlaceholderText(self.tr("Winner's name"))
        layout.addWidget(self.winner_name)
        self.on_beamer = QCheckBox(self.tr("Show the winner on the beamer"), self)
        self.on_beamer.setChecked(True)
        layout.addWidget(self.on_beamer)
        self.confirm_button = QPushButton(self.tr("Confirm winner"), self)
        self.confirm_button.setEnabled(False)
        self.confirm_button.clicked.connect(self.confirm)
        layout.addWidget(self.confirm_button)
        self.winners = plain_label("", self)
        self.winners.setObjectName("bingoPanelWinners")
        self.winners.setWordWrap(True)
        layout.addWidget(self.winners)
        layout.addStretch(1)
        for button in (self.undo_button, self.check_button, self.confirm_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # clicker keys keep working
        runtime.changed.connect(self.refresh)
        self.refresh()

    # showing -------------------------------------------------------------------------------
    def refresh(self) -> None:
        snap = self.runtime.snapshot
        if snap.problem:
            set_plain(self.status, translate("Bingo", snap.problem, **snap.problem_params))
        else:
            text = self.tr("{heard} of %n statement(s) heard", "", len(snap.pool))
            set_plain(self.status, fill(text, heard=len(snap.heard)))
        choices = statement_choices(snap.pool)
        if self.choices.stringList() != choices:
            self.choices.setStringList(choices)
        self.undo_button.setEnabled(bool(snap.marks))
        lines = [
            fill(
                self.tr("Winner: card {card} · {name}"),
                card=f"{w.card:03d}",
                name=w.name or self.tr("(no name)"),
            )
            for w in snap.winners
        ]
        set_plain(self.winners, "\n".join(lines))

    # marking -------------------------------------------------------------------------------
    def _completed(self, text: str) -> None:
        self.quick.setText(text)
        self.mark_quick()

    def mark_quick(self) -> bool:
        """Mark the one statement meant by the typed text; says so when none or several match."""
        query = self.quick.text().strip()
        if not query:
            return False
        found = matching(self.runtime.snapshot.pool, query)
        if len(found) == 1:
            mark = self.runtime.mark(found[0].id)
            text = fill(self.tr("Heard at {time}: {text}"), time=local_time(mark.at))
            set_plain(self.feedback, fill(text, text=found[0].text))
            self.quick.clear()
            return True
        if not found:
            text = self.tr("No statement matches “{query}”.")
        else:
            text = self.tr("%n statement(s) match “{query}”: type more words or the number.", "",
                           len(found))  # fmt: skip
        set_plain(self.feedback, fill(text, query=query))
        return False

    def undo(self) -> None:
        mark = self.runtime.undo()
        if mark is None:
            set_plain(self.feedback, self.tr("Nothing to undo."))
        else:
            text = self.runtime.snapshot.text(mark.statement_id)
            set_plain(self.feedback, fill(self.tr("Taken back: {text}"), text=text))

    # checking ------------------------------------------------------------------------------
    def check(self) -> None:
        if self.runtime.snapshot.problem:
            return
        number = self.card_number.value()
        verdict = self.runtime.verify(number)
        if verdict.card is None:
            text = self.tr("There is no card {number}.")
        elif verdict.wins:
            text = self.tr("Card {number} (check {code}) WINS: %n statement(s) heard.", "",
                           verdict.heard)  # fmt: skip
        else:
            text = self.tr("Card {number} (check {code}) does not win yet: %n heard.", "",
                           verdict.heard)  # fmt: skip
        code = verdict.card.code if verdict.card is not None else ""
        set_plain(self.verdict, fill(text, number=f"{number:03d}", code=code))
        self.verdict.setProperty("wins", verdict.wins)
        self.confirm_button.setEnabled(verdict.wins)
        if verdict.wins and verdict.card is not None and not self.winner_name.text():
            self.winner_name.setText(verdict.card.name)

    def confirm(self) -> None:
        verdict = self.runtime.last_verdict
        if verdict is None or verdict.card is None or not verdict.wins:
            return
        winner = self.runtime.confirm_winner(verdict.card.number, self.winner_name.text())
        self.winner_name.clear()
        self.confirm_button.setEnabled(False)
        text = self.tr("Winner confirmed: card {card}.")
        set_plain(self.verdict, fill(text, card=f"{winner.card:03d}"))
        if self.on_beamer.isChecked():
            self.show_winner.emit(winner.card, winner.name)
