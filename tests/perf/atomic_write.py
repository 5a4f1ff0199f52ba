"""What writing an output file whole (temporary file, fsync, rename) costs against a plain write.

Run: .venv/bin/python tests/perf/atomic_write.py
Writes a 300-card bingo PDF's bytes (and a 100 KB file) 20 times each way into a temporary folder
on the same disk as the checkout and prints the medians; the difference is the fsync of the file
and of its folder, which is what makes the file survive a power cut.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.core.atomic import write_bytes  # noqa: E402

ROUNDS = 20


def median_ms(write, target: Path, data: bytes) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        write(target, data)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def plain(target: Path, data: bytes) -> None:
    target.write_bytes(data)


def main() -> None:
    import io

    from app.core import bingo, bingo_pool
    from printables.bingo_cards import Sheet, write_cards

    pool = bingo_pool.default_pool("nl")
    layout = bingo.layout_of("grid4", False)
    cards = bingo.generate([s.id for s in pool], 300, layout, seed=2026)
    sheet = Sheet("Netwerkdag", layout, bingo.rule_of("count"), {s.id: s.text for s in pool}, {})
    pdf = io.BytesIO()
    write_cards(pdf, sheet, cards, per_page=2)
    with tempfile.TemporaryDirectory(dir=ROOT) as folder:
        for name, data in (("bingo PDF", pdf.getvalue()), ("100 KB", b"x" * 100_000)):
            target = Path(folder) / "out.bin"
            whole = median_ms(write_bytes, target, data)
            quick = median_ms(plain, target, data)
            print(f"{name} ({len(data) / 1e6:.2f} MB): atomic {whole:.1f} ms, plain {quick:.1f} ms"
                  f" (median of {ROUNDS})")  # fmt: skip


if __name__ == "__main__":
    main()
