"""Review of uncertain matches: two participants side by side, the organiser decides.

Linking (app/storage/people.py) merges only certain matches; each uncertain pair waits here.
Merge asks first; every decision taken in this dialog can be undone with "Undo" (a merge by
making the participant a person of their own again). Names, organisations and e-mail addresses
are data: shown as plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.i18n import fill
from app.core.person_match import REASONS
from app.storage.errors import StorageError
from app.storage.models import PersonReview, stored_id
from app.storage.participants import full_name
from app.storage.people import APART, MERGED, PENDING
from app.storage.store import Store
from app.ui.messages import show_error
from app.widgets.plain import message_text, plain_label, set_plain

FIELDS = ("name", "organisation", "email", "meeting")


class PeopleReviewDialog(QDialog):
    def __init__(self, store: Store, series_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.series_id = series_id
        self.history: list[tuple[int, str, int]] = []  # (review id, decision, participant b)
        self.current: int | None = None
        self._skipped: set[int] = set()
        self.setWindowTitle(self.tr("Same person?"))
        self.count = QLabel(self)
        self.reason = plain_label("", self)
        self.reason.setObjectName("reviewReason")
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("In an earlier meeting"), self), 0, 1)
        grid.addWidget(QLabel(self.tr("In this meeting"), self), 0, 2)
        captions = {
            "name": self.tr("Name"),
            "organisation": self.tr("Organisation"),
            "email": self.tr("E-mail"),
            "meeting": self.tr("Meeting"),
        }
        self.cells: dict[tuple[str, int], QLabel] = {}
        for row, field in enumerate(FIELDS, start=1):
            grid.addWidget(QLabel(captions[field], self), row, 0)
            for side in (0, 1):
                cell = plain_label("", self)
                cell.setObjectName(f"{field}{side}")
                grid.addWidget(cell, row, side + 1)
                self.cells[(field, side)] = cell
        self.merge_button = QPushButton(self.tr("Same person: merge"), self)
        self.merge_button.clicked.connect(self.merge)
        self.apart_button = QPushButton(self.tr("Different people: keep apart"), self)
        self.apart_button.clicked.connect(self.keep_apart)
        self.skip_button = QPushButton(self.tr("Later"), self)
        self.skip_button.clicked.connect(self.skip)
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.clicked.connect(self.undo)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (self.merge_button, self.apart_button, self.skip_button, self.undo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count)
        layout.addWidget(self.reason)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        pending = self.store.series.reviews(self.series_id)
        self.count.setText(self.tr("%n uncertain matches to review", "", len(pending)))
        waiting = [r for r in pending if r.id not in self._skipped] or pending
        review = waiting[0] if waiting else None
        self.current = review.id if review is not None else None
        for button in (self.merge_button, self.apart_button, self.skip_button):
            button.setEnabled(review is not None)
        self.undo_button.setEnabled(bool(self.history))
        if review is None:
            set_plain(self.reason, self.tr("Nothing left to review."))
            for cell in self.cells.values():
                cell.clear()
            return
        reason = REASONS.get(review.reason, review.reason)
        set_plain(self.reason, QCoreApplication.translate("PersonMatch", reason))
        for side, participant_id in enumerate((review.participant_a, review.participant_b)):
            person = self.store.participants.get(participant_id)
            meeting = self.store.sessions.get(person.session_id) if person else None
            values = {
                "name": full_name(person) if person else "",
                "organisation": person.organisation if person else "",
                "email": person.email if person else "",
                "meeting": meeting.title if meeting else "",
            }
            for field in FIELDS:
                set_plain(self.cells[(field, side)], values[field])

    def _review(self) -> PersonReview | None:
        return next((r for r in self.store.series.reviews(self.series_id)
                     if r.id == self.current), None)  # fmt: skip

    def merge(self) -> None:
        review = self._review()
        if review is None:
            return
        names = (self.cells[("name", 0)].text(), self.cells[("name", 1)].text())
        question = self.tr("Treat “{a}” and “{b}” as the same person in this series? Each "
                           "meeting keeps its own registration and consent.")  # fmt: skip
        text = message_text(fill(question, a=names[0], b=names[1]))
        answer = QMessageBox.question(self, self.tr("Merge"), text)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._decide(review, MERGED)

    def keep_apart(self) -> None:
        review = self._review()
        if review is not None:
            self._decide(review, APART)

    def skip(self) -> None:
        if self.current is not None:
            self._skipped.add(self.current)
        self.refresh()

    def _decide(self, review: PersonReview, decision: str) -> None:
        review_id = stored_id(review)
        try:
            self.store.series.decide(review_id, decision)
        except StorageError as error:  # two of one meeting, a row deleted elsewhere: say why
            show_error(self, self.tr("Not saved"), error)
            return
        self.history.append((review_id, decision, review.participant_b))
        self.refresh()

    def undo(self) -> None:
        if not self.history:
            return
        review_id, decision, participant = self.history.pop()
        try:
            if decision == MERGED:
                self.store.series.unlink(participant)  # the merge's review is pending again
            else:
                self.store.series.decide(review_id, PENDING)
        except StorageError as error:
            show_error(self, self.tr("Not saved"), error)
        self._skipped.discard(review_id)
        self.refresh()
