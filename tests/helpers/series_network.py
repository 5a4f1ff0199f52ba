"""A network of meetings for tests: one series, N sessions of the same people linked by e-mail."""

from __future__ import annotations

from typing import Any

ORGANISATIONS = 10


def build_network(
    store: Any, sessions: int = 3, people: int = 40, title: str = "Netwerk productieleiders"
) -> tuple[int, list[int]]:
    """(series id, session ids in order); person i has e-mail p<i>@example.org, organisation
    "Org <i mod 10>", consents in even meetings only when i is a multiple of 4, and is present."""
    series_id = store.series.create(title)
    ids = []
    for number in range(sessions):
        meeting = store.sessions.create(f"Ontmoeting {number + 1}", date=f"2027-0{number + 3}-14")
        rows = [
            {"first_name": f"Naam{i}", "last_name": f"Achternaam{i}",
             "organisation": f"Org {i % ORGANISATIONS}", "email": f"p{i}@example.org",
             "consent": i % 4 == 0 and number % 2 == 0}
            for i in range(people)
        ]  # fmt: skip
        for person in store.participants.add_many(meeting.id, rows):
            store.participants.update(person.id, status="present")
        store.series.add_session(series_id, meeting.id)
        ids.append(meeting.id)
    return series_id, ids


def breakout(store: Any, session_id: int, rounds: int = 3, size: int = 5) -> int:
    config = {"group_size": size, "rounds": [{"minutes": 20, "questions": []}] * rounds}
    return store.agenda.add(session_id, "breakout", "Tafelgesprekken", 60, config).id
