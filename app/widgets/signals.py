"""Emit Qt signals from Python without the PySide6 6.12 reference bug on Python 3.11.

On this pairing `SignalInstance.emit()` returns True without taking a reference, so every
emit from Python drops one reference of the interpreter's True; after a few hundred emits
(about ten minutes of a once-a-second timer) Python aborts with "bool_dealloc: deallocating
True or False". `emit()` puts the missing reference back (a permanent Py_IncRef, so nothing
is released at exit) when, and only when, the probe at import finds the bug. Found with
tests/perf/timer.py; Python >= 3.12 makes True immortal and is not affected.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


class _Probe(QObject):
    ping = Signal()


def _emit_drops_a_reference() -> bool:
    probe = _Probe()
    results = []
    before = sys.getrefcount(True)
    for _ in range(4):
        results.append(probe.ping.emit())
    # each kept result holds one reference: a correct emit leaves the count 4 higher
    missing = len(results) - (sys.getrefcount(True) - before)
    for result in results[:missing]:
        _incref(result)  # repay what the probe itself took
    return missing > 0


LEAKS = _emit_drops_a_reference()


def emit(signal: Any, *args: Any) -> None:
    """signal.emit(*args), repaying the reference PySide6 6.12 forgets to take."""
    result = signal.emit(*args)
    if LEAKS and (result is True or result is False):
        _incref(result)
