"""Questions to the panel as stored: the setup in the config, everything else as small rows.

Who writes which row (so nobody overwrites anybody):
- "q:<question id>"               the question, written once by the phone that sent it (or by the
                                  console for a question asked aloud): {text, name, phone, at}
- "up:<question id>:<phone>"      one upvote; a flood from one phone writes this same row again
- "mod:<question id>"             the moderator's decision (approved / hidden / answered), written
                                  only by the console: a phone write never touches it
- "screen"                        the id of the question on the beamer ("" = none), console only
- "draft"                         a question asked aloud being typed on the console (saved while
                                  typing, so a crash of the laptop loses under a second of it)
Anonymous by default: a name is kept only when the phone typed one and the organiser allows names
in this activity's setup (and shown only while names are allowed). No widgets here.
"""

from __future__ import annotations

import time
from typing import Any

from app.core import questions as qa
from app.storage.agenda import config_of
from app.storage.store import Store

QUESTION = "q:"
UPVOTE = "up:"
MODERATION = "mod:"
SCREEN = "screen"
DRAFT = "draft"
CONSOLE = ""  # the phone of a question typed on the console
Rows = dict[str, Any]

INTRO_MAX = 400
DEFAULTS: dict[str, Any] = {"intro": "", "allow_names": False, "moderation": True}


def question_key(question_id: str) -> str:
    return QUESTION + question_id


def upvote_key(question_id: str, phone: str) -> str:
    return f"{UPVOTE}{question_id}:{phone}"


def question_value(text: str, name: str, phone: str, at: float) -> dict[str, Any]:
    return {"text": qa.clean_text(text), "name": qa.clean_text(name, qa.MAX_NAME),
            "phone": phone, "at": at}  # fmt: skip


def votes_by_question(rows: Rows) -> dict[str, set[str]]:
    """question id -> the phones that upvoted it (a set: a phone counts once)."""
    found: dict[str, set[str]] = {}
    for key in rows:
        if key.startswith(UPVOTE):
            qid, _, phone = key[len(UPVOTE) :].partition(":")
            if qid and phone:
                found.setdefault(qid, set()).add(phone)
    return found


def parse(rows: Rows, names_allowed: bool) -> list[qa.Question]:
    """The questions in the rows with their votes and state (unsorted)."""
    screen = rows.get(SCREEN, "")
    votes = votes_by_question(rows)
    found = []
    for key, value in rows.items():
        if not key.startswith(QUESTION) or not isinstance(value, dict):
            continue
        qid = key[len(QUESTION) :]
        text = qa.clean_text(value.get("text", ""))
        if not text:
            continue
        at = value.get("at", 0)
        moderation = rows.get(MODERATION + qid, "")
        found.append(qa.Question(
            id=qid, text=text, at=float(at) if isinstance(at, int | float) else 0.0,
            phone=str(value.get("phone", "") or ""),
            name=qa.clean_text(value.get("name", ""), qa.MAX_NAME) if names_allowed else "",
            votes=len(votes.get(qid, ())),
            state=qa.state_of(moderation if isinstance(moderation, str) else "", qid == screen),
        ))  # fmt: skip
    return found


class QuestionBoard:
    """Reads and writes one Q&A activity."""

    def __init__(self, store: Store, activity_id: int) -> None:
        self.store = store
        self.activity_id = activity_id

    # configuration -------------------------------------------------------------------------
    def config(self) -> dict[str, Any]:
        activity = self.store.agenda.get(self.activity_id)
        return {**DEFAULTS, **(config_of(activity) if activity is not None else {})}

    def update_config(self, **changes: Any) -> None:
        self.store.agenda.update(self.activity_id, config={**self.config(), **changes})

    @staticmethod
    def moderated(config: dict[str, Any]) -> bool:
        return bool(config.get("moderation", True))

    @staticmethod
    def names_allowed(config: dict[str, Any]) -> bool:
        return bool(config.get("allow_names", False))

    # reading -------------------------------------------------------------------------------
    def rows(self) -> Rows:
        return self.store.results.all(self.activity_id)

    def questions(
        self, rows: Rows | None = None, config: dict[str, Any] | None = None
    ) -> list[qa.Question]:
        config = self.config() if config is None else config
        return parse(self.rows() if rows is None else rows, self.names_allowed(config))

    @staticmethod
    def screen_id(rows: Rows) -> str:
        value = rows.get(SCREEN, "")
        return value if isinstance(value, str) else ""

    # writing (console) ---------------------------------------------------------------------
    def add_question(self, text: str, name: str = "", at: float | None = None) -> str:
        """A question asked aloud, typed on the console: approved at once. Returns its id ("" when
        the text is empty)."""
        text = qa.clean_text(text)
        if not text:
            return ""
        qid = qa.new_id()
        value = question_value(text, name, CONSOLE, time.time() if at is None else at)
        self.store.results.set_many(
            self.activity_id,
            {question_key(qid): value, MODERATION + qid: qa.APPROVED, DRAFT: ""},
        )
        return qid

    def draft(self) -> str:
        value = self.store.results.get(self.activity_id, DRAFT, "")
        return value if isinstance(value, str) else ""

    def save_draft(self, text: str) -> None:
        self.store.results.set(self.activity_id, DRAFT, str(text)[: qa.MAX_TEXT])

    def set_moderation(self, question_id: str, decision: str) -> None:
        """approved / hidden / answered; hiding or answering the question on the beamer takes it
        off the beamer."""
        if decision not in qa.MODERATIONS:
            raise ValueError(decision)
        writes: Rows = {MODERATION + question_id: decision}
        if decision != qa.APPROVED and self.screen_id(self.rows()) == question_id:
            writes[SCREEN] = ""
        self.store.results.set_many(self.activity_id, writes)

    def put_on_screen(self, question_id: str) -> None:
        """The one question on the beamer (approving it: the moderator chose it)."""
        self.store.results.set_many(
            self.activity_id, {SCREEN: question_id, MODERATION + question_id: qa.APPROVED}
        )

    def clear_screen(self) -> None:
        self.store.results.set(self.activity_id, SCREEN, "")
