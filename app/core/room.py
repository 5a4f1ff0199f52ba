"""Rules of the room server, without Qt: tokens, message validation, rate limits.

Everything a phone sends is untrusted: it is size-limited, parsed into a known shape or refused,
and rate-limited per connection before the app looks at it.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass, field
from typing import Any

from app.core.clock import Clock

MAX_MESSAGE_BYTES = 2048
MAX_TEXT = 280  # a post on the requests & offers board
MAX_ID = 64

# message type -> {field: (type, required)}
SCHEMA: dict[str, dict[str, tuple[type, bool]]] = {
    "hello": {"lang": (str, False), "phone": (str, False)},
    "vote": {"statement": (str, True), "position": (str, True)},
    "bingo_card": {"card": (int, True)},
    "bingo_claim": {"card": (int, True), "name": (str, False)},
    "seat": {"participant": (int, True)},
    "post": {"kind": (str, True), "text": (str, True)},
    "ping": {},
}
POST_KINDS = ("request", "offer")


class RoomMessageError(ValueError):
    """A message from a phone that is refused; `code` is sent back to the phone."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def new_token() -> str:
    """A random room token (URL-safe, 128 bits)."""
    return secrets.token_urlsafe(16)


def short_code(token: str) -> str:
    """Six characters to type by hand, derived from the token (A-Z without look-alikes, 2-9)."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    number = int.from_bytes(token.encode(), "big")
    return "".join(alphabet[(number >> (5 * i)) % len(alphabet)] for i in range(6))


def parse(raw: str | bytes, max_bytes: int = MAX_MESSAGE_BYTES) -> dict[str, Any]:
    """A phone's JSON message as a validated dict; raises RoomMessageError."""
    size = len(raw.encode("utf-8") if isinstance(raw, str) else raw)
    if size > max_bytes:
        raise RoomMessageError("too_large")
    try:
        data = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise RoomMessageError("not_json") from exc
    if not isinstance(data, dict) or not isinstance(data.get("type"), str):
        raise RoomMessageError("bad_message")
    schema = SCHEMA.get(data["type"])
    if schema is None:
        raise RoomMessageError("unknown_type")
    message: dict[str, Any] = {"type": data["type"]}
    for name, (kind, required) in schema.items():
        value = data.get(name)
        if value is None:
            if required:
                raise RoomMessageError("missing_" + name)
            continue
        if kind is int and (isinstance(value, bool) or not isinstance(value, int)):
            raise RoomMessageError("bad_" + name)
        if kind is str and not isinstance(value, str):
            raise RoomMessageError("bad_" + name)
        if kind is int and not 0 <= value < 1_000_000:
            raise RoomMessageError("bad_" + name)
        if kind is str:
            value = "".join(c for c in value if c == "\n" or ord(c) >= 32).strip()
            limit = MAX_TEXT if name == "text" else MAX_ID
            if len(value) > limit:
                raise RoomMessageError("too_long")
        message[name] = value
    if message["type"] == "post":
        if message["kind"] not in POST_KINDS:
            raise RoomMessageError("bad_kind")
        if not message["text"]:
            raise RoomMessageError("empty")
    return message


@dataclass
class RateLimiter:
    """Token bucket per connection: `rate` messages a second, bursts up to `burst`."""

    clock: Clock
    rate: float = 5.0
    burst: float = 10.0
    _tokens: float = field(init=False, default=0.0)
    _last: float | None = field(init=False, default=None)

    def allow(self) -> bool:
        now = self.clock.now()
        if self._last is None:
            self._tokens = self.burst
        else:
            self._tokens = min(self.burst, self._tokens + (now - self._last) * self.rate)
        self._last = now
        if self._tokens >= 1.0:
            self._tokens -= 1.0
            return True
        return False
