"""A word cloud as stored: the prompt and `max_answers` in the config, every answer a row.

Each answer is its own row, so answers never overwrite each other: a phone's n-th answer is
"phone:<phone>:<n>" (n < max_answers), an answer typed on the console by a note-taker (no phones
in the room) is "typed:<random id>". The value is {"text": the answer as typed, cleaned}. The
order of arrival is the order the rows were stored in (their ids), which fixes the cloud's layout.
Moderation is rows too: "hide:<word>" hides a word, "merge:<word>" -> <other word> counts a
spelling under another word. No widgets: runtime, phone part and report share this.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from typing import Any

from app.core import wordcloud as wc
from app.storage.agenda import config_of
from app.storage.store import Store

PHONE = "phone:"
TYPED = "typed:"
HIDE = "hide:"
MERGE = "merge:"


def max_answers_of(config: dict[str, Any]) -> int:
    """The answers a phone may send (setting `max_answers`, 1..MAX_ANSWERS; default 3)."""
    value = config.get("max_answers", wc.DEFAULT_MAX_ANSWERS)
    if not isinstance(value, int) or isinstance(value, bool):
        return wc.DEFAULT_MAX_ANSWERS
    return max(1, min(wc.MAX_ANSWERS, value))


def prompt_of(config: dict[str, Any]) -> str:
    value = config.get("prompt", "")
    return value if isinstance(value, str) else ""


def phone_key(phone: str, index: int) -> str:
    return f"{PHONE}{phone}:{index}"


@dataclass
class Snapshot:
    """Everything read in one query: answers in arrival order and the moderation."""

    answers: list[str] = field(default_factory=list)
    by_phone: dict[str, list[str]] = field(default_factory=dict)
    merges: dict[str, str] = field(default_factory=dict)
    hidden: set[str] = field(default_factory=set)

    def words(self) -> list[wc.Word]:
        """All words (hidden ones flagged) in the order they first arrived."""
        return wc.tally(self.answers, self.merges, self.hidden)

    def visible(self) -> list[wc.Word]:
        return [w for w in self.words() if not w.hidden]


def snapshot_of(rows: list[tuple[str, Any]]) -> Snapshot:
    """The snapshot of (key, value) rows given in the order they were first stored."""
    snap = Snapshot()
    for key, value in rows:
        if key.startswith((PHONE, TYPED)):
            text = value.get("text") if isinstance(value, dict) else None
            if not isinstance(text, str) or not wc.normal(text):
                continue
            snap.answers.append(text)
            if key.startswith(PHONE):
                phone = key[len(PHONE) :].rpartition(":")[0]
                snap.by_phone.setdefault(phone, []).append(text)
        elif key.startswith(HIDE) and value:
            snap.hidden.add(key[len(HIDE) :])
        elif key.startswith(MERGE) and isinstance(value, str) and value:
            snap.merges[key[len(MERGE) :]] = value
    return snap


class WordCloud:
    """Reads and writes one word-cloud activity."""

    def __init__(self, store: Store, activity_id: int) -> None:
        self.store = store
        self.activity_id = activity_id

    # configuration -------------------------------------------------------------------------
    def config(self) -> dict[str, Any]:
        activity = self.store.agenda.get(self.activity_id)
        return config_of(activity) if activity is not None else {}

    def update_config(self, **changes: Any) -> None:
        self.store.agenda.update(self.activity_id, config={**self.config(), **changes})

    def prompt(self) -> str:
        return prompt_of(self.config())

    def max_answers(self) -> int:
        return max_answers_of(self.config())

    # reading -------------------------------------------------------------------------------
    def snapshot(self) -> Snapshot:
        return snapshot_of(self.store.results.in_order(self.activity_id))

    def phone_answers(self) -> dict[str, list[str]]:
        """phone -> its answers in the order sent (one read for every phone)."""
        return snapshot_of(self.store.results.in_order(self.activity_id, PHONE)).by_phone

    # writing -------------------------------------------------------------------------------
    def add_typed(self, text: str) -> str:
        """An answer typed on the console; returns it cleaned ("" = nothing to add)."""
        text = wc.clean(text)
        if not wc.normal(text):
            return ""
        self.store.results.set(self.activity_id, f"{TYPED}{secrets.token_hex(6)}", {"text": text})
        return text

    def set_hidden(self, word: str, hidden: bool) -> None:
        if hidden:
            self.store.results.set(self.activity_id, HIDE + word, True)
        else:
            self.store.results.delete(self.activity_id, HIDE + word)

    def merge(self, words: list[str], into: str) -> None:
        """Count the words under `into`; `into` stands on its own from now on (a merge of it made
        earlier is undone), so no loop is ever stored."""
        values = {MERGE + w: into for w in words if w != into}
        if not values:
            return
        if into in self.snapshot().merges:
            self.store.results.delete(self.activity_id, MERGE + into)
        self.store.results.set_many(self.activity_id, values)

    def unmerge(self, word: str) -> None:
        """The spellings merged into this word count on their own again."""
        snap = self.snapshot()
        for source, target in snap.merges.items():
            if target == word:
                self.store.results.delete(self.activity_id, MERGE + source)
