"""The print hub as the main window's Ctrl+P knows it; it lives in app/activities/print_hub.py,
where the activities' own print buttons can open it too (layers: activities below ui)."""

from __future__ import annotations

from app.activities.print_hub import PrintablesDialog, open_print_hub

__all__ = ["PrintablesDialog", "open_print_hub"]
