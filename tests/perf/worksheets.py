"""Worksheet speed: keystroke to beamer, autosave write, loading the catalogue, printing.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/perf/worksheets.py
Prints, for the two heaviest sheets filled with sample text: the time from one typed character
to the beamer (1920x1080) laid out again (the fit-to-screen loop included), p50 / p99 / max over
200 keystrokes, short and long content; the time to save the dirty fields; loading every
definition; blank (A4, A3) and filled PDFs (every sheet, 4 long copies); and the floor from
../shared/floors/pdf_rate.py (reportlab platypus pages per second) beside them.
"""

from __future__ import annotations

import io
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from app.activities.factory import make_beamer

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
FLOOR = Path(__file__).resolve().parents[3] / "shared" / "floors" / "pdf_rate.py"


def spread(samples: list[float]) -> str:
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return (
        f"p50 {statistics.median(ordered) * 1000:6.1f} ms  p99 {p99 * 1000:6.1f} ms  "
        f"max {ordered[-1] * 1000:6.1f} ms"
    )


def typing(store, session_id: int, key: str, long: bool) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from app.activities.context import ActivityContext
    from app.activities.worksheet.runtime import WorksheetRuntime
    from app.core.worksheet_samples import sample_value

    activity = store.agenda.add(session_id, "worksheet", key, 30, {"worksheet": key})
    runtime = WorksheetRuntime(ActivityContext(store, session_id, activity.id))
    definition = runtime.definition
    for spec in definition.fields:
        runtime.edit(spec.key, sample_value(spec, "perf", long=long))
    runtime.flush()
    beamer = make_beamer(runtime)
    beamer.resize(1920, 1080)
    beamer.show()
    QApplication.processEvents()
    field = next(s for s in definition.fields if s.type == "long_text")
    text = runtime.value(field.key)
    keystrokes, saves = [], []
    for n in range(200):
        text += "abcdefghij "[n % 11]
        start = time.perf_counter()
        runtime.edit(field.key, text, merge=True)  # the beamer is marked stale on `changed`
        beamer.laid_out()  # what the next paint does
        keystrokes.append(time.perf_counter() - start)
        if n % 20 == 19:
            start = time.perf_counter()
            runtime.flush()
            saves.append(time.perf_counter() - start)
    label = "long " if long else "short"
    print(f"  {key:20} {label} keystroke->beamer {spread(keystrokes)}  (base {beamer.base}px)")
    print(f"  {key:20} {label} autosave write   {spread(saves)}")
    runtime.stop()
    beamer.close()
    beamer.deleteLater()
    runtime.deleteLater()
    QApplication.processEvents()


def printing() -> None:
    from app.core import worksheets
    from app.core.worksheet_samples import sample_value
    from printables.worksheets import Page, write_pdf

    start = time.perf_counter()
    catalogue = worksheets.catalogue()
    elapsed = (time.perf_counter() - start) * 1000
    print(f"load {len(catalogue.known())} definitions: {elapsed:.0f} ms")
    for size in ("A4", "A3"):
        start = time.perf_counter()
        for key in catalogue.known():
            write_pdf(io.BytesIO(), catalogue.get(key), size=size)
        elapsed = time.perf_counter() - start
        count = len(catalogue.known())
        print(f"blank {size}, every sheet: {elapsed:.2f} s ({elapsed / count * 1000:.0f} ms/sheet)")
    from pypdf import PdfReader

    elapsed, pages = 0.0, 0
    for key in catalogue.known():
        definition = catalogue.get(key)
        values = {s.key: sample_value(s, "perf", long=True) for s in definition.fields}
        buffer = io.BytesIO()
        start = time.perf_counter()
        write_pdf(buffer, definition, [Page(f"Groep {n}", values) for n in range(4)])
        elapsed += time.perf_counter() - start
        pages += len(PdfReader(buffer).pages)
    print(f"filled, 4 long copies of every sheet: {elapsed:.2f} s, {pages} pages "
          f"({pages / elapsed:.0f} pages/s)")  # fmt: skip


def main() -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from app.storage import open_store

    folder = Path(tempfile.mkdtemp())
    store = open_store(folder / "perf.sqlite")
    session = store.sessions.create("Perf")
    print("typing (1920x1080 beamer follows every keystroke):")
    for key in ("sector_plan_blocks", "partner_map"):
        for long in (False, True):
            typing(store, session.id, key, long)
    store.close()
    printing()
    if FLOOR.exists():
        floor = subprocess.run(
            [sys.executable, str(FLOOR), "100"], capture_output=True, text=True, check=False
        )
        print(f"floor (pdf_rate.py 100): {floor.stdout.strip()}")
    del app


if __name__ == "__main__":
    main()
