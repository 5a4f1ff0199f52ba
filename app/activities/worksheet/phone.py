"""The requests & offers board on a phone: post a request or an offer; it waits for the
facilitator's approval (the console's board panel) before it reaches the beamer."""

from __future__ import annotations

from typing import Any, ClassVar

from app.activities.phone import Field, PhonePart, PhoneRoom, Reply, Schema, ack
from app.activities.worksheet.board import BOARD, MAX_POST, POST_KINDS, new_post_key
from app.storage.models import Activity

POST_EVENT = "post"  # payload: the result key of the new post


class WorksheetPhone(PhonePart):
    messages: ClassVar[dict[str, Schema]] = {
        "post": {"kind": Field(str, choices=POST_KINDS),
                 "text": Field(str, max_length=MAX_POST, non_empty=True)},
    }  # fmt: skip
    script = "room/views/board.js"
    console = "app.activities.worksheet.board_panel:BoardPanel"

    def view(self, config: dict[str, Any]) -> str:
        return "board" if config.get("worksheet") == BOARD else ""

    def handle(
        self, room: PhoneRoom, activity: Activity, turn: Any, phone: str, message: dict[str, Any]
    ) -> Reply:
        key = new_post_key()
        value = {"kind": message["kind"], "text": message["text"], "approved": False,
                 "phone": phone}  # fmt: skip
        return Reply(answer=ack("posted"), writes={key: value}, event=(POST_EVENT, key))
