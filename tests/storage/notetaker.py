"""One note-taker laptop for the concurrency test, run in its own process (forked).

It opens its own connection, reads the shared field, says it is ready, waits for the go signal,
then saves one edit of the shared field from the version it read (so most of them conflict and
go through the merge path) and for `seconds` writes its own keyed notes as fast as it can.
"""

from __future__ import annotations

import time
from typing import Any

from app.storage import open_store
from app.storage.conflicts import save_text


def note_taker(url: str, activity: int, me: int, ready: Any, go: Any, seconds: float,
               reports: Any) -> None:  # fmt: skip
    store = open_store(url)
    row = store.results.row(activity, "shared/summary")
    base = 0 if row is None else row.version
    ready.release()
    go.wait()
    _row, merged = save_text(
        store.results, activity, "shared/summary", f"tekst van tafel {me}", base, by=f"lap-{me}"
    )
    deadline = time.monotonic() + seconds
    written = 0
    while True:  # at least one note, however slow the machine
        store.results.set(activity, f"group-{me}/note-{written}", f"notitie {written}")
        written += 1
        if time.monotonic() >= deadline:
            break
    store.close()
    reports.put({"me": me, "written": written, "merged": merged})
