"""The sector day ("sector_day_alliances", Dutch) as an organiser has it after the day: some
activities with results, some without, for the funder-report test and the report pictures.

What is filled: the bingo (six statements, each heard once, one winner), four of the sixteen
statements discussed, worksheets T1 (a link, words, an observation), T3 (three tasks placed and a
note) and T5 (partners and four success factors); left empty: the opening, T4, T6 and the
closing. Twelve people with a job and a municipality apart, four action items.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

PEOPLE = [("Anna", "Verbeke", "Vooruit", "programmator", "Gent"),
          ("Bram", "De Smet", "CC Strombeek", "directeur", "Grimbergen"),
          ("Chloé", "Peeters", "Kunstenpunt", "onderzoeker", ""),
          ("Dries", "Janssens", "Het Paleis", "zakelijk leider", "Antwerpen"),
          ("Elif", "Yilmaz", "De Grote Post", "publiekswerker", "Oostende"),
          ("Femke", "Claes", "Stad Gent", "beleidsmedewerker cultuur", "Gent"),
          ("Gert", "Maes", "Provincie Limburg", "", "Hasselt"),
          ("Hanne", "Wouters", "KAAP", "artistiek leider", "Brugge"),
          ("Ismaël", "Benali", "Zonzo Compagnie", "maker", "Antwerpen"),
          ("Jolien", "Mertens", "30CC", "programmator", "Leuven"),
          ("Koen", "Van Damme", "CC Hasselt", "programmator", "Hasselt"),
          ("Lotte", "Goossens", "Mooss", "maker", "")]  # fmt: skip
ARGUMENTS = [
    ("for", "Samen programmeren spreidt het risico van nieuw werk."),
    ("for", "Kleine huizen krijgen toegang tot makers die ze alleen niet kunnen betalen."),
    ("against", "Elke gemeente wil haar eigen publiek bedienen, niet dat van de buren."),
    ("against", "Afspraken kosten tijd die niemand betaald krijgt."),
]
ACTIONS = [("Werkgroep allianties samenroepen", "Chloé Peeters", "15-04-2026"),
           ("Tekst voor het bestuursakkoord schrijven", "Femke Claes", "01-05-2026"),
           ("Gedeelde agenda online zetten", "Bram De Smet", "01-06-2026"),
           ("Verslag rondsturen aan alle deelnemers", "Kunstenpunt", "20-03-2026")]  # fmt: skip
OBSERVATION = "Programmatoren en makers bedoelen met 'participatie' vaak iets anders."
SHIFT_NOTE = "Samen beslissen wie de klas bezoekt."
DISCUSSED = 4  # of the sixteen statements
EMPTY_TITLES = ("Onthaal en opening", "T4 Cultuur op de politieke agenda",
                "T6 Uitdagingen en regionale kansen", "Slot en bingo-winnaars")  # fmt: skip


def fill_sector_day(store: Any) -> int:
    """Create and fill the session; returns its id."""
    from app.core import templates

    session = store.sessions.create(
        "Sectordag podiumkunsten – nieuwe allianties",
        templates.builtin("sector_day_alliances", "nl"),
        date="2026-03-12", start_time="09:30", venue="De Grote Post, Oostende",
        organisers="Kunstenpunt en VVC",
    )  # fmt: skip
    people = store.participants.add_many(session.id, [
        dict(first_name=first, last_name=last, organisation=org, role=role,
             municipality=place, consent=i % 4 != 3, email=f"{first.lower()}@example.org")
        for i, (first, last, org, role, place) in enumerate(PEOPLE)
    ])  # fmt: skip
    for person in people:
        store.participants.update(person.id, status="present")
    start = datetime(2026, 3, 12, 8, 32, tzinfo=UTC)
    for activity in store.agenda.list(session.id):
        store.agenda.mark_started(activity.id, start)
        start += timedelta(minutes=activity.planned_minutes + 3)
        store.agenda.mark_ended(activity.id, start)
        filler = {"bingo": _bingo, "statements": _statements, "worksheet": _worksheet}
        if activity.kind in filler:
            filler[activity.kind](store, activity)
    for what, who, due in ACTIONS:
        store.actions.add(session.id, what=what, who=who, due=due)
    return session.id


def _bingo(store: Any, activity: Any) -> None:
    from app.activities.bingo.state import BingoGame

    game = BingoGame(store, activity.id, "nl")
    for statement in game.pool()[:12:2]:
        game.mark(statement.id)  # each heard once: no "most heard" to tell
    game.confirm_winner(7, "Hanne Wouters")


def _statements(store: Any, activity: Any) -> None:
    from app.activities.statements.state import StatementGame

    game = StatementGame(store, activity.id, "nl")
    for n, statement in enumerate(game.statements()[:DISCUSSED]):
        for k, position in enumerate(game.scale().positions):
            game.set_count(statement.id, position, (3 + n * 5 + k * 7) % 11 + 1)
        for side, text in ARGUMENTS[: 4 if n < 2 else 1]:
            game.add_argument(statement.id, side, text)


def _worksheet(store: Any, activity: Any) -> None:
    from app.activities.worksheet import state as sheets

    definition = sheets.definition_for(store, activity.id)
    key = definition.key if definition else ""
    values: dict[str, Any] = {}
    if key == "shared_vocabulary":
        values = {
            "links": [{"left": 3, "right": 1, "note": "Beide gaan over meedoen."}],
            "missing_words": ["gastvrijheid", "nabijheid"],
            "observations": OBSERVATION,
        }
    elif key == "role_division":
        rows = [{"choice": "", "note": ""} for _ in range(9)]
        rows[0] = {"choice": "both", "note": ""}
        rows[2] = {"choice": "programmer", "note": "De programmator kent de buurt."}
        rows[8] = {"choice": "artist", "note": ""}
        values = {"tasks": {"rows": rows, "extra": []}, "shifts": SHIFT_NOTE}
    elif key == "alliance_criteria":
        marks = [{"state": "", "note": ""} for _ in range(12)]
        for n, state in ((0, "present"), (1, "to_start"), (4, "present"), (7, "not_relevant")):
            marks[n] = {"state": state, "note": "Met de academie" if n == 1 else ""}
        values = {"partners": ["jonge makers", "de muziekacademie"], "criteria": marks}
    for field_key, value in values.items():
        sheets.write_value(store, activity.id, "main", field_key, value)
