"""The session's place in a series, on the Overview tab.

Choose the series (or make one, or take the session out), see the meeting's place and how many
uncertain matches of people wait for review (with the review dialog a click away), set the date
after which the series is anonymised — and, once it has passed, the offer to do it — and make
the next meeting of the series, with this meeting's agenda copied if wanted.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from app.core.dates import show_date
from app.core.i18n import fill
from app.storage.content_language import content_language, settings_with
from app.storage.errors import StorageError
from app.storage.retention import is_due
from app.storage.store import Store
from app.ui.messages import show_error
from app.widgets.date_field import DateField
from app.widgets.plain import message_text, plain_label, set_plain

NEW = -1  # the combo's "New series…" entry


class SeriesBox(QGroupBox):
    open_requested = Signal(int)  # the next meeting was made: open it
    changed = Signal()

    def __init__(
        self,
        store: Store,
        session_id: int,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Series"))
        self.store = store
        self.session_id = session_id
        self.today = today
        self.choice = QComboBox(self)
        self.choice.setObjectName("seriesChoice")
        self.choice.activated.connect(self._chosen)
        self.place = plain_label("", self)
        self.reviews = QLabel(self)
        self.review_button = QPushButton(self.tr("Review people…"), self)
        self.review_button.clicked.connect(self.review)
        self.next_button = QPushButton(self.tr("Next meeting in this series…"), self)
        self.next_button.clicked.connect(self.next_meeting)
        self.retention = QCheckBox(self.tr("Anonymise after"), self)
        self.retention.toggled.connect(self._retention_toggled)
        self.retention_date = DateField(None, self)
        self.retention_date.changed.connect(self._save_retention)
        self.due = plain_label("", self)
        self.due.setObjectName("anonymiseDue")
        self.due.setWordWrap(True)
        self.anonymise_button = QPushButton(self.tr("Anonymise now…"), self)
        self.anonymise_button.clicked.connect(self.anonymise)

        grid = QGridLayout(self)
        grid.addWidget(self.choice, 0, 0)
        grid.addWidget(self.place, 0, 1)
        grid.addWidget(self.next_button, 0, 2)
        grid.addWidget(self.reviews, 1, 0, 1, 2)
        grid.addWidget(self.review_button, 1, 2)
        row = QHBoxLayout()
        row.addWidget(self.retention)
        row.addWidget(self.retention_date, 1)
        grid.addLayout(row, 2, 0, 1, 3)
        grid.addWidget(self.due, 3, 0, 1, 2)
        grid.addWidget(self.anonymise_button, 3, 2)
        self.refresh()

    # -- showing ----------------------------------------------------------------------------
    @property
    def series_id(self) -> int | None:
        return self.store.series.of_session(self.session_id)

    def refresh(self) -> None:
        current = self.series_id
        self.choice.blockSignals(True)
        self.choice.clear()
        self.choice.addItem(self.tr("Stands alone"), None)
        for series in self.store.series.list():
            self.choice.addItem(series.title, series.id)
        self.choice.addItem(self.tr("New series…"), NEW)
        self.choice.setCurrentIndex(max(0, self.choice.findData(current)))
        self.choice.blockSignals(False)
        in_series = current is not None
        for widget in (self.place, self.reviews, self.review_button, self.next_button,
                       self.retention, self.retention_date):  # fmt: skip
            widget.setVisible(in_series)
        self.due.hide()
        self.anonymise_button.hide()
        if current is None:
            return
        meetings = self.store.series.sessions(current)
        place = next(i for i, m in enumerate(meetings) if m.id == self.session_id) + 1
        set_plain(self.place, fill(self.tr("Meeting {place} of {count}"),
                                   place=place, count=len(meetings)))  # fmt: skip
        pending = self.store.series.pending_reviews(current)
        self.reviews.setText(self.tr("%n uncertain matches to review", "", pending))
        self.review_button.setEnabled(pending > 0)
        shown = self.store.series.get(current)
        assert shown is not None
        self.retention.blockSignals(True)
        self.retention.setChecked(shown.anonymise_after is not None)
        self.retention.blockSignals(False)
        self.retention_date.setEnabled(shown.anonymise_after is not None)
        if shown.anonymise_after is not None:
            self.retention_date.set_value(shown.anonymise_after)
        if shown.anonymised_at is not None:
            set_plain(self.due, self.tr("This series has been anonymised."))
            self.due.show()
        elif shown.anonymise_after is not None and is_due(shown, self.today()):
            text = self.tr("The date to anonymise this series ({date}) has passed.")
            set_plain(self.due, fill(text, date=show_date(shown.anonymise_after)))
            self.due.show()
            self.anonymise_button.show()

    # -- asking (tests answer these) ---------------------------------------------------------
    def ask_text(self, title: str, label: str, default: str = "") -> str | None:
        text, ok = QInputDialog.getText(self, title, label, text=default)
        return text.strip() if ok and text.strip() else None

    def ask(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, message_text(text))
        return answer == QMessageBox.StandardButton.Yes

    # -- acting ---------------------------------------------------------------------------
    def _chosen(self, _index: int) -> None:
        wanted = self.choice.currentData()
        current = self.series_id
        try:
            if wanted == NEW:
                title = self.ask_text(self.tr("New series"), self.tr("Name of the series:"))
                if title is None:
                    self.refresh()
                    return
                wanted = self.store.series.create(title)
            if wanted == current:
                return
            if current is not None and self.store.series.people(self.session_id):
                old = self.store.series.get(current)
                question = fill(
                    self.tr(
                        "Take this meeting out of “{series}”? Its people are no longer "
                        "linked to the other meetings of the series."
                    ),
                    series=old.title if old else "",
                )
                if not self.ask(self.tr("Series"), question):
                    self.refresh()
                    return
            self.store.series.add_session(wanted, self.session_id)
        except StorageError as error:
            show_error(self, self.tr("Not saved"), error)
        self.refresh()
        self.changed.emit()

    def review(self) -> None:
        from app.ui.people_review import PeopleReviewDialog

        current = self.series_id
        if current is None:
            return
        PeopleReviewDialog(self.store, current, self).exec()
        self.refresh()

    def _retention_toggled(self, on: bool) -> None:
        self.retention_date.setEnabled(on)
        if on and self.retention_date.value() is None:
            self.retention_date.set_value(self.today() + timedelta(days=365 * 2))
        self._save_retention()

    def _save_retention(self) -> None:
        current = self.series_id
        if current is None:
            return
        value = self.retention_date.value() if self.retention.isChecked() else None
        try:
            self.store.series.update(current, anonymise_after=value)
        except StorageError as error:
            show_error(self, self.tr("Not saved"), error)
        self.refresh()

    def anonymise(self) -> None:
        current = self.series_id
        if current is None:
            return
        question = self.tr("Remove the names and e-mail addresses of everyone in every meeting "
                           "of this series? Counts, organisations and texts stay. This cannot be "
                           "undone.")  # fmt: skip
        if not self.ask(self.tr("Anonymise"), question):
            return
        try:
            self.store.series.anonymise(current)
        except StorageError as error:
            show_error(self, self.tr("Not saved"), error)
        self.refresh()
        self.changed.emit()

    def next_meeting(self) -> None:
        current = self.series_id
        if current is None:
            return
        meetings = self.store.series.sessions(current)
        default = fill(self.tr("Meeting {number}"), number=len(meetings) + 1)
        title = self.ask_text(self.tr("Next meeting"), self.tr("Title of the next meeting:"),
                              default)  # fmt: skip
        if title is None:
            return
        this = self.store.sessions.get(self.session_id)
        copy = self.ask(
            self.tr("Next meeting"),
            fill(
                self.tr("Copy the agenda of “{title}” into the next meeting?"),
                title=this.title if this else "",
            ),
        )
        try:
            made = self.store.series.new_session(
                current,
                title,
                agenda_from=self.session_id if copy else None,
                start_time=this.start_time if this else "",
                venue=this.venue if this else "",
                organisers=this.organisers if this else "",
                capacity=this.capacity if this else 0,
                # the language only: roles and the run's resume point name this meeting's parts
                settings=settings_with(content_language(self.store, self.session_id)),
            )
        except StorageError as error:
            show_error(self, self.tr("Not saved"), error)
            return
        assert made.id is not None
        self.open_requested.emit(made.id)
