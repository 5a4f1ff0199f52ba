"""The talk or break's section of the session report: a segment records nothing of its own, so
its section holds only what note-takers wrote (added by the report for every kind) and is left
out when there is none."""

from __future__ import annotations

from typing import Any

from app.storage.models import Activity
from app.storage.store import Store
from printables.styles import ReportOptions


def section(store: Store, activity: Activity, options: ReportOptions) -> list[Any]:
    del store, activity, options
    return []
