"""Phones that ask for bingo cards as fast as the room lets them (run by test_room_cards.py and
tests/perf/room_cards.py in their own process, so the flood does not share the server's GIL).

Usage: python card_flood.py WS_URL SECONDS RATE ADDRESS... (each ADDRESS is a loopback address
with 4 sockets). Prints one JSON line: cards received, errors by code, requests sent.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time

import websockets


async def asker(url: str, source: str, seconds: float, rate: float, out: dict) -> None:
    async with websockets.connect(url, local_addr=(source, 0), max_size=2**20) as socket:
        await socket.send(json.dumps({"type": "hello"}))
        end = time.monotonic() + seconds

        async def listen() -> None:
            async for text in socket:
                message = json.loads(text)
                if message["type"] == "card":
                    out["cards"] += 1
                elif message["type"] == "error":
                    out["errors"][message["code"]] = out["errors"].get(message["code"], 0) + 1

        listener = asyncio.create_task(listen())
        number = 0
        while time.monotonic() < end:
            number += 1
            await socket.send(json.dumps({"type": "bingo_card", "card": 1 + number % 100}))
            out["sent"] += 1
            await asyncio.sleep(1 / rate)
        await asyncio.sleep(0.5)  # the last answers
        listener.cancel()


async def main() -> None:
    url, addresses = sys.argv[1], sys.argv[4:]
    seconds, rate = float(sys.argv[2]), float(sys.argv[3])
    out: dict = {"cards": 0, "errors": {}, "sent": 0}
    await asyncio.gather(*(asker(url, a, seconds, rate, out) for a in addresses for _ in range(4)))
    print(json.dumps(out), flush=True)


if __name__ == "__main__":
    asyncio.run(main())
