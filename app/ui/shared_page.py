"""The "Shared" tab of a session: several laptops on one database.

What it adds to the workspace: the connection state (a red line the moment the shared database
is out of reach), live changes from other laptops relayed to everything that listens to the store
(run console, beamer, report), the roles (which laptop takes notes for which group or worksheet)
and a note field per assignment that survives a dropped network (outbox) and never overwrites
someone else's text (conflict dialog). A note-taker's laptop lists only its assignments; the
facilitator's (any laptop not listed as note-taker) lists everything.

On PostgreSQL the live feed starts at once; on a SQLite file it is a choice (two app instances on
one file, e.g. a network share), so a plain local session runs no background thread.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor, QHideEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core import roles
from app.core.i18n import fill
from app.storage.errors import ConflictError, StorageError
from app.storage.live import POLL_SECONDS
from app.storage.models import stored_id
from app.storage.settings import SessionSettings, change_session_settings, session_settings
from app.storage.store import Store
from app.ui.parked_box import ParkedBox, reason_text
from app.widgets.autosave import Autosaver
from app.widgets.live import ConnectionBadge, SharedEditing, laptop_id
from app.widgets.plain import plain_label

# the tab's label, translated by the workspace (listed in its EXTRA_TABS)
TAB_LABEL = QT_TRANSLATE_NOOP("SessionWorkspace", "Shared")
Target = tuple[int, str | None]  # (activity id, part or None for the whole activity)


class SharedPage(QWidget):
    def __init__(
        self,
        store: Store,
        session_id: int,
        parent: QWidget | None = None,
        *,
        laptop: str | None = None,
        outbox_path: Path | None = None,
        interval: float = POLL_SECONDS,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.session_id = session_id
        self.laptop = laptop or laptop_id()
        # who decides after a conflict; tests replace it (the dialog is modal)
        self.resolver: Callable[[str, str], str | None] = self._ask
        self.editing = SharedEditing(
            store,
            session_id,
            outbox_path,
            resolve=lambda mine, theirs: self.resolver(mine, theirs),
            parent=self,
            interval=interval,
        )
        self.editing.changed.connect(self._remote_change)
        self.editing.online_changed.connect(self._online)
        self.editing.replayed.connect(self._replayed)
        self._target: Target | None = None
        self._base = 0
        self._loading = False
        self._tab_title: str | None = None
        self.autosaver = Autosaver(self._save_note, parent=self)

        self.badge = ConnectionBadge(self)
        self.editing.online_changed.connect(self.badge.set_online)
        about = QLabel(
            fill(
                self.tr("Database: {name}. This laptop: {laptop}."),
                name=store.db.display_name,
                laptop=self.laptop,
            )
        )
        about.setWordWrap(True)
        about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.live_box = QCheckBox(
            self.tr("Another Tafelronde uses this file too: show its changes here")
        )
        self.live_box.setVisible(store.db.is_sqlite)
        self.live_box.toggled.connect(self._toggle_live)

        layout = QVBoxLayout(self)
        layout.addWidget(self.badge)
        layout.addWidget(about)
        layout.addWidget(self.live_box)
        self.roles_box = self._roles_box()
        layout.addWidget(self.roles_box)
        layout.addWidget(self._notes_box(), 1)
        titles = lambda: {stored_id(a): a.title or a.kind for a in store.agenda.list(session_id)}  # noqa: E731
        self.parked_box = ParkedBox(self.editing.writer.outbox, titles, self.editing.replay)
        self.editing.parked.connect(self.parked_box.refresh)
        layout.addWidget(self.parked_box)
        self.reload_roles()
        if store.db.is_sqlite:
            self.editing.replay()  # edits kept when a save failed last time (no feed to wait for)
        else:
            self.editing.start()  # replays the outbox, then follows the other laptops

    # -- building ------------------------------------------------------------------------
    def _roles_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Note-takers"))
        grid = QGridLayout(box)
        self.roles_table = QTableWidget(0, 3)
        self.roles_table.setHorizontalHeaderLabels(
            [self.tr("Laptop"), self.tr("Activity"), self.tr("Group or worksheet")]
        )
        self.roles_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.roles_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.roles_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.roles_table.verticalHeader().setVisible(False)
        self.roles_table.setMaximumHeight(170)
        grid.addWidget(self.roles_table, 0, 0, 1, 4)
        self.assign_laptop = QLineEdit(self.laptop)
        self.assign_laptop.setToolTip(self.tr("The laptop id shown on that laptop's Shared tab"))
        self.assign_activity = QComboBox()
        self.assign_part = QLineEdit()
        self.assign_part.setPlaceholderText(self.tr("e.g. group-3 (empty: the whole activity)"))
        self.assign_button = QPushButton(self.tr("Make note-taker"))
        self.assign_button.clicked.connect(self.assign_selected)
        self.release_button = QPushButton(self.tr("Remove laptop"))
        self.release_button.clicked.connect(self.release_selected)
        grid.addWidget(self.assign_laptop, 1, 0)
        grid.addWidget(self.assign_activity, 1, 1)
        grid.addWidget(self.assign_part, 1, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.assign_button)
        buttons.addWidget(self.release_button)
        grid.addLayout(buttons, 1, 3)
        self.role_line = plain_label()  # may quote a reason from the database
        self.role_line.setWordWrap(True)
        grid.addWidget(self.role_line, 2, 0, 1, 4)
        return box

    def _notes_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Notes"))
        layout = QVBoxLayout(box)
        self.targets = QComboBox()
        self.targets.currentIndexChanged.connect(self._target_chosen)
        self.editor = QPlainTextEdit()
        self.editor.textChanged.connect(self._typed)
        self.note_state = plain_label()  # may quote a reason from the database
        self.note_state.setWordWrap(True)
        layout.addWidget(self.targets)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.note_state)
        return box

    # -- roles ---------------------------------------------------------------------------
    def _change_settings(self, change: Callable[[dict], dict]) -> None:
        """Apply `change` to the session settings; retried when another laptop saved first."""
        try:
            change_session_settings(
                self.store, self.session_id, lambda s: SessionSettings(change(s.as_dict()))
            )
        except LookupError:
            return  # the session was deleted meanwhile

    def assign_selected(self) -> None:
        laptop = self.assign_laptop.text().strip()
        activity_id = self.assign_activity.currentData()
        if not laptop or activity_id is None:
            self.role_line.setText(self.tr("Choose a laptop id and an activity first."))
            return
        part = self.assign_part.text().strip() or None
        self._guarded(lambda: self._change_settings(
            lambda s: roles.assign(s, laptop, int(activity_id), part)))  # fmt: skip
        self.reload_roles()

    def release_selected(self) -> None:
        rows = {index.row() for index in self.roles_table.selectedIndexes()}
        cells = [self.roles_table.item(row, 0) for row in rows]
        laptops = {cell.text() for cell in cells if cell is not None}
        laptops = laptops or {self.assign_laptop.text().strip()}

        def release(laptop: str) -> None:
            self._change_settings(lambda s: roles.release(s, laptop))

        for laptop in laptops:
            self._guarded(partial(release, laptop))
        self.reload_roles()

    def _guarded(self, job: Callable[[], None]) -> None:
        from sqlalchemy.exc import SQLAlchemyError

        from app.ui.messages import error_text

        try:
            job()
        except (StorageError, SQLAlchemyError) as error:  # e.g. the network dropped
            self.role_line.setText(fill(self.tr("Not saved: {reason}"), reason=error_text(error)))

    def reload_roles(self) -> None:
        """Refill the roles table, the activity choices and this laptop's note targets."""
        activities = self.store.agenda.list(self.session_id)
        titles = {a.id: a.title or a.kind for a in activities}
        stored = session_settings(self.store, self.session_id)
        settings, takers = stored.as_dict(), stored.note_takers
        rows = [(laptop, entry) for laptop, entries in sorted(takers.items()) for entry in entries]
        self.roles_table.setRowCount(len(rows))
        for row, (laptop, entry) in enumerate(rows):
            cells = (laptop, titles.get(entry.get("activity"), "?"), entry.get("part") or "")
            for column, text in enumerate(cells):
                self.roles_table.setItem(row, column, QTableWidgetItem(str(text)))
        chosen = self.assign_activity.currentData()
        self.assign_activity.clear()
        for activity in activities:
            self.assign_activity.addItem(titles[activity.id], activity.id)
        if chosen is not None and self.assign_activity.findData(chosen) >= 0:
            self.assign_activity.setCurrentIndex(self.assign_activity.findData(chosen))
        # a note-taker login (tafelronde db setup-roles) may not edit roles either
        note_taker = roles.is_note_taker(settings, self.laptop) or self.store.notes_only_login
        if note_taker:
            self.role_line.setText(self.tr("This laptop is a note-taker: it shows only its part."))
        else:
            self.role_line.setText(self.tr("This laptop sees everything (facilitator)."))
        # a note-taker's screen offers only its notes: assigning is the facilitator's job
        for widget in (self.roles_table, self.assign_laptop, self.assign_activity,
                       self.assign_part, self.assign_button, self.release_button):  # fmt: skip
            widget.setVisible(not note_taker)
        self._fill_targets(settings, activities, titles, takers)

    def _fill_targets(self, settings, activities, titles, takers) -> None:
        targets: list[Target] = []
        for activity in activities:
            assigned = {
                e.get("part")
                for entries in takers.values()
                for e in entries
                if e.get("activity") == activity.id and e.get("part")
            }
            parts: list[str | None] = [None, *sorted(assigned)]
            for part in parts:
                if part is None and roles.is_note_taker(settings, self.laptop):
                    if not roles.allowed(settings, self.laptop, activity.id, ""):
                        continue  # a note-taker of one group does not get the whole activity
                elif not roles.allowed(settings, self.laptop, activity.id, part):
                    continue
                targets.append((activity.id, part))
        current = self._target
        self.targets.blockSignals(True)
        self.targets.clear()
        for activity_id, part in targets:
            label = titles[activity_id] if part is None else f"{titles[activity_id]} — {part}"
            self.targets.addItem(label, (activity_id, part))
        self.targets.blockSignals(False)
        index = targets.index(current) if current in targets else 0 if targets else -1
        self.targets.setCurrentIndex(index)
        self._target_chosen(index)

    def target_list(self) -> list[Target]:
        return [self.targets.itemData(i) for i in range(self.targets.count())]

    # -- notes ---------------------------------------------------------------------------
    def _target_chosen(self, index: int) -> None:
        self.autosaver.flush()
        target = self.targets.itemData(index) if index >= 0 else None
        if target is not None:
            target = (int(target[0]), target[1])
        if target != self._target or index < 0:
            self._target = target
            self.load_note()
        self.editor.setEnabled(self._target is not None)

    def load_note(self) -> None:
        """Show the saved text of the chosen note (and remember its version as the base)."""
        text, self._base = "", 0
        if self._target is not None:
            row = self.store.results.row(self._target[0], roles.note_key(self._target[1]))
            if row is not None:
                value = json.loads(row.value)
                text, self._base = (value if isinstance(value, str) else str(value)), row.version
        self._loading = True
        self.editor.setPlainText(text)
        self._loading = False

    def _typed(self) -> None:
        if not self._loading and self._target is not None:
            self.autosaver.touch()

    def _save_note(self) -> None:
        if self._target is None:
            return
        activity_id, part = self._target
        text = self.editor.toPlainText()
        merged_before = self.editing.writer.merged
        try:
            saved = self.editing.writer.save_text(
                activity_id, roles.note_key(part), text, self._base
            )
        except ConflictError:
            self.note_state.setText(
                self.tr("Not saved yet: someone else changed this note. Your text stays here.")
            )
            raise
        except StorageError as error:  # e.g. refused: not this laptop's group (RoleError)
            from app.ui.messages import error_text

            self.note_state.setText(fill(self.tr("Not saved: {reason}"), reason=error_text(error)))
            return
        if not saved and self.editing.writer.last_parked:  # refused for good: kept below
            self.parked_box.refresh()
            why = reason_text(self.editing.writer.outbox.parked()[-1])
            self.note_state.setText(fill(self.tr("Not saved: {reason} Kept below."), reason=why))
            return
        if not saved:
            self.note_state.setText(
                self.tr("Kept on this laptop; saved as soon as the connection is back.")
            )
            return
        row = self.editing.writer.last_text_row
        self._base = row.version if row is not None else self._base
        if self.editing.writer.merged != merged_before:
            self.load_note()  # the merged text replaces what was typed
        self.note_state.setText(self.tr("Saved."))

    def _ask(self, mine: str, theirs: str) -> str | None:
        from app.ui.conflict_dialog import resolve_conflict

        return resolve_conflict(self, self.targets.currentText(), mine, theirs)

    # -- the feed ------------------------------------------------------------------------
    def _toggle_live(self, on: bool) -> None:
        if on and not self.editing.started:
            self.editing.start()
        elif not on and self.editing.started:
            self.editing.stop()

    def _remote_change(self, table: str, _session_id: int) -> None:
        if table == "meeting_session" or table == "activity":
            self.reload_roles()
        elif table == "activity_result" and not self.autosaver.pending:
            self.load_note()  # nothing typed since the last save: show their text

    def _online(self, online: bool) -> None:
        if online and not self.autosaver.pending:
            self.load_note()
        self._show_everywhere(online)

    def _show_everywhere(self, online: bool) -> None:
        """The red line is on this tab; the tab title and the window's status bar say it too,
        so a drop is seen at once whichever tab is open."""
        self.badge.set_online(online)  # (also connected directly; its text is needed below)
        tabs = self.parentWidget()
        while tabs is not None and not isinstance(tabs, QTabWidget):
            tabs = tabs.parentWidget()
        if tabs is not None and (index := tabs.indexOf(self)) >= 0:
            if self._tab_title is None:
                self._tab_title = tabs.tabText(index)
            title = self._tab_title if online else self.tr("{tab} (offline)")
            tabs.setTabText(index, fill(title, tab=self._tab_title))
            colour = QColor("#b3261e") if not online else QColor()
            tabs.tabBar().setTabTextColor(index, colour)
        window = self.window()
        if isinstance(window, QMainWindow):
            if online:
                window.statusBar().clearMessage()
            else:
                window.statusBar().showMessage(self.badge.text())

    def _replayed(self, count: int) -> None:
        self.note_state.setText(self.tr("Connection back: %n waiting edit(s) saved.", "", count))
        if not self.autosaver.pending:
            self.load_note()

    def flush(self) -> None:
        self.autosaver.flush()

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the tab or the session saves what was typed (or queues it when offline)."""
        self.flush()
        super().hideEvent(event)
