"""Shared building blocks of the repositories: versioned updates and change listeners."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlmodel import Session, SQLModel, select

from app.storage import messages as msg
from app.storage.errors import ConflictError, NotFoundError
from app.storage.models import utcnow

Model = TypeVar("Model", bound=SQLModel)


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
