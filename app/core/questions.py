"""Questions to the panel without Qt or a database: states, ordering, who may upvote what.

A question comes from a phone (or is typed in by a note-taker when someone asks it aloud). The
console moderates it: a question is new until the moderator approves or hides it; an approved
question can be put on the beamer (one at a time) and marked answered. With moderation off a new
question is visible to the phones at once, as if approved.

Upvotes: one per phone per question, however often the phone sends it (the vote is a row keyed
by question and phone, so a flood writes the same row). A phone cannot upvote its own question:
the author's wish is already in the question, and a self-vote would let one phone push itself to
the top. Questions typed on the console have no phone, so every phone may upvote them.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from dataclasses import dataclass, replace

from app.core.i18n import QT_TRANSLATE_NOOP

MAX_TEXT = 280  # characters of a question (a post on the requests and offers board)
MAX_NAME = 64  # characters of the name a phone may add
MAX_PER_PHONE = 20  # questions one phone may send in one activity (a flood stops here)

NEW, APPROVED, HIDDEN, ON_SCREEN, ANSWERED = "new", "approved", "hidden", "on_screen", "answered"
STATES = (NEW, APPROVED, HIDDEN, ON_SCREEN, ANSWERED)
MODERATIONS = (APPROVED, HIDDEN, ANSWERED)  # what the console stores; on screen is derived
STATE_LABELS = {
    NEW: QT_TRANSLATE_NOOP("QuestionState", "new"),
    APPROVED: QT_TRANSLATE_NOOP("QuestionState", "approved"),
    HIDDEN: QT_TRANSLATE_NOOP("QuestionState", "hidden"),
    ON_SCREEN: QT_TRANSLATE_NOOP("QuestionState", "on the beamer"),
    ANSWERED: QT_TRANSLATE_NOOP("QuestionState", "answered"),
}
BY_VOTES, BY_TIME = "votes", "time"


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    at: float  # when it was sent (seconds since the epoch): the order "by time"
    phone: str = ""  # the phone that sent it; "" = typed on the console
    name: str = ""  # as typed on the phone, kept only where the organiser allows names
    votes: int = 0
    state: str = NEW


def new_id() -> str:
    """A short random id, so two laptops and many phones never collide."""
    return f"q-{secrets.token_hex(5)}"


def clean_text(text: str, limit: int = MAX_TEXT) -> str:
    """One line of plain text: whitespace runs (line breaks too) become one space, cut at limit."""
    return " ".join(str(text).split())[:limit]


def same_text(a: str, b: str) -> bool:
    """The same question sent twice (a retry, a double tap): case and spacing do not count."""
    return clean_text(a).casefold() == clean_text(b).casefold()


def state_of(moderation: str, on_screen: bool) -> str:
    """The state from the console's stored decision and whether it is the one on the beamer."""
    if moderation == ANSWERED:
        return ANSWERED
    if moderation == HIDDEN:
        return HIDDEN
    if on_screen:
        return ON_SCREEN
    return APPROVED if moderation == APPROVED else NEW


def visible_to_phones(question: Question, moderated: bool) -> bool:
    """Phones see approved, on-screen and answered questions; new ones too when moderation is
    off. Hidden questions are never shown."""
    if question.state == HIDDEN:
        return False
    return question.state != NEW or not moderated


def may_upvote(question: Question, phone: str, moderated: bool) -> str:
    """ "" when `phone` may upvote `question`, else the refusal code the phone page explains."""
    if not visible_to_phones(question, moderated):
        return "no_question"
    if question.phone and question.phone == phone:
        return "own_question"
    return ""


def ordered(questions: Iterable[Question], by: str = BY_VOTES) -> list[Question]:
    """By votes (most first; equal votes: the oldest first) or by time (oldest first)."""
    if by == BY_TIME:
        return sorted(questions, key=lambda q: (q.at, q.id))
    return sorted(questions, key=lambda q: (-q.votes, q.at, q.id))


def for_report(questions: Iterable[Question], moderated: bool) -> tuple[list[Question], int]:
    """(answered first, then the others asked, each by votes; how many are left out): hidden
    questions and, with moderation on, questions never approved are left out of the report."""
    shown, left_out = [], 0
    for question in questions:
        if question.state == HIDDEN or (moderated and question.state == NEW):
            left_out += 1
        else:
            shown.append(question)
    answered = ordered([q for q in shown if q.state == ANSWERED])
    others = ordered([q for q in shown if q.state != ANSWERED])
    return answered + others, left_out


def with_votes(question: Question, votes: int) -> Question:
    return replace(question, votes=votes)


ZERO_WIDTH_SPACE = "\u200b"
LONG_RUN = 24  # characters without a space after which the beamer may break a "word"


def breakable(text: str) -> str:
    """Text for a wrapping label: a run of more than LONG_RUN characters without a space (a URL,
    a hostile "ééé…") gets invisible break points, so it wraps instead of leaving the screen."""
    words = []
    for word in text.split(" "):
        if len(word) > LONG_RUN:
            word = ZERO_WIDTH_SPACE.join(word[i : i + LONG_RUN // 2]
                                         for i in range(0, len(word), LONG_RUN // 2))  # fmt: skip
        words.append(word)
    return " ".join(words)
