"""When each paper item was last printed, to tell whether the paper is still up to date.

Stored in the session's `settings` JSON under "printed": {item key: {"at": ISO time, "people":
number of participants then}} (no schema change). The print hub calls `record_printed` after
writing an item (keys as in app/activities/paper.py: "agenda", "bingo:<activity id>", ...);
the overview's "Ready for the day?" line reads `stale_or_missing`.

An item counts as printed since the last change when it was printed after the last change of
its activity (configuration, title, stored groups or cards), of any participant, and with the
same number of participants (a removed person leaves no later timestamp behind).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import overload

from sqlmodel import col, func, select

from app.storage.models import Activity, ActivityResult, Participant, stored_id, utcnow
from app.storage.settings import PRINTED, change_session_settings, session_settings
from app.storage.store import Store

KEY = PRINTED


@overload
def _aware(moment: datetime) -> datetime: ...
@overload
def _aware(moment: datetime | None) -> datetime | None: ...
def _aware(moment: datetime | None) -> datetime | None:
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)


def record_printed(
    store: Store, session_id: int, item_key: str, when: datetime | None = None
) -> None:
    """Note that a paper item was just printed (retried when another laptop saved the
    settings a moment earlier)."""
    people = store.participants.counts(session_id)
    count = sum(people.values()) if isinstance(people, dict) else 0
    stamp = {"at": (when or utcnow()).isoformat(), "people": count}
    change_session_settings(
        store, session_id, lambda s: s.with_(**{KEY: {**s.printed, item_key: stamp}})
    )


def printed(store: Store, session_id: int) -> dict[str, tuple[datetime, int]]:
    """Item key -> (when it was last printed, how many participants there were then)."""
    result: dict[str, tuple[datetime, int]] = {}
    for key, stamp in session_settings(store, session_id).printed.items():
        try:
            result[str(key)] = (_aware(datetime.fromisoformat(stamp["at"])), int(stamp["people"]))
        except (KeyError, TypeError, ValueError):
            continue  # an unreadable stamp counts as never printed
    return result


def last_changes(store: Store, session_id: int) -> tuple[dict[int, datetime], datetime | None]:
    """The last change per activity (its row or its stored results) and of the participants."""
    with store.db.read() as s:
        activities = {
            stored_id(a): _aware(a.updated_at)
            for a in s.exec(select(Activity).where(Activity.session_id == session_id))
        }
        rows = s.exec(
            select(ActivityResult.activity_id, func.max(ActivityResult.updated_at))
            .where(col(ActivityResult.activity_id).in_(list(activities)))
            .group_by(col(ActivityResult.activity_id))
        )
        for activity_id, moment in rows:
            moment = _aware(moment)
            if moment and moment > activities[activity_id]:
                activities[activity_id] = moment
        people = s.exec(
            select(func.max(Participant.updated_at)).where(Participant.session_id == session_id)
        ).one()
    return activities, _aware(people)


def up_to_date(store: Store, session_id: int, item_keys: list[str]) -> dict[str, bool]:
    """For each paper item: printed since the last change that shows on it."""
    stamps = printed(store, session_id)
    activities, people_changed = last_changes(store, session_id)
    people = store.participants.counts(session_id)
    count = sum(people.values()) if isinstance(people, dict) else 0
    answer = {}
    for key in item_keys:
        stamp = stamps.get(key)
        if stamp is None:
            answer[key] = False
            continue
        at, then = stamp
        _kind, _, ident = key.partition(":")
        # the agenda handout shows every activity
        changed: list[datetime | None] = (
            [activities.get(int(ident))] if ident.isdigit() else list(activities.values())
        )
        changed.append(people_changed)
        latest = max((m for m in changed if m is not None), default=None)
        answer[key] = then == count and (latest is None or at >= latest)
    return answer
