"""The live worksheet: values of every instance, undo per instance, autosave, and `changed`.

The editor (control panel) and the beamer view both read from this object. An edit is applied
here at once (so the beamer follows while the note-taker types), pushed on the instance's undo
stack, and saved within a second by the Autosaver as keyed rows, one per field. Edits saved by
another laptop arrive through the store's change listener; fields with unsaved local edits keep
the local text.
"""

from __future__ import annotations

import weakref
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.activities.base import ActivityRuntime
from app.activities.context import ActivityContext
from app.activities.worksheet import state as sheets
from app.core import worksheets
from app.core.i18n import fill
from app.core.worksheet_fields import normalize
from app.core.worksheets import Definition, Instance
from app.i18n import user_text
from app.storage.errors import StorageError
from app.widgets.autosave import Autosaver

RETRY_MS = 2000  # a failed save is tried again after this pause (and on every new edit)


class FieldEdit(QUndoCommand):
    """One change of one field. Consecutive typing in the same field is folded into the last
    command by the runtime (not by QUndoCommand.id/mergeWith: overriding id() together with
    redo() corrupts reference counts in PySide 6.12)."""

    def __init__(
        self, runtime: WorksheetRuntime, instance: str, field: str, old: Any, new: Any
    ) -> None:
        super().__init__(field)
        self.runtime = weakref.ref(runtime)  # the stack is the runtime's child: no cycle
        self.instance, self.field = instance, field
        self.old, self.new = old, new

    def redo(self) -> None:
        runtime = self.runtime()
        if runtime is not None:
            runtime.apply(self.instance, self.field, self.new)

    def undo(self) -> None:
        runtime = self.runtime()
        if runtime is not None:
            runtime.apply(self.instance, self.field, self.old)


class WorksheetRuntime(ActivityRuntime):
    value_changed = Signal(str, str)  # instance, field: a field got a new value
    instances_changed = Signal()
    current_changed = Signal(str)
    save_failed = Signal(str)  # message
    saved = Signal()

    def __init__(self, context: ActivityContext, parent: QObject | None = None) -> None:
        super().__init__(context, parent)
        self.catalogue = sheets.load_catalogue()
        self.definition: Definition | None = sheets.definition_for(
            context.store, context.activity_id, self.catalogue
        )
        self.instances: list[Instance] = sheets.instances(context.store, context.activity_id)
        self.current = self.instances[0].id
        self.values: dict[str, dict[str, Any]] = {}
        self.stacks: dict[str, QUndoStack] = {}
        self._dirty: set[tuple[str, str]] = set()
        self._last_typing: tuple[str, str, int, FieldEdit] | None = None
        save = weakref.WeakMethod(self._save)  # no cycle through the child Autosaver

        def save_now() -> None:
            method = save()
            if method is not None:  # the runtime is gone: nothing left to save
                method()

        self.autosaver = Autosaver(save_now, parent=self)
        self.autosaver.failed.connect(self._failed)
        self.autosaver.saved.connect(self.saved)
        self.follow_store(True)
        self.reload()

    # ------------------------------------------------------------------ reading

    @property
    def language(self) -> str:
        return self.context.language

    def value(self, field: str, instance: str | None = None) -> Any:
        return self.values.get(instance or self.current, {}).get(field)

    def instance_values(self, instance: str | None = None) -> dict[str, Any]:
        return self.values.get(instance or self.current, {})

    def instance_name(self, instance: str | None = None) -> str:
        ident = instance or self.current
        return next((i.name for i in self.instances if i.id == ident), "")

    def stack(self, instance: str | None = None) -> QUndoStack:
        ident = instance or self.current
        if ident not in self.stacks:
            self.stacks[ident] = QUndoStack(self)
        return self.stacks[ident]

    def reload_from_store(self) -> None:
        self.reload()

    def reload(self) -> None:
        """Read instances and values from the store (local unsaved edits win)."""
        store, activity_id = self.context.store, self.context.activity_id
        if store.agenda.get(activity_id) is None:
            return
        self.instances = sheets.instances(store, activity_id)
        if self.current not in {i.id for i in self.instances}:
            self.current = self.instances[0].id
            self.current_changed.emit(self.current)
        if self.definition is None:
            self.changed.emit()
            return
        for instance in self.instances:
            fresh = sheets.read_values(store, self.definition, activity_id, instance.id)
            old = self.values.get(instance.id, {})
            moved = []
            for key, value in fresh.items():
                if (instance.id, key) in self._dirty:
                    fresh[key] = old.get(key, value)
                elif old and old.get(key) != value:
                    moved.append(key)
            self.values[instance.id] = fresh
            for key in moved:
                self.value_changed.emit(instance.id, key)
        self.instances_changed.emit()
        self.changed.emit()

    # ------------------------------------------------------------------ editing

    def edit(self, field: str, value: Any, merge: bool = False) -> None:
        """A note-taker's edit of the current instance: undoable, applied now, saved soon."""
        if self.definition is None:
            return
        value = normalize(self.definition.field(field), value)
        old = self.value(field)
        if value == old:
            return
        stack = self.stack()
        last = self._last_typing
        if merge and last and last[:2] == (self.current, field) and last[2] == stack.index():
            last[3].new = value  # same field, still typing: one undo step
            self.apply(self.current, field, value)
            return
        command = FieldEdit(self, self.current, field, old, value)
        stack.push(command)
        self._last_typing = (self.current, field, stack.index(), command) if merge else None

    def apply(self, instance: str, field: str, value: Any) -> None:
        self.values.setdefault(instance, {})[field] = value
        self._dirty.add((instance, field))
        self.autosaver.touch()
        self.value_changed.emit(instance, field)
        self.changed.emit()

    def _save(self) -> None:
        for instance, field in sorted(self._dirty):
            sheets.write_value(
                self.context.store,
                self.context.activity_id,
                instance,
                field,
                self.values.get(instance, {}).get(field),
            )
            self._dirty.discard((instance, field))

    def _failed(self, error: object) -> None:
        """Keep the typed text and try again: a locked or unreachable database (a laptop that
        lost the room's network) must not lose what the note-taker typed."""
        if isinstance(error, StorageError):
            message = user_text(error)
        else:
            message = fill(self.tr("the database did not answer ({error})"), error=error)
        self.save_failed.emit(message)
        QTimer.singleShot(RETRY_MS, self, self._retry)

    def _retry(self) -> None:
        if self._dirty:
            self.autosaver.touch()

    def flush(self) -> None:
        self.autosaver.flush()

    # ------------------------------------------------------------------ instances

    def select(self, instance: str) -> None:
        if instance != self.current and instance in {i.id for i in self.instances}:
            self.current = instance
            self.current_changed.emit(instance)
            self.changed.emit()

    def add_instance(self, name: str) -> str:
        self.flush()
        ident = worksheets.new_instance_id(self.instances)
        self._store_instances([*self.instances, Instance(ident, name)])
        self.select(ident)
        return ident

    def rename_instance(self, instance: str, name: str) -> None:
        self._store_instances(
            [Instance(i.id, name if i.id == instance else i.name) for i in self.instances]
        )

    def remove_instance(self, instance: str) -> None:
        """Remove an instance and its values (the last one stays: an activity needs one)."""
        remaining = [i for i in self.instances if i.id != instance]
        if not remaining:
            return
        self.flush()
        sheets.remove_instance_values(self.context.store, self.context.activity_id, instance)
        self.values.pop(instance, None)
        self.stacks.pop(instance, None)
        self._store_instances(remaining)

    def _store_instances(self, items: list[Instance]) -> None:
        sheets.save_instances(self.context.store, self.context.activity_id, items)
        self.instances = items
        self.reload()

    # ------------------------------------------------------------------ contract

    def handle_key(self, key: str) -> bool:
        """next/back step through the instances (groups) on the beamer, then the agenda moves."""
        ids = [i.id for i in self.instances]
        index = ids.index(self.current)
        target = index + (1 if key == "next" else -1 if key == "back" else 0)
        if target == index or not 0 <= target < len(ids):
            return False
        self.select(ids[target])
        return True

    def start(self) -> None:
        self.follow_store(True)
        self.reload()

    def stop(self) -> None:
        self.flush()
        self.follow_store(False)
