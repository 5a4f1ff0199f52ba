"""The phones of tests/perf/room.py's Q&A and word-cloud load: N WebSocket clients, each sending
every 1-3 s for T s to whatever its room shows.

Usage (run by room.py): python room_qa_phones.py SECONDS URL:PHONES [URL:PHONES ...]
On a Q&A a phone sends a new question (every third message) or upvotes a question it sees that is
not its own, now and then the same upvote twice (a flood is counted once); on a word cloud it
sends a new word. Prints one JSON line: per message acknowledged, what was stored (question text,
upvote pair, word), latencies (ms) from send to answer (sent after the commit), refusals by code.
"""

from __future__ import annotations

import asyncio
import json
import random
import sys
import time

import websockets


async def phone(url: str, number: int, seconds: float, out: dict) -> None:
    rng = random.Random(number)
    state: dict = {}
    async with websockets.connect(url, max_size=2**20) as socket:
        await socket.send(json.dumps({"type": "hello"}))
        while True:  # the room says who this phone is, then what it shows
            reply = json.loads(await socket.recv())
            if reply.get("type") == "welcome":
                key = reply["phone"].split(".")[0]
            elif reply.get("type") == "state":
                state = reply
                break
        end = time.monotonic() + seconds
        sent_count = 0
        while time.monotonic() < end:
            await asyncio.sleep(rng.uniform(1.0, 3.0))  # a person taps every 1-3 s
            view = state.get("view")
            if view == "questions":
                others = [q["id"] for q in state.get("questions", [])
                          if q["id"] not in state.get("my_questions", [])]  # fmt: skip
                if sent_count % 3 == 0 or not others:
                    message = {"type": "question", "text": f"Vraag {number}-{sent_count} "
                               + "x" * rng.randint(0, 200)}  # fmt: skip
                else:
                    message = {"type": "upvote", "question": rng.choice(others)}
            elif view == "wordcloud":
                message = {"type": "words", "text": f"woord{number}x{sent_count}"}
            else:
                message = {"type": "ping"}
            sent_count += 1
            sent = time.perf_counter()
            await socket.send(json.dumps(message))
            out["sent"] += 1
            while True:  # keep the latest state; wait for this message's answer
                reply = json.loads(await socket.recv())
                if reply.get("type") == "state":
                    state = reply
                if reply.get("type") in ("ack", "error"):
                    break
            out["latencies"].append((time.perf_counter() - sent) * 1000)
            if reply.get("type") == "ack":
                if message["type"] == "question":
                    out["questions"].append([key, message["text"]])
                elif message["type"] == "upvote":
                    out["upvotes"].append([key, message["question"]])
                elif message["type"] == "words":
                    out["words"].append([key, message["text"]])
            else:
                code = reply.get("code", "?")
                out["refused"][code] = out["refused"].get(code, 0) + 1


async def main() -> None:
    seconds = float(sys.argv[1])
    out: dict = {"sent": 0, "latencies": [], "questions": [], "upvotes": [], "words": [],
                 "refused": {}}  # fmt: skip
    phones, number = [], 0
    for target in sys.argv[2:]:
        url, _, count = target.rpartition(":")
        for _ in range(int(count)):
            phones.append(phone(url, number, seconds, out))
            number += 1
    await asyncio.gather(*phones)
    print(json.dumps(out))


if __name__ == "__main__":
    asyncio.run(main())
