"""Keep Python alive under PySide6 6.12 on Python 3.11: None/True/False made effectively immortal.

On this pairing PySide6 returns None from every void method (setText, update, QTimer.start,
...) and True from `SignalInstance.emit()` without taking a reference, so each such call drops
one reference of the interpreter's None or True. After a few thousand calls (a minute or two of
a live window repainting once a second) Python aborts with "none_dealloc: deallocating None" or
"bool_dealloc". Python 3.12 made these objects immortal; `protect_singletons()` does the same
by giving them 2**40 extra references, which no session can use up. It runs on import of this
module (the timer, beamer and run console import it); the app's start-up and the test
conftest should call it too. `emit()` remains as a cheap belt-and-braces for signal emits.
Found with tests/perf/timer.py and tests/ui/test_beamer.py (an hour of ticks).
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

RESERVE = 1 << 40
_protected = False


def protect_singletons() -> bool:
    """Add a huge reserve of references to None, True and False (Python < 3.12 only)."""
    global _protected
    if _protected or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return _protected
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object, at the object's address
        count = ctypes.c_ssize_t.from_address(id(singleton))
        count.value += RESERVE
    _protected = True
    return True


protect_singletons()


def emit(signal: Any, *args: Any) -> None:
    """signal.emit(*args); with the singletons protected, the lost reference costs nothing."""
    signal.emit(*args)
