"""Builds an activity's parts from the registry: its runtime and setup page, and the runtime's
console control and beamer view, with placeholders as fallback."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from app.activities import registry
from app.activities.base import ActivityRuntime, PlaceholderPage, title_view
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


def make_control(runtime: ActivityRuntime, parent: QWidget | None = None) -> QWidget:
    """The console panel for a running activity: the kind's `control`, built from its runtime;
    a placeholder that says so for a kind without one."""
    cls = _view_class(runtime, "control")
    return cls(runtime, parent) if cls is not None else PlaceholderPage(runtime.context, parent)


def make_beamer(runtime: ActivityRuntime, parent: QWidget | None = None) -> QWidget:
    """The beamer view for a running activity: the kind's `beamer`, built from its runtime; the
    activity's title for a kind without one."""
    cls = _view_class(runtime, "beamer")
    return cls(runtime, parent) if cls is not None else title_view(runtime.context, parent)


def _view_class(runtime: ActivityRuntime, part: str) -> Any:
    """The class the registry names for this part, when the runtime is the kind's own (a generic
    stand-in runtime, e.g. after the kind failed to start, gets the placeholders)."""
    kind = registry.kind(runtime.context.activity().kind)
    reference = getattr(kind, part)
    if not reference or not kind.runtime or not isinstance(runtime, registry.load(kind.runtime)):
        return None
    return registry.load(reference)
