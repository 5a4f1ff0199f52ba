"""A session with results filled in the way each activity kind stores them, for report tests.

Writes through the Store and through each kind's own data helpers where they exist, so the
report is tested against the keys the kinds really use. Returns what the PDF must (not) show.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from app.core.templates import Template


@dataclass
class Expected:
    session_id: int
    texts: list[str] = field(default_factory=list)  # notes, arguments, worksheet text, actions
    named: list[str] = field(default_factory=list)  # consenting participants' last names
    hidden: list[str] = field(default_factory=list)  # non-consenting / waiting last names
    emails: list[str] = field(default_factory=list)


def fill_session(store: Any, template: Template, people: int = 9, notes: int = 1) -> Expected:
    session = store.sessions.create(
        f"Verslag {template.title}", template, date="2026-03-12", start_time="09:30",
        venue="Vooruit, Gent", organisers="Kunstenpunt", capacity=people - 2,
    )  # fmt: skip
    expected = Expected(session.id)
    rows = []
    for i in range(people):
        consent = i % 3 != 0
        last = f"Consentname{i:03d}" if consent else f"Privatename{i:03d}"
        email = f"person{i:03d}@mail{i:03d}.example"
        rows.append(dict(first_name=f"Voornaam{i}", last_name=last, organisation=f"Huis {i % 4}",
                         email=email, consent=consent))  # fmt: skip
        expected.emails.append(email)
    added = store.participants.add_many(session.id, rows)
    for person in added:
        if person.status == "registered":
            store.participants.update(person.id, status="present")
        if person.consent and person.status != "waiting":
            expected.named.append(person.last_name)
        else:
            expected.hidden.append(person.last_name)
    start = datetime(2026, 3, 12, 8, 30, tzinfo=UTC)
    for number, activity in enumerate(store.agenda.list(session.id)):
        store.agenda.mark_started(activity.id, start)
        start += timedelta(minutes=activity.planned_minutes + 2)
        store.agenda.mark_ended(activity.id, start)
        expected.texts += fill_activity(store, activity, f"A{number}", notes)
    for i in range(3):
        what = f"Actiepunt{i} werkgroep bijeenroepen"
        store.actions.add(session.id, what=what, who=f"Trekker{i}", due="2026-04-01")
        expected.texts += [what, f"Trekker{i}"]
    return expected


def fill_activity(store: Any, activity: Any, tag: str, notes: int = 1) -> list[str]:
    """Store results for one activity in its kind's format; returns texts the report must show."""
    filler = {"breakout": _breakout, "worksheet": _worksheet, "statements": _statements,
              "bingo": _bingo, "meet_greet": _meet_greet}  # fmt: skip
    return filler.get(activity.kind, _generic)(store, activity, tag, notes)


def _generic(store: Any, activity: Any, tag: str, notes: int) -> list[str]:
    from app.activities import registry

    texts = [f"Notitie{tag}x{n}" for n in range(notes)]
    for n, text in enumerate(texts):
        store.results.set(activity.id, f"note:{n}", text)
    # a kind with its own report function decides what to show of keys it does not know
    return [] if registry.kind(activity.kind).report else texts


def _breakout(store: Any, activity: Any, tag: str, notes: int) -> list[str]:
    from app.activities.breakout.state import BreakoutConfig, BreakoutData
    from app.storage.agenda import config_of

    config = BreakoutConfig.parse(config_of(activity), "nl")
    data = BreakoutData(store, activity.id)
    texts = []
    count = 0
    for r, plan in enumerate(config.rounds, start=1):
        for q in range(1, len(plan.questions) + 1):
            for g in range(1, 21):
                if count >= max(3, notes):
                    return [*texts, "Key points"]
                text = f"Groepsnotitie{tag}r{r}g{g}q{q}"
                data.set_note(r, g, q, text)
                data.set_key_point(r, g, q, count == 0)  # the first note is a key point
                texts.append(text)
                count += 1
    return [*texts, "Key points"]


def _worksheet(store: Any, activity: Any, tag: str, notes: int) -> list[str]:
    """A tagged text in every field, whatever its type; returns what the note-taker 'typed'."""
    from app.activities.worksheet import state as sheets
    from app.core.worksheet_fields import normalize, texts_of

    definition = sheets.definition_for(store, activity.id)
    if definition is None:
        return _generic(store, activity, tag, notes)
    texts = []
    for number, spec in enumerate(definition.fields):
        value = normalize(spec, _worksheet_value(spec, f"Werkblad{tag}f{number}"))
        sheets.write_value(store, activity.id, "main", spec.key, value)
        texts += texts_of(spec, value)
    return texts


def _worksheet_value(spec: Any, text: str) -> Any:
    """A raw value for one field type with `text` wherever the type takes typed text."""
    kind = spec.type
    if kind in ("text", "long_text"):
        return text
    if kind in ("list", "steps"):
        return [text, text + "b"]
    if kind in ("table", "matrix"):
        return [[text] * len(spec.columns)]
    if kind == "checklist":
        return [{"state": "", "note": text}]
    if kind == "assignment":
        return {"rows": [{"choice": "", "note": text}], "extra": []}
    if kind == "poll":
        return {"counts": [2], "extra": [{"label": text, "count": 1}]}
    if kind == "groups":
        return [{"name": text, "lists": {}}]
    return [{"left": 0, "right": 0, "note": text}]  # links


def _statements(store: Any, activity: Any, tag: str, notes: int) -> list[str]:
    """Own statements, votes on the first, an argument on each side of every statement."""
    from app.activities.statements.state import StatementGame
    from app.core.statements import Statement

    game = StatementGame(store, activity.id, "en")
    game.save_statements([Statement(f"s{n}", f"Stelling{tag}n{n}", "") for n in range(2)])
    scale = game.scale()
    for index, position in enumerate(scale.positions):
        game.set_count("s0", position, 3 + index)
    texts = [f"Stelling{tag}n0", f"Stelling{tag}n1"]
    for n in range(2):
        for side in ("for", "against"):
            text = f"Argument{tag}n{n}{side}"
            game.add_argument(f"s{n}", side, text)
            texts.append(text)
    return texts


def _bingo(store: Any, activity: Any, tag: str, notes: int) -> list[str]:
    """An own pool, two statements heard (one twice), a named and an anonymous winner."""
    from app.activities.bingo.state import BingoGame
    from app.core.bingo_pool import Statement

    game = BingoGame(store, activity.id, "en")
    game.save_pool([Statement(f"b{n}", f"Bingozin{tag}n{n}") for n in range(30)])
    for statement in ("b0", "b1", "b0"):
        game.mark(statement)
    people = [p for p in store.participants.list(activity.session_id) if p.status == "present"]
    named = next(p for p in people if p.consent)
    private = next(p for p in people if not p.consent)
    game.confirm_winner(1, f"{named.first_name} {named.last_name}")
    game.confirm_winner(2, f"{private.first_name} {private.last_name}")
    # heard statements, the never-heard list, and the anonymous winner by card number only
    return [f"Bingozin{tag}n0", f"Bingozin{tag}n1", f"Bingozin{tag}n29", "card 002"]


def _meet_greet(store: Any, activity: Any, tag: str, notes: int) -> list[str]:
    """A speed-dating rotation of the present people as the runtime stores it: tables counted
    in the report, nobody named."""
    from app.core.rotation import rotate

    people = sorted(p.id for p in store.participants.list(activity.session_id)
                    if p.status == "present")  # fmt: skip
    rotation = rotate(people, 3, 2, seed=activity.id)
    stored = {"people": people, "group_size": 2, "rounds": rotation.to_json()}
    store.results.set(activity.id, "rotation", stored)
    pairs = {frozenset((a, b)) for r in rotation.rounds for t in r for a in t for b in t if a != b}
    tables = max(len(r) for r in rotation.rounds)
    return [f"3 rounds at up to {tables} tables: {len(people)} people, {len(pairs)} pairs met."]
