"""Overview tab: the session's title, date, start time, venue, organisers and capacity.

Every field saves itself shortly after typing stops (Autosaver), and at once on leaving the tab.
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from app.core.i18n import CONTENT_LANGUAGE_NAMES
from app.storage.content_language import content_language, set_content_language
from app.storage.store import Store
from app.ui.messages import show_error
from app.ui.name_order_box import NameOrderBox
from app.ui.pages.ready_line import ReadyLine
from app.ui.series_box import SeriesBox
from app.widgets.autosave import Autosaver
from app.widgets.date_field import DateField, TimeField, date_from_iso, time_from_clock


def language_box(chosen: str, parent: QWidget | None = None) -> QComboBox:
    """A choice of content language, each named in its own language."""
    box = QComboBox(parent)
    box.setObjectName("contentLanguage")
    for code, name in CONTENT_LANGUAGE_NAMES.items():
        box.addItem(name, code)
    box.setCurrentIndex(max(0, box.findData(chosen)))
    return box


class OverviewPage(QWidget):
    title_changed = Signal(str)
    content_language_changed = Signal(str)
    go_to = Signal(str)  # from the ready line: "participants" or "agenda:<activity id>"

    def __init__(self, store: Store, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.session_id = session_id
        meeting = store.sessions.get(session_id)
        assert meeting is not None
        self.title = QLineEdit(meeting.title, self)
        # typed as people write them; a wrong date stays on screen with a message (issue 21)
        self.date = DateField(date_from_iso(meeting.date) or date.today(), self)
        self.start = TimeField(time_from_clock(meeting.start_time) or time(13, 0), self)
        self.venue = QLineEdit(meeting.venue, self)
        self.organisers = QPlainTextEdit(meeting.organisers, self)
        self.organisers.setTabChangesFocus(True)
        self.organisers.setMaximumHeight(90)
        self.capacity = QSpinBox(self)
        self.capacity.setRange(0, 10_000)
        self.capacity.setSpecialValueText(self.tr("no limit"))
        self.capacity.setValue(meeting.capacity)
        self.language = language_box(content_language(store, session_id), self)
        self.language.setToolTip(
            self.tr("The language of the statements, questions, instructions and bingo pool on "
                    "the beamer, on phones and in the report, whatever language the app speaks")
        )  # fmt: skip
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("savedHint")

        form = QFormLayout(self)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Date:"), self.date)
        form.addRow(self.tr("Starts at:"), self.start)
        form.addRow(self.tr("Venue:"), self.venue)
        form.addRow(self.tr("Organisers:"), self.organisers)
        form.addRow(self.tr("Capacity:"), self.capacity)
        form.addRow(self.tr("Content language:"), self.language)
        self.name_order = NameOrderBox(store, session_id, self)
        form.addRow(NameOrderBox.caption(), self.name_order)
        form.addRow("", self.saved_label)
        self.series_box = SeriesBox(store, session_id, self)  # the series this meeting is in
        form.addRow(self.series_box)
        self.ready = ReadyLine(store, session_id, self)
        self.ready.go_to.connect(self.go_to)
        self.ready.print_requested.connect(self.print_materials)
        form.addRow(self.ready)
        self.ready.refresh()

        self.autosaver = Autosaver(self.save, parent=self)
        self.autosaver.saved.connect(lambda: self.saved_label.setText(self.tr("All changes saved")))
        self.autosaver.failed.connect(lambda error: show_error(self, self.tr("Not saved"), error))
        for signal in (self.title.textEdited, self.venue.textEdited,
                       self.organisers.textChanged, self.date.changed,
                       self.start.changed, self.capacity.valueChanged):  # fmt: skip
            signal.connect(self._edited)
        # save at once when a field is left
        self.title.editingFinished.connect(self.autosaver.flush)
        self.venue.editingFinished.connect(self.autosaver.flush)

    def refresh(self) -> None:
        """The tab shows again: what is ready (and the reviews waiting) may have changed."""
        self.ready.refresh()
        self.series_box.refresh()

    def print_materials(self) -> None:
        """The print hub (the same dialog as Ctrl+P); the ready line follows what it wrote."""
        from app.ui.printables_dialog import PrintablesDialog

        PrintablesDialog(self.store, self.session_id, self).exec()
        self.ready.refresh()

    def _language_chosen(self, _index: int) -> None:
        code = self.language.currentData()
        try:
            set_content_language(self.store, self.session_id, code)
        except Exception as error:  # the database went away: say so, keep the choice shown
            show_error(self, self.tr("Not saved"), error)
            return
        self.saved_label.setText(self.tr("All changes saved"))
        self.content_language_changed.emit(code)

    def _edited(self, *_args: object) -> None:
        self.saved_label.setText(self.tr("Saving…"))
        self.autosaver.touch()

    def save(self) -> None:
        meeting = self.store.sessions.get(self.session_id)
        capacity_changed = meeting is not None and meeting.capacity != self.capacity.value()
        title = self.title.text().strip() or self.tr("Untitled session")
        self.store.sessions.update(
            self.session_id,
            title=title,
            date=self.date.iso(),  # the last good date typed or picked
            start_time=self.start.clock(),
            venue=self.venue.text().strip(),
            organisers=self.organisers.toPlainText().strip(),
            capacity=self.capacity.value(),
        )
        if capacity_changed:
            self.store.participants.rebalance(self.session_id)
        self.title_changed.emit(title)
