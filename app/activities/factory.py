"""Builds an activity's runtime and setup page from the registry, with placeholders as fallback."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from app.activities import registry
from app.activities.base import ActivityRuntime, PlaceholderPage
from app.activities.context import ActivityContext


def kind_label(key: str) -> str:
    """The translated name of an activity kind."""
    return QCoreApplication.translate("ActivityKind", registry.kind(key).label)


def make_runtime(context: ActivityContext, parent: QObject | None = None) -> ActivityRuntime:
    reference = registry.kind(context.activity().kind).runtime
    cls = registry.load(reference) if reference else ActivityRuntime
    return cls(context, parent)


def make_setup(context: ActivityContext, parent: QWidget | None = None) -> QWidget:
    reference = registry.kind(context.activity().kind).setup
    cls = registry.load(reference) if reference else PlaceholderPage
    return cls(context, parent)
