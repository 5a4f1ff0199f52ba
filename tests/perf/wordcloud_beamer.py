"""Word cloud figures: the beamer's redraw with 150 distinct words at 1920x1080, and the work one
new answer causes (store it, re-read, lay out again, redraw). Prints the figures; with --shot PATH
it also saves the beamer with 45 words as a picture (docs/img/wordcloud-beamer.png).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/perf/wordcloud_beamer.py [--shot PATH]

Target (issue 18): a redraw of 150 words under 50 ms.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from app.activities.factory import make_beamer

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def ms(values: list[float]) -> str:
    median, p95, top = statistics.median(values), percentile(values, 0.95), max(values)
    return f"median {median * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms, max {top * 1000:.1f} ms"


def make(words: int, prompt: str):  # type: ignore[no-untyped-def]
    from app.activities.context import ActivityContext
    from app.activities.wordcloud.runtime import WordcloudRuntime
    from app.core.clock import FakeClock
    from app.storage import open_store
    from tests.core.wordcloud_words import WORDS, counts

    store = open_store(Path(tempfile.mkdtemp()) / "perf.sqlite")
    session = store.sessions.create("Perf")
    activity = store.agenda.add(session.id, "wordcloud", "Eén woord", 5,
                                {"prompt": prompt, "max_answers": 3})  # fmt: skip
    values = {}
    for i, (word, n) in enumerate(list(zip(WORDS, counts(), strict=True))[:words]):
        for j in range(n):
            values[f"phone:p{i:03d}x{j:02d}:0"] = {"text": word}
    store.results.set_many(activity.id, values)
    runtime = WordcloudRuntime(ActivityContext(store, session.id, activity.id, FakeClock()))
    beamer = make_beamer(runtime)
    beamer.resize(1920, 1080)
    beamer.show()
    return store, activity, runtime, beamer


def main() -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from app.core import wordcloud as wc

    shot = sys.argv[sys.argv.index("--shot") + 1] if "--shot" in sys.argv else ""
    if shot:
        store, _, _, beamer = make(45, "Eén woord voor vandaag?")
        app.processEvents()
        beamer.grab().save(shot)
        print(f"saved {shot}: {len(beamer.placed_texts())} words")
        store.close()

    store, activity, runtime, beamer = make(150, "Welk woord neem je mee uit deze dag?")
    app.processEvents()
    assert len(beamer.placed_texts()) == 150, len(beamer.placed_texts())
    smallest, largest = beamer.cloud.smallest, max(p.size for p in beamer.cloud.placed)
    print(
        f"150 words placed at 1920x1080, smallest text {smallest:.0f} px "
        f"(1/{1080 / smallest:.0f} of the height), largest {largest:.0f} px"
    )

    redraws = []
    for _ in range(60):  # the cloud as it is: paint only (the layout is kept)
        start = time.perf_counter()
        beamer.grab()
        redraws.append(time.perf_counter() - start)
    print(f"redraw, 150 words (paint, layout kept): {ms(redraws)}")

    words = runtime.visible()
    layouts = []
    for _ in range(30):  # the layout alone, measured with the beamer's Qt font metrics
        start = time.perf_counter()
        wc.layout(words, 1920, 900, beamer.text_width, reference=1080)
        layouts.append(time.perf_counter() - start)
    print(f"layout, 150 words (Qt font metrics): {ms(layouts)}")

    arrivals = []
    for n in range(40):  # one more answer to an existing word: store, re-read, (lay out,) paint
        start = time.perf_counter()
        store.results.set(activity.id, f"phone:new{n:03d}:0", {"text": words[n % 150].text})
        runtime.refresh()
        beamer.grab()
        arrivals.append(time.perf_counter() - start)
    print(
        f"one new answer, 150 words (store + re-read + layout if a step changed + paint): "
        f"{ms(arrivals)}"
    )
    store.close()


if __name__ == "__main__":
    main()
