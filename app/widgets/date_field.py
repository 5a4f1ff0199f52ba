"""Date and time fields that take what a person types and never keep another value silently.

A QDateEdit with everything selected turned "2027-03-18" into 2026-03-18 (its sections kept the
old year). Here the text is read as a whole by app/core/dates.py: day first (18-03-2027) or year
first (2027-03-18), with a calendar button for those who prefer to click. Text that is not a
date (or a day the calendar lacks) stays on screen as typed, with a message under it saying it
was not saved; `value()` keeps the last good value and `changed` fires only for a good one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from app.core.dates import InputError, parse_date, parse_time, show_date
from app.i18n import user_text
from app.widgets.plain import plain_label


class _TypedField(QWidget):
    changed = Signal()

    def __init__(
        self,
        parse: Callable[[str], date | time],
        show: Callable[[date | time], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._parse = parse
        self._show = show
        self._value: date | time | None = None
        self.edit = QLineEdit(self)
        self.error = plain_label("", self)  # it repeats what was typed: never markup
        self.error.setObjectName("inputError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(self.edit, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.row)
        column.addWidget(self.error)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self._finished)

    def value(self) -> date | time | None:
        """The last good value: what was (or will be) saved."""
        return self._value

    def set_value(self, value: date | time | None) -> None:
        self._value = value
        self.edit.setText(self._show(value) if value is not None else "")
        self.error.hide()

    def is_valid(self) -> bool:
        """Whether the text on screen reads as a value (what a dialog's OK waits for)."""
        try:
            self._parse(self.edit.text())
        except InputError:
            return False
        return True

    def _read(self) -> date | time | None:
        try:
            return self._parse(self.edit.text())
        except InputError as error:
            unsaved = QCoreApplication.translate("DateInput", "(not saved)")
            self.error.setText(user_text(error) + " " + unsaved)
            return None

    def _typed(self, _text: str) -> None:
        """While typing: take the value as soon as it reads as one, complain only on leaving."""
        try:
            value = self._parse(self.edit.text())
        except InputError:
            return
        self._accept(value)

    def _finished(self) -> None:
        value = self._read()
        if value is None:
            self.error.show()
            return
        self._accept(value)
        self.edit.setText(self._show(value))

    def _accept(self, value: date | time) -> None:
        self.error.hide()
        if value != self._value:
            self._value = value
            self.changed.emit()


class DateField(_TypedField):
    """A date typed as dd-mm-yyyy or yyyy-mm-dd, or picked from the calendar."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parse_date, show_date, parent)  # type: ignore[arg-type]  # shows what parse_date made
        self.setObjectName("dateField")
        self.edit.setPlaceholderText(self.tr("dd-mm-yyyy"))
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        menu = QMenu(self)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._open_on_value)
        self.button = QToolButton(self)
        self.button.setObjectName("calendarButton")
        self.button.setText("▼")
        self.button.setToolTip(self.tr("Pick the date on a calendar"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setMenu(menu)
        self.menu = menu
        self.row.addWidget(self.button)
        self.set_value(value)

    def _open_on_value(self) -> None:
        current = self.value()
        if isinstance(current, date):
            self.calendar.setSelectedDate(QDate(current.year, current.month, current.day))

    def _picked(self, picked: QDate) -> None:
        value = date(picked.year(), picked.month(), picked.day())
        self.edit.setText(show_date(value))
        self._accept(value)
        self.menu.hide()

    def iso(self) -> str:
        """The good value as stored ("2027-03-18"); "" when there is none."""
        value = self.value()
        return value.isoformat() if isinstance(value, date) else ""


class TimeField(_TypedField):
    """A clock time typed as 13:30, 13.30 or 1330."""

    def __init__(self, value: time | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parse_time, lambda t: t.strftime("%H:%M"), parent)
        self.setObjectName("timeField")
        self.edit.setPlaceholderText(self.tr("hh:mm"))
        self.edit.setMaximumWidth(90)
        self.row.addStretch(1)
        self.set_value(value)

    def clock(self) -> str:
        """The good value as stored ("13:30"); "" when there is none."""
        value = self.value()
        return value.strftime("%H:%M") if isinstance(value, time) else ""


def date_from_iso(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def time_from_clock(text: str) -> time | None:
    try:
        return parse_time(text) if text else None
    except InputError:
        return None
