"""Shared building blocks of the repositories: versioned updates and change listeners."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar, TypeVar

from sqlmodel import Session, SQLModel, select

from app.storage import messages as msg
from app.storage.errors import ConflictError, NotFoundError
from app.storage.models import utcnow

Model = TypeVar("Model", bound=SQLModel)
Listener = Callable[[str, int], None]  # (table name, session id)


class Changes:
    """Tells interested parties (run console, beamer, other tabs) what was just saved.

    Listeners are widgets, which may only be touched on the GUI thread, while a save can happen
    on any thread. Storage imports no Qt, so the window installs `dispatch` once at start
    (app/widgets/gui_thread.py): it calls at once on the GUI thread and queues the call there
    from any other. Without it (command line, plain tests) listeners are called directly.
    """

    dispatch: ClassVar[Callable[[Callable[[], None]], None] | None] = None

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def emit(self, table: str, session_id: int) -> None:
        if Changes.dispatch is None:
            self._deliver(table, session_id)
        else:
            Changes.dispatch(lambda: self._deliver(table, session_id))

    def _deliver(self, table: str, session_id: int) -> None:
        for listener in list(self._listeners):
            listener(table, session_id)


def versioned_update(
    session: Session,
    model: type[Model],
    record_id: int,
    fields: dict[str, Any],
    expected_version: int | None = None,
) -> Model:
    """Apply fields to one record, refusing if it changed since `expected_version` was read."""
    record = session.exec(
        select(model).where(model.id == record_id).with_for_update()  # type: ignore[attr-defined]  # every table has an id; the bound SQLModel not
    ).first()
    if record is None:
        raise NotFoundError(msg.GONE)
    if expected_version is not None and record.version != expected_version:  # type: ignore[attr-defined]  # versioned tables; not SQLModel
        raise ConflictError(current=record.model_copy())
    for name, value in fields.items():
        if name not in model.model_fields:
            raise AttributeError(f"{model.__name__} has no field {name!r}")
        setattr(record, name, value)
    record.version += 1  # type: ignore[attr-defined]  # versioned tables only; not SQLModel
    record.updated_at = utcnow()
    session.add(record)
    session.flush()
    return record
