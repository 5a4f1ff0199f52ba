"""The phones of tests/perf/room.py: N WebSocket clients that vote, then call bingo, for T s.

Usage (run by room.py): python room_phones.py WS_URL PHONES SECONDS STATEMENT_ID
Prints one JSON line: votes sent and acknowledged, latencies (ms) from send to stored, errors.
"""

from __future__ import annotations

import asyncio
import json
import random
import sys
import time

import websockets


async def phone(url: str, number: int, seconds: float, statement: str, out: dict) -> None:
    rng = random.Random(number)
    view = "vote"
    async with websockets.connect(url, max_size=2**16) as socket:
        await socket.send(json.dumps({"type": "hello"}))
        welcome = json.loads(await socket.recv())  # the room says who this phone is
        key = welcome["phone"].split(".")[0]
        out["keys"][number] = key
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            if view == "bingo":  # the room moved on to the bingo: call it
                card = rng.randint(1, 120)
                message = {"type": "bingo_claim", "card": card, "name": f"Load {number}"}
            else:
                position = rng.choice(["agree", "doubt", "disagree"])
                message = {"type": "vote", "statement": statement, "position": position}
            sent = time.perf_counter()
            await socket.send(json.dumps(message))
            out["sent"] += 1
            while True:  # skip state broadcasts until this message's answer arrives
                reply = json.loads(await socket.recv())
                if reply.get("type") == "state":
                    view = reply.get("view", view)
                if reply.get("type") in ("ack", "error"):
                    break
            if reply.get("type") == "ack":
                out["latencies"].append((time.perf_counter() - sent) * 1000)
                if message["type"] == "vote":
                    out["final"][number] = message["position"]
                else:
                    out["claims"].append([message["card"], key])
            elif reply.get("code") == "not_now":  # sent while the room switched activity
                out["switching"] += 1
            else:
                out["errors"].append(reply.get("code"))
            await asyncio.sleep(rng.uniform(0.5, 1.5))  # a person taps about once a second


async def main() -> None:
    url, phones, seconds, statement = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
    out: dict = {"sent": 0, "latencies": [], "errors": [], "final": {}, "claims": [],
                 "switching": 0, "keys": {}}  # fmt: skip
    await asyncio.gather(*(phone(url, n, seconds, statement, out) for n in range(phones)))
    print(json.dumps(out))


if __name__ == "__main__":
    asyncio.run(main())
