"""The phases of a meet-and-greet, shared by its runtime and its views (no Qt)."""

from __future__ import annotations

READY, ROUND, SWITCH, DONE = "ready", "round", "switch", "done"
