"""The phones of tests/perf/room_qa.py: N WebSocket clients, each sending every 1-3 s for T s to
whatever its room shows.

Usage (run by room_qa.py): python room_qa_phones.py SECONDS URL:PHONES [URL:PHONES ...]
On a Q&A a phone sends a new question (every third message) or upvotes a question it sees that is
not its own, now and then one it upvoted before (a repeat is counted once); on a word cloud it
sends a new word. Each phone reads its socket all the time (as a page does) and parses a state
only when it needs one. Prints one JSON line: what was acknowledged (question texts, upvotes,
words), latencies (ms) from send to answer (sent after the commit), refusals by code.
"""

from __future__ import annotations

import asyncio
import json
import random
import sys
import time

import websockets

STATE = '"type": "state"'  # a state message, found without parsing it (the phones' process
# would otherwise spend its time parsing 300 phones' states four times a second)


async def phone(url: str, number: int, seconds: float, out: dict) -> None:
    rng = random.Random(number)
    async with websockets.connect(url, max_size=2**20) as socket:
        await socket.send(json.dumps({"type": "hello"}))
        welcome = json.loads(await socket.recv())  # the room says who this phone is
        key = welcome["phone"].split(".")[0]
        latest = {"raw": await socket.recv(), "state": {}}  # then what it shows
        answers: asyncio.Queue = asyncio.Queue()

        async def read() -> None:
            async for raw in socket:
                if STATE in raw:  # inside a text value the quotes would be escaped
                    latest["raw"] = raw
                else:
                    await answers.put(json.loads(raw))

        reader = asyncio.create_task(read())
        end = time.monotonic() + seconds
        sent_count = 0
        voted: list[str] = []
        while time.monotonic() < end:
            await asyncio.sleep(rng.uniform(1.0, 3.0))  # a person taps every 1-3 s
            if latest["raw"]:
                latest["state"], latest["raw"] = json.loads(latest["raw"]), ""
            state = latest["state"]
            view = state.get("view")
            if view == "questions":
                others = [q["id"] for q in state.get("questions", [])
                          if q["id"] not in state.get("my_questions", [])]  # fmt: skip
                if voted and rng.random() < 0.1:
                    message = {"type": "upvote", "question": rng.choice(voted)}  # once more
                elif sent_count % 3 == 0 or not others:
                    text = f"Vraag {number}-{sent_count} " + "x" * rng.randint(0, 120)
                    message = {"type": "question", "text": text}
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
            reply = await answers.get()
            out["latencies"].append((time.perf_counter() - sent) * 1000)
            if reply.get("type") == "ack":
                if message["type"] == "question":
                    out["questions"].append([key, message["text"]])
                elif message["type"] == "upvote":
                    out["upvotes"].append([key, message["question"]])
                    voted.append(message["question"])
                elif message["type"] == "words":
                    out["words"].append([key, message["text"]])
            else:
                code = reply.get("code", "?")
                out["refused"][code] = out["refused"].get(code, 0) + 1
        reader.cancel()


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
