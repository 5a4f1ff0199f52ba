"""The word cloud on a phone: the prompt, one field to send a word, the phone's own words.

A phone sends up to `max_answers` answers (one message "words" each); past that, or the same word
twice, it is refused with a code the page explains. Every answer is its own row (state.py), so the
room stores each exactly once and a burst of phones never overwrites one another.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from app.activities.phone import Field, PhonePart, PhoneRoom, Reply, Schema, ack, error
from app.activities.wordcloud.state import WordCloud, max_answers_of, phone_key, prompt_of
from app.core import wordcloud as wc
from app.storage.agenda import config_of
from app.storage.models import Activity, stored_id

VIEW = "wordcloud"
MESSAGE = "words"


@dataclass
class Turn:
    """Read once per burst: every phone's answers so far and the limit."""

    max_answers: int
    answers: dict[str, list[str]] = field(default_factory=dict)


class WordcloudPhone(PhonePart):
    messages: ClassVar[dict[str, Schema]] = {
        MESSAGE: {"text": Field(str, max_length=wc.MAX_WORD, non_empty=True)},
    }
    script: ClassVar[str] = "room/views/wordcloud.js"

    def view(self, config: dict[str, Any]) -> str:
        return VIEW

    def shared_state(self, room: PhoneRoom, activity: Activity) -> dict[str, Any]:
        config = config_of(activity)
        return {"prompt": prompt_of(config), "max_answers": max_answers_of(config)}

    def personal_state(
        self, room: PhoneRoom, activity: Activity, shared: dict[str, Any], phones: list[str]
    ) -> dict[str, dict[str, Any]]:
        answers = WordCloud(room.store, stored_id(activity)).phone_answers()
        return {phone: {"my_words": answers.get(phone, [])} for phone in phones}

    def begin(self, room: PhoneRoom, activity: Activity) -> Turn:
        cloud = WordCloud(room.store, stored_id(activity))
        return Turn(max_answers_of(config_of(activity)), cloud.phone_answers())

    def handle(
        self, room: PhoneRoom, activity: Activity, turn: Any, phone: str, message: dict[str, Any]
    ) -> Reply:
        if not isinstance(turn, Turn):
            turn = self.begin(room, activity)
        text = wc.clean(str(message.get("text", "")))
        word = wc.normal(text)
        if not word:
            return error("no_word")  # only punctuation or spaces
        mine = turn.answers.setdefault(phone, [])
        if any(wc.normal(sent) == word for sent in mine):
            return error("word_twice")
        if len(mine) >= turn.max_answers:
            return error("too_many_words")
        key = phone_key(phone, len(mine))
        mine.append(text)  # a second message in the same burst sees this one
        return Reply(answer=ack("word_sent"), writes={key: {"text": text}})
