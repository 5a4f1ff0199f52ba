"""A big room for the breakout tests and pictures: unique Dutch-style names, real organisations.

Why a helper: the "who sits where" layout must be checked (and photographed) with as many
people as a real sector day brings, and the names must not repeat or the picture misleads.
"""

from __future__ import annotations

from app.storage.store import Store

FIRST = ("Anna", "Bram", "Chris", "Dina", "Eef", "Fleur", "Gijs", "Hanna", "Ilse", "Joris",
         "Karin", "Lars", "Mila", "Noor", "Olaf", "Pim", "Quinten", "Roos", "Sanne", "Tom", "Ugo",
         "Vera", "Wim", "Xandra", "Yara", "Zeger")  # fmt: skip
LAST = ("de Boer", "Dijkstra", "Smits", "Dekker", "de Vries", "Meijer", "Peters", "Visser",
        "van den Berg", "Jansen", "de Groot", "Hendriks", "Bakker", "Mulder", "Bos", "de Wit",
        "Vos", "Brouwer", "van Leeuwen", "Kok")  # fmt: skip
ORGS = tuple(f"{kind} {place}" for kind in ("Schouwburg", "Theatergroep", "Dansgezelschap",
                                              "Kunstencentrum")
             for place in ("Noord", "Oost", "Zuid", "West", "Midden"))  # fmt: skip


def big_breakout(store: Store, people: int, group_size: int, rounds: int = 2) -> tuple[int, int]:
    """(session id, breakout activity id) with `people` present participants, groups made."""
    from app.activities.breakout.state import BreakoutConfig, solve_and_store

    session = store.sessions.create("Sectordag productieleiders", capacity=people)
    questions = ["Op welke terreinen willen we samen optrekken?", "Wat levert een netwerk ons op?",
                 "Hebben we behoefte aan bijscholing, en waarin?",
                 "Welke vorm moet het netwerk krijgen?"]  # fmt: skip
    plan = [{"minutes": 30, "questions": questions} for _ in range(rounds)]
    config = {"group_size": group_size, "rounds": plan}
    activity = store.agenda.add(session.id, "breakout", "Vragenrondes", 60, config)
    rows = [{"first_name": FIRST[i % len(FIRST)], "last_name": LAST[(i // 26 + 3 * i) % 20],
             "organisation": ORGS[i % len(ORGS)], "status": "present"}
            for i in range(people)]  # fmt: skip
    # (i // 26 + 3i) mod 20 differs for equal first names (19k mod 20 != 0): names stay unique
    assert len({(r["first_name"], r["last_name"]) for r in rows}) == people
    store.participants.add_many(session.id, rows)
    assert session.id is not None and activity.id is not None
    solve_and_store(store, session.id, activity.id, BreakoutConfig.parse(config))
    return session.id, activity.id
