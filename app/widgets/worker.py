"""Long work off the GUI thread: a function runs in QThreadPool and reports through signals.

The function receives a `progress(done, total)` callback; results and errors come back on the GUI
thread as `finished(result)` / `failed(exception)`. Start one with `start(job, finished=…,
failed=…, progress=…)`: the slots are connected before the job runs, so a quick job cannot finish
unheard. `Worker.cancel()` lets a window close without waiting: the job's next progress() call
raises `Cancelled` (jobs report progress between items), and a cancelled worker emits nothing
more (its window may be gone).

While any job runs, Python's cyclic garbage collector is switched off: a collection that starts
on the worker's thread would delete unreachable Qt objects of the GUI (a page closed a moment
ago, with its timers) on that thread, which Qt refuses ("Timers cannot be stopped from another
thread") and which can crash the app. The collector runs again, on the GUI thread's allocations,
once the last job has ended.

Every Worker is also kept in `_alive` until a second after its run() returned: a caller that
drops its reference in the `finished` slot would otherwise let the GUI thread free the
QRunnable while the pool thread is still leaving its run() (an intermittent segfault).
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Cancelled(Exception):
    """Raised inside a job from progress() once its worker was cancelled."""


class WorkerSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


GRACE_S = 1.0
_alive: list[Worker] = []
_jobs_running = 0
_jobs_lock = threading.Lock()


def _job_started() -> None:
    global _jobs_running
    with _jobs_lock:
        _jobs_running += 1
        if _jobs_running == 1:
            gc.disable()


def _job_ended() -> None:
    global _jobs_running
    with _jobs_lock:
        _jobs_running -= 1
        if _jobs_running == 0:
            gc.enable()


def _release_finished() -> None:
    """Let go of workers whose run() returned more than GRACE_S ago (GUI thread only)."""
    now = time.monotonic()
    _alive[:] = [w for w in _alive if w.ended_at is None or now - w.ended_at < GRACE_S]


class Worker(QRunnable):
    def __init__(self, job: Callable[[Callable[[int, int], None]], Any]) -> None:
        super().__init__()
        self.job = job
        self.signals = WorkerSignals()
        self.setAutoDelete(False)
        self.ended_at: float | None = None
        self._cancel = threading.Event()
        _release_finished()
        _alive.append(self)

    def cancel(self) -> None:
        """Stop at the job's next progress report; nothing is emitted after this."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled
        self.signals.progress.emit(done, total)

    def run(self) -> None:
        _job_started()
        try:
            result = self.job(self._progress)
        except Cancelled:
            pass
        except Exception as error:
            if not self._cancel.is_set():
                self.signals.failed.emit(error)
        else:
            if not self._cancel.is_set():
                self.signals.finished.emit(result)
        finally:
            _job_ended()
            self.ended_at = time.monotonic()


def start(
    job: Callable[[Callable[[int, int], None]], Any],
    finished: Callable[[Any], None] | None = None,
    failed: Callable[[Any], None] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Worker:
    """Run job(progress) in the global thread pool, the slots connected before it starts (a
    quick job could otherwise finish before anyone listens). Keep the returned Worker."""
    worker = Worker(job)
    for signal, slot in ((worker.signals.finished, finished), (worker.signals.failed, failed),
                         (worker.signals.progress, progress)):  # fmt: skip
        if slot is not None:
            signal.connect(slot)
    QThreadPool.globalInstance().start(worker)
    return worker
