"""Workers run off the GUI thread and stay alive until their thread has left run()."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QThreadPool

from app.widgets import worker


def test_result_and_progress_arrive_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    seen: list[tuple[int, int]] = []

    def job(progress):  # type: ignore[no-untyped-def]
        for done in range(3):
            progress(done + 1, 3)
        return "ready"

    job_worker = worker.Worker(job)
    job_worker.signals.progress.connect(lambda done, total: seen.append((done, total)))
    with qtbot.waitSignal(job_worker.signals.finished, timeout=10000) as finished:
        QThreadPool.globalInstance().start(job_worker)
    assert finished.args == ["ready"]
    qtbot.waitUntil(lambda: seen == [(1, 3), (2, 3), (3, 3)], timeout=10000)


def test_failure_is_reported_not_raised(qtbot) -> None:  # type: ignore[no-untyped-def]
    def job(_progress):  # type: ignore[no-untyped-def]
        raise ValueError("no paper")

    job_worker = worker.Worker(job)
    with qtbot.waitSignal(job_worker.signals.failed, timeout=10000) as failed:
        QThreadPool.globalInstance().start(job_worker)
    assert str(failed.args[0]) == "no paper"


def test_a_caller_that_drops_its_worker_when_finished_does_not_free_it(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """The pattern that crashed now and then: `self._worker = None` in the finished slot."""
    holder: dict[str, object] = {}
    done: list[int] = []
    for number in range(50):
        job_worker = worker.Worker(lambda _progress, n=number: n)
        job_worker.signals.finished.connect(lambda n: (done.append(n), holder.clear()))
        holder["worker"] = job_worker
        del job_worker  # only the holder keeps it, as a page's `self._worker` would
        QThreadPool.globalInstance().start(holder["worker"])  # type: ignore[arg-type]
        qtbot.waitUntil(lambda: not holder, timeout=10000)
    assert sorted(done) == list(range(50))
    assert QThreadPool.globalInstance().waitForDone(10000)
    kept = list(worker._alive)
    assert kept, "finished workers are kept for a grace period"
    monkeypatch.setattr(worker, "GRACE_S", 0.0)
    worker.Worker(lambda _progress: None)  # a new worker releases the ones that ended
    assert not any(w in worker._alive for w in kept)


def test_start_connects_the_slots_before_a_quick_job_can_finish(qtbot) -> None:  # type: ignore[no-untyped-def]
    results: list[object] = []
    for number in range(20):
        worker.start(lambda _progress, n=number: n, finished=results.append)
    qtbot.waitUntil(lambda: len(results) == 20, timeout=10000)
    assert sorted(results) == list(range(20))  # type: ignore[type-var]


def test_a_cancelled_job_stops_at_its_next_progress_and_emits_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    import threading

    started, release = threading.Event(), threading.Event()
    reached: list[int] = []
    heard: list[object] = []

    def job(progress):  # type: ignore[no-untyped-def]
        for item in range(1000):
            progress(item, 1000)
            reached.append(item)
            started.set()
            release.wait(10)  # the first item waits until the test has cancelled
        return "all written"

    job_worker = worker.start(job, finished=heard.append, failed=heard.append)
    assert started.wait(10)
    job_worker.cancel()
    release.set()
    qtbot.waitUntil(lambda: job_worker.ended_at is not None, timeout=10000)
    qtbot.wait(50)  # queued signals, if any had been sent, are delivered now
    assert job_worker.cancelled
    assert reached == [0]  # stopped at the next item, not after all of them
    assert heard == []  # neither finished nor failed: the window may already be gone


def test_no_garbage_collection_while_a_job_runs(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A collection started on the worker's thread would delete unreachable GUI objects there
    (Qt: "Timers cannot be stopped from another thread", then a crash): off while jobs run."""
    import gc

    assert gc.isenabled()
    inside: list[bool] = []
    job_worker = worker.start(lambda _progress: inside.append(gc.isenabled()))
    qtbot.waitUntil(lambda: job_worker.ended_at is not None, timeout=10000)
    assert inside == [False]
    assert gc.isenabled()  # back on once the last job ended
