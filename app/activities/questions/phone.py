"""Phones in a Q&A: send a question (optionally with a name), upvote the others' questions.

The room calls this part only (app/activities/phone.py says how). One burst of messages is read
once (`begin`) and every handled message updates that reading, so a flood inside one burst is
counted as carefully as one spread over minutes:
- the same question sent again by the same phone (a double tap, a retry) is stored once;
- an upvote is the row "up:<question>:<phone>": sending it again writes the same row;
- a phone cannot upvote its own question, nor a question the phones cannot see;
- one phone sends at most `MAX_PER_PHONE` questions in one activity.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar

from app.activities.phone import Field, PhonePart, PhoneRoom, Reply, Schema, ack, error
from app.activities.questions import state
from app.core import questions as qa
from app.storage.agenda import config_of
from app.storage.models import Activity, stored_id
from app.storage.store import Store

VIEW = "questions"
MAX_SHARED = 60  # questions sent to every phone (the most upvoted first); keeps each push small


@dataclass
class Turn:
    """One burst's reading of the activity, updated as its messages are handled."""

    config: dict[str, Any]
    questions: dict[str, qa.Question]
    sent: dict[str, list[str]] = field(default_factory=dict)  # phone -> texts it sent


def read_turn(store: Store, activity: Activity, config: dict[str, Any]) -> Turn:
    """The questions and the moderator's decisions (two reads; the many vote rows are skipped)."""
    rows = store.results.all(stored_id(activity), state.QUESTION)
    rows.update(store.results.all(stored_id(activity), state.MODERATION))
    questions = state.parse(rows, names_allowed=True)
    sent: dict[str, list[str]] = {}
    for question in questions:
        if question.phone:
            sent.setdefault(question.phone, []).append(question.text)
    return Turn(config=config, questions={q.id: q for q in questions}, sent=sent)


class QuestionsPhone(PhonePart):
    messages: ClassVar[dict[str, Schema]] = {
        "question": {
            "text": Field(str, max_length=qa.MAX_TEXT, non_empty=True),
            "name": Field(str, required=False, max_length=qa.MAX_NAME),
        },
        "upvote": {"question": Field(str, max_length=24, non_empty=True)},
    }
    script: ClassVar[str] = "room/views/questions.js"
    clock: Callable[[], float] = staticmethod(time.time)  # when a question was sent

    def __init__(self) -> None:
        # activity id -> the rows the last shared state was made from: the room asks for the
        # phones' own parts of that same state next (and again for each phone saying hello
        # until something changes), so they are read once per change, not twice
        self._rows: dict[tuple[int, int], dict[str, Any]] = {}  # (store, activity) -> rows

    def view(self, config: dict[str, Any]) -> str:
        return VIEW

    def _config(self, activity: Activity) -> dict[str, Any]:
        return {**state.DEFAULTS, **config_of(activity)}

    # -- what phones see --------------------------------------------------------------------
    def shared_state(self, room: PhoneRoom, activity: Activity) -> dict[str, Any]:
        config = self._config(activity)
        moderated = bool(config.get("moderation", True))
        names = bool(config.get("allow_names", False))
        rows = room.store.results.all(stored_id(activity))
        self._rows = {
            (id(room.store), stored_id(activity)): rows
        }  # only the latest is ever asked for
        questions = state.parse(rows, names)
        visible = [q for q in questions if qa.visible_to_phones(q, moderated)]
        place = {qa.ON_SCREEN: 0, qa.ANSWERED: 2}  # the one on the beamer, open ones, answered
        open_first = sorted(qa.ordered(visible), key=lambda q: place.get(q.state, 1))
        return {
            "title": activity.title,
            "intro": str(config.get("intro", "")),
            "names": names,
            "moderated": moderated,
            "questions": [
                {
                    "id": q.id,
                    "text": q.text,
                    "name": q.name,
                    "votes": q.votes,
                    "answered": q.state == qa.ANSWERED,
                    "on_screen": q.state == qa.ON_SCREEN,
                }
                for q in open_first[:MAX_SHARED]
            ],
        }

    def personal_state(
        self, room: PhoneRoom, activity: Activity, shared: dict[str, Any], phones: list[str]
    ) -> dict[str, dict[str, Any]]:
        wanted = set(phones)
        found: dict[str, dict[str, list[str]]] = {
            p: {"my_votes": [], "my_questions": []} for p in phones
        }
        rows = self._rows.get((id(room.store), stored_id(activity)))
        if rows is None:  # not asked for the shared state first (tests, a fresh part)
            rows = room.store.results.all(stored_id(activity))
        for key, value in rows.items():
            if key.startswith(state.QUESTION):
                if isinstance(value, dict) and value.get("phone") in wanted:
                    found[value["phone"]]["my_questions"].append(key[len(state.QUESTION) :])
            elif key.startswith(state.UPVOTE):
                qid, _, phone = key[len(state.UPVOTE) :].partition(":")
                if phone in wanted:
                    found[phone]["my_votes"].append(qid)
        return {p: {k: sorted(v) for k, v in mine.items()} for p, mine in found.items()}

    # -- what phones send -------------------------------------------------------------------
    def begin(self, room: PhoneRoom, activity: Activity) -> Turn:
        return read_turn(room.store, activity, self._config(activity))

    def handle(
        self, room: PhoneRoom, activity: Activity, turn: Any, phone: str, message: dict[str, Any]
    ) -> Reply:
        if not isinstance(turn, Turn):
            turn = self.begin(room, activity)
        if message.get("type") == "question":
            return self._question(turn, phone, message)
        if message.get("type") == "upvote":
            return self._upvote(turn, phone, str(message.get("question", "")))
        return error("not_now")

    def _question(self, turn: Turn, phone: str, message: dict[str, Any]) -> Reply:
        text = qa.clean_text(message.get("text", ""))
        if not text:
            return error("empty")
        mine = turn.sent.setdefault(phone, [])
        if any(qa.same_text(text, earlier) for earlier in mine):
            return Reply(answer=ack("question_sent"))  # already stored: once is enough
        if len(mine) >= qa.MAX_PER_PHONE:
            return error("too_many_questions")
        name = str(message.get("name", "") or "") if turn.config.get("allow_names") else ""
        qid = qa.new_id()
        value = state.question_value(text, name, phone, self.clock())
        mine.append(text)
        turn.questions[qid] = qa.Question(qid, value["text"], value["at"], phone, value["name"])
        what = "question_waiting" if turn.config.get("moderation", True) else "question_sent"
        # no console event: the console follows the store and shows it with the others
        return Reply(answer=ack(what), writes={state.question_key(qid): value})

    def _upvote(self, turn: Turn, phone: str, question_id: str) -> Reply:
        question = turn.questions.get(question_id)
        if question is None:
            return error("no_question")
        refused = qa.may_upvote(question, phone, bool(turn.config.get("moderation", True)))
        if refused:
            return error(refused)
        return Reply(answer=ack("upvoted"), writes={state.upvote_key(question_id, phone): 1})
