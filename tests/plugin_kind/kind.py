"""The "shout wall": each phone shouts one short line; everyone sees every line; the report
lists them. It exists only to prove that a kind outside app/ plugs in through the registry
(phone part, view script, report section) without any other file knowing it."""

from __future__ import annotations

from typing import Any, ClassVar
from xml.sax.saxutils import escape

from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph

from app.activities.phone import Field, PhonePart, PhoneRoom, Reply, Schema, ack, error
from app.activities.registry import ActivityKind
from app.storage.models import Activity
from app.storage.store import Store

SHOUT = "shout:"  # shout:<phone> -> the phone's line
KEY = "shout_wall"

KIND = ActivityKind(
    KEY, "Shout wall", 5,
    phone="tests.plugin_kind.kind:ShoutPhone",
    report="tests.plugin_kind.kind:section",
    paper="tests.plugin_kind.paper:items",
)  # fmt: skip


def shouts(store: Store, activity_id: int) -> dict[str, str]:
    rows = store.results.all(activity_id, SHOUT)
    return {key[len(SHOUT) :]: value for key, value in rows.items() if isinstance(value, str)}


class ShoutPhone(PhonePart):
    messages: ClassVar[dict[str, Schema]] = {
        "shout": {"text": Field(str, max_length=80, non_empty=True)},
    }
    script = "tests.plugin_kind:shout.js"

    def view(self, config: dict[str, Any]) -> str:
        return "" if config.get("closed") else "shout"

    def shared_state(self, room: PhoneRoom, activity: Activity) -> dict[str, Any]:
        return {"shouts": sorted(shouts(room.store, activity.id).values())}

    def personal_state(
        self, room: PhoneRoom, activity: Activity, shared: dict[str, Any], phones: list[str]
    ) -> dict[str, dict[str, Any]]:
        mine = shouts(room.store, activity.id)
        return {phone: {"mine": mine[phone]} for phone in phones if phone in mine}

    def begin(self, room: PhoneRoom, activity: Activity) -> set[str]:
        return set(shouts(room.store, activity.id).values())

    def handle(
        self, room: PhoneRoom, activity: Activity, turn: Any, phone: str, message: dict[str, Any]
    ) -> Reply:
        text = message["text"]
        if text in turn:
            return error("shout_taken")  # someone shouted that already
        turn.add(text)
        return Reply(answer=ack("shouted"), writes={f"{SHOUT}{phone}": text},
                     event=("shouted", text))  # fmt: skip


def section(store: Store, activity: Activity, options: Any) -> list[Any]:
    style = getSampleStyleSheet()["BodyText"]
    lines = sorted(shouts(store, activity.id).values())
    return [Paragraph(escape(f"Shouted: {line}"), style) for line in lines]
