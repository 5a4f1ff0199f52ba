"""How long sorting participants by name takes (docs/participants.md quotes the figures).

.venv/bin/python tools/name_sort_timing.py
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1]))

from app.core import names

FIRST = ["Zoë", "Jan", "Anna Maria", "Émile", "Kees", "Fatma", "Lies"]
PARTICLE = ["", "", "van der", "de", "Van den", "in 't"]
LAST = ["Öztürk", "Vries", "Berg", "IJzerman", "Willems", "Claes", "Yılmaz", "Oosterhuis"]


def main() -> None:
    names._collator()  # load the table first (~0.1 s), as the app does once
    rng = random.Random(1)
    people = [(rng.choice(FIRST), rng.choice(PARTICLE), f"{rng.choice(LAST)}{i}")
              for i in range(10_000)]  # fmt: skip
    for count in (300, 10_000):
        names.collation_key.cache_clear()
        for label in ("first sort", "again (cached keys)"):
            start = time.perf_counter()
            sorted(people[:count], key=lambda p: names.sort_key(*p))
            print(f"{count} people, {label}: {(time.perf_counter() - start) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
