"""Bingo speed: generate 1000 cards (target < 1 s) and write 300 cards as PDF (target < 3 s).

Run: .venv/bin/python tests/perf/bingo.py
Prints the floor from ../shared/floors/pdf_rate.py (platypus vs bare canvas, 300 5x5 pages)
beside our figures, run on the same machine at the same moment.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.core import bingo, bingo_pool  # noqa: E402
from printables.bingo_cards import Sheet, _placed, fit, write_cards  # noqa: E402

FLOOR = Path(__file__).resolve().parents[3] / "shared" / "floors" / "pdf_rate.py"


def main() -> None:
    pool = bingo_pool.default_pool("nl")
    ids = [s.id for s in pool]
    texts = {s.id: s.text for s in pool}
    print("generate 1000 cards (target < 1 s):")
    for name, free in (("grid4", False), ("grid5", True), ("list", False)):
        layout = bingo.layout_of(name, free)
        start = time.perf_counter()
        cards = bingo.generate(ids, 1000, layout, seed=2026)
        elapsed = time.perf_counter() - start
        print(f"  {name:6} {elapsed:.2f} s  ({len(cards)} unique cards)")
    print("write 300 cards as PDF (target < 3 s):")
    folder = Path(tempfile.mkdtemp())
    for name, free, per_page in (("grid5", True, 1), ("grid4", False, 2), ("grid5", False, 4)):
        layout = bingo.layout_of(name, free)
        cards = bingo.generate(ids, 300, layout, seed=2026)
        sheet = Sheet("Sectordag", layout, bingo.rule_of("count"), texts, {})
        fit.cache_clear()  # measure a cold start, as the first print of a session is
        _placed.cache_clear()
        start = time.perf_counter()
        pages = write_cards(folder / f"{name}-{per_page}.pdf", sheet, cards, per_page=per_page)
        elapsed = time.perf_counter() - start
        size = (folder / f"{name}-{per_page}.pdf").stat().st_size // 1024
        print(f"  {name:6} {per_page}/page  {elapsed:.2f} s  ({pages} pages, {size} KB)")
    if FLOOR.exists():
        floor = subprocess.run([sys.executable, str(FLOOR), "300"], capture_output=True,
                               text=True, check=False)  # fmt: skip
        print(f"floor ({FLOOR.name}): {floor.stdout.strip() or floor.stderr.strip()}")


if __name__ == "__main__":
    main()
