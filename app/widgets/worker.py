"""Long work off the GUI thread: a function runs in QThreadPool and reports through signals.

The function receives a `progress(done, total)` callback; results and errors come back on the GUI
thread as `finished(result)` / `failed(exception)`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class WorkerSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class Worker(QRunnable):
    def __init__(self, job: Callable[[Callable[[int, int], None]], Any]) -> None:
        super().__init__()
        self.job = job
        self.signals = WorkerSignals()
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self.job(self.signals.progress.emit)
        except Exception as error:
            self.signals.failed.emit(error)
            return
        self.signals.finished.emit(result)


def start(job: Callable[[Callable[[int, int], None]], Any]) -> Worker:
    """Run job(progress) in the global thread pool; keep the returned Worker referenced."""
    worker = Worker(job)
    QThreadPool.globalInstance().start(worker)
    return worker
