"""The phones of tests/perf/room_wordcloud.py: N WebSocket clients that each send words to the
word cloud every 1-3 s for T s (a word of the 150-word list, never the same twice per phone).

Usage (run by room_wordcloud.py): python room_wordcloud_phones.py WS_URL PHONES SECONDS
Prints one JSON line: messages sent, latencies (ms) from send to stored, the words each phone had
acknowledged, refusals by code.
"""

from __future__ import annotations

import asyncio
import json
import random
import sys
import time
from pathlib import Path

import websockets

sys.path.insert(0, str(Path(__file__).parents[2]))
from tests.core.wordcloud_words import WORDS


async def phone(url: str, number: int, seconds: float, out: dict) -> None:
    rng = random.Random(number)
    words = rng.sample(WORDS, len(WORDS))
    async with websockets.connect(url, max_size=2**16) as socket:
        await socket.send(json.dumps({"type": "hello"}))
        welcome = json.loads(await socket.recv())
        key = welcome["phone"].split(".")[0]
        out["keys"][number] = key
        acked: list[str] = []
        end = time.monotonic() + seconds
        await asyncio.sleep(rng.uniform(0, 1))  # phones do not all start in the same instant
        while time.monotonic() < end and words:
            word = words.pop()
            sent = time.perf_counter()
            await socket.send(json.dumps({"type": "words", "text": word}))
            out["sent"] += 1
            while True:  # skip state broadcasts until this message's answer arrives
                reply = json.loads(await socket.recv())
                if reply.get("type") in ("ack", "error"):
                    break
            if reply.get("type") == "ack":
                out["latencies"].append((time.perf_counter() - sent) * 1000)
                acked.append(word)
            else:
                code = reply.get("code", "?")
                out["refused"][code] = out["refused"].get(code, 0) + 1
            await asyncio.sleep(rng.uniform(1.0, 3.0))
        out["acked"][key] = acked


async def main() -> None:
    url, phones, seconds = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
    out: dict = {"sent": 0, "latencies": [], "refused": {}, "acked": {}, "keys": {}}
    await asyncio.gather(*(phone(url, n, seconds, out) for n in range(phones)))
    print(json.dumps(out))


if __name__ == "__main__":
    asyncio.run(main())
